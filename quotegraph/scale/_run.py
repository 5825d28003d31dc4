"""Plan a batch folder, connect to (or start) a Dask cluster, and run the partitions that are not done."""

from __future__ import annotations

import hashlib
import logging
import shutil
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

import dask
from distributed import Client, LocalCluster, as_completed

from ..errors import ClusterError, QuotegraphError, ShardError
from ..nlp import resolve_model_name
from ._manifest import (
    PLAN_SCHEMA,
    entry_is_complete,
    now,
    read_entry,
    read_plan,
    write_json_atomic,
)
from ._plan import DEFAULT_PARTITION_SIZE, Partition, _stamp, _walk, plan_partitions
from ._shards import TABLES
from ._worker import PipelinePlugin, peak_rss, run_partition

__all__ = ["BatchPlan", "BatchReport", "plan_batch", "open_client", "run_batch"]

logger = logging.getLogger(__name__)

#: Times Dask reruns a partition whose task raised (a killed worker is rescheduled anyway).
RETRIES = 2


@dataclass
class BatchPlan:
    """The partitions of a batch folder and which of them are already complete."""

    out: Path
    partitions: list[Partition]
    done: set[str]
    settings: dict[str, Any]
    fingerprint: str

    @property
    def todo(self) -> list[Partition]:
        return [p for p in self.partitions if p.id not in self.done]


@dataclass
class BatchReport:
    """What a run did.

    ``articles`` and ``failures`` count the items of the partitions run now
    (not skipped ones), over ``seconds`` of wall time; ``totals`` counts the
    rows of every table over the whole folder; ``peak_rss`` is each worker's
    peak resident memory in bytes.
    """

    partitions: int = 0
    skipped: int = 0
    ran: int = 0
    articles: int = 0
    failures: int = 0
    seconds: float = 0.0
    totals: dict[str, int] = field(default_factory=dict)
    peak_rss: dict[str, int] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        """Items (articles and failures) of this run per second of wall time."""
        return (self.articles + self.failures) / self.seconds if self.seconds else 0.0


def _fingerprint(partitions: Sequence[Partition], settings: dict[str, Any]) -> str:
    digest = hashlib.sha256(repr(sorted(settings.items())).encode())
    for part in partitions:
        digest.update(part.id.encode())
    return digest.hexdigest()


def plan_batch(
    inputs: Sequence[Union[str, Path]],
    out: Union[str, Path],
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    clean: bool = True,
    model: str | None = None,
    fresh: bool = False,
) -> BatchPlan:
    """Partition ``inputs`` and find what ``out`` already holds; writes ``out/manifest.json``.

    Raises :class:`ShardError` when ``out`` holds the shards of other inputs
    or settings, unless ``fresh`` (which deletes them first).
    """
    folder = Path(out)
    settings = {"clean": clean, "model": resolve_model_name(model), "partition_size": partition_size}
    names = [str(i) for i in inputs]
    stamps = _input_stamps(inputs)
    old = read_plan(folder) if (folder / "manifest.json").exists() else None
    if old and not fresh and (old.get("settings"), old.get("inputs"), old.get("input_stamps")) == (
        settings, names, stamps
    ):
        # Same inputs, unchanged on disk: reuse the plan rather than read a large archive again.
        partitions = [Partition.from_dict(d) for d in old["partitions"]]
    else:
        partitions = list(plan_partitions(inputs, partition_size=partition_size))
    fingerprint = _fingerprint(partitions, settings)
    if old:
        if old.get("fingerprint") != fingerprint:
            if not fresh:
                raise ShardError(
                    f"{folder} holds the shards of other inputs or settings; choose another --out, "
                    "or pass --fresh to delete them and start again"
                )
    if fresh:
        for sub in (*TABLES, "_manifest", "_attempts"):
            shutil.rmtree(folder / sub, ignore_errors=True)
        (folder / "manifest.json").unlink(missing_ok=True)
    _remove_leftovers(folder)
    done = {p.id for p in partitions if entry_is_complete(folder, read_entry(folder, p.id))}
    plan = BatchPlan(folder, partitions, done, settings, fingerprint)
    _write_plan(plan, inputs=names, stamps=stamps, complete=False)
    return plan


def _input_stamps(inputs: Sequence[Union[str, Path]]) -> list[str]:
    """Size and modification time of each input (of every file in a folder input), to tell if it changed."""
    stamps = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            digest = hashlib.sha1()
            for child in _walk(path):
                digest.update(f"{child}\x1f{_stamp(child)}\n".encode("utf-8", "surrogateescape"))
            stamps.append(f"dir:{digest.hexdigest()}")
        else:
            stamps.append(_stamp(path))
    return stamps


def _remove_leftovers(folder: Path) -> None:
    """Delete the temporary files of attempts that were killed before renaming them into place."""
    for sub in (*TABLES, "_manifest"):
        for tmp in (folder / sub).glob(".*.tmp"):
            tmp.unlink(missing_ok=True)


def _write_plan(plan: BatchPlan, *, inputs: list[str] | None = None, stamps: list[str] | None = None,
                complete: bool, totals: dict[str, int] | None = None) -> None:
    path = plan.out / "manifest.json"
    previous: dict[str, Any] = read_plan(plan.out) if path.exists() else {}
    write_json_atomic(path, {
        "schema": PLAN_SCHEMA,
        "fingerprint": plan.fingerprint,
        "inputs": inputs if inputs is not None else previous.get("inputs", []),
        "input_stamps": stamps if stamps is not None else previous.get("input_stamps", []),
        "settings": plan.settings,
        "created": previous.get("created", now()),
        "updated": now(),
        "complete": complete,
        "totals": totals or previous.get("totals", {}),
        "tables": list(TABLES),
        "partitions": [p.to_dict() for p in plan.partitions],
    })


@contextmanager
def open_client(
    scheduler: str | None = None,
    *,
    workers: int = 1,
    memory_limit: str = "auto",
    dashboard_address: str | None = ":8787",
    connect_timeout: str = "30s",
) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new LocalCluster of ``workers`` processes.

    Local workers run one thread each: spaCy holds the GIL, so processes, not
    threads, give parallelism.
    """
    if scheduler:
        try:
            client = Client(scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError) as err:
            raise ClusterError(
                f"cannot reach the Dask scheduler at {scheduler} ({err}); start one with "
                "`dask scheduler`, or leave out --scheduler to run a local cluster"
            ) from err
        with client:
            yield client
        return
    # Dask's statistical profiler samples every worker's stack 100 times a second, which
    # costs about 15% of the CPU on spaCy's deep stacks (measured: 0.220 vs 0.186 CPU s an article).
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               memory_limit=memory_limit, dashboard_address=dashboard_address)
    with cluster, Client(cluster) as client:
        yield client


def _entry_totals(entry: dict[str, Any]) -> dict[str, int]:
    shards = entry.get("shards", {})
    return {t: int(shards.get(t, {}).get("rows", 0)) for t in TABLES}


def run_batch(
    plan: BatchPlan,
    client: Client,
    *,
    on_partition: Callable[[dict[str, Any] | None], None] | None = None,
) -> BatchReport:
    """Run the partitions of ``plan`` not yet done on ``client``'s cluster.

    ``on_partition`` is called once per partition as it finishes, with its
    manifest entry, and once with ``None`` per skipped partition, so a
    progress bar can count all of them. Failed items do not fail a
    partition; a partition whose task keeps raising fails the run after
    :data:`RETRIES` retries, and a rerun resumes from what was finished.
    """
    report = BatchReport(partitions=len(plan.partitions), skipped=len(plan.done))
    for _ in range(report.skipped):
        if on_partition:
            on_partition(None)
    client.register_plugin(PipelinePlugin(plan.settings["model"]), name=PipelinePlugin.name)
    t0 = time.perf_counter()
    futures = [
        client.submit(run_partition, part, str(plan.out), clean=plan.settings["clean"],
                      model=plan.settings["model"], key=f"quotegraph-{part.id}-{uuid.uuid4().hex[:8]}",
                      retries=RETRIES, pure=False)
        for part in plan.todo
    ]
    for future in as_completed(futures):
        try:
            entry = future.result()
        except QuotegraphError:
            raise
        except Exception as err:
            raise ClusterError(
                f"a partition failed after {RETRIES} retries: {type(err).__name__}: {err}; "
                "the finished partitions are kept, rerun the same command to resume"
            ) from err
        plan.done.add(entry["partition"])
        report.ran += 1
        report.articles += int(entry["articles"])
        report.failures += int(entry["failures"])
        if on_partition:
            on_partition(entry)
        future.release()
    report.seconds = time.perf_counter() - t0
    report.peak_rss = {str(k): int(v) for k, v in client.run(peak_rss).items()}
    totals = {t: 0 for t in TABLES}
    for part in plan.partitions:
        entry = read_entry(plan.out, part.id)
        if entry is None:
            raise ShardError(f"partition {part.id} finished without a manifest entry in {plan.out}")
        for table, rows in _entry_totals(entry).items():
            totals[table] += rows
    report.totals = totals
    _write_plan(plan, complete=True, totals=totals)
    return report
