"""What runs on a Dask worker: load the pipeline once, then extract one partition per task."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import psutil
from distributed import WorkerPlugin
from spacy.language import Language

from ..article import Article, Failure
from ..core import extract_documents
from ..ingest import RawDocument
from ..nlp import load_pipeline
from ._manifest import entry_is_complete, log_attempt, now, read_entry, write_entry
from ._plan import Partition
from ._read import iter_partition
from ._shards import PartitionWriter

__all__ = ["PipelinePlugin", "run_partition", "peak_rss"]

logger = logging.getLogger(__name__)

#: Characters of input text parsed in one spaCy batch at most (a longer article goes alone):
#: peak memory follows the text in a batch, and articles vary from 1 kB to 1 MB.
BATCH_CHARS = 100_000
#: Articles in one spaCy batch at most.
BATCH_ITEMS = 16


def peak_rss() -> int:
    """Peak resident memory of this process in bytes (Linux ``VmHWM``; else the current RSS)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return int(psutil.Process().memory_info().rss)


class PipelinePlugin(WorkerPlugin):
    """Load the spaCy pipeline when a worker starts, so tasks find it in the per-process cache."""

    name = "quotegraph-pipeline"

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    async def setup(self, worker: Any) -> None:
        # Off the event loop: loading takes seconds and the worker must keep answering heartbeats.
        await asyncio.get_running_loop().run_in_executor(None, load_pipeline, self.model)


def _bounded_chunks(items: Iterable[RawDocument | Failure]) -> Iterator[list[RawDocument | Failure]]:
    """Runs of items holding at most :data:`BATCH_CHARS` characters (or one longer item), in order.

    spaCy's memory grows with the text parsed in one ``nlp.pipe`` batch, so a
    batch of 16 long articles can take several times a batch of short ones.
    """
    chunk: list[RawDocument | Failure] = []
    chars = 0
    for item in items:
        size = len(item.text) if isinstance(item, RawDocument) else 0
        if chunk and (chars + size > BATCH_CHARS or len(chunk) >= BATCH_ITEMS):
            yield chunk
            chunk, chars = [], 0
        chunk.append(item)
        chars += size
    if chunk:
        yield chunk


def _extract(items: Iterable[RawDocument | Failure], *, clean: bool, nlp: Language) -> Iterator[Article | Failure]:
    for chunk in _bounded_chunks(items):
        yield from extract_documents(chunk, clean=clean, model=nlp, batch_size=len(chunk))


def run_partition(
    part: Partition, out: str, *, clean: bool = True, model: str | None = None
) -> dict[str, Any]:
    """Extract one partition into its shards and manifest entry; return the entry.

    A partition already complete per its manifest entry is not redone (a task
    re-run after its worker died between writing the entry and reporting it).
    Bad items become rows of the failures shard; only a fault of the worker
    itself (the model, the disk) raises, and Dask retries the partition.
    """
    folder = Path(out)
    existing = read_entry(folder, part.id)
    if existing is not None and entry_is_complete(folder, existing):
        return existing
    log_attempt(folder, part.id, "start")
    started, t0 = now(), time.perf_counter()
    nlp = load_pipeline(model)
    writer = PartitionWriter(folder, part.id)
    articles = failures = 0
    try:
        for result in _extract(iter_partition(part), clean=clean, nlp=nlp):
            writer.add(result)
            if isinstance(result, Failure):
                failures += 1
            else:
                articles += 1
        shards = writer.commit()
    except BaseException:
        writer.abort()
        log_attempt(folder, part.id, "error")
        raise
    seconds = time.perf_counter() - t0
    entry = {
        "partition": part.id,
        "index": part.index,
        "input": part.to_dict(),
        "articles": articles,
        "failures": failures,
        "shards": shards,
        "started": started,
        "finished": now(),
        "seconds": round(seconds, 3),
        "host": os.uname().nodename,
        "pid": os.getpid(),
        "peak_rss": peak_rss(),
    }
    write_entry(folder, part.id, entry)
    log_attempt(folder, part.id, "done", seconds=round(seconds, 3))
    logger.info("partition %s: %d articles, %d failures in %.1f s", part.id, articles, failures, seconds)
    return {"schema": "quotegraph/batch-partition@1", **entry}
