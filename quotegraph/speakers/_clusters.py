"""Merging mentions into entities: name parts, surnames, short forms and acronyms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import OSA
from spacy.tokens import Doc

from ._country import country_names
from ._lexicon import MONTHS, ORG_ROLE_HEADS, PERSONAL
from ._data import read_map, read_table
from ._names import PersonName, first_name_gender, is_initial, name_key, parse_name, strip_possessive, title_info
from ._roles import titled_holder
from ._table import ORG_STOP, Cluster, EntityTable, Mention, acronym, org_display, org_key

__all__ = ["ORG_WORDS", "cluster_people", "cluster_orgs", "cluster_places", "known_people", "without_middle_initials"]

#: Words that make a name an organisation's ("Trump campaign", "Fox News").
ORG_WORDS = frozenset(
    "campaign committee party administration department ministry agency bureau office council "
    "commission foundation institute university college company corporation corp inc group "
    "association union league network news times post journal tribune herald press bank fund "
    "court house senate congress parliament government police army navy service board center centre "
    "coalition alliance caucus council federation poll survey pac".split()
)


def _compatible_first(a: str, b: str) -> bool:
    if not a or not b:
        return True
    if a == b:
        return True
    a, b = a.rstrip("."), b.rstrip(".")
    if (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True  # an initial: "J. Smith"
    short = _nicknames()
    return b in short.get(a, ()) or a in short.get(b, ())  # "Mike" and "Michael"


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, frozenset[str]]:
    return {r["short"]: frozenset(r["full"].split(",")) for r in read_table("nicknames.tsv")}


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


def cluster_people(table: EntityTable, mentions: list[Mention], *, published: str | None = None,
                   country: str | None = None) -> None:
    """Merge person mentions into people; ``published`` (ISO date) names who held office then, and with
    ``country`` a title before a bare surname names the office holder ("President Clinton" in 2016)."""
    in_office = office_holders_near(published) if published else {}
    by_last: dict[str, list[Cluster]] = {}
    people: list[Cluster] = []
    pending: list[Mention] = []  # single words seen before any full name that could own them
    titled_off: set[int] = set()  # bare surnames a title before them gave to its holder ("President Clinton")

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
            if not fits and not p.middle and _double_surname(p.full):
                # "Wasserman Schultz" after "Debbie Wasserman Schultz": a double surname, not a first name
                tail = p.full.lower()
                fits = [c for c in same if any(_owns_surname(f, tail) for f in c.full_forms)]
            fits.sort(key=lambda c: (bool(c.first), c.last_full))
            c = fits[-1] if fits else new(p)
            _join(c, m)
            continue
        titled = _titled(table.text, m, p, country, published) if not p.suffix_key else None
        if titled is not None:
            # "President Clinton" beside Hillary Clinton in 2016: Bill Clinton, named or not
            key = name_key(titled)
            owner = next((c for c in by_last.get(p.last_key, []) if name_key(_full_name(c) or c.fixed_name or "")
                          == key), None)
            if owner is None:
                parts = parse_name(titled)
                assert parts is not None
                owner = new(parts)
                owner.fixed_name = titled
                owner.gender = parts.gender
            _join(owner, m)
            titled_off.add(m.start)
            continue
        if not p.suffix_key:
            # A bare "Trump" may be Donald Trump Jr. as much as anyone of the name ("Bozell" for Brent
            # Bozell III beside his father): who it is, is decided below.
            gender = p.gender or _reflexive_gender(table.text, m.end)  # "Clinton herself"
            same = [c for c in by_last.get(p.last_key, []) if _gender_ok(c, gender)]
        if len(same) > 1 and _clause_subject(table.doc, m):
            # The subject goes on: "Bill Clinton met voters … and Clinton said" is Bill Clinton
            # though the article is about his wife: the last of the name to be a sentence's subject under
            # the full name or the bare surname ("President Clinton" is the title's holder and "Walter" one
            # set apart by the first name; "Her husband, Walter Brandt, came" has the husband for subject).
            recent = [(x.start, c) for c in same for x in c.mentions
                      if x.main_subject and x.start < m.start and x.sent >= m.sent - _FOCUS_SENTENCES
                      and x.name is not None and (x.name.has_full or x.name.last_key == p.last_key
                                                  and not x.name.title and x.start not in titled_off)
                      and _clause_subject(table.doc, x)]
            if recent:
                _join(max(recent, key=lambda r: r[0])[1], m)
                continue
        if same:
            # A bare surname goes to the office holder of that name ("Trump" beside "Eric
            # Trump"), else to the person the article is about: the one most often a
            # subject ("Patricia Smith, mother of Sean Smith, said"), then most often named.
            famous = in_office.get(p.last_key) if len(same) > 1 else None
            _join(max(same, key=lambda c: (bool(famous) and _full_name(c) == famous,
                                           sum(x.subject for x in c.mentions), len(c.mentions), c.last_full)), m)
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
        if not owners:  # "Ms. Acosta" after "Melba Acosta Febo": the first of two surnames
            owners = [o for o in people if o is not c and o.first and _gender_ok(o, c.gender)
                      and any(_first_surname(f) == c.last for f in o.full_forms)]
        if len(owners) == 1:
            o = owners[0]
            for m in c.mentions:
                _join(o, m)
            c.mentions.clear()
            c.forms.clear()
    # "Wasserman Schultz" met before "Debbie Wasserman Schultz": a double surname joins its owner.
    for c in list(people):
        if not c.mentions or not c.full_forms or not all(_double_surname(f) for f in c.full_forms):
            continue
        tails = {f.lower() for f in c.full_forms}
        owners = [o for o in by_last.get(c.last, []) if o is not c and o.mentions
                  and any(_owns_surname(f, t) for f in o.full_forms for t in tails)]
        if len(owners) == 1:
            for m in c.mentions:
                _join(owners[0], m)
            c.mentions.clear()
            c.forms.clear()
            c.full_forms.clear()
    # A name the NER caught only in part: find the full form in the text ("Melanie" → "Melanie Austin").
    pairs: tuple[dict[str, str], dict[str, str]] | None = None
    for c in people:
        if c.mentions and not c.first and not c.full_forms:
            pairs = pairs or _capitalised_pairs(table.text)
            _complete_from_text(table, c, pairs)
    # A surname the article never completes, shared by exactly one known office holder: "Obama".
    known = known_people()
    for c in people:
        if c.mentions and not c.first and not c.full_forms and (in_office.get(c.last) or known.get(c.last)):
            full = in_office.get(c.last) or known[c.last]
            assert full is not None
            c.fixed_name = full
            p = parse_name(full)
            if p is not None:
                c.first = p.first_key
                c.gender = c.gender or p.gender  # "Obama" is Barack Obama: "she" is someone else
    # A relative's first name alone that makes a known office holder's name with the surname of someone the
    # article names: "Clinton's husband, Bill" → Bill Clinton.
    surnames = {c.last for c in people if c.mentions and c.first}
    for c in people:
        if c.mentions and not c.first and not c.full_forms and not c.fixed_name and first_name_gender(c.last) \
                and any(_KIN_BEFORE.search(table.text, max(0, m.start - 30), m.start) for m in c.mentions):
            found = {row["name"] for row, q in _table_names() if q.first_key == c.last and q.last_key in surnames}
            if len(found) == 1:
                c.fixed_name = found.pop()
                c.first = c.last
                c.gender = c.gender or first_name_gender(c.first)
    # A known office holder goes by the usual name: "Paul D. Ryan" → "Paul Ryan", "Lawrence Summers" →
    # "Larry Summers", so one person has one name whatever an outlet's house style.
    for c in people:
        if c.mentions and c.full_forms and not c.fixed_name:
            usual = usual_name(c.name, published)
            if usual is not None and name_key(usual) == name_key(c.name):
                usual = c.name  # "Erdogan" for "Erdoğan": the article's own spelling of the same name stays
            c.fixed_name = usual or known_spelling(c.name, published) or without_middle_initials(c.name)
    table.clusters.extend(c for c in people if c.mentions)


#: Sentences back the subject of one of a surname keeps a bare surname that is a subject too.
_FOCUS_SENTENCES = 3
_REFLEXIVE = re.compile(r"\s+(herself|himself)\b")


def _reflexive_gender(text: str, end: int) -> str | None:
    """ "Clinton herself": the gender the reflexive after a name gives."""
    found = _REFLEXIVE.match(text, end)
    return PERSONAL[found.group(1)] if found is not None else None


def _clause_subject(doc: Doc, m: Mention) -> bool:
    """Whether the mention is the subject of the sentence's main verb or of one coordinated with it
    ("a fan waved a sign and Clinton said"), not of a clause inside ("who until Sanders ran")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    verb = root.head
    return root.dep_ == "nsubj" and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


#: A family word just before a first name: "Clinton's husband, Bill", "his son Eric".
_KIN_BEFORE = re.compile(r"\b(?:husband|wife|son|daughter|brother|sister|father|mother),?\s+\Z")
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
#: Up to four words before a name on its line: where a title the NER left out stands ("former President").
_WORDS_BEFORE = re.compile(r"((?:[\w.'’-]+ ){1,4})$")


def _titled(text: str, m: Mention, p: PersonName, country: str | None, published: str | None) -> str | None:
    """The office holder a bare surname's title names, in the mention ("President Clinton") or just before
    it ("former President [Bush]"), by the seed table; ``None`` for no such title."""
    if p.has_full or not country or not published:
        return None
    before = _WORDS_BEFORE.search(text, max(0, m.start - 60), m.start)
    words = before.group(1).split() if before is not None else []
    if p.title:  # in the mention: "President Clinton", "a President Clinton"
        lead = m.text.split()[0]
        titles = [(p.title, lead if lead.lower() in _HYPOTHETICAL else (words[-1] if words else ""))]
    else:  # just before it, the NER having left it out: the longest run of words that names an office
        titles = [(" ".join(words[k:]), words[k - 1] if k else "") for k in range(len(words))]
    for title, word_before in titles:
        if word_before.lower() in _HYPOTHETICAL:
            continue  # "an agenda a President Clinton could see work": whoever wins, not who held it
        if title[:1].isupper() or title.lower().startswith(("former ", "ex-")):
            found = titled_holder(title, p.last, country, published)
            if found is not None:
                return found
    return None


_HYPOTHETICAL = frozenset({"a", "an", "future", "next"})


def without_middle_initials(full: str) -> str | None:
    """The name without its middle initials ("Paul H. Chipok" → "Paul Chipok"), or ``None`` if it has none.
    A first initial stays ("C. Stewart Verdery Jr."), and so do the names the usual-name table keeps."""
    words = full.split()
    end = len(words) - 1
    while end > 1 and words[end].lower() in _SUFFIXES:
        end -= 1
    middle = words[1:end]
    if end < 2 or is_initial(words[0]) or not middle or not all(is_initial(w) for w in middle):
        return None
    return " ".join([words[0], *words[end:]])


def usual_name(full: str, published: str | None = None) -> str | None:
    """The seed table's name for the office holder ``full`` names, or ``None`` if it names none or several.

    Surname and suffix must agree, the first names be the same, an initial or a short form of each
    other, and middle names agree where both have one; with ``published``, only people in office
    before a year after that date count.
    """
    alias = _usual_names().get(full.lower())
    if alias:
        return alias
    p = parse_name(full)
    if p is None or not p.has_full:
        return None
    parts = _date_parts(published) if published else None
    cutoff = f"{parts[0] + 1}{parts[1] or '-12'}{parts[2] or '-31'}" if parts else None
    found = set()
    for row, q in _table_names_by_surname().get(p.last_key, ()):
        if q.suffix_key != p.suffix_key or (cutoff and row["start"] > cutoff):
            continue
        if not _compatible_first(q.first_key, p.first_key):
            continue
        if q.middle and p.middle and q.middle.replace(" ", "").lower() != p.middle.replace(" ", "").lower():
            continue
        found.add(row["name"])
    return found.pop() if len(found) == 1 else None


def known_spelling(full: str, published: str | None = None) -> str | None:
    """A well-known person's name as the seed tables spell it, when ``full`` is it with one letter of the
    first name wrong, missing, added or swapped: "Rence Priebus" → "Reince Priebus", "Hilary Clinton" →
    "Hillary Clinton". Surnames are left as the article spells them, since foreign ones have several
    spellings ("Zelenskyy", "Zelensky"). ``None`` when no one or several fit; with ``published``, only
    people in office or in the news by a year after that date count."""
    words = full.split()
    if not words or _plain(name_key(strip_possessive(words[-1]))) not in _well_known():
        return None  # no one of the surname (or a suffix last): nothing to check, and no name to parse
    p = parse_name(full)
    if p is None or not p.has_full:
        return None
    parts = _date_parts(published) if published else None
    cutoff = f"{parts[0] + 1}{parts[1] or '-12'}{parts[2] or '-31'}" if parts else None
    first = _plain(p.first_key)
    found = set()
    for start, q_first, q in _well_known().get(_plain(p.last_key), ()):
        if cutoff and start > cutoff or q.suffix_key != p.suffix_key:
            continue
        if q_first == first:
            return None  # the same name: the article's spelling ("Erdogan" for "Erdoğan") is as good
        if _one_slip(first, q_first, 4) and not _other_gender(p.first, q.first):
            found.add(q.full)
    return found.pop() if len(found) == 1 else None


def _other_gender(a: str, b: str) -> bool:
    """Whether two first names are known to be of different genders ("Paula" is not a slip for "Paul")."""
    ga, gb = first_name_gender(a), first_name_gender(b)
    return bool(ga and gb and ga != gb)


def _plain(key: str) -> str:
    """A name key without apostrophes: "O’Malley" and "O'Malley" are one spelling."""
    return key.replace("’", "").replace("'", "")


def _one_slip(a: str, b: str, shortest: int) -> bool:
    """One letter wrong, missing, added or two swapped, in words of ``shortest`` letters or more that begin
    alike; not an "i" for a "y", which is another transliteration ("Sergei", "Sergey")."""
    if min(len(a), len(b)) < shortest or a[:1] != b[:1] or OSA.distance(a, b) != 1:
        return False
    swapped = {frozenset((x, y)) for x, y in zip(a, b) if x != y}
    return not (len(a) == len(b) and swapped == {frozenset("iy")})


@lru_cache(maxsize=1)
def _well_known() -> dict[str, list[tuple[str, str, PersonName]]]:
    """Surname (without apostrophes) → (date from, first name likewise, parsed name) of everyone the seed
    tables name: office holders and news profiles."""
    profiles = ((row, parse_name(row["name"])) for row in read_table("profiles.tsv"))
    out: dict[str, list[tuple[str, str, PersonName]]] = {}
    for row, q in (*_table_names(), *profiles):
        if q is not None and q.has_full:
            out.setdefault(_plain(q.last_key), []).append((row["start"], _plain(q.first_key), q))
    return out


def usual_org_name(name: str) -> str:
    """The shipped table's usual name for an organisation's short name ("the AP" → "Associated Press")."""
    return _org_names().get(org_key(name), name)


def _org_names() -> dict[str, str]:
    return read_map("org_names.tsv", "short", "usual")


def _usual_names() -> dict[str, str]:
    return read_map("usual_names.tsv", "formal", "usual")


@lru_cache(maxsize=1)
def _table_names_by_surname() -> dict[str, list[tuple[dict[str, str], PersonName]]]:
    """The seed table's office holders by surname key."""
    out: dict[str, list[tuple[dict[str, str], PersonName]]] = {}
    for row, q in _table_names():
        out.setdefault(q.last_key, []).append((row, q))
    return out


@lru_cache(maxsize=1)
def _table_names() -> tuple[tuple[dict[str, str], PersonName], ...]:
    out = []
    for row in read_table("office_holders.tsv"):
        q = parse_name(row["name"])
        if q is not None and q.has_full:
            out.append((row, q))
    return tuple(out)


def _date_parts(published: str) -> tuple[int, str | None, str | None] | None:
    """ "2016-05-03" → (2016, "-05", "-03"); month and day are ``None`` when the date leaves them out."""
    m = re.match(r"(\d{4})(-\d\d)?(-\d\d)?", published or "")
    return (int(m.group(1)), m.group(2), m.group(3)) if m else None


def _double_surname(form: str) -> bool:
    """ "Wasserman Schultz": two capitalised words, the first no known first name."""
    words = form.split()
    return len(words) == 2 and not first_name_gender(words[0]) and title_info(words[0]) is None


def _owns_surname(full: str, tail: str) -> bool:
    """ "Debbie Wasserman Schultz" owns "wasserman schultz": a known first name, then the surname."""
    words = full.split()
    return full.lower().endswith(" " + tail) and len(words) == 3 and bool(first_name_gender(words[0]))


@lru_cache(maxsize=4096)
def _first_surname(full: str) -> str | None:
    """The key of the middle word of a three-word name when it is a surname rather than a first name or an
    initial ("Melba Acosta Febo" → "acosta"), else ``None``."""
    p = parse_name(full)
    if p is None or not p.first or not p.middle or " " in p.middle or p.suffix:
        return None
    if is_initial(p.middle) or first_name_gender(p.middle) is not None:
        return None
    return name_key(p.middle)


def _full_name(c: Cluster) -> str:
    return max(c.full_forms, key=lambda f: c.full_forms[f]) if c.full_forms else ""


_PAIR = re.compile(r"\b([A-Z][a-zA-Z'’.-]+)\s+(?=([A-Z][a-zA-Z'’.-]+)\b)")


def _capitalised_pairs(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """For each capitalised word, the first capitalised word after it, and the first known first name before it.

    One pass over the text, so completing many names stays linear in its length.
    """
    after: dict[str, str] = {}
    first_before: dict[str, str] = {}
    for m in _PAIR.finditer(text):
        w1, w2 = m.group(1), m.group(2)
        after.setdefault(w1, w2)
        if first_name_gender(w1) and title_info(w1) is None and w1.lower() not in MONTHS:
            first_before.setdefault(w2.lower(), w1)  # (but "in June Trump said" is no "June Trump")
    return after, first_before


def _complete_from_text(table: EntityTable, c: Cluster, pairs: tuple[dict[str, str], dict[str, str]]) -> None:
    word = next(iter(c.forms)).split()[-1] if c.forms else ""
    if len(word) < 3 or not word[:1].isupper():
        return
    after, first_before = pairs
    as_first = first_name_gender(word)
    nxt = after.get(word)
    if as_first and nxt and nxt.lower() not in ORG_STOP and title_info(nxt) is None:
        c.first, c.last = name_key(word), name_key(nxt)
        c.full_forms[f"{word} {nxt}"] += 1
        c.gender = c.gender or as_first
        return
    first = first_before.get(word.lower())
    if first:
        c.first = name_key(first)
        c.full_forms[f"{first} {word.capitalize() if word.isupper() else word}"] += 1
        c.gender = c.gender or first_name_gender(first)


def _by_surname(rows: Iterable[tuple[dict[str, str], PersonName]]) -> dict[str, str | None]:
    """Surname → full name of the office holders in ``rows`` (``None`` when two share it)."""
    out: dict[str, str | None] = {}
    for row, p in rows:
        out[p.last_key] = row["name"] if out.get(p.last_key, row["name"]) == row["name"] else None
    return out


@lru_cache(maxsize=64)
def office_holders_near(published: str) -> dict[str, str]:
    """Surname → full name of the seed table's office holders within a year of ``published``
    (a surname two of them share is left out)."""
    parts = _date_parts(published)
    if parts is None:
        return {}
    year, rest = parts[0], (parts[1] or "-01") + (parts[2] or "-01")
    lo, hi = f"{year - 1}{rest}", f"{year + 1}{rest}"
    near = _by_surname((row, p) for row, p in _table_names()
                       if row["start"] <= hi and not (row["end"] and row["end"] < lo))
    return {k: v for k, v in near.items() if v}


@lru_cache(maxsize=1)
def known_people() -> dict[str, str | None]:
    """Surname → full name for the seed table's office holders (``None`` when two share it); candidates
    count only near the dates they ran (:func:`office_holders_near`), their surnames being common words."""
    return _by_surname((row, p) for row, p in _table_names() if not row["role"].endswith("_candidate"))


_COUNTRY_PREFIX = re.compile(r"^(?:U\.S\.|US|United States|U\.K\.|UK|British|American)\s+")


#: Words a company's full name adds to the short one it goes by: "Valeant Pharmaceuticals International",
#: "Ford Motor Company", "Acme Holdings Inc."
_CORPORATE_WORDS = frozenset("""
inc inc. incorporated corp corp. corporation co co. company companies ltd ltd. limited llc plc ag sa nv
group holdings holding international industries enterprises technologies technology systems
pharmaceuticals pharmaceutical pharma motor motors airlines airways communications entertainment
""".split())


#: One word after a name that makes the name an institution's without changing whose: "Time Magazine" for
#: "Time", "the Treasury Department" for "Treasury".
_INSTITUTION_WORDS = frozenset("department magazine newspaper university college administration network channel "
                               "media partners publishing".split())


def _company_tail(full: str, short: str) -> bool:
    """Whether ``full`` is ``short`` with only company words after it ("valeant pharmaceuticals international"
    for "valeant", "ford motor company" for "ford") or one institution's word ("time magazine" for "time")."""
    if not full.startswith(short + " "):
        return False
    tail = full[len(short) + 1:].replace(",", " ").split()
    return bool(tail) and (all(w in _CORPORATE_WORDS for w in tail) or len(tail) == 1 and tail[0] in _INSTITUTION_WORDS)


def _purpose_tail(full: str, short: str) -> bool:
    """Whether ``full`` is the body ``short`` with what it is for or of after it: "brennan center for justice"
    for "brennan center", "harbor institute of technology" for "harbor institute"."""
    words = short.split()
    if len(words) < 2 or words[-1] not in ORG_WORDS or not full.startswith(short + " "):
        return False
    return full[len(short) + 1:].split()[0] in ("for", "of", "on")


def _absorb(owner: Cluster, c: Cluster, *, acronym: bool) -> None:
    """Moves the mentions of ``c`` into ``owner``; a form that is not an acronym makes the owner's own forms full."""
    for m in c.mentions:
        m.cluster = owner
        owner.mentions.append(m)
    if acronym:
        owner.forms.update(c.forms)
    else:
        owner.full_forms.update(owner.forms)
        owner.forms.update(c.forms)
    c.mentions.clear()


def cluster_orgs(table: EntityTable, mentions: list[Mention], doc: Doc) -> None:
    by_key: dict[str, Cluster] = {}
    generic: list[Mention] = []
    for m in mentions:
        key = org_key(m.text)
        if not key:
            continue
        if _generic_org(key):
            generic.append(m)
            continue
        c = by_key.get(key)
        if c is None:
            c = by_key[key] = Cluster(kind="ORG")
        m.cluster = c
        c.mentions.append(m)
        c.forms[org_display(m.text, m.start in table.sent_starts)] += 1
    # Short forms join the long form the article uses: "The Post" → "The Washington Post", "FBI".
    keys = sorted(by_key, key=lambda k: -len(k))
    for short in sorted(by_key, key=len):
        longer = [k for k in keys if len(k) > len(short) and (k.endswith(" " + short) and k != "white house" or
                  (short.isalpha() and len(short) >= 2 and acronym(k) == short) or _company_tail(k, short)
                  or _purpose_tail(k, short))]
        if not longer:
            continue
        owners = {id(by_key[k]): by_key[k] for k in longer}
        if len(owners) > 1 and all(_company_tail(k, short) for k in longer):
            # "Valeant Pharmaceuticals International" and "Valeant Pharmaceutical International": one company
            for k in longer[1:]:
                if by_key[k] is not by_key[longer[0]]:
                    _absorb(by_key[longer[0]], by_key[k], acronym=False)
                    by_key[k] = by_key[longer[0]]
            owners = {id(by_key[longer[0]]): by_key[longer[0]]}
        if len(owners) != 1:
            continue
        owner, c = next(iter(owners.values())), by_key[short]
        if owner is c:
            continue
        _absorb(owner, c, acronym=acronym(longer[0]) == short)
        by_key[short] = owner
    for m in generic:
        # "The Super PAC also plans …": the latest organisation before it with that word in its name, no
        # organisation of its own
        head = org_key(m.text).split()[-1]
        named = next((o.cluster for o in sorted(mentions, key=lambda o: -o.start) if o.start < m.start
                      and o.cluster is not None and head in org_key(o.text).split()), None)
        if named is not None:
            m.cluster = named
            named.mentions.append(m)
    seen: set[int] = set()
    usual = _org_names()
    for c in by_key.values():
        if id(c) not in seen and c.mentions:
            seen.add(id(c))
            if c.full_forms:
                c.fixed_name = max(c.full_forms, key=lambda f: (len(f), c.full_forms[f]))
                bare = _COUNTRY_PREFIX.sub("", c.fixed_name)
                if bare != c.fixed_name and any(org_key(f) == org_key(bare) for f in c.forms):
                    c.fixed_name = bare  # "the U.S. State Department", "the State Department": the name without
                    # the country an outlet puts before it
            else:
                c.fixed_name = max(c.forms, key=lambda f: (c.forms[f], f.isupper(), len(f)))
                spelled = [f for f in c.forms if f.isupper() is False and acronym(org_key(f)) == org_key(c.fixed_name)]
                if c.fixed_name.isupper() and spelled and org_key(c.fixed_name) not in usual:
                    # "NRPC" and "the Northern Rivers Policy Council": the spelled-out name
                    c.fixed_name = max(spelled, key=lambda f: (c.forms[f], len(f)))
            c.fixed_name = usual.get(org_key(c.fixed_name), c.fixed_name)  # "the AP" → "Associated Press"
            table.clusters.append(c)


#: Words of an organisation's role noun, which a writer may capitalise without naming anyone ("the Super PAC").
_GENERIC_ORG_WORDS = ORG_ROLE_HEADS | {"super"}


def _generic_org(key: str) -> bool:
    """Whether an organisation's key is only role-noun words: "super pac", "committee" (from "The Super PAC",
    "the Committee"), not "senate" or "congress"."""
    words = key.split()
    return bool(words) and words[-1] != "super" and all(w in _GENERIC_ORG_WORDS for w in words)


def cluster_places(table: EntityTable, mentions: list[Mention]) -> None:
    names = country_names()
    by_key: dict[tuple[str, str], Cluster] = {}
    for m in mentions:
        low = org_key(m.text)
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
        c.forms[org_display(m.text, True)] += 1
    for c in by_key.values():
        if c.kind == "GPE":
            c.fixed_name = max(c.forms, key=lambda f: (len(f), c.forms[f]))
        else:
            c.fixed_name = max(c.forms, key=lambda f: (c.forms[f], f))
