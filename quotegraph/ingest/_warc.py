"""Web archives (WARC, WARC.gz): the HTML responses in them, one document each."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..article import Failure
from ..errors import InputError
from ._loader import MAX_INPUT_BYTES, RawDocument, load

__all__ = ["iter_warc", "count_warc", "is_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: str | Path) -> bool:
    """True for a ``.warc`` or ``.warc.gz`` file name."""
    name = str(path).lower()
    return name.endswith((".warc", ".warc.gz"))


def _html_response(record: object) -> bool:
    if getattr(record, "rec_type", None) != "response" or record.http_headers is None:  # type: ignore[attr-defined]
        return False
    headers = record.http_headers  # type: ignore[attr-defined]
    ctype = (headers.get_header("Content-Type") or "").lower()
    return headers.get_statuscode() == "200" and ctype.startswith(_HTML_TYPES)


def _check_header(path: str | Path) -> None:
    opener = gzip.open if str(path).lower().endswith(".gz") else open
    with opener(path, "rb") as f:
        head = f.read(5)
    if head != b"WARC/":
        raise ArchiveLoadFailed(f"starts with {head!r}, not a WARC record header")


def count_warc(path: str | Path) -> int:
    """How many HTML responses the archive holds (0 when it cannot be read)."""
    try:
        with open(path, "rb") as stream:
            return sum(1 for record in ArchiveIterator(stream) if _html_response(record))
    except (OSError, ArchiveLoadFailed, ValueError):
        return 0


def iter_warc(path: str | Path, *, max_bytes: int = MAX_INPUT_BYTES) -> Iterator[RawDocument | Failure]:
    """The archive's HTML responses (status 200) as documents; other records are passed over.

    Each document's ``url`` is the record's target URI and its metadata holds
    the crawl date (``crawled``), which is not the publication date.
    """
    name = str(path)
    try:
        _check_header(path)
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if not _html_response(record):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{name}#{uri}"
                body = record.content_stream().read(max_bytes + 1)
                try:
                    doc = load(body, name=where, format="html", max_bytes=max_bytes)
                except InputError as err:
                    yield Failure(uri, type(err).__name__, str(err), where)
                    continue
                doc.url, doc.id = uri, uri
                doc.metadata = {"crawled": record.rec_headers.get_header("WARC-Date")}
                yield doc
    except FileNotFoundError:
        yield Failure(None, "InputError", f"{name}: no such file", name)
    except (OSError, EOFError, ArchiveLoadFailed, ValueError) as err:
        yield Failure(None, "InputError", f"{name}: not a readable WARC archive ({err})", name)
