"""Sentence starts at paragraph breaks, set before the parser runs.

The parser sometimes reads across a blank line: a live blog's "6:01 p.m." and
the entry under it, or a headline and the story's first sentence, become one
sentence whose subject is nobody's. A token after a blank line always starts a
sentence, and one after a single line break does when the line before ended a
sentence (final punctuation or a closing quote mark). In text with one paragraph
per line, a line that ends without punctuation (a headline, a name, a list item)
ends its sentence too when the next line opens like one (a capital, a digit, a
quote mark); hard-wrapped text, where most long lines stop mid-sentence, is left
to the parser.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["mark_paragraphs", "make_paragraphs"]

_ENDS = frozenset('.!?:;"”’»)')
_OPENERS = frozenset('"“‘«„\'-–—•*')


def hard_wrapped(text: str) -> bool:
    """Whether most of the text's long lines stop mid-sentence (text wrapped at a fixed width)."""
    long = [line.rstrip() for line in text.split("\n") if len(line.strip()) >= 40]
    return bool(long) and sum(line[-1] not in _ENDS for line in long) * 2 > len(long)


def _opens_sentence(tok: Token) -> bool:
    first = tok.text[:1]
    return first.isupper() or first.isdigit() or first in _OPENERS


def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first word of each paragraph (and of each line after a finished one)."""
    lines = not hard_wrapped(doc.text)
    # spaCy keeps line breaks as whitespace tokens of their own: only the words on either side of a run of
    # them are read, not every token
    spaces = doc.to_array(IS_SPACE).nonzero()[0].tolist()
    k = 0
    while k < len(spaces):
        start = end = spaces[k]
        newlines = 0
        while k < len(spaces) and spaces[k] == end:
            newlines += doc[end].text.count("\n")
            end += 1
            k += 1
        if not newlines or start == 0 or end == len(doc):
            continue
        prev_word, tok = doc[start - 1], doc[end]
        if newlines >= 2 or prev_word.text[-1:] in _ENDS or (lines and _opens_sentence(tok)):
            tok.is_sent_start = True
    return doc


@Language.factory("quotegraph_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component: add it before the parser (``nlp.add_pipe("quotegraph_paragraphs", before="parser")``)."""
    return mark_paragraphs
