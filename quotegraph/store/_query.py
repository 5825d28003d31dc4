"""Read the corpus: quote search, speaker lists and details, stored articles. SQL with parameters only."""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from ..article import Article
from ..errors import StoreError
from ._keys import date_bounds, kind_token, publisher_key
from ._names import name_tokens, norm
from ._types import COUNT_CAP, MAX_LIMIT, Page, QuoteHit, SpeakerDetail, SpeakerSummary, StoredArticle

__all__ = ["search_quotes", "list_speakers", "get_speaker", "get_article", "speaker_ids_for", "clamp"]

_KINDS = frozenset({"direct", "indirect", "mixed"})
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


def _content_clause(text: str) -> str:
    return f"content : ({text})"


def search_quotes(conn: sqlite3.Connection, text: str | None = None, *, speaker: str | int | None = None,
                  since: str | None = None, until: str | None = None, publisher: str | None = None,
                  kind: str | None = None, limit: int = 20, offset: int = 0,
                  include_duplicates: bool = False) -> Page[QuoteHit]:
    """Quotes matching every filter given, newest first.

    Every filter is answered by the full-text index alone (see ``_schema``):
    the date range is a rowid range and the others are tokens of its ``meta``
    column, so neither the count nor the page reads more rows than it returns.
    """
    limit, offset = clamp(limit, offset)
    bounds = date_bounds(since or None, until or None)
    meta: list[str] = []
    if kind:
        if kind not in _KINDS:
            raise StoreError(f"kind={kind!r} is not one of direct, indirect, mixed")
        meta.append(kind_token(kind))
    if speaker is not None and speaker != "":
        ids = speaker_ids_for(conn, speaker)
        if not ids:
            return Page([], 0, limit, offset)
        meta.append("(" + " OR ".join(f"s{i}" for i in ids) + ")")
    if publisher:
        key = publisher_key(publisher)
        if not key:
            return Page([], 0, limit, offset)
        meta.append(f"p{key}")
    filters = f"meta : ({' AND '.join(meta)})" if meta else None
    where = "quotes_fts MATCH ?"
    params: list[Any] = []
    if bounds:
        where += " AND rowid BETWEEN ? AND ?"
        params = list(bounds)
    query = text.strip() if text and text.strip() else None
    for attempt in range(2):
        parts = ([_content_clause(query)] if query else []) + ([filters] if filters else [])
        if not parts:
            match = "meta : (c0 OR c1)" if include_duplicates else "meta : c1"
        elif include_duplicates:
            match = " AND ".join(parts)
        else:
            # "NOT c0" walks the short list of duplicates; "AND c1" would walk almost every quote.
            match = f"({' AND '.join(parts)}) NOT meta : c0"
        try:
            total = int(conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE {where} LIMIT ?)",
                                     [match, *params, COUNT_CAP + 1]).fetchone()[0])
            rows = conn.execute(
                f"SELECT {_HIT_COLUMNS} FROM (SELECT rowid AS k FROM quotes_fts WHERE {where}"
                " ORDER BY rowid DESC LIMIT ? OFFSET ?) p JOIN quotes q ON q.sort_key = p.k"
                " JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"
                " ORDER BY p.k DESC",
                [match, *params, limit, offset],
            ).fetchall() if total > offset or total > COUNT_CAP else []
            if total > COUNT_CAP:
                return Page([_hit(r) for r in rows], COUNT_CAP, limit, offset, exact=False)
            return Page([_hit(r) for r in rows], total, limit, offset)
        except sqlite3.OperationalError as err:
            if attempt == 0 and query:
                query = _fts_fallback(query)  # unbalanced quotes, a stray operator: read as plain words
                if not query:
                    return Page([], 0, limit, offset)
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
        "SELECT week, n FROM speaker_weeks WHERE speaker_id = ? ORDER BY week", (speaker_id,))]
    top_entities = [(str(label), int(n)) for label, n in conn.execute(
        "SELECT coalesce(s.name, se.entity), se.n FROM speaker_entities se"
        " LEFT JOIN speakers s ON se.entity LIKE '#%' AND s.id = CAST(substr(se.entity, 2) AS INTEGER)"
        " WHERE se.speaker_id = ? ORDER BY se.n DESC, se.entity LIMIT ?",
        (speaker_id, top),
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
