"""What speaker resolution knows about one article while it works through the quotes."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ..quotes._marks import find_quoted_spans
from ._bindings import Binding
from ._clusters import without_middle_initials
from ._names import person_name, strip_possessive
from ._table import Cluster, EntityTable, Mention

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
    group: tuple[Cluster, ...] = ()  # "Trump and Ryan said": the named members, when several spoke
    group_unnamed: bool = False


@dataclass
class Context:
    doc: Doc
    table: EntityTable
    bindings: list[Binding]
    quote_spans: list[tuple[int, int]]
    published: str | None = None
    country: str | None = None
    authors: tuple[str, ...] = ()
    history: list[Said] = field(default_factory=list)
    # offices ("head_of_government") already resolved in this article, so "the PM"
    # later names the same person as "the prime minister" did
    offices: dict[str, Cluster] = field(default_factory=dict)
    # every quotation's speaker mention in the article, resolved or not yet
    speaker_spans: list[tuple[int, int]] = field(default_factory=list)
    # facts about the whole article worked out once, on first use, by name ("pollster")
    cache: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._writer: Cluster | Literal[False] | None = None
        self._referents: dict[int, Cluster | None] = {}
        self.pronoun_depth = 0
        self._marks: list[tuple[int, int]] | None = None
        self.sents = list(self.doc.sents)
        self.quote_spans.sort()
        self._qstarts = [s for s, _ in self.quote_spans]
        for name in filter(None, map(person_name, self.authors)):
            # A writer goes by the byline's own form ("Mark T. Ellison"), not the house style's for sources.
            c = self.table.find_person(name)
            if c is not None and c.name != name and c.name == without_middle_initials(name):
                c.fixed_name = name

    def in_quote(self, char: int) -> bool:
        """Whether ``char`` lies inside some quote's content."""
        i = bisect.bisect_right(self._qstarts, char)
        return any(s <= char < e for s, e in self.quote_spans[max(0, i - 6):i])

    def pronoun_referent(self, char: int, gender: str) -> Cluster | None:
        """Whom the he/she at ``char`` (not a quote's speaker) stands for, worked out once."""
        from ._pronouns import resolve_personal

        if char not in self._referents:
            self.pronoun_depth += 1
            try:
                self._referents[char] = resolve_personal(self, char, gender)[0]
            finally:
                self.pronoun_depth -= 1
        return self._referents[char]

    def in_marks(self, char: int) -> bool:
        """Whether ``char`` lies between double quotation marks (a quotation's "he" is the speaker's, not the
        narration's); the spans are found once per document."""
        if self._marks is None:
            self._marks = [(q.start, q.end) for q in find_quoted_spans(self.table.text) if q.double]
        i = bisect.bisect_right(self._marks, (char, len(self.table.text) + 1))
        return i > 0 and self._marks[i - 1][0] <= char < self._marks[i - 1][1]

    def unquoted_before(self, sent: int, *, within: int) -> Iterator[Span]:
        """The ``within`` sentences before sentence ``sent``, nearest first, leaving out those inside a
        quotation (the quoted words are not the narration around them)."""
        for k in range(sent - 1, max(-1, sent - 1 - within), -1):
            if not self.in_marks(self.sents[k].root.idx):
                yield self.sents[k]

    def recent_speaker(self, sent: int, *, window: int = 3, kinds: tuple[str, ...] = ("PERSON",),
                       before: int | None = None) -> Said | None:
        """The latest quote attributed to an entity of ``kinds`` within ``window`` sentences (and, with
        ``before``, starting before that character: a pronoun looked at again later knows no later quote)."""
        for said in reversed(self.history):
            if before is not None and said.start >= before:
                continue
            if said.sent < sent - window:
                return None
            if said.cluster is not None and said.cluster.kind in kinds:
                return said
        return None

    def focus(self, char: int, *, gender: str | None = None, avoid: frozenset[int] = frozenset()) -> Cluster | None:
        """The person the text at ``char`` is about.

        In order: the subject of the previous sentence (a name, or a he/she
        that resolves), the latest quote's speaker, the nearest name within
        three sentences, else the person the article has named most so far.
        Clusters whose ``id`` is in ``avoid`` (a role they cannot hold) are passed over.
        """
        # Imported here: _pronouns imports this module.
        from ._lexicon import PERSONAL
        from ._pronouns import resolve_personal

        def ok(c: Cluster | None) -> bool:
            return c is not None and c.kind == "PERSON" and id(c) not in avoid and _gender_ok(c, gender)

        table = self.table
        sent = table.sent_of(char)
        if sent > 0:
            subj = self.main_subject(sent - 1)
            if subj is not None:
                m = self.named(subj)
                if m is not None and ok(m.cluster):
                    return m.cluster
                g = PERSONAL.get(subj.lower_)
                if g in ("m", "f") and gender in (None, g):
                    c, _ = resolve_personal(self, subj.idx, g)
                    if c is not None and ok(c):
                        return c
        said = self.recent_speaker(sent, window=2)
        if said and ok(said.cluster):
            return said.cluster
        counts: dict[int, tuple[int, Cluster]] = {}
        for m in table.before(char, ("PERSON",)):
            c = m.cluster
            if c is None or not ok(c):
                continue
            if m.sent >= sent - 3 and not self.in_quote(m.start):
                return c
            n, _ = counts.get(id(c), (0, c))
            counts[id(c)] = (n + 1, c)
        return max(counts.values(), key=lambda nc: nc[0])[1] if counts else None

    def main_subject(self, sent: int) -> Token | None:
        """The subject of sentence ``sent``'s main verb, unless it stands inside a quotation (a quotation's
        "she" is not the text's focus)."""
        subj = next((t for t in self.sents[sent].root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        return subj if subj is not None and not self.in_quote(subj.idx) else None

    def tokens(self, m: Mention) -> Span | None:
        """The tokens of mention ``m``."""
        return self.doc.char_span(m.start, m.end, alignment_mode="expand")

    def named(self, tok: Token) -> Mention | None:
        """The person a subject token names: its own name, or the name set beside it
        ("Ukraine's president Volodymyr Zelenskyy", "the senator, Ted Cruz")."""
        m = self.table.at(tok.idx, tok.idx + len(tok), ("PERSON",))
        if m is not None:
            return m
        for c in tok.children:
            if c.dep_ == "appos":
                m = self.table.at(c.idx, c.idx + len(c), ("PERSON",))
                if m is not None:
                    return m
                inner = next((g for g in c.children if g.dep_ == "appos"), None)  # "The other man, his cousin
                if inner is not None:                                              # James York"
                    m = self.table.at(inner.idx, inner.idx + len(inner), ("PERSON",))
                    if m is not None:
                        return m
        return None

    def writer(self) -> Cluster | None:
        """The article's one writer: the author a note at the top says it is an excerpt from, else the only
        person in the byline, else the only "By Jane Doe" line."""
        if self._writer is None:
            self._writer = self._find_writer() or False
        return self._writer or None

    def _find_writer(self) -> Cluster | None:
        excerpted = self._excerpted_author()
        if excerpted is not None:  # "The following is an excerpt from author Jane Roe's new book": her "I"
            return excerpted
        names = [n for n in (person_name(a) for a in self.authors) if n]
        if len(names) == 1:
            return self.table.find_person(names[0]) or self.table.new_cluster("PERSON", names[0])
        if self.authors:
            return None
        bylines = {id(m.cluster): m.cluster for m in self.table.mentions if m.byline and m.cluster is not None}
        return next(iter(bylines.values())) if len(bylines) == 1 else None

    def _excerpted_author(self) -> Cluster | None:
        """The person whose book or speech a note at the top says the article is taken from: "Editor's Note:
        what follows is an extract from author Jane Roe's new book" → Jane Roe."""
        text = self.table.text
        note = _EXCERPT.search(text, 0, _NOTE_REACH)
        if note is None:
            return None
        end = text.find("\n", note.end())
        for m in self.table.within(note.end(), end if end >= 0 else len(text), ("PERSON", "ORG")):
            if not (text.startswith(("’s", "'s"), m.end) or text[max(0, m.start - 3):m.start] == "by "):
                continue
            if m.kind == "PERSON" and m.name is not None and m.name.has_full:
                return m.cluster
            name = person_name(strip_possessive(m.text))
            if m.kind == "ORG" and name is not None and m.cluster is not None and len(m.cluster.mentions) == 1:
                # the NER read the author's name as an organisation's: a person all the same
                return self.table.find_person(name) or self.table.new_cluster("PERSON", name)
        return None


#: A note that the text is someone's own, taken from their book or speech.
_EXCERPT = re.compile(r"\b(?:excerpts?|extracts?|adapted)\b[^.\n]{0,60}?\bfrom\b", re.IGNORECASE)
_NOTE_REACH = 1500  # characters from the top in which such a note stands


def _gender_ok(c: Cluster, g: str | None) -> bool:
    return g is None or c.gender is None or c.gender == g
