"""The corpus commands: ingest, search, speakers, export, all with --db."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from quotegraph.article import Article, Entity, Quote, Span
from quotegraph.cli import main
from quotegraph.store import EXPORT_FIELDS, Store


def _article(i: int, name: str, line: str, day: str, publisher: str) -> Article:
    text = f'"{line}," {name} said in the chamber on day {i}.'
    start = text.index(name)
    mention = Span(start, start + len(name), name)
    return Article(text=text, id=str(i), url=f"https://news.example/{i}", published=day, publisher=publisher,
                   title=f"Story {i}", entities=[Entity("e1", name, "PERSON", [mention])],
                   quotes=[Quote("direct", Span(1, 1 + len(line), line), speaker="e1", speaker_name=name,
                                 speaker_mention=mention, resolution="name")])


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "corpus.db"
    with Store(path) as store:
        store.add_article(_article(1, "Keir Starmer", "A ceasefire is needed", "2025-03-15", "BBC News"))
        store.add_article(_article(2, "Keir Starmer", "The budget is fair", "2025-04-01", "Sky News"))
        store.add_article(_article(3, "Emmanuel Macron", "A ceasefire must come", "2025-02-01", "Le Monde"))
    return str(path)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["ceasefire"], ["A ceasefire is needed", "A ceasefire must come"]),
        (["ceasefire", "--speaker", "Starmer"], ["A ceasefire is needed"]),
        (["--speaker", "Keir Starmer", "--since", "2025-03-20"], ["The budget is fair"]),
        (["ceasefire", "--until", "2025-02-28"], ["A ceasefire must come"]),
        (["--publisher", "Sky News"], ["The budget is fair"]),
        (["ceasefire", "--kind", "indirect"], []),
        (["nothing-like-this"], []),
    ],
)
def test_search_filters(db: str, args: list[str], expected: list[str]) -> None:
    code, out, _ = run("search", *args, "--json", "--db", db)
    assert code == 0
    assert [json.loads(line)["content"] for line in out.splitlines()] == expected


def test_search_text_output_names_speaker_date_publisher_url(db: str) -> None:
    code, out, err = run("search", "budget", "--db", db)
    assert code == 0
    assert "The budget is fair" in out
    assert "Keir Starmer, 2025-04-01, Sky News · https://news.example/2" in out
    assert "1 quotes" in err


@pytest.mark.parametrize(("args", "exit_code", "hint"), [
    (["--since", "yesterday"], 1, "YYYY-MM-DD"),  # checked by the store
    (["--kind", "shouted"], 2, "direct"),  # checked by click
])
def test_search_bad_option_is_a_hint_not_a_traceback(db: str, args: list[str], exit_code: int, hint: str) -> None:
    code, out, err = run("search", "x", *args, "--db", db)
    assert code == exit_code and hint in err
    assert "Traceback" not in out + err


def test_search_missing_database_says_how_to_make_one(tmp_path: Path) -> None:
    code, _, err = run("search", "x", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "quotegraph ingest" in err
    assert not (tmp_path / "none.db").exists()


def test_speakers_lists_counts_and_aliases(db: str) -> None:
    code, out, _ = run("speakers", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert "Keir Starmer" in lines[0] and lines[0].split()[0] == "2"
    assert "Emmanuel Macron" in lines[1]
    code, out, _ = run("speakers", "macron", "--json", "--db", db)
    assert [json.loads(line)["name"] for line in out.splitlines()] == ["Emmanuel Macron"]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_export_writes_every_quote(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"quotes.{fmt}"
    code, _, err = run("export", "--format", fmt, str(out), "--db", db)
    assert code == 0 and "3 quotes" in err
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
    else:
        rows = pq.read_table(out).to_pylist()
    assert [r["content"] for r in rows] == ["A ceasefire is needed", "The budget is fair", "A ceasefire must come"]
    assert list(rows[0]) == [name for name, _ in EXPORT_FIELDS]
    assert rows[0]["speaker"] == "Keir Starmer" and rows[0]["url"] == "https://news.example/1"


def test_export_unwritable_path_is_a_clear_error(db: str, tmp_path: Path) -> None:
    code, _, err = run("export", str(tmp_path / "no" / "such" / "dir" / "q.jsonl"), "--db", db)
    assert code == 1 and "cannot write" in err


@pytest.mark.model
def test_ingest_command_twice_adds_nothing(tmp_path: Path, nlp) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text('"We will hold the line on the ceasefire," Keir Starmer said on Monday.\n')
    (src / "b.html").write_bytes(b"\x00\x01\x02 binary")
    db = str(tmp_path / "out" / "c.db")
    code, out, err = run("ingest", str(src), "--db", db)
    assert code == 0, err
    assert "1 articles added" in out and "1 failed" in out
    assert "b.html" in err  # the failure is named
    code, out, _ = run("ingest", str(src), "--db", db)
    assert code == 0 and "0 articles added" in out and "1 already stored" in out
    code, out, _ = run("search", "ceasefire", "--json", "--db", db)
    assert [json.loads(line)["speaker_name"] for line in out.splitlines()] == ["Keir Starmer"]


@pytest.mark.model
def test_ingest_nothing_readable_exits_1(tmp_path: Path, nlp) -> None:
    code, out, err = run("ingest", str(tmp_path / "missing"), "--db", str(tmp_path / "c.db"), "--quiet")
    assert code == 1 and "no such file or folder" in err


def test_corpus_commands_share_the_db_default() -> None:
    for command in ("ingest", "search", "speakers", "export"):
        code, out, _ = run(command, "--help")
        assert code == 0 and "--db" in out and "quotegraph.db" in out and "Example" in out
