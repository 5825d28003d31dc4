"""Main text and metadata from HTML with trafilatura."""

from __future__ import annotations

import logging

import trafilatura

from ..article import Removed
from ..errors import EmptyInputError
from ._document import CleanDocument

__all__ = ["clean_html"]

logger = logging.getLogger(__name__)


def clean_html(html: str, *, url: str | None = None) -> CleanDocument:
    """Extract the main text, title, date, authors and site name from a page."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=False, deduplicate=False,
    )
    if doc is None or not (doc.text or "").strip():
        raise EmptyInputError(f"{url or 'HTML input'}: no main text found in the page")
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return CleanDocument(
        text=doc.text,
        removed=[],
        title=doc.title,
        published=doc.date,
        publisher=doc.sitename,
        authors=authors,
        url=doc.url or url,
        language=doc.language,
    )
