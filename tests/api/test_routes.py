"""The JSON API: search, speakers, articles, extraction, limits and errors."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from quotegraph import errors
from quotegraph.api import MAX_PAGE_SIZE, create_app
from quotegraph.article import SCHEMA, Article
from quotegraph.core import extract
from quotegraph.web import demo_articles

from web.corpus import hostile_article

from .conftest import TestClient, fake_extractor

DEMO = demo_articles()
ALL = DEMO + [hostile_article()]  # what the corpus fixture stores


def _demo_quotes(pred=lambda a, q: True) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for a in ALL for q in a.quotes if pred(a, q))


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": "indirect"}, _demo_quotes(lambda a, q: q.kind == "indirect")),
        ({"kind": "mixed"}, _demo_quotes(lambda a, q: q.kind == "mixed")),
        ({"publisher": "Northport Daily"}, _demo_quotes(lambda a, q: a.publisher == "Northport Daily")),
        ({"publisher": "northport daily"}, _demo_quotes(lambda a, q: a.publisher == "Northport Daily")),
        ({"since": "2026-05-01"}, _demo_quotes(lambda a, q: a.published >= "2026-05-01")),
        ({"until": "2026-03-31"}, _demo_quotes(lambda a, q: a.published <= "2026-03-31")),
        ({"speaker": "Priya Raman"}, _demo_quotes(lambda a, q: q.speaker_name == "Priya Raman")),
        ({"speaker": "Okafor", "kind": "direct"},
         _demo_quotes(lambda a, q: q.speaker_name == "Tomas Okafor" and q.kind == "direct")),
        ({"q": "tide gauge"}, 1),
        # negatives: nothing matches
        ({"q": "zeppelin"}, 0),
        ({"speaker": "Nobody Atall"}, 0),
        ({"since": "2027-01-01"}, 0),
    ],
)
def test_quotes_filters_count_matches(client: TestClient, params: dict[str, str], expected: int) -> None:
    r = client.get("/api/quotes", params={**params, "limit": MAX_PAGE_SIZE})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == expected
    assert len(body["items"]) == expected


@pytest.mark.parametrize(
    "q",
    [
        "wall*",  # prefix query
        "AND",  # a bare operator
        "NEAR(",
        "'; DROP TABLE quotes; --",
        '"',  # an unterminated phrase
        "*",  # a bare wildcard
    ],
)
def test_quotes_odd_queries_are_not_server_errors(client: TestClient, q: str) -> None:
    r = client.get("/api/quotes", params={"q": q})
    assert r.status_code == 200, r.text


def test_quotes_hit_links_to_article_and_speaker(client: TestClient) -> None:
    hit = client.get("/api/quotes", params={"q": "cranes"}).json()["items"][0]
    assert hit["content"] == "We want to see the cranes."
    assert hit["speaker_name"] == "Tomas Okafor"
    article = client.get(f"/api/articles/{hit['article_id']}").json()["article"]
    assert article["text"][hit["start"]:hit["end"]] == hit["content"]
    speaker = client.get(f"/api/speakers/{hit['speaker_id']}").json()
    assert speaker["name"] == "Tomas Okafor"


def test_quotes_pages_cover_every_hit_once(client: TestClient) -> None:
    total = client.get("/api/quotes").json()["total"]
    seen = []
    for offset in range(0, total, 4):
        page = client.get("/api/quotes", params={"limit": 4, "offset": offset}).json()
        assert page["limit"] == 4 and page["offset"] == offset and page["total"] == total
        seen += [h["quote_id"] for h in page["items"]]
    assert len(seen) == total == len(set(seen))


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        (f"/api/quotes?limit={MAX_PAGE_SIZE + 1}", "limit"),
        ("/api/quotes?limit=0", "limit"),
        ("/api/quotes?offset=-1", "offset"),
        ("/api/quotes?since=yesterday", "since"),
        ("/api/quotes?kind=shouted", "kind"),
        ("/api/speakers?limit=1000", "limit"),
        ("/api/speakers/abc", "speaker_id"),
        ("/api/speakers/0", "speaker_id"),
        ("/api/articles/99999999999999999999", "article_id"),
    ],
)
def test_invalid_parameters_get_json_422(client: TestClient, url: str, needle: str) -> None:
    r = client.get(url)
    assert r.status_code == 422
    body = r.json()
    assert body["status"] == 422 and needle in body["message"]


@pytest.mark.parametrize("url", ["/api/speakers/9999", "/api/articles/9999", "/api/nothing-here"])
def test_missing_things_get_json_404(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["message"]


def test_speakers_list_most_quoted_first_and_query(client: TestClient) -> None:
    items = client.get("/api/speakers").json()["items"]
    counts = [s["quote_count"] for s in items]
    assert counts == sorted(counts, reverse=True)
    found = client.get("/api/speakers", params={"q": "rama"}).json()["items"]
    assert [s["name"] for s in found] == ["Priya Raman"]


def test_speaker_detail_has_weeks_entities_latest(client: TestClient) -> None:
    sid = client.get("/api/speakers", params={"q": "Lindqvist"}).json()["items"][0]["id"]
    s = client.get(f"/api/speakers/{sid}").json()
    assert s["quote_count"] == _demo_quotes(lambda a, q: q.speaker_name == "Ana Lindqvist")
    assert sum(w["count"] for w in s["weekly_counts"]) == s["quote_count"]
    assert {"Tomas Okafor", "Priya Raman"} <= {e["name"] for e in s["top_entities"]}
    dates = [h["published"] for h in s["latest"]]
    assert dates == sorted(dates, reverse=True)


def test_article_is_an_article_document(client: TestClient, corpus: tuple[Path, dict[str, int]]) -> None:
    body = client.get(f"/api/articles/{corpus[1]['demo-1']}").json()
    assert body["article"]["schema"] == SCHEMA
    article = Article.from_dict(body["article"])
    assert article.to_dict() == next(a for a in DEMO if a.id == "demo-1").to_dict()
    assert set(body["speaker_ids"]) >= {"e1", "e2"}


def test_read_only_refuses_writes_with_403(client: TestClient, corpus: tuple[Path, dict[str, int]]) -> None:
    before = client.get("/api/quotes").json()["total"]
    r = client.post("/api/articles", json={"text": "Nothing will be stored."})
    assert r.status_code == 403
    assert r.json()["error"] == "ReadOnlyError" and "--read-only" in r.json()["message"]
    assert client.get("/api/quotes").json()["total"] == before


def test_add_article_stores_and_is_searchable(writable: TestClient) -> None:
    r = writable.post("/api/articles", json={"text": "Lighthouses are underrated.", "publisher": "Test Post"})
    assert r.status_code == 201, r.text
    added = r.json()
    assert added["created"] is True
    hits = writable.get("/api/quotes", params={"q": "lighthouses"}).json()["items"]
    assert [h["article_id"] for h in hits] == [added["article_id"]]
    assert hits[0]["speaker_name"] == "Quinn Example"


def test_extract_body_over_limit_gets_413(tmp_path: Path, corpus: tuple[Path, dict[str, int]]) -> None:
    app = create_app(corpus[0], read_only=True, extractor=fake_extractor, max_body_bytes=1000)
    with TestClient(app) as c:
        declared = c.post("/api/extract", json={"text": "x" * 2000})
        streamed = c.post("/api/extract", content=iter([b'{"text": "', b"y" * 2000, b'"}']),
                          headers={"content-type": "application/json"})
        small = c.post("/api/extract", json={"text": "fits"})
    for r in (declared, streamed):
        assert r.status_code == 413
        assert r.json()["error"] == "InputTooLargeError"
    assert small.status_code == 200


def test_responses_carry_security_headers(client: TestClient) -> None:
    r = client.get("/api/speakers")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.model
def test_extract_runs_the_pipeline(corpus: tuple[Path, dict[str, int]], nlp) -> None:  # type: ignore[no-untyped-def]
    app = create_app(corpus[0], read_only=True, extractor=functools.partial(extract, model=nlp))
    text = ('The harbour will reopen next week, officials said on Monday.\n\n'
            '"We have never seen a storm like it," said Maria Gonzalez, the harbour master.')
    with TestClient(app) as c:
        r = c.post("/api/extract", json={"text": text, "format": "text", "published": "2026-02-02"})
        empty = c.post("/api/extract", json={"text": "   \n  ", "format": "text"})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["schema"] == SCHEMA
    storm = [q for q in doc["quotes"] if q["content"]["text"].startswith("We have never seen a storm")]
    assert len(storm) == 1 and storm[0]["kind"] == "direct"
    assert "Maria Gonzalez" in (storm[0]["speaker_mention"] or {}).get("text", "")
    assert doc["text"][storm[0]["content"]["start"]:storm[0]["content"]["end"]] == storm[0]["content"]["text"]
    assert empty.status_code == 422
    assert empty.json()["error"].endswith("Error") and empty.json()["message"]


@pytest.mark.parametrize(
    ("err", "status"),
    [
        (errors.EmptyInputError("input: no text left after cleaning"), 422),
        (errors.ModelError("no English spaCy pipeline is installed"), 503),
        (RuntimeError("a bug"), 500),  # not ours: a generic message, the details stay in the log
    ],
)
def test_extract_errors_map_to_statuses(corpus: tuple[Path, dict[str, int]], err: Exception, status: int) -> None:
    def failing(text: str, **meta: object) -> Article:
        raise err

    app = create_app(corpus[0], read_only=True, extractor=failing)
    with TestClient(app, raise_server_exceptions=False) as c:
        api = c.post("/api/extract", json={"text": "anything"})
        page = c.post("/add", data={"text": "anything"})
    assert api.status_code == status == page.status_code
    body = api.json()
    assert body["error"] == type(err).__name__ and body["status"] == status
    if isinstance(err, errors.QuotegraphError):
        assert body["message"] == str(err) and str(err) in page.text
    else:
        assert "a bug" not in body["message"] and "a bug" not in page.text
