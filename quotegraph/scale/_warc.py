"""WARC files: find record offsets to plan partitions, and read the records of one range.

The items are the HTML responses with HTTP status 200, as
``quotegraph.ingest.iter_warc`` reads them (same ids, urls, names and
failures); request, redirect, metadata and warcinfo records are passed over.
This module adds what a whole-file reader cannot do: start at a record offset.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from ..article import Failure
from ..errors import InputError
from ..ingest import MAX_INPUT_BYTES, RawDocument, load

__all__ = ["scan_warc", "iter_warc_range"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _record_start(it: ArchiveIterator) -> int:
    # ``offset`` is where the record just yielded starts; get_record_offset() would
    # read the record to its end first, leaving nothing for content_stream().
    return int(it.offset)


def _is_page(record: ArcWarcRecord) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return record.http_headers.get_statuscode() == "200" and ctype.startswith(_HTML_TYPES)


def scan_warc(path: Path, size: int) -> Iterator[tuple[int, int]]:
    """Byte ranges ``(start, end)`` that each hold ``size`` page records, streaming the file once.

    The ranges are contiguous and cover the whole file, so a record skipped
    here (a request, a redirect) is skipped in every partition alike. An
    unreadable tail ends the last range at the end of the file: reading it
    then reports the failure.
    """
    file_size = path.stat().st_size
    start = 0
    pages = 0
    with path.open("rb") as fh:
        it = ArchiveIterator(fh)
        try:
            for record in it:
                if not _is_page(record):
                    continue
                offset = _record_start(it)
                if pages == size:
                    yield start, offset
                    start, pages = offset, 0
                pages += 1
        except ArchiveLoadFailed:
            pass
    if pages or start == 0:
        yield start, file_size


def _document(record: ArcWarcRecord, *, name: str, uri: str | None) -> RawDocument:
    data = record.content_stream().read(MAX_INPUT_BYTES + 1)
    doc = load(data, name=name, format="html")
    doc.url, doc.id = uri, uri
    doc.metadata = {"crawled": record.rec_headers.get_header("WARC-Date")}
    return doc


def iter_warc_range(path: Path, start: int = 0, end: int | None = None) -> Iterator[RawDocument | Failure]:
    """Page records of ``path`` that start in ``[start, end)``, as documents or failures."""
    name = str(path)
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        yield Failure(None, "InputError", f"{name}: no such file", name)
        return
    except OSError as err:
        yield Failure(None, "InputError", f"{name}: cannot read ({err.strerror or err})", name)
        return
    with fh:
        fh.seek(start)
        it = ArchiveIterator(fh)
        offset = start
        try:
            for record in it:
                offset = _record_start(it)
                if end is not None and offset >= end:
                    break
                if not _is_page(record):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{name}#{uri}"
                try:
                    yield _document(record, name=where, uri=uri)
                except InputError as err:
                    yield Failure(uri, type(err).__name__, str(err), where)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
            where = f"{name}@{offset}"
            yield Failure(None, "InputError",
                          f"{where}: the WARC cannot be read past this point ({err}); "
                          "the records before it were kept", where)
