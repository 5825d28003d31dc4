"""Normalise person names and role nouns so one speaker matches across articles."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["norm", "name_tokens", "role_of", "ROLE_NOUNS", "looks_like_name"]

# Titles and honorifics dropped from the front of a name ("Sir Keir Starmer").
_TITLES = frozenset(
    "sir dame lord lady baroness baron mr mrs ms miss mx dr prof professor rev reverend "
    "president prime minister pm chancellor secretary senator sen rep representative governor gov "
    "general gen admiral colonel col captain capt lieutenant lt sergeant sgt king queen prince "
    "princess pope sheikh judge justice mayor foreign home defence defense deputy vice state "
    "chief commissioner ambassador former the".split()
)
_SUFFIXES = frozenset("jr sr ii iii iv mp qc kc phd obe mbe cbe".split())
_NON_LETTERS = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['’]s\b")

#: Role nouns, canonical form first, then the variants that mean it.
ROLE_NOUNS: dict[str, tuple[str, ...]] = {
    "prime minister": ("prime minister", "pm", "premier"),
    "president": ("president",),
    "vice president": ("vice president", "vice-president"),
    "chancellor": ("chancellor",),
    "foreign secretary": ("foreign secretary",),
    "foreign minister": ("foreign minister",),
    "secretary of state": ("secretary of state",),
    "home secretary": ("home secretary",),
    "defence secretary": ("defence secretary", "defense secretary"),
    "defence minister": ("defence minister", "defense minister"),
    "secretary-general": ("secretary-general", "secretary general"),
    "king": ("king",),
    "queen": ("queen",),
    "pope": ("pope",),
    "first minister": ("first minister",),
    "taoiseach": ("taoiseach",),
}
_ROLE_LOOKUP = {variant: canonical for canonical, variants in ROLE_NOUNS.items() for variant in variants}
# Words that may precede a role noun without changing whom it names.
_ROLE_DETERMINERS = re.compile(
    r"^(?:the|a|an|former|then|current|acting|outgoing|incoming|british|uk|us|u\.s\.|american|french|"
    r"german|[a-z]+['’]s)\s+"
)


def norm(text: str) -> str:
    """Lower-case ASCII letters and digits separated by single spaces ("Macron's" → "macron")."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    ascii_text = _POSSESSIVE.sub("", ascii_text)
    return _NON_LETTERS.sub(" ", ascii_text).strip()


def name_tokens(name: str) -> list[str]:
    """The normalised tokens of a person's name without leading titles or trailing suffixes."""
    tokens = norm(name).split()
    while tokens and tokens[0] in _TITLES:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens.pop()
    return tokens


def role_of(text: str | None) -> str | None:
    """The canonical role a mention names ("the UK's prime minister" → "prime minister"), else ``None``."""
    if not text:
        return None
    t = text.strip().lower().replace("’", "'")
    for _ in range(3):
        stripped = _ROLE_DETERMINERS.sub("", t)
        if stripped == t:
            break
        t = stripped
    t = re.sub(r"\s+", " ", t).strip(" ,.")
    return _ROLE_LOOKUP.get(t)


def looks_like_name(text: str | None) -> bool:
    """True for a capitalised name ("Keir Starmer", "Starmer"), false for "officials" or "he"."""
    if not text:
        return False
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    if not words or len(words) > 6:
        return False
    return all(w[:1].isupper() for w in words if w.lower() not in {"de", "van", "von", "al", "bin", "da", "der", "la"})
