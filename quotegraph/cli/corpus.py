"""``quotegraph ingest | search | speakers | export``: build and query the corpus database."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..errors import QuotegraphError
from ..ingest import Fetcher
from ..store import Store, ingest
from ..store._export import FORMATS
from ._options import db_option, model_option

__all__ = ["COMMANDS", "ingest_command", "search_command", "speakers_command", "export_command"]


def _open(db: str, *, read_only: bool) -> Store:
    try:
        return Store(db, read_only=read_only)
    except QuotegraphError as err:
        raise click.ClickException(str(err)) from err


class _Counts:
    def __init__(self) -> None:
        self.articles = self.duplicates = self.quotes = self.skipped = self.failed = 0

    def text(self) -> str:
        return (f"{self.articles} articles ({self.duplicates} duplicates) · {self.quotes} quotes · "
                f"{self.skipped} skipped · {self.failed} failed")


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE…")
@db_option
@model_option
@click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds to wait for a web page.")
@click.option("--retries", type=int, default=3, show_default=True, help="Retries for a page that fails to load.")
@click.option("--quiet", "-q", is_flag=True, help="No progress display; print only the summary.")
def ingest_command(sources: tuple[str, ...], db: str, model: str | None, timeout: float, retries: int,
                   quiet: bool) -> None:
    """Add articles to the corpus from files, folders, JSONL, URLs, RSS/Atom feeds and WARC archives.

    Inputs already stored are skipped, so running the same command twice (or
    again after a crash) adds nothing twice. An input that cannot be read is
    recorded in the runs table with its error and the others go on.

    \b
    Example:
      quotegraph ingest articles/ https://example.com/feed.xml crawl.warc.gz --db corpus.db
    """
    counts = _Counts()
    console = Console(stderr=True)
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[counts]}"), TimeRemainingColumn(),
                        console=console, disable=quiet or not console.is_terminal, transient=False)
    task = progress.add_task("ingest", total=0, counts=counts.text())

    def report(event: str, n: int) -> None:
        if event == "planned":
            progress.update(task, total=(progress.tasks[0].total or 0) + n)
            return
        if event in ("article", "duplicate"):
            counts.articles += 1
            counts.duplicates += event == "duplicate"
            counts.quotes += n if event == "article" else 0
        elif event == "skipped":
            counts.skipped += 1
        elif event == "failed":
            counts.failed += 1
        progress.update(task, advance=1, counts=counts.text())

    store = _open(db, read_only=False)
    try:
        with Fetcher(timeout=timeout, retries=retries) as fetcher, progress:
            summary = ingest(list(sources), store, model=model, fetcher=fetcher, progress=report,
                             command="quotegraph ingest " + " ".join(sources))
    except QuotegraphError as err:
        raise click.ClickException(str(err)) from err
    finally:
        store.close()
    for source, message in summary.errors[:20]:
        click.echo(f"quotegraph: skipped {source}: {message}", err=True)
    if len(summary.errors) > 20:
        click.echo(f"quotegraph: … and {len(summary.errors) - 20} more; see run {summary.run_id} in the runs table",
                   err=True)
    click.echo(f"run {summary.run_id}: {summary.articles} articles added ({summary.duplicates} duplicates), "
               f"{summary.quotes} quotes, {summary.skipped} already stored, {summary.failed} failed → {db}")
    if summary.failed and not (summary.articles or summary.skipped):
        sys.exit(1)


@click.command("search")
@click.argument("text", nargs=-1, metavar="[TEXT]…")
@click.option("--speaker", help="A speaker's name, alias, surname or id.")
@click.option("--since", metavar="DATE", help="Only quotes published on or after DATE (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only quotes published on or before DATE.")
@click.option("--publisher", metavar="P", help="Only quotes from this publisher.")
@click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]), help="Only this kind of quote.")
@click.option("--limit", type=int, default=20, show_default=True, help="How many quotes to show (at most 200).")
@click.option("--offset", type=int, default=0, help="Skip this many matches first.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per quote.")
@db_option
def search_command(text: tuple[str, ...], speaker: str | None, since: str | None, until: str | None,
                   publisher: str | None, kind: str | None, limit: int, offset: int, as_json: bool, db: str) -> None:
    """Search the corpus's quotes: full-text words or "a phrase", with filters; newest first.

    \b
    Example:
      quotegraph search ceasefire --speaker "Keir Starmer" --since 2025-03-01
    """
    with _open(db, read_only=True) as store:
        try:
            page = store.search_quotes(" ".join(text) or None, speaker=speaker, since=since, until=until,
                                       publisher=publisher, kind=kind, limit=limit, offset=offset)
        except QuotegraphError as err:
            raise click.ClickException(str(err)) from err
    if as_json:
        for hit in page.items:
            click.echo(json.dumps(asdict(hit), ensure_ascii=False))
        return
    for hit in page.items:
        where = hit.url or f"article {hit.article_id}"
        click.echo(f"“{hit.content}”")
        click.echo(f"    — {hit.speaker_name or 'unknown speaker'}, {hit.published or 'undated'}, "
                   f"{hit.publisher or 'unknown publisher'} · {where}")
    shown = f"{page.offset + 1}–{page.offset + len(page.items)} of " if page.items else ""
    click.echo(f"{shown}{'more than ' if not page.exact else ''}{page.total} quotes", err=True)


@click.command("speakers")
@click.argument("query", required=False)
@click.option("--limit", type=int, default=50, show_default=True, help="How many speakers (at most 200).")
@click.option("--offset", type=int, default=0, help="Skip this many first.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per speaker.")
@db_option
def speakers_command(query: str | None, limit: int, offset: int, as_json: bool, db: str) -> None:
    """List the corpus's speakers, most quoted first; QUERY matches the start of a name or alias.

    \b
    Example:
      quotegraph speakers starmer --db corpus.db
    """
    with _open(db, read_only=True) as store:
        page = store.list_speakers(query=query, limit=limit, offset=offset)
    for s in page.items:
        if as_json:
            click.echo(json.dumps(asdict(s), ensure_ascii=False))
            continue
        aliases = f"  (also: {', '.join(s.aliases[:5])})" if s.aliases else ""
        click.echo(f"{s.quote_count:>7}  {s.name} [{s.type}] #{s.id}{aliases}")
    click.echo(f"{len(page.items)} of {page.total} speakers", err=True)


@click.command("export")
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: from OUT's suffix, else jsonl).")
@click.option("--include-duplicates", is_flag=True, help="Also export quotes of syndicated copies.")
@db_option
def export_command(out: str, fmt: str | None, include_duplicates: bool, db: str) -> None:
    """Export every quote with its speaker and article as JSON Lines or Parquet.

    \b
    Example:
      quotegraph export --format parquet quotes.parquet --db corpus.db
    """
    fmt = fmt or ("parquet" if out.endswith(".parquet") else "jsonl")
    with _open(db, read_only=True) as store:
        try:
            n = store.export(out, format=fmt, include_duplicates=include_duplicates)
        except QuotegraphError as err:
            raise click.ClickException(str(err)) from err
    click.echo(f"{n} quotes → {out}", err=True)


COMMANDS: tuple[Any, ...] = (ingest_command, search_command, speakers_command, export_command)
