"""Search keys: quotes are indexed by date (newest last) and their filters are index tokens."""

from __future__ import annotations

import calendar
import re
from datetime import date

from ..errors import StoreError
from ._names import norm

__all__ = ["day_number", "week_of", "sort_key", "publisher_key", "date_bounds", "kind_token", "KEY_SHIFT"]

KEY_SHIFT = 32  # quote ids below 2**32 fit under the day number
_EPOCH = date(1970, 1, 1).toordinal()
_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def day_number(day: str | None) -> int:
    """Days from 1970-01-01 to ``day`` (``YYYY-MM-DD``); 0 when undated or earlier."""
    if not day:
        return 0
    try:
        return max(0, date.fromisoformat(day[:10]).toordinal() - _EPOCH)
    except ValueError:
        return 0


def week_of(day: str) -> str:
    """The ISO date of the Monday of ``day``'s week."""
    d = date.fromisoformat(day[:10])
    return date.fromordinal(d.toordinal() - d.weekday()).isoformat()


def sort_key(days: int, quote_id: int) -> int:
    """The quote's rowid in the search index: by day, then by id."""
    return (days << KEY_SHIFT) | quote_id


def publisher_key(publisher: str | None) -> str:
    """The publisher as one index token: "BBC News" → "bbcnews"."""
    return re.sub(r"[^a-z0-9]", "", norm(publisher or ""))


def kind_token(kind: str) -> str:
    return "k" + kind[:1]


def _parse(value: str, name: str, *, end: bool) -> int:
    m = _DAY.match(value.strip())
    if not m:
        raise StoreError(f"{name}={value!r} is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if end:
            mo = int(month) if month else 12
            d = date(year, mo, int(day) if day else calendar.monthrange(year, mo)[1])
        else:
            d = date(year, int(month) if month else 1, int(day) if day else 1)
    except ValueError as err:
        raise StoreError(f"{name}={value!r} is not a date ({err})") from err
    return d.toordinal() - _EPOCH


def date_bounds(since: str | None, until: str | None) -> tuple[int, int] | None:
    """The index rowid range for ``since``..``until`` (inclusive; "2025-03" is all of March), or ``None``.

    Undated quotes are outside every range.
    """
    if not since and not until:
        return None
    lo = max(1, _parse(since, "since", end=False)) if since else 1
    hi = _parse(until, "until", end=True) if until else (1 << 30)
    return lo << KEY_SHIFT, ((hi + 1) << KEY_SHIFT) - 1
