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

import datetime
import re

from ..article import Removed
from ._document import CleanDocument
from ._lines import Line, split_lines
from ._region import OUTSIDE, lead, story_span
from ._rules import BYLINE, CAPTION, RELATED, TIMESTAMP, is_credit, line_reason, list_heading

__all__ = ["clean_text", "passthrough"]

STRAY = "related headline"

_MAX_LIST = 40
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
    first, last = story_span(units, reasons)
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
    published = next((d for r in removed if r.reason == TIMESTAMP and (d := date_of(r.text))), None)
    title = None
    if first < len(units) and first > 0 and reasons[0] == OUTSIDE:
        head = units[0].text.strip()
        if 3 <= len(head.split()) <= 25 and not head.endswith((".", ":")):
            title = head  # the page's headline, above the story
    return CleanDocument(text=_join(kept), removed=removed, published=published, title=title)


_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")


def date_of(line: str) -> str | None:
    """ISO date of a dateline such as "Saturday 15 March 2025 14:32, UK", or ``None``."""
    m = _ISO.search(line)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _DMY.search(line)
        if m and m[2].lower() in _MONTHS:
            d, mo, y = int(m[1]), _MONTHS[m[2].lower()], int(m[3])
        else:
            m = _MDY.search(line)
            if not (m and m[1].lower() in _MONTHS):
                return None
            mo, d, y = _MONTHS[m[1].lower()], int(m[2]), int(m[3])
    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None


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
        if lead(cur) in ("number", "bullet") or re.match(r"^[A-Z]{1,2}:\s", cur.flat):
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
