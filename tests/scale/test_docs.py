"""docs/scaling.md: its DuckDB queries run against a real batch folder, and it names every shard column."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotegraph.article import Article
from quotegraph.scale import SCHEMAS, iter_results

DOC = Path(__file__).resolve().parents[2] / "docs" / "scaling.md"


def _queries() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_docs_have_duckdb_examples() -> None:
    assert len(_queries()) >= 5


@pytest.mark.model
@pytest.mark.parametrize("index", range(6))
def test_docs_duckdb_query_runs(finished: Path, index: int) -> None:
    duckdb = pytest.importorskip("duckdb", reason="duckdb is the optional quotegraph[duckdb] extra")
    query = _queries()[index].replace("'shards/", f"'{finished}/")
    rows = duckdb.connect().sql(query).fetchall()
    if index == 0:  # who is quoted most: the same counts as the articles themselves give
        expected: dict[str, int] = {}
        for article in iter_results(finished):
            if isinstance(article, Article):
                for quote in article.quotes:
                    if quote.speaker_name:
                        expected[quote.speaker_name] = expected.get(quote.speaker_name, 0) + 1
        assert {name: n for name, n, _ in rows} == dict(sorted(expected.items(), key=lambda kv: -kv[1])[:20])
    if index == 4:  # what failed: the corpus has two input errors and two decoding errors
        assert sum(n for _, n, _ in rows) == 4


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_docs_name_every_column(table: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    (row,) = [line for line in text.splitlines() if line.startswith(f"| {table} |")]
    for name in SCHEMAS[table].names:
        assert f"`{name}`" in row, f"docs/scaling.md does not describe {table}.{name}"
