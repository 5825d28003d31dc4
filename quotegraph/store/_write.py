"""Write one article, its entities, mentions and quotes, linking speakers across the corpus.

Runs inside the caller's transaction: :class:`~quotegraph.store.Store` commits
or rolls back the whole article at once.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime, timezone

import numpy as np

from ..article import Article, Entity, Quote
from ._dedup import THRESHOLD, bands, canonical_url, content_hash, signature, similarity
from ._names import looks_like_name, role_of
from ._speakers import (add_aliases, is_person_type, learn_role, resolve_named, resolve_person,
                        bare_role, resolve_role, roles_in_text, touch)
from ._keys import day_number, publisher_key, sort_key, week_of
from ._types import AddResult

__all__ = ["write_article", "article_key", "pub_date"]

_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_NO_SPEAKER = frozenset({"pronoun", "unnamed", "group"})


def pub_date(published: str | None) -> str | None:
    """The ``YYYY-MM-DD`` part of an ISO date or timestamp, else ``None``."""
    m = _DATE.match(published or "")
    return m.group(1) if m else None


def article_key(article: Article) -> str:
    """The identity of an article: its canonical URL when known, else its content hash."""
    return canonical_url(article.url) or f"sha256:{content_hash(article.text)}"


def _find_duplicate(conn: sqlite3.Connection, chash: str, sig: np.ndarray | None) -> int | None:
    row = conn.execute("SELECT id, duplicate_of FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                       (chash,)).fetchone()
    if row:
        return int(row[1] or row[0])
    if sig is None:
        return None
    keys = bands(sig)
    marks = ",".join("?" * len(keys))
    candidates = conn.execute(
        f"SELECT DISTINCT b.article_id, s.signature FROM article_bands b JOIN article_signatures s"
        f" ON s.article_id = b.article_id WHERE b.band IN ({marks}) ORDER BY b.article_id", keys,
    ).fetchall()
    for article_id, blob in candidates:
        if similarity(sig, np.frombuffer(blob, dtype="<u8")) >= THRESHOLD:
            return int(article_id)
    return None


def _entity_speaker(conn: sqlite3.Connection, entity: Entity, *, country: str | None,
                    day: str | None, speaks: bool) -> int | None:
    role = role_of(entity.name)
    if role:
        return resolve_role(conn, role, country, day, phrase=entity.name)
    if is_person_type(entity.type):
        return resolve_person(conn, entity.name) if looks_like_name(entity.name) else None
    if speaks and looks_like_name(entity.name):
        return resolve_named(conn, entity.name, entity.type)
    return None


def _quote_speaker(conn: sqlite3.Connection, quote: Quote, entity_speakers: dict[str, int | None],
                   *, country: str | None, day: str | None) -> int | None:
    if quote.speaker and entity_speakers.get(quote.speaker) is not None:
        return entity_speakers[quote.speaker]
    if quote.resolution in _NO_SPEAKER:
        return None
    mention = quote.speaker_mention.text if quote.speaker_mention else quote.speaker_name
    role = role_of(mention) or role_of(quote.speaker_name)
    if role:
        return resolve_role(conn, role, country, day, phrase=mention or quote.speaker_name)
    name = quote.speaker_name or mention
    if name and looks_like_name(name):
        return resolve_person(conn, name)
    return None


def _learn_roles(conn: sqlite3.Connection, article: Article, entity_speakers: dict[str, int | None],
                 *, country: str | None, day: str) -> None:
    for entity in article.entities:
        speaker_id = entity_speakers.get(entity.id)
        if speaker_id is None or not is_person_type(entity.type) or role_of(entity.name):
            continue
        roles: set[str] = set()
        for m in entity.mentions:
            if 0 <= m.start < m.end <= len(article.text):
                roles |= roles_in_text(article.text, m.start, m.end)
            # "the prime minister" bound to this person by the article itself
            role = bare_role(m.text)
            if role:
                roles.add(role)
        for role in sorted(roles):
            learn_role(conn, role, country, speaker_id, day)


def _count_entities(conn: sqlite3.Connection, article_id: int, quotes: list[tuple[int, int, int]]) -> None:
    """Add the entities named inside each quote to its speaker's tally (once per quote)."""
    mentions = conn.execute(
        'SELECT m.start, m."end", e.speaker_id, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id'
        " WHERE m.article_id = ?", (article_id,)).fetchall()
    tally: dict[tuple[int, str], int] = {}
    for speaker_id, start, end in quotes:
        inside = {f"#{sid}" if sid is not None else name
                  for m_start, m_end, sid, name in mentions
                  if start <= m_start and m_end <= end and sid != speaker_id}
        for entity in inside:
            tally[(speaker_id, entity)] = tally.get((speaker_id, entity), 0) + 1
    conn.executemany(
        "INSERT INTO speaker_entities (speaker_id, entity, n) VALUES (?, ?, ?)"
        " ON CONFLICT (speaker_id, entity) DO UPDATE SET n = n + excluded.n",
        [(sid, entity, n) for (sid, entity), n in sorted(tally.items())])


def write_article(conn: sqlite3.Connection, article: Article, *, run_id: int | None, country: str | None,
                  raw_digest: str | None = None, source: str | None = None) -> AddResult:
    """Insert ``article`` unless its key is known; return what happened."""
    key = article_key(article)
    row = conn.execute("SELECT id, duplicate_of FROM articles WHERE key = ?", (key,)).fetchone()
    if row:
        return AddResult(int(row[0]), False, row[1])
    chash = content_hash(article.text)
    sig = signature(article.text)
    duplicate_of = _find_duplicate(conn, chash, sig)
    day = pub_date(article.published)
    counted = 0 if duplicate_of else 1
    cur = conn.execute(
        "INSERT INTO articles (key, url, canonical_url, content_hash, raw_hash, source, source_id, title,"
        " published, pub_date, publisher, country, language, text, document, duplicate_of, run_id, added)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (key, article.url, canonical_url(article.url), chash, raw_digest, source, article.id, article.title,
         article.published, day, article.publisher, country, article.language, article.text,
         json.dumps(article.to_dict(), ensure_ascii=False), duplicate_of, run_id,
         datetime.now(timezone.utc).isoformat(timespec="seconds")),
    )
    article_id = int(cur.lastrowid or 0)
    if sig is not None and duplicate_of is None:
        conn.execute("INSERT INTO article_signatures (article_id, signature) VALUES (?, ?)",
                     (article_id, sig.tobytes()))
        conn.executemany("INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)",
                         [(b, article_id) for b in bands(sig)])
    speaking = {q.speaker for q in article.quotes if q.speaker}
    entity_speakers: dict[str, int | None] = {}
    for entity in article.entities:
        speaker_id = _entity_speaker(conn, entity, country=country, day=day, speaks=entity.id in speaking)
        entity_speakers[entity.id] = speaker_id
        if speaker_id is not None:
            add_aliases(conn, speaker_id, [entity.name, *entity.aliases])
            touch(conn, speaker_id, day)
        ecur = conn.execute("INSERT INTO entities (article_id, local_id, name, type, speaker_id) VALUES (?, ?, ?, ?, ?)",
                            (article_id, entity.id, entity.name, entity.type, speaker_id))
        conn.executemany(
            'INSERT INTO mentions (entity_id, article_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            [(ecur.lastrowid, article_id, m.start, m.end, m.text) for m in entity.mentions],
        )
    if day:
        _learn_roles(conn, article, entity_speakers, country=country, day=day)
    counts: dict[int, int] = {}
    quote_speakers: list[tuple[int, int, int]] = []
    # Quote ids are given here, not by SQLite, because the search key is made from them.
    next_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]) + 1
    days = day_number(day)
    pkey = publisher_key(article.publisher)
    for position, quote in enumerate(article.quotes):
        speaker_id = _quote_speaker(conn, quote, entity_speakers, country=country, day=day)
        if speaker_id is not None:
            counts[speaker_id] = counts.get(speaker_id, 0) + counted
            touch(conn, speaker_id, day)
            quote_speakers.append((speaker_id, quote.content.start, quote.content.end))
        quote_id = next_id + position
        conn.execute(
            'INSERT INTO quotes (id, article_id, position, kind, content, start, "end", cue, speaker_mention,'
            " speaker_name, speaker_id, resolution, confidence, pub_date, publisher, counted, sort_key,"
            " publisher_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (quote_id, article_id, position, quote.kind, quote.said(), quote.content.start, quote.content.end,
             quote.cue.text if quote.cue else None,
             quote.speaker_mention.text if quote.speaker_mention else None,
             quote.speaker_name, speaker_id, quote.resolution, quote.confidence, day, article.publisher, counted,
             sort_key(days, quote_id), pkey),
        )
    if counted:
        _count_entities(conn, article_id, quote_speakers)
        if day:
            conn.executemany(
                "INSERT INTO speaker_weeks (speaker_id, week, n) VALUES (?, ?, ?)"
                " ON CONFLICT (speaker_id, week) DO UPDATE SET n = n + excluded.n",
                [(sid, week_of(day), n) for sid, n in sorted(counts.items()) if n])
    conn.executemany("UPDATE speakers SET quote_count = quote_count + ? WHERE id = ?",
                     [(n, sid) for sid, n in counts.items() if n])
    conn.execute("UPDATE articles SET quote_count = ? WHERE id = ?", (len(article.quotes), article_id))
    return AddResult(article_id, True, duplicate_of)
