"""Read the items of one partition, streaming: the same items ``quotegraph.ingest`` gives serially."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..article import Failure
from ..ingest import RawDocument, iter_jsonl, read_path
from ._plan import Partition
from ._warc import iter_warc_range

__all__ = ["iter_partition"]


def _relocate(item: RawDocument | Failure, *, name: str, lineno: int) -> RawDocument | Failure:
    """Give an item read from one line alone the line number it has in the whole file."""
    alone, real = f"{name}:1", f"{name}:{lineno}"
    if item.source == alone:
        item.source = real
    if isinstance(item, Failure) and item.message.startswith(alone + ":"):
        item.message = real + item.message[len(alone):]
    return item


def _iter_jsonl_range(part: Partition) -> Iterator[RawDocument | Failure]:
    name = part.source
    try:
        fh = Path(name).open("rb")
    except OSError as err:
        yield Failure(None, "InputError", f"{name}: cannot read ({err.strerror or err})", name)
        return
    with fh:
        fh.seek(part.start)
        pos, lineno = part.start, part.first_line
        while pos < part.end:
            line = fh.readline()
            if not line:
                break
            pos += len(line)
            for item in iter_jsonl(line, name=name):
                yield _relocate(item, name=name, lineno=lineno)
            lineno += 1


def iter_partition(part: Partition) -> Iterator[RawDocument | Failure]:
    """The items of ``part`` in order, read lazily: one line, record or file at a time."""
    if part.kind == "jsonl":
        yield from _iter_jsonl_range(part)
    elif part.kind == "warc":
        yield from iter_warc_range(Path(part.source), part.start, part.end)
    else:
        for path in part.paths:
            yield from read_path(path)
