"""The JSON API under ``/api``: quotes, speakers, articles, extraction."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Path, Query, Request

from ..errors import NotFoundError
from ..web import get_context
from ._models import (
    AddedOut, ArticleOut, ErrorOut, ExtractIn, QuotePage, SpeakerDetailOut, SpeakerPage, StoredArticleOut,
    article_out,
)

__all__ = ["router", "MAX_PAGE_SIZE"]

#: The largest ``limit`` any listing accepts.
MAX_PAGE_SIZE = 100
_MAX_ID = 2**63 - 1  # the largest SQLite integer


_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text}
    for code, text in [(403, "the server is read-only"), (404, "not found"),
                       (413, "request body too large"), (422, "invalid request or input"),
                       (503, "no spaCy pipeline available")]
}

router = APIRouter(prefix="/api", tags=["api"], responses={422: _ERRORS[422]})

Limit = Query(20, ge=1, le=MAX_PAGE_SIZE, description=f"page size, at most {MAX_PAGE_SIZE}")
Offset = Query(0, ge=0, le=1_000_000)


def _page(page: Any) -> dict[str, Any]:
    return {"items": [asdict(i) for i in page.items], "total": page.total, "limit": page.limit,
            "offset": page.offset, "exact": getattr(page, "exact", True)}


@router.get("/quotes", response_model=QuotePage, summary="Search quotes")
def list_quotes(
    request: Request,
    q: str | None = Query(None, max_length=500, description="full-text query over the quote text"),
    speaker: str | None = Query(None, max_length=200, description="speaker id, name, alias or surname"),
    since: date | None = Query(None, description="published on or after (YYYY-MM-DD)"),
    until: date | None = Query(None, description="published on or before (YYYY-MM-DD)"),
    publisher: str | None = Query(None, max_length=200),
    kind: Literal["direct", "indirect", "mixed"] | None = None,
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    """Quotes matching the query and every filter given, newest first."""
    with get_context(request).store() as store:
        page = store.search_quotes(
            q or None, speaker=speaker or None, since=since.isoformat() if since else None,
            until=until.isoformat() if until else None, publisher=publisher or None, kind=kind,
            limit=limit, offset=offset,
        )
    return _page(page)


@router.get("/speakers", response_model=SpeakerPage, summary="List speakers")
def list_speakers(
    request: Request,
    q: str | None = Query(None, max_length=200, description="part of a name or alias"),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    """Speakers of the corpus, most quoted first."""
    with get_context(request).store() as store:
        return _page(store.list_speakers(query=q or None, limit=limit, offset=offset))


@router.get("/speakers/{speaker_id}", response_model=SpeakerDetailOut, summary="One speaker",
            responses={404: _ERRORS[404]})
def get_speaker(request: Request, speaker_id: int = Path(ge=1, le=_MAX_ID)) -> dict[str, Any]:
    """A speaker with roles, quotes per week, the entities they mention most and their latest quotes."""
    with get_context(request).store() as store:
        speaker = store.get_speaker(speaker_id)
    if speaker is None:
        raise NotFoundError(f"no speaker with id {speaker_id}; list them at /api/speakers")
    out = asdict(speaker)
    out["weekly_counts"] = [{"week": w, "count": n} for w, n in speaker.weekly_counts]
    out["top_entities"] = [{"name": e, "count": n} for e, n in speaker.top_entities]
    return out


@router.get("/articles/{article_id}", response_model=StoredArticleOut, summary="One stored article",
            responses={404: _ERRORS[404]})
def get_article(request: Request, article_id: int = Path(ge=1, le=_MAX_ID)) -> dict[str, Any]:
    """A stored article as a ``quotegraph/article@1`` document, with its corpus speaker ids."""
    with get_context(request).store() as store:
        stored = store.get_article(article_id)
    if stored is None:
        raise NotFoundError(f"no article with id {article_id}; find one with /api/quotes")
    return {"id": stored.id, "duplicate_of": stored.duplicate_of, "speaker_ids": dict(stored.speaker_ids),
            "article": article_out(stored.article)}


@router.post("/extract", response_model=ArticleOut, response_model_by_alias=True, summary="Extract quotes",
             responses={413: _ERRORS[413], 503: _ERRORS[503]})
def extract(request: Request, body: ExtractIn) -> dict[str, Any]:
    """Quotes, speakers and entities of one article (text or HTML); nothing is stored."""
    article = get_context(request).extract(
        body.text, format=body.format, url=body.url, published=body.published, publisher=body.publisher,
        clean=body.clean,
    )
    return article_out(article)


@router.post("/articles", response_model=AddedOut, status_code=201, summary="Extract and store",
             responses={403: _ERRORS[403], 413: _ERRORS[413], 503: _ERRORS[503]})
def add_article(request: Request, body: ExtractIn) -> dict[str, Any]:
    """Extract one article and add it to the corpus; refused (403) on a read-only server."""
    ctx = get_context(request)
    ctx.require_writable("adding an article")
    article = ctx.extract(body.text, format=body.format, url=body.url, published=body.published,
                          publisher=body.publisher, clean=body.clean)
    with ctx.store() as store:
        result = store.add_article(article)
    return {"article_id": result.article_id, "created": result.created, "duplicate_of": result.duplicate_of,
            "article": article_out(article)}
