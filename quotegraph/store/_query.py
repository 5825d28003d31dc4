"""Read the corpus: quote search, speaker lists and details, stored articles. SQL with parameters only."""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from ..article import Article
from ..errors import StoreError
from ._names import name_tokens, norm
from ._types import MAX_LIMIT, Page, QuoteHit, SpeakerDetail, SpeakerSummary, StoredArticle

__all__ = ["search_quotes", "list_speakers", "get_speaker", "get_article", "speaker_ids_for", "clamp"]

_KINDS = frozenset({"direct", "indirect", "mixed"})
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_HIT_COLUMNS = (
    'q.id, q.content, q.kind, q.cue, q.speaker_id, coalesce(s.name, q.speaker_name), q.article_id,'
    ' a.title, a.url, a.published, a.publisher, q.start, q."end"'
)
_FTS_WORD = re.compile(r"\w+")
_FTS_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def clamp(limit: int, offset: int) -> tuple[int, int]:
    """``limit`` within 1..MAX_LIMIT and ``offset`` at least 0."""
    return max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def _hit(row: tuple[Any, ...]) -> QuoteHit:
    return QuoteHit(*row)


def _check_day(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not _DAY.match(value):
        raise StoreError(f"{name}={value!r} is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY)")
    return value


def speaker_ids_for(conn: sqlite3.Connection, speaker: str | int) -> list[int]:
    """Speakers a ``--speaker`` value names: an id, an alias, a full name or a surname."""
    if isinstance(speaker, int) or (isinstance(speaker, str) and speaker.strip().isdigit()):
        return [int(speaker)]
    key = norm(speaker)
    ids = {r[0] for r in conn.execute("SELECT speaker_id FROM speaker_aliases WHERE norm = ?", (key,))}
    tokens = name_tokens(speaker)
    if len(tokens) >= 2:
        ids |= {r[0] for r in conn.execute("SELECT id FROM speakers WHERE type = 'PERSON' AND key = ?",
                                           (f"{tokens[0]} {tokens[-1]}",))}
    elif len(tokens) == 1:
        ids |= {r[0] for r in conn.execute("SELECT id FROM speakers WHERE last = ?", (tokens[0],))}
    return sorted(ids)


def _fts_fallback(text: str) -> str:
    """The words of ``text`` as quoted terms: what a user meant when the query syntax is wrong."""
    return " ".join(f'"{w}"' for w in _FTS_WORD.findall(text) if w not in _FTS_OPERATORS)


def search_quotes(conn: sqlite3.Connection, text: str | None = None, *, speaker: str | int | None = None,
                  since: str | None = None, until: str | None = None, publisher: str | None = None,
                  kind: str | None = None, limit: int = 20, offset: int = 0,
                  include_duplicates: bool = False) -> Page[QuoteHit]:
    """Quotes matching every filter given, newest first."""
    limit, offset = clamp(limit, offset)
    since, until = _check_day(since, "since"), _check_day(until, "until")
    where: list[str] = []
    params: list[Any] = []
    if kind:
        if kind not in _KINDS:
            raise StoreError(f"kind={kind!r} is not one of direct, indirect, mixed")
        where.append("q.kind = ?")
        params.append(kind)
    if not include_duplicates:
        where.append("q.counted = 1")
    if speaker is not None and speaker != "":
        ids = speaker_ids_for(conn, speaker)
        if not ids:
            return Page([], 0, limit, offset)
        where.append(f"q.speaker_id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if since:
        where.append("q.pub_date >= ?")
        params.append(since)
    if until:
        # "--until 2025-03" includes all of March: compare on the given prefix.
        where.append("substr(q.pub_date, 1, ?) <= ?")
        params.extend([len(until), until])
    if publisher:
        where.append("q.publisher = ? COLLATE NOCASE")
        params.append(publisher)
    source = "quotes q"
    match: list[Any] = []
    if text and text.strip():
        source = "quotes_fts f JOIN quotes q ON q.id = f.rowid"
        where.insert(0, "quotes_fts MATCH ?")
        match = [text.strip()]
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    count_sql = f"SELECT count(*) FROM {source} {clause}"
    page_sql = (
        f"SELECT {_HIT_COLUMNS} FROM (SELECT q.id AS qid FROM {source} {clause}"
        " ORDER BY q.pub_date DESC, q.id DESC LIMIT ? OFFSET ?) p"
        " JOIN quotes q ON q.id = p.qid JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY q.pub_date DESC, q.id DESC"
    )
    for attempt in range(2):
        try:
            total = int(conn.execute(count_sql, match + params).fetchone()[0])
            rows = conn.execute(page_sql, match + params + [limit, offset]).fetchall() if total > offset else []
            return Page([_hit(r) for r in rows], total, limit, offset)
        except sqlite3.OperationalError as err:
            if "fts5" not in str(err) and "syntax" not in str(err) and "no such column" not in str(err):
                raise StoreError(f"search failed: {err}") from err
            if attempt == 0 and match:
                fallback = _fts_fallback(match[0])
                if not fallback:
                    return Page([], 0, limit, offset)
                match = [fallback]
                continue
            raise StoreError(f"cannot search for {text!r}: {err}; use plain words or \"a phrase\"") from err
    raise AssertionError("unreachable")  # pragma: no cover


def _aliases(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {i: [] for i in ids}
    if ids:
        rows = conn.execute(
            f"SELECT a.speaker_id, a.alias FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
            f" WHERE a.speaker_id IN ({','.join('?' * len(ids))}) AND a.alias != s.name ORDER BY a.alias",
            ids,
        )
        for sid, alias in rows:
            out[sid].append(alias)
    return out


def list_speakers(conn: sqlite3.Connection, *, query: str | None = None, limit: int = 50,
                  offset: int = 0) -> Page[SpeakerSummary]:
    """Speakers with the most quotes first; ``query`` matches any alias by prefix."""
    limit, offset = clamp(limit, offset)
    where, params = "", []
    if query and query.strip() and not norm(query):
        return Page([], 0, limit, offset)  # only punctuation: nothing can match
    if query and norm(query):
        where = "WHERE id IN (SELECT speaker_id FROM speaker_aliases WHERE norm LIKE ? ESCAPE '\\' OR norm LIKE ? ESCAPE '\\')"
        q = norm(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params = [f"{q}%", f"% {q}%"]
    total = int(conn.execute(f"SELECT count(*) FROM speakers {where}", params).fetchone()[0])
    rows = conn.execute(f"SELECT id, name, type, quote_count FROM speakers {where}"
                        " ORDER BY quote_count DESC, id LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()
    aliases = _aliases(conn, [r[0] for r in rows])
    return Page([SpeakerSummary(r[0], r[1], r[2], r[3], aliases[r[0]]) for r in rows], total, limit, offset)


def get_speaker(conn: sqlite3.Connection, speaker_id: int, *, latest: int = 10,
                top: int = 10) -> SpeakerDetail | None:
    """One speaker with roles, weekly counts, most-mentioned entities and latest quotes."""
    row = conn.execute("SELECT id, name, type, quote_count FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    if row is None:
        return None
    roles = [f"{r} ({c})" if c else r for r, c in conn.execute(
        "SELECT role, country FROM roles WHERE speaker_id = ? ORDER BY last_seen DESC", (speaker_id,))]
    weekly = [(str(w), int(n)) for w, n in conn.execute(
        "SELECT date(pub_date, 'weekday 0', '-6 days') AS week, count(*) FROM quotes"
        " WHERE speaker_id = ? AND counted = 1 AND pub_date IS NOT NULL GROUP BY week ORDER BY week",
        (speaker_id,),
    )]
    top_entities = [(str(n), int(c)) for n, c in conn.execute(
        "SELECT coalesce(s.name, e.name) AS label, count(DISTINCT q.id) AS n FROM quotes q"
        " JOIN mentions m ON m.article_id = q.article_id AND m.start >= q.start AND m.\"end\" <= q.\"end\""
        " JOIN entities e ON e.id = m.entity_id LEFT JOIN speakers s ON s.id = e.speaker_id"
        " WHERE q.speaker_id = ? AND q.counted = 1 AND coalesce(e.speaker_id, -1) != ?"
        " GROUP BY label ORDER BY n DESC, label LIMIT ?",
        (speaker_id, speaker_id, top),
    )]
    recent = search_quotes(conn, speaker=speaker_id, limit=latest).items
    return SpeakerDetail(row[0], row[1], row[2], row[3], _aliases(conn, [row[0]])[row[0]],
                         roles=roles, weekly_counts=weekly, top_entities=top_entities, latest=recent)


def get_article(conn: sqlite3.Connection, article_id: int) -> StoredArticle | None:
    """The stored article document and the corpus speakers its entities and quotes link to."""
    row = conn.execute("SELECT id, document, duplicate_of FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    article = Article.from_dict(json.loads(row[1]))
    speaker_ids = {str(local): int(sid) for local, sid in conn.execute(
        "SELECT local_id, speaker_id FROM entities WHERE article_id = ? AND speaker_id IS NOT NULL", (article_id,))}
    for position, sid in conn.execute(
        "SELECT position, speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL", (article_id,)
    ):
        speaker_ids.setdefault(f"quote:{position}", int(sid))
    return StoredArticle(row[0], article, speaker_ids, row[2])
