"""Feeds: each item's page is fetched; the item's own text is the fallback."""

from __future__ import annotations

import pytest

from quotegraph.article import Failure
from quotegraph.errors import FetchError
from quotegraph.ingest import Fetcher, RawDocument, feed_documents, parse_feed

PAGE = "<html><head><title>Full story</title></head><body><article><p>{}</p></article></body></html>"


def rss(items: list[tuple[str, str, str | None]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><pubDate>Sat, 15 Mar 2025 10:00:00 GMT</pubDate>"
        + (f"<description><![CDATA[{desc}]]></description>" if desc else "") + "</item>"
        for title, link, desc in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>{entries}</channel></rss>'


def atom(link: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Atom News</title><entry><title>One</title>"
            f'<link href="{link}"/><id>urn:1</id><updated>2024-02-01T09:00:00Z</updated>'
            "<content type=\"html\">&lt;p&gt;Atom text.&lt;/p&gt;</content></entry></feed>")


def test_parse_feed_rss_items_and_dates() -> None:
    title, items = parse_feed(rss([("A", "http://x.example/a", "Short")]).encode(), name="f.xml")
    assert title == "Example News"
    (item,) = items
    assert (item.link, item.title, item.published, item.content) == (
        "http://x.example/a", "A", "2025-03-15T10:00:00Z", "Short")


def test_parse_feed_atom() -> None:
    title, (item,) = parse_feed(atom("http://x.example/1").encode(), name="a.xml")
    assert title == "Atom News" and item.published == "2024-02-01T09:00:00Z" and "Atom text" in (item.content or "")


@pytest.mark.parametrize("data", [b"<html><body>not a feed</body></html>", b"", b"\x00\x01garbage"])
def test_parse_feed_rejects_non_feeds(data: bytes) -> None:
    with pytest.raises(FetchError, match="not an RSS or Atom feed"):
        parse_feed(data, name="x")


def test_feed_documents_fetch_pages_and_fall_back(local_site) -> None:
    local_site.add("/robots.txt", "User-agent: *\nDisallow: /blocked/\n", content_type="text/plain")
    ok = local_site.add("/story/1", PAGE.format("The full text of story one."))
    missing = local_site.url("/story/404")
    blocked = local_site.add("/blocked/2", PAGE.format("Blocked."))
    _, items = parse_feed(rss([("One", ok, "Teaser one"), ("Two", missing, "Teaser two text"),
                               ("Three", blocked, None)]).encode(), name="feed")
    with Fetcher(timeout=5, retries=0) as fetcher:
        docs = list(feed_documents(items, feed_title="Example News", fetcher=fetcher, name="feed"))
    first, second, third = docs
    assert isinstance(first, RawDocument) and "full text of story one" in first.text
    assert first.metadata["publisher"] == "Example News" and first.metadata["published"] == "2025-03-15T10:00:00Z"
    assert first.url == ok
    # the page is gone: the item's own text is used, with a warning saying so
    assert isinstance(second, RawDocument) and "Teaser two text" in second.text and second.url == missing
    assert any("feed item's own text" in w for w in second.warnings)
    # robots.txt forbids the page and the item has no text: a failure, not a crash
    assert isinstance(third, Failure) and "robots.txt" in third.message
