"""``quotegraph extract``: output formats, --no-clean offsets, JSONL ids, stdin, bad inputs, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from quotegraph.article import SCHEMA
from quotegraph.cli import main

pytestmark = pytest.mark.model

STORY = (
    "Dock workers in Portsmouth walked out on Tuesday in a row over pay.\n\n"
    "“We have waited two years for a fair offer,” said Maria Lopez, the union’s branch secretary. "
    "“Nobody can live on promises.”\n\n"
    "The port authority said it would meet union leaders next week.\n"
)
# Windows line ends, a tab, trailing blanks and a non-BMP character: --no-clean must keep all of it.
MESSY = (
    "\ufeffHeadline line without a stop\r\n\r\n"
    "\t“The 🚢 leaves at dawn,” the captain said.  \r\n"
    "Harbour officials said the port would stay open, according to Reuters.\r\n\r\n   "
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Dock strike</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Dock strike</h1>"
    + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    + "</article><footer>© Example News</footer></body></html>"
)


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: bytes | str | None = None) -> Any:
    result = runner.invoke(main, ["extract", *args], input=input, catch_exceptions=False)
    return result


def all_spans(doc: dict[str, Any]) -> list[dict[str, Any]]:
    spans = []
    for q in doc["quotes"]:
        spans += [q["content"], *q["content_parts"]]
        spans += [q[k] for k in ("cue", "speaker_mention") if q[k]]
    for e in doc["entities"]:
        spans += e["mentions"]
    return spans


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_extract_json_one_input_is_an_object(runner: CliRunner, story: Path, nlp) -> None:
    result = run(runner, str(story))
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert isinstance(doc, dict)
    assert doc["schema"] == SCHEMA and doc["id"] == "story"
    assert any(q["speaker_name"] == "Maria Lopez" for q in doc["quotes"])


def test_extract_json_several_inputs_is_a_list(runner: CliRunner, story: Path, tmp_path: Path, nlp) -> None:
    other = tmp_path / "other.txt"
    other.write_text(STORY.replace("Maria Lopez", "Ana Silva"), encoding="utf-8")
    result = run(runner, str(story), str(other), "--indent", "2")
    assert result.exit_code == 0
    docs = json.loads(result.stdout)
    assert [d["id"] for d in docs] == ["story", "other"]
    assert result.stdout.startswith("[\n  {")  # --indent applies


def test_extract_jsonl_one_document_a_line(runner: CliRunner, story: Path, tmp_path: Path, nlp) -> None:
    result = run(runner, str(story), str(story), "--format", "jsonl")
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["schema"] == SCHEMA for line in lines)


def test_extract_no_clean_keeps_the_input_byte_for_byte(runner: CliRunner, tmp_path: Path, nlp) -> None:
    path = tmp_path / "messy.txt"
    path.write_bytes(MESSY.encode("utf-8"))
    result = run(runner, str(path), "--no-clean")
    doc = json.loads(result.stdout)
    expected = MESSY.removeprefix("\ufeff")  # the UTF-8 byte-order mark is an encoding marker, not text
    assert doc["text"] == expected
    assert doc["quotes"], "the quote in the messy text was not found"
    for span in all_spans(doc):
        assert doc["text"][span["start"]:span["end"]] == span["text"], span
    # Code-point offsets: the emoji counts as one character, as in Python.
    quote = next(q for q in doc["quotes"] if "dawn" in q["content"]["text"])
    assert quote["content"]["start"] == expected.index("The 🚢")


def test_extract_clean_offsets_index_the_clean_text(runner: CliRunner, story: Path, nlp) -> None:
    doc = json.loads(run(runner, str(story)).stdout)
    assert all_spans(doc)
    for span in all_spans(doc):
        assert doc["text"][span["start"]:span["end"]] == span["text"]


def test_extract_input_format_jsonl_echoes_ids(runner: CliRunner, tmp_path: Path, nlp) -> None:
    path = tmp_path / "batch.data"
    rows = [{"id": "a-1", "text": STORY, "extra": [1, 2]}, {"id": 2, "html": PAGE}, {"text": STORY}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = run(runner, str(path), "--input-format", "jsonl", "--format", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a-1", "2", None]


def test_extract_jsonl_bad_lines_fail_alone(runner: CliRunner, tmp_path: Path, nlp) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "ok", "text": STORY}),
        "{not json",
        json.dumps({"id": "no-text", "body": STORY}),
        json.dumps({"id": "empty", "text": ""}),
    ]), encoding="utf-8")
    result = run(runner, str(path), "--format", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["ok"]
    assert "batch.jsonl:2: not valid JSON" in result.stderr
    assert 'batch.jsonl:3: the object has neither "text" nor "html"' in result.stderr
    assert "batch.jsonl:4: empty input" in result.stderr


def test_extract_stdin(runner: CliRunner, nlp) -> None:
    result = run(runner, "-", input=STORY.encode("utf-8"))
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["id"] is None and doc["quotes"]


def test_extract_html_is_detected(runner: CliRunner, tmp_path: Path, nlp) -> None:
    path = tmp_path / "page.txt"  # the suffix says text; the content says HTML
    path.write_text(PAGE, encoding="utf-8")
    doc = json.loads(run(runner, str(path)).stdout)
    assert doc["title"] == "Dock strike"
    assert "<p>" not in doc["text"] and "Maria Lopez" in doc["text"]
    assert any(q["speaker_name"] == "Maria Lopez" for q in doc["quotes"])


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        ("nul.txt", b"words\x00\x00\x00\x00 and NULs", "binary data (NUL bytes)"),
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b" \n\t\n", "empty input"),
    ],
)
def test_extract_bad_file_is_skipped_and_the_rest_goes_on(
    runner: CliRunner, story: Path, tmp_path: Path, name: str, data: bytes, message: str, nlp
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    result = run(runner, str(bad), str(story))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "story"
    assert f"quotegraph: skipped {bad}: {message}" in result.stderr


def test_extract_huge_file_fails_with_input_too_large_and_the_next_goes_on(
    runner: CliRunner, story: Path, tmp_path: Path, nlp
) -> None:
    big = tmp_path / "big.txt"
    line = b"The minister said the talks would resume next week, aides said.\n"
    with big.open("wb") as f:
        for _ in range(50):
            f.write(line * (1024 * 1024 // len(line)))
    result = run(runner, str(big), str(story), "--format", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["story"]
    assert f"quotegraph: skipped {big}: 52,428,800 bytes is over the 20,000,000-byte cap; split the file" in result.stderr


def test_extract_legacy_encoding_and_foreign_text_warn(runner: CliRunner, tmp_path: Path, nlp) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes((
        "Le ministre a déclaré mardi que les négociations reprendraient la semaine prochaine. "
        "« Nous ne céderons pas », a affirmé la porte-parole du syndicat devant les journalistes. "
        "Les dockers du port du Havre sont en grève depuis lundi et réclament une hausse de salaire.\n"
    ).encode("cp1252"))
    result = run(runner, str(path))
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert "négociations" in doc["text"]
    assert "not UTF-8; decoded as cp1252" in result.stderr
    assert "does not look like English" in result.stderr
    assert any("does not look like English" in w for w in doc["warnings"])


def test_extract_exit_code_is_one_only_when_every_input_failed(runner: CliRunner, tmp_path: Path, nlp) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = run(runner, str(tmp_path / "a.txt"), str(tmp_path / "b.png"), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "quotegraph: all 3 inputs failed" in result.stderr


def test_extract_requires_a_file(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract"])
    assert result.exit_code == 2
    assert "Missing argument" in result.output


def test_extract_help_ends_with_an_example(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "quotegraph extract article.html" in result.output


def test_extract_unknown_model_is_a_clear_error(runner: CliRunner, story: Path) -> None:
    result = runner.invoke(main, ["extract", str(story), "--model", "no_such_pipeline_xx"])
    assert result.exit_code == 1
    assert "cannot load the spaCy pipeline 'no_such_pipeline_xx'" in result.output
    assert "Traceback" not in result.output


def _subprocess(args: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-c", "from quotegraph.cli import main; main()", "extract", *args], input=data,
                          capture_output=True, timeout=300, check=False)


@pytest.mark.slow
def test_extract_stdin_subprocess_exit_codes() -> None:
    lines = "\n".join([json.dumps({"id": "ok", "text": STORY}), "{broken"]).encode()
    mixed = _subprocess(["-", "--input-format", "jsonl", "--format", "jsonl"], lines)
    assert mixed.returncode == 0, mixed.stderr.decode()
    assert [json.loads(x)["id"] for x in mixed.stdout.decode().splitlines()] == ["ok"]
    assert b"<stdin>:2: not valid JSON" in mixed.stderr

    bad = _subprocess(["-"], b"\x89PNG\r\n\x1a\n\x00\x00")
    assert bad.returncode == 1
    assert bad.stdout == b""
    assert b"quotegraph: skipped <stdin>: binary data" in bad.stderr
    assert b"quotegraph: all 1 inputs failed" in bad.stderr
