"""The records the store hands back: pages of quotes, speakers and stored articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ..article import Article

__all__ = ["AddResult", "COUNT_CAP", "Page", "QuoteHit", "SpeakerSummary", "SpeakerDetail", "StoredArticle", "MAX_LIMIT"]

T = TypeVar("T")

#: The most rows one call returns; larger ``limit`` values are capped to this.
MAX_LIMIT = 200


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Store.add_article` did: the row, whether it is new, and what it duplicates."""

    article_id: int
    created: bool
    duplicate_of: int | None = None


#: Quote searches count matches up to this many; past it ``Page.exact`` is false.
COUNT_CAP = 10_000


@dataclass
class Page(Generic[T]):
    """One page of results; ``total`` counts every match, not only this page.

    When a quote search matches more than :data:`COUNT_CAP` quotes, counting
    them all would cost more than the search: ``total`` is then ``COUNT_CAP``
    and ``exact`` is false, read "more than 10,000".
    """

    items: list[T]
    total: int
    limit: int
    offset: int
    exact: bool = True


@dataclass
class QuoteHit:
    """A stored quotation with its speaker and article; ``start``/``end`` index the article text."""

    quote_id: int
    content: str
    kind: str
    cue: str | None
    speaker_id: int | None
    speaker_name: str | None
    article_id: int
    title: str | None
    url: str | None
    published: str | None
    publisher: str | None
    start: int
    end: int


@dataclass
class SpeakerSummary:
    """A speaker of the corpus: one row per person (or organisation) across all articles."""

    id: int
    name: str
    type: str
    quote_count: int
    aliases: list[str] = field(default_factory=list)


@dataclass
class SpeakerDetail(SpeakerSummary):
    """A speaker with roles, weekly quote counts, the entities they talk about and latest quotes.

    ``weekly_counts`` pairs the ISO date of each week's Monday with that
    week's quote count, oldest first; ``top_entities`` pairs an entity name
    with how many of the speaker's quotes mention it.
    """

    roles: list[str] = field(default_factory=list)
    weekly_counts: list[tuple[str, int]] = field(default_factory=list)
    top_entities: list[tuple[str, int]] = field(default_factory=list)
    latest: list[QuoteHit] = field(default_factory=list)


@dataclass
class StoredArticle:
    """An article as stored: the ``quotegraph/article@1`` document and its corpus links.

    ``speaker_ids`` maps the article's entity ids (and ``"quote:N"`` for a
    quote whose speaker was resolved without an entity) to corpus speaker ids.
    """

    id: int
    article: Article
    speaker_ids: dict[str, int] = field(default_factory=dict)
    duplicate_of: int | None = None
