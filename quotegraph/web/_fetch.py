"""Fetch a page for the Add form through the ingest stage's fetcher, when it has one."""

from __future__ import annotations

from urllib.parse import urlsplit

from .. import ingest
from ..errors import FetchError, InputError

__all__ = ["fetch_url", "can_fetch"]


def can_fetch() -> bool:
    """True when the ingest stage offers a URL fetcher."""
    return callable(getattr(ingest, "fetch_url", None))


def fetch_url(url: str) -> str:
    """The page at ``url`` as text or HTML.

    Only ``http`` and ``https`` URLs are accepted. Raises :class:`FetchError`
    when the page cannot be read or no fetcher is available.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{url!r} is not an http(s) URL; give a full address such as https://example.org/story")
    fetcher = getattr(ingest, "fetch_url", None)
    if not callable(fetcher):
        raise FetchError("fetching URLs is not available in this installation; "
                         "open the page in a browser and paste its text or HTML instead")
    page = fetcher(url)
    for attr in ("text", "html", "content"):
        value = getattr(page, attr, None)
        if isinstance(value, (str, bytes)):
            page = value
            break
    if isinstance(page, bytes):
        return ingest.load(page, name=url).text
    if isinstance(page, str):
        return page
    raise FetchError(f"the fetcher returned {type(page).__name__} for {url}, not a page")
