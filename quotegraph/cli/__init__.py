"""The ``quotegraph`` command: one module a command group, registered here."""

from __future__ import annotations

import click

from .. import __version__
from .batch import batch_command, load_command
from .corpus import COMMANDS as CORPUS_COMMANDS
from .extract import extract_command
from .serve import serve_command

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotegraph")
def main() -> None:
    """Who said what, about whom, and when: quotations and speakers from news articles."""


main.add_command(extract_command)
main.add_command(batch_command)
main.add_command(load_command)
main.add_command(serve_command)
for _command in CORPUS_COMMANDS:
    main.add_command(_command)
