"""The corpus database: one SQLite file in WAL mode, one transaction per article."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Any

from ..article import Article
from ..errors import ReadOnlyError, StoreError
from ..speakers import country_of
from . import _query
from ._dedup import canonical_url
from ._export import export_quotes
from ._migrations import migrate, schema_version
from ._schema import SCHEMA_VERSION
from ._types import AddResult, Page, QuoteHit, SpeakerDetail, SpeakerSummary, StoredArticle
from ._write import write_article

__all__ = ["Store"]

logger = logging.getLogger(__name__)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A corpus of articles, quotes and speakers in one SQLite file.

    >>> with Store("quotegraph.db") as store:          # doctest: +SKIP
    ...     store.search_quotes("ceasefire", speaker="Keir Starmer").total

    ``read_only=True`` opens the file with ``mode=ro``: it must exist, and any
    write raises :class:`~quotegraph.errors.ReadOnlyError`. One ``Store`` may be
    shared between threads; calls are serialised.
    """

    def __init__(self, path: str | Path = "quotegraph.db", *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._lock = threading.RLock()
        self._conn = self._connect()

    def _connect(self) -> sqlite3.Connection:
        name = str(self.path)
        try:
            if self.read_only:
                if not self.path.is_file():
                    raise StoreError(f"{name}: no such database; create it with 'quotegraph ingest SOURCE --db {name}'")
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                       check_same_thread=False, isolation_level=None)
            else:
                if self.path.parent != Path("") and not self.path.parent.exists():
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(name, check_same_thread=False, isolation_level=None, timeout=30)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")
            if self.read_only:
                version = schema_version(conn)
                if version != SCHEMA_VERSION:
                    conn.close()
                    raise StoreError(
                        f"{name} has schema version {version}, this quotegraph reads {SCHEMA_VERSION}; "
                        f"open it once for writing (e.g. 'quotegraph ingest --db {name}') to migrate it"
                    )
            else:
                migrate(conn, name=name)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{name}: cannot open the database ({err}); is it a quotegraph SQLite file?") from err
        return conn

    # -- lifecycle -------------------------------------------------------

    def close(self) -> None:
        """Close the database; the store cannot be used afterwards."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for read queries the methods do not cover."""
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is open read-only; open the Store without read_only=True to write")
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _read(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            try:
                return fn(self._conn, *args, **kwargs)
            except sqlite3.Error as err:
                raise StoreError(f"{self.path}: query failed ({err})") from err

    # -- writing ---------------------------------------------------------

    def add_article(self, article: Article, *, run_id: int | None = None, raw_digest: str | None = None,
                    source: str | None = None) -> AddResult:
        """Store ``article`` in one transaction; an article already stored is left as it is.

        The article is keyed by its canonical URL when known, else by its
        content hash. A near-copy of a stored article is kept but marked
        ``duplicate_of`` it, and its quotes do not count towards speakers.
        """
        country = country_of(publisher=article.publisher, url=article.url, text=article.text)
        try:
            with self._write() as conn:
                return write_article(conn, article, run_id=run_id, country=country,
                                     raw_digest=raw_digest, source=source)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot store article {article.id or article.url!r} ({err})") from err

    def knows(self, *, raw_digest: str | None = None, url: str | None = None) -> int | None:
        """The id of a stored article read from these exact input bytes or this URL, else ``None``."""
        with self._lock:
            if raw_digest:
                row = self._conn.execute("SELECT id FROM articles WHERE raw_hash = ? LIMIT 1", (raw_digest,)).fetchone()
                if row:
                    return int(row[0])
            curl = canonical_url(url)
            if curl:
                row = self._conn.execute("SELECT id FROM articles WHERE key = ?", (curl,)).fetchone()
                if row:
                    return int(row[0])
        return None

    def start_run(self, sources: list[str], *, command: str | None = None) -> int:
        """Record the start of an ingest run; runs left 'running' by a dead process become 'interrupted'."""
        with self._write() as conn:
            for run_id, pid in conn.execute("SELECT id, pid FROM runs WHERE status = 'running'").fetchall():
                if pid is None or not _alive(int(pid)):
                    conn.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", (run_id,))
            cur = conn.execute("INSERT INTO runs (started, pid, command, sources) VALUES (?, ?, ?, ?)",
                               (_now(), os.getpid(), command, json.dumps(sources)))
            return int(cur.lastrowid or 0)

    def record_item(self, run_id: int, *, status: str, source: str | None = None, item_id: str | None = None,
                    article_id: int | None = None, error: str | None = None, message: str | None = None,
                    quotes: int = 0) -> None:
        """Log what happened to one input item of a run and update the run's counts."""
        column = {"added": "articles", "duplicate": "articles", "skipped": "skipped", "failed": "failed"}[status]
        with self._write() as conn:
            conn.execute("INSERT INTO run_items (run_id, source, item_id, status, article_id, error, message, at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (run_id, source, item_id, status, article_id, error, message, _now()))
            conn.execute(f"UPDATE runs SET {column} = {column} + 1, quotes = quotes + ? WHERE id = ?",
                         (quotes, run_id))

    def add_and_record(self, article: Article, *, run_id: int, raw_digest: str | None = None,
                       source: str | None = None) -> AddResult:
        """Store an article and its run log line in the same transaction."""
        country = country_of(publisher=article.publisher, url=article.url, text=article.text)
        try:
            with self._write() as conn:
                result = write_article(conn, article, run_id=run_id, country=country,
                                       raw_digest=raw_digest, source=source)
                status = "skipped" if not result.created else ("duplicate" if result.duplicate_of else "added")
                column = "skipped" if status == "skipped" else "articles"
                quotes = len(article.quotes) if result.created else 0
                conn.execute(
                    "INSERT INTO run_items (run_id, source, item_id, status, article_id, message, at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (run_id, source, article.id, status, result.article_id,
                     None if result.created else "already stored", _now()))
                conn.execute(f"UPDATE runs SET {column} = {column} + 1, quotes = quotes + ? WHERE id = ?",
                             (quotes, run_id))
                return result
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot store article {article.id or article.url!r} ({err})") from err

    def finish_run(self, run_id: int, *, status: str = "done") -> None:
        """Mark a run finished."""
        with self._write() as conn:
            conn.execute("UPDATE runs SET finished = ?, status = ? WHERE id = ?", (_now(), status, run_id))

    # -- reading ---------------------------------------------------------

    def search_quotes(self, text: str | None = None, *, speaker: str | int | None = None,
                      since: str | None = None, until: str | None = None, publisher: str | None = None,
                      kind: str | None = None, limit: int = 20, offset: int = 0,
                      include_duplicates: bool = False) -> Page[QuoteHit]:
        """Quotes matching the full-text query ``text`` (FTS5 syntax, or plain words) and filters, newest first.

        ``speaker`` is a speaker id or a name ("Keir Starmer", "Starmer");
        ``since``/``until`` are ISO dates, inclusive; quotes of syndicated
        duplicates are left out unless ``include_duplicates``.
        """
        page: Page[QuoteHit] = self._read(_query.search_quotes, text, speaker=speaker, since=since, until=until,
                                          publisher=publisher, kind=kind, limit=limit, offset=offset,
                                          include_duplicates=include_duplicates)
        return page

    def list_speakers(self, *, query: str | None = None, limit: int = 50, offset: int = 0) -> Page[SpeakerSummary]:
        """Speakers, most quoted first; ``query`` matches the start of any name or alias word."""
        page: Page[SpeakerSummary] = self._read(_query.list_speakers, query=query, limit=limit, offset=offset)
        return page

    def get_speaker(self, speaker_id: int) -> SpeakerDetail | None:
        """One speaker in detail, or ``None`` when there is no such id."""
        detail: SpeakerDetail | None = self._read(_query.get_speaker, speaker_id)
        return detail

    def get_article(self, article_id: int) -> StoredArticle | None:
        """One stored article, or ``None`` when there is no such id."""
        stored: StoredArticle | None = self._read(_query.get_article, article_id)
        return stored

    def export(self, out: str | Path, *, format: str = "jsonl", include_duplicates: bool = False) -> int:
        """Write every quote as a flat record to ``out`` (``jsonl`` or ``parquet``); return how many."""
        with self._lock:
            try:
                return export_quotes(self._conn, out, format=format, include_duplicates=include_duplicates)
            except sqlite3.Error as err:
                raise StoreError(f"{self.path}: export failed ({err})") from err

    def counts(self) -> dict[str, int]:
        """Rows per main table: articles, duplicates, quotes, speakers, runs."""
        sql = {
            "articles": "SELECT count(*) FROM articles",
            "duplicates": "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL",
            "quotes": "SELECT count(*) FROM quotes",
            "speakers": "SELECT count(*) FROM speakers",
            "runs": "SELECT count(*) FROM runs",
        }
        with self._lock:
            return {k: int(self._conn.execute(q).fetchone()[0]) for k, q in sql.items()}


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
