"""What every request needs: where the corpus is, whether writes are allowed, how to extract."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

from ..article import Article
from ..core import extract
from ..errors import ReadOnlyError
from ..store import Store

__all__ = ["ServerContext", "Extractor", "StoreFactory", "get_context", "MAX_BODY_BYTES"]

#: Called as ``extractor(text_or_html, format=..., url=..., published=..., publisher=...)``.
Extractor = Callable[..., Article]
#: Called as ``factory(path, read_only=...)``; returns an open store usable as a context manager.
StoreFactory = Callable[..., Store]

#: Largest request body accepted by the endpoints that take an article (2 MiB of text is
#: a hundred long articles; anything bigger is a mistake or an attack).
MAX_BODY_BYTES = 2 * 1024 * 1024


def _default_extractor(text: str, **kwargs: Any) -> Article:
    return extract(text, **kwargs)


def _default_store_factory(path: str, *, read_only: bool = False) -> Store:
    return Store(path, read_only=read_only)


@dataclass
class ServerContext:
    """Settings of one running server, kept on ``app.state.quotegraph``."""

    store_path: str
    read_only: bool = False
    extractor: Extractor = _default_extractor
    store_factory: StoreFactory = _default_store_factory
    max_body_bytes: int = MAX_BODY_BYTES
    # spaCy pipelines are not safe to call from several threads at once.
    _extract_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The corpus, opened for one request and closed after it.

        SQLite connections belong to the thread that opened them, so each
        request opens its own inside the (threadpool) handler that uses it.
        """
        store = self.store_factory(self.store_path, read_only=self.read_only)
        try:
            yield store
        finally:
            store.close()

    def extract(self, text: str, **kwargs: Any) -> Article:
        """Run the extractor on one article, one call at a time."""
        with self._extract_lock:
            return self.extractor(text, **kwargs)

    def require_writable(self, what: str) -> None:
        """Raise :class:`ReadOnlyError` when the server was started with ``--read-only``."""
        if self.read_only:
            raise ReadOnlyError(f"{what} refused: this server was started with --read-only")


def get_context(request: Request) -> ServerContext:
    """The :class:`ServerContext` of the app serving ``request``."""
    ctx: ServerContext = request.app.state.quotegraph
    return ctx
