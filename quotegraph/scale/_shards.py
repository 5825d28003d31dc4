"""Parquet shards: one file per table per partition, written under a temporary name and renamed.

Tables (``DIR/<table>/<partition>.parquet``):

- ``articles``: one row per article, with ``article``, the full
  ``quotegraph/article@1`` JSON, so :meth:`Article.from_dict` rebuilds it.
- ``quotes``: one row per quote, flattened for SQL.
- ``entities``: one row per entity.
- ``failures``: one row per input item that could not be processed, with why.

``partition`` and ``seq`` (the item's position in its partition) link the tables.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..article import Article, Failure

__all__ = ["TABLES", "SCHEMAS", "PartitionWriter", "article_rows", "sha256_file", "shard_path"]

_str = pa.string()
_int = pa.int32()

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("partition", _str), ("seq", _int), ("id", _str), ("url", _str), ("title", _str),
        ("published", _str), ("publisher", _str), ("language", _str), ("text_chars", _int),
        ("n_quotes", _int), ("n_entities", _int), ("warnings", pa.list_(_str)), ("article", _str),
    ]),
    "quotes": pa.schema([
        ("partition", _str), ("seq", _int), ("article_id", _str), ("quote", _int), ("kind", _str),
        ("content", _str), ("content_start", _int), ("content_end", _int), ("cue", _str),
        ("speaker_mention", _str), ("speaker", _str), ("speaker_name", _str), ("resolution", _str),
        ("confidence", pa.float32()), ("published", _str), ("publisher", _str), ("url", _str),
    ]),
    "entities": pa.schema([
        ("partition", _str), ("seq", _int), ("article_id", _str), ("entity_id", _str), ("name", _str),
        ("type", _str), ("aliases", pa.list_(_str)), ("mentions", _int),
    ]),
    "failures": pa.schema([
        ("partition", _str), ("seq", _int), ("id", _str), ("source", _str), ("error", _str),
        ("message", _str),
    ]),
}
TABLES: tuple[str, ...] = tuple(SCHEMAS)

#: Rows buffered per table before a row group is written: bounds memory per partition.
_ROW_GROUP = 128


def shard_path(out: Path, table: str, partition_id: str) -> Path:
    """Where a partition's shard of ``table`` lives under the output folder ``out``."""
    return out / table / f"{partition_id}.parquet"


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def article_rows(article: Article, *, partition: str, seq: int) -> dict[str, list[dict[str, Any]]]:
    """The rows one article adds to the articles, quotes and entities tables."""
    doc = article.to_dict()
    row = {
        "partition": partition, "seq": seq, "id": article.id, "url": article.url,
        "title": article.title, "published": article.published, "publisher": article.publisher,
        "language": article.language, "text_chars": len(article.text),
        "n_quotes": len(article.quotes), "n_entities": len(article.entities),
        "warnings": list(article.warnings), "article": json.dumps(doc, ensure_ascii=False),
    }
    quotes = [
        {
            "partition": partition, "seq": seq, "article_id": article.id, "quote": i, "kind": q.kind,
            "content": q.content.text, "content_start": q.content.start, "content_end": q.content.end,
            "cue": q.cue.text if q.cue else None,
            "speaker_mention": q.speaker_mention.text if q.speaker_mention else None,
            "speaker": q.speaker, "speaker_name": q.speaker_name, "resolution": q.resolution,
            "confidence": q.confidence, "published": article.published,
            "publisher": article.publisher, "url": article.url,
        }
        for i, q in enumerate(article.quotes)
    ]
    entities = [
        {
            "partition": partition, "seq": seq, "article_id": article.id, "entity_id": e.id,
            "name": e.name, "type": e.type, "aliases": list(e.aliases), "mentions": len(e.mentions),
        }
        for e in article.entities
    ]
    return {"articles": [row], "quotes": quotes, "entities": entities}


def failure_row(failure: Failure, *, partition: str, seq: int) -> dict[str, Any]:
    return {"partition": partition, "seq": seq, "id": failure.id, "source": failure.source,
            "error": failure.error, "message": failure.message}


class _TableWriter:
    def __init__(self, final: Path, schema: pa.Schema) -> None:
        self.final = final
        self.schema = schema
        self.tmp = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
        final.parent.mkdir(parents=True, exist_ok=True)
        self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")
        self.buffer: list[dict[str, Any]] = []
        self.rows = 0

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.buffer.extend(rows)
        self.rows += len(rows)
        if len(self.buffer) >= _ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def commit(self) -> dict[str, Any]:
        self._flush()
        self.writer.close()
        with self.tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        digest, size = sha256_file(self.tmp), self.tmp.stat().st_size
        os.replace(self.tmp, self.final)
        return {"file": f"{self.final.parent.name}/{self.final.name}", "rows": self.rows,
                "bytes": size, "sha256": digest}

    def abort(self) -> None:
        try:
            self.writer.close()
        finally:
            self.tmp.unlink(missing_ok=True)


class PartitionWriter:
    """Write one partition's four shards; nothing appears under its final name until :meth:`commit`."""

    def __init__(self, out: Path, partition_id: str) -> None:
        self.partition = partition_id
        self.tables = {t: _TableWriter(shard_path(out, t, partition_id), SCHEMAS[t]) for t in TABLES}
        self.seq = 0

    def add(self, result: Article | Failure) -> None:
        if isinstance(result, Failure):
            self.tables["failures"].add([failure_row(result, partition=self.partition, seq=self.seq)])
        else:
            for table, rows in article_rows(result, partition=self.partition, seq=self.seq).items():
                self.tables[table].add(rows)
        self.seq += 1

    def commit(self) -> dict[str, dict[str, Any]]:
        """Close, checksum and rename every shard; returns ``{table: {file, rows, bytes, sha256}}``."""
        return {table: writer.commit() for table, writer in self.tables.items()}

    def abort(self) -> None:
        for writer in self.tables.values():
            writer.abort()
