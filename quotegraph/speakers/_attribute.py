"""Attribute quotation candidates to canonical speakers (entities)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..article import Entity, Quote, Span
from ..quotes import Candidate

__all__ = ["attribute"]


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span(start, end, doc.text[start:end])


def attribute(doc: Doc, candidates: Sequence[Candidate], *, published: str | None = None,
              country: str | None = None) -> tuple[list[Entity], list[Quote]]:
    """Entities of ``doc`` and the candidates as quotes with speakers resolved."""
    quotes = []
    for c in candidates:
        quotes.append(Quote(
            kind=c.kind,
            content=_span(doc, c.start, c.end),
            content_parts=[_span(doc, s, e) for s, e in c.content],
            cue=_span(doc, *c.cue) if c.cue else None,
            speaker_mention=_span(doc, *c.speaker) if c.speaker else None,
            speaker_name=doc.text[c.speaker[0]:c.speaker[1]] if c.speaker else None,
            confidence=c.confidence,
        ))
    return [], quotes
