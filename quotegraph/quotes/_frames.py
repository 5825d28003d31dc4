"""Reporting frames from the dependency parse: cue, speaker and reported content.

A frame is a cue (a reporting verb such as *said*, the phrase *according to*,
or a noun such as *claim*) with the noun phrase that names its speaker and the
clause it reports. Frames are found from the parse alone; quote marks are
matched to them afterwards (:mod:`._find`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ._candidate import CharSpan
from ._cues import CueLexicon

__all__ = ["Frame", "find_frames", "fallback_frame", "doc_text", "token_starts"]

_TEXT_KEY = "_quotegraph_text"
_STARTS_KEY = "_quotegraph_token_starts"


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per pass: spaCy joins every token on each read."""
    cached = doc.user_data.get(_TEXT_KEY)
    return cached if isinstance(cached, str) else doc.text


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token, computed once per pass, for bisecting."""
    cached = doc.user_data.get(_STARTS_KEY)
    return cached if isinstance(cached, list) else [t.idx for t in doc]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_COMPLEMENTS = ("ccomp", "xcomp", "oprd")
# Verbs whose subject a participial or coordinated cue inherits ("…, saying …").
_INHERIT_VIA = ("advcl", "xcomp", "conj", "acl", "pcomp", "prep", "dobj", "pobj", "acomp")
_EXPLETIVES = {"it", "there"}
_PUNCT_EDGE = set(".,;:!?-–—\"'“”‘’«»()[]")


@dataclass
class Frame:
    """A cue with its speaker and content.

    ``content`` is a list of character spans (two when the cue interrupts the
    clause: "The plan, she said, is dead"); it may be empty for a cue whose
    only complement is a quotation matched later. ``extent`` is the token
    range ``[first, last]`` that the cue's own clause covers, quotes excluded,
    so a quote can be matched to the cue next to it.
    """

    cue: Token
    cue_span: CharSpan
    speaker: CharSpan | None
    speaker_head: Token | None
    content: list[CharSpan]
    kind: str  # verb | according | noun | object
    extent: tuple[int, int]
    passive: bool = False
    parts: list[CharSpan] = field(default_factory=list)


def _para_of(tok: Token) -> CharSpan:
    """Character bounds of the paragraph (line) holding ``tok``."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    return start, len(text) if end < 0 else end


def _clip(spans: list[CharSpan], bounds: CharSpan, text: str) -> list[CharSpan]:
    """``spans`` cut to ``bounds``, re-trimmed of white space; empty pieces dropped."""
    out = []
    for s, e in spans:
        s, e = max(s, bounds[0]), min(e, bounds[1])
        while s < e and (text[s].isspace() or text[s] in _PUNCT_EDGE):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in _PUNCT_EDGE):
            if text[e - 1] == ")" and text.count("(", s, e) > text.count(")", s, e - 1):
                break  # a closing parenthesis the span opened: "(D-Md.)"
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _trimmed(doc: Doc, first: int, last: int) -> CharSpan | None:
    """Char span of tokens first..last without edge punctuation and white space."""
    while first <= last and (doc[first].is_space or doc[first].text in _PUNCT_EDGE):
        first += 1
    while last >= first and (doc[last].is_space or doc[last].text in _PUNCT_EDGE):
        last -= 1
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _noun_phrase(tok: Token) -> CharSpan | None:
    """The speaker noun phrase headed by ``tok``: its subtree, with what describes the speaker
    ("Biden, who served …", "Mona Lamberson, 59, of …") but without clauses and time or place
    phrases the parser hangs on it ("Trump at the time"). A common noun keeps the phrases that
    narrow it down ("some delegates at the convention", "new polls released Sunday") unless they
    give a time ("officials on Monday")."""
    doc = tok.doc
    # "Four Halvern dailies in Nova Ridge, including the Dunmore Ledger": the examples name the speakers;
    # "a new article in Politico", "a report … by the nonprofit E3G": a publication's outlet or author
    examples = any(c.dep_ == "prep" and c.lower_ in ("including", "like") and c.i > tok.i for c in tok.children) \
        or (tok.lemma_.lower() in _PUBLICATIONS and any(
            c.dep_ == "prep" and c.i > tok.i and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
            for c in tok.children))
    common = tok.pos_ == "NOUN"
    cut = {t.i for c in tok.children
           if (c.dep_ in ("relcl", "acl", "npadvmod") and not _describes(tok, c)
               and not (common and c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.i > tok.i
                        and not any(t.text in (",", "—", "–", "(") for t in doc[tok.i + 1:c.left_edge.i + 1])))
           or (c.dep_ == "prep" and c.lower_ in _LOOSE_PREPS and c.i > tok.i and not examples
               and not (c.lower_ == "from" and common)  # "a letter from the American Legion"
               and not (common and not any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)))
           for t in c.subtree}
    if tok.dep_ == "ROOT":  # "Lee defended the plan, calling …" misread as a noun phrase: the name alone
        cut.update(t.i for c in tok.children if c.dep_ in ("dobj", "advcl") and c.i > tok.i for t in c.subtree)
    idx = [t.i for t in tok.subtree if t.i not in cut]
    if not idx:
        return None
    first, last = min(idx), max(idx)
    # Cut at a relative clause that starts inside: keep the part before it.
    if cut:
        before = [i for i in idx if i < min(cut)]
        if before and tok.i < min(cut):
            last = max(before)
    return _trimmed(doc, first, last)


def _describes(head: Token, clause: Token) -> bool:
    """Whether a relative clause belongs to the speaker's phrase: any one on a name ("Biden, who
    served as a senator …"), and on a common noun one with no comma before it, which narrows it
    down ("a Veltrian diplomat who was not cleared to comment")."""
    if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.i > head.i and head.pos_ == "NOUN" \
            and any(c.dep_ == "agent" for c in clause.children):
        return True  # "a phone poll conducted by the Brindle Valley Gazette": its issuer
    if clause.dep_ != "relcl" or clause.i < head.i:
        return False
    if head.pos_ == "PROPN":
        return True
    first = clause.left_edge
    return first.i > head.i and not any(t.text in (",", "—", "–", "(") for t in head.doc[head.i + 1:first.i + 1])


_PUBLICATIONS = frozenset("article report story piece column editorial op-ed study survey poll analysis memo "
                          "review investigation book interview".split())
_LOOSE_PREPS = frozenset("at in on during after before while when since from".split())


#: "Washington (AFP)", "New York, N.Y. (Reuters)": a place in mixed case and an agency in brackets.
WIRE_DATELINE = r"[A-Z][\w.']*(?: [A-Z][\w.']*){0,3}(?:,\s*[A-Z][\w.]*)?\s*\([A-Z][A-Za-z.]{1,15}\)"
_DATELINE_ONLY = re.compile(r"[A-Z][A-Z .,'-]+(?:,\s*[A-Z][a-z.]+)?\s*\([^)]{1,30}\)?|" + WIRE_DATELINE)
_NAME_TAGS = frozenset(("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "HYPH", "POS", "CD"))


def _name_before(verb: Token) -> CharSpan | None:
    """The name right before a finite cue the parser gave no subject
    ("… Rep. Paul Ryan (R-WI) said "…"")."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].tag_ == "RB" and doc[i].head.i == verb.i and verb.i - i < 3:
        i -= 1  # "Ferdie Pacheco once said"
    if i >= 1 and doc[i].text == "," and doc[i - 1].tag_ in ("NNP", "NNPS") and doc[i - 1].ent_type_ == "PERSON":
        i -= 1  # "his chief strategy aide, Marta Quillon, said:"
    elif i >= 1 and doc[i].text == ",":
        # "…, Maj. Aldo R. Penfield, an army spokesman in Corvale, said": a name whose apposition ends here
        for k in range(i - 1, max(verb.sent.start, i - 20) - 1, -1):
            t = doc[k]
            if t.ent_type_ == "PERSON" and t.tag_ in ("NNP", "NNPS") and t.right_edge.i in (i - 1, i) \
                    and (k + 1 >= len(doc) or doc[k + 1].ent_type_ != "PERSON"):
                return _noun_phrase(t)
        # "…,” Marlow delegate Nora Tillbrook, holding a paper fan, said": a name, a comma, then a clause
        # with no verb of its own tense, up to the cue
        for k in range(i - 2, max(verb.sent.start, i - 20) - 1, -1):
            t = doc[k]
            if doc[k + 1].text != ",":
                continue
            if t.ent_type_ == "PERSON" and t.tag_ in ("NNP", "NNPS") and \
                    not any(doc[j].tag_ in ("VBD", "VBZ", "VBP", "MD") for j in range(k + 2, i)):
                span = _noun_phrase(t)
                start = t.i
                while start > verb.sent.start and doc[start - 1].ent_type_ == "PERSON":
                    start -= 1
                return (doc[start].idx, t.idx + len(t)) if span is None or span[1] > t.idx + len(t) else span
            break  # the comma nearest the clause closes something else
    last = i
    if i >= 0 and doc[i].text == ")":  # a parenthetical party tag
        while i >= 0 and doc[i].text != "(" and verb.i - i < 8:
            i -= 1
        i -= 1
    if i >= 2 and doc[i].text == "," and doc[i - 1].like_num and doc[i - 2].text == ",":
        i -= 3  # an age: "Ramos, 58, told AFP"
    end = i
    while i >= 0 and doc[i].tag_ in _NAME_TAGS and not doc[i].is_sent_start and end - i < 8:
        i -= 1
    if i >= 0 and doc[i].tag_ in _NAME_TAGS and doc[i].is_sent_start:
        i -= 1
    first = i + 1
    if first > end or not any(doc[k].tag_ in ("NNP", "NNPS") for k in range(first, end + 1)):
        return None
    return _trimmed(doc, first, last)


_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _phrase_after_comma(verb: Token) -> CharSpan | None:
    """A noun phrase between a comma and a finite cue that the parser hung on what came before ("In a
    chat with presenters Dan Corliss and Ivy Marchetti, the Green Party nominee stated")."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].tag_ == "RB" and verb.i - i < 3:
        i -= 1
    if i < 1 or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].head.i > verb.i:
        return None
    j = i
    while j - 1 > verb.sent.start and doc[j - 1].pos_ in _PHRASE_POS and i - j < 6:
        j -= 1
    if doc[j - 1].text != "," or doc[j].pos_ not in ("DET", "PROPN"):
        return None
    return _trimmed(doc, j, i)


def _after_quote(verb: Token, cues: frozenset[str] = frozenset()) -> CharSpan | None:
    """ "“…,” said the 46-year-old.": the noun phrase after a cue that follows a quotation. After a
    quotation the order is inverted whatever the cue ("“…,” opined the Daily Ledger", "“…,” tweeted
    another"), and a name the parser did not know is still the speaker ("“…,” said Skelly, explaining …")."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in ("”", '"', "»", ",", "''", "’") \
            or (verb.lemma_ not in _QUOTE_VERBS and verb.lemma_.lower() not in cues):
        return None
    nxt = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "npadvmod", "attr", "nsubj", "dep")
                and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in _INVERTED_PRONOUNS)), None)
    if nxt is None or nxt.left_edge.i != verb.i + 1:
        return _name_run_after(verb) or _lone_name_after(verb)
    return _noun_phrase(nxt)


def _inverted_subject(verb: Token) -> Token | None:
    """The noun right after a cue that follows a closing quotation mark ("“…?” asked Mr. Pell"), which the
    parser reads as the object."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in _CLOSING:
        return None
    return next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "npadvmod", "attr", "dep")
                 and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == verb.i + 1), None)


#: Words that stand for a speaker after an inverted cue: "“…,” tweeted another."
_INVERTED_PRONOUNS = frozenset("another one other others".split())


def _lone_name_after(verb: Token) -> CharSpan | None:
    """ "“…,” said Skelly, explaining …": one capitalised word right after the cue, then the clause ends."""
    doc = verb.doc
    j = verb.i + 1
    if j + 1 >= len(doc) or doc[j].is_sent_start:
        return None
    tok, after = doc[j], doc[j + 1]
    if not (tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower()) or tok.ent_type_ in _NOT_SPEAKERS \
            or after.text not in (",", ".", ";") or tok.lower_ in _NOT_NAMES:
        return None
    return (tok.idx, tok.idx + len(tok.text))


#: Capitalised words after a cue that are no speaker's name.
_NOT_NAMES = frozenset("today yesterday tonight later earlier then afterward afterwards again too also instead "
                       "recently simply only once".split())


def _name_run_after(verb: Token) -> CharSpan | None:
    """ "“…,” said Budget Committee ranking Republican Hollis Varga (R-Ore.).": a title and name the parser
    did not read as the cue's subject, up to the end of the clause."""
    doc = verb.doc
    j = verb.i + 1
    last = None
    while j < len(doc) and j - verb.i <= 10 and not doc[j].is_sent_start:
        tok = doc[j]
        if tok.is_punct or (tok.pos_ == "ADP" and tok.lower_ != "of") or tok.tag_ in ("VBD", "VBZ", "VBP"):
            break
        if tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper():
            last = j
        j += 1
    if last is None or last < j - 1 or sum(doc[k].tag_ in ("NNP", "NNPS") for k in range(verb.i + 1, last + 1)) < 2:
        return None
    span = _trimmed(doc, verb.i + 1, last)
    if span is not None and j + 2 < len(doc) and doc[j].text == "(":  # a party tag: "(D-Md.)"
        close = next((k for k in range(j, min(j + 8, len(doc))) if doc[k].text == ")"), None)
        if close is not None:
            span = (span[0], doc[close].idx + 1)
    return span


def _subject_after_preposition(verb: Token) -> Token | None:
    """ "Ridley is telling donors he is ready after a student told him …": the parser took "after" for a
    preposition, "a student" for its object and "told" for a second verb of the main clause; the object
    that ends just before a finite verb joined with no "and" is that verb's subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i > verb.i:
        return None
    doc = verb.doc
    k = verb.i - 1
    while k > verb.head.i and doc[k].is_punct:
        k -= 1
    obj = doc[k]
    for _ in range(4):  # "a student in Akron, Ohio,": up from the last word to the preposition's object
        if obj.dep_ == "pobj" and obj.head.lower_ in _CLAUSE_PREPOSITIONS and k <= obj.right_edge.i < verb.i:
            break
        if obj.head.i == obj.i or obj.head.i > k:
            return None
        obj = obj.head
    else:
        return None
    prep = obj.head
    if obj.pos_ not in ("NOUN", "PROPN", "PRON") or prep.i < verb.head.i or any(
            t.dep_ == "cc" or t.lower_ in ("and", "or", "but") for t in doc[prep.i:verb.i]):
        return None
    return obj


#: Prepositions that also open a clause ("after she said", "before the judge ruled").
_CLAUSE_PREPOSITIONS = frozenset("after before since until".split())


def _quoted_off(tok: Token, verb: Token) -> bool:
    """Whether an odd number of quote marks stands between ``tok`` and the ``verb`` after it."""
    return sum(t.text in _QUOTE_TOKENS for t in tok.doc[tok.i + 1:verb.i]) % 2 == 1


def _bare_passive_participle(verb: Token) -> bool:
    """ "Asked about the delay, Marsh said …", "…, she said when asked about it": a past participle
    with no subject or auxiliary of its own is passive, and the clause's subject is the one asked,
    not the one asking; who asked is not named."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)


def _subject(verb: Token, speech: frozenset[str] = frozenset()) -> tuple[Token | None, bool]:
    """The speaker head of ``verb`` and whether the verb is passive; climbs for participles.

    A participle the parser hung inside what a verb of ``speech`` reports is that verb's speaker's
    ("X said Clinton will have to choose, saying …"; "telling CNN that Trump is a faker and questioning …").
    """
    cue = _cue_above_conj(verb, speech)
    if cue is not None:
        return _subject(cue, speech)
    if _bare_passive_participle(verb):
        return None, True
    tok: Token | None = verb
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj")
    for _ in range(6):  # "In addition to stating that …, Clinton has vowed": up through a preposition's object
        if tok is None:
            break
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        for c in tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, True
        # Two subjects ("…in Salem, New Hampshire, Trump went"): the one next to the verb.
        subjects = [c for c in tok.children if c.dep_ in _SUBJECTS]
        if tok.i == verb.i and verb.i > 0 and verb.doc[verb.i - 1].text in _CLOSING:
            # "“… #Leeds,” tweeted a user": a word of the quotation just closed is not who speaks it
            in_title = [c for c in subjects if c.i < verb.i and _quoted_off(c, verb)]
            subjects = [c for c in subjects if c not in in_title]
            if in_title and not subjects and verb.tag_ == "VBG":
                return _subject_before_title(verb, speech)
        if not subjects:  # "Lee was still focused on …" with "Lee" hung on "was": the auxiliary's subject
            subjects = [g for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i
                        for g in c.children if g.dep_ in _SUBJECTS and g.i < c.i]
        if len(subjects) > 1:
            at = tok.i
            # but a subject inside quotation marks that close before the verb is the quotation's own ("“… its
            # heart beating …,” said Carly Fiorina") or a title's ("Washington, star of “Scandal,” thanked")
            quoted = {c.i for c in subjects if c.i < at and _quoted_off(c, tok)}
            subjects.sort(key=lambda c: (c.i in quoted, c.i > at, -c.i if c.i < at else c.i))
        if subjects and participle and tok.i != verb.i and tok.dep_ == "ccomp" and tok.head.i < tok.i \
                and tok.head.lemma_.lower() in speech:
            tok = tok.head
            continue
        if subjects:
            c = _past_dateline(subjects[0])
            if c.lower_ in _EXPLETIVES and tok.i != verb.i:
                return None, passive  # "it is fair to say that …": nobody
            if passive and c.dep_ == "nsubjpass":
                # "it was announced that …": no speaker; "X was quoted as saying": X
                if c.lower_ in _EXPLETIVES:
                    return None, True
                return (c, True) if tok.i != verb.i else (None, True)
            return c, passive
        if participle and tok.i != verb.i and not subjects:
            inverted = _inverted_subject(tok)
            if inverted is not None:  # "“…?” asked Mr. Pell, referring to …": the one named after the cue
                return inverted, False
        if participle and tok.dep_ == "ROOT" and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() \
                and tok.i < verb.i and any(c.dep_ == "dobj" for c in tok.children):
            # "Lee defended the plan, calling it …" read with "defended" as an adjective: the name is the root
            return tok, False
        if tok.i == verb.i and not subjects:
            after = _subject_after_preposition(verb)
            if after is not None:  # "… ready to lead after a student in Akron told him she doubts …"
                return after, passive
        if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head, False  # "“Stay there!” a man yelled" read as a reduced relative clause
        infinitive_relative = tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        # "Clinton paused, then revealed why …": a second verb the parser left unlabelled ("dep")
        unlabelled = tok.dep_ == "dep" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB" and tok.head.i < tok.i
        if (tok.dep_ in _INHERIT_VIA or infinitive_relative or unlabelled) and tok.head.i != tok.i:  # "went out of his way to say"
            head = tok.head
            controller = _object_controller(tok)
            if controller is not None:
                return controller, passive
            marks = [t.text for t in tok.doc[tok.i + 1:head.i] if t.text in _OPENING_MARKS or t.text in "”»"]
            if head.i > tok.i and marks and marks[-1] in _OPENING_MARKS and (marks[-1] not in _EITHER_WAY or len(marks) % 2):
                # "…, telling the crowd, “Some people get …”": the parser hung the cue on a verb of
                # the quotation; the clause before it is the one that speaks.
                root = tok.sent.root
                if root.i >= tok.i:
                    break
                head = root
            tok = head
            continue
        break
    return None, False


def _subject_before_title(verb: Token, speech: frozenset[str]) -> tuple[Token | None, bool]:
    """ "Moss mocked Pike on a TV show's “Evening Desk,” calling that …": the parser took the title's
    last word for the participle's subject and cut the clause there; the participle goes on from the
    clause before the title, whose subject it inherits."""
    doc = verb.doc
    opening = next((t for t in reversed(doc[max(0, verb.i - 12):verb.i - 1]) if t.text in _OPENING_MARKS), None)
    if opening is None or opening.i == 0 or doc[verb.i - 2].text != ",":
        return None, False
    root = doc[opening.i - 1].sent.root
    if root.i >= opening.i or root.pos_ not in ("VERB", "AUX") or root.tag_ == "VBG":
        return None, False
    return _subject(root, speech)


#: The dashes a dateline ends in ("DENVER, May 2 (UPI) —"); the speakers stage reads them too.
DASHES = frozenset({"—", "–", "--", "-"})


def _past_dateline(subject: Token) -> Token:
    """The speaker after a dateline the parser took for the subject: "DENVER, May 2 (UPI) — Former Gov. Ann
    Roe told …" → "Roe", set beside "DENVER" after its dash."""
    if not (subject.is_sent_start or subject.i > 0 and subject.doc[subject.i - 1].is_space) \
            or not subject.text.isupper() or len(subject.text) < 3:
        return subject
    dash = next((c for c in subject.children if c.text in DASHES and c.i > subject.i), None)
    after = [c for c in subject.children if c.dep_ == "appos" and dash is not None and c.i > dash.i]
    return after[0] if len(after) == 1 else subject


#: Verbs whose object is not who does what the infinitive after it says: "she promised him to …",
#: "she used her budget speech to argue …".
_SUBJECT_CONTROL = frozenset("promise vow pledge use take seize spend".split())
#: Object pronouns that can be a speaker.
_OBJECT_PERSONS = frozenset("me us you him her them".split())


def _object_controller(tok: Token) -> Token | None:
    """Who says what an infinitive reports when a verb's object does it: "a result that led her to declare
    that …", "the host asked Marsh to explain why …". The object must be a person or a body (a
    pronoun or a name): "took the stage to say" and "used the chance to argue" keep the subject."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.i > tok.i or head.lemma_.lower() in _SUBJECT_CONTROL:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < tok.i]
    if len(objects) != 1:
        return None
    obj = objects[0]
    if obj.lower_ in _OBJECT_PERSONS or (obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "ORG", "NORP", "")):
        return obj
    return None


#: Quote marks as the tokenizer leaves them, with the doubled apostrophes some outlets print (''…'').
_OPENING_MARKS = frozenset(['"', "“", "«", "„", "``", "''"])
_QUOTE_TOKENS = frozenset(['"', "“", "”", "«", "»", "„", "``", "''"])
_EITHER_WAY = frozenset(['"', "''"])  # the same mark opens and closes
_CLOSING = frozenset(['"', "”", "»", "''"])  # marks that may close a quotation


_SAID_OBJECTS = frozenset("word prayer thing goodbye hello grace name mass something anything nothing lot yes no "
                          "line phrase sentence sorry".split())


#: What one tells that is itself what was said: "told a joke", "told a different story".
_TALES = frozenset("story tale joke lie truth anecdote".split())


def _complements(verb: Token, lexicon: CueLexicon) -> list[Token]:
    comps = [c for c in verb.children if c.dep_ in _COMPLEMENTS and not _framing_cue(c, verb, lexicon)]
    if verb.lemma_ in lexicon.object_verbs and (not comps or any(c.dep_ == "oprd" for c in comps)):
        # "called Trump 'unhinged'", "accused Sanders of a smear": the object and what
        # the verb says of it belong to what was said
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            comps = comps + objects + [c for c in verb.children if c.i > verb.i and (
                c.dep_ == "prep" and c.lower_ in ("of", "for", "as", "on") or c.dep_ in ("oprd", "xcomp"))]
        for c in verb.children:
            # "called for a ban", "called on X to …"
            if c.dep_ == "prep" and c.lower_ in ("for", "on") and verb.lemma_ in ("call", "press", "push"):
                comps.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    if not comps and verb.lemma_.lower() == "say":
        # "the mayor said owners of homes damaged by floods seek refunds": a clause the parser read
        # as the verb's object
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                    and c.lemma_.lower() not in _SAID_OBJECTS), None)
        if obj is not None and obj.i > verb.i and obj.right_edge.i - obj.left_edge.i >= 3 and not any(
                not t.is_punct for t in verb.doc[obj.right_edge.i + 1:verb.sent.end]):
            comps = [obj]  # … when the object runs to the end of the sentence
    if not comps and verb.lemma_.lower() == "tell":
        # "told a joke", "told a different story": the tale is what was told; "told reporters" is not
        comps = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in _TALES]
    if (verb.lemma_.lower(), "as") in lexicon.prep_verbs and verb.lemma_.lower() not in lexicon.verbs:
        # "supporters see him as the stronger candidate": the object and what it is seen as. Only
        # that: "we will see what happens" reports nothing.
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        as_ = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i]
        if obj is not None and (as_ or any(t.lower_ == "as" for t in obj.subtree if t.i > obj.i)):
            return [obj] + as_
        return []
    if not comps:
        for c in verb.children:
            if c.dep_ == "prep" and c.i > verb.i and (verb.lemma_.lower(), c.lower_) in lexicon.prep_verbs:
                comps.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
                break
    return comps


def _framing_cue(comp: Token, verb: Token, lexicon: CueLexicon) -> bool:
    """Whether ``comp``, a clause the parser hung before ``verb``, is the cue that reports ``verb``'s
    clause rather than what ``verb`` reports: "She claimed at one stage, a volunteer asked the hall to cheer"
    (a subject, a verb of saying with nothing reported of its own, then a comma before a clause that goes on
    after its verb; not "The documents indicate, he said." nor "He may add staff, he said.")."""
    if comp.i > verb.i or comp.dep_ != "ccomp" or comp.lemma_.lower() not in lexicon.verbs \
            or comp.lemma_ not in _QUOTE_VERBS:
        return False
    if not any(c.i > verb.i and c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < comp.i for c in comp.children):
        return False
    if any(c.dep_ in _COMPLEMENTS or c.dep_ == "dobj" for c in comp.children):
        return False
    between = verb.doc[comp.right_edge.i + 1:verb.i]
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    return subject is not None and comp.right_edge.i < subject.left_edge.i and \
        any(t.text == "," for t in between) and not any(t.text in _QUOTE_TOKENS for t in comp.subtree)


def _without_trailing_aside(doc: Doc, idx: list[int]) -> list[int]:
    """The reported clause without the writer's aside at its end: a relative clause or an apposition set
    off by a comma on its last noun ("… toward Sen. Hale, who has a lead over …", "… a fair sentence,
    which …", "… Gov. Ortiz, the former mayor"). A quotation mark inside the aside keeps it."""
    if not idx:
        return idx
    have = set(idx)
    last = max(idx)
    while last > min(idx) and doc[last].is_punct and doc[last].text not in _QUOTE_TOKENS:
        last -= 1
    for i in sorted(idx):
        tok = doc[i]
        if tok.dep_ not in ("relcl", "appos") or tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.i > tok.i:
            continue
        comma = tok.left_edge.i - 1
        if comma not in have or doc[comma].text != "," or tok.right_edge.i < last or comma <= min(idx):
            continue
        if any(t.text in _QUOTE_TOKENS or t.text in ("‘", "’") for t in doc[comma:max(idx) + 1]) \
                or sum(t.text in _QUOTE_TOKENS for t in doc[min(idx):comma]) % 2:
            continue
        return [j for j in idx if j < comma]
    return idx


#: Marks that end one clause and start another inside a sentence.
_CLAUSE_BREAKS = frozenset([";", ":", "—", "–", "-", "--"])


def _without_sentence_before(verb: Token, comps: list[Token]) -> list[Token]:
    """The complements without a clause the parser hung on the cue from before a semicolon, colon or
    dash: in "The bridge was shut; the mayor said it would reopen.", the mayor said only what follows
    "said". Kept when nothing follows the cue, as then the earlier clause may be all that was said."""
    after = [c for c in comps if c.i > verb.i]
    if not after:
        return comps
    return [c for c in comps if c.i > verb.i or not any(
        t.text in _CLAUSE_BREAKS for t in verb.doc[c.right_edge.i + 1:verb.i])]


def _report_of_its_own(tok: Token, speech: frozenset[str]) -> bool:
    """A contrasting clause with its own speaker and verb of speech, set off by a comma at the end of a
    reported clause: in "Most said the plan was fair, while a third said it went too far", the second
    report is not part of the first."""
    if tok.lemma_.lower() not in speech or tok.lemma_.lower() in _THOUGHT_VERBS \
            or not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return False
    doc = tok.doc
    before = tok.left_edge.i - 1
    if before < 0 or doc[before].text != "," or any(t.text in _QUOTE_TOKENS for t in tok.subtree):
        return False
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") and c.i == tok.left_edge.i
                   for c in tok.children)
    return False


def _report_at_the_time(tok: Token, speech: frozenset[str]) -> bool:
    """A clause of time with its own speaker and verb of speech at the end of a reported clause: in "Ridley
    is promising voters he is ready after a man told him he fears Ridley is too nice", the man's report is
    not part of Ridley's."""
    if tok.dep_ != "advcl" or tok.lemma_.lower() not in speech or tok.lemma_.lower() in _THOUGHT_VERBS:
        return False
    mark = tok.left_edge
    return mark.dep_ == "mark" and mark.head.i == tok.i and mark.lower_ in ("after", "before", "when", "until") \
        and any(c.dep_ == "nsubj" and mark.i < c.i < tok.i for c in tok.children) \
        and any(c.dep_ == "ccomp" for c in tok.children)  # what was said, not "before he announced his bid"


def _condition_after(verb: Token, idx: list[int]) -> list[int]:
    """A condition or reason the parser hung on the cue after the reported clause: in "She said the
    plant would close if the sale failed", the "if" clause is part of what she said."""
    if not idx:
        return []
    last = max(idx)
    for c in verb.children:
        if c.dep_ == "advcl" and c.left_edge.i > last and any(
                g.dep_ == "mark" and g.lower_ in ("if", "unless", "because") for g in c.children):
            if not any(t.text in _CLAUSE_BREAKS or t.text in _QUOTE_TOKENS for t in verb.doc[last + 1:c.left_edge.i]):
                return [t.i for t in c.subtree]
    return []


def _raised_subject(verb: Token, comps: list[Token]) -> Token | None:
    """The subject of a passive cue with no agent whose infinitive it is about: in "The vote is expected
    to pass", what is expected is that the vote will pass, so "The vote" belongs to what is reported."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None or subj.lower_ in _EXPLETIVES:
        return None
    if not any(c.dep_ == "xcomp" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in comps):
        return None
    return subj


def _subject_of_participle_before(verb: Token) -> Token | None:
    """ "Sen. Vance, noting the size of the crowd, said …": the parser gave the name to the participle
    between it and the cue; a participle set off by commas has no subject of its own, so it is the cue's."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.i < verb.i:
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") \
                    and any(t.text == "," for t in verb.doc[subj.i + 1:c.i]):
                return subj
    return None


def _cue_above_conj(verb: Token, speech: frozenset[str] = frozenset()) -> Token | None:
    """The cue whose reported clause a main-clause verb was wrongly joined to (see `_main_clause_conj`)."""
    if verb.dep_ != "conj":
        return None
    tok = verb.head
    while tok.dep_ in ("ccomp", "xcomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if _tense(tok) is not None:
            if tok.dep_ == "ccomp" and tok.lemma_.lower() not in speech and tok.head.lemma_.lower() in speech:
                continue  # "X said the warning was … and accused …": "was" is reported, the cue is above it
            return tok if _main_clause_conj(verb, tok, speech) else None
    return None


def _tense(verb: Token) -> str | None:
    """ "past" or "present" for a finite verb, read off its own tag or its auxiliary's ("did say" is past,
    "does say" present); None for an infinitive, a participle or a modal's verb."""
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    for tag in tags:
        if tag == "VBD":
            return "past"
        if tag in ("VBZ", "VBP"):
            return "present"
    return None


def _main_clause_conj(tok: Token, cue: Token, speech: frozenset[str] = frozenset()) -> bool:
    """A verb the parser joined to the reported clause that belongs with the cue: in "Lee suggested the
    clerk be replaced and defended the mayor", "defended" has no subject, is in the cue's tense and not
    in the tense of the verb it is joined to, so Lee defended the mayor. A verb of ``speech`` in the
    cue's tense is the cue's even when the clause shares that tense ("Lee said she liked him and called
    him a friend")."""
    head = tok.head
    tense = _tense(tok) if tok.tag_ in ("VBD", "VBZ", "VBP") else None
    if not (tok.dep_ == "conj" and tense is not None and _tense(cue) == tense and tok.i > cue.i
            and head.pos_ in ("VERB", "AUX") and head.i != cue.i
            and not any(c.dep_ in _SUBJECTS for c in tok.children)):
        return False
    if _tense(head) != tense and tense == "past":
        return True
    # a second act of speech by the same speaker ("… and called him …", "… and vowed …")
    return tok.lemma_.lower() in speech and tok.lemma_.lower() not in _THOUGHT_VERBS


#: Cue verbs of thinking, wanting and finding out: a second such verb after "and" is as likely the reported
#: clause's own ("said she was elated but still feared …") as a second act of the speaker.
_THOUGHT_VERBS = frozenset(
    "think believe feel know hope fear worry expect doubt suspect assume reckon figure consider understand "
    "realize realise recognize recognise learn find discover show demonstrate prove determine decide wonder "
    "want plan intend mention hear see".split())


#: Nouns for a recording of someone: "footage of Tran saying …" is Tran speaking, whoever shows it.
_RECORDINGS = frozenset("footage video videos clip clips tape tapes recording recordings audio soundbite "
                        "soundbites".split())


def _recorded_speaker(verb: Token) -> Token | None:
    """The one a recording shows speaking: "The ad uses footage of Ana Tran saying, “…”" → "Tran" (the
    parser hangs the participle on the clause's verb, on the name or on "of")."""
    if verb.tag_ not in ("VBG", "NN") or verb.i < 3:
        return None
    doc = verb.doc
    name = doc[verb.i - 1]
    if name.pos_ not in ("PROPN", "PRON") or name.lower_ in _EXPLETIVES:
        return None
    first = name.i
    while first > 0 and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if first < 2 or doc[first - 1].lower_ != "of" or doc[first - 2].lower_ not in _RECORDINGS:
        return None
    return name


def _verb_frame(verb: Token, lexicon: CueLexicon) -> Frame | None:
    doc = verb.doc
    recorded = _recorded_speaker(verb)
    subject, passive = (recorded, False) if recorded is not None else _subject(verb, lexicon.verbs)
    if subject is None and not passive:
        subject = _subject_of_participle_before(verb)
    comps = _without_sentence_before(verb, _complements(verb, lexicon))
    content: list[CharSpan] = []
    if comps:
        # A participial cue inside the clause ("…, claiming that …") is a frame of its own.
        nested = {t.i for c in comps for d in c.subtree
                  if d is not c and d.dep_ in ("advcl", "conj") and d.tag_ == "VBG"
                  and d.lemma_.lower() in lexicon.verbs and not _second_participle(d) for t in d.subtree}
        # So is a relative clause about the object in which someone else reports ("lambasted the deal
        # negotiated by Obama, who he noted was …"): what the object's cue names ends at the object.
        nested.update(t.i for c in comps if c.dep_ == "dobj" for d in c.subtree
                      if d.dep_ == "relcl" and d.lemma_.lower() in lexicon.verbs
                      and any(g.dep_ == "ccomp" for g in d.children)
                      and any(g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP") for g in d.children)
                      for t in d.subtree)
        for c in comps:
            for d in c.subtree:
                if d.i > verb.i and _report_of_its_own(d, lexicon.verbs):  # "…, while others said …"
                    nested.update(t.i for t in c.subtree if t.i >= d.left_edge.i - 1)
                elif d.i > verb.i and _report_at_the_time(d, lexicon.verbs):  # "… after a man told him …"
                    nested.update(t.i for t in c.subtree if t.i >= d.left_edge.i)
                if _main_clause_conj(d, verb, lexicon.verbs):  # cut at its "and": the rest is not what was reported
                    cc = [g.i for g in d.head.children if g.dep_ in ("cc", "punct") and d.head.i < g.i < d.i]
                    at = min(cc) if cc else d.left_edge.i
                    nested.update(t.i for t in c.subtree if t.i >= at)
        idx = _without_trailing_aside(doc, [t.i for c in comps for t in c.subtree if t.i not in nested])
        idx = idx + _condition_after(verb, idx)
        raised = _raised_subject(verb, comps) if passive and subject is None else None
        if raised is not None and idx:
            idx = sorted(set(idx) | {t.i for t in raised.subtree})
        if idx:
            first, last = min(idx), max(idx)
            span = _trimmed(doc, first, last)
            if span:
                content.append(span)
    elif (verb.dep_ in ("parataxis", "ccomp", "advcl") or _parenthetical_conj(verb, subject)) \
            and verb.head is not verb and subject is not None \
            and (verb.lemma_ in _QUOTE_VERBS or verb.lemma_ in _FINDING_VERBS) \
            and not any((c.dep_ == "mark" and c.lower_ != "as") or (c.dep_ == "advmod" and c.tag_ == "WRB")
                        for c in verb.children if c.i < verb.i) \
            and (verb.head.i < verb.i and (verb.dep_ != "ccomp" or _comma_between(verb.head, verb))
                 # "Instead, Ms. Orlen told the radio host, her plan would be …": the cue's clause comes first
                 or (verb.dep_ == "ccomp" and subject.head.i == verb.i and verb.head.i > verb.right_edge.i
                     and _comma_between(verb.right_edge, verb.head))
                 or verb.dep_ in ("parataxis", "conj")  # "The plan, she said, is dead."
                 or any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)):
        # "The plan is dead, she said." / "As Ryan has pointed out, that is racism."
        # "The plan is dead, she said." parsed with the clause as head of the cue.
        head = verb.head
        own = {t.i for t in verb.subtree}
        idx = [t.i for t in head.subtree if t.i not in own]
        # "Clinton celebrated …, declaring": a clause holding the speaker is not what was said
        if idx and not (subject.head.i != verb.i and min(idx) <= subject.i <= max(idx)):
            content = _split_runs(doc, idx)
    if not content and not _can_take_quote(verb, lexicon):
        return None
    cue_end = verb.idx + len(verb.text)
    for c in verb.children:
        if c.dep_ == "prt" and c.i == verb.i + 1:  # "pointed out"
            cue_end = c.idx + len(c.text)
    if subject is not None and subject.ent_type_ in ("DATE", "TIME") and subject.pos_ != "PRON" \
            and not (subject.lower_ == "old" and any(t.lower_ == "year" for t in subject.subtree)):
        subject = None  # "Saturday at the convention Sen. Warren said": the parser's subject is a date
        # (but "said the 46-year-old" is someone)
    speaker = _noun_phrase(subject) if subject is not None else None
    if subject is None and not passive and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i \
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.ent_type_ not in _NOT_SPEAKERS:
        # "a group backing Bush", "voters saying they want …", "a petition calling on him to …": a participle
        # that describes a noun, with no clause above it to speak, is that noun's. Only the words up to the
        # noun: the participle's own clause is what was said.
        subject = verb.head
        speaker = _trimmed(doc, subject.left_edge.i, subject.i)
    if subject is not None and speaker is not None and _DATELINE_ONLY.fullmatch(doc_text(doc)[speaker[0]:speaker[1]]):
        subject, speaker = None, None  # "LONDON (Reuters) - Donald Trump said": the parser's subject is the dateline
    if subject is None and not passive and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
        speaker = _name_before(verb)
        if speaker is not None and content and content[0][0] < speaker[0] < content[-1][1]:
            # the parser hung the name before the cue inside the clause: what was said ends before it
            # (the clip below trims the comma and marks left at the cut)
            content = [(a, min(b, speaker[0])) for a, b in content if a < speaker[0]]
        speaker = speaker or _after_quote(verb, lexicon.verbs) or _phrase_after_comma(verb)
        if speaker is None and verb.dep_ == "conj":
            # "At a rally in Dayton, 62-year-old Nora Brandt railed against …, and explained that …": the
            # second verb's subject is the first one's, found the same way
            lead_verb = verb
            while lead_verb.dep_ == "conj" and lead_verb.head.i < lead_verb.i \
                    and lead_verb.head.pos_ in ("VERB", "AUX"):
                lead_verb = lead_verb.head
            if lead_verb is not verb and lead_verb.tag_ in ("VBD", "VBZ", "VBP"):
                speaker = _name_before(lead_verb) or _phrase_after_comma(lead_verb)
    para = _para_of(verb)
    content = _clip(content, para, doc_text(doc))
    if speaker is not None:
        clipped = _clip([speaker], _para_of(subject) if subject is not None else para, doc_text(doc))
        speaker = clipped[0] if clipped else None
    own = {verb.i}
    if subject is not None:
        own.update(t.i for t in subject.subtree)
    for c in verb.children:
        if c.dep_ not in _COMPLEMENTS and c.dep_ not in ("punct", "parataxis", "conj", "advcl", "cc"):
            own.update(t.i for t in c.subtree)
    return Frame(
        cue=verb,
        cue_span=(verb.idx, cue_end),
        speaker=speaker,
        speaker_head=subject,
        content=content,
        kind="verb" if not any(c.dep_ in ("dobj", "oprd") for c in comps) else "object",
        extent=(min(own), max(own)),
        passive=passive,
    )


def _second_participle(tok: Token) -> bool:
    """ "is acting recklessly and showing contempt": a participle of showing or finding joined by "and" to
    a progressive verb carries on the reported clause; it is not a participial cue of its own (but "were
    treating the blast as an accident and urging residents to stay indoors" is: the police urged)."""
    head = tok.head
    return tok.dep_ == "conj" and head.tag_ == "VBG" and tok.lemma_.lower() in _THOUGHT_VERBS \
        and any(c.dep_ == "aux" for c in head.children) \
        and any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children)


def _misread_verb_frame(tok: Token) -> Frame | None:
    """A cue the parser read as a plural noun with a clause under it: in "Voters oppose it, a new poll
    shows." the words before "shows" are its subject and the clause is what it shows."""
    doc = tok.doc
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("det", "amod", "compound", "poss", "nummod")]
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    if not mods or not any(c.dep_ == "compound" for c in mods):
        return None  # a noun needs a noun before it to be the subject
    first = min(c.left_edge.i for c in mods)
    speaker = (doc[first].idx, doc[tok.i - 1].idx + len(doc[tok.i - 1]))
    idx = [t.i for c in comps for t in c.subtree]
    span = _trimmed(doc, min(idx), max(idx)) if idx else None
    if span is None:
        return None
    para = _para_of(tok)
    content = _clip([span], para, doc_text(doc))
    if not content:
        return None
    return Frame(cue=tok, cue_span=(tok.idx, tok.idx + len(tok.text)), speaker=speaker, speaker_head=doc[tok.i - 1],
                 content=content, kind="verb", extent=(first, tok.i))


#: Verbs of finding that report a clause set before them: "Voters oppose it, a new poll finds."
_FINDING_VERBS = frozenset("find show suggest indicate reveal estimate".split())


def _parenthetical_conj(verb: Token, subject: Token | None) -> bool:
    """ "Americans oppose the cuts, a new poll finds, …" parsed as a second verb joined to the first: a
    comma, no "and", and the verb's own subject between them."""
    head = verb.head
    if verb.dep_ != "conj" or subject is None or head.i > verb.i or not head.i < subject.i < verb.i:
        return False
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return False
    if any(c.dep_ in _COMPLEMENTS or c.dep_ == "dobj" for c in verb.children):
        return False
    before = subject.left_edge.i - 1
    return before > head.i and verb.doc[before].text in (",", "—", "–")


def _comma_between(a: Token, b: Token) -> bool:
    """True when a comma separates ``a`` from the later token ``b`` ("…, she said")."""
    return any(t.text in (",", "—", "–") for t in a.doc[a.i:b.i])


def _can_take_quote(verb: Token, lexicon: CueLexicon) -> bool:
    """A cue with no clause of its own may still introduce a quotation next to it."""
    return verb.pos_ in ("VERB", "AUX") and (verb.lemma_ in _QUOTE_VERBS or _phrasal(verb, lexicon))


_QUOTE_VERBS = frozenset(
    "say tell add ask answer reply respond retort continue explain note remark observe comment state "
    "declare announce insist argue claim warn write tweet post conclude joke quip recall exclaim shout "
    "yell whisper cry interject concede admit acknowledge confirm deny predict caution stress "
    "emphasize emphasise urge plead promise vow boast complain lament muse read testify "
    "chant bark beam scoff snap sneer gush rave thunder roar bellow tease taunt recite rejoin report".split()
)


def _split_runs(doc: Doc, idx: list[int]) -> list[CharSpan]:
    """Char spans of the contiguous runs of token indices ``idx``."""
    idx = sorted(idx)
    runs: list[tuple[int, int]] = []
    start = prev = idx[0]
    for i in idx[1:]:
        if i != prev + 1:
            runs.append((start, prev))
            start = i
        prev = i
    runs.append((start, prev))
    out = []
    for a, b in runs:
        span = _trimmed(doc, a, b)
        if span:
            out.append(span)
    return out


def _according_frame(tok: Token) -> Frame | None:
    """"according to X" attached to a clause: X is the speaker, the clause the content."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    return _source_phrase_frame(tok, to, source)


def _source_phrase_frame(cue: Token, cue_last: Token, source: Token) -> Frame | None:
    """A phrase that names the source of the clause it hangs on ("according to X", "in a poll"): the
    source is the speaker and the rest of the clause, without the phrase, what was said."""
    doc = cue.doc
    head = cue.head
    own = {t.i for t in cue.subtree}
    idx = [t.i for t in head.subtree if t.i not in own] if head.i != cue.i else []
    content = _clip(_split_runs(doc, idx), _para_of(cue), doc_text(doc)) if idx else []
    if not content:
        return None
    return Frame(
        cue=cue,
        cue_span=(cue.idx, cue_last.idx + len(cue_last.text)),
        speaker=_noun_phrase(source),
        speaker_head=source,
        content=content,
        kind="according",
        extent=(min(own), max(own)),
    )


#: Nouns for a sounding of opinion whose findings a clause reports: "In a new poll, most voters …".
_POLL_NOUNS = frozenset(("poll", "survey"))


def _poll_frame(prep: Token, lexicon: CueLexicon) -> Frame | None:
    """ "In the latest survey, Marsh leads by six points", "Okafor trails in most polls": the poll is
    the source and the clause the preposition hangs on what it found, as with "according to". A clause
    whose verb is itself a cue ("voters said in a poll …") is that verb's frame."""
    source = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _POLL_NOUNS), None)
    head = prep.head
    if source is None or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in lexicon.verbs:
        return None
    if source.tag_ != "NN" and not any(c.dep_ == "compound" for c in source.children):
        return None  # one poll that found it, not "trails in the polls", a standing
    if head.dep_ in ("relcl", "acl") or any(c.lower_ == "according" for c in head.children):
        return None  # "…, who leads in the latest poll"; "according to" names its own source
    return _source_phrase_frame(prep, prep, source)


#: Verbs whose subject voices the claim or statement they take: "repeated the claim that …".
_VOICING_VERBS = frozenset("make repeat reiterate issue echo release renew voice offer send give put publish post level air "
                           "float express share hold spread push deliver lodge file".split())


def _noun_frame(noun: Token) -> Frame | None:
    """"Trump's claim that …", "a statement by the ministry that …"."""
    doc = noun.doc
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None:
        return None
    speaker_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker_tok is None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                speaker_tok = next((g for g in c.children if g.dep_ == "pobj"), None)
    if speaker_tok is None and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i < noun.i:
        verb = noun.head.head
        if verb.pos_ == "ADV" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "backed away from a suggestion that …"
        if verb.pos_ in ("VERB", "AUX"):
            # "Lofgren said in a statement that …": the speaker of the verb the noun hangs on
            speaker_tok, _ = _subject(verb)
    if speaker_tok is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _VOICING_VERBS:
        # "…, repeating a false claim that …", "she issued a statement that …": the claim is the subject's
        speaker_tok, _ = _subject(noun.head)
    span = _trimmed(doc, clause.left_edge.i, clause.right_edge.i)
    clipped = _clip([span], _para_of(noun), doc_text(doc)) if span else []
    if not clipped:
        return None
    span = clipped[0]
    return Frame(
        cue=noun,
        cue_span=(noun.idx, noun.idx + len(noun.text)),
        speaker=_noun_phrase(speaker_tok) if speaker_tok is not None else None,
        speaker_head=speaker_tok,
        content=[span],
        kind="noun",
        extent=(noun.left_edge.i, noun.i),
    )


def _prep_lemmas(lexicon: CueLexicon) -> frozenset[str]:
    return frozenset(v for v, _ in lexicon.prep_verbs)


def _silent_e_lemma(tok: Token, lexicon: CueLexicon) -> str | None:
    """The cue lemma of a verb whose final silent "e" the lemmatizer dropped, else None.

    "hopes", "hoped", "hoping" come out as "hop" and "texted" as "texte": the form still
    spells the lexicon's lemma ("hope" + "s"/"d", "hop" + "ing"), which "hopped" does not.
    """
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma, form = tok.lemma_.lower(), tok.lower_
    if lemma in lexicon.verbs:
        return None
    if lemma + "e" in lexicon.verbs and (form in (lemma + "es", lemma + "ed", lemma + "ing")):
        return lemma + "e"
    if lemma.endswith("e") and lemma[:-1] in lexicon.verbs and form in (lemma + "d", lemma[:-1] + "ing"):
        return lemma[:-1]
    return None


def _repair_lemmas(toks: list[Token], lexicon: CueLexicon) -> None:
    """Give cue verbs the lemma the lexicon knows them by ("She hopes to win": "hop" → "hope")."""
    for tok in toks:
        fixed = _silent_e_lemma(tok, lexicon)
        if fixed is not None:
            tok.lemma_ = fixed


def find_frames(doc: Doc, lexicon: CueLexicon) -> list[Frame]:
    """Every reporting frame in ``doc``, in text order of the cue."""
    toks = list(doc)  # each token made once for both passes
    _repair_lemmas(toks, lexicon)
    prep_lemmas = _prep_lemmas(lexicon)  # once, not per token
    frames: list[Frame] = []
    for tok in toks:
        lemma = tok.lemma_.lower()
        frame: Frame | None = None
        if tok.lower_ == "according" and tok.i + 1 < len(toks) and toks[tok.i + 1].lower_ == "to":
            frame = _according_frame(tok)
        elif tok.lower_ == "in" and tok.dep_ == "prep":
            frame = _poll_frame(tok, lexicon)
        elif tok.pos_ in ("VERB", "AUX") and (lemma in lexicon.verbs or lemma in prep_lemmas
                                              or _phrasal(tok, lexicon)) \
                and tok.dep_ not in ("aux", "auxpass", "amod"):
            frame = _verb_frame(tok, lexicon)
        elif tok.tag_ == "NNS" and lemma in lexicon.verbs and any(c.dep_ == "ccomp" for c in tok.children):
            frame = _misread_verb_frame(tok)  # "…, a new poll shows." parsed as the noun "shows"
        elif tok.pos_ == "NOUN" and lemma in lexicon.nouns:
            frame = _noun_frame(tok)
        if frame is not None:
            frames.append(frame)
    return frames


_NOT_SPEAKERS = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"))
_SPEAKING_PRONOUNS = frozenset("he she they i we who".split())


def _phrasal(tok: Token, lexicon: CueLexicon) -> bool:
    """A verb whose particle makes it a cue: "shot back", "chimed in"."""
    lemma = tok.lemma_.lower()
    return any(c.dep_ in ("prt", "advmod") and c.i == tok.i + 1 and f"{lemma} {c.lower_}" in lexicon.verbs
               for c in tok.children)


def _is_speaker_like(tok: Token) -> bool:
    if tok.ent_type_ in _NOT_SPEAKERS:
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in _SPEAKING_PRONOUNS
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP") or (
        tok.pos_ == "NOUN" and any(c.dep_ in ("det", "poss", "compound", "amod") for c in tok.children))


def _frame_of_verb(verb: Token) -> Frame | None:
    holder = verb
    if verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        holder = verb.head  # "Trump leaned in and boomed:" — the subject is the first verb's
    subjects = [c for c in holder.children if c.dep_ == "nsubj" and c.lower_ not in _EXPLETIVES]
    # "''The future we want …,'' Mr. Obama added": a subject inside the quotation is the quotation's own
    subjects.sort(key=lambda c: c.i < verb.i and _quoted_off(c, verb))
    subject = subjects[0] if subjects else None
    if subject is None or not _is_speaker_like(subject):
        return None
    speaker = _noun_phrase(subject)
    if speaker is None or _DATELINE_ONLY.fullmatch(doc_text(verb.doc)[speaker[0]:speaker[1]]):
        return None
    clipped = _clip([speaker], _para_of(subject), doc_text(verb.doc))
    if not clipped:
        return None
    own = [verb.i] + [t.i for t in subject.subtree]
    return Frame(cue=verb, cue_span=(verb.idx, verb.idx + len(verb.text)), speaker=clipped[0],
                 speaker_head=subject, content=[], kind="verb", extent=(min(own), max(own)))


def _object_before_colon(last: Token, verb: Token) -> Frame | None:
    """The person a colon introduction ends on, when its subject is no person: "The timing does not surprise
    pollster Dana Whitlow: “…”", "The result was no shock to analyst Tom Reyes: “…”"."""
    if last.ent_type_ != "PERSON" or last.i <= verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.ent_type_ in ("PERSON", "ORG", "NORP") or subject.pos_ in ("PRON", "PROPN"):
        return None
    head = last
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    path = head
    for _ in range(4):  # the object of the clause's verb, or of its "to" or "by" ("no shock to …")
        if path.dep_ == "prep" and path.lower_ not in ("to", "for", "by"):
            return None  # "celebrated the verdict on Twitter: …"
        if path.head.i == verb.i and path.dep_ in ("dobj", "dative", "prep", "attr"):
            break
        if path.dep_ not in ("pobj", "prep", "attr", "dobj") or path.head.i == path.i:
            return None
        path = path.head
    else:
        return None
    if path.head.i != verb.i:
        return None
    phrase = _noun_phrase(head)
    if phrase is None:
        return None
    speaker = (phrase[0], min(phrase[1], last.idx + len(last.text)))  # not the quotation hung on the name
    return Frame(cue=verb, cue_span=(verb.idx, verb.idx + len(verb.text)), speaker=speaker,
                 speaker_head=head, content=[], kind="verb", extent=(verb.i, last.i))


def fallback_frame(doc: Doc, open_at: int, close_end: int) -> Frame | None:
    """A speaker for a quotation that no cue in the lexicon claims.

    Two shapes count: a colon introduction whose clause has a speaking subject
    ("Trump leaned in and boomed: "…""), and a subject with any verb right after
    the closing mark ("…," Murphy tweeted).
    """
    text = doc_text(doc)
    starts = token_starts(doc)
    colon = open_at
    while colon > 0 and text[colon - 1].isspace():
        colon -= 1
    colon -= 1
    if colon >= 0 and text[colon] == ":":
        i = bisect.bisect_left(starts, colon) - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i >= 0:
            tok = doc[i]
            for _ in range(6):
                if tok.idx >= open_at:
                    # the parser hung the words before the colon on a verb of the quotation
                    # ("Rep. Jane Roe (D-Ore.):"I have not heard …""): that verb's subject is not the speaker
                    break
                # the clause that owns the colon: its main verb, not one in a subordinate clause
                if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ROOT", "conj", "ccomp"):
                    frame = _object_before_colon(doc[i], tok) or _frame_of_verb(tok)
                    if frame is not None:
                        return frame
                if tok.head.i == tok.i:
                    break
                tok = tok.head
    inner = text[max(0, close_end - 3):close_end]
    after = []
    for i in range(bisect.bisect_left(starts, close_end), len(doc)):
        if not doc[i].is_space:
            after.append(doc[i])
            if len(after) == 6:
                break
    comma = bool(after) and after[0].text == ","
    if comma:
        after = after[1:]
    # Only a quotation that ends in a comma (or ! ?) is waiting for its speaker.
    if not comma and not any(ch in inner for ch in ",!?—"):
        return None
    if after and "\n" in text[close_end:after[0].idx]:
        return None  # the next paragraph's subject is not this quotation's speaker
    for t in after[:4]:
        if t.is_sent_start and t is not after[0]:
            break
        if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and t.lemma_ not in ("be", "have", "do"):
            frame = _frame_of_verb(t)
            if frame is not None and frame.speaker is not None and frame.speaker[0] - close_end <= 4 + (
                    t.idx - close_end if t.idx < frame.speaker[0] else 0):
                return frame
    return None
