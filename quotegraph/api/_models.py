"""The JSON shapes the API answers with; they make ``/openapi.json`` describe real responses."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..article import Article

__all__ = [
    "ErrorOut", "QuoteHitOut", "QuotePage", "SpeakerOut", "SpeakerPage", "SpeakerDetailOut",
    "WeekCount", "EntityCount", "SpanOut", "RemovedOut", "EntityOut", "QuoteOut", "ArticleOut",
    "StoredArticleOut", "ExtractIn", "AddedOut", "article_out",
]


class ErrorOut(BaseModel):
    """Every error: the error class, a message saying what to do, and the HTTP status."""

    error: str = Field(examples=["ReadOnlyError"])
    message: str
    status: int


class QuoteHitOut(BaseModel):
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
    start: int = Field(description="offset of the quote in the article text (code points)")
    end: int


class QuotePage(BaseModel):
    items: list[QuoteHitOut]
    total: int = Field(description="every match, not only this page; a lower bound when exact is false")
    limit: int
    offset: int
    exact: bool = Field(True, description="false when the search stopped counting (total then means 'more than')")


class SpeakerOut(BaseModel):
    id: int
    name: str
    type: str
    quote_count: int
    aliases: list[str]


class SpeakerPage(BaseModel):
    items: list[SpeakerOut]
    total: int
    limit: int
    offset: int
    exact: bool = True


class WeekCount(BaseModel):
    week: str = Field(description="ISO date of the week's Monday")
    count: int


class EntityCount(BaseModel):
    name: str
    count: int


class SpeakerDetailOut(SpeakerOut):
    roles: list[str]
    weekly_counts: list[WeekCount]
    top_entities: list[EntityCount]
    latest: list[QuoteHitOut]


class SpanOut(BaseModel):
    start: int
    end: int
    text: str


class RemovedOut(BaseModel):
    text: str
    reason: str
    start: int | None
    end: int | None


class EntityOut(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    mentions: list[SpanOut]


class QuoteOut(BaseModel):
    kind: str
    content: SpanOut
    content_parts: list[SpanOut]
    cue: SpanOut | None
    speaker_mention: SpanOut | None
    speaker: str | None
    speaker_name: str | None
    resolution: str
    confidence: float


class ArticleOut(BaseModel):
    """A ``quotegraph/article@1`` document (see docs/schema.md)."""

    model_config = ConfigDict(populate_by_name=True)

    schema_tag: Literal["quotegraph/article@1"] = Field(alias="schema")
    id: str | None
    url: str | None
    title: str | None
    published: str | None
    publisher: str | None
    authors: list[str]
    language: str | None
    text: str
    removed: list[RemovedOut]
    entities: list[EntityOut]
    quotes: list[QuoteOut]
    warnings: list[str]


class StoredArticleOut(BaseModel):
    id: int
    duplicate_of: int | None
    speaker_ids: dict[str, int] = Field(description="article entity id (or quote:N) -> corpus speaker id")
    article: ArticleOut


class ExtractIn(BaseModel):
    """One article to extract, as text or HTML."""

    text: str = Field(min_length=1, description="the article as plain text or HTML")
    format: Literal["auto", "html", "text"] = "auto"
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, max_length=40, description="ISO date, when the page lacks one")
    publisher: str | None = Field(default=None, max_length=200)
    clean: bool = Field(default=True, description="false keeps the text exactly, so offsets index the input")


class AddedOut(BaseModel):
    article_id: int
    created: bool
    duplicate_of: int | None
    article: ArticleOut


def article_out(article: Article) -> dict[str, Any]:
    """The ``quotegraph/article@1`` dict, ready to be validated as :class:`ArticleOut`."""
    return article.to_dict()
