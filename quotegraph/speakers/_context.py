"""What speaker resolution knows about one article while it works through the quotes."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ._bindings import Binding
from ._entities import Cluster, EntityTable, Mention

__all__ = ["Context", "Said"]


@dataclass
class Said:
    """A quote already attributed: where it is, whom to, and how the mention read."""

    start: int
    end: int
    sent: int
    cluster: Cluster | None
    mention: tuple[int, int] | None
    plural_unnamed: bool = False
    document: str | None = None  # the document noun of the mention ("poll"), if any


@dataclass
class Context:
    doc: Doc
    table: EntityTable
    bindings: list[Binding]
    quote_spans: list[tuple[int, int]]
    published: str | None = None
    country: str | None = None
    history: list[Said] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.quote_spans.sort()
        self._qstarts = [s for s, _ in self.quote_spans]

    def in_quote(self, char: int) -> bool:
        """Whether ``char`` lies inside some quote's content."""
        i = bisect.bisect_right(self._qstarts, char)
        return any(s <= char < e for s, e in self.quote_spans[max(0, i - 6):i])

    def recent_speaker(self, sent: int, *, window: int = 3, kinds: tuple[str, ...] = ("PERSON",)) -> Said | None:
        """The latest quote attributed to an entity of ``kinds`` within ``window`` sentences."""
        for said in reversed(self.history):
            if said.sent < sent - window:
                return None
            if said.cluster is not None and said.cluster.kind in kinds:
                return said
        return None

    def focus(self, char: int, *, gender: str | None = None) -> Cluster | None:
        """The person the text at ``char`` is about: latest speaker, else the previous subject, else the latest name."""
        sent = self.table.sent_of(char)
        said = self.recent_speaker(sent, window=2)
        if said and said.cluster and _gender_ok(said.cluster, gender):
            return said.cluster
        nearest: Mention | None = None
        for m in self.table.before(char, ("PERSON",)):
            if m.sent < sent - 3:
                break
            if m.cluster is None or not _gender_ok(m.cluster, gender):
                continue
            if m.subject and m.sent < sent:
                return m.cluster
            if nearest is None:
                nearest = m
        return nearest.cluster if nearest else None


def _gender_ok(c: Cluster, g: str | None) -> bool:
    return g is None or c.gender is None or c.gender == g
