"""``quotegraph batch`` and ``quotegraph load``: arguments, hints, and loading a batch folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.scale import DEFAULT_PARTITION_SIZE


@pytest.mark.parametrize("command", ["batch", "load"])
def test_cli_help_ends_with_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert f"quotegraph {command} " in result.output.split("Example:")[1]


def test_cli_batch_help_states_the_default_partition_size() -> None:
    result = CliRunner().invoke(main, ["batch", "--help"])
    assert f"(default: {DEFAULT_PARTITION_SIZE})" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["x.jsonl", "--out", "o", "--scheduler", "tcp://127.0.0.1:1", "--workers", "2"], "own workers"),
        (["-", "--out", "o"], "standard input"),
        (["x.jsonl"], "--out"),  # the output folder is required
        (["x.jsonl", "--out", "o", "--workers", "0"], "x>=1"),  # at least one worker
    ],
)
def test_cli_batch_rejects(tmp_path: Path, args: list[str], message: str) -> None:
    with CliRunner().isolated_filesystem(temp_dir=tmp_path):
        result = CliRunner().invoke(main, ["batch", *args])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_cli_batch_refuses_a_folder_of_other_inputs(tmp_path: Path, finished: Path,
                                                     corpus: dict[str, Path]) -> None:
    result = CliRunner().invoke(main, ["batch", str(corpus["jsonl"]), "--out", str(finished)])
    assert result.exit_code == 1
    assert "--fresh" in result.output


def test_cli_load_needs_a_batch_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 1
    assert "is it the --out folder of `quotegraph batch`?" in result.output


@pytest.mark.model
def test_cli_load_twice_adds_nothing_the_second_time(tmp_path: Path, finished: Path) -> None:
    pytest.importorskip("quotegraph.store")
    db = str(tmp_path / "corpus.db")
    first = CliRunner().invoke(main, ["load", str(finished), "--db", db])
    second = CliRunner().invoke(main, ["load", str(finished), "--db", db])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    n_articles = len(list((finished / "articles").glob("*.parquet")))
    assert n_articles > 0
    assert " 0 new of " in second.output and " 0 new of " not in first.output
