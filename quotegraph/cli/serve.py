"""``quotegraph serve``: the web UI and JSON API over a corpus database."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import click

from ..errors import QuotegraphError
from ._options import db_option

__all__ = ["serve_command"]

logger = logging.getLogger(__name__)


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the corpus to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--read-only", is_flag=True, help="Refuse every write (the Add page extracts but does not store).")
@click.option("--demo", is_flag=True,
              help="Serve a small invented corpus from a temporary database instead of --db.")
def serve_command(db: str, host: str, port: int, read_only: bool, demo: bool) -> None:
    """Serve the corpus: search, speakers, articles with their quotes marked, and a JSON API.

    Pages are at http://HOST:PORT/, the API under /api and its description at
    /openapi.json.

    \b
    Example:
      quotegraph serve --db corpus.db --read-only
    """
    from ..api import create_app, is_loopback, serve
    from ..store import Store

    if not is_loopback(host):
        click.echo(f"quotegraph: warning: listening on {host}; anyone who can reach it can read the corpus"
                   + ("" if read_only else " and add to it (consider --read-only)"), err=True)
    with tempfile.TemporaryDirectory(prefix="quotegraph-demo-") as tmp:
        if demo:
            db = str(Path(tmp) / "demo.db")
            _load_demo(db)
        if read_only and not Path(db).is_file():
            raise click.ClickException(f"{db}: no such database; create it with 'quotegraph ingest SOURCE --db {db}'")
        try:
            with Store(db, read_only=read_only):  # fail now, not on the first request
                pass
        except QuotegraphError as err:
            raise click.ClickException(str(err)) from err
        click.echo(f"quotegraph: serving {db}{' read-only' if read_only else ''} at http://{host}:{port}/", err=True)
        serve(create_app(db, read_only=read_only), host=host, port=port)


def _load_demo(db: str) -> None:
    from ..store import Store
    from ..web import demo_articles

    with Store(db) as store:
        for article in demo_articles():
            store.add_article(article)
