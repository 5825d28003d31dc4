"""Pronouns to antecedents: the nearest compatible person, preferring the last speaker and subjects."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from spacy.tokens import Token

from ._context import Context, Said
from ._lexicon import DOCUMENT_HEADS, FEMALE_NOUNS, MALE_NOUNS, NAMING_HEADS, PERSON_ROLE_HEADS, UNNAMED_HEADS
from ._bindings import role_words
from ._rolenouns import campaign_named_by, resolve_role
from ._table import Cluster, Mention

__all__ = ["resolve_personal", "relative_antecedent"]

_WINDOW = 4  # sentences looked back
#: How much each cue counts for a he/she antecedent (set by hand, checked on hand-labelled train articles).
WEIGHTS = {"distance": 1.0, "main_subject": 1.5, "subject": 0.8, "in_quote": 1.5, "chain": 0.3, "gender": 0.5,
           "same_sentence": 0.8, "per_mention": 0.05, "said_near": 2.0, "said_far": 1.0,
           "last_topic": 0.5, "asked": 2.0, "own_subject": 1.0, "introduced": 2.5}
_RELATIVE_WORDS = frozenset({"who", "whom", "which", "that"})
_FIRST_PERSON = frozenset({"i", "we"})
_FAR = 12  # … or this many, when the nearer ones hold no one compatible


def resolve_personal(ctx: Context, char: int, gender: str,
                     own: Sequence[tuple[int, int]] = ()) -> tuple[Cluster | None, bool]:
    """The antecedent of a he/she/they/it pronoun at ``char``; the flag says "they" meant unnamed people.

    ``gender`` is ``m``/``f`` (people), ``p`` (they: an organisation, else
    unnamed people) or ``n`` (it: an organisation). ``own`` are the spans of
    the quotation the pronoun speaks: nobody named inside it is its speaker.
    """
    table = ctx.table
    sent = table.sent_of(char)
    if gender in ("p", "n"):
        return _resolve_group(ctx, char, sent, gender)
    ahead = _cataphor(ctx, char, gender) or _topic(ctx, char, gender) or _relative_head(ctx, char, gender)
    if ahead is not None:
        return ahead, False
    asked_here = _asked_about(ctx, char, gender)
    if asked_here is not None:
        return asked_here, False
    if _unnamed_antecedent(ctx, char, gender, sent):
        return None, False
    scores: dict[int, tuple[float, Cluster]] = {}
    said = ctx.recent_speaker(sent, window=_WINDOW, before=char)
    said_by = table.text[said.mention[0]:said.mention[1]].lower() if said and said.mention else ""
    if said_by in _RELATIVE_WORDS:
        said = None  # "…his rivals, who say …": a relative clause's speaker is not the one the text follows
    elif said_by in _FIRST_PERSON and said is not None and said.mention is not None \
            and not ctx.in_marks(char) and not ctx.in_marks(said.mention[0]):
        said = None  # "I believe he …. He knows …": the writer who says "I" is not the "he" of their own text
    # someone the pronoun's own sentence names first ("As for Governor Kasich, he …") takes the lead
    # from the subject of the sentence before
    named_here = any(m.sent == sent and not ctx.in_quote(m.start) and m.how in ("name", "partial")
                     for m in itertools.takewhile(lambda m: m.sent >= sent, table.before(char, ("PERSON",))))
    for m in table.before(char, ("PERSON",)):
        if m.sent < sent - _WINDOW and (scores or m.sent < sent - _FAR):
            break  # look further back only while nothing compatible has turned up
        c = m.cluster
        if c is None or (c.gender is not None and c.gender != gender) or any(a <= m.start < b for a, b in own):
            continue
        if m.how == "pronoun" and m.text.lower() in ("i", "me", "my", "we", "us", "our"):
            continue  # the writer's "I" is no antecedent for "he"
        dist = sent - m.sent
        score = -WEIGHTS["distance"] * dist
        if dist == 0 and _in_participle_clause(ctx, m.start, char):
            # "Asked whether Clinton would win, she replied": the clause's own subject is the pronoun's referent
            score -= WEIGHTS["same_sentence"] + WEIGHTS["subject"]
        if m.subject:
            score += WEIGHTS["main_subject"] if m.main_subject else WEIGHTS["subject"]
            if m.main_subject and dist == 1 and not named_here and not ctx.in_quote(m.start):
                score += WEIGHTS["last_topic"]  # the sentence before was about them
        if ctx.in_quote(m.start):
            score -= WEIGHTS["in_quote"]
        if m.how == "pronoun":
            score += WEIGHTS["chain"]  # a chain of pronouns keeps its referent
        if c.gender == gender:
            score += WEIGHTS["gender"]
        if dist == 1 and _introduced(ctx, m) and not _about_another(ctx, m, gender):
            score += WEIGHTS["introduced"]
        if dist == 0:
            score += WEIGHTS["same_sentence"]  # "As for Governor Kasich, he …"
            if m.main_subject and not ctx.in_quote(m.start) and _in_main_adverbial(ctx, char):
                # "Wilkerson started Maher's rant when he brought up …": the sentence's own subject
                score += WEIGHTS["own_subject"]
        score += min(len(c.mentions), 10) * WEIGHTS["per_mention"]
        prev = scores.get(id(c))
        if prev is None or score > prev[0]:
            scores[id(c)] = (score, c)
    for tok, ref in _pronoun_subjects(ctx, char, gender, sent):
        # "He has chosen to shrug off the attacks. Allies say that he …": a chain of he's keeps its referent
        dist = sent - ctx.table.sent_of(tok.idx)
        score = -WEIGHTS["distance"] * dist + WEIGHTS["chain"] + WEIGHTS["gender"] + \
            (WEIGHTS["main_subject"] if tok.head.dep_ == "ROOT" else WEIGHTS["subject"])
        if tok.head.dep_ == "ROOT" and dist == 1 and not named_here:
            score += WEIGHTS["last_topic"]
        if dist == 0:
            score += WEIGHTS["same_sentence"]
        score += min(len(ref.mentions), 10) * WEIGHTS["per_mention"]
        prev = scores.get(id(ref))
        if prev is None or score > prev[0]:
            scores[id(ref)] = (score, ref)
    # "Conroy asked Sanders whether … ¶ “Sure it is,” he said.": the one asked answers.
    asked, asker = _asked_before(ctx, sent, gender) if sent > 0 else (None, None)
    if asked is not None:
        base = scores.get(id(asked), (-1.0, asked))[0]
        scores[id(asked)] = (base + WEIGHTS["asked"], asked)
        if asker is not None and id(asker) in scores and asker is not asked:
            scores[id(asker)] = (scores[id(asker)][0] - WEIGHTS["asked"], asker)
    # The previous sentence's subject may be a role noun: "The former governor has … He …".
    if sent > 0:
        role_subject = _role_subject(ctx, sent - 1)
        if role_subject is not None and role_subject.kind == "PERSON" and role_subject.gender in (None, gender):
            base = scores.get(id(role_subject), (-9.0, role_subject))[0]
            scores[id(role_subject)] = (max(base, -1.0 + 1.5 + (0.5 if role_subject.gender == gender else 0.0)),
                                        role_subject)
    if said is not None and said.cluster is not None and (said.cluster.gender in (None, gender)):
        # The last speaker usually goes on speaking; less so once other sentences came between.
        c = said.cluster
        base = scores.get(id(c), (-1.0 * (sent - said.sent), c))[0]
        # near: the quotation ended in this sentence or the one before, however long it ran
        ended = table.sent_of(max(said.start, said.end - 1))
        near = ended >= sent - 1
        if near and said.sent < sent and _other_main_subject(ctx, said, gender):
            near = False  # "While Whitcomb has yet to back Ryder, Farrow has …. And he claims …": Farrow
        weight = WEIGHTS["said_near"] if near else WEIGHTS["said_far"]
        if _adds(ctx, char):  # "…,” he added: the one who spoke last goes on, whoever came between
            weight = WEIGHTS["said_near"] + WEIGHTS["said_far"]
        scores[id(c)] = (base + weight, c)
    if not scores:
        # Nobody near: the person of that gender the article has named most so far.
        counts: dict[int, tuple[int, Cluster]] = {}
        for m in table.before(char, ("PERSON",)):
            if m.cluster is not None and m.cluster.gender in (None, gender):
                n, _ = counts.get(id(m.cluster), (0, m.cluster))
                counts[id(m.cluster)] = (n + (2 if m.cluster.gender == gender else 1), m.cluster)
        return (max(counts.values(), key=lambda nc: nc[0])[1] if counts else None), False
    return max(scores.values(), key=lambda sc: sc[0])[1], False


def _other_main_subject(ctx: Context, said: Said, gender: str) -> bool:
    """Whether the sentence of the ``said`` quote has as its main subject another named person of the
    pronoun's gender, outside the quotation: the speaker spoke in a side clause of a sentence about them."""
    lo = ctx.table.sent_starts[said.sent]
    hi = ctx.sents[said.sent].end_char if said.sent < len(ctx.sents) else lo
    return any(m.main_subject and m.cluster is not None and m.cluster is not said.cluster
               and m.cluster.gender == gender and not ctx.in_quote(m.start)
               for m in ctx.table.within(lo, hi, ("PERSON",)))


def _token_at(ctx: Context, char: int) -> Token | None:
    """The token the pronoun at character ``char`` is."""
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None else None


def _adds(ctx: Context, char: int) -> bool:
    """Whether the pronoun at ``char`` is the subject of "added" ("…,” he added.")."""
    tok = _token_at(ctx, char)
    return tok is not None and tok.dep_ == "nsubj" and tok.head.lemma_ == "add"


def _unnamed_antecedent(ctx: Context, char: int, gender: str, sent: int) -> bool:
    """Whether the he/she at ``char`` stands for someone the text never names: "A 29-year-old teacher from
    Leeds was fined after she had posted …", "An elderly man was questioned. He said …", "The home of a
    retired man was searched after he had posted …".

    That is a singular person noun with an indefinite article, of a gender that fits, as the main subject of
    the pronoun's sentence (before it) or of the unquoted sentence before, or as the "of" object ("man",
    "woman") of such a subject that is no person; with no name set beside it and nobody named between it and
    the pronoun (else "A reporter asked Adams … He said" would lose Adams)."""
    before = next(ctx.unquoted_before(sent, within=3), None)  # not the quotation "she wrote" follows
    for span in (ctx.sents[sent], before):
        subj = next((t for t in span.root.children if t.dep_ in ("nsubj", "nsubjpass")), None) if span else None
        if subj is None or ctx.in_quote(subj.idx) or subj.idx >= char or subj.pos_ != "NOUN":
            continue
        if not _person_noun(subj):  # "the home of a man", but not "criticism of a family", whom it is about
            subj = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _GENDERED), subj)
        head = subj.lemma_.lower()
        noun_gender = "f" if head in FEMALE_NOUNS else "m" if head in MALE_NOUNS else None
        if subj.tag_ != "NN" or not _person_noun(subj) or noun_gender not in (None, gender) \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in subj.children) \
                or ctx.named(subj) is not None or ctx.table.at(subj.idx, subj.idx + len(subj)) is not None:
            return False
        return not any(m.how in ("name", "partial") for m in ctx.table.within(subj.idx, char, ("PERSON",)))
    return False


_GENDERED = FEMALE_NOUNS | MALE_NOUNS
_PERSON_NOUNS = _GENDERED | UNNAMED_HEADS | PERSON_ROLE_HEADS


def _person_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in _PERSON_NOUNS


_CHAIN_WINDOW = 3  # sentences looked back for a he/she subject whose referent carries over
_MAX_DEPTH = 40  # how long a chain of such pronouns is followed back


def _pronoun_subjects(ctx: Context, char: int, gender: str, sent: int) -> list[tuple[Token, Cluster]]:
    """The he/she subjects of ``gender`` before ``char`` in its sentence and the few before, outside quotation
    marks and not a quote's speaker mention, each with the person it stands for (resolved in turn, once):
    "He has chosen to shrug off attacks from Reed. Friends say that he …" → (He, Walsh), (he, Walsh)."""
    out: list[tuple[Token, Cluster]] = []
    if ctx.pronoun_depth >= _MAX_DEPTH:
        return out
    for k in range(max(0, sent - _CHAIN_WINDOW), sent + 1):
        for tok in ctx.sents[k]:
            if tok.idx >= char:
                break
            if tok.lower_ not in _SUBJECT_FORMS[gender] or tok.dep_ not in ("nsubj", "nsubjpass") \
                    or ctx.in_marks(tok.idx) or ctx.table.within(tok.idx, tok.idx + len(tok)):
                continue
            ref = ctx.pronoun_referent(tok.idx, gender)
            if ref is not None and ref.kind == "PERSON":
                out.append((tok, ref))
    return out


_SUBJECT_FORMS = {"m": frozenset({"he"}), "f": frozenset({"she"}), "p": frozenset(), "n": frozenset()}


_ASKING = frozenset({"ask", "press", "question", "quiz", "interview"})


def _asked_before(ctx: Context, sent: int, gender: str) -> tuple[Cluster | None, Cluster | None]:
    """The person the sentence before (the quotation the pronoun speaks aside) says someone asked, and who
    asked: "Scott Conroy asked Sanders whether …" → (Sanders, Conroy)."""
    before = next(ctx.unquoted_before(sent, within=5), None)
    if before is None or before.root.lemma_.lower() not in _ASKING:
        return None, None
    root = before.root
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None, None
    m = ctx.table.at(obj.idx, obj.idx + len(obj), ("PERSON",)) or ctx.named(obj)
    if m is None or m.cluster is None or m.cluster.kind != "PERSON" or m.cluster.gender not in (None, gender):
        return None, None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    s = ctx.named(subj) if subj is not None else None
    return m.cluster, (s.cluster if s is not None else None)


def _asked_about(ctx: Context, char: int, gender: str) -> Cluster | None:
    """The person asked, when the pronoun at ``char`` lies in what they were asked about: "Roe asked Adams
    about remarks he had made", "Lee asked Adams how he would …" → Adams. The question is put to
    them about themselves; the asker is the sentence's subject, not its topic."""
    tok = _token_at(ctx, char)
    if tok is None:
        return None
    for _ in range(12):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ == "VERB" and head.lemma_.lower() in _ASKING and tok.dep_ in ("ccomp", "prep", "advcl"):
            obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if obj is None or not any(c.dep_ == "nsubj" and c.i < head.i for c in head.children):
                return None  # "''…?'' asked Mr. Reyes, referring to …": the one after the verb is its speaker
            m = ctx.table.at(obj.idx, obj.idx + len(obj), ("PERSON",)) or ctx.named(obj)
            if m is None or m.cluster is None or m.cluster.kind != "PERSON" \
                    or m.cluster.gender not in (None, gender):
                return None
            return m.cluster
        tok = head
    return None


def _introduced(ctx: Context, m: Mention) -> bool:
    """Whether mention ``m`` first names its person, with a description set beside the name ("…, courtesy of
    Wes Nakagiri, a delegate from Michigan."): the one the next quotation usually comes from."""
    c = m.cluster
    if c is None or any(o.start < m.start and o.how in ("name", "partial") for o in c.mentions):
        return False
    span = ctx.tokens(m)
    # a description set off by a comma, not a figure in brackets ("Tom Baker in 1996 (38%)")
    return span is not None and any(t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and not t.like_num
                                    and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
                                    for t in span.root.children)


def _about_another(ctx: Context, m: Mention, gender: str) -> bool:
    """Whether the main subject of mention ``m``'s sentence is someone else of ``gender`` (or of none known):
    "Asked whether Trump, the nominee, could win, Ban demurred." is about Ban."""
    sent = ctx.sents[m.sent]
    return any(o.main_subject and o.cluster is not m.cluster and o.cluster is not None
               and o.cluster.gender in (None, gender) for o in ctx.table.within(sent.start_char, sent.end_char))


def _in_participle_clause(ctx: Context, start: int, pronoun: int) -> bool:
    """Whether a name at ``start`` lies inside a subjectless participle clause that opens the sentence before
    the pronoun at ``pronoun`` ("Asked about her vote if Clinton faces Trump, she …")."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    for _ in range(12):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "advcl" and tok.tag_ in ("VBN", "VBG") and tok.head.idx > pronoun - 40 \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True
        tok = tok.head
    return False


def _in_main_adverbial(ctx: Context, char: int) -> bool:
    """Whether the pronoun at ``char`` is the subject of a clause that modifies the sentence's main verb
    ("… when he brought up …"), not of one inside its object ("asked the governor about remarks she had made")."""
    tok = _token_at(ctx, char)
    if tok is None:
        return False
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "advcl" and verb.head.dep_ == "ROOT"


def _cataphor(ctx: Context, char: int, gender: str) -> Cluster | None:
    """ "As he spoke to accept the nomination, Trump …", "In what he called a rant, Obama …": a pronoun in a
    clause or phrase that opens the sentence names the subject of the main clause after it."""
    doc = ctx.doc
    tok = _token_at(ctx, char)
    if tok is None:
        return None
    clause = tok
    while not _opening(clause) and clause.head.i != clause.i and clause.head.i > tok.i - 12:
        clause = clause.head
    if not _opening(clause) or clause.head.i < tok.i or clause.left_edge.i > tok.i:
        return None
    main = clause.head
    if not clause.left_edge.is_sent_start:
        return None
    if any(m.cluster is not None and m.cluster.gender in (None, gender)
           for m in ctx.table.within(doc[clause.left_edge.i].idx, char, ("PERSON",))):
        return None  # "When Obama said he would go, Trump …": the name before the pronoun is its antecedent
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.right_edge.i), None)
    if subj is None:
        return None
    m = ctx.table.at(subj.idx, subj.idx + len(subj), ("PERSON",))
    if m is None or m.cluster is None or (m.cluster.gender is not None and m.cluster.gender != gender):
        return None
    return m.cluster


def _topic(ctx: Context, char: int, gender: str) -> Cluster | None:
    """ "As for Hale, he said he was calm": the person a sentence opens by turning to is its "he"."""
    sent = ctx.sents[ctx.table.sent_of(char)]
    head = ctx.table.text[sent.start_char:char]
    found = _TOPIC.match(head)
    if found is None:
        return None
    people = [m for m in ctx.table.within(sent.start_char, sent.start_char + found.end(), ("PERSON",))
              if m.cluster is not None and m.cluster.gender in (None, gender)]
    return people[0].cluster if len(people) == 1 else None


#: A sentence that opens by turning to someone: "As for Hale, …", "As to the senator, …".
_TOPIC = re.compile(r"\s*(?:As|And as) (?:for|to) [^,]{1,60},")


def _relative_head(ctx: Context, char: int, gender: str) -> Cluster | None:
    """The person a relative clause is about, for a he/she inside it: "Smith, who said he would run" → Smith;
    "the former governor, who spent the speech on the years in which he said …" → the former governor. The
    first relative clause up from the pronoun whose noun is a person decides, when its "who" is the clause's
    subject and the pronoun is not (in "Pike, who he dubbed …" he is someone else); a clause about a thing
    ("the years in which") is passed through."""
    doc = ctx.doc
    tok = _token_at(ctx, char)
    if tok is None:
        return None
    node = tok
    for _ in range(10):
        if node.head.i == node.i:
            return None
        noun = node.head
        about = node.dep_ == "relcl" and noun.i < tok.i  # a relative clause the pronoun is in, on ``noun``
        m = ctx.named(noun) if about else None
        if about and (m is not None or _person_noun(noun) or noun.pos_ == "PROPN"):
            if tok.head.i == node.i or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")
                                               for c in node.children):
                return None  # "Pike, who he dubbed …", "Kerr, who he claims …": the clause's subject is another
            if m is not None and m.cluster is not None:
                return m.cluster if m.cluster.gender in (None, gender) else None
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in PERSON_ROLE_HEADS and noun.tag_ == "NN":
                noun_gender = "f" if noun.lemma_.lower() in FEMALE_NOUNS else \
                    "m" if noun.lemma_.lower() in MALE_NOUNS else None
                if noun_gender not in (None, gender) or not any(
                        c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                    return None
                words = role_words([t for t in doc[noun.left_edge.i:noun.i + 1]])
                found = resolve_role(ctx, noun.idx, words) if words else None
                return found if found is not None and found.kind == "PERSON" \
                    and found.gender in (None, gender) else None
            return None  # someone unnamed or unknown: leave it to the scoring
        node = node.head
    return None


def _opening(tok: Token) -> bool:
    """Whether ``tok`` heads an adverbial clause, or a prepositional phrase of the main verb."""
    return tok.dep_ == "advcl" or (tok.dep_ == "prep" and tok.head.dep_ == "ROOT")


def _role_subject(ctx: Context, sent: int) -> Cluster | None:
    """The person a sentence's main subject names when it is a role noun the article tied to someone."""
    from ._bindings import role_words
    from ._lexicon import PERSON_ROLE_HEADS
    from ._rolenouns import bound_role

    root = ctx.sents[sent].root
    # the main clause's subject, or that of the last clause joined to it ("…, and the candidate took to Twitter")
    subjects = [t for v in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
                for t in v.children if t.dep_ in ("nsubj", "nsubjpass")]
    subj = max(subjects, key=lambda t: t.i) if subjects else None
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ == "NNS" or subj.lemma_.lower() not in PERSON_ROLE_HEADS:
        return None
    named = ctx.named(subj)
    if named is not None:
        return named.cluster if named.cluster is not None and named.cluster.kind == "PERSON" else None
    if ctx.table.at(subj.idx, subj.idx + len(subj)) is not None:
        return None
    words = role_words([t for t in subj.subtree if t.i <= subj.i or t.dep_ in ("prep", "pobj")])
    return bound_role(ctx, subj.idx, words)


def _resolve_group(ctx: Context, char: int, sent: int, gender: str) -> tuple[Cluster | None, bool]:
    for said in reversed(ctx.history):
        if said.sent < sent - 2:
            break
        if said.plural_unnamed and gender == "p":
            return None, True
        if said.cluster is not None and said.cluster.kind == "ORG":
            return said.cluster, False
        if said.cluster is not None:
            break
    campaign = _campaign_subject(ctx, sent - 1) if sent > 0 else None
    if campaign is not None:  # "Marsh’s campaign ties the bill to Tovar …. They argue …"
        return campaign, False
    best: tuple[float, Cluster] | None = None
    for m in ctx.table.before(char, ("ORG",)):
        if m.sent < sent - 5:
            break
        if m.cluster is None or ctx.in_quote(m.start) or _modifier_only(ctx, m):
            continue
        if m.sent < sent and _in_phrase(ctx, m):
            continue  # a sentence before that only mentions it in passing is not about it
        if _told(ctx, m):
            continue  # "several told the Ledger they were leaning …": the paper only listens
        score = -(sent - m.sent) + (1.0 if m.subject else 0.0) + (0.5 if m.main_subject else 0.0)
        if best is None or score > best[0]:
            best = (score, m.cluster)
    if best is not None:
        return best[1], False
    return None, gender == "p"


def _campaign_subject(ctx: Context, sent: int) -> Cluster | None:
    """The campaign that is sentence ``sent``'s main subject ("Marsh’s campaign", "the Marsh campaign")."""
    subj = ctx.main_subject(sent)
    return campaign_named_by(ctx, subj) if subj is not None else None


def _modifier_only(ctx: Context, m: Mention) -> bool:
    """Whether mention ``m`` only modifies another noun: "a Treasury official", "the GOP debate".

    Such a word is no antecedent for "it" or "they": "… said a Treasury official. It added …" speaks of
    something the text talks about, not of the Treasury named inside another noun phrase. A plural subject
    it modifies is that body's people, though: "Senate Democrats stalled the measure, and they said …".
    """
    span = ctx.tokens(m)
    if span is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ not in ("compound", "amod", "nmod") or span.start <= head.i < span.end \
            or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return not (head.tag_ in ("NNS", "NNPS") and head.dep_ in ("nsubj", "nsubjpass"))


def _in_phrase(ctx: Context, m: Mention) -> bool:
    """Whether mention ``m`` is the object of a preposition other than one naming a source or agent.

    "Parents protested outside a meeting of the School Board. They said …": the parents, not the board,
    which the sentence before only mentions; "… was announced by the School Board. It said …" is the board.
    """
    span = ctx.tokens(m)
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ not in ("to", "by", "from")


def _told(ctx: Context, m: Mention) -> bool:
    """Whether mention ``m`` is the one someone tells something: "Rios told the Ledger …"."""
    span = ctx.tokens(m)
    return span is not None and span.root.dep_ in ("dative", "dobj") and span.root.head.lemma_ == "tell"


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: "Trump, who said …" → Trump."""
    first = _coordinated_who(tok)
    if first is not None:  # the parser may hang "and who …" on a noun of the first clause
        return relative_antecedent(first)
    ante = _antecedent(tok)
    return _role_holder(ante) if ante is not None and tok.lower_ == "who" else ante


def _coordinated_who(tok: Token) -> Token | None:
    """The earlier "who" of the sentence a "… and who …" clause is coordinated with: "A mayor who closed the
    plant that employed 300 and who hoped to win" → the first "who"; both stand for the mayor."""
    doc = tok.doc
    if tok.lower_ != "who" or tok.i < 1 or doc[tok.i - 1].lower_ not in ("and", "but", "or"):
        return None
    return next((doc[j] for j in range(tok.i - 2, tok.sent.start - 1, -1) if doc[j].lower_ == "who"), None)


#: Person nouns whose "to"/"for" object is whom they serve, not who they are.
_SERVING_HEADS = NAMING_HEADS | frozenset("strategist consultant confidant counselor counsel staffer".split())


def _role_holder(noun: Token) -> Token:
    """The role noun whose object ``noun`` is: "who" after "an adviser to Trump" is the adviser.

    "a longtime aide to the senator, who declined to be named" → aide; any other noun is itself.
    """
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ("to", "for") and prep.head.lemma_.lower() in _SERVING_HEADS:
        return prep.head
    return noun


def _antecedent(tok: Token) -> Token | None:
    verb = tok.head
    while verb.dep_ not in ("relcl", "acl") and verb.head.i != verb.i and verb.dep_ in ("aux", "conj", "xcomp"):
        verb = verb.head
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        ante = verb.head
        if tok.lower_ == "which" and ante.i < tok.i - 2 and ante.lemma_.lower() not in DOCUMENT_HEADS:
            # "a ruling from the Westmark Board of Appeals, which found": an organisation's name just
            # before the comma is what the clause is about, whatever the parser hung it on
            before = tok.doc[tok.i - 2] if tok.doc[tok.i - 1].text == "," else None
            if before is not None and before.ent_type_ == "ORG" and before.ent_iob_ != "O":
                ent = next(e for e in tok.doc.ents if e.start <= before.i < e.end)
                if ent.end == before.i + 1 and not (ent.start <= ante.i < ent.end):
                    return ent.root
        return ante
    # The parser sometimes hangs the clause elsewhere: take the noun just before the comma.
    j = tok.i - 1
    while j >= 0 and (tok.doc[j].is_punct or tok.doc[j].pos_ in ("ADP",)):
        j -= 1
    return tok.doc[j] if j >= 0 and tok.doc[j].pos_ in ("PROPN", "NOUN") else None
