"""``quotegraph extract``: print one quotegraph/article@1 document per article."""

from __future__ import annotations

import json
import logging
import sys

import click

from ..article import Article, Failure
from ..core import extract_paths
from ..errors import ModelError
from ._options import model_option

__all__ = ["extract_command"]

logger = logging.getLogger(__name__)


@click.command("extract")
@click.argument("files", nargs=-1, required=True, metavar="FILE…")
@click.option("--format", "out_format", type=click.Choice(["json", "jsonl"]), default="json",
              show_default=True, help="json: an object (a list for several articles); jsonl: one a line.")
@click.option("--input-format", type=click.Choice(["auto", "html", "text", "jsonl"]), default="auto",
              show_default=True, help="How to read the inputs (auto: by suffix and content).")
@click.option("--clean/--no-clean", default=True, show_default=True,
              help="--no-clean keeps the input text byte for byte, so offsets index the input.")
@click.option("--indent", type=int, default=None, help="Indent --format json output.")
@model_option
def extract_command(files: tuple[str, ...], out_format: str, input_format: str, clean: bool,
                    indent: int | None, model: str | None) -> None:
    """Extract quotations and speakers from articles (HTML, text, JSONL or - for stdin).

    Problems with one input are reported on stderr and the others go on; the
    exit code is 1 only when every input failed.

    \b
    Example:
      quotegraph extract article.html --format jsonl > quotes.jsonl
    """
    ok = failed = 0
    collected: list[dict[str, object]] = []
    try:
        results = extract_paths(files, format=input_format, clean=clean, model=model)  # type: ignore[arg-type]
        for result in results:
            if isinstance(result, Failure):
                failed += 1
                where = result.source or result.id or "input"
                # Our messages start with the item's name already; do not print it twice.
                message = result.message if result.message.startswith(where) else f"{where}: {result.message}"
                click.echo(f"quotegraph: skipped {message}", err=True)
                continue
            ok += 1
            for warning in result.warnings:
                click.echo(f"quotegraph: warning: {warning}", err=True)
            _emit(result, out_format, collected)
    except ModelError as err:
        raise click.ClickException(str(err)) from err
    if out_format == "json" and collected:
        payload: object = collected[0] if len(collected) == 1 else collected
        click.echo(json.dumps(payload, ensure_ascii=False, indent=indent))
    if failed and not ok:
        click.echo(f"quotegraph: all {failed} inputs failed", err=True)
        sys.exit(1)


def _emit(article: Article, out_format: str, collected: list[dict[str, object]]) -> None:
    if out_format == "jsonl":
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
    else:
        collected.append(article.to_dict())
