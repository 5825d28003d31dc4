"""Attribute quotation candidates to canonical speakers (entities)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..article import Entity, Quote, Span
from ..quotes import Candidate
from ._bindings import find_bindings, role_words
from ._clusters import ORG_WORDS, usual_org_name
from ._context import Context, Said
from ._entities import NAME_LINKS, build_entities
from ._lexicon import (AD_HEADS, CAMPAIGN_HEADS, DEMONSTRATIVES, DOCUMENT_HEADS, FEMALE_NOUNS,
                       FIRST_PERSON, GENERIC_PEOPLE, MALE_NOUNS, MUNICIPAL_HEADS, NAMING_HEADS, ORG_ROLE_HEADS,
                       PERSON_ROLE_HEADS, PERSONAL, QUANTITY_HEADS, RELATIVE, UNNAMED_HEADS, US_STATES, VAGUE,
                       lexicon_form)
from ._country import country_names, is_outlet
from ._names import first_name_gender, name_key, title_info
from ._pronouns import relative_antecedent, resolve_personal
from ._rolenouns import (body_of, bound_role, campaign_named_by, campaign_of, headline_speaker, introduced_unnamed,
                         not_running, resolve_role, role_gender)
from ._table import Cluster, Mention

__all__ = ["attribute", "Resolved"]

logger = logging.getLogger(__name__)

#: What a person can head, named "<Surname> <noun>": "Obama administration", "Clinton Foundation".
_PERSONAL_BODIES = frozenset({"administration", "foundation", "government", "organization", "organisation",
                              "company", "team", "camp", "white house"})
#: Family words: "his son", "Trump's daughter".
_KIN = frozenset("son daughter wife husband father mother brother sister cousin nephew niece uncle aunt "
                 "grandson granddaughter son-in-law daughter-in-law widow".split())


def _relative_of(ctx: Context, root: Token, owner: Cluster) -> Cluster | None:
    """The one other person of the owner's surname the article names ("his son" → Eric Trump) whose gender
    does not clash with the family word's, else ``None``."""
    want = "f" if root.lemma_.lower() in FEMALE_NOUNS else "m" if root.lemma_.lower() in MALE_NOUNS else None
    kin = [c for c in ctx.table.clusters if c.kind == "PERSON" and c is not owner and c.mentions
           and owner.last and c.last == owner.last and (want is None or c.gender in (None, want))]
    if len(kin) == 1:
        return kin[0]
    return None


#: What someone says or writes in their own name: "his response", "her answer".
_OWN_WORDS = frozenset("response reply answer retort rebuttal remark comment words address apology explanation "
                       "defense defence argument view position message".split())
_INDEFINITE = frozenset("a an one some many several another other two three four few most all any no".split())


@dataclass
class Resolved:
    """Who a speaker mention refers to and how that was found."""

    cluster: Cluster | None
    how: str
    plural_unnamed: bool = False
    document: str | None = None
    group: tuple[Cluster, ...] = ()  # "Trump and Ryan said": each named speaker, when several
    group_unnamed: bool = False  # "Ward and other experts said": the group has unnamed members too


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def attribute(doc: Doc, candidates: Sequence[Candidate], *, published: str | None = None,
              country: str | None = None, authors: Sequence[str] = ()) -> tuple[list[Entity], list[Quote]]:
    """Entities of ``doc`` and the candidates as quotes with speakers resolved, in the same order.

    ``published`` (ISO date) and ``country`` (ISO code) let an office the
    article never ties to a name ("the prime minister") resolve to whoever
    held it then. ``authors`` (the byline) name the writer, whom an "I"
    outside quotes means. Works on any parsed ``Doc`` (tagger, parser, NER).
    """
    table = build_entities(doc, [c.speaker for c in candidates if c.speaker], published=published, country=country)
    ctx = Context(doc, table, find_bindings(doc, table),
                  [span for c in candidates for span in c.content], published=published, country=country,
                  authors=tuple(authors), speaker_spans=[c.speaker for c in candidates if c.speaker])
    results: list[Resolved] = []
    for i, cand in enumerate(candidates):
        if cand.speaker is not None:
            try:
                res = _resolve_mention(ctx, cand, *cand.speaker)
            except Exception:  # one odd mention must not lose the article's other quotes
                logger.exception("speaker resolution failed at %s", cand.speaker)
                res = Resolved(None, "none")
            if res.cluster is not None and (res.how not in ("name", "partial") or not any(
                    m.start < cand.speaker[1] and cand.speaker[0] < m.end for m in res.cluster.mentions)):
                # Role nouns, pronouns and made-up bodies ("Trump campaign") become mentions too.
                table.add_mention(res.cluster, *cand.speaker, how=res.how)
        elif cand.continues is not None and 0 <= cand.continues < i:
            prev = results[cand.continues]
            res = Resolved(prev.cluster, "context" if prev.cluster is not None or prev.how != "unnamed"
                           else "unnamed", prev.plural_unnamed)
        else:
            res = _carry_over(ctx, cand, results)
        results.append(res)
        ctx.history.append(Said(cand.start, cand.end, table.sent_of(cand.start), res.cluster, cand.speaker,
                                res.plural_unnamed, res.document, res.group, res.group_unnamed))
    # "I" inside a quote is that quote's speaker, also when the quote was listed after it.
    for i, cand in enumerate(candidates):
        if results[i].cluster is None and cand.speaker is not None and \
                table.text[cand.speaker[0]:cand.speaker[1]].lower() in FIRST_PERSON:
            outer = _enclosing(candidates, results, i) or _quoted_speaker(table.text, candidates, results, i)
            if outer is not None:
                results[i] = Resolved(outer, "pronoun")
                table.add_mention(outer, *cand.speaker, how="pronoun")
    entities, ids = table.to_entities()
    text = table.text
    quotes = []
    for cand, res in zip(candidates, results):
        c = res.cluster
        quotes.append(Quote(
            kind=cand.kind,
            content=_span(text, cand.start, cand.end),
            content_parts=[_span(text, s, e) for s, e in cand.content],
            cue=_span(text, *cand.cue) if cand.cue else None,
            speaker_mention=_span(text, *cand.speaker) if cand.speaker else None,
            speaker=ids.get(id(c)) if c is not None else None,
            speaker_name=c.name if c is not None else (" + ".join([g.name for g in res.group]
                                                                  + ["UNNAMED"] * res.group_unnamed) or None),
            confidence=cand.confidence,
            resolution=res.how,
        ))
    return entities, quotes


def _enclosing(candidates: Sequence[Candidate], results: list[Resolved], i: int) -> Cluster | None:
    """The speaker of the narrowest other quote whose content holds candidate ``i``'s speaker mention."""
    s, e = candidates[i].speaker or (0, 0)
    best: tuple[int, Cluster] | None = None
    for j, other in enumerate(candidates):
        c = results[j].cluster
        if j == i or c is None:
            continue
        for cs, ce in other.content:
            if cs <= s and e <= ce and (best is None or ce - cs < best[0]):
                best = (ce - cs, c)
    return best[1] if best else None


_OPEN, _CLOSE = "“«„", "”»"


def _quoted_speaker(text: str, candidates: Sequence[Candidate], results: list[Resolved], i: int) -> Cluster | None:
    """For "I" inside quote marks no candidate covers: the speaker of the nearest quote in the paragraph."""
    s = (candidates[i].speaker or (0, 0))[0]
    para_start = text.rfind("\n", 0, s) + 1
    before = text[para_start:s]
    opened = sum(before.count(ch) for ch in _OPEN) - sum(before.count(ch) for ch in _CLOSE)
    if opened <= 0 and before.count('"') % 2 == 0:
        return None
    para_end = text.find("\n", s)
    para_end = len(text) if para_end < 0 else para_end
    best: tuple[int, Cluster] | None = None
    for j, other in enumerate(candidates):
        c = results[j].cluster
        if j == i or c is None or c.kind != "PERSON" or other.speaker is None:
            continue
        pos = other.speaker[0]
        if para_start <= pos <= para_end + 1:
            dist = abs(pos - s)
            if best is None or dist < best[0]:
                best = (dist, c)
    return best[1] if best else None


def _carry_over(ctx: Context, cand: Candidate, results: list[Resolved]) -> Resolved:
    """A direct quote with no speaker of its own, straight after another speaker's quote, is theirs."""
    if cand.kind != "direct" or not ctx.history or not results:
        return Resolved(None, "none")
    if _asked_of(ctx, cand):  # "X was asked, “…?”": a question put to X, not X's words
        return Resolved(_interviewer(ctx, cand), "context")
    prev, said = results[-1], ctx.history[-1]
    sent = ctx.table.sent_of(cand.start)
    if prev.cluster is None or said.end > cand.start or sent - ctx.table.sent_of(said.end) > 1:
        return Resolved(None, "none")
    return Resolved(prev.cluster, "context")


def _asked_of(ctx: Context, cand: Candidate) -> bool:
    """Whether the quotation's cue is a passive "ask": the subject is the one asked ("Blake was asked, “…?”")."""
    cue = _tokens(ctx.doc, *cand.cue) if cand.cue else None
    return cue is not None and cue.root.lemma_.lower() == "ask" and any(
        c.dep_ in ("nsubjpass", "auxpass") for c in cue.root.children)


_INTERVIEW_WITH = re.compile(r"\binterview with\s+(?:the\s+)?$")


def _interviewer(ctx: Context, cand: Candidate) -> Cluster | None:
    """The outlet or person an "interview with …" in the cue's sentence names: the one who asked."""
    assert cand.cue is not None
    sent = ctx.sents[ctx.table.sent_of(cand.cue[0])]
    text = ctx.table.text
    for m in ctx.table.within(sent.start_char, cand.cue[0], ("ORG", "PERSON")):
        if m.cluster is not None and _INTERVIEW_WITH.search(text, max(0, m.start - 24), m.start):
            return m.cluster
    return None


def _tokens(doc: Doc, start: int, end: int) -> SpacySpan | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _resolve_mention(ctx: Context, cand: Candidate, start: int, end: int) -> Resolved:
    """Who the speaker mention ``[start, end)`` refers to."""
    span = _tokens(ctx.doc, start, end)
    if span is not None:  # "He\xa0": a no-break space the mention took along is not part of it
        kept = [t for t in span if not t.is_space]
        span = ctx.doc[kept[0].i:kept[-1].i + 1] if kept else None
    if span is None or not any(not t.is_punct for t in span):
        return Resolved(None, "none")
    words = [t for t in span if not t.is_punct]
    if _floating_quantifier(words):  # "Trump and Ryan both": the ones named before it
        return _resolve_mention(ctx, cand, span.start_char, ctx.doc[words[-1].i - 1].idx
                                + len(ctx.doc[words[-1].i - 1]))
    root = span.root
    low, head = root.lower_, root.lemma_.lower()
    # A lone pronoun.
    if len(words) == 1 and (root.pos_ == "PRON" or low in PERSONAL or low in RELATIVE or low in VAGUE):
        return _resolve_pronoun(ctx, cand, root)
    if len(words) == 2 and words[0].lower_ == "this" and head in _SELF_NOUNS:
        writer = ctx.writer()  # "As this reporter revealed": the byline's writer
        if writer is not None:
            return Resolved(writer, "role")
    family = _family(ctx, root)
    if family:  # "the Clintons", "the Khans": everyone of that surname the article names
        return Resolved(None, "group", group=family)
    pair = _pair_named_before(ctx, span, root) or _counted_group_before(ctx, span, root)
    if pair:  # "Trump and Kelly met … The two spoke for an hour": the pair again
        return Resolved(None, "group", group=pair)
    inner = _document_within(ctx, cand, root, head)
    if inner is not None:  # "excerpts of his speech", "a footnote in the report", "half of Clinton's address"
        return inner
    filer = _filer(ctx, cand, span, head)
    if filer is not None:  # "fresh filings show it holds under $2.4 million": whoever "it" is
        return filer
    # "those who …", "47 percent", "six in 10", "nearly half": nobody in particular, unless a name is set
    # beside it ("One of the men, Jessie Elkins, 70").
    if low in VAGUE or head in QUANTITY_HEADS or root.like_num or (root.pos_ == "NUM" and not root.is_alpha):
        for c in root.children:
            m = ctx.table.at(c.idx, c.idx + len(c), ("PERSON",)) if c.dep_ == "appos" else None
            if m is not None and m.cluster is not None:
                return Resolved(m.cluster, "name")
        poll = _poll_around(root)
        if poll is not None:  # "In a new Gallup poll, 40 percent of voters said …": the poll's issuer
            found = _resolve_mention(ctx, cand, poll.left_edge.idx, poll.right_edge.idx + len(poll.right_edge))
            if found.cluster is not None:
                return Resolved(found.cluster, found.how, document=poll.lemma_.lower())
        return Resolved(None, "unnamed", plural_unnamed=True)
    group, with_unnamed = _named_group(ctx, cand, span)
    if group:
        return Resolved(None, "group", group=group, group_unnamed=with_unnamed)
    examples = _examples(ctx, span, root)
    if examples:  # "mayoral hopefuls like Dana Whitcomb and Luis Arroyo"
        return Resolved(None, "group", group=examples, group_unnamed=True)
    listed = _appositive_list(ctx, span, root)
    if listed:  # "the two front-running Liberals, Marta L. Quill and Senator Ned Farrow,"
        return Resolved(None, "group", group=listed)
    poss = [t for t in words if t.lower_ in PERSONAL and t.tag_ == "PRP$"]
    # Names in a relative clause are not the mention's own ("the activist, who backs Cruz").
    # Nor are those in a participle's phrase unless it names a document's agent: "The message, sent to Cheryl
    # Mills", "The Forward Valley group, funded by wealthy party donors", but "a poll conducted by Gallup".
    document = head in DOCUMENT_HEADS or head in AD_HEADS
    clauses = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in span
               if (t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ in ("VBN", "VBG")
                   and not (document and any(c.dep_ == "agent" for c in t.children)))
               and t.head.i < t.i and span.start <= t.head.i]
    # "A campaign TV ad": the medium the NER took for a name is nobody's.
    names = [m for m in ctx.table.within(span.start_char, span.end_char)
             if not any(lo <= m.start < hi for lo, hi in clauses) and m.text.lower() not in _MEDIA]
    giver = _giver(ctx, root) if document else None
    if giver is not None:  # "an interview his friend Karim Nasser gave to the BBC": the one who gave it
        return Resolved(giver, "name", document=head)
    if not names and _WEB_ADDRESS.fullmatch(span.text):  # "according to la-gazette.fr": a site the NER missed
        return Resolved(ctx.table.org(span.text), "name")
    team = _named_team(ctx, span, root) if head == "team" and not poss else None
    if team is not None:  # "the Norwegian Olympic team": a team of its own, not a campaign's
        return Resolved(team, "name")
    return (_campaign_voice(ctx, span, root, head, names, poss)
            or _possessed(ctx, root, head, names, poss)
            or _named_head(ctx, span, root, head)
            or _body_named_before(ctx, span, root, head)
            or _with_names(ctx, span, root, head, names)
            or _resolve_common(ctx, span, root, head))


#: A site's address standing for it: "Harborgazette.com", "la-gazette.fr".
_WEB_ADDRESS = re.compile(r"(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)*\.(?:com|org|net|info|fr|de|es|it|ru|"
                          r"co\.uk|tv|io|news)")
#: Verbs for giving one's own words: "the interview she gave", "the speech he delivered".
_GIVING_VERBS = frozenset("give grant deliver make release issue".split())


def _giver(ctx: Context, root: Token) -> Cluster | None:
    """The person or body a relative clause on a document noun says gave it ("an interview his friend Karim
    Nasser gave to the BBC"), else ``None``."""
    for clause in root.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _GIVING_VERBS:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        m = ctx.named(subject) if subject is not None else None
        if m is not None and m.cluster is not None:
            return m.cluster
    return None


def _floating_quantifier(words: list[Token]) -> bool:
    """Whether the mention ends in "both", "all" or "each" set after the people it counts: "He and Sen. Bo Ray
    both", "the two papers each" (not a lone "both", nor "those who voted for all")."""
    if len(words) < 2 or words[-1].lower_ not in ("both", "all", "each"):
        return False
    before = words[-1].doc[words[-1].i - 1]
    return before.pos_ in ("NOUN", "PROPN", "PRON") or before.text == ")"


def _poll_around(root: Token) -> Token | None:
    """The poll or survey a share of respondents is reported "in", before it in the sentence: "In a new Gallup
    poll, 40 percent of voters said …", "In the survey, most said …" → the poll noun."""
    verb = root.head
    while verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:  # "… while 40 percent chose Trump"
        verb = verb.head
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < root.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in ("poll", "survey"):
                return obj
    return None


#: Media an ad or a document runs in, never its issuer.
_MEDIA = frozenset("tv television radio web internet online cable print digital".split())

#: Documents that the one they are about files: "FEC filings", "new fundraising reports".
_FILING_HEADS = frozenset("filing disclosure".split())
_FILED_REPORT_WORDS = frozenset("fundraising finance financial disclosure spending expenditure".split())


def _filer(ctx: Context, cand: Candidate, span: SpacySpan, head: str) -> Resolved | None:
    """The filer of a filing or fundraising report: the subject of what it shows ("… Trump began increasing
    the rent" → his campaign; "The group is spending …" → the group)."""
    filed = head == "report" and (any(t.lower_ in _FILED_REPORT_WORDS for t in span) or any(
        _filed_report(t) for t in _earlier_documents(ctx, span.root, "report")))  # or "freshly filed FEC reports"
    if head not in _FILING_HEADS and not filed:                                  # … "the reports show"
        return None
    said = ctx.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    subj = next((t for t in said or () if t.idx >= cand.start and t.dep_ in ("nsubj", "nsubjpass")
                 and not (span.start <= t.i < span.end)), None)
    if subj is None:
        return None
    found = _resolve_mention(ctx, cand, ctx.doc[subj.left_edge.i].idx, subj.idx + len(subj))
    c = found.cluster
    if c is None or c.kind not in ("PERSON", "ORG"):
        return None
    return Resolved(campaign_of(ctx, c) if c.kind == "PERSON" else c, "role", document=head)


def _filed_report(tok: Token) -> bool:
    """Whether the report noun ``tok`` is one filed with a regulator: "new fundraising reports", "recently
    filed state election board reports"."""
    own = [t for t in tok.subtree if t.i <= tok.i]
    return any(t.lower_ in _FILED_REPORT_WORDS or t.lemma_.lower() == "file" for t in own)


#: What writers call themselves: "this reporter".
_SELF_NOUNS = frozenset("reporter writer author columnist correspondent journalist".split())

#: Parts and copies of a document: their source is the document's.
_PART_HEADS = frozenset("excerpt copy footnote section part portion passage page version draft summary "
                        "paragraph chapter line lines".split())


def _document_within(ctx: Context, cand: Candidate, root: Token, head: str) -> Resolved | None:
    """The issuer of the document a part, copy or share of it comes from: "excerpts of his speech released
    by the White House" → the speaker; "A footnote in the report" → the report's issuer."""
    if head not in _PART_HEADS and head not in QUANTITY_HEADS and head not in DOCUMENT_HEADS:
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "from"):
            continue
        obj = next((t for t in prep.children if t.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in DOCUMENT_HEADS or obj.lemma_.lower() == head:
            continue
        cut = {t.i for c in obj.children if c.dep_ in ("acl", "relcl", "prep") and c.i > obj.i for t in c.subtree}
        idx = [t.i for t in obj.subtree if t.i not in cut]
        inner_span = ctx.doc[min(idx):max(idx) + 1]
        outer = ctx.table.within(root.left_edge.idx, root.right_edge.idx + len(root.right_edge))
        if head in DOCUMENT_HEADS and any(not inner_span.start_char <= m.start < inner_span.end_char for m in outer):
            return None  # "a Huffington Post review of FEC filings", "an analysis of FEC data by Pew": its own issuer

        res = _resolve_mention(ctx, cand, inner_span.start_char, inner_span.end_char)
        if res.cluster is not None:
            return Resolved(res.cluster, res.how, document=obj.lemma_.lower())
    return None


def _examples(ctx: Context, span: SpacySpan, root: Token) -> tuple[Cluster, ...]:
    """The named examples of a plural noun ("candidates like Trump and Sanders", "officials — including Rogers
    and Clapper"): they speak, with others unnamed."""
    if root.tag_ not in ("NNS", "NNPS") or root.pos_ != "NOUN":
        return ()
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ in ("like", "including") and span.start <= c.i < span.end:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None:
                continue
            return _named_members(ctx, [_affiliated(ctx, span, obj), *obj.conjuncts])
    return ()


def _affiliated(ctx: Context, span: SpacySpan, tok: Token) -> Token:
    """The person an example names after their employer: in "critics, including Northern Iowa State professor
    Dana Whitcomb" the parser may take the university for the example; she is the one meant."""
    org = ctx.table.at(tok.idx, tok.idx + len(tok), ("ORG",))
    if org is None:
        return tok
    person = next((m for m in ctx.table.within(org.end, span.end_char) if m.kind == "PERSON"), None)
    if person is None or re.search(r"[,;(]|\b(?:and|or)\b", ctx.table.text[org.end:person.start]):
        return tok
    return next((t for t in span if person.start <= t.idx < person.end), tok)


def _appositive_list(ctx: Context, span: SpacySpan, root: Token) -> tuple[Cluster, ...]:
    """The names a plural noun is set beside: "The Labour contenders, Rosa Delgado and Senator Amos
    Pike" → both."""
    if root.tag_ not in ("NNS", "NNPS"):
        return ()
    appos = next((c for c in root.children if c.dep_ == "appos" and span.start <= c.i < span.end), None)
    if appos is None or not appos.conjuncts:
        return ()
    members: list[Cluster] = []
    for tok in _coordinated(appos):
        named = _conjunct_named(ctx, tok)
        if named is None:
            return ()
        if all(named is not c for c in members):
            members.append(named)
    return tuple(members) if len(members) > 1 else ()


def _named_members(ctx: Context, tokens: Sequence[Token]) -> tuple[Cluster, ...]:
    """The person or organisation each token names, once each and in order; empty if one names none."""
    members: list[Cluster] = []
    for tok in tokens:
        m = ctx.table.at(tok.idx, tok.idx + len(tok), ("PERSON", "ORG"))
        if m is None or m.cluster is None:
            return ()
        if all(m.cluster is not x for x in members):
            members.append(m.cluster)
    return tuple(members)


_LIST_SEP = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")
_PLACE_TAIL = re.compile(r"\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?$")


def _listed_names(ctx: Context, span: SpacySpan) -> tuple[Cluster, ...]:
    """A list of names the parser did not join ("Dana Whitcomb and Assembly Speaker Ray Olund"): every item one
    name, with at most a capitalised title before it and "of <Place>" after."""
    text = ctx.table.text
    members: list[Cluster] = []
    pos = span.start_char
    for item in _LIST_SEP.split(text[span.start_char:span.end_char]):
        lo = text.index(item, pos) if item else pos
        hi = lo + len(item)
        pos = hi
        core = _PLACE_TAIL.sub("", item)
        names = [m for m in ctx.table.within(lo, lo + len(core), ("PERSON",)) if m.cluster is not None]
        if len({id(m.cluster) for m in names}) != 1:
            return ()
        before = text[lo:names[0].start].split()
        if len(before) > 3 or any(not w[:1].isupper() for w in before) or names[-1].end < lo + len(core.rstrip()):
            return ()
        if all(names[0].cluster is not c for c in members):
            members.append(names[0].cluster)  # type: ignore[arg-type]
    return tuple(members) if len(members) > 1 else ()


def _conjunct_named(ctx: Context, tok: Token, *, own_phrase: bool = True) -> Cluster | None:
    """The person or organisation one conjunct names: its own word, else (``own_phrase``) the one name in its
    own phrase ("House Speaker Paul Ryan" parsed with "Speaker" as the conjunct)."""
    m = ctx.table.at(tok.idx, tok.idx + len(tok), ("PERSON", "ORG"))
    if m is not None and m.cluster is not None:
        return m.cluster
    # "his secretary of state, Ann Reyes": the person set beside the role (the parser may hang the last
    # conjunct's appositive on the first)
    beside = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "conj" and all(t.i <= tok.i for t in tok.head.conjuncts):
        beside += [c for c in tok.head.children if c.dep_ == "appos" and c.i > tok.i]
    for c in beside:
        m = ctx.table.at(c.idx, c.idx + len(c), ("PERSON",))
        if m is not None and m.cluster is not None:
            return m.cluster
    if not own_phrase:
        return None
    own = _own_phrase(tok)
    lo, hi = own[0].idx, own[-1].idx + len(own[-1])
    found = {id(m.cluster): m.cluster for m in ctx.table.within(lo, hi, ("PERSON", "ORG")) if m.cluster is not None}
    if len(found) != 1:
        return None
    named = next(iter(found.values()))
    # "the Clinton campaign and some experts": her campaign, not her
    return (_persons_body(ctx, named, tok.lemma_.lower()) if tok.pos_ == "NOUN" else None) or named


def _persons_body(ctx: Context, owner: Cluster, head: str) -> Cluster | None:
    """The campaign or body a person's noun stands for ("her campaign", "his organization"), or ``None``."""
    if owner.kind != "PERSON":
        return None
    if head in CAMPAIGN_HEADS:
        return campaign_of(ctx, owner)
    if head in _PERSONAL_BODIES:
        return body_of(ctx, owner, head)  # "his organization": the Trump Organization
    return None


def _named_group(ctx: Context, cand: Candidate, span: SpacySpan) -> tuple[tuple[Cluster, ...], bool]:
    """ "Trump and Ryan", "Sens. Mark Kirk and Susan Collins", "Neither Cruz nor Christie": every conjunct a named
    person or organisation; or "Ward and other security experts": named ones and unnamed people (the flag).
    A conjunct that names nobody is resolved on its own, as it would be alone: "He and Sen. Bo Ray" (the
    pronoun's antecedent), "the senator and his allies" (the senator the article names)."""
    root = span.root
    conjuncts = [root, *root.conjuncts]
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "&", "nor") for t in span):
        return (), False
    couple = _couple(ctx, span)
    if couple:
        return couple, False
    if len(conjuncts) < 2:
        return _listed_names(ctx, span), False
    if any(title_info(tok.text) is not None and not _determined(tok) for tok in conjuncts):
        return (), False  # "Vice President for sales and marketing Tom Reyes": an "and" inside a title
    members: list[Cluster] = []
    unnamed = False
    for tok in conjuncts:
        if not span.start <= tok.i < span.end:
            return (), False
        if _second_description(ctx, tok):
            return (), False
        plain = tok.pos_ == "NOUN" and tok.tag_ == "NNS"  # "his rivals", "other prominent bundlers"
        # A role's own words name its domain, not a speaker: "his secretary of State", "the governor of Ohio".
        role = title_info(tok.text) is not None
        named = _conjunct_named(ctx, tok, own_phrase=not plain and not role)
        if named is None:
            if plain and tok is root and tok.i + 1 < len(tok.doc) and tok.nbor().text == "," \
                    and len(conjuncts) > 2:
                continue  # "Monroe's biographers, Paul and Edith Varga,": the names say who they are
            if plain:
                unnamed = True
                continue
            alone = _conjunct_alone(ctx, cand, span, tok)
            if alone is None:
                return (), False
            unnamed = unnamed or alone.how == "unnamed" or alone.group_unnamed
            for c in alone.group or ((alone.cluster,) if alone.cluster is not None else ()):
                if all(c is not m for m in members):
                    members.append(c)
            continue
        if all(named is not c for c in members):
            members.append(named)
    if unnamed and members:
        return tuple(members), True
    return (tuple(members), False) if len(members) > 1 else ((), False)


def _own_phrase(tok: Token) -> list[Token]:
    """A conjunct's own words: its subtree without the other conjuncts, set-off appositives and clauses, whose
    names are not its own ("her campaign, who praised Trump" → "her campaign")."""
    others = {t.i for c in tok.children if c.dep_ in ("conj", "cc", "punct", "appos") for t in c.subtree}
    others |= {t.i for c in tok.subtree if c.dep_ in ("relcl", "acl") and c.i != tok.i for t in c.subtree}
    return [t for t in tok.subtree if t.i not in others]


def _second_description(ctx: Context, tok: Token) -> bool:
    """Whether a conjunct describes the same one again rather than someone else: a bare singular noun ("the
    front-runner and former mayor of Eastham", not "the Reyes campaign"), or a singular one after the first
    conjunct's appositive ("Ann Reyes, a lawyer in Dayton, and a Republican who …")."""
    own = ctx.table.at(tok.idx, tok.idx + len(tok), ("PERSON", "ORG"))
    if (own is not None and own.cluster is not None) or tok.tag_ not in ("NN", "NNP"):
        return False
    if any(c.dep_ == "appos" and c.i < tok.i for c in tok.head.children) and tok.head.i < tok.i:
        return True
    if tok.tag_ != "NN" or _determined(tok):
        return False
    if _person_title(tok) and any(
            ctx.table.at(c.idx, c.idx + len(c), ("PERSON",)) is not None for c in tok.conjuncts if c.i > tok.i):
        # "GOP Senate contender and former dentist Ned Carver": titles before one name, the party's
        # name only a modifier of the first
        return True
    return not any(
        c.dep_ in ("compound", "nmod") and ctx.table.at(c.idx, c.idx + len(c), ("PERSON", "ORG")) is not None
        for c in tok.children)


def _determined(tok: Token) -> bool:
    """Whether a noun has a determiner, possessive or partitive "of" of its own: a role noun ("the senator",
    "his deputy", "much of the media"), not a title before a name or a second description of one person
    ("the delegate and conservative activist")."""
    quantity = tok.pos_ != "NOUN" or tok.lemma_.lower() in QUANTITY_HEADS  # "much of", not "secretary of"
    return any(c.dep_ in ("det", "poss") or quantity and c.dep_ == "prep" and c.lower_ == "of"
               for c in tok.children)


def _people_noun(tok: Token) -> bool:
    """Whether a noun (or the object of its partitive "of") is a word for people: "another reporter", "its
    co-founder", "much of the media"; not "the scale of the assault"."""
    for word in (tok, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj")):
        for head in {word.lemma_.lower(), word.lower_}:  # "media", whose lemma is "medium"
            if head in UNNAMED_HEADS or head in PERSON_ROLE_HEADS or head in GENERIC_PEOPLE or \
                    head in _PERSON_WORDS or _agentive(head):
                return True
    return False


def _conjunct_alone(ctx: Context, cand: Candidate, span: SpacySpan, tok: Token) -> Resolved | None:
    """How one conjunct's own phrase resolves as a mention by itself: "He" → the pronoun's antecedent, "his
    campaign" → that person's campaign, "much of the media" → unnamed people; None when it names nobody."""
    if any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        return None  # "his wife's campaign": whose it is takes more than the pronoun
    kept = {t.i for t in _own_phrase(tok) if span.start <= t.i < span.end}
    lo = hi = tok.i  # the unbroken run around the conjunct: "her campaign and Democrats around the state"
    while lo - 1 in kept:
        lo -= 1
    while hi + 1 in kept:
        hi += 1
    res = _resolve_mention(ctx, cand, ctx.doc[lo].idx, ctx.doc[hi].idx + len(ctx.doc[hi]))
    if res.group:
        return res
    if res.how == "unnamed":
        return res if res.plural_unnamed or _people_noun(tok) else None
    if res.cluster is None or res.cluster.kind not in ("PERSON", "ORG"):
        return None
    if PERSONAL.get(tok.lower_) == "p":
        return None  # "They and their supporters": one body for "they" is a guess, not the group
    return res


def _couple(ctx: Context, span: SpacySpan) -> tuple[Cluster, ...]:
    """ "Khizr and Ghazala Khan, the parents …": two people of one surname, the first by the first name alone
    (the parser reads it as a modifier of the second name, not as its conjunct)."""
    people = [m for m in ctx.table.within(span.start_char, span.end_char, ("PERSON",)) if m.cluster is not None]
    if len(people) < 2:
        return ()
    first, second = people[0].cluster, people[1].cluster
    if people[0].start != span.start_char or ctx.table.text[people[0].end:people[1].start] != " and ":
        return ()
    if first is None or second is None or first is second or first.last != second.last:
        return ()
    return (first, second)


def _campaign_voice(ctx: Context, span: SpacySpan, root: Token, head: str, names: list[Mention],
                    poss: list[Token]) -> Resolved | None:
    """ "a Trump campaign ad", "her ad", "Clinton campaign spokesman": the campaign."""
    campaign_word = any(t.lower_ == "campaign" and t.i != root.i for t in span)
    if not (head in AD_HEADS or (campaign_word and (head in DOCUMENT_HEADS or head in UNNAMED_HEADS))):
        return None
    if names:
        owner = next((m for m in names if m.kind == "PERSON"), names[0]).cluster
    elif poss:
        owner, _ = resolve_personal(ctx, poss[0].idx, PERSONAL[poss[0].lower_])
    else:
        return None
    if owner is None or owner.kind not in ("PERSON", "ORG"):
        return None
    if owner.kind == "ORG" and ("campaign" in owner.name.lower() or len(owner.name.split()) > 1):
        return Resolved(owner, "name")
    return Resolved(campaign_of(ctx, owner), "name" if names else "pronoun")


def _possessed(ctx: Context, root: Token, head: str, names: list[Mention], poss: list[Token]) -> Resolved | None:
    """Possessive pronoun + noun: "his campaign", "her tax returns", "their aides"."""
    if not poss or names:
        return None
    if head == "office" and poss[0].lower_ in ("his", "her"):
        # "His office put out a statement": the person's own office speaks for them.
        owner, _ = resolve_personal(ctx, poss[0].idx, PERSONAL[poss[0].lower_])
        if owner is not None and owner.kind == "PERSON":
            return Resolved(owner, "pronoun")
    if head in _KIN and poss[0].lower_ in ("his", "her", "their"):
        owner, _ = resolve_personal(ctx, poss[0].idx, PERSONAL[poss[0].lower_])
        relative = _relative_of(ctx, root, owner) if owner is not None else None
        if relative is not None:  # "his son said …" and "Eric Trump" named in the article
            return Resolved(relative, "role")
    if head in CAMPAIGN_HEADS or head in DOCUMENT_HEADS or head in _OWN_WORDS or head in _PERSONAL_BODIES:
        owner, _ = resolve_personal(ctx, poss[0].idx, PERSONAL[poss[0].lower_])
        body = _persons_body(ctx, owner, head) if owner is not None else None
        if body is not None:
            return Resolved(body, "pronoun")
        if owner is not None and (head in DOCUMENT_HEADS or head in _OWN_WORDS):
            return Resolved(owner, "pronoun", document=head)  # "his response", "her speech"
    return Resolved(None, "unnamed", plural_unnamed=root.tag_ in ("NNS", "NNPS"))


def _named_head(ctx: Context, span: SpacySpan, root: Token, head: str) -> Resolved | None:
    """The mention's head word is part of a name: "Mr. Trump", "The New York Times", "Russia"."""
    named = ctx.table.at(root.idx, root.idx + len(root))
    if named is None or named.cluster is None or head in CAMPAIGN_HEADS:
        return None
    c = named.cluster
    if c.kind == "GPE":  # "Russia said": the state speaking, named
        return Resolved(c, "name")
    if c.kind == "NORP":
        first = next((t.lower_ for t in span if not t.is_punct), "")
        if first == "the" and root.tag_ not in ("NNS", "NNPS"):  # "the Republican": one person, a role
            return _resolve_common(ctx, span, root, head)
        return Resolved(None, "unnamed", plural_unnamed=True)  # "Republicans", "Americans": a group
    how = "name" if c.kind != "PERSON" or (named.name and named.name.has_full) else "partial"
    if how == "partial" and named.name is not None and not named.name.title and root.dep_ == "nsubj":
        if root.head.lemma_ in ("add", "continue"):  # "…,” Clinton added" right after Bill Clinton spoke
            c = _same_name_speaking(ctx, c, span.start_char) or c
        else:  # any other verb, only right after he spoke under his full name ("Tom said" keeps him apart)
            other = _same_name_speaking(ctx, c, span.start_char, reach=1, in_full=True)
            if other is not None and all(PERSONAL.get(t.lower_, other.gender) == other.gender for t in span):
                c = other  # (not "Clinton herself" for him)
    return Resolved(c, how)


def _same_name_speaking(ctx: Context, c: Cluster, char: int, reach: int = 2, *,
                        in_full: bool = False) -> Cluster | None:
    """Another person of the surname who spoke in the ``reach`` sentences before (``in_full``: under a full
    name): a bare "Clinton added" right after Bill Clinton spoke goes on with him, whoever else of the name
    the article is about."""
    sent = ctx.table.sent_of(char)
    for said in reversed(ctx.history):
        if said.sent < sent - reach:
            return None
        other = said.cluster
        if other is not None and other is not c and other.kind == "PERSON" and other.last == c.last \
                and other.suffix == c.suffix:
            if in_full:
                named = ctx.table.at(*said.mention, ("PERSON",)) if said.mention else None
                if named is None or named.name is None or not named.name.has_full:
                    return None
            return other
    return None


def _body_named_before(ctx: Context, span: SpacySpan, root: Token, head: str) -> Resolved | None:
    """An organisation noun after a name the NER missed: "The Future45 group, funded by GOP donors" →
    Future45 (not the GOP, whose donors fund it)."""
    if head not in ORG_ROLE_HEADS or root.pos_ != "NOUN":
        return None
    issuer = _proper_issuer(ctx, span, root)
    return Resolved(issuer, "name") if issuer is not None else None


def _with_names(ctx: Context, span: SpacySpan, root: Token, head: str, names: list[Mention]) -> Resolved | None:
    """A common noun with a name in it: "Trump's campaign", "a Bloomberg poll", "a spokesman for Disney"."""
    if not names:
        return None
    force = names[-1]
    if head == "police" and force.kind == "GPE" and force.cluster is not None \
            and not ctx.table.text[force.end:root.idx].strip():
        # "Cologne police say …": the city's police force
        return Resolved(ctx.table.org(f"{force.text} police"), "name")
    if head in MUNICIPAL_HEADS and root.tag_ == "NN":
        # "the city of Phoenix": the city's government
        town = next((m for m in names if m.kind == "GPE" and m.cluster is not None and m.start > root.idx
                     and re.fullmatch(r"\s+of\s+", ctx.table.text[root.idx + len(root):m.start])), None)
        if town is not None and town.cluster is not None:
            return Resolved(ctx.table.org(f"{MUNICIPAL_HEADS[head]} of {town.cluster.name}"), "name")
    # "Ukraine's president Volodymyr Zelenskyy", "Clinton's opponent, Sen. Bernie Sanders": the name set beside
    for c in _appositions(ctx, root, names):
        beside = next((m for m in names if m.kind == "PERSON" and m.start <= c.idx < m.end), None)
        if beside is not None and beside.cluster is not None:
            return Resolved(beside.cluster, "name")
    # "Trump spokesperson Ron Lieberman", "Finance ranking Democrat Nora Blake (D-Ore.)": a title, then
    # the name that ends the phrase
    text = ctx.table.text
    end = span.end_char
    paren = text.find(" (", span.start_char, end)
    if paren >= 0:
        end = paren
    # "lobbyist Gil Norden, Ferris's former business partner": what follows the name's comma describes it
    comma = next((m.end for m in names if m.kind == "PERSON" and text.startswith(",", m.end) and m.end < end), None)
    if comma is not None:
        end = comma
    last = next((m for m in reversed(names) if m.kind == "PERSON" and end - 1 <= m.end <= end), None)
    if last is not None and last.cluster is not None and last.start > span.start_char and root.tag_ != "NNS" \
            and head not in DOCUMENT_HEADS and head not in CAMPAIGN_HEADS and _title_before(ctx, span, last.start):
        return Resolved(last.cluster, "name")
    office = _office_agent(ctx, span) if head in DOCUMENT_HEADS else None
    if office is not None:  # "a report from the Transit Agency's inspector general": the inspector general
        return Resolved(office, "role", document=head)
    # "an analysis of FEC data by Crowdpac": the agent after "by" is the issuer
    by_agent = [m for m in names if m.kind in ("PERSON", "ORG") and text[max(0, m.start - 3):m.start] == "by "
                and not re.search(r"\b(?:obtained|reviewed|seen|received|acquired|viewed|provided) by $",
                                  text[max(0, m.start - 16):m.start])]
    # "a letter from the Harbor Veterans League obtained by The Daily Ledger": the sender wrote it
    from_agent = [m for m in names if m.kind in ("PERSON", "ORG")
                  and re.search(r"\bfrom (?:the )?$", text[max(0, m.start - 9):m.start])]
    by_agent = by_agent or from_agent
    if by_agent and head in DOCUMENT_HEADS:
        # "a study by Ada Pell, an economist, and Ed Vance": all of them
        first = ctx.doc.char_span(by_agent[0].start, by_agent[0].end, alignment_mode="expand")
        if first is not None:
            listed = _coordinated(first.root)
            if len(listed) == 1:  # the parser hung the second name on the first one's description
                listed += [c for a in first.root.children if a.dep_ == "appos" for c in a.conjuncts]
            members = _named_members(ctx, listed)
            if len(members) > 1:
                return Resolved(None, "group", group=members, document=head)
    owner_m = by_agent[0] if by_agent and head in DOCUMENT_HEADS else next(
        (m for m in names if m.kind == "PERSON"), next((m for m in names if m.kind == "ORG"), names[0]))
    owner = owner_m.cluster
    plural = root.tag_ in ("NNS", "NNPS")
    if owner is None:
        return None
    one_word_org = owner_m.kind == "ORG" and len(owner.name.split()) == 1  # "Trump" tagged ORG
    if head in CAMPAIGN_HEADS and (owner_m.kind == "PERSON" or one_word_org):
        return Resolved(campaign_of(ctx, owner), "name")
    if head in AD_HEADS and owner_m.kind == "PERSON":
        return Resolved(campaign_of(ctx, owner), "name", document=head)  # "a new Clinton ad": her campaign's
    if head in ("poll", "survey") and _pollster_read_as_place(ctx, owner_m, root):
        # "a Quinnipiac poll": the pollster, by the fuller name the article gives it ("Monmouth University")
        word = owner_m.text.lower()
        fuller = [c for c in ctx.table.clusters if c.kind == "ORG" and c.mentions
                  and word in re.findall(r"[\w'-]+", c.name.lower())]
        return Resolved(fuller[0] if len(fuller) == 1 else ctx.table.org(owner_m.text), "name", document=head)
    if head in DOCUMENT_HEADS and owner_m.kind in ("PERSON", "ORG"):
        joint = _joint_issuer(ctx, names)
        return Resolved(joint or owner, "name", document=head)
    if owner_m.kind in ("GPE", "NORP") and _of_polls(root, head):
        pollster = _sole_pollster(ctx)
        if pollster is not None:  # "The early results of an exit poll of Ohio voters": a place's voters
            return Resolved(pollster, "role", document="poll")
    if head in UNNAMED_HEADS or plural:
        named = _named_next(ctx, span, head) or (None if plural else _introduced_next(ctx, span, root)
                                                 or _named_later_for(ctx, span, head, owner))
        if named is not None:
            return Resolved(named, "role")
        return Resolved(None, "unnamed", plural_unnamed=plural)
    if owner_m.kind == "ORG" and head in ORG_ROLE_HEADS | {"unit", "staff", "desk", "team", "board"}:
        return Resolved(owner, "name")
    if owner_m.kind == "PERSON" and head in _PERSONAL_BODIES and _modifies(ctx, owner_m, root):
        # "the Obama administration", "Trump's foundation": the body a person leads (not "the company and
        # Pascale Boistard", a person beside it)
        return Resolved(body_of(ctx, owner, head), "name")
    if owner_m.kind == "ORG" and root.pos_ == "PROPN" and (head in PERSON_ROLE_HEADS or head in NAMING_HEADS) \
            and _modifies(ctx, owner_m, root):
        named = _named_later_for(ctx, span, head, owner, titles=True)
        if named is not None:  # a headline's "Network President On …" over "Network President Ann Roe said"
            return Resolved(named, "role")
    if owner_m.kind not in ("GPE", "NORP") and root.pos_ == "PROPN" and not (
            head in PERSON_ROLE_HEADS and _possessor_of(ctx, owner_m, root)):
        return Resolved(owner, "name")  # (but "Trump's VP" is someone else, whom the article ties the title to)
    if head == "government" and not plural and all(m.kind in ("GPE", "NORP") and m.end <= root.idx for m in names):
        # "the German government", "the U.S. government": the state's government, named as the article does
        place = ctx.table.text[names[0].start:names[-1].end]
        if _ACRONYM_DOTS.fullmatch(place):
            place = place.replace(".", "")  # "U.S." → "US"
        name = f"{place} government"
        return Resolved(ctx.table.org(name), "name")
    return None


def _pollster_read_as_place(ctx: Context, m: Mention, root: Token) -> bool:
    """Whether mention ``m`` is one word the NER took for a place, set before a poll noun, that names no US
    state or country: "a Quinnipiac poll" is Quinnipiac's, "an Iowa poll" is nobody's in particular."""
    span = ctx.tokens(m)
    return m.kind == "GPE" and span is not None and len(span) == 1 and span.root.head.i == root.i \
        and span.root.dep_ in ("compound", "nmod", "amod") and m.text.lower() not in US_STATES \
        and m.text.lower() not in country_names()


def _possessor_of(ctx: Context, m: Mention, root: Token) -> bool:
    """Whether mention ``m`` is the possessor of ``root``: "Trump's" in "Trump's VP"."""
    span = ctx.tokens(m)
    return span is not None and any(t.dep_ == "poss" and t.head.i == root.i for t in span)


def _appositions(ctx: Context, root: Token, names: list[Mention]) -> list[Token]:
    """Words set beside the mention's head as another name for it. Besides the head's own appositions,
    the parser often hangs the name on the last noun of an "of"/"for" phrase: in "The head of the Ferry
    Workers Union, Dana Pike," the name is an apposition of "Union", but a person cannot be another name
    for an organisation or a place (or a book), so she is the head."""
    found = [c for c in root.children if c.dep_ == "appos"]
    bodies = [m for m in names if m.kind in ("ORG", "GPE", "NORP")]
    stack = [c for c in root.children if c.dep_ == "prep"]
    while stack:
        prep = stack.pop()
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            body = next((m for m in bodies if m.start <= obj.idx < m.end), None)
            if body is None and obj.pos_ == "NOUN" and obj.lemma_.lower() in DOCUMENT_HEADS:
                # "The author of the book, Mitchell Voss,": nor can a person be another name for a book
                found.extend(c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN")
                continue
            if body is None:
                continue
            found.extend(c for c in obj.children if c.dep_ == "appos" and c.idx >= body.end)
            stack.extend(c for c in obj.children if c.dep_ == "prep")
    return found


def _office_agent(ctx: Context, span: SpacySpan) -> Cluster | None:
    """The person holding the office a document is from or by, when a body's possessive names the office ("a
    report from the Transit Agency's inspector general"): the one the article ties that office to, before
    or after (a report's office comes first, its holder's name often later)."""
    for tok in span:
        if tok.lower_ not in ("by", "from") or not span.start <= tok.head.i < span.end:
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in obj.children):
            continue
        words = role_words([t for t in obj.subtree if t.i <= obj.i])
        held = {id(b.cluster): b.cluster for b in ctx.bindings if b.words == words and b.cluster.kind == "PERSON"}
        if len(held) == 1:
            return next(iter(held.values()))
    return None


_NOT_IN_TITLES = frozenset("who whom which that and or like for to by with from including , ; :".split())


def _modifies(ctx: Context, m: Mention, root: Token) -> bool:
    """Whether the mention ``m`` is a possessive or compound modifier of ``root``."""
    span = ctx.tokens(m)
    return span is not None and any(t.head.i == root.i and t.dep_ in ("poss", "compound", "nmod", "amod")
                                    for t in span)


def _person_title(tok: Token) -> bool:
    """Whether a noun is a word for a person's office or calling ("contender", "senator"), not a body's."""
    head = tok.lemma_.lower()
    return (head in PERSON_ROLE_HEADS or _agentive(head)) and head not in CAMPAIGN_HEADS


def _title_before(ctx: Context, span: SpacySpan, start: int) -> bool:
    """Whether the words before a name in ``span`` read as its title ("Trump spokesperson", "Secretary of
    State") rather than someone it works for, a list or a clause ("a member who supports …")."""
    before = [t for t in span if t.idx < start]
    for k, tok in enumerate(before):
        if tok.lower_ == "and" and 0 < k < len(before) - 1 and before[k - 1].pos_ == "NOUN" \
                and (not ctx.table.within(span.start_char, tok.idx, ("PERSON", "ORG"))
                     or _person_title(before[k - 1]) and not any(t.dep_ in ("det", "poss") for t in before[:k])):
            # "lobbyist and party strategist Gil Norden", "GOP contender and former surgeon Ned Carver": two
            # titles of one person
            continue
        if tok.lower_ in _NOT_IN_TITLES or tok.pos_ == "VERB" and tok.tag_ != "VBG":
            return False
        if tok.lower_ == "of" and not (k + 1 < len(before) and before[k + 1].text[:1].isupper()):
            return False
    return bool(before)


_ACRONYM_DOTS = re.compile(r"(?:[A-Z]\.)+")
_SECOND_ISSUER = re.compile(r"[/–-][A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*")  # "/WMUR", "-Wall Street Journal"


def _joint_issuer(ctx: Context, names: list[Mention]) -> Cluster | None:
    """ "an NBC/Wall Street Journal poll": one issuer named by the pair, as the article writes it."""
    orgs = [m for m in names if m.kind == "ORG"]
    text = ctx.table.text
    if len(orgs) == 1:  # "a CNN/WMUR poll", "the NBC-Wall Street Journal poll": the NER missed the second
        other = _SECOND_ISSUER.match(text, orgs[0].end)
        if other is None:
            return None
        name = text[orgs[0].start:other.end()]
        return ctx.table.org(name)
    if len(orgs) < 2:
        return None
    for a, b in zip(orgs, orgs[1:]):
        if text[a.end:b.start].strip() not in ("/", "-", "–"):
            return None
    name = " ".join(text[orgs[0].start:orgs[-1].end].split())
    return ctx.table.org(name)


def _starts_sentence(span: SpacySpan) -> bool:
    sent = span.sent
    first = next((t for t in sent if not (t.is_punct or t.is_space)), sent[0])
    return span.start <= first.i


def _named_team(ctx: Context, span: SpacySpan, root: Token) -> Cluster | None:
    """A team named by the capitalised words before "team" ("the Norwegian Olympic team"), when none of
    them is a person's name ("the Whitcomb team" is his campaign)."""
    words = [t for t in span if t.i < root.i and t.dep_ in ("amod", "compound") and t.text[:1].isupper()]
    if not words or words[0].i != root.i - len(words) or any(not t.is_alpha for t in words):
        return None
    if ctx.table.within(words[0].idx, root.idx, ("PERSON",)):
        return None
    name = " ".join(t.text.capitalize() if t.text.isupper() else t.text for t in words)
    return ctx.table.org(f"{name} team")


def _resolve_common(ctx: Context, span: SpacySpan, root: Token, head: str, *, person: bool = False) -> Resolved:
    """A mention without a name in it: a role noun, a document or an unnamed source.

    ``person`` says the mention is known to be a person ("the novice who said").
    """
    first = next((t.lower_ for t in span if not t.is_punct), "")
    plural = root.tag_ in ("NNS", "NNPS")
    common = lexicon_form(root.text) if len(span) == 1 and root.tag_ in ("NNP", "NNPS") else None
    if common is not None:  # "Aides said …" opening a paragraph, tagged as a name: the common noun it is
        head, plural = common, common != root.lower_
    if root.lower_ in VAGUE or head in QUANTITY_HEADS or root.like_num or root.pos_ == "NUM":
        return Resolved(None, "unnamed", plural_unnamed=True)
    rwords = role_words([t for t in span if t.i <= root.i or t.dep_ in ("prep", "pobj")])
    of = _results_of(root) if head in _RESULTS else None
    if of is not None:  # "The early results of an exit poll …": the poll's, as if it spoke itself
        root, head = of, of.lemma_.lower()
    if head in DOCUMENT_HEADS or head in AD_HEADS:
        owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if owner is not None:  # "the campaign's statement": the campaign's
            res = _resolve_common(ctx, ctx.doc[owner.left_edge.i:owner.i + 1], owner, owner.lemma_.lower())
            return Resolved(res.cluster, res.how, res.plural_unnamed, document=head)
        issuer = _proper_issuer(ctx, span, root) or _agent_missed(ctx, span)
        if issuer is not None:  # "the RealClearPolitics polling average": a name the NER missed
            return Resolved(issuer, "name", document=head)
        committee = _congressional_committee(ctx, span, root)
        if committee is not None:  # "a congressional report", in an article that names one committee
            return Resolved(committee, "role", document=head)
        ad = head in AD_HEADS or any(t.lemma_.lower() in AD_HEADS for t in span)
        source = _results_source(ctx, span) if head in _RESULTS and first in ("the", "these") else None
        if source is not None:  # "a new Morning Consult poll found … according to the results"
            return Resolved(source, "role", document=head)
        # "the poll": the one named before; "the remarks", "these comments": what was just said
        if (first in ("the", "this", "that") and not plural) or ad or (first in ("the", "these") and head in _SAID):
            for said in reversed(ctx.history):
                if said.document == head and said.cluster is not None:
                    return Resolved(said.cluster, "role", document=head)
            issuer = _issuer_before(ctx, root, head)
            if issuer is not None:
                if ad and issuer.kind == "PERSON":  # "the narrator" of "the Clinton ad"
                    issuer = campaign_of(ctx, issuer)
                return Resolved(issuer, "role", document=head)
            writers = _writers_before(ctx, root, head)
            if len(writers) == 1:
                writer = campaign_of(ctx, writers[0]) if ad and writers[0].kind == "PERSON" else writers[0]
                return Resolved(writer, "role", document=head)
            if writers:  # "Chaffetz and Goodlatte sent a letter … The letter says": both
                return Resolved(None, "group", group=writers, document=head)
            if ad:
                issued = _ad_issued_before(ctx, span)
                if issued is not None:  # "Trump is expected to unveil his second ad … says a narrator"
                    return Resolved(issued, "role", document=head)
                # "the ad": a campaign's, that of the person the story is about, but not of the one it attacks
                lead = ctx.focus(span.start_char, avoid=_targets(ctx, root) | not_running(ctx, span.start_char))
                if lead is not None:
                    return Resolved(campaign_of(ctx, lead), "role", document=head)
            elif first in ("the", "this"):
                # "Slaughter wrote in an email … The message, sent to …": the latest writer's
                sent = ctx.table.sent_of(span.start_char)
                latest = next((s for s in reversed(ctx.history)
                               if s.cluster is not None and s.cluster.kind in ("PERSON", "ORG")), None)
                if latest is not None and latest.sent >= sent - 3:
                    return Resolved(latest.cluster, "role", document=head)
        if first in ("a", "an") and head in ("report", "story", "article"):
            outlet = _outlet_reporting_after(ctx, root)
            if outlet is not None:  # "A news report said … ¶ The Daily Ledger reported it obtained …"
                return Resolved(outlet, "role", document=head)
        if first in ("a", "an") and head in ("poll", "survey"):
            later = _issuer_after(ctx, root)
            if later is not None:  # "according to a new poll. … The survey, conducted by PPIC, …"
                return Resolved(later, "role", document=head)
        if head in _POLLS:
            pollster = _sole_pollster(ctx)
            if pollster is not None:  # "Exit polls found …" in a story that says "… conducted by Harwick Research"
                return Resolved(pollster, "role", document=head)
        if span.start_char < ctx.sents[0].end_char and first not in ("a", "an"):
            # a headline's "Poll: …": the story below says whose ("A new Fox News poll shows …")
            heads = frozenset({"poll", "survey"}) if head in ("poll", "survey") else \
                _FINDINGS if head in _FINDINGS else frozenset({head})  # "Report: …" over "The AP's analysis"
            later = _issuer_after(ctx, root, heads, window=3)
            if later is not None:
                return Resolved(later, "role", document=head)
        if head in ORG_ROLE_HEADS and not plural and first in ("the", "this"):
            body = resolve_role(ctx, span.start_char, rwords, org_only=True)  # "the site": an outlet
            if body is not None:
                return Resolved(body, "role")
        return Resolved(None, "unnamed", document=head)
    spot = _ad_it_speaks_of(root) if first == "the" and not plural and root.lemma_.lower() in CAMPAIGN_HEADS \
        else None
    if spot is not None:  # "The campaign said the spot would run statewide": the campaign that made the ad
        maker = _resolve_common(ctx, ctx.doc[spot.left_edge.i:spot.i + 1], spot, spot.lemma_.lower())
        if maker.cluster is not None and maker.cluster.kind == "ORG":
            return Resolved(maker.cluster, "role")
    if plural and first in ("the", "both") and (head in UNNAMED_HEADS or head in PERSON_ROLE_HEADS or _agentive(head)):
        group = _group_before(ctx, span)
        if group:  # "Goodlatte and Gowdy wrote … The two lawmakers argue": the pair again
            return Resolved(None, "group", group=group)
        titled = {id(b.cluster): b.cluster for b in ctx.bindings
                  if b.start < span.start_char and b.head == head and b.cluster.kind == "PERSON"}
        if 2 <= len(titled) <= 4 and head in PERSON_ROLE_HEADS:
            # "Committee Chairman Jason Chaffetz and … Chairman Bob Goodlatte … the committee chairmen wrote"
            return Resolved(None, "group", group=tuple(titled.values()))
    if plural and first in ("the", "both") and root.lemma_.lower() in CAMPAIGN_HEADS:
        camps = _campaigns_before(ctx, span)
        if len(camps) > 1:  # "The Whitcomb campaign has more volunteers than the Ryder team, the campaigns
            return Resolved(None, "group", group=camps)  # agree": both
    if plural and first in ("the", "both") and head in ORG_ROLE_HEADS:
        bodies = _bodies_before(ctx, span)
        if bodies:  # "a deal with Meridian Bank and Coastal Trust, with the lenders agreeing …": both
            return Resolved(None, "group", group=bodies)
    identified = None if plural else _identified_after(ctx, span)
    if identified is not None:  # "A man later identified as Theo Marchetti"
        return Resolved(identified, "role")
    leader = _leader_titled_later(ctx, span, root) if first == "the" and not plural else None
    if leader is not None:  # "the chair of the party's budget committee … Budget Committee Chairman Len Ostrow"
        return Resolved(leader, "role")
    if first == "the" and not plural and _withheld_in_opening(ctx, root):
        named = _introduced_next(ctx, span, root)
        if named is not None:  # "The Dutch engineer who first warned … was cleared … Pieter van Aalst, 52, …"
            return Resolved(named, "role")
    if head in UNNAMED_HEADS or plural or first in _INDEFINITE or first in DEMONSTRATIVES:
        if not plural:
            named = _named_next(ctx, span, head) or _introduced_next(ctx, span, root)
            if named is not None:
                return Resolved(named, "role")
            if first not in _INDEFINITE and first not in DEMONSTRATIVES:
                quoted = headline_speaker(ctx, span.start_char, tuple(rwords))
                if quoted is not None:  # a headline's "Diplomat praises …": the one the story quotes
                    return Resolved(quoted, "role")
            if first == "the" and head in UNNAMED_HEADS:
                bound = bound_role(ctx, span.start_char, rwords)
                if bound is not None:
                    return Resolved(bound, "role")
                if (_age(span) or _starts_sentence(span) and root.dep_ in ("nsubj", "nsubjpass")) \
                        and not introduced_unnamed(ctx, span.start_char, head):
                    # "… said Morton Blackwell. The influential delegate, who backs Cruz, …": the one just quoted
                    lead = ctx.focus(span.start_char, gender=role_gender(tuple(rwords)))
                    if lead is not None:
                        return Resolved(lead, "role")
        return Resolved(None, "unnamed", plural_unnamed=plural)
    if not plural and (head in PERSON_ROLE_HEADS or _agentive(head) or head in ("man", "woman")) and any(
            t.dep_ == "poss" and t.head.i == root.i and ctx.named(t) is not None for t in span):
        named = _introduced_next(ctx, span, root)
        if named is not None:  # "Donald Trump's campaign manager says … Corey Lewandowski, in a statement, …"
            return Resolved(named, "role")
    if head in MUNICIPAL_HEADS and not plural:
        # "The town said": the government of the town the text was about, never a person in focus
        place = _municipality_before(ctx, span.start_char) if first in ("the", "this") else None
        if place is None:
            return Resolved(None, "unnamed")
        return Resolved(ctx.table.org(f"{MUNICIPAL_HEADS[head]} of {place.name}"), "role")
    if head in GENERIC_PEOPLE and not (head in ORG_ROLE_HEADS and first in ("the", "this")):
        return Resolved(None, "unnamed")  # (but "the group says": the organisation just named)
    person_like = head in PERSON_ROLE_HEADS or (first == "the" and (person or _agentive(head) or _age(span)))
    org_only = not (person_like or (_starts_sentence(span) and root.dep_ in ("nsubj", "nsubjpass")))
    cluster = resolve_role(ctx, span.start_char, rwords, org_only=org_only)
    if cluster is None and not plural and not org_only and first not in _INDEFINITE:
        cluster = headline_speaker(ctx, span.start_char, tuple(rwords))  # "Union chief says …" above the story
    return Resolved(cluster, "role") if cluster is not None else Resolved(None, "unnamed")


_SAID = frozenset({"remark", "comment"})  # a document noun in the plural for one person's words
_MUNICIPAL_REACH = 10  # sentences back to the place "the town" is


def _targets(ctx: Context, root: Token) -> frozenset[int]:
    """The people an ad's verb takes as its object ("A new ad accuses Trump of …", "The ad slams Kasich"):
    it is not their ad."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    found = (ctx.named(c) for c in root.head.children if c.dep_ in ("dobj", "appos") and c.i > root.i)
    return frozenset(id(m.cluster) for m in found if m is not None and m.cluster is not None)


def _municipality_before(ctx: Context, char: int) -> Cluster | None:
    """The latest place named in the sentences before ``char`` that is not a country or a US state."""
    sent = ctx.table.sent_of(char)
    countries = country_names()
    for m in ctx.table.before(char, ("GPE",)):
        if sent - m.sent > _MUNICIPAL_REACH:
            break
        name = m.cluster.name if m.cluster is not None else ""
        if name and name.lower() not in countries and name.lower() not in US_STATES:
            return m.cluster
    return None


def _proper_issuer(ctx: Context, span: SpacySpan, root: Token) -> Cluster | None:
    """The organisation named by capitalised proper nouns before a document noun that no entity covers:
    "the RealClearPolitics polling average" → RealClearPolitics."""
    run: list[Token] = []
    for tok in span:
        if tok.i >= root.i:
            break
        if _proper_word(tok) and tok.i > span.start and tok.lower_ not in _MEDIA:  # "a campaign TV ad"
            run.append(tok)
        elif run and tok.lower_ in NAME_LINKS and tok.i + 1 < root.i and _proper_word(tok.doc[tok.i + 1]):
            run.append(tok)  # "One Club for Growth ad": a name's own "for" or "of"
        elif run:
            break
    if not run or ctx.table.within(run[0].idx, run[-1].idx + len(run[-1])):
        return None
    if run[0].i == span.start + 1 and _proper_word(span[0]):
        return None  # "Wall Street regulations": the run is the tail of a name that starts the mention
    name = usual_org_name(" ".join(t.text for t in run))
    return ctx.table.org(name)


def _proper_word(tok: Token) -> bool:
    """A capitalised proper noun no entity covers, or a word with capitals inside ("RealClearPolitics", "FEC")."""
    proper = tok.pos_ == "PROPN" or any(ch.isupper() for ch in tok.text[1:])
    return proper and tok.text[:1].isupper() and not tok.ent_type_


def _agent_missed(ctx: Context, span: SpacySpan) -> Cluster | None:
    """The organisation after "by" in a document's phrase when the NER missed its name: "a report … by the
    environmental nonprofit E3G" → E3G."""
    for tok in span:
        if tok.lower_ != "by" or tok.head.i < span.start:
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "NOUN":  # "by the environmental nonprofit E3G"
            obj = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if obj is None or obj.pos_ != "PROPN" or not obj.text[:1].isupper() or obj.i >= span.end:
            continue
        run = [t for t in obj.subtree if t.i <= obj.i and t.pos_ == "PROPN" and t.text[:1].isupper()]
        lo, hi = run[0].idx, obj.idx + len(obj)
        if ctx.table.within(lo, hi) or any(t.i < obj.i and t.head.i != obj.i for t in run):
            continue
        return ctx.table.org(ctx.table.text[lo:hi])
    return None


def _issuer_after(ctx: Context, root: Token, heads: frozenset[str] = frozenset({"poll", "survey"}),
                  window: int = 2) -> Cluster | None:
    """The issuer named with the next poll or survey in the following two sentences: "a new poll … a CBS
    poll released Monday", "a new poll … The survey, conducted by the Lakeshore Research Institute"."""
    doc = ctx.doc
    last_sent = ctx.table.sent_of(root.idx) + window
    for tok in doc[root.i + 1:]:
        if ctx.table.sent_of(tok.idx) > last_sent:
            break
        if tok.lemma_.lower() not in heads:
            continue
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        aside = _asides(tok)
        names = [m for m in ctx.table.within(lo, hi, ("ORG",)) if m.how in ("name", "partial")
                 and not any(a <= m.start < b for a, b in aside)]
        if names and names[0].cluster is not None:
            return names[0].cluster
    return None


_POLLS = frozenset({"poll", "survey", "polling"})


def _results_of(root: Token) -> Token | None:
    """The document noun "the results" are "of": "The early results of an exit poll" → "poll"."""
    return next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_HEADS), None)


def _of_polls(root: Token, head: str) -> bool:
    """Whether the mention is a poll or survey, or the results of one."""
    if head in _RESULTS:
        of = _results_of(root)
        return of is not None and of.lemma_.lower() in _POLLS
    return head in _POLLS


def _sole_pollster(ctx: Context) -> Cluster | None:
    """The one organisation the article says conducted its polls ("The survey was done for the Ledger and two
    networks by Harwick Research"), when no other is named with a poll: the issuer of the polls it leaves
    unnamed. Cached on the context, it is the same for every mention of the article."""
    if "pollster" in ctx.cache:
        return ctx.cache["pollster"]  # type: ignore[return-value]
    conductors: set[Cluster] = set()
    named: set[Cluster] = set()
    for tok in ctx.doc:
        if tok.lemma_.lower() not in _POLLS or tok.pos_ != "NOUN":
            continue
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        named.update(m.cluster for m in ctx.table.within(lo, hi, ("ORG",)) if m.cluster is not None)
        verb = tok.head if tok.dep_ == "nsubjpass" else next(
            (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if verb is None or verb.lemma_.lower() != "conduct":
            continue
        # "conducted for the Ledger and two networks by Harwick Research": "by" may hang on a noun
        for by in (t for t in verb.subtree if t.lower_ == "by" and t.dep_ in ("agent", "prep")):
            for obj in (g for g in by.children if g.dep_ == "pobj"):
                lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
                conductors.update(m.cluster for m in ctx.table.within(lo, hi, ("ORG",)) if m.cluster is not None)
    found = next(iter(conductors)) if len(conductors) == 1 and named <= conductors else None
    ctx.cache["pollster"] = found
    return found


def _outlet_reporting_after(ctx: Context, root: Token) -> Cluster | None:
    """The news outlet that is the subject of "reported" in the sentence after an unattributed report."""
    k = ctx.table.sent_of(root.idx) + 1
    verb = ctx.sents[k].root if k < len(ctx.sents) else None
    if verb is None or verb.lemma_.lower() != "report":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    m = ctx.table.at(subj.idx, subj.idx + len(subj), ("ORG",)) if subj is not None else None
    return m.cluster if m is not None and m.cluster is not None and is_outlet(m.cluster.name) else None


def _ad_it_speaks_of(root: Token) -> Token | None:
    """ "the ad" (or "the spot") in what the campaign noun ``root`` says, as its cue's clause goes on."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    return next((t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree
                 if t.lemma_.lower() in _AD_NOUNS and t.tag_ == "NN"
                 and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in t.children)), None)


#: The ad itself, not who speaks in it (``AD_HEADS`` holds both, "narrator" and "announcer" too).
_AD_NOUNS = frozenset("ad advertisement commercial spot".split())


_WRITING_VERBS = frozenset("write send release issue provide give read file publish sign pen deliver post tweet "
                           "submit circulate draft author".split())


def _earlier_documents(ctx: Context, root: Token, head: str, window: int = 5) -> Iterator[Token]:
    """The earlier mentions of the document noun ``head`` (any document noun for ``head`` ``*``) in the
    ``window`` sentences before, nearest first."""
    first_sent = ctx.table.sent_of(root.idx) - window
    for tok in reversed(ctx.doc[:root.i]):
        if ctx.table.sent_of(tok.idx) < first_sent:
            return
        if tok.tag_ in ("VBD", "VBN", "VBG"):
            continue  # "it was reported in May": the verb, not a report (but "FEC reports that …" may be tagged a verb)
        if tok.lemma_.lower() == head or (head == "*" and tok.lemma_.lower() in DOCUMENT_HEADS):
            yield tok


def _writers_before(ctx: Context, root: Token, head: str) -> tuple[Cluster, ...]:
    """Who wrote or sent the document the text named earlier as a verb's object: "Chaffetz and Goodlatte
    sent a letter … The letter says" → both."""
    # "sent a letter … [a long quotation] … The letter continues"; "sent the referral … the missive suggests";
    # "plaster screens with a Web ad … says the ad's narrator" (the ad before, not the one in the mention)
    tok = next(_earlier_documents(ctx, root, head, window=8), None) or \
        next((t for t in _earlier_documents(ctx, root, "*", window=8)
              if t.dep_ == "dobj" and t.head.lemma_.lower() in _WRITING_VERBS
              or head in AD_HEADS and t.lemma_.lower() in AD_HEADS and t.i < root.left_edge.i), None)
    if tok is None:
        return ()
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "in") and tok.head.head.pos_ == "VERB" \
            and head in AD_HEADS:
        verb = tok.head.head  # "Trump finally hit the airwaves with an ad …"
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in _WRITING_VERBS:
        verb = tok.head
    else:
        return ()
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "The group is planning to plaster screens with an ad"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return ()
    members = _named_members(ctx, _coordinated(subj))
    if not members:
        named = _conjunct_named(ctx, subj)
        if named is None:  # "The Future45 group is planning …": a name the NER missed
            missed = _body_named_before(ctx, ctx.doc[subj.left_edge.i:subj.i + 1], subj, subj.lemma_.lower())
            named = missed.cluster if missed is not None else None
        members = (named,) if named is not None else ()
    return members


def _issuer_before(ctx: Context, root: Token, head: str) -> Cluster | None:
    """Who issued the document the text named earlier: "A CNN poll found … The poll also found" → CNN; for a
    report, also a study or investigation just before ("The AP's investigation … The report showed" → the AP)."""
    for tok in _earlier_documents(ctx, root, head):
        named = _named_issuer(ctx, tok)
        if named is not None:
            return named
    if head not in _FINDINGS:
        return None
    for tok in _earlier_documents(ctx, root, "*", window=_FINDINGS_REACH):
        named = _named_issuer(ctx, tok) if tok.lemma_.lower() in _FINDINGS else None
        if named is not None:
            return named
    return None


#: What a report is called again by another name: the study, analysis or investigation it sets out.
_FINDINGS = frozenset("report study analysis investigation review audit probe inquiry assessment".split())
_FINDINGS_REACH = 2  # sentences back to the study "the report" can mean


#: What a poll or study yields: the source is the poll's or study's.
_RESULTS = frozenset("result results finding findings".split())
_RESULTS_REACH = 5  # sentences back to the poll or study "the results" are of


def _results_source(ctx: Context, span: SpacySpan) -> Cluster | None:
    """The issuer of the latest poll, survey or study quoted in the few sentences before "the results"."""
    sent = ctx.table.sent_of(span.start_char)
    for said in reversed(ctx.history):
        if said.sent < sent - _RESULTS_REACH:
            return None
        if said.cluster is not None and said.document in _FINDINGS | {"poll", "survey"}:
            return said.cluster
    return None


def _named_issuer(ctx: Context, tok: Token) -> Cluster | None:
    """The first person or organisation named in the document noun ``tok``'s own phrase."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    aside = _asides(tok)
    names = [m for m in ctx.table.within(lo, hi, ("ORG", "PERSON")) if m.how in ("name", "partial")
             and not any(a <= m.start < b for a, b in aside)]
    return names[0].cluster if names else None


def _asides(tok: Token) -> list[tuple[int, int]]:
    """The character ranges of a document noun's phrase that cannot name its issuer: a phrase of place or
    topic ("a TV ad in Shuster's district", "a poll on Trump") and a clause that says what it holds ("a report
    suggesting donors to the Harlow Trust got favours"), but not one naming the agent ("a poll conducted
    by Gallup")."""
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in tok.children if c.i > tok.i and (
        c.dep_ == "prep" and c.lower_ in _NOT_ISSUER_PREPS
        or c.dep_ in ("acl", "relcl") and not any(g.dep_ == "agent" for g in c.children))]


_NOT_ISSUER_PREPS = frozenset("in on at about against over during across into".split())


def _age(span: SpacySpan) -> bool:
    """ "the 46-year-old", "the 71-year-old diplomat": a person named by age."""
    words = [t.lower_ for t in span]
    return any(w == "year" and words[k + 1:k + 3] == ["-", "old"] for k, w in enumerate(words)) \
        or (words[-1:] == ["old"] and "year" in words)


def _agentive(noun: str) -> bool:
    """Nouns for someone who does something: manager, senator, economist, politician."""
    return len(noun) > 5 and noun.endswith(("er", "or", "ist", "ian", "ant")) and \
        noun not in DOCUMENT_HEADS and noun not in ORG_ROLE_HEADS


def _document_before(ctx: Context, cand: Candidate, tok: Token) -> Resolved | None:
    """The issuer of the document an "it" stands for: the subject of the sentence before (or of this one,
    before the pronoun) when that is a document or an ad ("A new ad … It slams …"); or the body that
    subject names ("Trump's campaign put out a statement … it said"). A document whose issuer the text does
    not name leaves the "it" unattributed: "…, the report said. It accused the agency of …" is not the agency's."""
    sent = tok.sent
    prev = ctx.doc[sent.start - 1].sent if sent.start > 0 else None
    for s in (sent, prev):
        if s is None:
            continue
        subj = next((t for t in s.root.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ == "NNS":
            continue
        head = subj.lemma_.lower()
        if head in CAMPAIGN_HEADS or head in ORG_ROLE_HEADS:
            phrase = ctx.doc[subj.left_edge.i:subj.i + 1]
            body = _resolve_mention(ctx, cand, phrase.start_char, phrase.end_char).cluster
            if body is not None and body.kind == "ORG":
                return Resolved(body, "pronoun")
            continue
        if head not in DOCUMENT_HEADS and head not in AD_HEADS:
            continue
        phrase = ctx.doc[subj.left_edge.i:subj.i + 1]
        names = ctx.table.within(phrase.start_char, phrase.end_char)
        res = _with_names(ctx, phrase, subj, head, names) or _resolve_common(ctx, phrase, subj, head)
        return Resolved(res.cluster, "pronoun" if res.cluster is not None else "unnamed")
    issued = _issued_before(ctx, prev) if prev is not None else None
    return Resolved(issued, "pronoun") if issued is not None else None


def _org_name_missed(ctx: Context, tok: Token) -> Cluster | None:
    """An organisation's capitalised name the NER missed, ending in an organisation word: "Our Principles PAC"."""
    run = [c for c in tok.children if c.dep_ in ("compound", "poss") and c.i < tok.i and c.text[:1].isupper()]
    if tok.pos_ != "PROPN" or not run or tok.lower_ not in ORG_WORDS:
        return None
    lo, hi = run[0].idx, tok.idx + len(tok)
    if ctx.table.within(lo, hi):
        return None
    name = ctx.table.text[lo:hi]
    return ctx.table.org(name)


_ISSUING_VERBS = _WRITING_VERBS | {"unveil", "launch", "air", "run", "roll", "put", "unleash", "debut"}


_PAYING_VERBS = frozenset({"spend", "pay", "buy", "reserve", "invest", "put"})


def _ad_issued_before(ctx: Context, span: SpacySpan) -> Cluster | None:
    """Who put out the ad that one of the three sentences before ``span`` introduced, nearest first; the
    sentences of a quotation (the ad's own words) do not count, nor do those that go on about an ad ("The
    campaign is releasing a new ad … The ad contrasts … The ad comes … The 90-second ad slams … The ad claims")."""
    before = ctx.unquoted_before(ctx.table.sent_of(span.start_char), within=10)
    left = 3
    for sent in before:
        issuer = _issued_before(ctx, sent)
        if issuer is not None:
            return issuer
        if not any(t.lemma_.lower() in AD_HEADS for t in sent):
            left -= 1
        if not left:
            break
    return None


def _issued_before(ctx: Context, sent: SpacySpan) -> Cluster | None:
    """Who put out the document or ad that the sentence ``sent`` introduced as its verb's object: "Trump is
    expected to unveil his second ad … It will focus on …" → the Trump campaign."""
    for t in sent:
        head = t.lemma_.lower()
        if t.tag_ == "NNS" or (head not in DOCUMENT_HEADS and head not in AD_HEADS):
            continue
        if t.dep_ == "dobj" and t.head.lemma_.lower() in _ISSUING_VERBS:
            verb = t.head
        elif t.dep_ == "pobj" and head in AD_HEADS and t.head.lower_ in ("on", "for") \
                and t.head.head.lemma_.lower() in _PAYING_VERBS:
            verb = t.head.head  # "Citizens for Clear Water says it will spend $80,000 on a TV ad"
        else:
            continue
        while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "Trump is expected to unveil …"
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("it", "they") and verb.dep_ == "ccomp":
            # "Citizens for Clear Water says it will spend …": the one saying so
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), subj)
        issuer = (_conjunct_named(ctx, subj) or _org_name_missed(ctx, subj)) if subj is not None else None
        if issuer is None and subj is not None and PERSONAL.get(subj.lower_) in ("m", "f"):
            issuer = ctx.pronoun_referent(subj.idx, PERSONAL[subj.lower_])  # "she released a web ad"
        if issuer is None:
            continue
        return campaign_of(ctx, issuer) if issuer.kind == "PERSON" and head in AD_HEADS else issuer
    return None


def _resolve_pronoun(ctx: Context, cand: Candidate, tok: Token) -> Resolved:
    low = tok.lower_
    if low in PERSONAL and PERSONAL[low] == "n":
        issued = _document_before(ctx, cand, tok)
        if issued is not None:  # "The ad opens with … It slams …": the ad's campaign
            return issued
    if (low in PERSONAL and PERSONAL[low] == "p") or low == "both":
        group = _recent_group(ctx, tok.idx)
        if group is not None:  # "Trump and Ryan said … They added": the two again
            return Resolved(None, "group", group=group.group, group_unnamed=group.group_unnamed)
        members = _subject_list_before(ctx, tok) or (_pair_named_before(ctx, ctx.doc[tok.i:tok.i + 1], tok)
                                                     if low == "both" else ())
        if members:  # "The Ironworkers, the Teachers and WORK FIRST remain …, though they may endorse"
            return Resolved(None, "group", group=members)
    if low in PERSONAL:
        own = cand.content if cand.kind == "direct" else ()  # an indirect clause may name its speaker
        cluster, plural_unnamed = resolve_personal(ctx, tok.idx, PERSONAL[low], own)
        if cluster is None:
            return Resolved(None, "unnamed" if plural_unnamed else "none", plural_unnamed=plural_unnamed)
        if cluster.kind == "PERSON" and cluster.gender is None and PERSONAL[low] in ("m", "f"):
            cluster.gender = PERSONAL[low]  # what the article calls them tells the next pronoun
        return Resolved(cluster, "pronoun")
    if low in RELATIVE:
        ante = relative_antecedent(tok)
        if ante is None:
            return Resolved(None, "none")
        one = _one_of(ante) if _singular_verb(tok) else None
        if one is not None:  # "one of the few Democrats who has backed it": the one
            holder = next((c for c in one.children if c.dep_ in ("poss", "nsubj") and c.lower_ in PERSONAL), None)
            if holder is not None:  # "makes her one of …", as the parser reads it
                return _resolve_pronoun(ctx, cand, holder)
            ante = one
        named = ctx.table.at(ante.idx, ante.idx + len(ante)) or ctx.named(ante)  # or "his friend Donald Trump, who"
        if named is None and ante.dep_ == "appos":  # "An Ohio voter who backs Whitcomb, Pelletier lost …"
            named = ctx.table.at(ante.head.idx, ante.head.idx + len(ante.head), ("PERSON",))
        if named is not None and named.cluster is not None:
            # "Jeb Bush and Chris Christie, who …": both
            conjuncts = _coordinated(ante)
            members = _named_members(ctx, conjuncts)
            if len(members) > 1 and _singular_verb(tok):
                # "Trump and Cruz, who has opposed ground troops": the verb agrees with the nearer one only
                last = conjuncts[-1]
                m = ctx.table.at(last.idx, last.idx + len(last), ("PERSON",))
                if m is not None and m.cluster is not None and last.i < tok.i:
                    return Resolved(m.cluster, "pronoun")
            if len(members) > 1:
                return Resolved(None, "group", group=members)
            return Resolved(named.cluster, "pronoun")
        if ante.pos_ == "PRON" and ante.lower_ in PERSONAL:
            return _resolve_pronoun(ctx, cand, ante)
        subj = _copula_subject(ante) if named is None else None
        if subj is not None:  # "Ms. Lee is a lawyer who said …": Ms. Lee
            members = _named_members(ctx, _coordinated(subj))
            if len(members) > 1:
                return Resolved(None, "group", group=members)
            if members and members[0].kind == "PERSON":
                return Resolved(members[0], "pronoun")
            if subj.lower_ in PERSONAL and PERSONAL[subj.lower_] in ("m", "f", "p"):
                return _resolve_pronoun(ctx, cand, subj)
        phrase = ctx.doc[ante.left_edge.i:ante.i + 1]
        names = ctx.table.within(phrase.start_char, phrase.end_char)
        res = _with_names(ctx, phrase, ante, ante.lemma_.lower(), names) or \
            _resolve_common(ctx, phrase, ante, ante.lemma_.lower(), person=low in ("who", "whom"))
        return Resolved(res.cluster, "pronoun" if res.cluster is not None else res.how, res.plural_unnamed)
    turn = _interview_turn(ctx, tok.idx) if low in FIRST_PERSON | {"you"} and not ctx.in_quote(tok.idx) else None
    if turn is not None and (turn == "A") == (low in FIRST_PERSON) and low not in ("we", "us", "our"):
        guest = _interviewee(ctx)
        if guest is not None:  # "Q: You wrote that … A: I think …": the one interviewed, in either turn
            return Resolved(guest, "pronoun")
    if low in FIRST_PERSON:
        # "I" inside someone's quote is that someone.
        for said in reversed(ctx.history):
            if said.start <= tok.idx < said.end:
                return Resolved(said.cluster, "pronoun") if said.cluster else Resolved(None, "unnamed")
        writer = ctx.writer() if not ctx.in_quote(tok.idx) else None
        if writer is not None:  # outside quotes "I" is the writer: an op-ed's author
            return Resolved(writer, "pronoun")
        return Resolved(None, "none")
    return Resolved(None, "unnamed", plural_unnamed=low in ("some", "many", "others", "those", "these", "both",
                                                            "several", "most", "all"))


#: The label of a question or an answer opening an interview's paragraph: "Q: …", "QThere's …", "A: …".
_TURN_LABEL = re.compile(r"(?m)^[ \t]*([QA])(?:[:.][ \t]*|(?=[A-Z]))")


def _interview_turn(ctx: Context, char: int) -> str | None:
    """ "Q" or "A" for a character in an interview's question or answer paragraph, else ``None``; an
    interview has two answers at least."""
    text = ctx.table.text
    if "turns" not in ctx.cache:
        answers = [m for m in _TURN_LABEL.finditer(text) if m.group(1) == "A"]
        ctx.cache["turns"] = len(answers) >= 2
    if not ctx.cache["turns"]:
        return None
    start = text.rfind("\n", 0, char) + 1
    m = _TURN_LABEL.match(text, start)
    return m.group(1) if m is not None else None


def _interviewee(ctx: Context) -> Cluster | None:
    """The person an interview's introduction names most often (the first of a tie): the one who answers."""
    if "interviewee" not in ctx.cache:
        first = next((m.start() for m in _TURN_LABEL.finditer(ctx.table.text)), 0)
        counts: dict[Cluster, int] = {}
        for m in ctx.table.within(0, first, ("PERSON",)):
            if m.cluster is not None and not m.byline:
                counts[m.cluster] = counts.get(m.cluster, 0) + 1
        ctx.cache["interviewee"] = max(counts, key=counts.__getitem__) if counts else None
    return ctx.cache["interviewee"]  # type: ignore[return-value]


def _one_of(noun: Token) -> Token | None:
    """The "one" of "one of the … <plural noun>", if ``noun`` is that plural noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.tag_ not in ("NNS", "NNPS") or prep.lower_ != "of" or prep.head.lower_ != "one":
        return None
    return prep.head


def _copula_subject(noun: Token) -> Token | None:
    """The subject a predicate noun (or its appositive) says something of: "lawyer" in "Ms. Lee is a lawyer
    who said …" → "Lee"; "citizens" in "Roe and his wife are newcomers, naturalized citizens who …" → "Roe".

    The predicate is the subject, so a "who" on it is too. Not "There are voters who …" (no subject) nor a
    subject after the noun ("a lawyer is Ms. Lee").
    """
    while noun.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i), None)


def _singular_verb(tok: Token) -> bool:
    """Whether the verb a relative pronoun is the subject of is singular: "who has", "who is", "who was",
    "who opposes" (not "who said", which could be either)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    return any(v.tag_ == "VBZ" or v.lower_ == "was" for v in (verb, *(c for c in verb.children
                                                                      if c.dep_ in ("aux", "auxpass"))))


def _subject_list_before(ctx: Context, tok: Token) -> tuple[Cluster, ...]:
    """The named members of a coordinated subject before ``tok``: in its own sentence, else the one before."""
    sent = tok.sent
    prev = ctx.doc[sent.start - 1].sent if sent.start > 0 else None
    for s in (sent, prev):
        members = _subject_members(ctx, s, before=tok.i) if s is not None else None
        if members is not None:
            return members if len(members) > 1 else ()
    if prev is not None and tok.i == sent.start and tok.dep_ in ("nsubj", "nsubjpass"):
        # "The video belied what Pell and Vance said. ¶ They had claimed …": the one pair of people
        # that is a subject anywhere in the sentence before
        groups = {tuple(id(c) for c in found): found for t in prev
                  if t.dep_ in ("nsubj", "nsubjpass") and t.conjuncts and t.i < min(c.i for c in t.conjuncts)
                  for found in [_named_members(ctx, _coordinated(t))]
                  if len(found) > 1 and all(c.kind == "PERSON" for c in found)}
        if len(groups) == 1:
            return next(iter(groups.values()))
    return ()


def _subject_members(ctx: Context, sent: SpacySpan, before: int | None = None) -> tuple[Cluster, ...] | None:
    """The named members of ``sent``'s coordinated subject (one before token ``before``), or ``None`` when
    that subject is not coordinated."""
    limit = len(ctx.doc) if before is None else before
    subj = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < limit), None)
    if subj is None or not subj.conjuncts:
        return None
    return _named_members(ctx, _coordinated(subj))


def _coordinated(tok: Token) -> list[Token]:
    """A token and its conjuncts in text order: "Trump", "Ryan" for "Trump and Ryan"."""
    return sorted([tok, *tok.conjuncts], key=lambda t: t.i)


def _recent_group(ctx: Context, char: int, window: int = 2) -> Said | None:
    """The latest quote's speakers when they were a group named in the last ``window`` sentences."""
    sent = ctx.table.sent_of(char)
    for said in reversed(ctx.history):
        if said.sent < sent - window:
            return None
        if said.group:
            return said
        if said.cluster is not None or said.plural_unnamed:
            return None
    return None


def _family(ctx: Context, root: Token) -> tuple[Cluster, ...]:
    """The people a plural surname names ("the Clintons" → Bill and Hillary Clinton), when there are several."""
    word = root.text
    if root.tag_ not in ("NNPS", "NNS") or not word[:1].isupper() or not word.endswith("s") or len(word) < 4:
        return ()
    for base in (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],):
        people = [c for c in ctx.table.clusters if c.kind == "PERSON" and c.mentions and c.last == name_key(base)
                  and c.first and (len(c.mentions) > 1 or first_name_gender(c.first))]
        if len(people) >= 2:
            return tuple(sorted(people, key=lambda c: c.start))
    return ()


_DUAL = frozenset("two both neither pair couple duo".split())
_PERSON_WORDS = frozenset("man woman men women person people".split())


def _pair_named_before(ctx: Context, span: SpacySpan, root: Token) -> tuple[Cluster, ...]:
    """The two people "the two", "both women", "neither man" or "the pair" take up: a pair of speakers or a
    named pair before, else the only two people the sentence before (or this one, before it) names."""
    if len(span) > 5 or not {t.lower_ for t in span} & _DUAL:
        return ()
    head = root.lemma_.lower()
    if not (root.like_num or root.lower_ in _DUAL or head in _PERSON_WORDS or head in PERSON_ROLE_HEADS
            or head in UNNAMED_HEADS or _agentive(head)):
        return ()
    group = _group_before(ctx, span)
    if group:
        return group if len(group) == 2 else ()
    sent = ctx.table.sent_of(span.start_char)
    lo = ctx.sents[sent - 1].start_char if sent > 0 else ctx.sents[sent].start_char
    people: list[Cluster] = []
    for m in ctx.table.within(lo, span.start_char, ("PERSON",)):
        if m.cluster is not None and not ctx.in_quote(m.start) and all(m.cluster is not c for c in people):
            people.append(m.cluster)
    return tuple(people) if len(people) == 2 else ()


_COUNTS = {"three": 3, "four": 4, "five": 5}
_COUNTED_REACH = 12  # sentences back to the list a count takes up


def _counted_group_before(ctx: Context, span: SpacySpan, root: Token) -> tuple[Cluster, ...]:
    """The people "all three candidates" or "the four senators" count: the latest list of exactly that many
    people the article named before, within a dozen sentences."""
    n = next((_COUNTS[t.lower_] for t in span if t.lower_ in _COUNTS and t.dep_ == "nummod" and t.head.i == root.i
              and not (t.i + 1 < len(ctx.doc) and ctx.doc[t.i + 1].text == "-")), None)  # not "three-quarters"
    head = root.lemma_.lower()
    if n is None or root.tag_ != "NNS" or not (head in PERSON_ROLE_HEADS or head in _PERSON_WORDS or _agentive(head)):
        return ()
    sent = ctx.table.sent_of(span.start_char)
    for k in range(sent, max(-1, sent - _COUNTED_REACH), -1):
        s = ctx.sents[k]
        for tok in reversed(s):
            if tok.i >= span.start or tok.dep_ == "conj" or not tok.conjuncts:
                continue
            listed = _coordinated(tok)
            if tok.dep_ == "appos" and tok.head.i < tok.i:  # "Pell, Vance and Marsh" read as Pell (Vance and Marsh)
                listed = [tok.head, *listed]
            members = _named_members(ctx, listed)
            if len(members) == n and all(c.kind == "PERSON" for c in members):
                return members
    return ()


def _group_before(ctx: Context, span: SpacySpan) -> tuple[Cluster, ...]:
    """The people a plural description takes up: the latest group of speakers within four sentences, else the
    named pair or list that is the subject of one of the two sentences before."""
    said = _recent_group(ctx, span.start_char, window=4)
    if said is not None and not said.group_unnamed:
        return said.group
    sent = ctx.table.sent_of(span.start_char)
    for k in (sent - 1, sent - 2):
        if k < 0:
            break
        members = _subject_members(ctx, ctx.sents[k])
        if members and len(members) > 1 and all(c.kind == "PERSON" for c in members):
            return members
    return ()


def _congressional_committee(ctx: Context, span: SpacySpan, root: Token) -> Cluster | None:
    """The one committee of Congress the article names, for a "congressional" document, else ``None``."""
    if not any(t.lower_ == "congressional" and t.i < root.i for t in span):
        return None
    found = {id(c): c for c in ctx.table.clusters if c.kind == "ORG" and c.mentions
             and re.search(r"\bcommittee\b", c.name, re.I) and re.search(r"\b(?:house|senate|congress)", c.name, re.I)}
    return next(iter(found.values())) if len(found) == 1 else None


def _campaigns_before(ctx: Context, span: SpacySpan) -> tuple[Cluster, ...]:
    """The campaigns of people named with a campaign noun ("the Whitcomb campaign", "Ryder’s team") in the
    sentence before ``span`` and in its own sentence up to it, in order."""
    sent = ctx.table.sent_of(span.start_char)
    lo = ctx.sents[max(0, sent - 1)].start_char
    camps: list[Cluster] = []
    for tok in ctx.doc.char_span(lo, span.start_char, alignment_mode="contract") or ():
        camp = campaign_named_by(ctx, tok)
        if camp is not None and all(camp is not k for k in camps):
            camps.append(camp)
    return tuple(camps)


def _bodies_before(ctx: Context, span: SpacySpan) -> tuple[Cluster, ...]:
    """The organisations a plural noun for bodies takes up ("the companies", "the outlets"): a coordinated
    subject of one of the two sentences before, a list of them earlier in its own sentence, or the only two
    that are subjects in the sentence before ("Allergan makes …, while Pfizer makes … The companies …")."""
    sent = ctx.table.sent_of(span.start_char)
    for k in (sent - 1, sent - 2):
        members = _subject_members(ctx, ctx.sents[k]) if k >= 0 else None
        if members and len(members) > 1 and all(c.kind == "ORG" for c in members):
            return members
    for m in ctx.table.within(ctx.sents[sent].start_char, span.start_char, ("ORG",)):
        tok = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        members = _named_members(ctx, _coordinated(tok.root)) if tok is not None and tok.root.conjuncts else ()
        if len(members) > 1 and all(c.kind == "ORG" for c in members):
            return members
    if sent > 0:
        before = ctx.sents[sent - 1]
        subjects: list[Cluster] = []
        for m in ctx.table.within(before.start_char, before.end_char, ("ORG",)):
            if m.subject and m.cluster is not None and not ctx.in_quote(m.start) \
                    and all(m.cluster is not c for c in subjects):
                subjects.append(m.cluster)
        if len(subjects) == 2:
            return tuple(subjects)
    return ()


_IDENTIFIED = re.compile(r",?\s+(?:who (?:was|is|has been) )?(?:later |since |subsequently )?"
                         r"(?:identified as|named|who gave (?:his|her) name as) ")


def _identified_after(ctx: Context, span: SpacySpan) -> Cluster | None:
    """The person a description is identified as right after it: "A woman later identified as Eva
    Resnick-Day", "a man named John Roe"."""
    m = _IDENTIFIED.match(ctx.table.text, span.end_char)
    if m is None:
        return None
    named = ctx.table.at(m.end(), m.end() + 1, ("PERSON",))
    return named.cluster if named is not None and named.start == m.end() else None


_OPENING = 4  # sentences, headline lines included, in which a story may hold back the name of its subject


def _withheld_in_opening(ctx: Context, root: Token) -> bool:
    """Whether ``root`` heads a description that brings someone in without their name in a story's opening:
    "the" and a restrictive "who" clause ("The novice skier who rescued two hikers was honoured Sunday"),
    the way a story's first sentence holds back a name for the next. Later on, or with a comma or dash before
    "who" ("The senator, who …", "The senator -- who …"), such a description takes up someone the text has
    named already."""
    if ctx.table.sent_of(root.idx) >= _OPENING:
        return False
    for clause in root.children:
        if clause.dep_ != "relcl" or clause.i < root.i:
            continue
        first = clause.left_edge
        if first.i > root.i and first.lower_ == "who" and not root.doc[first.i - 1].is_punct:
            return True
    return False


def _introduced_next(ctx: Context, span: SpacySpan, root: Token) -> Cluster | None:
    """A person the next sentence brings in by full name as its subject, when this mention is the subject
    of its own: "A top Donald Trump adviser says … Ed Brookover spoke to reporters …"."""
    if root.dep_ not in ("nsubj", "nsubjpass") or span.sent.end >= len(ctx.doc):
        return None
    nxt = ctx.doc[span.sent.end].sent
    if nxt.text.lstrip()[:1] in "\"“‘'«":
        return None  # "“…,” Daily News editor Josh Greenman told …": someone else, quoted in their own right
    subj = next((t for t in nxt.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    m = ctx.named(subj) if subj is not None else None
    if m is None or m.cluster is None or m.kind != "PERSON" or m.name is None or not m.name.has_full:
        return None
    if any(x.start < nxt.start_char for x in m.cluster.mentions):
        return None  # named before: not the one this mention stands for
    # the description's own words: not "the widow" of "the coach who built the club with the widow's loan"
    gender = role_gender(tuple(t.lower_ for t in span if t.i <= root.i))
    if gender is not None and m.cluster.gender not in (None, gender):
        return None  # "A Supreme Court spokeswoman said … Mitch McConnell …": someone else
    return m.cluster


def _leader_titled_later(ctx: Context, span: SpacySpan, root: Token) -> Cluster | None:
    """The one person a story's opening calls the head of a body without naming them, and names a few
    sentences on with the body's title: "the chair of the party's budget committee has warned …" → "Budget
    Committee Chairman Len Ostrow" (the body's words before the name, a leader's title among them)."""
    if root.lemma_.lower() not in _LEADER_WORDS or ctx.table.sent_of(root.idx) >= _OPENING:
        return None
    of = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
    # the body's own words: "budget committee" of "the party's budget committee"
    body = {of.lower_} | {c.lower_ for c in of.children if c.dep_ == "compound"} if of is not None else set()
    if len(body) < 2:
        return None  # "the head of the committee": too few words to know the body again
    first_sent = ctx.table.sent_of(span.start_char)
    found = set()
    for m in ctx.table.mentions:
        if m.kind != "PERSON" or m.cluster is None or m.start < span.end_char or m.name is None \
                or not m.name.has_full:
            continue
        if m.sent > first_sent + _LEADER_REACH:
            break
        before = re.findall(r"[\w'-]+", ctx.table.text[max(0, m.start - 60):m.start].lower())[-5:]
        words = set(before + (m.name.title.lower().split() if m.name.title else []))
        if words & _LEADER_WORDS and body <= words:
            found.add(m.cluster)
    if len(found) != 1:
        return None
    leader = found.pop()
    return None if any(x.start < span.start_char for x in leader.mentions) else leader


_LEADER_WORDS = frozenset("head chairman chairwoman chair leader director".split())
_LEADER_REACH = 4  # sentences after the opening's "the head of …" in which the titled name may come


def _named_next(ctx: Context, span: SpacySpan, head: str) -> Cluster | None:
    """A spokesperson or aide the article names straight after: "Spokeswoman Jane Doe", "the aide, John Roe"."""
    if head not in NAMING_HEADS:
        return None
    doc = ctx.doc
    sent = span.sent
    nxt = doc[sent.end].sent if sent.end < len(doc) else None
    lo, hi = span.end_char, (nxt.end_char if nxt is not None else sent.end_char)
    for m in ctx.table.within(lo, hi, ("PERSON",)):
        tok = doc.char_span(m.start, m.end, alignment_mode="expand")
        if tok is None:
            continue
        title = (m.name.title.lower().rstrip(".") if m.name else "")
        before = doc[tok.start - 1].lemma_.lower() if tok.start > 0 else ""
        appos_head = tok.root.head.lemma_.lower() if tok.root.dep_ == "appos" else ""
        appos_kids = {c.lemma_.lower() for c in tok.root.children if c.dep_ == "appos"}
        if head in (title.split()[-1:] or [""]) or before == head or appos_head == head or head in appos_kids:
            return m.cluster
    return None


_NAMING_REACH = 5  # sentences after "a spokesman for Clinton" in which "Clinton spokesman Brian Fallon" names them


def _named_later_for(ctx: Context, span: SpacySpan, head: str, owner: Cluster, *, titles: bool = False
                     ) -> Cluster | None:
    """The one person named a few sentences later with the same title for the same owner: "A spokesman for
    Hillary Clinton said … Clinton spokesman Brian Fallon said …" → Brian Fallon. With ``titles``, any
    person's title will do, not only a spokesman's or an aide's ("CNN President" → "CNN President Ann Roe")."""
    if not (head in NAMING_HEADS or titles and head in PERSON_ROLE_HEADS) or owner.kind not in ("PERSON", "ORG"):
        return None
    doc = ctx.doc
    first = ctx.table.sent_of(span.end_char)
    last = min(len(ctx.sents) - 1, first + _NAMING_REACH)
    found: dict[int, Cluster] = {}
    for m in ctx.table.within(span.end_char, ctx.sents[last].end_char, ("PERSON",)):
        tok = doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.cluster is None or m.cluster is owner or tok is None or tok.start < 2:
            continue
        title, by = doc[tok.start - 1], doc[tok.start - 2]
        of = ctx.table.at(by.idx, by.idx + len(by), ("PERSON", "ORG"))
        if title.lemma_.lower() == head and of is not None and of.cluster is owner:
            found[id(m.cluster)] = m.cluster
    return next(iter(found.values())) if len(found) == 1 else None
