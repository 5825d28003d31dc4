"""Hand-built articles for store tests: no model needed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quotegraph.article import Article, Entity, Quote, Span
from quotegraph.store import Store


def _span(text: str, piece: str, after: int = 0) -> Span:
    start = text.index(piece, after)
    return Span(start, start + len(piece), piece)


def make_article(
    text: str,
    *,
    quotes: list[tuple[str, str | None]] = (),  # type: ignore[assignment]
    entities: list[tuple[str, str, list[str]]] = (),  # type: ignore[assignment]
    speakers: dict[str, str] | None = None,
    kind: str = "direct",
    **meta: object,
) -> Article:
    """An article whose spans are found in ``text``.

    ``quotes`` pairs each quote's content with the speaker mention as written;
    ``entities`` are (name, type, mention strings); ``speakers`` maps a mention
    to the name of the entity it resolves to.
    """
    ents: list[Entity] = []
    for i, (name, etype, mentions) in enumerate(entities):
        spans = []
        for m in mentions:
            pos = 0
            while (pos := text.find(m, pos)) != -1:
                spans.append(Span(pos, pos + len(m), m))
                pos += len(m)
        ents.append(Entity(f"e{i}", name, etype, spans, sorted(set(mentions) - {name})))
    by_name = {e.name: e.id for e in ents}
    qs = []
    for content, mention in quotes:
        c = _span(text, content)
        sm = _span(text, mention) if mention else None
        target = (speakers or {}).get(mention or "", mention)
        qs.append(Quote(kind, c, speaker_mention=sm, speaker=by_name.get(target or ""),
                        speaker_name=target if target in by_name else mention,
                        resolution="name" if target in by_name else "none"))
    return Article(text=text, entities=ents, quotes=qs, **meta)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "corpus.db") as s:
        yield s


#: Columns that say when and in which run a row was written: they differ between runs by design.
RUN_COLUMNS = {"run_id", "added"}


def corpus_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every corpus table (not the run log, not FTS internals), for comparing databases.

    Also checks that both full-text indexes agree with their tables.
    """
    import sqlite3

    conn = sqlite3.connect(path)  # the integrity check is written as an INSERT: not read-only
    try:
        for fts in ("quotes_fts", "articles_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
            " AND name NOT IN ('runs', 'run_items') ORDER BY name")]
        out: dict[str, list[tuple[object, ...]]] = {}
        for table in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in RUN_COLUMNS]
            quoted = ", ".join(f'"{c}"' for c in cols)
            out[table] = conn.execute(f"SELECT {quoted} FROM {table} ORDER BY {quoted}").fetchall()
        out["fts:quotes"] = conn.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'said OR ceasefire OR the'"
                                         " ORDER BY rowid").fetchall()
        return out
    finally:
        conn.close()
