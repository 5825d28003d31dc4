"""The HTML pages: search, speakers, speaker, article and add.

Pages read the corpus through :mod:`quotegraph.store` and extract through the
server's extractor; every value reaches the page through Jinja2 autoescaping
or the escaped-pieces highlighter.
"""

from __future__ import annotations

import logging
import math
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..errors import FetchError, InputError, QuotegraphError
from ._context import get_context
from ._fetch import fetch_document
from ._highlight import highlight_article
from ._timeline import timeline_svg

__all__ = ["router", "templates", "PAGE_SIZE", "KINDS"]

logger = logging.getLogger(__name__)

PAGE_SIZE = 20
KINDS = ("direct", "indirect", "mixed")
#: Ids above this cannot be stored by SQLite; such a URL is simply not found.
MAX_ID = 2**63 - 1

_HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(env=jinja2.Environment(
    loader=jinja2.FileSystemLoader(_HERE / "templates"),
    autoescape=True,  # every {{ value }} is escaped, whatever the file name
    undefined=jinja2.StrictUndefined,
))

router = APIRouter(include_in_schema=False)


def _parse_date(value: str | None, name: str, problems: list[str]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        problems.append(f"{name} {value!r} is not a date; use YYYY-MM-DD")
        return None


def _pages(request: Request, total: int, page: int) -> dict[str, Any]:
    count = max(1, math.ceil(total / PAGE_SIZE))
    return {
        "page": page,
        "count": count,
        "prev": str(request.url.include_query_params(page=page - 1)) if page > 1 else None,
        "next": str(request.url.include_query_params(page=page + 1)) if page < count else None,
    }


def _render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    ctx = get_context(request)
    context = {"read_only": ctx.read_only, "nav": name, **context}
    return templates.TemplateResponse(request, name, context, status_code=status_code)


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = Query("", max_length=500),
    speaker: str = Query("", max_length=200),
    since: str = Query("", max_length=40),
    until: str = Query("", max_length=40),
    publisher: str = Query("", max_length=200),
    kind: str = Query("", max_length=20),
    page: int = Query(1, ge=1, le=10_000),
) -> HTMLResponse:
    """Full-text search over quotes, with filters; the latest quotes when nothing is asked."""
    problems: list[str] = []
    since_d = _parse_date(since, "from", problems)
    until_d = _parse_date(until, "to", problems)
    if kind and kind not in KINDS:
        problems.append(f"kind {kind!r} is not one of {', '.join(KINDS)}")
        kind = ""
    with get_context(request).store() as store:
        result = store.search_quotes(
            q.strip() or None, speaker=speaker.strip() or None,
            since=since_d.isoformat() if since_d else None, until=until_d.isoformat() if until_d else None,
            publisher=publisher.strip() or None, kind=kind or None,
            limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE,
        )
    form = {"q": q, "speaker": speaker, "since": since, "until": until, "publisher": publisher, "kind": kind}
    return _render(request, "search.html", {
        "form": form, "kinds": KINDS, "result": result, "problems": problems,
        "pages": _pages(request, result.total, page),
    })


@router.get("/speakers", response_class=HTMLResponse)
def speakers_page(
    request: Request,
    q: str = Query("", max_length=200),
    page: int = Query(1, ge=1, le=10_000),
) -> HTMLResponse:
    """Every speaker of the corpus, most quoted first."""
    with get_context(request).store() as store:
        result = store.list_speakers(query=q.strip() or None, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return _render(request, "speakers.html", {
        "q": q, "result": result, "pages": _pages(request, result.total, page),
    })


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker_page(request: Request, speaker_id: int) -> HTMLResponse:
    """One speaker: names, roles, quotes per week, who they talk about, latest quotes."""
    with get_context(request).store() as store:
        speaker = store.get_speaker(speaker_id) if 0 < speaker_id <= MAX_ID else None
    if speaker is None:
        return _not_found(request, f"There is no speaker {speaker_id} in this corpus.")
    peak = max((n for _, n in speaker.top_entities), default=1) or 1
    return _render(request, "speaker.html", {
        "speaker": speaker,
        "timeline": timeline_svg(speaker.weekly_counts, label=f"Quotes per week by {speaker.name}"),
        "peak": peak,
    })


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    request: Request, article_id: int, at: int | None = Query(None, ge=0, description="offset of a quote to focus")
) -> HTMLResponse:
    """One article with its quotes highlighted and its removed boilerplate collapsed."""
    with get_context(request).store() as store:
        stored = store.get_article(article_id) if 0 < article_id <= MAX_ID else None
    if stored is None:
        return _not_found(request, f"There is no article {article_id} in this corpus.")
    return _render(request, "article.html", {
        "stored": stored, "article": stored.article,
        "highlighted": highlight_article(stored.article, stored.speaker_ids, focus=at),
        "source_url": _http_url(stored.article.url),
    })


@router.get("/add", response_class=HTMLResponse)
def add_form(request: Request) -> HTMLResponse:
    """A form to paste an article (text or HTML) or give its URL."""
    return _render(request, "add.html", {"form": {"url": "", "text": "", "format": "auto"}})


@router.post("/add", response_class=HTMLResponse)
def add_submit(
    request: Request,
    url: str = Form("", max_length=2000),
    text: str = Form("", max_length=2_000_000),
    format: str = Form("auto", max_length=10),
) -> HTMLResponse:
    """Extract the pasted or fetched article, show it, and store it unless the server is read-only."""
    ctx = get_context(request)
    form = {"url": url, "text": text, "format": format}
    url, text = url.strip(), text.strip()
    fmt = format if format in ("auto", "html", "text") else "auto"
    try:
        if not text and not url:
            raise InputError("paste the article's text or HTML, or give its URL")
        if not text:
            page = fetch_document(url)
            text, fmt, url = page.text, page.format, page.url or url
        article = ctx.extract(text, format=fmt, url=url or None)
    except (InputError, FetchError) as err:
        return _render(request, "add.html", {"form": form, "error": str(err)}, status_code=err.status_code)
    added = None
    if not ctx.read_only:
        with ctx.store() as store:
            result = store.add_article(article)
            added = store.get_article(result.article_id)
    return _render(request, "add.html", {
        "form": form, "article": article, "added": added,
        "highlighted": highlight_article(article, added.speaker_ids if added else {}),
    })


def _http_url(url: str | None) -> str | None:
    """``url`` if it is safe to link to (http or https), else ``None`` (no ``javascript:`` links)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _not_found(request: Request, message: str) -> HTMLResponse:
    return _render(request, "error.html", {"status": 404, "title": "Not found", "message": message},
                   status_code=404)


def error_page(request: Request, err: QuotegraphError | Exception, status: int) -> HTMLResponse:
    """The HTML face of an error, for requests that are not to ``/api``."""
    title = {403: "Read-only", 404: "Not found", 413: "Too large", 422: "Cannot use this input"}.get(
        status, "Something went wrong")
    message = str(err) if isinstance(err, QuotegraphError) or status < 500 else "The server failed; see its log."
    return _render(request, "error.html", {"status": status, "title": title, "message": message},
                   status_code=status)
