"""RSS and Atom feeds: one item per entry, the linked page when it can be fetched, else the entry's own text."""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass

import feedparser

from ..article import Failure
from ..errors import FetchError, InputError
from ._loader import RawDocument, load
from ._web import Fetcher

__all__ = ["FeedItem", "parse_feed", "feed_documents"]

logger = logging.getLogger(__name__)


@dataclass
class FeedItem:
    """One feed entry: its link, title, date and whatever text the feed carries."""

    link: str | None
    title: str | None
    published: str | None
    content: str | None
    id: str | None = None


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


def parse_feed(data: bytes, *, name: str) -> tuple[str | None, list[FeedItem]]:
    """The feed's title and its items; raises :class:`FetchError` when ``data`` is not a feed."""
    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: None)() or parsed.get("bozo_exception")
        raise FetchError(f"{name}: not an RSS or Atom feed ({reason or 'no entries'})")
    items = []
    for entry in parsed.entries:
        content = None
        if entry.get("content"):
            content = "\n".join(c.get("value", "") for c in entry["content"]) or None
        content = content or entry.get("summary") or None
        items.append(FeedItem(
            link=entry.get("link"), title=entry.get("title"),
            published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            content=content, id=entry.get("id") or entry.get("link"),
        ))
    return parsed.feed.get("title"), items


def _from_content(item: FeedItem, *, name: str, reason: str) -> RawDocument | Failure:
    if not item.content or not item.content.strip():
        return Failure(item.id, "FetchError", f"{name}: {reason}, and the feed item has no text of its own", name)
    content = item.content
    if "<html" not in content[:2000].lower():
        # Feeds carry fragments; the cleaner wants a whole page with the item's title on top.
        title = f"<title>{html.escape(item.title)}</title>" if item.title else ""
        content = f"<html><head>{title}</head><body><article>{content}</article></body></html>"
    try:
        doc = load(content, name=name, format="html")
    except InputError as err:
        return Failure(item.id, type(err).__name__, f"{name}: {reason}; the item's own text: {err}", name)
    doc.warnings.append(f"{name}: {reason}; used the feed item's own text")
    return doc


def feed_documents(items: list[FeedItem], *, feed_title: str | None, fetcher: Fetcher | None,
                   name: str) -> Iterator[RawDocument | Failure]:
    """One document per item: the fetched page, falling back to the item's content."""
    for n, item in enumerate(items, 1):
        where = f"{name}#{item.link or n}"
        meta: dict[str, object] = {"title": item.title, "published": item.published, "publisher": feed_title}
        meta = {k: v for k, v in meta.items() if v}
        doc: RawDocument | Failure
        if item.link and fetcher is not None:
            try:
                doc = fetcher.document(item.link, metadata=meta)
            except (FetchError, InputError) as err:
                logger.info("%s: %s", where, err)
                doc = _from_content(item, name=where, reason=f"cannot fetch the page ({err})")
        else:
            doc = _from_content(item, name=where, reason="no page to fetch")
        if isinstance(doc, RawDocument):
            doc.source = where
            doc.id = item.id or item.link or doc.id
            doc.url = doc.url or item.link
            doc.metadata = {**meta, **doc.metadata}
        yield doc
