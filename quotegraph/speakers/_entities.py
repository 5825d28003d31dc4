"""The article's entities: NER mentions cleaned up and merged into canonical people and organisations."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan

from ..article import Entity, Span
from ._country import country_names, is_outlet
from ._data import read_table
from ._names import PersonName, first_name_gender, parse_name, strip_possessive, title_info

__all__ = ["Mention", "Cluster", "EntityTable", "build_entities", "KINDS"]

KINDS = ("PERSON", "ORG", "GPE", "NORP")
_ORG_WORDS = frozenset(
    "campaign committee party administration department ministry agency bureau office council "
    "commission foundation institute university college company corporation corp inc group "
    "association union league network news times post journal tribune herald press bank fund "
    "court house senate congress parliament government police army navy service board center centre".split()
)
_HONORIFIC_LEAD = frozenset("mr mrs ms miss sir dame lord lady dr sen rep gov".split())
_ORG_STOP = frozenset("of the and for & on in".split())


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
            return self.fixed_name
        if self.full_forms:
            return _fullest(self.full_forms)
        return max(self.forms, key=lambda f: (self.forms[f], len(f), f)) if self.forms else ""


    @property
    def start(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 1 << 60


def _fullest(forms: Counter[str]) -> str:
    """The fullest form, leaving out a middle name the article also drops ("Hillary Rodham Clinton")."""
    best = max(forms, key=lambda f: (len(f.split()), forms[f], f))
    words = best.split()
    if len(words) > 2:
        shorter = [f for f in forms if len(f.split()) < len(words)]
        for f in shorter:
            fw = f.split()
            if fw[0] == words[0] and fw[-1] == words[-1] and not any(len(w.rstrip(".")) == 1 for w in words[1:-1]):
                return max(shorter, key=lambda s: (forms[s], len(s)))
    return best


def _org_key(text: str) -> str:
    t = strip_possessive(text).strip(" ,.;:\"'“”‘’")
    t = re.sub(r"^(the|The|THE)\s+", "", t)
    return " ".join(t.lower().split())


def _org_display(text: str, at_sentence_start: bool) -> str:
    t = " ".join(strip_possessive(text).strip(" ,.;:\"'“”‘’").split())
    # "the FBI" → "FBI"; "The Washington Post" mid-sentence keeps its "The".
    if t[:4].lower() == "the " and (t[:4] == "the " or at_sentence_start):
        t = t[4:]
    return " ".join(t.split())


def _acronym(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _ORG_STOP and w[:1].isalpha())


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

    def find_org(self, name: str) -> Cluster | None:
        key = _org_key(name)
        for c in self.clusters:
            if c.kind == "ORG" and (_org_key(c.name) == key or any(_org_key(f) == key for f in c.forms)):
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


def _trim(doc: Doc, span: SpacySpan) -> tuple[int, int]:
    """Character span of an entity without a trailing possessive or punctuation."""
    end = span.end
    while end > span.start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s", "'", "’")
                                    or doc[end - 1].is_punct):
        end -= 1
    start = span.start
    while start < end - 1 and (doc[start].is_punct or doc[start].text in ("'", "’")):
        start += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


_BYLINE = re.compile(r"(?:^|\n)[ \t]*(?:[Bb]y|BY)[ \t]+$")


def _is_byline(text: str, start: int) -> bool:
    return bool(_BYLINE.search(text[max(0, start - 12):start]))


def _subject(span: SpacySpan) -> tuple[bool, bool]:
    """Whether the mention is a subject, and whether of the sentence's main verb."""
    root = span.root
    while root.dep_ in ("compound", "flat", "appos") and root.head.i != root.i:
        root = root.head
    is_subj = root.dep_ in ("nsubj", "nsubjpass")
    return is_subj, is_subj and root.head.dep_ == "ROOT"


def _raw_mentions(doc: Doc, extra: Iterable[tuple[int, int]]) -> list[tuple[int, int, str, SpacySpan]]:
    """NER mentions of the four kinds, plus honorific + name runs the NER missed and proper-noun speakers."""
    out: list[tuple[int, int, str, SpacySpan]] = []
    covered = [False] * len(doc)
    for ent in doc.ents:
        label = ent.label_
        if is_outlet(strip_possessive(ent.text)):
            label = "ORG"  # the NER reads some outlets as people or works ("Politico", "The Hill")
        if label not in KINDS:
            continue
        s, e = _trim(doc, ent)
        if e <= s:
            continue
        span = doc.char_span(s, e, alignment_mode="expand") or ent
        if label == "PERSON":
            # "Injecting Clinton": the NER took in a word that is neither name nor title.
            k = span.start
            while k < span.end - 1 and title_info(doc[k].text) is None and (
                    doc[k].pos_ in ("VERB", "ADP", "DET", "PRON", "ADV", "AUX")
                    or (doc[k].is_sent_start and doc[k].lower_.endswith("ing"))):  # "Injecting Clinton"
                k += 1
            if k > span.start:
                span = doc[k:span.end]
                s = span.start_char
        # The NER takes in a preceding honorific sometimes and leaves it out other times.
        if label == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in _HONORIFIC_LEAD:
            s = doc[ent.start - 1].idx
        out.append((s, e, label, span))
        for t in ent:
            covered[t.i] = True
    for tok in doc:
        if tok.lower_.rstrip(".") in _HONORIFIC_LEAD and tok.i + 1 < len(doc) and not covered[tok.i + 1]:
            j = tok.i + 1
            while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and not covered[j]:
                j += 1
            if j > tok.i + 1:
                span = doc[tok.i:j]
                out.append((span.start_char, span.end_char, "PERSON", span))
                for t in span:
                    covered[t.i] = True
    for s, e in extra:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        # The proper-noun run the mention ends in ("Cruz constituent Dan Golvach" → "Dan Golvach").
        root = span.root
        if covered[root.i] or root.pos_ != "PROPN" or not root.text[:1].isupper():
            continue
        i = root.i
        while i - 1 >= span.start and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() \
                and not covered[i - 1]:
            i -= 1
        run = doc[i:root.i + 1]
        words = [t.lower_ for t in run]
        if len(run) == 1 and run.text.isalpha() and (run.text.isupper() or not run.text[1:].islower()):
            kind = "ORG"  # "DNC", "PolitiFact": an acronym or brand, not a transcript name (those come from the NER)
        elif any(w in _ORG_WORDS for w in words) or is_outlet(run.text):
            kind = "ORG"
        else:
            kind = "PERSON"
        ts, te = _trim(doc, run)
        out.append((ts, te, kind, run))
        for t in run:
            covered[t.i] = True
    return out


def build_entities(doc: Doc, extra: Iterable[tuple[int, int]] = ()) -> EntityTable:
    """Cluster the document's PERSON/ORG/GPE/NORP mentions into entities.

    ``extra`` are speaker mentions from the quote finder; a proper-noun one the
    NER missed becomes a PERSON (or ORG) mention.
    """
    table = EntityTable(doc)
    full_text = table.text
    raw = sorted(_raw_mentions(doc, extra), key=lambda r: r[0])
    # Person name words, so that "Trump" tagged ORG or GPE here and PERSON there reads as a person.
    person_keys: set[str] = set()
    for s, e, kind, _ in raw:
        if kind == "PERSON":
            p = parse_name(full_text[s:e])
            if p and p.last:
                person_keys.add(p.last_key)
                person_keys.add(p.full.lower())
                if p.first:
                    person_keys.add(p.first_key)
    mentions: list[Mention] = []
    for s, e, kind, span in raw:
        text = full_text[s:e]
        key = _org_key(text)
        # "Trump" tagged ORG: a person the article (or the office-holder table) names.
        if kind != "PERSON" and (key in person_keys or _known_people().get(key)) \
                and not any(w in _ORG_WORDS for w in key.split()):
            kind = "PERSON"
        subj, main = _subject(span)
        m = Mention(s, e, kind, text, table.sent_of(s), subject=subj, main_subject=main,
                    byline=kind == "PERSON" and _is_byline(full_text, s))
        if kind == "PERSON":
            m.name = parse_name(text)
            if m.name is None:
                continue
            m.how = "name" if m.name.has_full else "partial"
        mentions.append(m)
    org_keys = {_org_key(m.text) for m in mentions if m.kind == "ORG"}
    org_acronyms = {_acronym(k) for k in org_keys if len(k.split()) > 1}
    for m in mentions:
        # "NRA" tagged GPE beside "the National Rifle Association".
        key = _org_key(m.text)
        if m.kind in ("GPE", "NORP") and m.text.isupper() and (key in org_keys or key in org_acronyms):
            m.kind = "ORG"
    table.mentions = mentions
    _cluster_people(table, [m for m in mentions if m.kind == "PERSON"])
    _cluster_orgs(table, [m for m in mentions if m.kind == "ORG"], doc)
    _cluster_places(table, [m for m in mentions if m.kind in ("GPE", "NORP")])
    table.mentions = [m for m in mentions if m.cluster is not None]
    table._index()
    return table


def _compatible_first(a: str, b: str) -> bool:
    if not a or not b:
        return True
    if a == b:
        return True
    a, b = a.rstrip("."), b.rstrip(".")
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _gender_ok(c: Cluster, g: str | None) -> bool:
    return g is None or c.gender is None or c.gender == g


def _join(c: Cluster, m: Mention) -> None:
    p = m.name
    assert p is not None
    m.cluster = c
    c.mentions.append(m)
    c.forms[p.full] += 1
    if p.has_full:
        c.full_forms[p.full] += 1
        c.first = c.first or p.first_key
        c.last_full = m.start
    if c.gender is None and p.gender:
        c.gender = p.gender


def _cluster_people(table: EntityTable, mentions: list[Mention]) -> None:
    by_last: dict[str, list[Cluster]] = {}
    people: list[Cluster] = []
    pending: list[Mention] = []  # single words seen before any full name that could own them

    def new(p: PersonName) -> Cluster:
        c = Cluster(kind="PERSON", last=p.last_key, suffix=p.suffix_key,
                    first=p.first_key if p.has_full else "")
        people.append(c)
        by_last.setdefault(c.last, []).append(c)
        return c

    for m in mentions:
        p = m.name
        assert p is not None
        same = [c for c in by_last.get(p.last_key, []) if c.suffix == p.suffix_key and _gender_ok(c, p.gender)]
        if p.has_full:
            fits = [c for c in same if _compatible_first(c.first, p.first_key)]
            fits.sort(key=lambda c: (bool(c.first), c.last_full))
            c = fits[-1] if fits else new(p)
            _join(c, m)
            continue
        if not same and not p.suffix_key:
            # "Trump" after only "Donald Trump Jr." still means the same family name.
            same = [c for c in by_last.get(p.last_key, []) if _gender_ok(c, p.gender)]
        if same:
            # A bare surname goes to the person whose full name was used most recently.
            _join(max(same, key=lambda c: (c.last_full, len(c.mentions))), m)
            continue
        given = [c for c in people if c.first == p.last_key and _gender_ok(c, p.gender)]
        if given:  # "Hillary", "Sir Keir": a first name alone
            _join(max(given, key=lambda c: c.last_full), m)
            continue
        pending.append(m)
        _join(new(p), m)
    # A surname-only cluster met before the full name: fold it into the one full-name owner.
    for c in list(people):
        if c.first or not c.mentions:
            continue
        owners = [o for o in by_last.get(c.last, []) if o is not c and o.first and o.suffix == c.suffix
                  and _gender_ok(o, c.gender)]
        if not owners:
            owners = [o for o in people if o.first == c.last and o.first and _gender_ok(o, c.gender)]
        if len(owners) == 1:
            o = owners[0]
            for m in c.mentions:
                _join(o, m)
            c.mentions.clear()
            c.forms.clear()
    # A name the NER caught only in part: find the full form in the text ("Melanie" → "Melanie Austin").
    for c in people:
        if c.mentions and not c.first and not c.full_forms:
            _complete_from_text(table, c)
    # A surname the article never completes, shared by exactly one known office holder: "Obama".
    known = _known_people()
    for c in people:
        if c.mentions and not c.first and not c.full_forms and c.last in known:
            full = known[c.last]
            if full:
                c.fixed_name = full
                p = parse_name(full)
                if p is not None:
                    c.first = p.first_key
    table.clusters.extend(c for c in people if c.mentions)


_CAP = r"[A-Z][a-zA-Z'’.-]+"


def _complete_from_text(table: EntityTable, c: Cluster) -> None:
    word = next(iter(c.forms)).split()[-1] if c.forms else ""
    if len(word) < 3 or not word[:1].isupper():
        return
    text = table.text
    as_first = first_name_gender(word)
    if as_first:
        m = re.search(rf"\b{re.escape(word)}\s+({_CAP})\b", text)
        if m and m.group(1).lower() not in _ORG_STOP and title_info(m.group(1)) is None:
            c.first, c.last = word.lower(), m.group(1).lower()
            c.full_forms[f"{word} {m.group(1)}"] += 1
            c.gender = c.gender or as_first
            return
    for m in re.finditer(rf"\b({_CAP})\s+{re.escape(word)}\b", text, flags=re.IGNORECASE):
        first = m.group(1)
        if first_name_gender(first) and title_info(first) is None:
            c.first = first.lower()
            c.full_forms[f"{first} {word.capitalize() if word.isupper() else word}"] += 1
            c.gender = c.gender or first_name_gender(first)
            return


@lru_cache(maxsize=1)
def _known_people() -> dict[str, str | None]:
    """Surname → full name for the seed table's office holders (``None`` when two share it)."""
    out: dict[str, str | None] = {}
    for row in read_table("office_holders.tsv"):
        p = parse_name(row["name"])
        if p is None or not p.has_full:
            continue
        key = p.last_key
        out[key] = row["name"] if out.get(key, row["name"]) == row["name"] else None
    return out


def _cluster_orgs(table: EntityTable, mentions: list[Mention], doc: Doc) -> None:
    by_key: dict[str, Cluster] = {}
    for m in mentions:
        key = _org_key(m.text)
        if not key:
            continue
        c = by_key.get(key)
        if c is None:
            c = by_key[key] = Cluster(kind="ORG")
        m.cluster = c
        c.mentions.append(m)
        c.forms[_org_display(m.text, m.start in table.sent_starts)] += 1
    # Short forms join the long form the article uses: "The Post" → "The Washington Post", "FBI".
    keys = sorted(by_key, key=lambda k: -len(k))
    for short in sorted(by_key, key=len):
        longer = [k for k in keys if len(k) > len(short) and (k.endswith(" " + short) or
                  (short.isalpha() and len(short) >= 2 and _acronym(k) == short))]
        if not longer:
            continue
        owners = {id(by_key[k]): by_key[k] for k in longer}
        if len(owners) != 1:
            continue
        owner, c = next(iter(owners.values())), by_key[short]
        if owner is c:
            continue
        acronym = _acronym(longer[0]) == short
        for m in c.mentions:
            m.cluster = owner
            owner.mentions.append(m)
        if acronym:
            owner.forms.update(c.forms)
        else:
            owner.full_forms.update(owner.forms)
            owner.forms.update(c.forms)
        by_key[short] = owner
        c.mentions.clear()
    seen: set[int] = set()
    for c in by_key.values():
        if id(c) not in seen and c.mentions:
            seen.add(id(c))
            if c.full_forms:
                c.fixed_name = max(c.full_forms, key=lambda f: (len(f), c.full_forms[f]))
            else:
                c.fixed_name = max(c.forms, key=lambda f: (c.forms[f], f.isupper(), len(f)))
            table.clusters.append(c)


def _cluster_places(table: EntityTable, mentions: list[Mention]) -> None:
    names = country_names()
    by_key: dict[tuple[str, str], Cluster] = {}
    for m in mentions:
        low = _org_key(m.text)
        if m.kind == "GPE":
            key = names.get(low) or names.get(low + ".") or low
        else:
            key = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
        c = by_key.get((m.kind, key))
        if c is None:
            c = by_key[(m.kind, key)] = Cluster(kind=m.kind)
            table.clusters.append(c)
        m.cluster = c
        c.mentions.append(m)
        c.forms[_org_display(m.text, True)] += 1
    for c in by_key.values():
        if c.kind == "GPE":
            c.fixed_name = max(c.forms, key=lambda f: (len(f), c.forms[f]))
        else:
            c.fixed_name = max(c.forms, key=lambda f: (c.forms[f], f))
