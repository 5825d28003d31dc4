"""The cleaner's output."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..article import Removed

__all__ = ["CleanDocument", "split_authors"]

_AUTHOR_SEP = re.compile(r";|,|\band\b|\n")
_BY = re.compile(r"^by\s+", re.IGNORECASE)


def split_authors(value: object) -> list[str]:
    """A byline as a list of names: "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"].

    Takes a string or a list of strings; what follows a name ("Jane Doe, USA TODAY") is kept as
    another entry, since a byline does not say which parts are people.
    """
    if isinstance(value, str):
        parts = _AUTHOR_SEP.split(value)
    elif isinstance(value, (list, tuple)):
        parts = [p for v in value if isinstance(v, str) for p in _AUTHOR_SEP.split(v)]
    else:
        return []
    out = []
    for part in parts:
        name = _BY.sub("", part.strip()).strip(" .")
        if name and name.lower() not in ("none", "null") and name not in out:
            out.append(name)
    return out


@dataclass
class CleanDocument:
    """Main text and metadata of one article, with what was dropped and why."""

    text: str
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
