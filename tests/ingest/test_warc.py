"""WARC and WARC.gz: HTML responses become documents; other records are passed over."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotegraph.article import Failure
from quotegraph.ingest import RawDocument, count_warc, is_warc, iter_warc


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]], *, gzip: bool) -> Path:
    """``records`` are (uri, status line, content type, body) responses."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for uri, status, ctype, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body),
                                                          http_headers=headers))
        writer.write_record(writer.create_warc_record("http://a.example/", "request", payload=BytesIO(b"GET /")))
    return path


RECORDS = [
    ("http://a.example/story", "200 OK", "text/html; charset=utf-8",
     b"<html><body><p>An archived story about the ceasefire.</p></body></html>"),
    ("http://a.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
    ("http://a.example/moved", "301 Moved", "text/html", b"<html><body>moved</body></html>"),
    ("http://a.example/empty", "200 OK", "text/html", b"   "),
    ("http://a.example/x", "200 OK", "application/xhtml+xml", b"<html><body><p>XHTML page.</p></body></html>"),
]


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_responses_only(tmp_path: Path, gzip: bool) -> None:
    path = write_warc(tmp_path / ("c.warc.gz" if gzip else "c.warc"), RECORDS, gzip=gzip)
    items = list(iter_warc(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.url for d in docs] == ["http://a.example/story", "http://a.example/x"]
    assert "ceasefire" in docs[0].text and docs[0].metadata["crawled"]
    # the empty HTML response is an item that failed, not a crash
    assert [i.id for i in items if isinstance(i, Failure)] == ["http://a.example/empty"]
    assert count_warc(path) == 3


@pytest.mark.parametrize("content", [b"this is not a warc file at all", b"\x1f\x8b\x08\x00broken"])
def test_warc_unreadable_archive_is_a_failure(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(content)
    (failure,) = list(iter_warc(path))
    assert isinstance(failure, Failure) and "WARC" in failure.message


def test_warc_missing_file_is_a_failure(tmp_path: Path) -> None:
    (failure,) = list(iter_warc(tmp_path / "nope.warc"))
    assert isinstance(failure, Failure) and "no such file" in failure.message


@pytest.mark.parametrize(("name", "expected"), [
    ("a.warc", True), ("a.WARC.GZ", True), ("a.warc.gz", True), ("a.gz", False), ("warc.html", False),
])
def test_is_warc(name: str, expected: bool) -> None:
    assert is_warc(name) is expected
