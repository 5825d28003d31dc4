"""The ``quotegraph`` spaCy component: quotes and speakers on ``doc._.quotes`` / ``doc._.entities``.

Registration is thin; the logic lives in :mod:`quotegraph.quotes` and
:mod:`quotegraph.speakers` and can be called without a pipeline::

    import spacy, quotegraph.component  # registers the factories
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("quotegraph_paragraphs", before="parser")  # optional: no sentence across a paragraph break
    nlp.add_pipe("quotegraph")
    doc = nlp('"We will win," the minister said.')
    doc._.quotes[0].speaker_mention.text   # 'the minister'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .article import Entity, Quote
from .errors import QuotegraphError
from .nlp import _paragraphs  # noqa: F401  (registers quotegraph_paragraphs)
from .quotes import find_quotes, load_cues
from .speakers import attribute

__all__ = ["QuotegraphComponent", "make_quotegraph", "ensure_registered", "set_context"]

_EXTENSIONS = ("quotes", "entities", "quotegraph_context")


def ensure_registered() -> None:
    """Register the ``Doc._`` extensions once; a clash with another package's fails loudly."""
    for name in _EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
            continue
        default, method, getter, setter = Doc.get_extension(name)
        if default is not None or method is not None or getter is not None or setter is not None:
            raise QuotegraphError(
                f"Doc._.{name} is already registered by another package; quotegraph needs it for "
                "its own results. Remove the other registration or run quotegraph in its own pipeline."
            )


def set_context(doc: Doc, *, published: str | None = None, publisher: str | None = None,
                country: str | None = None, url: str | None = None,
                authors: Sequence[str] = ()) -> Doc:
    """Attach article metadata that speaker resolution uses: date and country for role nouns, the
    byline's authors for a writer's "I"."""
    ensure_registered()
    doc._.quotegraph_context = {"published": published, "publisher": publisher,
                                "country": country, "url": url, "authors": list(authors)}
    return doc


class QuotegraphComponent:
    """Finds quotations and attributes them to canonical speakers."""

    def __init__(self, nlp: Language, name: str, cues_path: str | None = None) -> None:
        ensure_registered()
        self.name = name
        self.cues = load_cues(cues_path)

    def predict(self, doc: Doc) -> tuple[list[Entity], list[Quote]]:
        if not len(doc):
            return [], []
        context: dict[str, Any] = doc._.quotegraph_context or {}
        candidates = find_quotes(doc, cues=self.cues)
        return attribute(doc, candidates, published=context.get("published"),
                         country=context.get("country"), authors=context.get("authors") or ())

    def set_annotations(self, doc: Doc, result: tuple[list[Entity], list[Quote]]) -> None:
        doc._.entities, doc._.quotes = result

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc


@Language.factory(
    "quotegraph",
    default_config={"cues_path": None},
    requires=["token.dep", "token.head", "token.lemma", "token.tag", "token.ent_type", "doc.sents"],
    assigns=["doc._.quotes", "doc._.entities"],
)
def make_quotegraph(nlp: Language, name: str, cues_path: str | None) -> QuotegraphComponent:
    """Factory behind ``nlp.add_pipe("quotegraph")``; ``cues_path`` swaps in another cue lexicon."""
    return QuotegraphComponent(nlp, name, cues_path)
