"""Mentions and clusters of one article, with lookups by position."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from ..article import Entity, Span
from ._names import PersonName, name_key, parse_name, strip_possessive

__all__ = ["Mention", "Cluster", "EntityTable", "KINDS", "ORG_STOP", "org_key", "org_display", "acronym"]

KINDS = ("PERSON", "ORG", "GPE", "NORP")
ORG_STOP = frozenset("of the and for & on in".split())


@dataclass(eq=False)
class Mention:
    """One place the article refers to an entity: character span, kind and parsed name."""

    start: int
    end: int
    kind: str
    text: str
    sent: int
    subject: bool = False
    main_subject: bool = False  # the subject of the sentence's main verb
    byline: bool = False  # "By Jane Doe" on a line of its own: the writer, not a referent
    name: PersonName | None = None
    cluster: Cluster | None = None
    how: str = "name"  # name, partial, role, pronoun


@dataclass(eq=False)
class Cluster:
    """Mentions of one entity, with the name parts that decide what else joins it."""

    kind: str
    first: str = ""
    last: str = ""
    suffix: str = ""
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    forms: Counter[str] = field(default_factory=Counter)
    full_forms: Counter[str] = field(default_factory=Counter)
    fixed_name: str | None = None
    last_full: int = -1  # start of its latest full-name mention

    @property
    def name(self) -> str:
        if self.fixed_name:
            return repair_mojibake(self.fixed_name)
        if self.full_forms:
            return repair_mojibake(_fullest(self.full_forms))
        return repair_mojibake(max(self.forms, key=lambda f: (self.forms[f], len(f), f))) if self.forms else ""


    @property
    def start(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 1 << 60


def _accents(text: str) -> int:
    return sum(1 for ch in text if not ch.isascii() and ch.isalpha())


def _fullest(forms: Counter[str]) -> str:
    """The fullest form, leaving out a middle name the article also drops ("Hillary Rodham Clinton")."""
    best = max(forms, key=lambda f: (len(f.split()), forms[f], len(f), f))
    # the same name with its accents wherever the article writes it so once ("François" over "Francois")
    best = max((f for f in forms if name_key(f) == name_key(best)), key=lambda f: (_accents(f), f == best))
    words = best.split()
    if len(words) > 2:
        shorter = [f for f in forms if len(f.split()) < len(words)]
        for f in shorter:
            fw = f.split()
            if fw[0] == words[0] and fw[-1] == words[-1] and not any(len(w.rstrip(".")) == 1 for w in words[1:-1]):
                return max(shorter, key=lambda s: (forms[s], len(s)))
    return best


#: Lead characters of UTF-8 read as Windows-1252, and the combining marks of their decomposed forms.
_MISREAD = "ÃÂâÅ\u0302\u0303\u030a\u0308"


def repair_mojibake(name: str) -> str:
    """A name whose UTF-8 was read as Windows-1252 somewhere upstream, repaired: "FranÃ§ois" → "François".
    The text keeps its characters (offsets point into it); only the canonical name is repaired."""
    if not any(ch in name for ch in _MISREAD):
        return name  # the common case, checked before any normalising: names are read often
    # some pipelines also decompose the misread letters: "A" + combining tilde for "Ã", " ̈" for "¨"
    raw = unicodedata.normalize("NFC", name.replace(" \u0308", "\u00a8"))
    if not any(ch in raw for ch in "ÃÂâÅ"):
        return name
    for encoding in ("cp1252", "latin-1"):
        try:
            return raw.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
    return name


@lru_cache(maxsize=16384)
def org_key(text: str) -> str:
    t = _undotted(strip_possessive(text)).strip(" ,.;:\"'“”‘’")
    t = re.sub(r"^(the|The|THE|an?|An?)\s+", "", t)
    t = _POLL_SUFFIX.sub("", t)
    return " ".join(t.lower().split())


# "Gallup Poll", "a Pew survey", but not the "U.S. Geological Survey", whose name it is
_POLL_SUFFIX = re.compile(r"(?<=\S)\s+(?:[Pp]oll|POLL|survey|SURVEY)$")


#: An acronym of three letters or more written with full stops: "F.B.I.", "C.I.A" (a final stop cut off).
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}[A-Z](?:\.|(?![\w.]))")


def _undotted(text: str) -> str:
    """ "the F.B.I." → "the FBI": one name, whichever house style the outlet follows ("U.S." keeps its stops)."""
    return _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)


def org_display(text: str, at_sentence_start: bool) -> str:
    t = " ".join(_undotted(strip_possessive(text)).strip(" ,.;:\"'“”‘’").split())
    t = _POLL_SUFFIX.sub("", t)  # "Gallup Poll": the pollster speaks
    # "the FBI" → "FBI"; "The Washington Post" mid-sentence keeps its "The".
    if t[:4].lower() == "the " and (t[:4] == "the " or at_sentence_start):
        t = t[4:]
    elif re.match(r"(?:an?|An?) ", t):  # "an Associated Press-GfK poll"
        t = t.split(" ", 1)[1]
    return " ".join(t.split())


def acronym(key: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", key) if w not in ORG_STOP and w[:1].isalpha())


class EntityTable:
    """Clusters and mentions of one document, with lookups by position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token on each call: read it once
        self.clusters: list[Cluster] = []
        self.mentions: list[Mention] = []
        self._starts: list[int] = []
        self.sent_starts: list[int] = [s.start_char for s in doc.sents]

    # -- positions -------------------------------------------------------------
    def sent_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def _index(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]

    def at(self, start: int, end: int, kinds: Iterable[str] = KINDS) -> Mention | None:
        """The named mention that overlaps ``[start, end)`` most, or ``None``."""
        kinds = tuple(kinds)
        i = bisect.bisect_left(self._starts, start - 200)
        best, best_ov = None, 0
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            ov = min(end, m.end) - max(start, m.start)
            if ov > best_ov and m.kind in kinds and m.how in ("name", "partial"):
                best, best_ov = m, ov
        return best

    def before(self, char: int, kinds: Iterable[str] = KINDS) -> Iterator[Mention]:
        """Mentions that start before ``char``, nearest first."""
        kinds = tuple(kinds)
        i = bisect.bisect_left(self._starts, char)
        for m in reversed(self.mentions[:i]):
            if m.kind in kinds and m.cluster is not None and not m.byline:
                yield m

    def within(self, start: int, end: int, kinds: Iterable[str] = KINDS) -> list[Mention]:
        kinds = tuple(kinds)
        i = bisect.bisect_left(self._starts, start)
        out = []
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end <= end and m.kind in kinds and m.cluster is not None:
                out.append(m)
        return out

    # -- growing ---------------------------------------------------------------
    def add_mention(self, cluster: Cluster, start: int, end: int, how: str) -> Mention:
        """Record that ``[start, end)`` (a role noun, pronoun …) refers to ``cluster``."""
        for m in cluster.mentions:
            if m.start == start and m.end == end:
                return m
        m = Mention(start, end, cluster.kind, self.text[start:end], self.sent_of(start), how=how, cluster=cluster)
        cluster.mentions.append(m)
        i = bisect.bisect_left(self._starts, start)
        self.mentions.insert(i, m)
        self._starts.insert(i, start)
        return m

    def new_cluster(self, kind: str, name: str) -> Cluster:
        c = Cluster(kind=kind, fixed_name=name)
        if kind == "PERSON":
            p = parse_name(name)
            if p:
                c.first, c.last, c.suffix, c.gender = p.first_key, p.last_key, p.suffix_key, p.gender
        self.clusters.append(c)
        return c

    def find_person(self, name: str) -> Cluster | None:
        """The article's cluster for a full name from outside it (a seed-table office holder)."""
        p = parse_name(name)
        if p is None:
            return None
        for c in self.clusters:
            if c.kind == "PERSON" and c.last and c.last == p.last_key and (not c.first or c.first == p.first_key):
                return c
        return None

    def org(self, name: str) -> Cluster:
        """The organisation called ``name``, made if the article has none of that name."""
        return self.find_org(name) or self.new_cluster("ORG", name)

    def find_org(self, name: str) -> Cluster | None:
        key = org_key(name)
        for c in self.clusters:
            if c.kind == "ORG" and (org_key(c.name) == key or any(org_key(f) == key for f in c.forms)):
                return c
        return None

    # -- output ----------------------------------------------------------------
    def to_entities(self) -> tuple[list[Entity], dict[int, str]]:
        """Entities in order of first mention, and each cluster's id (by ``id(cluster)``)."""
        text = self.text
        live = sorted((c for c in self.clusters if c.mentions), key=lambda c: c.start)
        ids: dict[int, str] = {}
        out = []
        for n, c in enumerate(live, 1):
            ids[id(c)] = f"e{n}"
            name = c.name
            mentions = sorted({(m.start, m.end) for m in c.mentions})
            named = {" ".join(strip_possessive(m.text).split()) for m in c.mentions if m.how in ("name", "partial")}
            aliases = sorted(named - {name}, key=lambda a: (text.find(a), a))
            out.append(Entity(id=f"e{n}", name=name, type=c.kind,
                              mentions=[Span(s, e, text[s:e]) for s, e in mentions], aliases=aliases))
        return out, ids
