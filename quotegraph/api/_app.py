"""The ASGI app: JSON API, HTML pages, static files, error mapping and request limits."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import InputTooLargeError, QuotegraphError
from ..web import ServerContext, error_page
from ..web import router as web_router
from ..web import STATIC_DIR
from ..web._context import Extractor, StoreFactory
from ._routes import router as api_router

__all__ = ["create_app", "error_status"]

logger = logging.getLogger(__name__)

#: Sent with every response: no inline script or style runs, nothing loads from elsewhere.
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def error_status(err: BaseException) -> int:
    """The HTTP status for one of our errors: the class says (``QuotegraphError.status_code``)."""
    return err.status_code if isinstance(err, QuotegraphError) else 500


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _error(request: Request, err: Exception, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": type(err).__name__, "message": message, "status": status},
                            status_code=status)
    return error_page(request, err, status)


def _validation_message(err: RequestValidationError) -> str:
    problems = []
    for e in err.errors()[:5]:
        where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body"))
        problems.append(f"{where or 'request'}: {e.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(problems)


class _BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, before any handler reads them.

    The declared Content-Length is checked first; a body sent without one (or
    lying about it) is counted as it arrives.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        err = InputTooLargeError(f"request body over the {self.limit:,}-byte limit; send one article at a time")
        response = JSONResponse({"error": type(err).__name__, "message": str(err), "status": err.status_code},
                                status_code=err.status_code, headers={"connection": "close"})
        await response(scope, receive, send)


def create_app(
    store_path: str | Path,
    *,
    read_only: bool = False,
    extractor: Extractor | None = None,
    store_factory: StoreFactory | None = None,
    max_body_bytes: int | None = None,
) -> FastAPI:
    """The web UI and JSON API over the corpus at ``store_path``.

    ``read_only`` refuses every write with 403. ``extractor`` replaces
    :func:`quotegraph.extract` (for instance a ``functools.partial`` naming a
    loaded pipeline as ``model``); ``store_factory`` replaces
    :class:`quotegraph.store.Store`. Example::

        uvicorn.run(create_app("quotegraph.db", read_only=True), host="127.0.0.1", port=8000)
    """
    ctx = ServerContext(store_path=str(store_path), read_only=read_only)
    if extractor is not None:
        ctx.extractor = extractor
    if store_factory is not None:
        ctx.store_factory = store_factory
    if max_body_bytes is not None:
        ctx.max_body_bytes = max_body_bytes
    app = FastAPI(
        title="quotegraph",
        version=__version__,
        description="Who said what, about whom, and when: quotes and speakers from news articles.",
        docs_url=None,  # the Swagger page loads scripts from a CDN; /openapi.json is the reference
        redoc_url=None,
    )
    app.state.quotegraph = ctx

    @app.exception_handler(QuotegraphError)
    async def _ours(request: Request, err: QuotegraphError) -> Response:
        status = error_status(err)
        if status >= 500:
            logger.error("%s %s failed: %s", request.method, request.url.path, err)
        return _error(request, err, status, str(err))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, err: RequestValidationError) -> Response:
        return _error(request, err, 422, _validation_message(err))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, err: StarletteHTTPException) -> Response:
        message = {404: f"nothing at {request.url.path}", 405: f"{request.method} is not allowed here"}.get(
            err.status_code, str(err.detail))
        return _error(request, err, err.status_code, message)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, err: Exception) -> Response:
        logger.exception("%s %s failed", request.method, request.url.path)
        return _error(request, err, 500, "internal error; the server log has the details")

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.add_middleware(_BodyLimit, limit=ctx.max_body_bytes)
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
