"""Role nouns the article ties to an entity: "Prime Minister Keir Starmer", "Starmer, the prime minister"."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ._table import Cluster, EntityTable
from ._lexicon import SYNONYMS

__all__ = ["Binding", "find_bindings", "role_words"]

_DROP = frozenset({"the", "a", "an", "'s", "’s", ",", "this", "that"})
_MODS = ("compound", "amod", "nmod", "nummod", "npadvmod")


@dataclass(frozen=True)
class Binding:
    """``words`` (lower case, e.g. ("republican", "nominee")) refers to ``cluster`` from ``start`` on."""

    start: int
    words: tuple[str, ...]
    cluster: Cluster

    @property
    def head(self) -> str:
        return _head(self.words)


def _head(words: tuple[str, ...]) -> str:
    if "of" in words:
        i = words.index("of")
        if i:
            return words[i - 1]
    return words[-1] if words else ""


def role_words(tokens: list[Token] | list[str]) -> tuple[str, ...]:
    """The words of a role phrase, lower case, without articles and punctuation: ("prime", "minister")."""
    out = []
    for t in tokens:
        w = (t if isinstance(t, str) else t.text).lower().rstrip(".") or "."
        if w in _DROP or not any(ch.isalnum() for ch in w):
            continue
        out.append(SYNONYMS.get(w, w))
    return tuple(out)


_CLAUSE = ("relcl", "acl", "appos", "cc", "conj", "punct")


def _phrase(tok: Token) -> list[Token]:
    """A noun's phrase up to the first comma or clause: "the former secretary of state".

    The name set beside it is cut whole, first name too: "candidates Jane Roe and John Poe" is "candidates".
    """
    beside = {t.i for c in tok.children if c.i > tok.i and c.dep_ in _CLAUSE for t in c.subtree}
    toks = []
    for t in tok.subtree:
        if t.i > tok.i and (t.dep_ in _CLAUSE or t.i in beside or t.text == ","):
            break
        if t.i < tok.left_edge.i:
            continue
        toks.append(t)
    return toks[:8]


def _cluster_of(table: EntityTable, tok: Token, kinds: tuple[str, ...] = ("PERSON", "ORG")) -> Cluster | None:
    m = table.at(tok.idx, tok.idx + len(tok), kinds)
    return m.cluster if m else None


def _subject_of_next_verb(tok: Token) -> bool:
    """Whether an apposition the parser found is really the subject of the verb right after it, one that has
    no subject of its own ("…with hosts Albers and Platt, the Democratic candidate stated …")."""
    # the end of its own words: an apposition the parser nested in it ("Platt, the Democratic candidate")
    # is left out, as it is judged on its own
    nested = {t.i for d in tok.subtree if d.dep_ == "appos" and d.i != tok.i for t in d.subtree}
    end = max(t.i for t in tok.subtree if t.i not in nested) + 1
    if end >= len(tok.doc):
        return False
    nxt = tok.doc[end]
    return nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children)


def _title_of_each(table: EntityTable, start: int, toks: list[Token], title: Token, first: Token,
                   cluster: Cluster) -> list[Binding]:
    """The ties a title (``toks``, headed by ``title``) set before a name (``first``) makes. A plural
    title before a list of names gives each of them the title in the singular: "co-anchors Jane Roe and
    John Poe" makes each "co-anchor"."""
    if title.tag_ not in ("NNS", "NNPS"):
        return [Binding(start, role_words(toks), cluster)]
    words = role_words([t.lemma_.lower() if t.i == title.i else t.text for t in toks])
    others = (_cluster_of(table, c, ("PERSON",)) for c in first.conjuncts)
    members = [cluster] + [c for c in others if c is not None and c is not cluster]
    return [Binding(start, words, c) for c in members]


def find_bindings(doc: Doc, table: EntityTable) -> list[Binding]:
    """Every role phrase the article ties to a person or organisation, in text order."""
    out: list[Binding] = []
    for m in table.mentions:
        if m.kind != "PERSON" or m.cluster is None:
            continue
        # Title inside the name ("Prime Minister Keir Starmer").
        if m.name and m.name.title:
            words = role_words(m.name.title.split())
            if words and words[-1] not in ("mr", "mrs", "ms", "miss", "dr", "sir", "dame"):
                out.append(Binding(m.start, words, m.cluster))
        # Descriptions before the name that the NER left out ("Republican nominee Donald Trump").
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        j = span.start - 1
        lead: list[Token] = []
        while j >= 0 and (
                doc[j].dep_ in _MODS and not doc[j].is_punct and (
                    span.start <= doc[j].head.i < span.end or any(doc[j].head.i == t.i for t in lead))
                # the hyphen inside "front-runner"
                or (doc[j].text == "-" and lead and j > 0 and not doc[j].whitespace_ and not doc[j - 1].whitespace_)):
            lead.insert(0, doc[j])
            j -= 1
        words = role_words(lead)
        if words and not any(w[:1].isdigit() for w in words):
            out.extend(_title_of_each(table, m.start, lead, lead[-1], span.root, m.cluster))
    for tok in doc:
        if tok.dep_ == "appos" and not _subject_of_next_verb(tok):
            a, b = tok.head, tok
            ca, cb = _cluster_of(table, a), _cluster_of(table, b)
            if ca is not None and cb is None and b.pos_ == "NOUN":
                out.append(Binding(b.idx, role_words(_phrase(b)), ca))
            elif cb is not None and ca is None and a.pos_ == "NOUN":
                out.extend(_title_of_each(table, a.idx, _phrase(a), a, b, cb))
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.pos_ == "NOUN":
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            cs = _cluster_of(table, subj[0]) if subj else None
            if cs is not None:
                out.append(Binding(tok.idx, role_words(_phrase(tok)), cs))
    out = [b for b in out if b.words]
    out.sort(key=lambda b: b.start)
    return out
