"""The orchestrator: raw input → clean text → spaCy → quotes → speakers → :class:`Article`."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Literal, Union

from spacy.language import Language
from spacy.tokens import Doc

from .article import Article, Failure, Span
from .clean import CleanDocument, clean_html, clean_text, passthrough, split_authors
from .component import set_context
from .errors import InputError, InputTooLargeError, QuotegraphError
from .ingest import InputFormat, RawDocument, iter_documents, load
from .nlp import load_pipeline
from .speakers import country_of

__all__ = ["extract", "extract_documents", "extract_paths", "MAX_TEXT_CHARS"]

logger = logging.getLogger(__name__)

#: Clean texts longer than this are refused: no news article is this long, and
#: spaCy's parser needs about 1 GB of memory per 100,000 words.
MAX_TEXT_CHARS = 1_000_000

_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in that is was he for it with as his on be at by i this had not are but from "
    "or have an they which one you were her all she there would their we him been has when who will "
    "said says more no if out so what up its about into than them can only other new some could "
    "these two may then do first any my now such like our over man me even most made after also".split()
)
_WORD_RE = re.compile(r"[^\W\d_]+")


def _english_share(text: str) -> tuple[float, int]:
    words = _WORD_RE.findall(text[:20000].lower())
    if not words:
        return 0.0, 0
    return sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words), len(words)


def _clean(raw: RawDocument, *, clean: bool) -> CleanDocument:
    if not clean:
        if raw.format == "html":
            raw.warnings.append(
                f"{raw.source or raw.id or 'input'}: --no-clean keeps the markup as text; "
                "drop --no-clean to extract the article from HTML"
            )
        result = passthrough(raw.text)
    elif raw.format == "html":
        result = clean_html(raw.text, url=raw.url)
    else:
        result = clean_text(raw.text)
    meta = raw.metadata
    # Container metadata (a JSONL record, a feed item) fills what the page lacks.
    for key in ("title", "published", "publisher"):
        value = meta.get(key) or meta.get("date" if key == "published" else key)
        if isinstance(value, str) and value and not getattr(result, key):
            setattr(result, key, value)
    if not result.authors:
        result.authors = split_authors(meta.get("authors") or meta.get("author"))
    if not result.url and raw.url:
        result.url = raw.url
    result.warnings = raw.warnings + result.warnings
    return result


def _check(clean: CleanDocument, *, name: str) -> None:
    if len(clean.text) > MAX_TEXT_CHARS:
        raise InputTooLargeError(
            f"{name}: {len(clean.text):,} characters of text after cleaning, over the "
            f"{MAX_TEXT_CHARS:,} limit for one article; split it into articles"
        )
    if not clean.text.strip():
        raise InputError(f"{name}: no text left after cleaning; try --no-clean")
    share, n_words = _english_share(clean.text)
    if n_words >= 20 and share < 0.12:
        clean.warnings.append(
            f"{name}: the text does not look like English ({share:.0%} English function words); "
            "quotes and speakers will be missed"
        )


#: Unicode spaces that the parser reads as words ("Trump\u00a0cast the blame" parsed as if "Trump" ended
#: a phrase): each becomes one plain space for spaCy, so offsets stay the same; the article keeps its own.
_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"
                                      "\u205f\u3000", " "))


def _own(span: Span, text: str) -> Span:
    return Span(span.start, span.end, text[span.start:span.end])


def _to_article(raw: RawDocument, clean: CleanDocument, doc: Doc) -> Article:
    quotes = list(doc._.quotes or [])
    entities = list(doc._.entities or [])
    text = clean.text
    if doc.text != text:  # the parser read plain spaces: the spans take the article's own characters
        quotes = [replace(q, content=_own(q.content, text),
                          cue=q.cue and _own(q.cue, text),
                          speaker_mention=q.speaker_mention and _own(q.speaker_mention, text),
                          content_parts=[_own(p, text) for p in q.content_parts]) for q in quotes]
        entities = [replace(e, mentions=[_own(m, text) for m in e.mentions]) for e in entities]
    return Article(
        text=clean.text,
        id=raw.id,
        url=clean.url,
        title=clean.title,
        published=clean.published,
        publisher=clean.publisher,
        authors=list(clean.authors),
        language=clean.language,
        removed=list(clean.removed),
        entities=entities,
        quotes=quotes,
        warnings=list(clean.warnings),
    )


def _failure(raw: RawDocument | None, err: Exception, *, name: str | None = None) -> Failure:
    return Failure(
        id=raw.id if raw else None,
        error=type(err).__name__,
        message=str(err),
        source=name or (raw.source if raw else None),
    )


def _batches(items: Iterable[RawDocument | Failure], size: int) -> Iterator[list[RawDocument | Failure]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_documents(
    items: Iterable[RawDocument | Failure],
    *,
    clean: bool = True,
    model: str | Language | None = None,
    batch_size: int = 16,
) -> Iterator[Article | Failure]:
    """Extract every item, in order; a bad item becomes a :class:`Failure` and the rest go on.

    Texts go through ``nlp.pipe`` in batches of ``batch_size``, parsed once.
    """
    nlp = model if isinstance(model, Language) else load_pipeline(model)
    for batch in _batches(items, batch_size):
        ready: list[tuple[int, RawDocument, CleanDocument, Doc]] = []
        out: list[Article | Failure | None] = [None] * len(batch)
        for i, item in enumerate(batch):
            if isinstance(item, Failure):
                out[i] = item
                continue
            name = item.source or item.id or "input"
            try:
                cleaned = _clean(item, clean=clean)
                _check(cleaned, name=name)
                country = country_of(publisher=cleaned.publisher, url=cleaned.url, text=cleaned.text)
                doc = set_context(nlp.make_doc(cleaned.text.translate(_SPACES)), published=cleaned.published,
                                  publisher=cleaned.publisher, country=country, url=cleaned.url,
                                  authors=cleaned.authors)
            except QuotegraphError as err:
                out[i] = _failure(item, err)
                continue
            except Exception as err:  # a cleaner's or tokenizer's bug must not stop the batch
                logger.exception("preparing %s failed", name)
                out[i] = _failure(item, err)
                continue
            ready.append((i, item, cleaned, doc))
        for i, item, cleaned, processed in _run(nlp, ready, batch_size):
            out[i] = processed if isinstance(processed, Failure) else _to_article(item, cleaned, processed)
        for result in out:
            if result is not None:
                yield result


def _run(
    nlp: Language, ready: list[tuple[int, RawDocument, CleanDocument, Doc]], batch_size: int
) -> Iterator[tuple[int, RawDocument, CleanDocument, Doc | Failure]]:
    if not ready:
        return
    try:
        docs = list(nlp.pipe((d for _, _, _, d in ready), batch_size=batch_size))
    except Exception:  # find the one document that broke the batch
        logger.warning("a batch failed; processing its %d documents one by one", len(ready))
        for i, item, cleaned, doc in ready:
            try:
                # the failed batch has already run some components over the doc: start again from its text
                yield i, item, cleaned, nlp(_fresh(nlp, doc))
            except Exception as err:
                logger.exception("processing %s failed", item.source or item.id)
                yield i, item, cleaned, _failure(item, err)
        return
    for (i, item, cleaned, _), doc in zip(ready, docs):
        yield i, item, cleaned, doc


def _fresh(nlp: Language, doc: Doc) -> Doc:
    """An unprocessed copy of ``doc``: the same text and article context, no annotations."""
    fresh = nlp.make_doc(doc.text)
    fresh._.quotegraph_context = doc._.quotegraph_context
    return fresh


def extract(
    text_or_html: Union[str, bytes],
    *,
    clean: bool = True,
    published: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    id: str | None = None,
    format: Literal["auto", "html", "text"] = "auto",
    model: str | Language | None = None,
) -> Article:
    """Quotes, speakers and entities of one article given as text or HTML.

    ``clean=False`` keeps the text exactly (offsets then index the input).
    ``published`` (ISO date) and ``publisher`` fill what the page does not say;
    they decide who "the prime minister" is. Raises an
    :class:`~quotegraph.errors.InputError` for input that cannot be read.
    """
    raw = load(text_or_html, name=id or "input", format=format)
    raw.id, raw.url = id, url
    raw.metadata = {"published": published, "publisher": publisher}
    (result,) = extract_documents([raw], clean=clean, model=model)
    if isinstance(result, Failure):
        cls = {c.__name__: c for c in _error_classes()}.get(result.error, InputError)
        raise cls(result.message)
    return result


def _error_classes() -> list[type[QuotegraphError]]:
    from . import errors

    return [getattr(errors, n) for n in errors.__all__]


def extract_paths(
    paths: Iterable[Union[str, Path]],
    *,
    format: InputFormat = "auto",
    clean: bool = True,
    model: str | Language | None = None,
) -> Iterator[Article | Failure]:
    """Extract every article in the given files, folders or ``-`` (stdin)."""
    return extract_documents(iter_documents(paths, format=format), clean=clean, model=model)
