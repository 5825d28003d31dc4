"""Read the small tables shipped in ``quotegraph/speakers/data/``."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["read_table", "read_words", "read_map"]


@lru_cache(maxsize=None)
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated data file with a header line; ``#`` lines are comments."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (c.strip() for c in cells))))
    return tuple(rows)


@lru_cache(maxsize=None)
def read_map(name: str, key: str, value: str) -> dict[str, str]:
    """Two columns of a data file as a lookup: ``read_map("org_names.tsv", "short", "usual")``."""
    return {row[key]: row[value] for row in read_table(name)}


@lru_cache(maxsize=None)
def read_words(name: str) -> frozenset[str]:
    """The lower-cased words of a one-word-a-line data file; ``#`` starts a comment."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    words = (ln.split("#", 1)[0].strip().lower() for ln in text.splitlines())
    return frozenset(w for w in words if w)
