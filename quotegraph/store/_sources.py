"""Turn ``quotegraph ingest`` sources into units of work: files, folders, JSONL, URLs, feeds, WARC."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..article import Failure
from ..errors import FetchError, InputError
from ..ingest import (FeedItem, Fetcher, RawDocument, count_warc, feed_documents, is_url, is_warc, iter_warc, load,
                      looks_like_feed, parse_feed, read_path)

__all__ = ["Unit", "plan_sources"]

logger = logging.getLogger(__name__)

_TEXT_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".jsonl"}
_FEED_SUFFIXES = {".rss", ".atom", ".xml"}

Item = RawDocument | Failure


@dataclass
class Unit:
    """A piece of work: ``count`` documents (an estimate) that ``items()`` produces lazily."""

    name: str
    count: int
    items: Callable[[], Iterator[Item]]
    url: str | None = None  # the page it will fetch, so a stored one is skipped without fetching


def _one(item: Item) -> Callable[[], Iterator[Item]]:
    return lambda: iter([item])


def _failure(name: str, err: Exception) -> Unit:
    return Unit(name, 1, _one(Failure(None, type(err).__name__, str(err), name)))


def _feed_units(data: bytes, *, name: str, fetcher: Fetcher | None) -> list[Unit]:
    title, items = parse_feed(data, name=name)

    def one(item: FeedItem) -> Callable[[], Iterator[Item]]:
        return lambda: feed_documents([item], feed_title=title, fetcher=fetcher, name=name)

    return [Unit(f"{name}#{item.link or n}", 1, one(item), url=item.link) for n, item in enumerate(items, 1)]


def _url_units(url: str, fetcher: Fetcher) -> list[Unit]:
    try:
        fetched = fetcher.get(url)
        if looks_like_feed(fetched.content_type, fetched.content):
            return _feed_units(fetched.content, name=url, fetcher=fetcher)
        doc = load(fetched.content, name=url, max_bytes=fetcher.max_bytes)
    except (FetchError, InputError) as err:
        return [_failure(url, err)]
    doc.url = doc.id = fetched.url
    return [Unit(url, 1, _one(doc))]


def _jsonl_count(path: Path) -> int:
    try:
        with open(path, "rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return 1


def _file_units(path: Path, fetcher: Fetcher | None) -> list[Unit]:
    name = str(path)
    suffix = path.suffix.lower()
    if is_warc(path):
        return [Unit(name, max(1, count_warc(path)), lambda: iter_warc(path))]
    if suffix in _FEED_SUFFIXES:
        try:
            data = path.read_bytes()
            if looks_like_feed(None, data):
                return _feed_units(data, name=name, fetcher=fetcher)
        except (OSError, FetchError) as err:
            return [_failure(name, err)]
    count = _jsonl_count(path) if suffix == ".jsonl" else 1
    return [Unit(name, count, lambda: read_path(path))]


def plan_sources(sources: list[str], *, fetcher: Fetcher | None) -> Iterator[Unit]:
    """Units for each source, in order. Folders are read recursively in name order.

    URLs are fetched here to tell a feed from a page; a source that cannot be
    read becomes a unit yielding one :class:`Failure`.
    """
    for source in sources:
        if is_url(source):
            if fetcher is None:
                yield _failure(source, FetchError(f"{source}: fetching URLs is turned off"))
            else:
                yield from _url_units(source, fetcher)
            continue
        if source == "-":
            yield Unit("<stdin>", 1, lambda: read_path("-"))
            continue
        path = Path(source)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or any(p.startswith(".") for p in child.relative_to(path).parts):
                    continue
                if child.suffix.lower() in _TEXT_SUFFIXES | _FEED_SUFFIXES or is_warc(child):
                    yield from _file_units(child, fetcher)
            continue
        if not path.exists():
            yield _failure(source, InputError(f"{source}: no such file or folder"))
            continue
        yield from _file_units(path, fetcher)
