"""docs/corpus.md and the Datasette metadata stay true to the code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest

from quotegraph.cli.corpus import COMMANDS
from quotegraph.store import EXPORT_FIELDS, Store

from .conftest import make_article

DOCS = Path(__file__).resolve().parents[2] / "docs"
CORPUS_MD = (DOCS / "corpus.md").read_text(encoding="utf-8")
METADATA = json.loads((DOCS / "datasette-metadata.json").read_text(encoding="utf-8"))
QUERIES = METADATA["databases"]["quotegraph"]["queries"]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_docs_name_every_corpus_command_and_option(command: click.Command) -> None:
    assert f"quotegraph {command.name}" in CORPUS_MD
    for param in command.params:
        if isinstance(param, click.Option) and param.name not in ("help",):
            assert any(opt in CORPUS_MD for opt in param.opts), f"{command.name} {param.opts}"


def test_docs_name_every_table(store: Store) -> None:
    tables = [r[0] for r in store.connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts_%' AND name != 'sqlite_stat1'")]
    for table in tables:
        assert f"`{table}`" in CORPUS_MD, table


def test_docs_name_every_export_field() -> None:
    for name, _ in EXPORT_FIELDS:
        assert re.search(rf"\b{name}\b", CORPUS_MD), name


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_docs_datasette_canned_queries_run(store: Store, name: str) -> None:
    text = '"A ceasefire is needed now," Keir Starmer said.'
    store.add_article(make_article(text, entities=[("Keir Starmer", "PERSON", ["Keir Starmer"])],
                                   quotes=[("A ceasefire is needed now", "Keir Starmer")],
                                   published="2025-03-15", publisher="BBC News", url="https://bbc.co.uk/1"))
    sql = QUERIES[name]["sql"]
    params = {p: {"text": "ceasefire", "name": "Keir Starmer", "since": "2025-01-01", "speaker_id": 1}[p]
              for p in re.findall(r":(\w+)", sql)}
    rows = store.connection.execute(sql, params).fetchall()
    if name in ("search_quotes", "quotes_by_speaker", "top_speakers", "speaker_weeks"):
        assert rows, name


def test_docs_datasette_hidden_tables_exist(store: Store) -> None:
    names = {r[0] for r in store.connection.execute("SELECT name FROM sqlite_master")}
    assert set(METADATA["databases"]["quotegraph"]["tables"]) <= names
