"""Store: opening, idempotent writes, read-only mode, search filters and limits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotegraph.errors import ReadOnlyError, StoreError
from quotegraph.store import MAX_LIMIT, SCHEMA_VERSION, Page, QuoteHit, Store

from .conftest import make_article

TEXT = ('"We need a ceasefire now," Keir Starmer said on Tuesday. '
        '"Aid must reach Gaza," said Emmanuel Macron. Starmer spoke in London.')


def starmer_article(**meta: object) -> object:
    return make_article(
        TEXT,
        entities=[("Keir Starmer", "PERSON", ["Keir Starmer", "Starmer"]),
                  ("Emmanuel Macron", "PERSON", ["Emmanuel Macron"]), ("London", "GPE", ["London"])],
        quotes=[("We need a ceasefire now", "Keir Starmer"), ("Aid must reach Gaza", "Emmanuel Macron")],
        **{"id": "a1", "url": "https://www.bbc.co.uk/news/1", "published": "2025-03-15",
           "publisher": "BBC News", "title": "Leaders call for ceasefire", **meta},
    )


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


def test_store_new_file_is_wal_at_current_schema(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_store_add_article_twice_adds_nothing(store: Store) -> None:
    first = store.add_article(starmer_article())
    before = store.counts()
    again = store.add_article(starmer_article())
    assert first.created and not again.created
    assert again.article_id == first.article_id
    assert store.counts() == before == {"articles": 1, "duplicates": 0, "quotes": 2, "speakers": 2, "runs": 0}


def test_store_same_text_without_url_is_keyed_by_content(store: Store) -> None:
    assert store.add_article(starmer_article(url=None)).created
    assert not store.add_article(starmer_article(url=None, id="other-name")).created


def test_store_tracking_parameters_do_not_make_a_new_article(store: Store) -> None:
    store.add_article(starmer_article())
    result = store.add_article(starmer_article(url="http://bbc.co.uk/news/1/?utm_source=twitter#top"))
    assert not result.created


def test_store_get_article_round_trips_the_document(store: Store) -> None:
    article = starmer_article()
    added = store.add_article(article)
    stored = store.get_article(added.article_id)
    assert stored is not None
    assert stored.article.to_dict() == article.to_dict()  # type: ignore[attr-defined]
    assert stored.duplicate_of is None
    starmer = store.list_speakers(query="Starmer").items[0]
    assert stored.speaker_ids["e0"] == starmer.id
    assert stored.speaker_ids["quote:0"] == starmer.id
    assert "e2" not in stored.speaker_ids  # London is an entity, not a speaker
    assert store.get_article(999) is None


def test_store_read_only_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Store(path) as store:
        store.add_article(starmer_article())
    with Store(path, read_only=True) as ro:
        assert ro.search_quotes("ceasefire").total == 1
        with pytest.raises(ReadOnlyError):
            ro.add_article(starmer_article(url="https://example.com/other"))
        with pytest.raises(ReadOnlyError):
            ro.start_run(["x"])


def test_store_read_only_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.db", read_only=True)
    assert not (tmp_path / "missing.db").exists()


def test_store_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(path)


def test_store_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


@pytest.mark.parametrize(
    ("query", "kwargs", "expected"),
    [
        ("ceasefire", {}, ["We need a ceasefire now"]),
        ("ceasefires", {}, ["We need a ceasefire now"]),  # stemmed
        ("gaza", {}, ["Aid must reach Gaza"]),
        (None, {"speaker": "Starmer"}, ["We need a ceasefire now"]),
        (None, {"speaker": "Sir Keir Starmer"}, ["We need a ceasefire now"]),
        (None, {"speaker": "Macron"}, ["Aid must reach Gaza"]),
        (None, {"since": "2025-03-15"}, ["Aid must reach Gaza", "We need a ceasefire now"]),
        (None, {"until": "2025-03"}, ["Aid must reach Gaza", "We need a ceasefire now"]),
        (None, {"publisher": "bbc news"}, ["Aid must reach Gaza", "We need a ceasefire now"]),
        (None, {"kind": "direct"}, ["Aid must reach Gaza", "We need a ceasefire now"]),
        # negatives: each filter can exclude everything
        ("ceasefire", {"speaker": "Macron"}, []),
        (None, {"speaker": "Nobody Known"}, []),
        (None, {"since": "2025-03-16"}, []),
        (None, {"until": "2025-03-14"}, []),
        (None, {"publisher": "Sky News"}, []),
        (None, {"kind": "indirect"}, []),
        ("banana", {}, []),
        ('"need a" AND (', {}, ["We need a ceasefire now"]),  # bad FTS syntax: read as plain words
        ("((", {}, []),
    ],
)
def test_store_search_filters(store: Store, query: str | None, kwargs: dict[str, str], expected: list[str]) -> None:
    store.add_article(starmer_article())
    page = store.search_quotes(query, **kwargs)  # type: ignore[arg-type]
    assert isinstance(page, Page)
    assert sorted(h.content for h in page.items) == expected
    assert page.total == len(expected)


def test_store_search_hit_carries_article_and_offsets(store: Store) -> None:
    store.add_article(starmer_article())
    (hit,) = store.search_quotes("ceasefire").items
    assert isinstance(hit, QuoteHit)
    assert (hit.speaker_name, hit.publisher, hit.published, hit.url, hit.title) == (
        "Keir Starmer", "BBC News", "2025-03-15", "https://www.bbc.co.uk/news/1", "Leaders call for ceasefire")
    assert TEXT[hit.start:hit.end] == hit.content


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"kind": "shouted"}, "kind"),
    ({"since": "last week"}, "since"),
    ({"until": "2025/01/01"}, "until"),
])
def test_store_search_bad_filter_is_a_store_error(store: Store, kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.search_quotes("x", **kwargs)  # type: ignore[arg-type]


def test_store_limits_are_capped_and_paged(store: Store) -> None:
    for i in range(5):
        store.add_article(starmer_article(url=f"https://example.com/{i}", published=f"2025-03-1{i}",
                                          id=str(i)))
    page = store.search_quotes("ceasefire", limit=10_000)
    assert page.limit == MAX_LIMIT
    # every copy is the same text: the later ones are duplicates and are not searched
    assert page.total == 1
    page = store.search_quotes("ceasefire", include_duplicates=True, limit=2, offset=1)
    assert page.total == 5 and len(page.items) == 2
    assert [h.published for h in page.items] == ["2025-03-13", "2025-03-12"]
    assert store.search_quotes(None, limit=-5, offset=-3).limit == 1


def test_store_speakers_list_and_detail(store: Store) -> None:
    store.add_article(starmer_article())
    page = store.list_speakers()
    assert [(s.name, s.quote_count) for s in page.items] == [("Keir Starmer", 1), ("Emmanuel Macron", 1)]
    starmer = page.items[0]
    assert starmer.aliases == ["Starmer"]
    detail = store.get_speaker(starmer.id)
    assert detail is not None
    assert detail.weekly_counts == [("2025-03-10", 1)]  # the Monday of the week of 2025-03-15
    assert [q.content for q in detail.latest] == ["We need a ceasefire now"]
    assert store.get_speaker(12345) is None
    assert store.list_speakers(query="macr").total == 1
    assert store.list_speakers(query="zzz").total == 0
    assert store.list_speakers(query="%").total == 0  # LIKE wildcards are literal


def test_store_top_entities_are_those_named_inside_quotes(store: Store) -> None:
    text = '"Putin must stop," Keir Starmer said. "Gaza needs aid," Starmer added. Vladimir Putin did not reply.'
    store.add_article(make_article(
        text,
        entities=[("Keir Starmer", "PERSON", ["Keir Starmer", "Starmer"]),
                  ("Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"]), ("Gaza", "GPE", ["Gaza"])],
        quotes=[("Putin must stop", "Keir Starmer"), ("Gaza needs aid", "Starmer")],
        speakers={"Starmer": "Keir Starmer"}, published="2025-01-02",
    ))
    starmer = store.list_speakers(query="starmer").items[0]
    detail = store.get_speaker(starmer.id)
    assert detail is not None
    assert sorted(detail.top_entities) == [("Gaza", 1), ("Vladimir Putin", 1)]


def test_store_search_count_is_capped_past_count_cap(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import quotegraph.store._query as query

    for i in range(6):
        text = f'"Budget line {i} is here," Keir Starmer said about item number {i}.'
        store.add_article(make_article(text, quotes=[(f"Budget line {i} is here", "Keir Starmer")],
                                       url=f"https://x.example/{i}", published=f"2025-01-0{i + 1}"))
    monkeypatch.setattr(query, "COUNT_CAP", 4)
    page = store.search_quotes("budget", limit=2, offset=4)
    assert (page.total, page.exact) == (4, False)
    assert [h.content for h in page.items] == ["Budget line 1 is here", "Budget line 0 is here"]
    exact = store.search_quotes("budget", since="2025-01-04")
    assert (exact.total, exact.exact) == (3, True)


def test_store_split_quote_keeps_only_what_was_said(store: Store) -> None:
    from quotegraph.article import Article, Quote, Span

    text = '"We have momentum," Sir Keir told reporters. "We will keep pushing forward."'
    a, b = text.index("We have"), text.index("We will")
    parts = [Span(a, a + 17, text[a:a + 17]), Span(b, b + 29, text[b:b + 29])]
    quote = Quote("direct", Span(a, parts[1].end, text[a:parts[1].end]), content_parts=parts,
                  speaker_name="Keir Starmer", resolution="name")
    store.add_article(Article(text=text, quotes=[quote], id="split"))
    (hit,) = store.search_quotes("momentum").items
    assert hit.content == "We have momentum, … We will keep pushing forward."
    assert "told reporters" not in hit.content
    assert (hit.start, hit.end) == (a, parts[1].end)  # offsets still span the whole quote in the text
