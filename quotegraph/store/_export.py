"""Export the corpus's quotes, one flat record each, as JSON Lines or Parquet."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import StoreError

__all__ = ["export_quotes", "EXPORT_FIELDS", "FORMATS"]

FORMATS = ("jsonl", "parquet")

#: Each exported record's fields, in order, with their Arrow types.
EXPORT_FIELDS: tuple[tuple[str, pa.DataType], ...] = (
    ("quote_id", pa.int64()), ("article_id", pa.int64()), ("content", pa.string()), ("kind", pa.string()),
    ("cue", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
    ("speaker_id", pa.int64()), ("speaker", pa.string()), ("speaker_mention", pa.string()),
    ("resolution", pa.string()), ("confidence", pa.float64()),
    ("published", pa.string()), ("publisher", pa.string()), ("url", pa.string()), ("title", pa.string()),
    ("duplicate_of", pa.int64()),
)
_SQL = (
    'SELECT q.id, q.article_id, q.content, q.kind, q.cue, q.start, q."end", q.speaker_id,'
    " coalesce(s.name, q.speaker_name), q.speaker_mention, q.resolution, q.confidence,"
    " a.published, a.publisher, a.url, a.title, a.duplicate_of"
    " FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"
    " {where} ORDER BY q.id"
)
_BATCH = 10_000


def _records(conn: sqlite3.Connection, *, include_duplicates: bool) -> Iterator[list[tuple[Any, ...]]]:
    cur = conn.execute(_SQL.format(where="" if include_duplicates else "WHERE q.counted = 1"))
    while rows := cur.fetchmany(_BATCH):
        yield rows


def export_quotes(conn: sqlite3.Connection, out: str | Path, *, format: str = "jsonl",
                  include_duplicates: bool = False) -> int:
    """Write every quote to ``out``; return how many. Quotes of syndicated copies only when asked."""
    if format not in FORMATS:
        raise StoreError(f"cannot export as {format!r}; choose one of {', '.join(FORMATS)}")
    names = [n for n, _ in EXPORT_FIELDS]
    path = Path(out)
    tmp = path.with_name(path.name + ".partial")
    n = 0
    try:
        if format == "jsonl":
            with open(tmp, "w", encoding="utf-8") as f:
                for rows in _records(conn, include_duplicates=include_duplicates):
                    for row in rows:
                        f.write(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n")
                    n += len(rows)
        else:
            schema = pa.schema(list(EXPORT_FIELDS))
            with pq.ParquetWriter(tmp, schema) as writer:
                for rows in _records(conn, include_duplicates=include_duplicates):
                    columns = list(zip(*rows))
                    writer.write_table(pa.table([pa.array(c, type=t) for c, (_, t) in zip(columns, EXPORT_FIELDS)],
                                                schema=schema))
                    n += len(rows)
        tmp.replace(path)  # a finished file or none: never half an export under the real name
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write {path}: {err.strerror or err}") from err
    return n
