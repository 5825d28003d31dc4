"""``quotegraph batch`` and ``quotegraph load``: extract an archive on Dask into Parquet shards, then load them."""

from __future__ import annotations

import importlib.util
import logging

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..errors import QuotegraphError
from ._options import db_option, model_option

__all__ = ["batch_command", "load_command"]

logger = logging.getLogger(__name__)


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT…")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="Folder for the Parquet shards and the manifest (created if needed).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Address of a running Dask scheduler (tcp://host:8786); default: start a local cluster.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes of the local cluster (default 1; not with --scheduler).")
@click.option("--partition-size", type=click.IntRange(min=1), default=None,
              help="Articles (lines, records or files) per partition (default: 500).")
@click.option("--memory-limit", default="auto", show_default=True, metavar="SIZE",
              help="Memory limit per local worker (e.g. 2GB); Dask restarts a worker over it.")
@click.option("--clean/--no-clean", default=True, show_default=True,
              help="--no-clean keeps each input text as it is, so offsets index the input.")
@click.option("--fresh", is_flag=True, help="Delete the shards already in --out and start again.")
@model_option
def batch_command(inputs: tuple[str, ...], out: str, scheduler: str | None, workers: int | None,
                  partition_size: int | None, memory_limit: str, clean: bool, fresh: bool, model: str | None) -> None:
    """Extract folders, JSONL and WARC files on a Dask cluster into Parquet shards.

    Each partition becomes DIR/{articles,quotes,entities,failures}/PART.parquet
    and an entry in DIR/_manifest with row counts and checksums. Rerun the same
    command after an interruption: finished partitions are skipped.

    \b
    Example:
      quotegraph batch archive.jsonl crawl.warc.gz --out shards/ --workers 2
    """
    # Imported here: Dask takes most of a second to import, and other commands do not need it.
    from ..scale import DEFAULT_PARTITION_SIZE, open_client, plan_batch, run_batch

    if scheduler and workers:
        raise click.UsageError("--workers sizes a local cluster; with --scheduler the cluster has its own workers")
    err = Console(stderr=True)
    try:
        plan = plan_batch(inputs, out, partition_size=partition_size or DEFAULT_PARTITION_SIZE,
                          clean=clean, model=model, fresh=fresh)
        err.print(f"{len(plan.partitions)} partitions in {out}, {len(plan.done)} already done", markup=False)
        if not plan.todo:
            err.print("nothing to do")
            return
        with open_client(scheduler, workers=workers or 1, memory_limit=memory_limit) as client:
            hint = "" if importlib.util.find_spec("bokeh") else " (pip install 'quotegraph[dashboard]' to serve it)"
            err.print(f"Dask dashboard: {client.dashboard_link}{hint}", markup=False, highlight=False)
            columns = (TextColumn("partitions"), BarColumn(), MofNCompleteColumn(),
                       TimeElapsedColumn(), TimeRemainingColumn())
            with Progress(*columns, console=err) as progress:
                task = progress.add_task("partitions", total=len(plan.partitions))
                report = run_batch(plan, client, on_partition=lambda _: progress.advance(task))
    except QuotegraphError as error:
        raise click.ClickException(str(error)) from error
    peak = max(report.peak_rss.values(), default=0)
    err.print(
        f"{report.ran} partitions run, {report.skipped} skipped: {report.articles} articles and "
        f"{report.failures} failures in {report.seconds:.1f} s ({report.articles_per_second:.1f} items/s); "
        f"peak worker memory {_mb(peak)}"
    )
    totals = report.totals
    err.print(f"{out}: {totals.get('articles', 0)} articles, {totals.get('quotes', 0)} quotes, "
              f"{totals.get('entities', 0)} entities, {totals.get('failures', 0)} failures", markup=False)


@click.command("load")
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, file_okay=False))
@click.option("--no-verify", is_flag=True, help="Skip checking each shard against its SHA-256.")
@db_option
def load_command(folder: str, no_verify: bool, db: str) -> None:
    """Load the shards of `quotegraph batch` into the corpus database.

    Safe to repeat: articles already in the database are left as they are.
    Partitions not finished yet are reported; rerun batch, then load again.

    \b
    Example:
      quotegraph load shards/ --db corpus.db
    """
    from ..scale import load_into
    from ..store import Store

    try:
        with Store(db) as store:
            report = load_into(store, folder, verify=not no_verify)
    except QuotegraphError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"{db}: {report.added} new of {report.articles} articles from {report.partitions} partitions")
    if report.missing:
        click.echo(f"quotegraph: {len(report.missing)} partitions of {folder} are not finished; "
                   "rerun `quotegraph batch` and load again", err=True)
