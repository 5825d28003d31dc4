"""Find quoted stretches of text from the quote marks alone, before any parsing.

Handles " “ ” „ « » ‹ › ‘ ’, straight single quotes used as quotes, and the
``''…''`` / ````…''`` pairs of some wire copy. A quotation that runs over
several paragraphs (an opening mark on each, a closing mark only at the end)
is one span. Unbalanced marks never raise: an unclosed quote is closed at the
end of its paragraph and flagged, and the scan recovers paragraph by paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuotedSpan", "find_quoted_spans"]

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_LETTER_RE = re.compile(r"\w", re.UNICODE)
_PARA_RE = re.compile(r"[^\n]+")
# Openers a paragraph-continuation may start with (after white space).
_CONTINUE_RE = re.compile(r"\s*(?:[“„«\"]|''|``)")


@dataclass(frozen=True)
class QuotedSpan:
    """A quotation found by its marks.

    ``start``/``end`` delimit what is inside the outermost marks (the marks
    themselves start at ``open_at`` and ``close_at``; ``close_at`` is ``None``
    when the quote was never closed; ``close_width`` is 2 for the ``''`` of
    some copy). ``double`` is False for single-quoted spans, which are more
    often scare quotes or titles.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    double: bool = True
    paragraphs: int = 1
    close_width: int = 1

    @property
    def closed(self) -> bool:
        return self.close_at is not None

    @property
    def mark_end(self) -> int:
        """Offset just after the closing mark (or the end of an unclosed quote)."""
        return self.close_at + self.close_width if self.close_at is not None else self.end


def _is_word(ch: str) -> bool:
    return bool(ch) and bool(_LETTER_RE.match(ch))


def _straight_role(text: str, i: int, width: int) -> str:
    """'open', 'close' or '?' for a straight double mark at ``i``, by its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return "open" if not after.isspace() else "?"
    if after.isspace() or after in ".,;:!?)]}—–-" or i + width >= len(text):
        return "close"
    return "?"


#: Every double mark, pairs of backticks or apostrophes first, as the scan takes them.
_DOUBLE_RE = re.compile("``|''|[" + _DOUBLE_OPEN + _DOUBLE_CLOSE + '"]')


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(position, width, role) of the double marks in text[start:end]; role is open/close/?."""
    marks: list[tuple[int, int, str]] = []
    # (a pair that starts on the last character takes the one after it, as a mark two wide does)
    for m in _DOUBLE_RE.finditer(text, start, end + 1):
        i = m.start()
        if i >= end:
            break
        pair = m.group()
        if pair == "``":
            marks.append((i, 2, "open"))
        elif pair == "''":
            marks.append((i, 2, _straight_role(text, i, 2)))
        elif pair in _DOUBLE_OPEN:
            role = "open"
            # “ used as a closing mark (some German-style or broken copy): „…“
            if pair == "“" and i > start and not text[i - 1].isspace() and (
                i + 1 >= end or text[i + 1].isspace() or text[i + 1] in ".,;:!?"):
                role = "close"
            marks.append((i, 1, role))
        elif pair in _DOUBLE_CLOSE:
            role = "close"
            # ” typed where “ belongs: followed by a letter, after white space
            if i + 1 < end and _is_word(text[i + 1]) and (i == start or text[i - 1].isspace()):
                role = "open"
            marks.append((i, 1, role))
        else:
            marks.append((i, 1, _straight_role(text, i, 1)))
    return marks


def _single_spans(text: str, start: int, end: int, taken: bytearray) -> list[QuotedSpan]:
    """‘…’ and '…' spans in text[start:end] outside the double-quoted positions marked in ``taken``."""
    spans: list[QuotedSpan] = []
    open_at: int | None = None
    for m in _SINGLE_RE.finditer(text, start, end):
        i = m.start()
        if taken[i]:
            continue
        ch = m.group()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in "‘'" and open_at is None:
            if (before.isspace() or before in "([{—–") and _is_word(after) and not _elision(text, i):
                open_at = i
        elif ch in "’'" and open_at is not None:
            if not _is_word(after) and (_is_word(before) or before in ".,!?") and i - open_at > 2:
                spans.append(QuotedSpan(open_at + 1, i, open_at, i, double=False))
                open_at = None
    return spans


_SINGLE_RE = re.compile("[‘’']")


_ELISIONS = ("'s ", "'t ", "'em", "'cause", "'til", "'n'", "'re ", "'ve ", "'ll ", "'d ")


def _elision(text: str, i: int) -> bool:
    """True for an apostrophe that starts an elided word ('em, '90s), not a quote."""
    rest = text[i:i + 7].lower()
    return rest.startswith(_ELISIONS) or (len(rest) > 1 and rest[1].isdigit())


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quotation in ``text`` by its marks, in text order, outermost only."""
    paras = [(m.start(), m.end()) for m in _PARA_RE.finditer(text)]
    spans: list[QuotedSpan] = []
    # (open_at, inside start, paragraph count) carried over a paragraph break
    pending: tuple[int, int, int] | None = None
    for pi, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        inside = 0  # where the quotation's words start: after the whole mark ("''" is two characters)
        n_paras = 1
        marks = _double_marks(text, ps, pe)
        if pending is not None:
            # The quote goes on if this paragraph opens with a mark; else it was never closed.
            if marks and marks[0][0] == ps + (len(text[ps:pe]) - len(text[ps:pe].lstrip())) and \
                    marks[0][2] in ("open", "?"):
                open_at, inside, n_paras = pending[0], pending[1], pending[2] + 1
                marks = marks[1:]
            else:
                prev_end = paras[pi - 1][1]
                spans.append(QuotedSpan(pending[1], prev_end, pending[0], None, paragraphs=pending[2]))
            pending = None
        for pos, width, role in marks:
            if open_at is None:
                if role in ("open", "?"):
                    open_at, inside = pos, pos + width
                continue
            if role in ("close", "?"):
                spans.append(QuotedSpan(inside, pos, open_at, pos, paragraphs=n_paras, close_width=width))
                open_at, n_paras = None, 1
            else:
                # A second opener before any closer: the first quote was left open. Close it
                # where this one opens, unless the first one has no words at all.
                if text[inside:pos].strip():
                    spans.append(QuotedSpan(inside, pos, open_at, None, paragraphs=n_paras))
                open_at, inside, n_paras = pos, pos + width, 1
        if open_at is not None:
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            if nxt is not None and _CONTINUE_RE.match(text, nxt):
                pending = (open_at, inside, n_paras)
            else:
                spans.append(QuotedSpan(inside, pe, open_at, None, paragraphs=n_paras))
    if pending is not None:
        spans.append(QuotedSpan(pending[1], paras[-1][1], pending[0], None, paragraphs=pending[2]))
    spans = [s for s in spans if text[s.start:s.end].strip()]
    taken = bytearray(len(text) + 1)
    for sp in spans:
        stop = sp.close_at + sp.close_width if sp.close_at is not None else sp.end + 1
        taken[sp.open_at:stop] = b"\x01" * (stop - sp.open_at)
    for ps, pe in paras:
        if "'" not in text[ps:pe] and "‘" not in text[ps:pe]:
            continue
        spans.extend(_single_spans(text, ps, pe, taken))
    spans.sort(key=lambda s: s.start)
    # ‘He said “no” to me’: a single-quoted span round a double-quoted one is the outer quotation
    return [s for s in spans if not any(o is not s and o.open_at < s.open_at and s.mark_end <= o.mark_end
                                        for o in spans)]
