"""A small, fictional demo corpus: ``quotegraph serve --demo`` and the screenshots use it.

Every person, publisher and event here is invented. Articles are built by
hand (no model needed): offsets are found by searching the text, so the
``quotegraph/article@1`` invariant ``text[start:end] == span.text`` holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..article import Article, Entity, Quote, QuoteKind, Removed, Span

__all__ = ["DemoQuote", "build_article", "demo_articles"]


@dataclass(frozen=True)
class DemoQuote:
    """A quote given by its strings; :func:`build_article` finds their offsets."""

    content: str
    speaker: str | None
    cue: str | None = None
    mention: str | None = None
    kind: QuoteKind = "direct"
    resolution: str = "name"
    confidence: float = 0.9


def _span(text: str, piece: str, start: int = 0) -> Span:
    at = text.find(piece, start)
    if at < 0:
        at = text.find(piece)
    if at < 0:
        raise ValueError(f"{piece!r} does not occur in the article text")
    return Span(at, at + len(piece), piece)


def _nearest(text: str, piece: str, anchor: Span) -> Span:
    """The occurrence of ``piece`` closest to ``anchor`` (a cue or speaker beside its quote)."""
    best: Span | None = None
    best_distance = 0
    at = text.find(piece)
    while at >= 0:
        distance = anchor.start - (at + len(piece)) if at < anchor.start else at - anchor.end
        if at + len(piece) <= anchor.start or at >= anchor.end:
            if best is None or distance < best_distance:
                best, best_distance = Span(at, at + len(piece), piece), distance
        at = text.find(piece, at + 1)
    if best is None:
        raise ValueError(f"{piece!r} does not occur beside {anchor.text!r}")
    return best


def build_article(
    *,
    paragraphs: Sequence[str],
    people: dict[str, tuple[str, str, Sequence[str]]],
    quotes: Sequence[DemoQuote] = (),
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    publisher: str | None = None,
    removed: Sequence[tuple[str, str]] = (),
    id: str | None = None,
) -> Article:
    """An :class:`Article` from paragraphs, people (id → name, type, aliases) and quotes.

    Each quote's strings are looked up after the previous quote's content, so
    repeated phrases resolve to the right occurrence.
    """
    text = "\n\n".join(paragraphs)
    entities = []
    for eid, (name, etype, aliases) in people.items():
        mentions = []
        for form in (name, *aliases):
            at = text.find(form)
            while at >= 0:
                mentions.append(Span(at, at + len(form), form))
                at = text.find(form, at + len(form))
        mentions.sort(key=lambda s: s.start)
        entities.append(Entity(id=eid, name=name, type=etype, mentions=mentions, aliases=list(aliases)))
    built = []
    cursor = 0
    for q in quotes:
        content = _span(text, q.content, cursor)
        built.append(Quote(
            kind=q.kind,
            content=content,
            content_parts=[content],
            cue=_nearest(text, q.cue, content) if q.cue else None,
            speaker_mention=_nearest(text, q.mention, content) if q.mention else None,
            speaker=q.speaker,
            speaker_name=people[q.speaker][0] if q.speaker else None,
            confidence=q.confidence,
            resolution=q.resolution if q.speaker else "unnamed",
        ))
        cursor = content.end
    return Article(
        text=text, id=id, url=url, title=title, published=published, publisher=publisher,
        language="en", entities=entities, quotes=built,
        removed=[Removed(text=t, reason=r) for t, r in removed],
    )


_LINDQVIST = ("Ana Lindqvist", "PERSON", ["Lindqvist", "Mayor Lindqvist"])
_OKAFOR = ("Tomas Okafor", "PERSON", ["Okafor"])
_RAMAN = ("Priya Raman", "PERSON", ["Raman", "Dr Raman"])
_COUNCIL = ("Northport City Council", "ORG", ["the council"])
_BOILERPLATE = [("Subscribe to our newsletter for the week's top stories.", "boilerplate"),
                ("Share this article: Facebook · X · Email", "navigation")]


def demo_articles() -> list[Article]:
    """Nine invented articles about a harbour town, spread over three months of 2026."""
    gazette, daily = "The Harbour Gazette", "Northport Daily"
    return [
        build_article(
            id="demo-1", title="Mayor unveils plan to rebuild the old harbour wall",
            url="https://gazette.example/2026/03/harbour-wall", published="2026-03-02", publisher=gazette,
            paragraphs=[
                "Northport's mayor has set out a plan to rebuild the crumbling harbour wall before next winter.",
                "\u201cThe wall has protected this town for a century, and we will not let it fall,\u201d "
                "Mayor Lindqvist said at a packed meeting on Monday.",
                "Tomas Okafor, who leads the dockworkers' union, welcomed the plan but warned about the timetable. "
                "\u201cMy members have heard promises before,\u201d Okafor said. \u201cWe want to see the cranes.\u201d",
                "Ana Lindqvist said the first contracts would be signed within a month.",
            ],
            people={"e1": _LINDQVIST, "e2": _OKAFOR},
            quotes=[
                DemoQuote("The wall has protected this town for a century, and we will not let it fall",
                          "e1", "said", "Mayor Lindqvist"),
                DemoQuote("My members have heard promises before", "e2", "said", "Okafor"),
                DemoQuote("We want to see the cranes.", "e2", None, None, resolution="context", confidence=0.7),
                DemoQuote("the first contracts would be signed within a month", "e1", "said", "Ana Lindqvist",
                          kind="indirect", confidence=0.8),
            ],
            removed=_BOILERPLATE,
        ),
        build_article(
            id="demo-2", title="Scientist warns rising tides will outpace repairs",
            url="https://daily.example/news/tides-warning", published="2026-03-10", publisher=daily,
            paragraphs=[
                "A marine scientist at Northport University says the harbour plan underestimates the sea.",
                "\u201cWe measured the tide gauge for twelve years and the trend is unmistakable,\u201d "
                "said Dr Raman, who studies coastal erosion. \u201cA wall built to last must be built higher.\u201d",
                "Priya Raman told the council that storm surges had grown by a fifth since 2014.",
            ],
            people={"e1": _RAMAN, "e2": _COUNCIL},
            quotes=[
                DemoQuote("We measured the tide gauge for twelve years and the trend is unmistakable",
                          "e1", "said", "Dr Raman"),
                DemoQuote("A wall built to last must be built higher.", "e1", None, None, resolution="context",
                          confidence=0.75),
                DemoQuote("storm surges had grown by a fifth since 2014", "e1", "told", "Priya Raman",
                          kind="indirect", confidence=0.85),
            ],
        ),
        build_article(
            id="demo-3", title="Dockworkers vote to back the harbour plan",
            url="https://gazette.example/2026/03/dockworkers-vote", published="2026-03-18", publisher=gazette,
            paragraphs=[
                "Members of the dockworkers' union voted on Tuesday to support the harbour wall plan.",
                "\u201cThis is a vote for jobs and for a town that still works on the water,\u201d Tomas Okafor said.",
                "He added that the union would watch every contract closely.",
            ],
            people={"e1": _OKAFOR},
            quotes=[
                DemoQuote("This is a vote for jobs and for a town that still works on the water", "e1", "said",
                          "Tomas Okafor"),
                DemoQuote("the union would watch every contract closely", "e1", "added", "He", kind="indirect",
                          resolution="pronoun", confidence=0.7),
            ],
            removed=_BOILERPLATE[:1],
        ),
        build_article(
            id="demo-4", title="Council raises the wall design by half a metre",
            url="https://daily.example/news/wall-higher", published="2026-04-01", publisher=daily,
            paragraphs=[
                "Northport City Council has raised the planned height of the new harbour wall.",
                "\u201cWe listened to Dr Raman and to the science,\u201d Mayor Lindqvist said. \u201cHalf a metre now saves a "
                "fortune later.\u201d",
                "Dr Raman called the change \u201ca sensible first step\u201d but said the council should plan "
                "for the end of the century, not the next decade.",
                "A council spokesperson said the extra height would add about four per cent to the cost.",
            ],
            people={"e1": _LINDQVIST, "e2": _RAMAN, "e3": _COUNCIL},
            quotes=[
                DemoQuote("We listened to Dr Raman and to the science", "e1", "said", "Mayor Lindqvist"),
                DemoQuote("Half a metre now saves a fortune later.", "e1", None, None, resolution="context",
                          confidence=0.7),
                DemoQuote("the council should plan for the end of the century, not the next decade", "e2",
                          "said", "Dr Raman", kind="indirect", resolution="partial", confidence=0.8),
                DemoQuote("the extra height would add about four per cent to the cost", None, "said",
                          "A council spokesperson", kind="indirect", confidence=0.6),
            ],
        ),
        build_article(
            id="demo-5", title="Contracts signed as harbour works begin",
            url="https://gazette.example/2026/04/contracts-signed", published="2026-04-14", publisher=gazette,
            paragraphs=[
                "The first cranes arrived at Northport harbour on Monday as contracts were signed.",
                "\u201cToday the promises became steel and concrete,\u201d Ana Lindqvist said.",
                "Okafor said his members were proud to build the wall themselves.",
            ],
            people={"e1": _LINDQVIST, "e2": _OKAFOR},
            quotes=[
                DemoQuote("Today the promises became steel and concrete", "e1", "said", "Ana Lindqvist"),
                DemoQuote("his members were proud to build the wall themselves", "e2", "said", "Okafor",
                          kind="indirect", resolution="partial", confidence=0.8),
            ],
        ),
        build_article(
            id="demo-6", title="Storm tests the half-built wall",
            url="https://daily.example/news/storm-wall", published="2026-04-28", publisher=daily,
            paragraphs=[
                "An early spring storm pushed waves over the unfinished section of the harbour wall.",
                "\u201cThis is exactly the surge we modelled, and it arrived ten years early,\u201d Priya Raman said.",
                "Mayor Lindqvist said the works had held and no homes were flooded.",
            ],
            people={"e1": _RAMAN, "e2": _LINDQVIST},
            quotes=[
                DemoQuote("This is exactly the surge we modelled, and it arrived ten years early", "e1", "said",
                          "Priya Raman"),
                DemoQuote("the works had held and no homes were flooded", "e2", "said", "Mayor Lindqvist",
                          kind="indirect", confidence=0.85),
            ],
            removed=_BOILERPLATE,
        ),
        build_article(
            id="demo-7", title="Union asks for storm pay after night shifts",
            url="https://gazette.example/2026/05/storm-pay", published="2026-05-05", publisher=gazette,
            paragraphs=[
                "Dockworkers who worked through the storm should be paid for the danger, their union says.",
                "\u201cMy members held that wall up with sandbags at three in the morning,\u201d Tomas Okafor said. "
                "\u201cNorthport City Council can find the money.\u201d",
            ],
            people={"e1": _OKAFOR, "e2": _COUNCIL},
            quotes=[
                DemoQuote("My members held that wall up with sandbags at three in the morning", "e1", "said",
                          "Tomas Okafor"),
                DemoQuote("Northport City Council can find the money.", "e1", None, None, resolution="context",
                          confidence=0.7),
            ],
        ),
        build_article(
            id="demo-8", title="Mayor agrees storm bonus for harbour crews",
            url="https://daily.example/news/storm-bonus", published="2026-05-12", publisher=daily,
            paragraphs=[
                "Northport will pay a one-off bonus to the crews who worked through last month's storm.",
                "\u201cTomas Okafor and his crews kept the town dry; the least we can do is say thank you properly,\u201d "
                "Mayor Lindqvist said.",
                "Okafor called it \u201ca fair result\u201d.",
            ],
            people={"e1": _LINDQVIST, "e2": _OKAFOR},
            quotes=[
                DemoQuote("Tomas Okafor and his crews kept the town dry; the least we can do is say thank "
                          "you properly", "e1", "said", "Mayor Lindqvist"),
                DemoQuote("a fair result", "e2", "called", "Okafor", kind="mixed", resolution="partial",
                          confidence=0.65),
            ],
        ),
        build_article(
            id="demo-9", title="New tide gauges to watch over the wall",
            url="https://gazette.example/2026/05/tide-gauges", published="2026-05-26", publisher=gazette,
            paragraphs=[
                "Three new tide gauges will be fixed to the harbour wall this summer.",
                "\u201cIf the sea keeps rising faster than we planned, we will know within a season,\u201d "
                "Dr Raman said. \u201cThat is what gauges are for.\u201d",
                "Ana Lindqvist said the data would be published every week.",
            ],
            people={"e1": _RAMAN, "e2": _LINDQVIST},
            quotes=[
                DemoQuote("If the sea keeps rising faster than we planned, we will know within a season", "e1",
                          "said", "Dr Raman"),
                DemoQuote("That is what gauges are for.", "e1", None, None, resolution="context", confidence=0.7),
                DemoQuote("the data would be published every week", "e2", "said", "Ana Lindqvist",
                          kind="indirect", confidence=0.85),
            ],
        ),
    ]
