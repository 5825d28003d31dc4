"""Schema migrations: a database at an older version is brought up to date, data kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotegraph.store import SCHEMA_VERSION, Store
from quotegraph.store._keys import date_bounds, day_number, publisher_key, sort_key
from quotegraph.store._migrations import _statements, migrate
from quotegraph.store._schema import MIGRATIONS


def _v1_database(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO articles (id, key, content_hash, text, document, added, pub_date, publisher)"
                 " VALUES (1, 'k', 'h', 't', '{}', 'now', '2025-03-15', 'BBC News')")
    conn.execute("INSERT INTO speakers (id, name, type) VALUES (1, 'Keir Starmer', 'PERSON')")
    conn.execute('INSERT INTO quotes (id, article_id, position, kind, content, start, "end", speaker_id,'
                 " pub_date, publisher) VALUES (7, 1, 0, 'direct', 'A ceasefire now', 0, 15, 1, '2025-03-15',"
                 " 'BBC News')")
    conn.close()


def test_migrations_upgrade_v1_keeps_and_indexes_quotes(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _v1_database(path)
    with Store(path) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (hit,) = store.search_quotes("ceasefire", speaker=1, publisher="BBC News", since="2025-03").items
        assert (hit.quote_id, hit.content) == (7, "A ceasefire now")
        key = store.connection.execute("SELECT sort_key FROM quotes WHERE id = 7").fetchone()[0]
        assert key == sort_key(day_number("2025-03-15"), 7)


def test_migrations_are_idempotent(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "c.db", isolation_level=None)
    assert migrate(conn) == SCHEMA_VERSION
    assert migrate(conn) == SCHEMA_VERSION
    conn.close()


def test_migrations_failed_step_leaves_the_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import quotegraph.store._migrations as m
    from quotegraph.errors import StoreError

    path = tmp_path / "old.db"
    _v1_database(path)
    monkeypatch.setattr(m, "MIGRATIONS", (MIGRATIONS[0], "CREATE TABLE x (a); THIS IS NOT SQL;"))
    monkeypatch.setattr(m, "SCHEMA_VERSION", 2)
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(StoreError, match="cannot migrate"):
        m.migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'x'").fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize(
    ("since", "until", "inside", "outside"),
    [
        ("2025-03-01", "2025-03-31", ["2025-03-01", "2025-03-31"], ["2025-02-28", "2025-04-01", None]),
        ("2025-03", None, ["2025-03-01", "2030-01-01"], ["2025-02-28", None]),
        (None, "2024", ["1999-01-01", "2024-12-31"], ["2025-01-01", None]),
        (None, "2024-02", ["2024-02-29"], ["2024-03-01"]),  # leap year month end
    ],
)
def test_keys_date_bounds(since: str | None, until: str | None, inside: list[str], outside: list[str | None]) -> None:
    bounds = date_bounds(since, until)
    assert bounds is not None
    lo, hi = bounds
    for day in inside:
        assert lo <= sort_key(day_number(day), 123) <= hi, day
    for maybe in outside:
        assert not lo <= sort_key(day_number(maybe), 123) <= hi, maybe


@pytest.mark.parametrize(("publisher", "key"), [
    ("BBC News", "bbcnews"), ("The Guardian", "theguardian"), ("Le Monde", "lemonde"),
    ("Süddeutsche Zeitung", "suddeutschezeitung"), ("", ""), (None, ""),
])
def test_keys_publisher_key(publisher: str | None, key: str) -> None:
    assert publisher_key(publisher) == key


@pytest.mark.parametrize(("day", "monday"), [
    ("2025-03-15", "2025-03-10"), ("2025-03-10", "2025-03-10"), ("2025-03-16", "2025-03-10"),
    ("2025-01-01", "2024-12-30"),  # the week straddles the new year
])
def test_keys_week_of_matches_sqlite(tmp_path: Path, day: str, monday: str) -> None:
    from quotegraph.store._keys import week_of

    conn = sqlite3.connect(":memory:")
    assert week_of(day) == monday == conn.execute("SELECT date(?, 'weekday 0', '-6 days')", (day,)).fetchone()[0]
