"""The country an article is written from: publisher, domain, else the text."""

from __future__ import annotations

__all__ = ["country_of"]


def country_of(*, publisher: str | None = None, url: str | None = None, text: str | None = None) -> str | None:
    """ISO 3166 alpha-2 code of the article's home country, or ``None``."""
    return None
