"""A quotation found in a parsed document, before its speaker is resolved."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..article import QuoteKind

__all__ = ["Candidate", "CharSpan"]

CharSpan = tuple[int, int]


@dataclass
class Candidate:
    """A quotation with its cue and the text span that names its speaker.

    Offsets are character offsets into ``doc.text``. ``content`` lists the
    pieces of what was said in text order (several when a cue interrupts a
    quote). ``speaker`` is the mention ("Mr Starmer", "he", "officials"), or
    ``None``; when ``None`` and ``continues`` is set, the quote carries on from
    the candidate at that index and has the same speaker.
    """

    kind: QuoteKind
    content: list[CharSpan]
    cue: CharSpan | None = None
    speaker: CharSpan | None = None
    continues: int | None = None
    confidence: float = 0.5
    notes: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]
