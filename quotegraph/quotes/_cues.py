"""The cue lexicon: reporting verbs, nouns and phrases, read from a data file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["CueLexicon", "load_cues", "DEFAULT_CUES"]

DEFAULT_CUES = Path(__file__).with_name("data") / "cues.txt"


@dataclass(frozen=True)
class CueLexicon:
    """Lemmas by category.

    ``verbs`` count with a clausal complement, ``object_verbs`` also with a
    direct object that is what was said, ``prep_verbs`` (lemma, preposition)
    with the object of that preposition, ``nouns`` head a that-clause.
    """

    verbs: frozenset[str]
    object_verbs: frozenset[str]
    nouns: frozenset[str]
    prep_verbs: frozenset[tuple[str, str]] = frozenset()


def load_cues(path: str | Path | None = None) -> CueLexicon:
    """Read a lexicon file: ``[verbs]``, ``[object_verbs]``, ``[prep_verbs]`` and ``[nouns]``, one entry a line."""
    sections: dict[str, set[str]] = {"verbs": set(), "object_verbs": set(), "nouns": set(), "prep_verbs": set()}
    current = None
    for line in Path(path or DEFAULT_CUES).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, set())
            continue
        if current is None:
            raise ValueError(f"{path}: lemma {line!r} before any [section]")
        sections[current].add(line)
    return CueLexicon(
        verbs=frozenset(sections["verbs"] | sections["object_verbs"]),
        object_verbs=frozenset(sections["object_verbs"]),
        nouns=frozenset(sections["nouns"]),
        prep_verbs=frozenset(tuple(p.split(None, 1)) for p in sections["prep_verbs"]),  # type: ignore[misc]
    )
