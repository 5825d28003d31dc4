"""Split plain text into lines with offsets and measure their shape."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Line", "split_lines"]

_WORD = re.compile(r"[^\W_][\w'’.&-]*")
# Closing quotes and brackets may follow a sentence's last mark: `... he said.”`
_TRAILING = "\"'”’»)]*"
_SENTENCE_END = ".!?…。！？"
# Scripts written without spaces: count characters, about two to a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or over the to up via vs with".split()
)


@dataclass
class Line:
    """One unit of input text: a line, or a hard-wrapped paragraph's lines.

    ``start``/``end`` index the input text; ``text`` is ``input[start:end]``.
    """

    start: int
    end: int
    text: str
    flat: str = field(init=False)
    words: list[str] = field(init=False)
    n_words: int = field(init=False)
    final: str = field(init=False)
    lower_share: float = field(init=False)

    def __post_init__(self) -> None:
        self.flat = " ".join(self.text.split())
        self.words = _WORD.findall(self.flat)
        unspaced = len(_UNSPACED.findall(self.flat))
        self.n_words = len(self.words) + unspaced // 2 if unspaced else len(self.words)
        stripped = self.flat.rstrip(_TRAILING + " ")
        self.final = stripped[-1] if stripped else ""
        inner = [w for w in self.words[1:] if w[0].isalpha() and w.lower() not in _SMALL_WORDS]
        lower = sum(1 for w in inner if w[0].islower())
        if inner:
            self.lower_share = lower / len(inner)
        else:
            # Caseless scripts cannot look like Title Case headings.
            self.lower_share = 1.0 if unspaced or not any(c.isupper() for c in self.flat) else 0.0

    @property
    def ends_sentence(self) -> bool:
        """The line ends like a sentence: ``.``, ``!``, ``?`` or ``…``, maybe before a quote mark."""
        return self.final in _SENTENCE_END

    @property
    def sentence_like(self) -> bool:
        """Reads like running prose rather than a label, title or menu item."""
        if self.n_words >= 6 and self.ends_sentence and self.lower_share >= 0.3:
            return True
        return self.n_words >= 12 and self.lower_share >= 0.5

    @property
    def title_like(self) -> bool:
        """Short, no closing full stop, starts with a capital or digit: a heading or headline."""
        return (
            0 < self.n_words <= 20
            and not self.ends_sentence
            and self.final not in ",;:"
            and (self.flat[:1].isupper() or self.flat[:1].isdigit() or self.flat[:1] in "‘'\"“")
        )


def split_lines(text: str) -> list[Line]:
    """Non-blank lines of ``text`` with their offsets.

    When paragraphs are separated by blank lines, a line that clearly runs on
    into the next (no closing mark, next line starts in lower case) is joined
    with it, so a hard-wrapped paragraph is judged as one unit.
    """
    raw: list[tuple[int, int]] = []
    pos = 0
    for piece in text.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        if stripped:
            s = pos + lead
            raw.append((s, s + len(stripped)))
        else:
            raw.append((-1, -1))
        pos += len(piece)
    has_blank = any(s < 0 for s, _ in raw)
    units: list[Line] = []
    cur: tuple[int, int] | None = None
    for s, e in raw:
        if s < 0:
            if cur is not None:
                units.append(Line(cur[0], cur[1], text[cur[0]:cur[1]]))
                cur = None
            continue
        if cur is not None and has_blank and _runs_on(text[cur[0]:cur[1]], text[s:e]):
            cur = (cur[0], e)
            continue
        if cur is not None:
            units.append(Line(cur[0], cur[1], text[cur[0]:cur[1]]))
        cur = (s, e)
    if cur is not None:
        units.append(Line(cur[0], cur[1], text[cur[0]:cur[1]]))
    return units


def _runs_on(first: str, second: str) -> bool:
    last = first.rstrip(_TRAILING)[-1:]
    if last in _SENTENCE_END or last == ":":
        return False
    head = second[:1]
    return head.islower() or last in ",;-–—"
