"""``quotegraph serve``: options reach the app, mistakes exit with a hint."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import quotegraph.api
from quotegraph.cli import main
from quotegraph.store import Store


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Record what would be served instead of blocking in uvicorn."""
    calls: list[dict[str, Any]] = []

    def fake_serve(app: Any, *, host: str, port: int, **_: Any) -> None:
        calls.append({"app": app, "host": host, "port": port})

    monkeypatch.setattr(quotegraph.api, "serve", fake_serve)
    return calls


def test_serve_help_ends_with_an_example() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "quotegraph serve --db corpus.db --read-only" in result.output


def test_serve_binds_loopback_by_default(tmp_path: Path, served: list[dict[str, Any]]) -> None:
    db = tmp_path / "c.db"
    Store(db).close()
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--read-only", "--port", "8123"])
    assert result.exit_code == 0, result.output
    (call,) = served
    assert call["host"] == "127.0.0.1" and call["port"] == 8123
    ctx = call["app"].state.quotegraph
    assert ctx.read_only is True and ctx.store_path == str(db)
    assert "warning" not in result.output


def test_serve_warns_when_listening_beyond_this_machine(tmp_path: Path, served: list[dict[str, Any]]) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "c.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert "warning: listening on 0.0.0.0" in result.output and "--read-only" in result.output


def test_serve_read_only_needs_an_existing_database(tmp_path: Path, served: list[dict[str, Any]]) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "missing.db"), "--read-only"])
    assert result.exit_code == 1
    assert "no such database" in result.output and "quotegraph ingest" in result.output
    assert served == []


def test_serve_demo_serves_the_invented_corpus(served: list[dict[str, Any]]) -> None:
    result = CliRunner().invoke(main, ["serve", "--demo"])
    assert result.exit_code == 0, result.output
    assert served[0]["app"].state.quotegraph.store_path.endswith("demo.db")
