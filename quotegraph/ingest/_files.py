"""Read input items from files, folders, JSONL and standard input."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal, Union

from ..article import Failure
from ..errors import InputError, InputTooLargeError
from ._loader import _CP1252_FALLBACK, MAX_INPUT_BYTES, RawDocument, load, without_surrogates

__all__ = ["iter_documents", "iter_jsonl", "read_path", "InputFormat"]

InputFormat = Literal["auto", "html", "text", "jsonl"]

_TEXT_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".jsonl", ".gz"}


def _failure(err: Exception, *, name: str, item_id: str | None = None) -> Failure:
    return Failure(id=item_id, error=type(err).__name__, message=str(err), source=name)


def _scrub(value: object) -> object:
    """``value`` with lone surrogates in its strings replaced by U+FFFD, however deep."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {without_surrogates(str(k)): _scrub(v) for k, v in value.items()}
    return value


def iter_jsonl(data: bytes | str, *, name: str) -> Iterator[RawDocument | Failure]:
    """One item per JSONL line: ``{"id", "text" | "html", ...}``; other keys go to metadata."""
    warnings: list[str] = []
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors=_CP1252_FALLBACK)
            warnings.append(f"{name}: not UTF-8; bytes that are not UTF-8 read as cp1252")
    else:
        text = data.removeprefix("\ufeff")
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Failure(None, "InputError", f"{where}: not valid JSON ({err.msg})", where)
            continue
        if not isinstance(obj, dict):
            yield Failure(None, "InputError", f"{where}: expected a JSON object", where)
            continue
        # lone surrogates ("\\ud800" escapes) in the id or metadata would break every writer downstream;
        # the body's are replaced by load(), with a warning
        obj = {k: v if k in ("text", "html") else _scrub(v) for k, v in obj.items()}
        item_id = obj.get("id")
        item_id = None if item_id is None else str(item_id)
        body = obj.get("html")
        fmt: Literal["auto", "html", "text"] = "html"
        if not isinstance(body, str):
            body, fmt = obj.get("text"), "auto"
        if not isinstance(body, str):
            yield Failure(item_id, "InputError", f"{where}: the object has neither \"text\" nor \"html\"", where)
            continue
        try:
            doc = load(body, name=where, format=fmt)
        except InputError as err:
            yield _failure(err, name=where, item_id=item_id)
            continue
        doc.id = item_id
        doc.warnings = warnings + doc.warnings
        doc.url = obj.get("url") if isinstance(obj.get("url"), str) else None
        doc.metadata = {k: v for k, v in obj.items() if k not in ("id", "text", "html", "url")}
        yield doc


def read_path(
    path: str | Path,
    *,
    format: InputFormat = "auto",
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[RawDocument | Failure]:
    """Items from one path: a file, a folder (recursive), or ``-`` for stdin."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read()
        yield from _items_from_bytes(data, name="<stdin>", format=format, max_bytes=max_bytes)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(p.rglob("*")):
            if child.is_file() and not child.name.startswith(".") and (
                child.suffix.lower() in _TEXT_SUFFIXES or format != "auto"
            ):
                yield from read_path(child, format=format, max_bytes=max_bytes)
        return
    try:
        size = p.stat().st_size
        if size > max_bytes and not name.endswith(".jsonl"):
            raise InputTooLargeError(
                f"{name}: {size:,} bytes is over the {max_bytes:,}-byte cap; split the file"
            )
        data = p.read_bytes()
    except FileNotFoundError:
        yield Failure(None, "InputError", f"{name}: no such file", name)
        return
    except OSError as err:
        yield Failure(None, "InputError", f"{name}: cannot read ({err.strerror or err})", name)
        return
    except InputError as err:
        yield _failure(err, name=name)
        return
    if format == "auto" and name.endswith(".jsonl"):
        format = "jsonl"
    yield from _items_from_bytes(data, name=name, format=format, max_bytes=max_bytes)


def _items_from_bytes(
    data: bytes, *, name: str, format: InputFormat, max_bytes: int
) -> Iterator[RawDocument | Failure]:
    if format == "jsonl":
        yield from iter_jsonl(data, name=name)
        return
    try:
        doc = load(data, name=name, format=format, max_bytes=max_bytes)
    except InputError as err:
        yield _failure(err, name=name)
        return
    doc.id = doc.id or (Path(name).stem if name != "<stdin>" else None)
    yield doc


def iter_documents(
    paths: Iterable[Union[str, Path]],
    *,
    format: InputFormat = "auto",
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[RawDocument | Failure]:
    """Items from every path in order; failures come out as :class:`Failure` records."""
    for path in paths:
        yield from read_path(path, format=format, max_bytes=max_bytes)
