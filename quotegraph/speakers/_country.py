"""The country an article is written from: publisher, domain, else the text."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from urllib.parse import urlsplit

from ._data import read_table

__all__ = ["country_of", "country_names", "is_outlet", "capitalised_outlets"]

# Country-code and second-level domains that say where a site is based.
_TLD = {
    "uk": "GB", "au": "AU", "ca": "CA", "ie": "IE", "nz": "NZ", "in": "IN", "de": "DE", "fr": "FR",
    "it": "IT", "jp": "JP", "ru": "RU", "ua": "UA", "cn": "CN", "br": "BR", "ar": "AR", "mx": "MX",
    "id": "ID", "kr": "KR", "tr": "TR", "sa": "SA", "za": "ZA", "il": "IL", "eu": "EU", "us": "US",
    "gov": "US", "mil": "US", "sg": "SG", "hk": "HK", "qa": "QA", "es": "ES", "nl": "NL", "be": "BE",
    "ch": "CH", "at": "AT", "se": "SE", "no": "NO", "dk": "DK", "fi": "FI", "pl": "PL", "pk": "PK",
    "ng": "NG", "ke": "KE", "ph": "PH", "my": "MY",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*[A-Za-z]|[A-Z]")


def _norm_outlet(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


@lru_cache(maxsize=1)
def _outlets() -> tuple[dict[str, str], dict[str, str]]:
    by_name: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for row in read_table("outlets.tsv"):
        by_name[_norm_outlet(row["name"])] = row["country"]
        if row["domain"]:
            by_domain[row["domain"].lower()] = row["country"]
    return by_name, by_domain


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-case country names and adjectives ("russian", "u.k.") → ISO code."""
    out: dict[str, str] = {}
    for row in read_table("countries.tsv"):
        for name in row["names"].split(","):
            if name.strip():
                out[name.strip()] = row["code"]
    return out


def is_outlet(name: str) -> bool:
    """Whether ``name`` is a news outlet in the shipped table ("Politico", "the BBC")."""
    key = _norm_outlet(name)
    by_name, _ = _outlets()
    return key in by_name or key.removeprefix("the ") in by_name or "the " + key in by_name


def capitalised_outlets(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes an outlet's name in capitals, as papers write their own ("USA TODAY", "POLITICO"),
    which the NER often splits ("USA" a country, "TODAY" a name) or misses."""
    return [(m.start(), m.end()) for m in _capitalised_pattern().finditer(text)
            if not _CAPS_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and not _CAPS_AFTER.match(text, m.end())]  # not a word of a headline in capitals


_CAPS_BEFORE = re.compile(r"\b[A-Z]{2,}[\s:,-]*\Z")
_CAPS_AFTER = re.compile(r"[\s:,-]*[A-Z]{2,}\b")


@lru_cache(maxsize=1)
def _capitalised_pattern() -> re.Pattern[str]:
    by_name, _ = _outlets()
    # names of four letters or more (not "ABC", "NBC": the NER reads those well, and short capitals are often
    # something else); the longest first
    names = sorted((n.upper() for n in by_name if sum(ch.isalpha() for ch in n) >= 4
                    and re.fullmatch(r"[a-z][a-z .&'-]*[a-z]", n)), key=len, reverse=True)
    alts = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names)
    return re.compile(rf"(?<![\w.&'-])(?:{alts})(?![\w&'-])")


def _from_publisher(publisher: str) -> str | None:
    by_name, _ = _outlets()
    key = _norm_outlet(publisher)
    for k in (key, key.removeprefix("the "), "the " + key):
        if k in by_name:
            return by_name[k]
    if "." in key and " " not in key:  # a publisher given as its domain
        return _from_url(key)
    return None


def _from_url(url: str) -> str | None:
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    _, by_domain = _outlets()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        hit = by_domain.get(".".join(labels[i:]))
        if hit:
            return hit
    return _TLD.get(labels[-1])


def _from_text(text: str) -> str | None:
    names = country_names()
    counts: Counter[str] = Counter()
    words = _WORD.findall(text[:20000])
    for i, w in enumerate(words):
        # Only capitalised words: "us" the pronoun is not the US.
        low = w.lower()
        if not w[0].isupper() or (low == "us" and w != "US"):
            continue
        two = f"{low} {words[i + 1].lower()}" if i + 1 < len(words) else ""
        code = names.get(two) or names.get(low)
        if code:
            counts[code] += 1
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [("", 0)]
    runner_up = rest[0][1]
    return best if n >= 3 and n >= 2 * runner_up else None


def country_of(*, publisher: str | None = None, url: str | None = None, text: str | None = None) -> str | None:
    """ISO 3166 alpha-2 code of the article's home country, or ``None``.

    Tried in order: the publisher against a table of major outlets
    ("BBC News" → ``GB``), the URL's domain ("…co.uk" → ``GB``), then the
    country the text names most often (at least three times and twice as
    often as any other). The EU, NATO and UN have the codes ``EU``, ``NATO``
    and ``UN``.
    """
    for guess in (
        _from_publisher(publisher) if publisher else None,
        _from_url(url) if url else None,
        _from_text(text) if text else None,
    ):
        if guess:
            return guess
    return None
