"""The HTML pages through an in-process client: content, escaping, errors, the Add form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotegraph.api import create_app
from quotegraph.article import Article
from quotegraph.web._demo import DemoQuote, build_article

from .conftest import TestClient
from .corpus import HOSTILE_TITLE, IMG, SCRIPT


def _pasted(text: str, **meta: object) -> Article:
    return build_article(paragraphs=[f"Quinn Example said: {text}"], people={"e1": ("Quinn Example", "PERSON", [])},
                         quotes=[DemoQuote(text, "e1", "said", "Quinn Example")], published="2026-07-01",
                         title="Pasted")


def test_search_page_lists_hits_with_links(client: TestClient) -> None:
    html = client.get("/", params={"q": "cranes"}).text
    assert "1 quote matching" in html
    assert "We want to see the cranes." in html
    assert re.search(r'href="http://testserver/speakers/\d+">Tomas Okafor</a>', html)
    assert re.search(r'href="http://testserver/articles/\d+\?at=\d+#focus">Mayor unveils plan', html)


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({"speaker": "Raman"}, "Priya Raman"),
        ({"kind": "indirect", "q": "contracts"}, "the first contracts would be signed within a month"),
        ({"since": "2026-05-20", "until": "2026-05-31"}, "That is what gauges are for."),
        ({"publisher": "Northport Daily", "q": "science"}, "We listened to Dr Raman and to the science"),
    ],
)
def test_search_page_filters(client: TestClient, params: dict[str, str], shown: str) -> None:
    html = client.get("/", params=params).text
    assert shown in html
    assert "Nothing found" not in html


@pytest.mark.parametrize(
    ("params", "problem"),
    [({"since": "last week"}, "is not a date"), ({"kind": "yelled"}, "is not one of")],
)
def test_search_page_explains_bad_filters(client: TestClient, params: dict[str, str], problem: str) -> None:
    r = client.get("/", params=params)
    assert r.status_code == 200
    assert problem in r.text


def test_search_page_paginates(client: TestClient) -> None:
    first = client.get("/").text
    assert "page 1 of 2" in first and 'rel="next"' in first
    second = client.get("/", params={"page": 2}).text
    assert 'rel="prev"' in second and 'rel="next"' not in second


def test_speaker_page_shows_names_timeline_and_latest(client: TestClient) -> None:
    sid = client.get("/api/speakers", params={"q": "Lindqvist"}).json()["items"][0]["id"]
    html = client.get(f"/speakers/{sid}").text
    assert "<h1>Ana Lindqvist</h1>" in html
    assert "Mayor Lindqvist" in html
    assert html.count('<rect class="bar"') >= 10  # March to May, one bar a week
    assert "Tomas Okafor" in html  # mentioned in her quotes
    assert "Tomas Okafor and his crews kept the town dry" in html
    assert f"?speaker={sid}" in html
    count = client.get(f"/api/speakers/{sid}").json()["quote_count"]
    assert client.get("/", params={"speaker": str(sid)}).text.count('class="hit"') == count


def test_article_page_marks_quotes_and_lists_removed(client: TestClient,
                                                     corpus: tuple[Path, dict[str, int]]) -> None:
    html = client.get(f"/articles/{corpus[1]['demo-1']}").text
    assert html.count('class="sp-0 quote" data-q') == 2 and html.count('class="sp-1 quote" data-q') == 2
    assert 'class="sp-1 mention"' in html and 'class="sp-0 cue"' in html
    assert "<details class=\"removed\">" in html and "Subscribe to our newsletter" in html
    assert "resolved by context" in html


def test_hostile_article_is_escaped_everywhere(client: TestClient, corpus: tuple[Path, dict[str, int]]) -> None:
    html = client.get(f"/articles/{corpus[1]['xss-1']}").text
    for raw in (SCRIPT, IMG, "<Hacker>", "<iframe", "<b>title</b>", "<i>Press</i>"):
        assert raw not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "onerror=&#34;window.__pwned = 2&#34;" in html
    assert "javascript:" not in html  # the article's URL is not linked
    assert "Hostile &lt;b&gt;title&lt;/b&gt; &amp; friends" in html
    assert HOSTILE_TITLE not in html
    hits = client.get("/", params={"q": "trust"}).text
    assert SCRIPT not in hits and "Mallory &lt;Hacker&gt;" in hits


@pytest.mark.parametrize("url", ["/articles/9999", "/speakers/9999", "/articles/99999999999999999999", "/nowhere"])
def test_missing_pages_are_html_404(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code in (404, 422)
    assert r.headers["content-type"].startswith("text/html")
    assert "Back to search" in r.text


def test_add_page_read_only_extracts_without_storing(corpus: tuple[Path, dict[str, int]]) -> None:
    with TestClient(create_app(corpus[0], read_only=True, extractor=_pasted)) as c:
        assert "read-only" in c.get("/add").text
        before = c.get("/api/quotes").json()["total"]
        html = c.post("/add", data={"text": "Seagulls <b>rule</b>."}).text
        assert 'class="sp-0 quote"' in html and "Seagulls &lt;b&gt;rule&lt;/b&gt;." in html
        assert "Stored as" not in html
        assert c.get("/api/quotes").json()["total"] == before


def test_add_page_stores_when_writable(writable_db: Path) -> None:
    with TestClient(create_app(writable_db, extractor=_pasted)) as c:
        html = c.post("/add", data={"text": "Tides are turning."}).text
        match = re.search(r'Stored as <a href="http://testserver/articles/(\d+)">', html)
        assert match is not None
        assert "Tides are turning." in c.get(f"/articles/{match.group(1)}").text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "paste the article"),
        ({"url": "ftp://example.org/x"}, "is not an http(s) URL"),
        ({"url": "javascript:alert(1)"}, "is not an http(s) URL"),
    ],
)
def test_add_page_explains_bad_input(corpus: tuple[Path, dict[str, int]], data: dict[str, str],
                                     message: str) -> None:
    with TestClient(create_app(corpus[0], read_only=True, extractor=_pasted)) as c:
        r = c.post("/add", data=data)
    assert r.status_code == 422
    assert message in r.text


def test_add_page_fetches_the_url_through_ingest(  # type: ignore[no-untyped-def]
    corpus: tuple[Path, dict[str, int]], local_site
) -> None:
    page = "<html><head><title>Fetched</title></head><body><article><p>Fetched words.</p></article></body></html>"
    url = local_site.add("/story", page)
    missing = local_site.url("/gone")
    seen: list[tuple[str, object]] = []

    def extractor(text: str, **meta: object) -> Article:
        seen.append((text, meta.get("url")))
        return _pasted("Fetched words.")

    with TestClient(create_app(corpus[0], read_only=True, extractor=extractor)) as c:
        ok = c.post("/add", data={"url": url})
        gone = c.post("/add", data={"url": missing})
    assert ok.status_code == 200 and "Fetched words." in ok.text
    assert seen == [(page, url)]
    assert gone.status_code == 502 and "HTTP 404" in gone.text


def test_pages_forbid_inline_scripts(client: TestClient) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_web_exports_are_pinned() -> None:
    import quotegraph.web

    assert sorted(quotegraph.web.__all__) == sorted([
        "ServerContext", "Extractor", "StoreFactory", "get_context", "MAX_BODY_BYTES", "router", "error_page",
        "highlight_article", "HighlightedArticle", "QuoteView", "timeline_svg", "demo_articles", "STATIC_DIR",
    ])


def test_search_page_says_more_than_when_the_count_stopped(tmp_path: Path) -> None:
    from quotegraph.store import COUNT_CAP, Page

    class CappedStore:
        def search_quotes(self, *args: object, **kwargs: object) -> Page[object]:
            return Page([], COUNT_CAP, 20, 0, exact=False)

        def close(self) -> None:
            pass

    app = create_app(tmp_path / "unused.db", store_factory=lambda path, read_only: CappedStore())
    with TestClient(app) as c:
        assert f"more than {COUNT_CAP:,} quotes" in c.get("/", params={"q": "the"}).text
        body = c.get("/api/quotes", params={"q": "the"}).json()
    assert body["exact"] is False and body["total"] == COUNT_CAP
