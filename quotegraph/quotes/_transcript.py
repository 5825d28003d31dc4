"""Transcript lines: "TAPPER: Do you think …" — the speaker in capitals (or a name in mixed case), a colon,
then what they said.

Interview and debate transcripts print each turn as a paragraph that opens
with the speaker's name in capitals. The whole turn is one direct quotation of
that speaker. Section labels in capitals ("UPDATE:", "EDITOR'S NOTE:", "Q:")
are not speakers.
"""

from __future__ import annotations

import re

from ._candidate import Candidate

__all__ = ["transcript_turns"]

_TURN = re.compile(r"(?m)^[ \t]*((?:[A-Z][A-Z'’.-]*)(?:[ \t]+[A-Z][A-Z'’.-]*){0,3})[ \t]*:[ \t]+(\S[^\n]*)")
_NOT_SPEAKERS = frozenset("""
update updates note editor's correction watch read more related photos photo video breaking exclusive full text
transcript q a source sources warning spoiler live analysis opinion by and the name age city job
""".split())


#: The same in mixed case ("Matthews: Well, speculation is bad."), one to three capitalised words.
_NAMED_TURN = re.compile(r"(?m)^[ \t]*((?:[A-Z][a-z'’.-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][A-Za-z'’.-]+|[A-Z]\.)){0,2})[ \t]*:"
                         r"[ \t]+(\S[^\n]*)")


def transcript_turns(text: str) -> list[Candidate]:
    """One direct quotation per transcript turn in ``text``, in text order: turns labelled in capitals,
    else turns labelled by names in mixed case."""
    return _turns(text, _TURN) or _turns(text, _NAMED_TURN)


def _turns(text: str, pattern: re.Pattern[str]) -> list[Candidate]:
    turns = []
    for m in pattern.finditer(text):
        label = m.group(1)
        words = [w.strip(".").lower() for w in label.split()]
        if len(label) > 30 or len(label.replace(".", "")) < 2 or any(w in _NOT_SPEAKERS for w in words):
            continue
        start, end = m.start(2), m.end(2)
        while end > start and text[end - 1] in " \t":
            end -= 1
        if len(re.findall(r"[^\W\d_]{2,}", text[start:end])) < 3:
            continue  # "Clinton: 1,769.": a tally, not a turn
        colon = text.index(":", m.end(1))
        turns.append(Candidate(kind="direct", content=[(start, end)], cue=(colon, colon + 1),
                               speaker=(m.start(1), m.end(1)), confidence=0.8,
                               notes=["a transcript turn names its speaker in capitals"]))
    # One turn is no transcript: "WASHINGTON: …" or a lone label. Two speakers at least.
    speakers = {text[c.speaker[0]:c.speaker[1]] for c in turns if c.speaker}
    return turns if len(turns) >= 2 and len(speakers) >= 2 else []
