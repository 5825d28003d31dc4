"""Headlines that attribute by a colon: "Gingrich: Trump Must Decide …", "Poll: Clinton leads in Ohio".

News headlines put the source before a colon and what it said after it. Only
the text's first line is read as a headline, and only when a body follows it.
The label before the colon must look like a source: a name the tagger found
(or a short run of capitalised words), or a noun for a document or a group of
sources ("Poll", "IG report", "Clinton camp", "Insiders"), also with whom or what it
speaks to, at or about ("Clinton to Planned Parenthood:", "Trump on trade:") or
after a teaser's dash ("EXCLUSIVE – Roger Stone:"). Section labels
("The Latest:", "Breaking:", "Revealed:") are not sources. A label that goes on
past the name ("Vale Addresses Dockside Fire: ‘This Must Not Happen Again.’") counts
only when what follows the colon is in quote marks or in the first person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..article import QuoteKind
from ._candidate import Candidate, CharSpan
from ._frames import doc_text

__all__ = ["headline_quote"]

_LINE = re.compile(r"[ \t]*([^\n:]{1,80}?)[ \t]*:[ \t]+([^\n]{3,300}?)[ \t]*(?:\n|$)")
#: Section labels and teasers that stand before a colon without being anyone's words.
_KICKERS = frozenset("""
latest breaking revealed watch wow exclusive update updates analysis opinion live video photos photo busted
bombshell confirmed boom flashback review recap explainer transcript full text timeline fact factbox just
leaked look see morning evening email newsletter briefing podcast quiz listen read more related
editor's note correction sponsored first second third part chapter episode round day week
""".split())
#: The last word of a label that names a source without naming a person: documents, bodies, groups of people.
_SOURCE_NOUNS = frozenset("""
poll polls survey surveys report reports study studies data memo letter editorial editorials fact-check
analysis audit filing filings documents document emails records transcript review ruling indictment
camp campaign team aides aide advisers advisors allies officials official sources source insiders
experts analysts historians economists strategists pollsters lawmakers senators democrats republicans
critics supporters voters leaders diplomats investigators prosecutors police newspaper paper
""".split())
#: A teaser and a dash before the source: "EXCLUSIVE – Roger Stone".
_KICKER_DASH = re.compile(r"(?:EXCLUSIVE|BREAKING|WATCH|UPDATE|REPORT)\s*[–—-]+\s*", re.IGNORECASE)
#: A source and whom or what it speaks to, at or about: "Clinton to Planned Parenthood".
_ADDRESSED = re.compile(r"(\S.*?)\s+(?:[Tt]o|[Aa]t|[Oo]n|[Ii]n)\s+\S")
_FIRST_PERSON = re.compile(r"[“\"‘'«]|(?:I|I’m|I'm|I’ve|I've|I’ll|I'll|We|We’re|We're|My|Our)\b")
_QUOTE_OPEN = "“\"‘'«"
_QUOTE_CLOSE = "”\"’'»"
#: A quoted fragment; headlines quote with single marks as often as double ("Clinton ‘Not Fit To Serve’").
_QUOTED_PART = re.compile(r"[“«\"]|(?:^|(?<=[\s(]))[‘'][^‘’'\n]+[’'](?!\w)")
_NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP")
_TITLES = frozenset("dr dr. mr mr. mrs mrs. ms ms. sen sen. rep rep. gov gov. gen gen. sir former president".split())


def headline_quote(doc: Doc) -> Candidate | None:
    """The attribution a ``Source: what they said`` first line makes, or ``None``."""
    text = doc_text(doc)
    m = _LINE.match(text)
    if m is None or not m.group(0).endswith("\n") or not text[m.end():].strip():
        return None  # a one-line text has no headline
    label_span = (m.start(1), m.end(1))
    label = m.group(1)
    kicker = _KICKER_DASH.match(label)
    if kicker is not None:  # "EXCLUSIVE – Roger Stone": the label after the teaser
        label_span = (label_span[0] + kicker.end(), label_span[1])
        label = text[label_span[0]:label_span[1]]
    words = label.split()
    if not words or label.lower().strip(" .") in _KICKERS or words[0].lower().strip(".,") in _KICKERS:
        return None
    if len(words) == 1 and label.isupper() and len(label) > 4:
        return None  # "HUFFPOLLSTER:", "BUSTED:": a column's or a teaser's label
    content = _content(text, m.start(2), m.end(2))
    if content is None:
        return None
    body = doc.char_span(content[0], content[1], alignment_mode="expand")
    said = text[content[0]:content[1]]
    quoted_or_first = _FIRST_PERSON.match(text, m.start(2)) is not None
    if body is None or not (quoted_or_first or any(ch in said for ch in _QUOTE_OPEN) or len(said.split()) >= 6
                            or any(t.pos_ in ("VERB", "AUX") for t in body)):
        return None  # "Breitbart News Daily: A World at War.": a title, not a claim
    rest = text[m.end():] + "\n" + " ".join(_authors(doc))  # an op-ed's headline names its author
    speaker = _label_source(doc, label_span, words, rest)
    if speaker is None:  # "Clinton to Planned Parenthood", "Former AG Mukasey at RNC", "Trump on trade"
        before = _ADDRESSED.match(text, label_span[0], label_span[1])
        if before is not None:
            speaker = _label_source(doc, (label_span[0], before.end(1)), before.group(1).split(), rest)
    if speaker is None and quoted_or_first:
        speaker = _leading_name(doc, label_span, rest)
    if speaker is None:
        return None
    kind: QuoteKind = "direct" if said[:1] in _QUOTE_OPEN and said[-1:] in _QUOTE_CLOSE and len(said) > 2 else \
        "mixed" if _QUOTED_PART.search(said) else "indirect"
    if kind == "direct":
        content = (content[0] + 1, content[1] - 1)
    colon = text.index(":", label_span[1])
    return Candidate(kind=kind, content=[content], cue=(colon, colon + 1), speaker=speaker,
                     confidence=0.7, notes=["a headline names its source before a colon"])


def _content(text: str, start: int, end: int) -> CharSpan | None:
    """What the headline says after the colon, without the full stop or semicolon that ends the line."""
    while end > start and text[end - 1] in " \t;.":
        if text[end - 1] == "." and end - 2 >= start and text[end - 2].isupper() and \
                (end - 3 < start or not text[end - 3].isalpha()):
            break  # "… in the U.S." keeps its abbreviation
        end -= 1
    return (start, end) if end - start >= 3 else None


def _label_source(doc: Doc, span: CharSpan, words: list[str], rest: str) -> CharSpan | None:
    """The label itself, when the whole of it is a source.

    In a headline's title case the tagger takes verbs for names ("Clinton Wades In"), so a name label's
    words hold no function word and its last one must come back, capitalised, in the text below it or in
    the byline ("Gingrich", "De Blasio").
    """
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None:
        return None
    last = words[-1].lower().strip(".,’'")
    if last.endswith(("’s", "'s")):
        return None  # "Trump’s: …" is no label
    if last in _SOURCE_NOUNS and len(words) <= 4:
        return span  # "Poll", "AP-GfK Poll", "Clinton camp", "WSJ editorial", "Insiders"
    core = [w for w in words if w.lower() not in _TITLES and w.lower() not in _JOINERS]
    if not 1 <= len(core) <= 3 or any(w.lower() in _FUNCTION_WORDS for w in words) or not _recurs(core[-1], rest):
        return None
    if _names_cover(tokens):
        return span
    # a short run of capitalised words the tagger missed in title case: "Khans", "De Blasio"
    if words[0].lower() != "the" and all(w[:1].isupper() or w.lower() in _JOINERS for w in words):
        return span
    return None


_FUNCTION_WORDS = frozenset("in on to at of for with about from by up out over into after before as is are was "
                            "were be has have had will would can could should may might must".split())
_JOINERS = frozenset({"and", "&", "de", "van", "von", "al", "bin", "la", "le"})


def _authors(doc: Doc) -> list[str]:
    context = doc._.quotegraph_context if Doc.has_extension("quotegraph_context") else None
    return list((context or {}).get("authors") or [])


def _recurs(word: str, rest: str) -> bool:
    """Whether a label's word comes back, capitalised as in the label, in the text below the headline."""
    word = re.sub(r"(?:’s|'s|’|'|[.,])$", "", word)
    return bool(word) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", rest) is not None


def _names_cover(tokens: Span) -> bool:
    """Whether named entities (and titles or "and" between them) make up every word of ``tokens``."""
    covered = {t.i for e in tokens.ents if e.label_ in _NAME_TYPES for t in e}
    if not covered:
        return False
    return all(t.i in covered or t.is_punct or t.lower_ in _TITLES or t.lower_ in ("and", "&") for t in tokens)


def _leading_name(doc: Doc, span: CharSpan, rest: str) -> CharSpan | None:
    """The name a label starts with, as the story below writes it: "Carly Fiorina" in "Carly Fiorina Endorses
    Ted Cruz"."""
    text = doc_text(doc)
    words = list(re.finditer(r"\S+", text[span[0]:span[1]]))
    for n in range(min(3, len(words) - 1), 0, -1):
        name = text[span[0]:span[0] + words[n - 1].end()]
        if all(w.group()[:1].isupper() for w in words[:n]) and \
                re.search(rf"(?<!\w){re.escape(name)}(?!\w)", rest) is not None:
            return (span[0], span[0] + words[n - 1].end())
    return None
