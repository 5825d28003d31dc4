"""Reading files, folders, JSONL and stdin: every item comes out as a RawDocument or a Failure."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from quotegraph.article import Failure
from quotegraph.ingest import RawDocument, iter_documents, iter_jsonl, read_path

STORY = "The minister said the talks would resume next week.\n"
PAGE = "<html><body><article><p>The minister said the talks would resume.</p></article></body></html>"


def _write_big(path: Path, mb: int = 50) -> Path:
    line = b"The minister said the talks would resume next week, aides said.\n"  # 64 bytes
    chunk = line * (1024 * 1024 // len(line))
    with path.open("wb") as f:
        for _ in range(mb):
            f.write(chunk)
    return path


def test_read_path_text_file_gets_its_stem_as_id(tmp_path: Path) -> None:
    (tmp_path / "story-1.txt").write_text(STORY, encoding="utf-8")
    (doc,) = read_path(tmp_path / "story-1.txt")
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.format, doc.text, doc.source) == ("story-1", "text", STORY, str(tmp_path / "story-1.txt"))


def test_read_path_html_is_detected_by_content(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (doc,) = read_path(tmp_path / "page.txt")
    assert isinstance(doc, RawDocument) and doc.format == "html"


def test_read_path_missing_file_is_a_failure(tmp_path: Path) -> None:
    (item,) = read_path(tmp_path / "nope.txt")
    assert isinstance(item, Failure)
    assert item.error == "InputError" and "no such file" in item.message


def test_read_path_huge_file_fails_and_the_next_goes_on(tmp_path: Path) -> None:
    big = _write_big(tmp_path / "big.txt")
    (tmp_path / "small.txt").write_text(STORY, encoding="utf-8")
    items = list(iter_documents([big, tmp_path / "small.txt"]))
    assert isinstance(items[0], Failure)
    assert items[0].error == "InputTooLargeError"
    assert items[0].message == f"{big}: 52,428,800 bytes is over the 20,000,000-byte cap; split the file"
    assert isinstance(items[1], RawDocument) and items[1].text == STORY


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "BinaryInputError"),
        (b"", "EmptyInputError"),
        (b"  \n\n ", "EmptyInputError"),
        (b"text\x00\x00\x00with NULs", "BinaryInputError"),
    ],
)
def test_iter_documents_bad_file_fails_alone(tmp_path: Path, data: bytes, error: str) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    items = list(iter_documents([tmp_path / "a.txt", tmp_path / "b.txt"]))
    assert [type(i).__name__ for i in items] == ["Failure", "RawDocument"]
    assert items[0].error == error  # type: ignore[union-attr]


def test_read_path_folder_recurses_in_order_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "1.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    items = list(read_path(tmp_path))
    assert [i.id for i in items] == ["1", "2"]


def test_iter_jsonl_echoes_ids_and_keeps_other_keys_as_metadata() -> None:
    lines = [
        {"id": "a1", "text": STORY, "title": "Talks", "date": "2026-11-20", "url": "https://example.org/a1"},
        {"id": 7, "html": PAGE},
        {"text": STORY},
    ]
    items = list(iter_jsonl("\n".join(json.dumps(x) for x in lines), name="in.jsonl"))
    assert all(isinstance(i, RawDocument) for i in items)
    a, b, c = items
    assert (a.id, a.url, a.metadata) == ("a1", "https://example.org/a1", {"title": "Talks", "date": "2026-11-20"})
    assert (b.id, b.format) == ("7", "html")  # ids are echoed as strings; "html" forces HTML
    assert c.id is None and c.source == "in.jsonl:3"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "text": "unterminated', "in.jsonl:2: not valid JSON"),
        ('["a", "list"]', "in.jsonl:2: expected a JSON object"),
        ('{"id": "x", "body": "no text key"}', 'in.jsonl:2: the object has neither "text" nor "html"'),
        ('{"id": "x", "text": 42}', 'in.jsonl:2: the object has neither "text" nor "html"'),
        ('{"id": "x", "text": "   "}', "in.jsonl:2: empty input"),
        ('{"id": "x", "text": "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\u0008\\u000e\\u000f"}',
         "in.jsonl:2: binary data"),
    ],
)
def test_iter_jsonl_bad_line_fails_alone(line: str, message: str) -> None:
    data = "\n".join([json.dumps({"id": "ok1", "text": STORY}), line, "", json.dumps({"id": "ok2", "text": STORY})])
    items = list(iter_jsonl(data.encode("utf-8"), name="in.jsonl"))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failure", "RawDocument"]
    failure = items[1]
    assert isinstance(failure, Failure)
    assert failure.message.startswith(message)
    assert failure.source == "in.jsonl:2"
    if '"id": "x"' in line and "not valid JSON" not in message:
        assert failure.id == "x"  # the id of a readable but bad record is echoed too


def test_read_path_jsonl_by_suffix(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "a", "text": STORY}) + "\n", encoding="utf-8")
    (doc,) = read_path(path)
    assert isinstance(doc, RawDocument) and doc.id == "a"


def test_read_path_jsonl_format_forced_on_other_suffix(tmp_path: Path) -> None:
    path = tmp_path / "batch.txt"
    path.write_text(json.dumps({"id": "a", "text": STORY}) + "\n", encoding="utf-8")
    (doc,) = read_path(path, format="jsonl")
    assert isinstance(doc, RawDocument) and (doc.id, doc.text) == ("a", STORY)


def test_read_path_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("cp1252"))))
    (doc,) = read_path("-")
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.source, doc.text) == (None, "<stdin>", STORY)


def test_read_path_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.dumps({"id": "s1", "text": STORY}) + "\nnot json\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    items = list(read_path("-", format="jsonl"))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failure"]
    assert items[0].id == "s1"


def test_iter_jsonl_utf8_bom_is_dropped() -> None:
    data = ("\ufeff" + json.dumps({"id": "a", "text": STORY})).encode("utf-8")
    (doc,) = iter_jsonl(data, name="bom.jsonl")
    assert isinstance(doc, RawDocument) and doc.id == "a" and doc.warnings == []


def test_iter_jsonl_legacy_encoding_is_read_with_a_warning() -> None:
    data = json.dumps({"id": "b", "text": "Señor Muñoz said the café was closed."}, ensure_ascii=False)
    (doc,) = iter_jsonl(data.encode("cp1252"), name="old.jsonl")
    assert isinstance(doc, RawDocument)
    assert doc.text == "Señor Muñoz said the café was closed."
    assert doc.warnings == ["old.jsonl: not UTF-8; bytes that are not UTF-8 read as cp1252"]


def test_jsonl_line_separator_inside_a_string_is_not_a_new_record() -> None:
    # U+2028 is legal inside a JSON string; only "\n" ends a JSONL record
    line = json.dumps({"id": "a", "text": "He said\u2028 it works."}, ensure_ascii=False)
    items = list(iter_jsonl(line + "\n" + line.replace('"a"', '"b"'), name="x.jsonl"))
    assert [getattr(i, "id", None) for i in items] == ["a", "b"]
