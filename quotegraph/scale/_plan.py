"""Plan a batch: split the inputs into partitions described by position, not content.

A :class:`Partition` names a JSONL line range (byte offsets), a WARC record
range (byte offsets) or a short list of files, so planning a 100 GB archive
reads it once, streaming, and holds only a few integers per partition.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Union

from ..errors import InputError
from ..ingest import is_warc
from ._warc import scan_warc

__all__ = ["Partition", "PartitionKind", "plan_partitions", "DEFAULT_PARTITION_SIZE"]

#: Articles per partition: big enough to keep the spaCy batches full, small
#: enough that a lost worker costs about a minute of work on one core.
DEFAULT_PARTITION_SIZE = 500

PartitionKind = Literal["files", "jsonl", "warc"]

# The suffixes quotegraph.ingest.read_path reads from a folder, so a folder
# becomes the same items in batch as in `quotegraph extract`.
_DOC_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".gz"})
_BLOCK = 1 << 20


@dataclass(frozen=True)
class Partition:
    """One unit of work: where its items are, never the items themselves.

    ``jsonl``: lines ``first_line``… of ``source`` between byte ``start`` and
    ``end``. ``warc``: the records of ``source`` starting between byte ``start``
    and ``end``. ``files``: each path in ``paths`` (``source`` is the first).
    ``index`` is the position in the plan; output is read back in that order.
    """

    index: int
    kind: PartitionKind
    source: str
    start: int = 0
    end: int = 0
    first_line: int = 1
    paths: tuple[str, ...] = ()
    stamp: str = field(default="", compare=False)

    @property
    def id(self) -> str:
        """Stable name: the plan position and a digest of the descriptor."""
        key = "\x1f".join(
            [self.kind, self.source, str(self.start), str(self.end), str(self.first_line), self.stamp,
             *self.paths]
        )
        return f"{self.index:06d}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["paths"] = list(self.paths)
        d["id"] = self.id
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Partition:
        return cls(
            index=int(d["index"]), kind=d["kind"], source=str(d["source"]), start=int(d["start"]),
            end=int(d["end"]), first_line=int(d["first_line"]), paths=tuple(d.get("paths", ())),
            stamp=str(d.get("stamp", "")),
        )


def _stamp(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return "missing"
    return f"{st.st_size}:{st.st_mtime_ns}"


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in the order of ``sorted(folder.rglob("*"))``, one directory listed at a time."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):  # rglob does not follow links to folders either
            yield from _walk(path)
        elif entry.is_file() and not entry.name.startswith("."):
            yield path


def _jsonl_ranges(path: Path, size: int) -> Iterator[tuple[int, int, int]]:
    """``(start, end, first_line)`` of runs of ``size`` lines, found by streaming the file."""
    start = pos = 0
    line = first = 1
    lines_in_part = 0
    with path.open("rb") as fh:
        while block := fh.read(_BLOCK):
            i = 0
            while (j := block.find(b"\n", i)) != -1:
                lines_in_part += 1
                line += 1
                i = j + 1
                if lines_in_part == size:
                    yield start, pos + i, first
                    start, first, lines_in_part = pos + i, line, 0
            pos += len(block)
    if pos > start:
        yield start, pos, first


class _Planner:
    def __init__(self, size: int) -> None:
        self.size = size
        self.index = 0
        self.files: list[Path] = []

    def _next(self, **kw: Any) -> Partition:
        part = Partition(index=self.index, **kw)
        self.index += 1
        return part

    def flush(self) -> Iterator[Partition]:
        if self.files:
            paths = tuple(str(p) for p in self.files)
            stamp = hashlib.sha1("\x1f".join(_stamp(p) for p in self.files).encode()).hexdigest()[:12]
            self.files = []
            yield self._next(kind="files", source=paths[0], paths=paths, stamp=stamp)

    def add_file(self, path: Path) -> Iterator[Partition]:
        self.files.append(path)
        if len(self.files) >= self.size:
            yield from self.flush()

    def add_jsonl(self, path: Path) -> Iterator[Partition]:
        yield from self.flush()
        stamp = _stamp(path)
        for start, end, first in _jsonl_ranges(path, self.size):
            yield self._next(kind="jsonl", source=str(path), start=start, end=end, first_line=first,
                             stamp=stamp)

    def add_warc(self, path: Path) -> Iterator[Partition]:
        yield from self.flush()
        stamp = _stamp(path)
        for start, end in scan_warc(path, self.size):
            yield self._next(kind="warc", source=str(path), start=start, end=end, stamp=stamp)


def plan_partitions(
    inputs: Iterable[Union[str, Path]], *, partition_size: int = DEFAULT_PARTITION_SIZE
) -> Iterator[Partition]:
    """Partitions of at most ``partition_size`` items covering ``inputs`` in order.

    Folders are walked like :func:`quotegraph.ingest.read_path` walks them;
    ``.jsonl`` files are split by lines and WARC files (``.warc``,
    ``.warc.gz``) by records; other files are grouped. A missing path becomes
    a partition whose one item is a failure, as in ``quotegraph extract``.
    """
    if partition_size < 1:
        raise InputError(f"partition size must be at least 1, got {partition_size}")
    planner = _Planner(partition_size)
    for raw in inputs:
        name = str(raw)
        if name == "-":
            raise InputError("batch cannot read standard input; save it to a .jsonl file first")
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path):
                if child.suffix.lower() == ".jsonl":
                    yield from planner.add_jsonl(child)
                elif is_warc(child):
                    yield from planner.add_warc(child)
                elif child.suffix.lower() in _DOC_SUFFIXES:
                    yield from planner.add_file(child)
        elif path.is_file() and path.suffix.lower() == ".jsonl":
            yield from planner.add_jsonl(path)
        elif path.is_file() and is_warc(path):
            yield from planner.add_warc(path)
        else:
            yield from planner.add_file(path)
    yield from planner.flush()
