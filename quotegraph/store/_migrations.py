"""Bring a database to the current schema version, one recorded step at a time."""

from __future__ import annotations

import logging
import sqlite3

from ..errors import StoreError
from ._schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["migrate", "schema_version"]

logger = logging.getLogger(__name__)


def schema_version(conn: sqlite3.Connection) -> int:
    """The ``PRAGMA user_version`` of the database (0 for a new file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, name: str = "database") -> int:
    """Apply the missing migrations in one transaction; return the version reached.

    A database newer than this quotegraph is refused rather than guessed at.
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"{name} has schema version {current}, newer than this quotegraph understands "
            f"({SCHEMA_VERSION}); upgrade quotegraph to open it"
        )
    if current == SCHEMA_VERSION:
        return current
    try:
        conn.execute("BEGIN IMMEDIATE")
        # Re-read inside the write lock: another process may have migrated meanwhile.
        current = schema_version(conn)
        for version in range(current + 1, SCHEMA_VERSION + 1):
            logger.info("migrating %s to schema version %d", name, version)
            for statement in _statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")
        conn.execute("COMMIT")
    except sqlite3.Error as err:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"{name}: cannot migrate the schema ({err})") from err
    return SCHEMA_VERSION


def _statements(script: str) -> list[str]:
    """Split a script into statements (``executescript`` would commit our transaction)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
