"""Fetcher: user agent, robots.txt, retries with backoff, size cap, errors; all against 127.0.0.1."""

from __future__ import annotations

import pytest

from quotegraph.errors import FetchError, InputTooLargeError
from quotegraph.ingest import USER_AGENT, Fetcher, is_url, looks_like_feed

PAGE = "<html><head><title>T</title></head><body><p>Hello there, this is a page.</p></body></html>"


@pytest.fixture
def fetcher():
    with Fetcher(timeout=5, retries=2, backoff=0.01) as f:
        yield f


def test_fetcher_sends_a_clear_user_agent(local_site, fetcher: Fetcher) -> None:
    url = local_site.add("/a", PAGE)
    fetched = fetcher.get(url)
    assert fetched.content.decode() == PAGE and fetched.status == 200
    assert (("/a", USER_AGENT)) in local_site.hits
    assert USER_AGENT.startswith("quotegraph/")


def test_fetcher_document_is_decoded_with_its_url(local_site, fetcher: Fetcher) -> None:
    url = local_site.add("/a", PAGE)
    doc = fetcher.document(url, metadata={"title": "From feed"})
    assert doc.format == "html" and doc.url == url and doc.metadata == {"title": "From feed"}


@pytest.mark.parametrize(
    ("robots", "path", "allowed"),
    [
        ("User-agent: *\nDisallow: /private/\n", "/private/x", False),
        ("User-agent: *\nDisallow: /private/\n", "/public/x", True),
        ("User-agent: quotegraph\nDisallow: /\n", "/public/x", False),
        ("User-agent: otherbot\nDisallow: /\n", "/public/x", True),
        (None, "/public/x", True),  # no robots.txt (404): everything allowed
    ],
)
def test_fetcher_respects_robots_txt(local_site, fetcher: Fetcher, robots: str | None, path: str,
                                     allowed: bool) -> None:
    if robots is not None:
        local_site.add("/robots.txt", robots, content_type="text/plain")
    url = local_site.add(path, PAGE)
    if allowed:
        assert fetcher.get(url).status == 200
    else:
        with pytest.raises(FetchError, match="robots.txt"):
            fetcher.get(url)
        assert (path, USER_AGENT) not in local_site.hits


def test_fetcher_reads_robots_txt_once_per_site(local_site, fetcher: Fetcher) -> None:
    local_site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    for i in range(3):
        fetcher.get(local_site.add(f"/p{i}", PAGE))
    assert [p for p, _ in local_site.hits].count("/robots.txt") == 1


def test_fetcher_unreachable_robots_txt_allows_nothing(local_site, fetcher: Fetcher) -> None:
    local_site.add("/robots.txt", "oops", status=500, content_type="text/plain")
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.get(local_site.add("/a", PAGE))


def test_fetcher_retries_with_backoff_then_succeeds(local_site, fetcher: Fetcher) -> None:
    url = local_site.add("/flaky", PAGE, fail_times=2)
    assert fetcher.get(url).status == 200
    assert [p for p, _ in local_site.hits].count("/flaky") == 3


def test_fetcher_gives_up_after_retries(local_site, fetcher: Fetcher) -> None:
    url = local_site.add("/down", PAGE, fail_times=10)
    with pytest.raises(FetchError, match="gave up after 3 attempts"):
        fetcher.get(url)


@pytest.mark.parametrize("status", [404, 410, 403])
def test_fetcher_client_errors_are_not_retried(local_site, fetcher: Fetcher, status: int) -> None:
    url = local_site.add("/gone", "no", status=status)
    with pytest.raises(FetchError, match=f"HTTP {status}"):
        fetcher.get(url)
    assert [p for p, _ in local_site.hits].count("/gone") == 1


def test_fetcher_size_cap(local_site) -> None:
    url = local_site.add("/big", "<p>" + "x" * 5000 + "</p>")
    with Fetcher(max_bytes=1000, retries=0) as small, pytest.raises(InputTooLargeError, match="cap"):
        small.get(url)


def test_fetcher_connection_refused_is_a_fetch_error() -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with Fetcher(timeout=2, retries=1, backoff=0.01, respect_robots=False) as f, pytest.raises(FetchError):
        f.get(f"http://127.0.0.1:{port}/x")


@pytest.mark.parametrize(("value", "expected"), [
    ("http://a.example/x", True), ("HTTPS://a.example", True),
    ("ftp://a.example/x", False), ("articles/", False), ("-", False),
])
def test_is_url(value: str, expected: bool) -> None:
    assert is_url(value) is expected


@pytest.mark.parametrize(("ctype", "body", "expected"), [
    ("application/rss+xml", b"<rss/>", True),
    ("application/atom+xml", b"", True),
    ("text/xml", b'<?xml version="1.0"?><rss version="2.0">', True),
    (None, b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', True),
    ("text/html", b"<!DOCTYPE html><html><body>rss</body></html>", False),
    (None, b"plain text about <feed> in prose", False),
])
def test_looks_like_feed(ctype: str | None, body: bytes, expected: bool) -> None:
    assert looks_like_feed(ctype, body) is expected
