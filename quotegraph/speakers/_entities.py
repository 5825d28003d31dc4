"""The article's entities: NER mentions cleaned up and merged into canonical people and organisations."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..quotes._frames import DASHES
from ._clusters import ORG_WORDS, cluster_orgs, cluster_people, cluster_places, known_people, usual_org_name
from ._country import capitalised_outlets, country_names, is_outlet
from ._data import read_words
from ._lexicon import MONTHS, ORG_ROLE_HEADS, PERSON_ROLE_HEADS, UNNAMED_HEADS, lexicon_form
from ._names import PersonName, first_name_gender, name_key, parse_name, strip_possessive, title_info
from ._table import KINDS, EntityTable, Mention, acronym, org_key

__all__ = ["build_entities", "NAME_LINKS"]

_PLACE_WORDS = frozenset("street avenue road square hall house palace castle lane building".split())
#: Last words of an organisation's name ("Human Rights Watch"), the surname of no one a text names; not an
#: outlet's ("Follow Breitbart News" is page furniture) nor one that is also a surname ("Post", "Court").
_BODY_TAILS = frozenset("""watch institute foundation coalition alliance association committee commission
council league federation caucus agency fund""".split())
_HONORIFIC_LEAD = frozenset("mr mrs ms miss sir dame lord lady dr sen rep gov".split())


def _trim(doc: Doc, span: SpacySpan, label: str | None = None) -> tuple[int, int]:
    """Character span of an entity (of kind ``label``, else the span's own) without a trailing possessive
    or punctuation."""
    label = label or span.label_
    end = span.end
    # and a trailing function word: 'Juan "Chico" Roe of' (… of Oakland)
    while end > span.start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s", "'", "’")
                                    or doc[end - 1].is_punct
                                    or doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")):
        end -= 1
    start = span.start
    while start < end - 1 and (doc[start].is_punct or doc[start].text in ("'", "’")):
        start += 1
    # "Breitbart’s Joel Pollak", "CNN's Jake Tapper": the employer before a full name is not part of it
    # ("The Wall Street Journal’s Ann Roe", "Fox News’ Ann Roe")
    pos = next((k for k in range(start, end - 2) if _possessive(doc[k])), None)
    if pos is not None and label == "PERSON" and end - pos - 1 >= 2:
        start = pos + 1
    # "Billionaire Donald Trump", "Businessman Tom Steyer": a role noun the NER took into the name
    while label == "PERSON" and end - start >= 3 and doc[start].lower_ in _ROLE_LEAD \
            and title_info(doc[start].text) is None:
        start += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


_COLON_NEXT = re.compile(r"[ \t]*:")


def _turn_label(text: str, span: SpacySpan) -> bool:
    """Whether ``span`` is a word in capitals that opens its line (after a line break) with a colon after it,
    as a transcript's speaker does ("TAPPER: …")."""
    if not (span.text.isupper() and len(span.text) > 3):
        return False
    k = span.start_char
    # the rest of a name in capitals before it: "KATE PRUITT: …"
    before = _CAPITALS_BEFORE.search(text, max(0, k - 40), k)
    if before is not None:
        k = before.start()
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k > 0 and text[k - 1] == "\n" and _COLON_NEXT.match(text, span.end_char) is not None


_CAPITALS_BEFORE = re.compile(r"(?:[A-Z][A-Z.'’-]+[ \t]+){1,2}$")


def _known_org(name: str) -> bool:
    """Whether the tables know ``name`` as an outlet's, an organisation's short name ("Politico", "Pew") or a
    company's ("Twitter")."""
    return is_outlet(name) or usual_org_name(name) != name or name.lower() in read_words("companies.txt")


def _who_follows(doc: Doc, ent: SpacySpan) -> bool:
    """A one-word name that no country table knows, followed by ", who": a person."""
    j = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
    return len(ent) == 1 and j < len(doc) and doc[j].lower_ == "who" and ent.text.lower() not in country_names()


def _body_named(ent: SpacySpan) -> bool:
    """A name of two or more words ending in a capitalised noun for a body: "the New Jersey Watchdog", "the
    Secret Service", "the Green Party" (the NER reads some as places). Not "Union" or "Bank", which end
    places' names too ("the Soviet Union", "the West Bank")."""
    last = ent[-1]
    return len(ent) > 1 and last.text[:1].isupper() and last.lower_ in ORG_ROLE_HEADS - _PLACE_ENDINGS


_PLACE_ENDINGS = frozenset({"union", "bank"})


def _employer_and_person(doc: Doc, ent: SpacySpan, *, known_first: bool = True) -> bool:
    """Whether an entity is an employer's possessive and then a first name and surname (with ``known_first``, a
    first name the name tables know: an organisation's own name may hold a possessive, "Moody’s Investors
    Service", a place's hardly ever two words after one)."""
    pos = next((t.i for t in ent if _possessive(t)), None)
    return pos is not None and ent.end - pos - 1 in (2, 3) \
        and (first_name_gender(doc[pos + 1].text) is not None or not known_first) \
        and all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in _NOT_IN_NAMES for t in doc[pos + 1:ent.end])


#: Words that end a place's or a body's name, never a person's: "North Carolina’s Wake County".
_NOT_IN_NAMES = ORG_WORDS | _PLACE_WORDS | frozenset(
    "county city town township village state district province region island islands valley park bay beach "
    "river lake lakes mountain mountains hills heights springs falls coast port harbor harbour airport".split())


_ROLE_LEAD = (PERSON_ROLE_HEADS | UNNAMED_HEADS) - {"general", "speaker", "chair", "prince", "princess", "king",
                                                   "queen", "pope"}


_POSS = frozenset({"'s", "’s"})


def _possessive(tok: Token) -> bool:
    """A possessive ending: "’s", or an apostrophe alone glued to a word in "s" ("Fox News’")."""
    if tok.tag_ == "POS" or tok.text in _POSS:
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.text in ("'", "’") and prev is not None and not prev.whitespace_ and prev.lower_.endswith("s")


def _title_cased(sent: SpacySpan) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3 and not t.ent_type_]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


_BYLINE = re.compile(r"(?:^|\n)[ \t]*(?:[Bb]y|BY)[ \t]+$")


def _is_byline(text: str, start: int) -> bool:
    return bool(_BYLINE.search(text[max(0, start - 12):start]))


#: Document nouns and pronouns the NER takes for a name when a headline capitalises them.
_NOT_NAMES = frozenset("report reports poll polls survey study memo analysis statement letter data findings "
                       "this that these those it its they their we our he his she her".split())


def _subject(span: SpacySpan) -> tuple[bool, bool]:
    """Whether the mention is a subject, and whether of the sentence's main verb."""
    root = span.root
    if root.dep_ in ("appos", "conj") and _subject_read_as_appositive(span):
        return True, True
    while root.dep_ in ("compound", "flat", "appos") and root.head.i != root.i:
        if root.dep_ == "compound" and _in_other_person(span, root.head):
            # "Obama consultant Cornell Belcher said": the subject is Belcher, not the one he works for
            return False, False
        root = root.head
    if root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass"):
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.head.children):
            return False, False  # "Whitcomb's running mate — Gov. Ned Farrow — has …": the sentence is about Farrow
        root = root.head  # "Mr. Clinton's remarks can be plodding": the sentence is about Clinton
    is_subj = root.dep_ in ("nsubj", "nsubjpass")
    return is_subj, is_subj and root.head.dep_ == "ROOT"


def _subject_read_as_appositive(span: SpacySpan) -> bool:
    """ "Contacted by the Observer, Hollander, the party's chairman, declined …": the parser hung the name on
    the phrase before it (as an apposition or a second item), and the finite verb right after the name (and a
    description set off by commas or dashes) has no subject."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].text in _SET_OFF:
        close = next((j for j in range(k + 1, min(k + 14, len(doc))) if doc[j].text in _SET_OFF), None)
        if close is None or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in doc[k + 1:close]):
            return False
        k = close + 1
    if k >= len(doc):
        return False
    verb = doc[k]
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:  # "has championed": the subject would hang on
        verb = verb.head                                            # the main verb
        finite = verb.pos_ == "VERB"
    else:  # (with no subject the tagger often reads a past tense as a participle: "hesitated" VBN)
        finite = verb.pos_ in ("VERB", "AUX") and (
            verb.tag_ in ("VBD", "VBZ", "VBP")
            or verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    return finite and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


_SET_OFF = frozenset({",", "—", "–"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def _in_other_person(span: SpacySpan, tok: Token) -> bool:
    """Whether ``tok`` lies in a person's name other than ``span``, or heads one through compounds or stands
    beside one ("consultant" in "Obama consultant Cornell Belcher", "supporter" in "Albright, a Clinton
    supporter")."""
    while True:
        same = span.start <= tok.i < span.end or \
            (tok.i >= span.end and all(t.ent_iob_ == "I" for t in span.doc[span.end:tok.i + 1]))  # its end
        if tok.ent_type_ == "PERSON" and not same:
            return True
        if tok.dep_ not in ("compound", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head


def _raw_mentions(doc: Doc, extra: Iterable[tuple[int, int]], full_text: str,
                  toks: list[Token]) -> list[tuple[int, int, str, SpacySpan]]:
    """NER mentions of the four kinds, plus honorific + name runs the NER missed and proper-noun speakers.
    ``full_text`` is ``doc.text`` and ``toks`` the document's tokens, each made once for all the passes."""
    out: list[tuple[int, int, str, SpacySpan]] = []
    covered = [False] * len(doc)
    surnames = {ent.text.split()[-1] for ent in doc.ents if ent.label_ == "PERSON" and len(ent.text.split()) >= 2}
    # An outlet written in capitals is one organisation, whatever pieces the NER made of it; a place right
    # after it is its edition ("POLITICO Florida reported").
    # (An organisation the NER read whole around it stays: "USA TODAY/Suffolk University".)
    outlets = [span for span in (doc.char_span(s, e) for s, e in capitalised_outlets(full_text))
               if span is not None and not any(x.label_ == "ORG" and x.start <= span.start and span.end <= x.end
                                               and len(x) > len(span) for x in doc.ents)]
    taken: set[int] = set()
    for span in outlets:
        out.append((span.start_char, span.end_char, "ORG", span))
        taken.update(range(span.start, span.end))
        edition = next((x for x in doc.ents if x.start == span.end and x.label_ == "GPE"), None)
        if edition is not None:
            taken.update(range(edition.start, edition.end))
            for t in edition:
                covered[t.i] = True
        for t in span:
            covered[t.i] = True
    for ent in doc.ents:
        if any(t.i in taken for t in ent):
            continue
        ent = _after_dateline(doc, ent) or ent
        label = ent.label_
        if _known_org(strip_possessive(ent.text)) and not (label == "PERSON" and ent.text in surnames):
            # the NER reads some outlets as people or works ("Politico", "The Hill", "Fox"), though not
            # the surname of someone the article names in full ("Vicente Fox")
            label = "ORG"
        if label not in KINDS:
            continue
        if label == "PERSON" and len(ent) == 2 and ent[0].text[:1].isupper() and not ent[0].is_upper \
                and is_outlet(ent[0].text) and first_name_gender(ent[1].text) is None:
            label = "ORG"  # "HuffPost Live", "Breitbart London": an outlet's show or edition, not a person
        if label == "GPE" and _who_follows(doc, ent):
            label = "PERSON"  # "Rihanna, who was honored …" read as a place
        if label == "GPE" and _body_named(ent):
            label = "ORG"  # "a New Jersey Watchdog report": a body, not a place
        if label in ("ORG", "GPE") and _employer_and_person(doc, ent, known_first=label == "ORG"):
            # "Commentary’s Noah Rothman" read as one organisation, "The Ledger’s Jeet Roe" as a place
            label = "PERSON"
        s, e = _trim(doc, ent, label)
        if label == "ORG" and e == ent.end_char:
            k = ent.end
            while k < len(doc) and _left_out_of_name(doc[k]):
                k += 1
            # "the Black Lives" before "Matter movement", but not "Senate" before "Majority Leader", nor
            # "Democratic" before "White House", a name of its own elsewhere
            if k > ent.end and (k == len(doc) or not (doc[k].is_alpha and doc[k].text[:1].isupper())) \
                    and not _named_elsewhere(doc, doc[ent.end:k].text):
                e = doc[k - 1].idx + len(doc[k - 1])
        slash = full_text.find("/", s, e)
        if label == "PERSON" and slash > s:  # "Ahmed Helal/LinkedIn", a photo credit
            e = slash
        colon = full_text.find(":", s, e)
        if colon > s and label in ("ORG", "PERSON"):  # "Judicial Watch: State Department Hid …", a headline
            e = colon
        if e <= s:
            continue
        span = doc.char_span(s, e, alignment_mode="expand") or ent
        if label == "PERSON" and len(span) == 1 and span[0].pos_ == "NOUN" and _common_noun(span[0]):
            continue  # "Aides said …" read as a name
        if label == "PERSON" and len(span) == 1 and span[0].tag_ == "NNPS" and span[0].lower_.endswith(_PEOPLES):
            label = "NORP"  # "the habits of Africans": a people, not a family ("the Clintons")
        if "\n" in full_text[s:e].strip():  # a headline line and the name that starts the next one
            s = full_text.rindex("\n", s, e) + 1
            span = doc.char_span(s, e, alignment_mode="expand") or ent
        if label == "PERSON":
            # "Injecting Clinton": the NER took in a word that is neither name nor title.
            k = span.start
            while k < span.end - 1 and title_info(doc[k].text) is None and (
                    doc[k].pos_ in ("VERB", "ADP", "DET", "PRON", "ADV", "AUX")
                    or (doc[k].is_sent_start and doc[k].lower_.endswith("ing"))) \
                    and doc[span.end - 1].lower_ not in _PLACE_WORDS:  # "Downing Street" keeps its first word
                k += 1
            if k > span.start:
                span = doc[k:span.end]
                s = span.start_char
        # "Central and East European Coalition": the NER stops at the "and" inside a name.
        if label in ("ORG", "NORP") and ent.start >= 2 and doc[ent.start - 1].lower_ in ("and", "&") \
                and doc[ent.start - 2].pos_ == "PROPN" and doc[ent.start - 2].text[:1].isupper() \
                and doc[ent.start - 2].ent_type_ not in KINDS and doc[ent.end - 1].lower_ in ORG_WORDS:
            s = doc[ent.start - 2].idx
            label = "ORG"
        # "Marcel Lehel Lazar" read as "Lehel Lazar": a first name the NER left outside.
        if label == "PERSON" and span.start > 0:
            k = span.start
            while k > 0 and span.start - k < 2 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_alpha \
                    and doc[k - 1].text[:1].isupper() and not doc[k - 1].text.isupper() \
                    and title_info(doc[k - 1].text) is None and doc[k - 1].lower_ not in MONTHS \
                    and (first_name_gender(doc[k - 1].text) or (
                        not doc[k - 1].ent_type_ and doc[k - 1].dep_ == "compound"
                        and span.start <= doc[k - 1].head.i < span.end
                        # not a headline's capitalised description ("Billionaire Donald Trump")
                        and not doc[k - 1].is_sent_start and not _title_cased(doc[k - 1].sent))):
                k -= 1
            if k < span.start:
                span = doc[k:span.end]
                s = span.start_char
        # The NER takes in a preceding honorific sometimes and leaves it out other times.
        if label == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in _HONORIFIC_LEAD:
            s = doc[ent.start - 1].idx
        out.append((s, e, label, span))
        for t in ent:
            covered[t.i] = True
    for tok in toks:
        if tok.lower_.rstrip(".") in _HONORIFIC_LEAD and tok.i + 1 < len(doc) and not covered[tok.i + 1]:
            j = tok.i + 1
            while j < len(doc) and toks[j].text[:1].isupper() and toks[j].is_alpha and not covered[j]:
                j += 1
            if j > tok.i + 1:
                span = doc[tok.i:j]
                out.append((span.start_char, span.end_char, "PERSON", span))
                for t in span:
                    covered[t.i] = True
    # "And oh yes, Carly Fiorina: …": a first name the tables know and one more name word, which the NER left
    # out; alone, not part of a longer run of names or of a title-cased headline
    for tok in toks[:-1]:
        nxt = toks[tok.i + 1]
        if covered[tok.i] or covered[nxt.i] or not (_name_word(tok) and _name_word(nxt)) \
                or first_name_gender(tok.text) is None or title_info(tok.text) is not None \
                or lexicon_form(nxt.text) is not None or nxt.lower_ in ORG_WORDS or nxt.lower_ in _PLACE_WORDS \
                or (tok.i > 0 and _name_word(doc[tok.i - 1]) and not doc[tok.i - 1].is_sent_start) \
                or (nxt.i + 1 < len(doc) and _name_word(doc[nxt.i + 1])) or tok.lower_ in MONTHS \
                or tok.i == 0 or _before_a_thing(doc[tok.i - 1]) or _title_cased(tok.sent):
            continue  # (not "in June Trump said", "the Rose Bowl", "the Dodd-Frank Act", nor a headline's start)
        span = doc[tok.i:nxt.i + 1]
        out.append((span.start_char, span.end_char, "PERSON", span))
        covered[tok.i] = covered[nxt.i] = True
    # "FEC records" after "the Federal Election Commission": an organisation's acronym the NER left out
    acronyms = {acronym(org_key(ent.text)).upper() for ent in doc.ents if ent.label_ == "ORG" and len(ent) >= 3}
    for tok in toks:
        if not covered[tok.i] and tok.is_alpha and tok.is_upper and 2 < len(tok) < 7 and tok.text in acronyms:
            out.append((tok.idx, tok.idx + len(tok), "ORG", doc[tok.i:tok.i + 1]))
            covered[tok.i] = True
    person_words = {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent if t.is_alpha}
    spans = [sp for sp in (doc.char_span(s, e, alignment_mode="expand") for s, e in extra) if sp is not None]
    for espan in spans:  # and the proper nouns that speak elsewhere: "Hannity said" read as a noun once
        if espan.root.pos_ == "PROPN" and espan.root.text[:1].isupper():
            person_words.add(espan.root.text)
    for espan in spans:
        # The proper-noun run the mention ends in ("Cruz constituent Dan Golvach" → "Dan Golvach").
        root = espan.root
        if root.ent_type_ in ("DATE", "TIME"):
            continue  # "the polls Tuesday"
        if root.pos_ in ("VERB", "ADJ", "ADV"):  # "Budget ranking Republican Hollis Varga (R-Ore.)" in pieces
            end = next((t.i for t in espan if t.text == "("), espan.end) - 1
            if end >= espan.start and doc[end].pos_ == "PROPN" and doc[end].i > root.i \
                    and doc[end].ent_type_ in ("", "PERSON"):
                root = doc[end]
        if root.ent_type_ != "PERSON" and root.text not in surnames and any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > root.i for c in root.children):
            continue  # "County Clerk of Records Anita Dorsell": a title, the name set beside it
        turn = _turn_label(full_text, doc[root.i:root.i + 1])
        if covered[root.i] or not root.text[:1].isupper() or not (
                root.pos_ == "PROPN" or root.text in person_words or turn  # "TAPPER:" read as a noun
                or _after_first_name(root, espan)):  # "M. Dane Waters" read as a noun
            continue  # a capitalised NOUN counts when it is a name word elsewhere ("Trump said" read as a noun)
        i = root.i
        while i - 1 >= espan.start and not covered[i - 1] and (
                doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper()
                or turn and doc[i - 1].is_alpha and doc[i - 1].text.isupper()):  # "KATE" of "KATE PRUITT:"
            i -= 1
        j = root.i + 1
        while j + 1 < espan.end and doc[j].lower_ in NAME_LINKS and _missed_proper(doc[j + 1], covered) \
                and title_info(root.text) is None:  # (not "Secretary of State", a title)
            j += 2  # "One Club for Growth ad": the name goes on after its "for" or "of"
            while j < espan.end and _missed_proper(doc[j], covered):
                j += 1
        run = doc[i:j]
        words = [t.lower_ for t in run]
        if len(run) == 1 and run[0].is_sent_start and _common_noun(run[0]):
            continue  # "Aides said": a capitalised common noun opening the sentence
        if len(run) == 1 and run[0].lower_ in _TITLE_ABBREVIATIONS:
            continue  # "Trump's VP", "the company's CEO": a title in capitals, nobody's name
        if title_info(run[-1].text) is not None:
            continue  # "Sirius XM Vice President …": a title, whoever holds it is named elsewhere
        if len(run) == 1 and _turn_label(full_text, run) and not _known_org(run.text):
            kind = "PERSON"  # "TAPPER: Do you think …", a transcript's speaker
        elif len(run) == 1 and run.text.isalpha() and (run.text.isupper() or not run.text[1:].islower()):
            kind = "ORG"  # "DNC", "PolitiFact": an acronym or brand
        elif any(w in ORG_WORDS or w in NAME_LINKS for w in words) or _known_org(run.text):
            kind = "ORG"  # "Pew found": a short name the table knows; "Club for Growth", no person's name
        else:
            kind = "PERSON"
        ts, te = _trim(doc, run, kind)
        out.append((ts, te, kind, run))
        for t in run:
            covered[t.i] = True
    return out


def _after_dateline(doc: Doc, ent: SpacySpan) -> SpacySpan | None:
    """What follows a dateline the NER took into an entity at the start of a line: "CLEVELAND - Jane
    Roe" → "Jane Roe", a person when a first name or a title opens it; ``None`` for no dateline."""
    first = doc[ent.start]
    if not first.is_upper or len(first.text.rstrip(".")) < 2 \
            or ent.start > 0 and not doc[ent.start - 1].text_with_ws.endswith("\n"):
        return None
    # a dash with a space before it, not the hyphen of "AFL-CIO"
    dash = next((t.i for t in ent if t.text in DASHES and t.i > ent.start and doc[t.i - 1].whitespace_), None)
    if dash is None or dash + 1 >= ent.end or not all(
            t.is_upper or t.is_punct or t.text.endswith(".") and t.text[:1].isupper() and len(t) <= 5
            for t in doc[ent.start:dash]):  # "RENO, Nev. (AP) —"
        return None
    opener = doc[dash + 1].text
    personal = first_name_gender(opener) is not None or title_info(opener) is not None
    return SpacySpan(doc, dash + 1, ent.end, label="PERSON" if personal else ent.label_)


def _after_first_name(tok: Token, span: SpacySpan) -> bool:
    """Whether a capitalised word comes after a first name or an initial inside ``span`` ("Dane Waters", "M.
    Waters"): a surname the tagger read as a common noun."""
    before = []
    for k in range(tok.i - 1, max(span.start, tok.i - 3) - 1, -1):
        if tok.doc[k].pos_ != "PROPN" or not tok.doc[k].text[:1].isupper():
            break
        before.append(tok.doc[k].text)
    return any(first_name_gender(w) is not None or re.fullmatch(r"[A-Z]\.", w) for w in before)


#: Small words inside organisations' names: "Club for Growth", "Bank of America", "Procter & Gamble".
NAME_LINKS = frozenset({"for", "of", "&"})


def _left_out_of_name(tok: Token) -> bool:
    """A capitalised proper noun right after an organisation's name that the NER left outside every entity:
    the name's last word ("Matter" after "the Black Lives"), unless it is a title ("the FBI Director")."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper \
        and tok.ent_iob_ == "O" and title_info(tok.text) is None and tok.lower_ not in PERSON_ROLE_HEADS \
        and tok.lower_ not in UNNAMED_HEADS


def _named_elsewhere(doc: Doc, words: str) -> bool:
    """Whether an entity of the document starts with ``words``."""
    low = org_key(words)
    return any(org_key(x.text) == low or org_key(x.text).startswith(low + " ") for x in doc.ents)


def _before_a_thing(tok: Token) -> bool:
    """Whether ``tok`` opens a thing's name, not a person's: an article, a possessive, a number or a hyphen
    joined to the next word ("the", "tonight's", "102nd", "Dodd-")."""
    return tok.lower_ == "the" or tok.tag_ == "POS" or tok.like_num or tok.tag_ == "CD" \
        or any(ch.isdigit() for ch in tok.text) or (tok.text in DASHES and not tok.whitespace_)


def _name_word(tok: Token) -> bool:
    """A proper noun written as a name is: a capital, then lower case ("Fiorina", not "NATO")."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower()


def _missed_proper(tok: Token, covered: list[bool]) -> bool:
    """A capitalised proper noun that no mention covers yet."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not covered[tok.i]


def _headline_names(doc: Doc, raw: list[tuple[int, int, str, SpacySpan]],
                    text: str) -> list[tuple[int, int, str, SpacySpan]]:
    """ "Glenn Beck Blasts Drudge" in a title-cased headline: cut a name to the one the story uses."""
    names = {text[s:e] for s, e, kind, span in raw if kind == "PERSON" and len(text[s:e].split()) >= 2
             and not _title_cased(span.sent)}
    out = []
    for s, e, kind, span in raw:
        words = text[s:e].split()
        if kind == "PERSON" and len(words) >= 3 and text[s:e] not in names and _title_cased(span.sent):
            prefix = max((n for n in names if text.startswith(n + " ", s) and s + len(n) < e), key=len, default=None)
            if prefix is not None:
                cut = doc.char_span(s, s + len(prefix), alignment_mode="expand")
                if cut is not None:
                    s, e, span = cut.start_char, cut.end_char, cut
        # (or the NER ran a name over most of the story's first line, so few words are left to tell title
        # case by: "Roe Tells Guest City Violence is Beyond Compare")
        if kind in ("PERSON", "ORG") and len(text[s:e].split()) >= 2 and (
                _title_cased(span.sent) or kind == "PERSON" and len(span) > 3 and span.sent.start == 0):
            cut = _recurring_prefix(doc, text, span.sent, s, e)
            if cut is not None:  # "Trump Says He Never …", "FDIC Accused Of Covering Up …": the name the story uses
                s, e, span = cut.start_char, cut.end_char, cut
        out.append((s, e, kind, span))
    return out


def _recurring_prefix(doc: Doc, text: str, sent: SpacySpan, s: int, e: int) -> SpacySpan | None:
    """The longest run of a title-cased name's first words that the text writes, capitalised, outside the
    headline; ``None`` when the whole name recurs or no part of it does."""

    def recurs(name: str) -> bool:
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        return pattern.search(text, 0, sent.start_char) is not None or pattern.search(text, sent.end_char) is not None

    if recurs(text[s:e]):
        return None
    words = list(re.finditer(r"\S+", text[s:e]))
    for n in range(len(words) - 1, 0, -1):
        end = s + words[n - 1].end()
        name = text[s:end].rstrip(",:;")
        if len(name.split()) == 1 and title_info(name) is not None:
            continue  # a bare title is no name
        if recurs(name):
            return doc.char_span(s, s + len(name), alignment_mode="expand")
    return None


_NAME_ROLES = frozenset("nsubj nsubjpass poss dobj pobj conj appos attr".split())


def _first_and_surname(text: str) -> bool:
    """A common first name and one or two capitalised words, none of them a word of organisations' or
    places' names, that no table knows as an organisation ("Carly Fiorina", "Brett O’Donnell" tagged ORG)."""
    words = strip_possessive(text).split()
    return len(words) in (2, 3) and bool(first_name_gender(words[0])) and all(
        w[:1].isupper() and not w.isupper() and re.sub(r"['’-]", "", w).isalpha()
        and w.lower() not in ORG_WORDS and w.lower() not in _PLACE_WORDS for w in words) \
        and not _known_org(" ".join(words))


def _missed_surnames(doc: Doc, toks: list[Token], raw: list[tuple[int, int, str, SpacySpan]],
                     full_surnames: set[str]) -> list[tuple[int, int, str, SpacySpan]]:
    """A surname the article gives with a first name elsewhere, standing alone where the NER saw no
    entity ("Trump himself was delighted"); not a word of a longer proper name ("Trump Tower")."""
    covered = {i for _, _, _, span in raw for i in range(span.start, span.end)}
    out = []
    for tok in toks:
        if tok.i in covered or name_key(tok.text) not in full_surnames or not tok.text[:1].isupper() \
                or tok.text.isupper() or tok.dep_ not in _NAME_ROLES or tok.ent_type_:
            continue
        if any(0 <= j < len(doc) and toks[j].pos_ == "PROPN" and toks[j].text[:1].isupper()
               for j in (tok.i - 1, tok.i + 1)):
            continue
        out.append((tok.idx, tok.idx + len(tok.text), "PERSON", doc[tok.i:tok.i + 1]))
    return out


def _titled_name(doc: Doc, span: SpacySpan, text: str) -> bool:
    """A first name and surname after a person's title, whatever the NER said ("Former Hewlett-Packard CEO
    Carly Fiorina" tagged ORG)."""
    words = org_key(text).split()
    if len(words) not in (2, 3) or not first_name_gender(words[0]) or span.start == 0 or not text[:1].isupper():
        return False
    before = doc[span.start - 1]
    return (title_info(before.text) is not None or before.lower_ in PERSON_ROLE_HEADS) \
        and not any(w in ORG_WORDS for w in words)


def build_entities(doc: Doc, extra: Iterable[tuple[int, int]] = (), *, published: str | None = None,
                   country: str | None = None) -> EntityTable:
    """Cluster the document's PERSON/ORG/GPE/NORP mentions into entities.

    ``extra`` are speaker mentions from the quote finder; a proper-noun one the
    NER missed becomes a PERSON (or ORG) mention. With ``published`` (ISO date),
    a bare surname shared by several people goes to the one who held an office
    of the seed table around then ("Trump" beside "Eric Trump" in 2016).
    """
    table = EntityTable(doc)
    full_text = table.text
    toks = list(doc)
    raw = [(s, e, "PERSON" if kind == "ORG" and (_titled_name(doc, span, full_text[s:e])
                                                 or _first_and_surname(full_text[s:e])) else kind, span)
           for s, e, kind, span in _headline_names(
               doc, sorted(_raw_mentions(doc, extra, full_text, toks), key=lambda r: r[0]), full_text)]
    # Person name words, so that "Trump" tagged ORG or GPE here and PERSON there reads as a person.
    person_keys: set[str] = set()
    surnames: set[str] = set()
    full_surnames: set[str] = set()  # surnames the article also gives with a first name
    for s, e, kind, _ in raw:
        if kind == "PERSON":
            p = parse_name(full_text[s:e])
            if p and p.last:
                person_keys.add(p.last_key)
                person_keys.add(name_key(p.full))
                surnames.add(p.last_key)
                if p.first:
                    person_keys.add(p.first_key)
                    full_surnames.add(p.last_key)
    raw = sorted(raw + _missed_surnames(doc, toks, raw, full_surnames), key=lambda r: r[0])
    # How often each one-word name got each label: "Clarkston" read as a person once and a place
    # eight times is a place.
    labels: dict[str, Counter[str]] = {}
    for s, e, kind, _ in raw:
        k = org_key(full_text[s:e])
        if k and " " not in k:
            labels.setdefault(k, Counter())[kind] += 1
    # "State said …" in a story about the State Department: that department, whatever the NER made of it
    departments = {k.split()[0] for k in (org_key(full_text[s:e]) for s, e, kind, _ in raw if kind == "ORG")
                   if len(k.split()) == 2 and k.endswith(" department")}
    mentions: list[Mention] = []
    for s, e, kind, span in raw:
        text = full_text[s:e]
        if kind in ("PERSON", "ORG") and text.lower() in _NOT_NAMES:
            continue  # a headline's "Report Reveals …", "This Panel …": common words capitalised as headlines are
        key = org_key(text)
        votes = labels.get(key)
        place = votes is not None and votes["GPE"] > votes["PERSON"] and not known_people().get(key) \
            and name_key(key) not in full_surnames
        if place and kind == "PERSON":
            kind = "GPE"
        # "Trump" tagged ORG: a person the article (or the office-holder table) names.
        words = key.split()
        if kind != "PERSON" and not place and (name_key(key) in person_keys or known_people().get(key)
                                 # "Rahm Emanuel" tagged ORG where "Emanuel" is a person
                                 or (kind == "ORG" and len(words) in (2, 3) and name_key(words[-1]) in surnames
                                     and text[:1].isupper() and not text.isupper())) \
                and not any(w in ORG_WORDS for w in words):
            kind = "PERSON"
        if key in departments and text[:1].isupper():
            kind = "ORG"
        # "Downing Street", "City Hall" tagged PERSON: the institution named by its address.
        if kind == "PERSON" and key.split()[-1:] and key.split()[-1] in _PLACE_WORDS:
            kind = "ORG"
        # "Right Wing Watch", "Harbor Policy Institute" tagged PERSON: no first name, and a body's word last
        if kind == "PERSON" and len(words) >= 2 and words[-1] in _BODY_TAILS and not first_name_gender(words[0]) \
                and title_info(words[0]) is None:
            kind = "ORG"
        subj, main = _subject(span)
        m = Mention(s, e, kind, text, table.sent_of(s), subject=subj, main_subject=main,
                    byline=kind == "PERSON" and _is_byline(full_text, s))
        if kind == "PERSON":
            m.name = parse_name(text)
            if m.name is None and " " not in text.strip() and name_key(org_key(text)) in full_surnames:
                m.name = PersonName(last=strip_possessive(text).strip())  # "King says" beside "Billie Jean King"
            if m.name is None:
                continue
            m.how = "name" if m.name.has_full else "partial"
        mentions.append(m)
    _share_surnames(mentions, full_text, full_surnames)
    org_keys = {org_key(m.text) for m in mentions if m.kind == "ORG"}
    org_acronyms = {acronym(k) for k in org_keys if len(k.split()) > 1}
    for m in mentions:
        # "NRA" tagged GPE beside "the National Rifle Association".
        key = org_key(m.text)
        if m.kind in ("GPE", "NORP") and m.text.isupper() and (key in org_keys or key in org_acronyms):
            m.kind = "ORG"
    table.mentions = mentions
    cluster_people(table, [m for m in mentions if m.kind == "PERSON"], published=published, country=country)
    cluster_orgs(table, [m for m in mentions if m.kind == "ORG"], doc)
    cluster_places(table, [m for m in mentions if m.kind in ("GPE", "NORP")])
    table.mentions = [m for m in mentions if m.cluster is not None]
    table._index()
    return table


def _share_surnames(mentions: list[Mention], text: str, full_surnames: set[str]) -> None:
    """ "Khizr and Ghazala Khan", "Bill and Hillary Clinton": a first name alone before "and" and a full name
    takes that name's surname (never a surname of the article's or the table's: "Podesta and Hillary Clinton")."""
    people = [m for m in mentions if m.kind == "PERSON" and m.name is not None]
    for m, n in zip(people, people[1:]):
        word = text[m.start:m.end]
        if m.name is None or n.name is None or m.name.has_full or " " in word or not n.name.has_full \
                or n.name.title or text[m.end:n.start] != " and ":
            continue
        if first_name_gender(word) is None or name_key(word) in full_surnames or known_people().get(word.lower()):
            continue
        shared = parse_name(f"{word} {n.name.last}")
        if shared is not None and shared.has_full:
            m.name, m.how = shared, "name"


#: Endings of the plural names of peoples ("Africans", "Romanians", "Europeans"), which the NER may take for a
#: family's name.
_PEOPLES = ("ians", "cans", "eans")
#: Titles written as capitals, which the NER takes for an organisation's name.
_TITLE_ABBREVIATIONS = frozenset({"vp", "ceo", "cfo", "coo", "cto"})


def _common_noun(tok: Token) -> bool:
    """A word the lexicons know as a common noun for people, bodies or documents ("Aides", "Officials")."""
    return lexicon_form(tok.text) is not None
