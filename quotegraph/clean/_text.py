"""Boilerplate filter for plain text that was scraped with its page furniture.

The filter works line by line, in linear time:

1. each line gets a reason if it is furniture on its own (consent notices,
   adverts, share bars, captions, promos, bylines, timestamps, crumbs);
2. a link-list heading ("Related stories", "Read more from …:") takes the
   headline lines under it along;
3. the story is the densest run of prose lines (a maximum-sum segment where
   sentences count for their length, less so past the start of a comment
   thread, and furniture and repeated lines count against), widened
   over in-story furniture to the paragraphs beyond it, over data lists, and
   over plain lines that follow it up to the first furniture; what lies before
   and after it is page header and footer;
4. inside the story, a short headline-shaped line that shares no words with
   the paragraphs around it is a stray related-story link.

A doubtful line stays: only lines matched by a rule or lying outside the story
are dropped, and every dropped line is reported with its reason and offsets.
"""

from __future__ import annotations

import re

from ..article import Removed
from ._document import CleanDocument
from ._lines import Line, split_lines
from ._rules import (
    ADVERT,
    BYLINE,
    CAPTION,
    COMMENTS,
    CONSENT,
    NAVIGATION,
    PROMO,
    RELATED,
    SCRIPT,
    SHARE,
    TIMESTAMP,
    is_credit,
    line_reason,
    list_heading,
)

__all__ = ["clean_text", "passthrough"]

OUTSIDE = "outside the main text"
STRAY = "related headline"

_MAX_LIST = 40
_COMMENT_DISCOUNT = 0.3
# Past the start of a comment thread, prose counts for less: it is more likely readers'.
_COMMENT_COUNT = re.compile(
    r"^[\[(]?\s*\d+\s+comments?\s*[\])]?$|^(top rated |all |reader )?comments$", re.I
)
_FURNITURE_WEIGHT = -6.0
_SHORT_WEIGHT = -8.0
_CONTENT = re.compile(r"[^\W\d_]{4,}")


def passthrough(text: str) -> CleanDocument:
    """Keep ``text`` exactly, so offsets match the input."""
    return CleanDocument(text=text)


def clean_text(text: str) -> CleanDocument:
    """Drop boilerplate lines from scraped plain text; keep every story line verbatim.

    Kept lines are joined by a blank line, except lines that were one hard-wrapped
    paragraph in the input, which keep their own line breaks. Each entry of
    ``removed`` has ``text == input[start:end]``.
    """
    units = split_lines(text)
    if not units:
        return CleanDocument(text="")
    reasons = [line_reason(u) for u in units]
    _mark_link_lists(units, reasons)
    first, last = _story_span(units, reasons)
    first, last = _bridge(units, reasons, first, last)
    last = _extend_with_lists(units, reasons, last)
    last = _extend_tail(units, reasons, last)
    for i in range(len(units)):
        if (i < first or i > last) and reasons[i] is None:
            reasons[i] = OUTSIDE
    _mark_stray_headlines(units, reasons, first, last)
    _mark_captions(units, reasons, first, last)
    kept = [u for u, r in zip(units, reasons) if r is None]
    removed = [
        Removed(text=u.text, reason=r, start=u.start, end=u.end)
        for u, r in zip(units, reasons)
        if r is not None
    ]
    return CleanDocument(text=_join(kept), removed=removed)


def _mark_link_lists(units: list[Line], reasons: list[str | None]) -> None:
    """A list heading, and the headline lines under it, are related links."""
    i = 0
    while i < len(units):
        is_heading, inline = list_heading(units[i])
        if not is_heading:
            i += 1
            continue
        reasons[i] = RELATED
        i += 1
        if inline:
            continue
        taken = 0
        while i < len(units) and taken < _MAX_LIST:
            if reasons[i] is None and _prose(units[i]):
                if not (taken and _is_blurb(units, reasons, i)):
                    break
            else:
                taken += 1
            if reasons[i] is None:
                reasons[i] = RELATED
            i += 1


def _prose(u: Line) -> bool:
    return u.ends_sentence and u.sentence_like or u.n_words > 25


def _is_blurb(units: list[Line], reasons: list[str | None], i: int) -> bool:
    """A teaser's summary: a short paragraph between headlines, in a list of such teasers.

    The next few lines must hold another teaser of the same shape, so a story
    paragraph that happens to follow a link box is not taken for one.
    """
    if not _blurb_shape(units, reasons, i):
        return False
    return any(_blurb_shape(units, reasons, j) for j in range(i + 2, min(i + 6, len(units))))


def _blurb_shape(units: list[Line], reasons: list[str | None], i: int) -> bool:
    if not 0 < i < len(units) - 1 or not _prose(units[i]) or units[i].n_words > 60:
        return False
    if reasons[i] is not None and reasons[i] != RELATED:
        return False
    if _prose(units[i - 1]) and reasons[i - 1] is None:
        return False
    after = units[i + 1]
    if reasons[i + 1] in (TIMESTAMP, BYLINE, RELATED):
        return True
    # the next teaser's headline ("What made the film so popular?" counts too)
    return (
        reasons[i + 1] is None
        and 0 < after.n_words <= 20
        and after.final not in ".,;:"
    )


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


def _lead(u: Line) -> str | None:
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
        if j < len(units) and _lead(units[j]) is None and not _URL.match(units[j].flat):
            lead_in = units[j]
            if not (lead_in.final == ":" or lead_in.title_like) or (
                reasons[j] is not None and reasons[j] not in _LIST_OVERRIDES
            ):
                return last
            j += 1
        if j >= len(units):
            return last
        shape = _lead(units[j])
        if shape is None:
            return last
        end, count = j, 0
        while end < len(units):
            u = units[end]
            if _URL.match(u.flat) or _lead(u) == shape:
                if reasons[end] not in _LIST_OVERRIDES and reasons[end] is not None:
                    break
                count += _lead(u) == shape
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


def _content_words(u: Line) -> set[str]:
    """Rough stems of the longer words: "council" and "councillors" share "counc"."""
    return {w.lower()[:5] for w in _CONTENT.findall(u.flat)}


def _mark_stray_headlines(
    units: list[Line], reasons: list[str | None], first: int, last: int
) -> None:
    """A headline-shaped line between paragraphs it shares no words with.

    A subheading shares words with the paragraphs around it; a link to another
    story, dropped between two paragraphs, does not.
    """
    kept = [i for i in range(first, last + 1) if reasons[i] is None]
    for k in range(1, len(kept) - 1):
        prev, cur, nxt = units[kept[k - 1]], units[kept[k]], units[kept[k + 1]]
        after = units[kept[k + 2]] if k + 2 < len(kept) else nxt
        if not (cur.title_like and 5 <= cur.n_words <= 20 and not cur.sentence_like):
            continue
        if _lead(cur) in ("number", "bullet") or re.match(r"^[A-Z]{1,2}:\s", cur.flat):
            continue  # a list item or an interview's "Q:" line
        if not (prev.ends_sentence and prev.sentence_like and nxt.sentence_like):
            continue
        words = _content_words(cur)
        if words & (_content_words(prev) | _content_words(nxt) | _content_words(after)):
            continue
        reasons[kept[k]] = STRAY


def _mark_captions(units: list[Line], reasons: list[str | None], first: int, last: int) -> None:
    """A caption fragment just above a photo credit goes with the credit.

    Only a line with no closing full stop: a full sentence above a credit may
    be the story's last paragraph before the picture, and a doubtful line stays.
    """
    for i in range(max(first, 1), last + 1):
        if reasons[i] != CAPTION or not is_credit(units[i]) or reasons[i - 1] is not None:
            continue
        cap = units[i - 1]
        if cap.n_words <= 30 and not cap.ends_sentence and cap.final not in ":;," and not _quoted(cap):
            reasons[i - 1] = CAPTION


def _quoted(u: Line) -> bool:
    return any(q in u.flat for q in "“”\"«»")


def _join(kept: list[Line]) -> str:
    return "\n\n".join(u.text for u in kept)
