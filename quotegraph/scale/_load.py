"""Read a batch folder back: articles in plan order, checked against the manifest, into any store."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, Union

import pyarrow.parquet as pq

from ..article import Article, Failure
from ..errors import ShardError
from ._manifest import entry_is_complete, read_entry, read_plan, verify_entry

__all__ = ["ArticleSink", "LoadReport", "iter_results", "iter_articles", "load_into"]

logger = logging.getLogger(__name__)

_BATCH_ROWS = 256


class ArticleSink(Protocol):
    """Anything that takes articles one at a time, such as :class:`quotegraph.store.Store`."""

    def add_article(self, article: Article) -> Any: ...


@dataclass
class LoadReport:
    """What a load did.

    ``articles`` were read from the shards; ``added`` of them were new to the
    store (a store whose ``add_article`` result has no ``created`` flag counts
    all as added). ``missing`` lists partitions not finished yet.
    """

    partitions: int = 0
    articles: int = 0
    added: int = 0
    missing: list[str] = field(default_factory=list)


def _entries(out: Path, *, verify: bool) -> Iterator[tuple[str, dict[str, Any] | None]]:
    plan = read_plan(out)
    for part in plan["partitions"]:
        pid = part["id"]
        entry = read_entry(out, pid)
        if entry is None or not entry_is_complete(out, entry):
            yield pid, None
            continue
        if verify:
            verify_entry(out, entry)
        yield pid, entry


def _rows(path: Path, columns: list[str]) -> Iterator[dict[str, Any]]:
    try:
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
            yield from batch.to_pylist()
    except OSError as err:
        raise ShardError(f"{path}: cannot read the shard ({err}); rerun `quotegraph batch`") from err


def iter_results(out: Union[str, Path], *, verify: bool = True) -> Iterator[Article | Failure]:
    """Every article and failure of a batch folder, in input order, as ``quotegraph extract`` gives them.

    Partitions not finished yet are skipped with a warning. With ``verify``
    each shard's SHA-256 is checked against the manifest first
    (:class:`ShardError` on a mismatch).
    """
    folder = Path(out)
    for pid, entry in _entries(folder, verify=verify):
        if entry is None:
            logger.warning("partition %s of %s is not finished; rerun `quotegraph batch`", pid, folder)
            continue
        articles = _rows(folder / entry["shards"]["articles"]["file"], ["seq", "article"])
        failures = _rows(folder / entry["shards"]["failures"]["file"],
                         ["seq", "id", "source", "error", "message"])
        # Both shards are sorted by seq: merge them back into input order.
        next_a, next_f = next(articles, None), next(failures, None)
        while next_a is not None or next_f is not None:
            if next_a is not None and (next_f is None or next_a["seq"] < next_f["seq"]):
                yield Article.from_dict(json.loads(next_a["article"]))
                next_a = next(articles, None)
            elif next_f is not None:
                yield Failure(next_f["id"], next_f["error"], next_f["message"], next_f["source"])
                next_f = next(failures, None)


def iter_articles(out: Union[str, Path], *, verify: bool = True) -> Iterator[Article]:
    """The articles of a batch folder in input order (failures left out)."""
    for result in iter_results(out, verify=verify):
        if isinstance(result, Article):
            yield result


def load_into(sink: ArticleSink, out: Union[str, Path], *, verify: bool = True) -> LoadReport:
    """Add every article of a batch folder to ``sink`` (a store); safe to repeat when ``add_article`` is.

    Shards are checked against their checksums before anything is added, one
    partition at a time.
    """
    folder = Path(out)
    report = LoadReport()
    for pid, entry in _entries(folder, verify=verify):
        if entry is None:
            report.missing.append(pid)
            continue
        for row in _rows(folder / entry["shards"]["articles"]["file"], ["article"]):
            result = sink.add_article(Article.from_dict(json.loads(row["article"])))
            report.articles += 1
            report.added += bool(getattr(result, "created", True))
        report.partitions += 1
    return report
