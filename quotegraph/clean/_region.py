"""Where the story lies in a page's lines: a maximum-weight run of prose, widened.

Used by :func:`quotegraph.clean.clean_text`; each function takes the lines and
their furniture reasons so far (``None`` for a line no rule has marked).
"""

from __future__ import annotations

import re

from ._lines import Line
from ._rules import (
    ADVERT,
    CAPTION,
    COMMENTS,
    CONSENT,
    NAVIGATION,
    PROMO,
    RELATED,
    SCRIPT,
    SHARE,
    TIMESTAMP,
)

__all__ = ["OUTSIDE", "story_span", "lead"]

OUTSIDE = "outside the main text"

_COMMENT_DISCOUNT = 0.3
# Past the start of a comment thread, prose counts for less: it is more likely readers'.
_COMMENT_COUNT = re.compile(
    r"^[\[(]?\s*\d+\s+comments?\s*[\])]?$|^(top rated |all |reader )?comments$", re.I
)
_FURNITURE_WEIGHT = -6.0
_SHORT_WEIGHT = -8.0


def story_span(units: list[Line], reasons: list[str | None]) -> tuple[int, int]:
    """First and last index of the story's lines."""
    first, last = _story_span(units, reasons)
    first, last = _bridge(units, reasons, first, last)
    last = _extend_with_lists(units, reasons, last)
    return first, _extend_tail(units, reasons, last)


def _weight(u: Line, reason: str | None) -> float:
    if reason is not None:
        return _FURNITURE_WEIGHT
    if u.sentence_like:
        return float(min(u.n_words, 80)) * (1.0 if u.ends_sentence else 0.5)
    if u.ends_sentence and u.n_words >= 3:
        return 1.0  # a short sentence: "He declined to comment."
    return _SHORT_WEIGHT


def _story_span(units: list[Line], reasons: list[str | None]) -> tuple[int, int]:
    """First and last index of the maximum-weight run of lines (Kadane)."""
    best, best_span = float("-inf"), (0, -1)
    run, run_start = 0.0, 0
    seen: set[str] = set()
    in_comments = False
    for i, (u, r) in enumerate(zip(units, reasons)):
        w = _weight(u, r)
        in_comments = in_comments or r == COMMENTS or _COMMENT_COUNT.match(u.flat) is not None
        if in_comments and w > 0:
            w *= _COMMENT_DISCOUNT
        if u.flat in seen:
            # A line the page repeats (a teaser's title, a caption, a pull quote)
            # counts as furniture the second time.
            w = _FURNITURE_WEIGHT
        seen.add(u.flat)
        if run <= 0:
            run, run_start = w, i
        else:
            run += w
        if run > best:
            best, best_span = run, (run_start, i)
    if best <= 0:
        # No prose at all: keep whatever no rule removed.
        return 0, len(units) - 1
    return best_span


_MONTHS = (
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december"
).split()
_LEAD_NUM = re.compile(r"^[(\[]?\d+[\w.)\]]*\s")
_LEAD_BULLET = re.compile(r"^[*•·▪◦‣–—-]\s*\S")
_LEAD_PAIR = re.compile(r"^[^:.!?]{1,40}:\s+\S")
_URL = re.compile(r"^(https?://|www\.)\S+$")
# Furniture reasons a line in a data list may wrongly get from its shape alone.
_LIST_OVERRIDES = {OUTSIDE, TIMESTAMP, CAPTION, NAVIGATION}


def lead(u: Line) -> str | None:
    """The shape that starts a list item: a number, a bullet, a month, a ``label:``."""
    flat = u.flat
    if _LEAD_BULLET.match(flat):
        return "bullet"
    if _LEAD_NUM.match(flat):
        return "number"
    first = flat.split(maxsplit=1)[0].rstrip(".,").lower()
    if first in _MONTHS and re.search(r"\d", flat[:16]):
        return "month"
    if _LEAD_PAIR.match(flat) and not u.sentence_like:
        return "label"
    return None


def _extend_with_lists(units: list[Line], reasons: list[str | None], last: int) -> int:
    """Take in data lists (dates, rankings, numbered items) that follow the story.

    A run of at least three lines starting the same way, maybe after one
    lead-in line ("Tour dates:"), is part of the story, not its footer.
    """
    while True:
        j = last + 1
        if j < len(units) and lead(units[j]) is None and not _URL.match(units[j].flat):
            lead_in = units[j]
            if not (lead_in.final == ":" or lead_in.title_like) or (
                reasons[j] is not None and reasons[j] not in _LIST_OVERRIDES
            ):
                return last
            j += 1
        if j >= len(units):
            return last
        shape = lead(units[j])
        if shape is None:
            return last
        end, count = j, 0
        while end < len(units):
            u = units[end]
            if _URL.match(u.flat) or lead(u) == shape:
                if reasons[end] not in _LIST_OVERRIDES and reasons[end] is not None:
                    break
                count += lead(u) == shape
                end += 1
                continue
            break
        if count < 3:
            return last
        for k in range(last + 1, end):
            reasons[k] = None
        last = end - 1


def _extend_tail(units: list[Line], reasons: list[str | None], last: int) -> int:
    """Lines that follow the story with no furniture in between still belong to it."""
    j = last + 1
    while j < len(units) and reasons[j] is None:
        u = units[j]
        j += 1
    # Trailing lines with no closing stop, just before the furniture or the end of
    # the page, are more often labels and headlines than story.
    while j - 1 > last and not units[j - 1].ends_sentence:
        j -= 1
    return j - 1


# Furniture that sits inside stories (an advert, a caption, a link box, a promo):
# story paragraphs on its far side still belong to the story.
_IN_STORY = {ADVERT, CAPTION, RELATED, PROMO, CONSENT, SHARE, SCRIPT}
_MAX_GAP = 20


def _bridge(
    units: list[Line], reasons: list[str | None], first: int, last: int
) -> tuple[int, int]:
    """Widen the story over in-story furniture to prose runs on its far side."""
    while True:
        run = _prose_run(units, reasons, last + 1, 1)
        if run is None:
            break
        last = run
    while True:
        run = _prose_run(units, reasons, first - 1, -1)
        if run is None:
            break
        first = run
    return first, last


def _prose_run(units: list[Line], reasons: list[str | None], start: int, step: int) -> int | None:
    """Far end of a run of story paragraphs found past in-story furniture, or ``None``."""
    i, furniture, loose = start, 0, 0
    while 0 <= i < len(units):
        r = reasons[i]
        if r in _IN_STORY:
            furniture += 1
        elif r is None and not _paragraph(units[i]):
            loose += 1
        else:
            break
        if furniture + loose > _MAX_GAP or loose > 2:
            return None
        i += step
    if not furniture or not 0 <= i < len(units) or reasons[i] is not None:
        return None
    end, n_lines, n_words = i, 0, 0
    while 0 <= end < len(units) and reasons[end] is None and _paragraph(units[end]):
        n_lines += 1
        n_words += units[end].n_words
        end += step
    if n_lines < 2 or n_words < 40:
        return None
    return end - step


def _paragraph(u: Line) -> bool:
    return u.sentence_like and u.ends_sentence
