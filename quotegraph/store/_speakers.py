"""One speaker row per person across the corpus: match names, learn roles, resolve role nouns.

A full name ("Sir Keir Starmer") matches the speaker with the same first and
last name; a bare surname ("Starmer") matches only when exactly one person in
the corpus has that surname, so two Johnsons are never merged. Role nouns
("the prime minister") resolve by the article's country and date: first the
shipped table of office holders (:func:`quotegraph.speakers.holder_of`), then
the role table this corpus taught itself ("Prime Minister Keir Starmer").
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from datetime import date as Date

from .. import speakers as speakers_stage
from ._names import ROLE_NOUNS, name_tokens, norm, role_of

__all__ = ["resolve_person", "resolve_named", "resolve_role", "learn_role", "add_aliases",
           "roles_in_text", "bare_role", "is_person_type", "touch"]

_PERSON_TYPES = frozenset({"PERSON", "PER", "person"})
_MAX_ROLE_GAP_DAYS = 730  # a learned holder is trusted this far outside the dates it was seen

_variants = sorted((v for vs in ROLE_NOUNS.values() for v in vs), key=len, reverse=True)
_ROLE_ALT = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _variants)
_ROLE_BEFORE = re.compile(rf"(?<![\w-])(?P<prev>\w+\s+)?(?P<role>{_ROLE_ALT})\s+$", re.IGNORECASE)
_ROLE_IN_MENTION = re.compile(rf"^(?:the\s+)?(?P<role>{_ROLE_ALT})\s+\S", re.IGNORECASE)
# Only bare roles teach the corpus: "the French president" belongs to another country.
_ROLE_AFTER = re.compile(rf"^\s*,\s+(?:the\s+)?(?P<role>{_ROLE_ALT})\b")
_ROLE_ONLY = re.compile(rf"^(?:the\s+)?(?P<role>{_ROLE_ALT})$", re.IGNORECASE)
_PRONOUNS = frozenset("he she they him her them his hers their it its we i you who".split())
_NOT_CURRENT = frozenset({"former", "ex", "late", "then", "future", "deputy", "vice", "shadow"})


def is_person_type(entity_type: str) -> bool:
    return entity_type in _PERSON_TYPES


def _role_match(m: re.Match[str] | None, *, prev: str | None = None) -> str | None:
    if m is None:
        return None
    raw = m.group("role")
    if raw.lower() == "pm" and raw != "PM":  # "5 pm" is a time, not a prime minister
        return None
    if prev:
        word = prev.strip()
        if word.lower().rstrip("-") in _NOT_CURRENT or "'" in word or "’" in word:
            return None
        if word[:1].isupper() and word.lower() != "the":  # "French President X": a qualified role
            return None
    return role_of(raw)


def roles_in_text(text: str, start: int, end: int) -> set[str]:
    """Role nouns attached to the name at ``text[start:end]``: "Prime Minister X", "X, the prime minister"."""
    found: set[str] = set()
    mention = text[start:end]
    m = _ROLE_IN_MENTION.match(mention)
    if m:
        prev_words = text[max(0, start - 20):start].split()
        role = _role_match(m, prev=prev_words[-1] if prev_words else None)
        if role:
            found.add(role)
    before = _ROLE_BEFORE.search(text[max(0, start - 60):start])
    if before:
        role = _role_match(before, prev=before.group("prev"))
        if role:
            found.add(role)
    role = _role_match(_ROLE_AFTER.match(text[end:end + 80]))
    if role:
        found.add(role)
    return found


def bare_role(mention: str) -> str | None:
    """The role a mention names when it is nothing but a role ("the prime minister"), else ``None``."""
    m = _ROLE_ONLY.match(" ".join(mention.split()))
    return _role_match(m) if m else None


def touch(conn: sqlite3.Connection, speaker_id: int, day: str | None) -> None:
    """Widen the speaker's first/last seen dates to include ``day``."""
    if day:
        conn.execute(
            "UPDATE speakers SET first_seen = min(coalesce(first_seen, ?), ?),"
            " last_seen = max(coalesce(last_seen, ?), ?) WHERE id = ?",
            (day, day, day, day, speaker_id),
        )


def add_aliases(conn: sqlite3.Connection, speaker_id: int, aliases: Iterable[str]) -> None:
    """Record the spellings a speaker appears under; role nouns and pronouns are not aliases."""
    for alias in aliases:
        alias = " ".join(alias.split())
        if (not alias or not alias[:1].isupper() or role_of(alias) or len(alias) > 120 or "," in alias
                or _ROLE_IN_MENTION.match(alias) or alias.lower() in _PRONOUNS):
            continue  # "Prime Minister X" and "X, the president" are roles, not names
        key = norm(alias)
        if key:
            conn.execute("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)",
                         (speaker_id, alias, key))


def _create(conn: sqlite3.Connection, name: str, type_: str, key: str, first: str | None,
            last: str | None) -> int:
    cur = conn.execute("INSERT INTO speakers (name, type, key, first, last) VALUES (?, ?, ?, ?, ?)",
                       (name, type_, key, first, last))
    speaker_id = int(cur.lastrowid or 0)
    add_aliases(conn, speaker_id, [name])
    return speaker_id


def resolve_person(conn: sqlite3.Connection, name: str, *, create: bool = True) -> int | None:
    """The corpus speaker for a person's name; ``None`` when it is ambiguous or unusable."""
    tokens = name_tokens(name)
    if not tokens:
        return None
    if len(tokens) == 1:
        return _resolve_surname(conn, name, tokens[0], create=create)
    first, last = tokens[0], tokens[-1]
    key = f"{first} {last}"
    row = conn.execute("SELECT id FROM speakers WHERE type = 'PERSON' AND key = ? ORDER BY id LIMIT 1",
                       (key,)).fetchone()
    if row:
        return int(row[0])
    row = conn.execute(
        "SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
        " WHERE a.norm = ? AND s.type = 'PERSON' AND s.first IS NOT NULL ORDER BY a.speaker_id LIMIT 2",
        (" ".join(tokens),),
    ).fetchall()
    if len(row) == 1:
        return int(row[0][0])
    same_last = conn.execute("SELECT id, first FROM speakers WHERE type = 'PERSON' AND last = ?",
                             (last,)).fetchall()
    named = [(sid, f) for sid, f in same_last if f is not None]
    if len(first) == 1:  # "B. Johnson": only an unambiguous initial matches
        hits = [sid for sid, f in named if f.startswith(first)]
        if len(hits) == 1:
            return int(hits[0])
    bare = [sid for sid, f in same_last if f is None]
    if len(bare) == 1 and not named and len(first) > 1:
        # The surname was seen alone before the full name: this is who it meant.
        conn.execute("UPDATE speakers SET name = ?, key = ?, first = ? WHERE id = ?",
                     (" ".join(name.split()), key, first, bare[0]))
        add_aliases(conn, int(bare[0]), [name])
        return int(bare[0])
    if not create:
        return None
    return _create(conn, " ".join(name.split()), "PERSON", key, first, last)


def _resolve_surname(conn: sqlite3.Connection, name: str, last: str, *, create: bool) -> int | None:
    rows = conn.execute("SELECT id FROM speakers WHERE type = 'PERSON' AND last = ? LIMIT 2",
                        (last,)).fetchall()
    if len(rows) == 1:
        return int(rows[0][0])
    if rows or not create:
        return None  # two people share the surname: never guess between them
    return _create(conn, " ".join(name.split()), "PERSON", last, None, last)


def resolve_named(conn: sqlite3.Connection, name: str, type_: str) -> int | None:
    """The corpus speaker for an organisation or other named non-person speaker."""
    key = norm(name)
    if not key:
        return None
    row = conn.execute("SELECT id FROM speakers WHERE type = ? AND key = ? LIMIT 1", (type_, key)).fetchone()
    if row:
        return int(row[0])
    return _create(conn, " ".join(name.split()), type_, key, None, None)


def learn_role(conn: sqlite3.Connection, role: str, country: str | None, speaker_id: int, day: str) -> None:
    """Record that ``speaker_id`` was called ``role`` in an article of ``country`` on ``day``."""
    conn.execute(
        "INSERT INTO roles (role, country, speaker_id, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (role, country, speaker_id) DO UPDATE SET first_seen = min(first_seen, excluded.first_seen),"
        " last_seen = max(last_seen, excluded.last_seen), seen = seen + 1",
        (role, country or "", speaker_id, day, day),
    )


def _days(a: str, b: str) -> int:
    return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days)


def _holder_of() -> Callable[[str, str, str], str | None] | None:
    fn = getattr(speakers_stage, "holder_of", None)
    return fn if callable(fn) else None


def resolve_role(conn: sqlite3.Connection, role: str, country: str | None, day: str | None, *,
                 phrase: str | None = None) -> int | None:
    """Who held ``role`` in ``country`` on ``day``: the shipped table first, then the learned one.

    ``phrase`` is the mention as written ("the Russian president"), which
    the shipped table reads for a country of its own.
    """
    if not day:
        return None
    holder_of = _holder_of()
    if holder_of is not None and (country or phrase):
        try:
            name = holder_of(phrase or role, country or "", day)
        except Exception:  # a seed-table bug must not lose the article
            name = None
        if name:
            return resolve_person(conn, name)
    rows = conn.execute("SELECT speaker_id, first_seen, last_seen, seen FROM roles WHERE role = ? AND country = ?",
                        (role, country or "")).fetchall()
    covering = [r for r in rows if r[1] <= day <= r[2]]
    if covering:
        # The most recent to take the role before that day, then the most often seen.
        covering.sort(key=lambda r: (r[1], r[3], -r[0]), reverse=True)
        return int(covering[0][0])
    try:
        scored = sorted((min(_days(day, r[1]), _days(day, r[2])), -r[3], r[0]) for r in rows)
    except ValueError:
        return None
    if scored and scored[0][0] <= _MAX_ROLE_GAP_DAYS and (len(scored) == 1 or scored[1][0] != scored[0][0]):
        return int(scored[0][2])
    return None
