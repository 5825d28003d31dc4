"""Article text with its quotes, cues and speaker mentions marked, built from escaped pieces.

The text is cut at every span boundary; each piece is escaped on its own and
wrapped in a tag whose attributes are escaped too, so no character of the
article ever reaches the page unescaped, whatever offsets the spans carry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..article import Article, Quote, Span

__all__ = ["QuoteView", "HighlightedArticle", "highlight_article", "PALETTE_SIZE"]

#: Distinct speaker colours (``sp-0`` … in the stylesheet); later speakers reuse them.
PALETTE_SIZE = 10

_RESOLUTION_HELP = {
    "name": "named in the text",
    "partial": "a partial name (surname or first name)",
    "role": "a role noun such as 'the minister'",
    "pronoun": "a pronoun resolved to an earlier mention",
    "unnamed": "an unnamed source",
    "context": "the speaker of an earlier quote",
    "group": "several named speakers at once",
    "none": "not resolved",
}


@dataclass(frozen=True)
class QuoteView:
    """One quote as the article page lists it."""

    index: int
    kind: str
    text: str
    cue: str | None
    mention: str | None
    speaker_name: str | None
    speaker_id: int | None
    resolution: str
    resolution_help: str
    confidence: float
    colour: str

    @property
    def summary(self) -> str:
        """What hovering over the quote says: who, how they were found, how sure."""
        who = self.speaker_name or "unknown speaker"
        return (f"{who} · {self.kind} quote · speaker {self.resolution_help} "
                f"({self.resolution}) · confidence {self.confidence:.2f}")


@dataclass(frozen=True)
class HighlightedArticle:
    """The article body as safe HTML, and its quotes in text order."""

    html: Markup
    quotes: list[QuoteView]


def _valid(span: Span | None, length: int) -> bool:
    return span is not None and 0 <= span.start < span.end <= length


def _quote_views(article: Article, speaker_ids: Mapping[str, int]) -> list[QuoteView]:
    colours: dict[str, str] = {}
    views = []
    for i, q in enumerate(article.quotes):
        entity = article.entity(q.speaker)
        name = entity.name if entity else q.speaker_name
        key = q.speaker or (f"name:{q.speaker_name}" if q.speaker_name else None)
        if key is None:
            colour = "sp-none"
        else:
            colour = colours.setdefault(key, f"sp-{len(colours) % PALETTE_SIZE}")
        views.append(QuoteView(
            index=i,
            kind=q.kind,
            text=q.said(),
            cue=q.cue.text if q.cue else None,
            mention=q.speaker_mention.text if q.speaker_mention else None,
            speaker_name=name,
            speaker_id=speaker_ids.get(q.speaker or f"quote:{i}"),
            resolution=q.resolution,
            resolution_help=_RESOLUTION_HELP.get(q.resolution, q.resolution),
            confidence=q.confidence,
            colour=colour,
        ))
    return views


def _spans(quotes: list[Quote], length: int) -> list[tuple[int, int, str, int]]:
    out = []
    for i, q in enumerate(quotes):
        for part in q.content_parts or [q.content]:
            if _valid(part, length):
                out.append((part.start, part.end, "quote", i))
        if q.cue is not None and _valid(q.cue, length):
            out.append((q.cue.start, q.cue.end, "cue", i))
        if q.speaker_mention is not None and _valid(q.speaker_mention, length):
            out.append((q.speaker_mention.start, q.speaker_mention.end, "mention", i))
    return out


def highlight_article(
    article: Article, speaker_ids: Mapping[str, int] | None = None, *, focus: int | None = None
) -> HighlightedArticle:
    """Mark every quote (coloured by speaker), cue and speaker mention in ``article.text``.

    Spans whose offsets fall outside the text are skipped rather than trusted.
    Where spans overlap, the piece takes the quote's colour and the cue or
    mention styling on top. The quote whose content starts at offset ``focus``
    is marked ``focus``, its first piece with ``id="focus"``.
    """
    text = article.text
    views = _quote_views(article, speaker_ids or {})
    spans = _spans(article.quotes, len(text))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    focused = next((i for i, q in enumerate(article.quotes) if focus is not None and q.content.start == focus),
                   None)
    pieces: list[Markup] = []
    anchor_done = False
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for k, (s, e, _, _) in enumerate(spans):
        starting.setdefault(s, []).append(k)
        ending.setdefault(e, []).append(k)
    active: set[int] = set()  # spans covering the piece, kept by a sweep over the cuts
    for a, b in zip(cuts, cuts[1:]):
        active.difference_update(ending.get(a, ()))
        active.update(starting.get(a, ()))
        covering = [(spans[k][2], spans[k][3]) for k in sorted(active)]
        piece = text[a:b]
        if not covering:
            pieces.append(escape(piece))
            continue
        roles = {role for role, _ in covering}
        owner = next((i for role, i in covering if role == "quote"), covering[0][1])
        view = views[owner]
        classes = [view.colour]
        classes += [c for c in ("quote", "cue", "mention") if c in roles]
        anchor = Markup("")
        if owner == focused and "quote" in roles:
            classes.append("focus")
            if not anchor_done:
                anchor, anchor_done = Markup(' id="focus"'), True
        tag = Markup("mark" if "quote" in roles else "span")
        pieces.append(Markup('<{tag}{anchor} class="{cls}" data-q="{q}" title="{title}">{body}</{tag}>').format(
            tag=tag, anchor=anchor, cls=" ".join(classes), q=owner, title=view.summary, body=piece,
        ))
    return HighlightedArticle(html=Markup("").join(pieces), quotes=views)
