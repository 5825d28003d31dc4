"""Build candidates by quoting substrings of a test text."""

from __future__ import annotations

from quotegraph.quotes import Candidate


def find(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    """Character span of the ``nth`` occurrence of ``sub`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def cand(text: str, speaker: str | None, content: str, *, nth: int = 0, kind: str = "indirect",
         continues: int | None = None) -> Candidate:
    """A candidate whose speaker mention is the ``nth`` ``speaker`` and whose content is ``content``."""
    return Candidate(kind=kind, content=[find(text, content)],  # type: ignore[arg-type]
                     speaker=find(text, speaker, nth) if speaker else None, continues=continues)
