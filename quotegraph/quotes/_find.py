"""Find quotations in a parsed Doc: match quote marks to reporting frames.

Decisions, in order, for each quoted span (outermost marks):

1. a frame whose clausal complement is the quotation (or holds it) takes it;
   a short quotation inside a longer reported clause makes a *mixed* quote;
2. a cue right after the closing mark (``"…," she said``) or right before the
   opening one (``she said: "…"``, also across a line break) takes it;
3. a quotation that directly follows an attributed one in the same paragraph
   continues it (``"A," she said. "B."``); one that fills the next paragraph
   continues it with the same speaker;
4. anything else is not speech: scare quotes, titles, terms.

A first line in the news headline form ``Source: what they said`` is one
attribution (see :mod:`._headline`); it replaces whatever the parser made of
the headline's words. So is each turn of a transcript (``TAPPER: …``, see
:mod:`._transcript`).

Frames left without quotations are indirect speech.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from ._candidate import Candidate, CharSpan
from ._cues import CueLexicon
from ._frames import (_STARTS_KEY, _TEXT_KEY, WIRE_DATELINE, Frame, doc_text, fallback_frame, find_frames,
                      token_starts)
from ._headline import headline_quote
from ._marks import QuotedSpan, find_quoted_spans
from ._transcript import transcript_turns

__all__ = ["find_quotes"]

_GAP_RE = re.compile(r"^[\s,;:—–-]*$")
_LEAD_GAP_RE = re.compile(r"^[^.!?\n]{0,120}?[,:—–]\s*$|^\s*:?\s*$")
_WORD_RE = re.compile(r"\w+")
_EMPTY_CONTENT = frozenset("it this that so these those them him her me us you one".split())
_DATELINE_RE = re.compile(r"(?:[A-Z][A-Z .,'-]+(?:,\s*[A-Z][a-z.]+)?\s*(?:\([^)]{1,30}\))?|"
                          + WIRE_DATELINE + r")\s*[—–-]+\s+")


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _absorb_following_quote(c: Candidate, quoted: list[QuotedSpan], owner: dict[int, int], text: str) -> None:
    """A reported clause the parser cut just before its quoted end ("called the report
    “outrageous”", "referring to the US as the “Great Satan”") runs on through it."""
    s, e = c.content[-1]
    for qi, q in enumerate(quoted):
        if qi in owner or not q.double or q.open_at < e:
            continue
        gap = text[e:q.open_at]
        if q.close_at is not None and not re.search(r"[.!?;:\n]", gap) and _words(gap) <= 2 and len(gap) < 16:
            c.content[-1] = (s, q.close_at + q.close_width)
            c.kind = "mixed"
            owner[qi] = -1
        break


def _close_quotes(part: CharSpan, quotes: list[QuotedSpan]) -> CharSpan:
    """Extend a reported clause that opens a quotation to its closing mark (``would "have to go"``)."""
    s, e = part
    for q in quotes:
        if s <= q.open_at < e and q.close_at is not None and q.close_at >= e:
            e = q.close_at + q.close_width
    return s, e


_ASIDE_RE = re.compile(r"(?:[”\"»]|'')(?:\s*[—–]\s|,\s+(?:a|an)\s"
                       r"|,?\s+(?:though|although|while|whereas|but|referring|which|as (?:he|she|they|it))\b)")


def _cut_aside(part: CharSpan, text: str) -> CharSpan:
    """A reported clause ends at its quoted end when the writer's aside follows
    ("called him “the next Washington” – the founder he idolizes", "…, a swipe at …")."""
    s, e = part
    m = _ASIDE_RE.search(text, s, e)
    return (s, m.start() + (2 if text.startswith("''", m.start()) else 1)) if m and m.start() > s else part


def _words_outside(text: str, start: int, end: int, holes: list[CharSpan]) -> int:
    """Words in text[start:end] that lie in none of ``holes``."""
    keep = [True] * max(0, end - start)
    for hs, he in holes:
        for i in range(max(hs, start), min(he, end)):
            keep[i - start] = False
    return _words("".join(ch if k else " " for ch, k in zip(text[start:end], keep)))


def _inside(span: CharSpan, q: QuotedSpan) -> bool:
    return q.start <= span[0] and span[1] <= q.end + 1


def _overlap(a: CharSpan, b: CharSpan) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _frame_region(frame: Frame, doc: Doc) -> CharSpan:
    first, last = frame.extent
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _para_bounds(text: str, pos: int) -> CharSpan:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _trailing_frame(q: QuotedSpan, frames: list[Frame], doc: Doc) -> int | None:
    """A cue right after the quote: ``"…," she said`` / ``"…," said the minister``."""
    text = doc_text(doc)
    after = q.mark_end
    best = None
    for fi, f in enumerate(frames):
        # where the attribution starts: its speaker or its cue, whichever comes first
        first = min(f.cue_span[0], f.speaker[0]) if f.speaker else f.cue_span[0]
        if first < after or first - after > 12:
            continue
        gap = text[after:first]
        if "\n" in gap or not _GAP_RE.match(gap):
            continue
        if f.speaker is None and f.kind != "according":
            continue
        if f.content and min(c[0] for c in f.content) >= f.cue_span[1] and not _awaits_speaker(q, text):
            # "“… campaign.” Gov. Kasich said he would have fired him": a cue with a clause of its own
            # after a finished quotation reports that clause, not the quotation
            continue
        best = fi
        break
    return best


def _awaits_speaker(q: QuotedSpan, text: str) -> bool:
    """Whether the quotation ends on a comma, a question or an exclamation mark ("“…?” asked Dunn")."""
    if q.close_at is None:
        return False
    inner = text[q.start:q.close_at].rstrip()
    return inner[-1:] in (",", "?", "!")


def _leading_frame(q: QuotedSpan, frames: list[Frame], doc: Doc) -> int | None:
    """A cue right before the quote: ``she said: "…"`` / ``she told reporters, "…"``."""
    text = doc_text(doc)
    for fi in range(len(frames) - 1, -1, -1):
        f = frames[fi]
        cue_end = f.cue_span[1]
        if cue_end > q.open_at:
            continue
        if q.open_at - cue_end > 120:
            break
        gap = text[cue_end:q.open_at]
        if "\n" in gap.strip(" \t:\n") or not _LEAD_GAP_RE.match(gap):
            continue
        if any(ch in gap for ch in "“”\"«»") or "''" in gap:
            break  # another quotation stands between: "someone shouted, “Cruz,” Beck joked, “…”"
        if f.speaker is None and f.kind != "according":
            continue
        return fi
    return None


def _outside_quotes(span: CharSpan, cue: CharSpan, quotes: list[QuotedSpan], text: str) -> CharSpan | None:
    """The speaker span cut so that it holds no quotation (the parser sometimes joins them)."""
    s, e = span
    for q in quotes:
        close = q.mark_end
        if q.open_at < e and close > s:
            if s < q.open_at and _words(text[s:q.open_at]) >= 2 and close <= cue[0]:
                e = q.open_at  # a title inside the speaker's description: "Joe Scarborough, host of “Morning Joe,”"
            elif close <= cue[0] and close > s:
                s = close
            elif q.open_at >= cue[1]:
                e = min(e, q.open_at)
            else:
                return None
    while s < e and (text[s].isspace() or text[s] in ",;:—–-\"“”'’"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-\"“”'‘"):
        e -= 1
    # a dateline the parser took into the subject: "LONDON (Reuters) - Donald Trump"
    m = _DATELINE_RE.match(text, s, e)
    if m and m.end() < e:
        s = m.end()
    # "Sen. Ted Cruz (R-Texas)": keep the closing parenthesis the trim took off
    if text.count("(", s, e) > text.count(")", s, e) and e < len(text) and text[e] == ")":
        e += 1
    return (s, e) if s < e else None


def find_quotes(doc: Doc, *, cues: CueLexicon) -> list[Candidate]:
    """Every quotation in ``doc``, in text order; see the module docstring for the rules."""
    doc.user_data[_TEXT_KEY] = doc.text
    doc.user_data[_STARTS_KEY] = [t.idx for t in doc]
    try:
        return _find_quotes(doc, cues)
    finally:
        doc.user_data.pop(_TEXT_KEY, None)
        doc.user_data.pop(_STARTS_KEY, None)


_TAG_PRONOUNS = frozenset({"he", "she", "they"})
_TAG_AFTER = ("”", '"', "''")  # closing marks a pronoun's tag follows


def _repeated_tag(g: Frame, frames: list[Frame], text: str) -> bool:
    """Whether ``g`` is a pronoun's cue after a reported clause that starts with another frame's named
    speaker and cue (that frame reports the clause)."""
    if g.kind != "verb" or g.speaker is None or not g.content or \
            text[g.speaker[0]:g.speaker[1]].lower() not in _TAG_PRONOUNS:
        return False
    # the tag closes the sentence right after a quotation: "… “…,” he said."
    k = min(g.speaker[0], g.cue_span[0])
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if not text.endswith(_TAG_AFTER, 0, k) or not text[g.cue_span[1]:g.cue_span[1] + 2].lstrip().startswith("."):
        return False
    start = min(c[0] for c in g.content)
    return any(f is not g and f.kind == "verb" and f.speaker is not None and f.content
               and f.speaker[0] == start and f.cue_span[1] < g.cue_span[0]
               and text[f.speaker[0]:f.speaker[1]].lower() not in _TAG_PRONOUNS
               for f in frames)


def _find_quotes(doc: Doc, cues: CueLexicon) -> list[Candidate]:
    text = doc_text(doc)
    if not text.strip():
        return []
    frames = find_frames(doc, cues)
    quoted = find_quoted_spans(text)
    double = [q for q in quoted if q.double]
    # A frame whose cue sits inside a quotation is speech within speech: it is
    # part of that quotation's content, not an attribution of its own.
    frames = [f for f in frames if not any(_inside(f.cue_span, q) for q in double)]
    # "Aide Rob Tyne said that … “…,” he said": a pronoun's cue after a whole clause that opens with a
    # named speaker's own cue says the same twice; the named one reports it.
    frames = [g for g in frames if not _repeated_tag(g, frames, text)]
    # Likewise a cue inside another frame's reported clause ("officials said ministers
    # expected …") belongs to what was reported: one attribution per stretch of text.
    frames = [f for f in frames if not any(
        g is not f and any(c[0] <= f.cue_span[0] and f.cue_span[1] <= c[1] for c in g.content)
        and not (f.content and any(d[0] <= g.cue_span[0] < d[1] for d in f.content))
        for g in frames)]
    # A title inside a speaker's description ("host of MSNBC's “Morning Joe,” said") is not speech.
    described = {qi for qi, q in enumerate(quoted) for f in frames
                 if f.speaker is not None and f.speaker[0] < q.open_at < f.speaker[1] <= f.cue_span[0]
                 and q.mark_end <= f.cue_span[0]}
    for f in frames:
        if f.speaker is not None:
            f.speaker = _outside_quotes(f.speaker, f.cue_span, double, text)

    parts: dict[int, list[QuotedSpan]] = {}
    mixed: set[int] = set()
    # Quotes attributed through a frame: q index -> frame index
    owner: dict[int, int] = {qi: -1 for qi in described}
    # "Pollsters agree - Carl Bialik: “…”": a name alone before the colon speaks.
    labelled: list[Candidate] = []
    for qi, q in enumerate(quoted):
        if qi in owner or not q.double:
            continue
        named = _name_label(doc, q)
        note = "a name before a colon introduces it"
        if named is None:
            named = _source_line(text, q)
            note = "a source line after it names the speaker"
        if named is not None:
            speaker, label_cue = named
            owner[qi] = -1
            labelled.append(Candidate(kind="direct", content=[(q.start, q.end)], cue=label_cue, speaker=speaker,
                                      confidence=0.8, notes=[note]))
    for qi, q in enumerate(quoted):
        if qi in owner:
            continue
        qspan = (q.start, q.end)
        qwords = _words(text[q.start:q.end])
        for fi, f in enumerate(frames):
            inside = sum(_overlap(c, qspan) for c in f.content)
            total = sum(c[1] - c[0] for c in f.content)
            if not total or not inside:
                continue
            first = min(c[0] for c in f.content)
            if fi in owner.values():
                # the second half of a split quotation: "A," he said, "B." (not when another speaker's cue
                # stands between: "someone shouted, “Cruz,” Beck joked, “Amen …”")
                if any(g is not f and g.speaker is not None and first < g.cue_span[0] < q.open_at
                       and g.speaker[0] < q.open_at for g in frames):
                    continue
                words_before = _words_outside(text, first, q.open_at,
                                              [_frame_region(f, doc)] + [(o.open_at, o.mark_end) for o in double])
            else:
                words_before = _words(text[first:q.open_at])
            if words_before == 0 or inside >= 0.9 * total:
                owner[qi] = fi  # the clause is the quotation (plus, at most, parse debris after it)
                near = _trailing_frame(q, frames, doc)
                if near is not None and near != fi and f.cue_span[1] <= q.open_at and _awaits_speaker(q, text) \
                        and frames[near].kind == "verb":
                    # "— as Moscow denies — “why wouldn’t you …?” asked Dunn": the cue right after a
                    # quotation that ends on a comma or a question names its speaker, not the verb the
                    # parser hung it on before
                    owner[qi] = near
                break
            if text[:q.open_at].rstrip().endswith(":"):
                # "declared the need for drive: "…"": the quotation stands on its own
                colon = text.rfind(":", 0, q.open_at)
                f.content = [(a, min(b, colon)) for a, b in f.content if a < colon]
                continue
            if q.end <= max(c[1] for c in f.content) + 1:
                mixed.add(fi)
                owner[qi] = -1  # a quoted fragment inside the reported clause
                break
        if qi in owner:
            continue
        near = _trailing_frame(q, frames, doc)
        if near is None:
            near = _leading_frame(q, frames, doc)
            between = None if near is None else _named_cue_between(doc, frames[near].cue_span[1], q, cues)
            if between is not None:
                # "She said that …, to which O'Malley interjected: “…”": the one who speaks right before
                # the colon, not the cue further back
                owner[qi] = -1
                labelled.append(Candidate(kind="direct", content=[(q.start, q.end)], cue=between[1],
                                          speaker=between[0], confidence=0.7,
                                          notes=["speaker named right before the quotation"]))
                continue
        if near is not None:
            owner[qi] = near

    for qi, fi in owner.items():
        if fi >= 0:
            parts.setdefault(fi, []).append(quoted[qi])

    candidates: list[tuple[int, Candidate, int | None]] = []  # (sort key, candidate, frame index)
    reach: dict[int, int] = {}  # candidate id -> end of its cue's clause
    for fi, f in enumerate(frames):
        if fi in parts:
            qs = sorted(parts[fi], key=lambda q: q.start)
            content = [(q.start, q.end) for q in qs]
            kind = "direct"
            if fi in mixed:
                kind = "mixed"
                content = list(f.content)  # the reported clause holds the quoted fragment
            conf = 0.9 if all(q.double for q in qs) else 0.7
            cand = Candidate(kind=kind, content=content, cue=f.cue_span, speaker=f.speaker,  # type: ignore[arg-type]
                             confidence=conf if f.speaker else conf - 0.2)
        elif f.content:
            if any(all(_inside(c, q) for c in f.content) for q in double):
                continue  # the clause is a quotation's inside, attributed elsewhere
            if " ".join(text[a:b] for a, b in f.content).lower() in _EMPTY_CONTENT:
                continue  # "write it", "said so": a pronoun is not what was said
            kind = "mixed" if fi in mixed else "indirect"
            conf = {"verb": 0.75, "according": 0.8, "noun": 0.6, "object": 0.5}.get(f.kind, 0.5)
            cand = Candidate(kind=kind, content=list(f.content), cue=f.cue_span, speaker=f.speaker,  # type: ignore[arg-type]
                             confidence=conf if f.speaker else conf - 0.2)
        else:
            continue
        reach[id(cand)] = _frame_region(f, doc)[1]
        candidates.append((cand.start, cand, fi))
    candidates.extend((c.start, c, None) for c in labelled)
    candidates.sort(key=lambda c: c[0])
    result = [c for _, c, _ in candidates]
    for c in result:
        if c.kind != "direct":
            c.content = [_cut_aside(_close_quotes(part, double), text) for part in c.content]
            _absorb_following_quote(c, quoted, owner, text)

    # Unowned double quotes: continuations of an attributed quote, else not speech.
    antecedent: dict[int, Candidate] = {}
    for qi, q in enumerate(quoted):
        if qi in owner or not q.double:
            continue
        # A speaker named right at the quotation beats carrying on the previous one.
        spare = fallback_frame(doc, q.open_at, q.mark_end)
        if spare is None or _words(text[q.start:q.end]) < 2:
            other = _other_speaker_before(doc, q, result, cues)
            if other is None:
                _attach_continuation(q, result, text, antecedent, reach)
            else:
                result.append(Candidate(kind="direct", content=[(q.start, q.end)], cue=other[1], speaker=other[0],
                                        confidence=0.6, notes=["speaker named between two quotations"]))
                result.sort(key=lambda c: c.start)
        else:
            cand = Candidate(kind="direct", content=[(q.start, q.end)], cue=spare.cue_span, speaker=spare.speaker,
                             confidence=0.7 if q.double else 0.5, notes=["cue outside the lexicon"])
            reach[id(cand)] = _frame_region(spare, doc)[1]
            result.append(cand)
            result.sort(key=lambda c: c.start)
    headline = headline_quote(doc)
    if headline is not None:
        # the headline's own attribution replaces whatever the parser made of its words
        line_end = text.find("\n")
        result = [c for c in result if c.start >= line_end] + [headline]
    turns = transcript_turns(text)
    if turns:
        # a reading of most of a turn's words competes with the turn itself: the turn wins
        spans = [t.content[0] for t in turns]
        result = [c for c in result if not any(a <= c.start and c.end <= b and 2 * (c.end - c.start) >= b - a
                                               for a, b in spans)] + turns
    result.sort(key=lambda c: c.start)
    for c in result:
        c.content.sort()
        if id(c) in antecedent and any(r is antecedent[id(c)] for r in result):
            c.continues = result.index(antecedent[id(c)])
    return result


_LABEL_LEAD = re.compile(r"(?:\n|\s[-–—]\s*)(?:(?:More|more) )?(?:[Ff]rom )?$")  # or "- More from Jones: “…”"


def _name_label(doc: Doc, q: QuotedSpan) -> tuple[CharSpan, CharSpan] | None:
    """The name and colon of ``Name: “…”`` when the name stands alone, after a dash or at the paragraph start."""
    text = doc_text(doc)
    colon = q.open_at
    while colon > 0 and text[colon - 1] in " \t":
        colon -= 1
    colon -= 1
    if colon < 1 or text[colon] != ":":
        return None
    starts = token_starts(doc)
    # "Rep. Jane Roe (D-Ore.):": a party tag between the name and the colon
    tag = _PARTY_TAG.search(text, max(0, colon - 16), colon)
    end = tag.start() if tag else colon
    i = last = bisect.bisect_left(starts, end) - 1
    first = i + 1
    # a run of proper names, maybe two joined by "and": "Mark Blumenthal and Jon Cohen"
    while i >= 0 and colon - doc[i].idx < 60 and (
            doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() or doc[i].text == "."
            or (doc[i].lower_ == "and" and i < last)):
        i -= 1
        first = i + 1
    while first < len(doc) and doc[first].lower_ == "and":
        first += 1
    if first >= len(doc) or doc[first].idx >= end:
        return None
    start = doc[first].idx
    name = text[start:colon]
    if name.isupper():
        return None
    if not _after_label_lead(text, start):
        titled = _title_before(doc, first, last)
        if titled is None:
            return None
        start = titled
    return (start, colon), (colon, colon + 1)


_PARTY_TAG = re.compile(r"\s*\([A-Z][\w.]*(?:-[A-Z][\w.]*)+\)$")
_TITLE_POS = frozenset(("ADJ", "NOUN", "PROPN", "DET"))


def _title_before(doc: Doc, first: int, last: int) -> int | None:
    """Where a label starts whose person's name follows a title at the paragraph start ("Former secretary of
    state John Q. Public:"); None when anything but a short title stands before the name."""
    text = doc_text(doc)
    para = text.rfind("\n", 0, doc[first].idx) + 1
    if not any(doc[k].ent_type_ == "PERSON" for k in range(first, last + 1)):
        return None
    k = first - 1
    while k >= 0 and doc[k].idx >= para:
        tok = doc[k]
        if first - k > 5 or not (tok.pos_ in _TITLE_POS or tok.lower_ == "of" or tok.text == "."):
            return None
        k -= 1
    return doc[k + 1].idx if k + 1 < first and para > 0 else None


def _after_label_lead(text: str, start: int) -> bool:
    """Whether only a line break or a dash (or the start of the text), maybe with "More from", comes before
    ``start``; reads the few characters before it, not the text from its beginning."""
    before = text[max(0, start - 22):start]
    if start <= 12 and re.fullmatch(r"(?:[-–—]\s*)?", before):
        return True
    return _LABEL_LEAD.search(before) is not None


_SOURCE_LINE = re.compile(r"[ \t]*(?:\n[ \t]*){0,2}([-–—―]{1,2})[ \t]*"
                          r"((?:[A-Z][\w.'’-]*)(?:[ \t]+(?:[A-Z][\w.'’-]*|de|van|von|bin|al))*)"
                          r"(?=[ \t]*(?:[,.(\n]|$))")


def _source_line(text: str, q: QuotedSpan) -> tuple[CharSpan, CharSpan] | None:
    """The speaker and dash of a source line after a quotation: "“…” ― Jane Doe, mayor", "\n\n- Sanders."."""
    if q.close_at is None or text[text.rfind("\n", 0, q.open_at) + 1:q.open_at].strip():
        return None  # the quotation must open its paragraph, as a quoted statement over its source
    m = _SOURCE_LINE.match(text, q.close_at + q.close_width)
    if m is None or len(m.group(2).split()) > 6:
        return None
    line_end = text.find("\n", m.end(2))
    rest = text[m.end(2):len(text) if line_end < 0 else line_end]
    if _words(rest) > 12 or any(ch in rest for ch in "\"“”«»") or "''" in rest:
        return None
    name_end = m.end(2)
    while name_end > m.start(2) and text[name_end - 1] == ".":
        name_end -= 1
    return (m.start(2), name_end), (m.start(1), m.end(1))


def _last_attributed(q: QuotedSpan, result: list[Candidate]) -> tuple[Candidate, int] | None:
    """The latest quotation (not indirect speech) before ``q``, and where it ends with its cue and speaker."""
    before = [c for c in result if c.start < q.start and c.kind != "indirect"]
    if not before:
        return None
    prev = max(before, key=lambda c: c.start)
    return prev, max(prev.end, prev.cue[1] if prev.cue else 0, prev.speaker[1] if prev.speaker else 0)


def _other_speaker_before(doc: Doc, q: QuotedSpan, result: list[Candidate],
                          cues: CueLexicon) -> tuple[CharSpan, CharSpan] | None:
    """A named person with a cue verb of their own between the last quotation and ``q`` (their span and
    the cue's): "someone shouted, “Cruz,” Beck joked, “Amen …”" is Beck's, not more shouting."""
    found = _last_attributed(q, result)
    if found is None:
        return None
    return _named_cue_between(doc, found[1], q, cues)


def _named_cue_between(doc: Doc, last: int, q: QuotedSpan, cues: CueLexicon) -> tuple[CharSpan, CharSpan] | None:
    """A named person whose cue verb, between ``last`` and ``q``, leads straight into it (their span and the
    cue's)."""
    text = doc_text(doc)
    span = doc.char_span(last, q.open_at, alignment_mode="contract")
    if span is None:
        return None
    for t in span:
        verb = t.head
        named = t.ent_type_ == "PERSON" or (t.dep_ == "nsubj" and t.pos_ == "PROPN")  # (the NER's "O'Malley": ORG)
        if named and verb.pos_ == "VERB" and verb.lemma_.lower() in cues.verbs \
                and last <= verb.idx < q.open_at and _LEAD_GAP_RE.match(text[verb.idx + len(verb):q.open_at]):
            ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
            who = (ent.start_char, ent.end_char) if ent is not None else (t.idx, t.idx + len(t))
            return who, (verb.idx, verb.idx + len(verb))
    return None


def _attach_continuation(q: QuotedSpan, result: list[Candidate], text: str,
                         antecedent: dict[int, Candidate], reach: dict[int, int]) -> bool:
    """Attach ``q`` to the attributed quotation it continues; False when it continues none."""
    found = _last_attributed(q, result)
    if found is None:
        return False
    prev, last = found
    if last > q.open_at:
        return False
    gap = text[last:q.open_at]
    para_q = _para_bounds(text, q.open_at)
    if "\n" not in gap:
        # "A," she said. "B."  — the same speaker goes on in the same paragraph, also
        # after more of the cue's sentence, unless another attribution comes between.
        if not any(prev.end < c.start < q.start and c.kind != "indirect" for c in result if c is not prev):
            prev.content.append((q.start, q.end))
            return True
        return False
    # A quotation that fills the next paragraph on its own carries on the last speaker.
    para_prev = _para_bounds(text, last - 1 if last else 0)
    between = text[para_prev[1]:para_q[0]]
    if between.strip() or text[para_q[0]:q.open_at].strip():
        return False
    if _words(text[q.start:q.end]) < 0.7 * _words(text[para_q[0]:para_q[1]]):
        return False
    if prev.kind == "direct":
        # the same quotation goes on in the next paragraph: one quote, one more part
        prev.content.append((q.start, q.end))
        return True
    cand = Candidate(kind="direct", content=[(q.start, q.end)], confidence=0.6, speaker=prev.speaker,
                     notes=["continues the previous paragraph's speaker"])
    antecedent[id(cand)] = prev
    result.append(cand)
    return True
