"""Person names: titles off, possessives off, parts split, gender hints from titles and first names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName

from ._data import read_table

__all__ = ["PersonName", "parse_name", "person_name", "split_title", "first_name_gender", "title_info", "strip_possessive",
           "SUFFIXES", "name_key"]

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
#: Words that open a surname: "Ursula von der Leyen", "Marine Le Pen", "Bill de Blasio".
PARTICLES = frozenset({"von", "van", "der", "den", "de", "la", "le", "du", "da", "del", "della", "di", "dos", "das",
                       "bin", "al", "el", "ter", "ten", "abu", "abou", "ibn"})
#: Last words of titles ("Undersecretary for Political Affairs", "Chief of Staff", "Secretary of State").
_TITLE_TAILS = frozenset("affairs state staff security defense defence justice treasury commerce labor labour "
                         "education energy agriculture transportation interior communications operations "
                         "relations policy elections intelligence homeland development services".split())
#: Words of a local office's name before a first name: "Kent County Recorder Helen Marsh".
_OFFICE_WORDS = frozenset("county city town state district recorder clerk sheriff auditor treasurer assessor "
                          "commissioner supervisor comptroller controller director chief executive".split())
_LEADING_WORDS = frozenset("neither either both nor and but or then when while as if so yet "
                           # a party before a title or name: "GOP Rep McCaul", "Democrat Kim Myers"
                           "gop republican democrat democratic dem".split())
_OPENERS = PARTICLES - {"van", "del", "bin", "al", "el"}  # also first names: "Van Jones", "Al Sharpton"
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_PARENS = re.compile(r"\s*\([^)]*\)?\s*$")
_WORDS = re.compile(r"[^\s,]+")


@lru_cache(maxsize=8192)
def name_key(word: str) -> str:
    """A name part for matching: lower case, without accents, since outlets differ in whether they keep them
    ("François" and "Francois", "Peña" and "Pena" are one name).

    >>> name_key("Peña")
    'pena'
    """
    folded = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()


@dataclass(frozen=True)
class PersonName:
    """A person's name split into parts; ``key`` fields are lower case for matching.

    ``title`` is what came before the name and is not part of it ("Prime
    Minister", "Mrs."); ``gender`` is ``m``/``f`` when the title or the first
    name says so.
    """

    first: str = ""
    middle: str = ""
    last: str = ""
    suffix: str = ""
    title: str = ""
    gender: str | None = None

    @property
    def full(self) -> str:
        """The name without its title: "Keir Starmer", "Donald Trump Jr."."""
        return " ".join(p for p in (self.first, self.middle, self.last, self.suffix) if p)

    @property
    def has_full(self) -> bool:
        return bool(self.first and self.last)

    @property
    def first_key(self) -> str:
        return name_key(self.first).rstrip(".")

    @property
    def last_key(self) -> str:
        return name_key(self.last)

    @property
    def suffix_key(self) -> str:
        return self.suffix.lower().rstrip(".")


@lru_cache(maxsize=1)
def _titles() -> dict[str, tuple[str | None, str]]:
    return {r["title"]: (r["gender"] or None, r["office"]) for r in read_table("titles.tsv")}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    return {r["name"]: r["gender"] for r in read_table("first_names.tsv")}


def title_info(title: str) -> tuple[str | None, str] | None:
    """(gender, office phrase) of a title such as "Mrs." or "Prime Minister", or ``None``."""
    return _titles().get(title.lower().rstrip(".").strip())


def first_name_gender(first: str) -> str | None:
    """``m``/``f`` for a common first name, else ``None``."""
    return _first_names().get(first.lower().rstrip("."))


def strip_possessive(text: str) -> str:
    """ "Trump's" → "Trump"; "Mr. Jones'" → "Mr. Jones"."""
    return _POSSESSIVE.sub("", text.strip())


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading title words and the rest: ["Prime", "Minister", "Keir", "Starmer"] → (["Prime", "Minister"], [...])."""
    titles = _titles()
    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            # After one title, a title word that would leave nothing is the name: "Mr. King", "Judge Judge".
            if i + n <= len(words) and " ".join(words[i:i + n]).lower().rstrip(".") in titles \
                    and not (i > 0 and i + n == len(words)):
                i += n
                break
        else:
            # Lower-case words before a name are descriptions the NER took in ("former"),
            # but a particle starts the surname ("de Blasio").
            if i + 1 < len(words) and (words[i][:1].islower() and words[i] not in PARTICLES
                                       or words[i].lower() in _LEADING_WORDS):  # "Neither Cruz"
                i += 1
                continue
            break
    return words[:i], words[i:]


@lru_cache(maxsize=8192)
def parse_name(text: str) -> PersonName | None:
    """Split a person mention into title, first, middle, last and suffix, or ``None`` if nothing is left.

    A single word is taken as a surname ("Starmer", "Mr Starmer"); a first name
    alone is recognised later, against the article's full names.
    """
    # "Secretary [Hillary] Clinton": an editor's brackets are not part of the name
    text = _PARENS.sub("", strip_possessive(text)).replace("[", "").replace("]", "").strip(" ,;:")
    words = _WORDS.findall(text)
    if any(len(w) > 10 and sum(ch.isupper() for ch in w[1:]) >= 3 for w in words):
        return None  # page furniture glued to a name: "FlagShareLikeReplySara Bondioli"
    title_words, rest = split_title(words)
    if not rest:
        return None
    gender = None
    for w in title_words:
        info = title_info(w)
        if info and info[0]:
            gender = info[0]
    title = " ".join(title_words)
    suffix = ""
    if len(rest) > 1 and rest[-1].lower().rstrip(".") in SUFFIXES:
        suffix, rest = rest[-1], rest[:-1]
    rest = [_titlecase(w) for w in rest]
    while len(rest) >= 3 and rest[0].lower() in _TITLE_TAILS and first_name_gender(rest[1]):
        rest = rest[1:]  # "Political Affairs Wendy Sherman": the end of a title the NER took in
    if len(rest) >= 3 and not first_name_gender(rest[0]) and not is_initial(rest[0]):
        # "Dorset Mayor Ada Quinlan", "Kent County Recorder Ada Quinlan": a place and a title the NER took in,
        # before the first name
        k = next((i for i in range(1, len(rest) - 1) if first_name_gender(rest[i])), None)
        if k is not None and all(w[:1].isupper() and not is_initial(w) for w in rest[:k]) and any(
                title_info(w) is not None or w.lower() in _TITLE_TAILS or w.lower() in _OFFICE_WORDS
                for w in rest[:k]):
            title = " ".join([*title_words, *rest[:k]])
            gender = gender or next((info[0] for info in map(title_info, rest[:k]) if info and info[0]), None)
            rest = rest[k:]
    if len(rest) == 2 and (rest[0] in PARTICLES or rest[0].lower() in _OPENERS) and not first_name_gender(rest[0]):
        rest = [" ".join(rest)]  # "Le Pen", "de Blasio": a surname alone
    if len(rest) == 1:
        return PersonName(last=rest[0], suffix=suffix, title=title, gender=gender)
    parsed = HumanName(" ".join(rest))
    first, middle, last = parsed.first, parsed.middle, parsed.last
    if not first or not last:  # nameparser took a word as a title or nickname: keep the words
        first, middle, last = rest[0], " ".join(rest[1:-1]), rest[-1]
    # Name particles stay with the surname: "Ursula von der Leyen", "Charles de Gaulle".
    if middle:
        mids = middle.split()
        while mids and mids[-1].lower() in PARTICLES:
            last = mids.pop() + " " + last
        middle = " ".join(mids)
    if gender is None:
        gender = first_name_gender(first)
    return PersonName(first=first, middle=middle, last=last, suffix=suffix, title=title, gender=gender)


def is_initial(word: str) -> bool:
    """Whether ``word`` is an initial ("J.", "K") or a run of them ("J.R.")."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper() or bool(re.fullmatch(r"(?:[A-Z]\.){2,}", word))


def _titlecase(word: str) -> str:
    """Transcript capitals ("WALLACE") read as names ("Wallace"); mixed case is kept ("McCain")."""
    if len(word) > 2 and word.isupper() and word.isalpha():
        return word.capitalize()
    return word


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_NOT_NAMES = frozenset("news press media staff wire wires service services associated reuters agency times post "
                       "journal daily today network group editors editorial board desk team report contributor "
                       "writer correspondent special".split())


def person_name(byline: str) -> str | None:
    """A byline entry's name when it looks like a person's ("NOAH REMNICK" → "Noah Remnick"), else ``None``:
    outlets and agencies ("USA TODAY", "AP", "Breitbart News") and notes ("Special for …") are not."""
    words = byline.split()
    if not 2 <= len(words) <= 4 or any(not w[:1].isupper() or any(ch.isdigit() or ch == "@" for ch in w)
                                       for w in words):
        return None
    if title_info(words[0]) or any(w.lower().strip(".,") in _NOT_NAMES for w in words):
        return None
    if byline.isupper() and not (first_name_gender(words[0]) or _INITIALS.fullmatch(words[0])):
        return None  # capitals: "USA TODAY" is no one, "NOAH REMNICK" someone
    p = parse_name(byline)
    return p.full if p is not None and p.has_full else None
