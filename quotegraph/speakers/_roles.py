"""Offices and who held them: "the prime minister" in a British article of 2022 → Boris Johnson."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ._country import country_names
from ._data import read_table
from ._lexicon import SYNONYMS

__all__ = ["Office", "parse_office", "holder_of", "past_holders", "titled_holder", "office_key", "contenders_on",
           "CONTENDER_ROLES", "Described", "described"]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
_SPACES = re.compile(r"\s+")
_LEADING = ("the ", "a ", "an ", "current ", "incumbent ")


@dataclass(frozen=True)
class Office:
    """An office named by a role phrase: the office key and the country an adjective gave, if any."""

    role: str
    country: str | None = None


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[str, frozenset[str]]]]:
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for row in read_table("roles.tsv"):
        where = frozenset(c for c in row["countries"].split(",") if c)
        out.setdefault(row["phrase"], []).append((row["role"], where))
    return out


@lru_cache(maxsize=1)
def _holders() -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    out: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for row in read_table("office_holders.tsv"):
        out.setdefault((row["country"], row["role"]), []).append((row["start"], row["end"], row["name"]))
    return out


@lru_cache(maxsize=1)
def _leader_role() -> dict[str, str]:
    return {row["code"]: row["leader"] for row in read_table("countries.tsv")}


@lru_cache(maxsize=1)
def _head_kind() -> dict[str, str]:
    return {row["code"]: row["head"] for row in read_table("countries.tsv")}


@lru_cache(maxsize=1)
def _office_keys() -> frozenset[str]:
    return frozenset({row["role"] for row in read_table("office_holders.tsv")}
                     | {row["role"] for row in read_table("roles.tsv")})


def _clean(text: str) -> str:
    t = _SPACES.sub(" ", text.lower().replace("’", "'")).strip(" ,.;:'\"")
    changed = True
    while changed:
        changed = False
        for lead in _LEADING:
            if t.startswith(lead):
                t, changed = t[len(lead):], True
    return t


def parse_office(text: str) -> Office | None:
    """The office a role phrase names, or ``None``.

    >>> parse_office("the Russian president")
    Office(role='president', country='RU')
    >>> parse_office("the PM")
    Office(role='head_of_government', country=None)
    """
    t = _clean(text)
    phrases = _phrases()
    if t in phrases:
        (key, where), *more = phrases[t]
        # A phrase whose meaning depends on the country is settled by _role_in.
        return Office("?" + t if more or where else key)
    names = country_names()
    # "Russian president", "UK prime minister", "South Korean foreign minister".
    for n in (3, 2, 1):
        words = t.split(" ")
        if len(words) <= n:
            continue
        adj, rest = " ".join(words[:n]), " ".join(words[n:])
        if adj in names and rest in phrases:
            office = parse_office(rest)
            return Office(office.role, names[adj]) if office else None
    # "president of Russia", "prime minister of the UK".
    m = re.match(r"^(.+?) of (?:the )?(.+)$", t)
    if m and m.group(1) in phrases and m.group(2) in names:
        office = parse_office(m.group(1))
        return Office(office.role, names[m.group(2)]) if office else None
    return None


def _role_in(role: str, country: str) -> str | None:
    """The office key ``role`` means in ``country`` (for phrases whose meaning varies)."""
    if role.startswith("?"):  # a phrase with country-specific meanings, e.g. "chancellor"
        choices = _phrases()[role[1:]]
        for key, where in choices:
            if country in where:
                return key
        return next((key for key, where in choices if not where), None)
    if role == "leader":
        return _leader_role().get(country)
    if role in ("president", "monarch"):  # the head of state, if that is what it is called
        return "head_of_state" if _head_kind().get(country) == role else None
    return role


def _day(date: str | None) -> str | None:
    """An ISO date as a full day ("2016" → "2016-01-01"), or ``None`` when it is no date."""
    m = _DATE.match(date or "")
    return m.group(0) + "-01" * (2 - m.group(0).count("-")) if m else None


def holder_of(role: str, country: str, date: str) -> str | None:
    """Who held ``role`` in ``country`` on ``date``, from the shipped seed table, or ``None``.

    ``role`` is an office key (``head_of_government``, ``head_of_state``,
    ``foreign_minister``, ``leader``, ``president``, ``monarch``, …) or a role phrase ("the prime
    minister", "the Russian president"); a country adjective in the phrase
    overrides ``country``. ``date`` is an ISO date (``2025-03-15``; a bare
    year or year-month means its first day). Countries without a prime
    minister (the US) have no ``head_of_government`` rows: "the prime
    minister" of a US article is nobody.

    >>> holder_of("the prime minister", "GB", "2022-06-01")
    'Boris Johnson'
    """
    day = _day(date)
    if day is None:
        return None
    office = Office(role) if role in _office_keys() else parse_office(role)
    if office is None:
        return None
    where = (office.country or country or "").upper()
    key = _role_in(office.role, where)
    if key is None:
        return None
    if key in CONTENDER_ROLES:  # "the Republican candidate": only when one was left running
        names = contenders_on(key, where, date)
        return names[0] if len(names) == 1 else None
    for start, end, name in _holders().get((where, key), ()):
        if start <= day and (not end or day < end):
            return name
    return None


_PAST = ("former ", "ex-", "ex ", "one-time ", "onetime ")


def _followed_office(phrase: str, country: str) -> tuple[bool, list[tuple[str, str, str]]] | None:
    """Whether a role phrase says "former", and the seed table's rows (start, end, name) for the office it
    names; ``None`` for an office the table does not follow or that several hold at once (a party's
    candidates)."""
    t = _clean(phrase)
    lead = next((p for p in _PAST if t.startswith(p)), None)
    office = parse_office(t[len(lead):] if lead else t)
    if office is None:
        return None
    where = (office.country or country or "").upper()
    key = _role_in(office.role, where)
    if key is None or key in CONTENDER_ROLES or (where, key) not in _holders():
        return None
    return lead is not None, _holders()[(where, key)]


def past_holders(role: str, country: str, date: str) -> tuple[str, ...] | None:
    """Everyone the seed table says held the office a "former" role phrase names, and left it before
    ``date``: "the former president" in a US article of 2016 → Jimmy Carter … George W. Bush. ``None``
    when the phrase does not say "former" or names no office the table follows (nor a shared one, such
    as a party's candidates)."""
    day = _day(date)
    found = _followed_office(role, country)
    if day is None or found is None or not found[0]:
        return None
    return tuple(name for start, end, name in found[1] if end and end <= day)


def titled_holder(title: str, surname: str, country: str, date: str) -> str | None:
    """Whom a title before a bare surname names, by the seed table: the holder of that surname in office on
    ``date``, else the latest one before it ("President Clinton" in 2016 → Bill Clinton, "former President
    Bush" → George W. Bush). ``None`` when the title names no office the table follows or nobody of that
    surname held it."""
    day = _day(date)
    found = _followed_office(title, country)
    if day is None or found is None:
        return None
    former, rows = found
    mine = [(start, end, name) for start, end, name in rows
            if name.split()[-1].lower() == surname.lower() and start <= day]
    current = [name for start, end, name in mine if not former and (not end or day < end)]
    if current:
        return current[0]
    past = sorted((end, name) for start, end, name in mine if end and end <= day)
    return past[-1][1] if past else None


#: Offices several people hold at once: the candidates in a party's primaries, then its nominee.
CONTENDER_ROLES = {"republican_candidate": ("republican_candidate", "republican_nominee"),
                   "democratic_candidate": ("democratic_candidate", "democratic_nominee"),
                   # "the presidential candidate": anyone running, of either party
                   "presidential_candidate": ("republican_candidate", "republican_nominee",
                                              "democratic_candidate", "democratic_nominee")}


def contenders_on(role: str, country: str, date: str) -> list[str]:
    """Everyone who held the shared office ``role`` (a key of :data:`CONTENDER_ROLES`) in ``country``
    on ``date``: the party's candidates still running, or its nominee once chosen."""
    day = _day(date)
    if day is None or role not in CONTENDER_ROLES:
        return []
    names = []
    for key in CONTENDER_ROLES[role]:
        for start, end, name in _holders().get((country.upper(), key), ()):
            if start <= day and (not end or day < end) and name not in names:
                names.append(name)
    return names


def office_key(office: Office, country: str) -> tuple[str, str] | None:
    """The office key an :class:`Office` means in ``country`` (its own adjective's country first), with
    that country."""
    where = (office.country or country or "").upper()
    key = _role_in(office.role, where)
    return (key, where) if key is not None else None


# Words of a role phrase that say nothing about whom it describes.
_UNDESCRIPTIVE = frozenset("""
the a an of 's former ex ex- then one-time onetime longtime current new top senior acting interim
candidate candidates nominee hopeful contender frontrunner front-runner front runner presumptive presidential politician
man woman guy person rival challenger opponent incumbent likely eventual apparent outspoken embattled
controversial
""".split())
# Descriptive words many people share: a phrase of these alone cannot single out a profiled person.
_COMMON = frozenset("""
republican democratic independent libertarian green us senator governor congressman congresswoman
representative lawmaker mayor host anchor chairman director leader secretary state minister president chief
executive manager founder doctor physician husband campaign
""".split())


@dataclass(frozen=True)
class Described:
    """Whom the seed profiles say a role phrase fits on a date."""

    fits: tuple[str, ...]


def _norm_words(words: list[str]) -> frozenset[str]:
    return frozenset(SYNONYMS.get(w, w) for w in (w.lower().strip(".,") for w in words) if w)


@lru_cache(maxsize=1)
def _profiles() -> tuple[tuple[str, bool, frozenset[str], str, str], ...]:
    return tuple((row["name"], row["status"] == "former", _norm_words(row["words"].split()), row["start"],
                  row["end"]) for row in read_table("profiles.tsv"))


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    return frozenset(w for _, _, vocab, _, _ in _profiles() for w in vocab)


def described(words: tuple[str, ...], date: str | None) -> Described | None:
    """The profiled people a role phrase fits on ``date``: "the Vermont senator" (2016) → Bernie Sanders.

    ``None`` when the phrase has no word that could single anyone out ("the
    senator", "the Republican"), or there is no date. "Former" words fit only
    a phrase that says "former".
    """
    day = _day(date)
    if day is None:
        return None
    said = _norm_words(list(words))
    # words no profile uses say nothing either way ("the billionaire business mogul")
    wanted = (said - _UNDESCRIPTIVE) & _vocabulary()
    if not wanted - _COMMON:
        return None
    past = bool(said & {"former", "ex", "ex-"})
    known: dict[str, set[str]] = {}
    for name, former, vocab, start, end in _profiles():
        if start <= day and (not end or day < end):
            words_then = known.setdefault(name, set())
            if past or not former:
                words_then |= vocab
    fits = tuple(name for name, vocab in known.items() if wanted <= vocab)
    return Described(fits=fits)
