"""The cleaner's output."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..article import Removed

__all__ = ["CleanDocument"]


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
