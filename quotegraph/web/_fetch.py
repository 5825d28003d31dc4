"""Fetch a page for the Add form with the ingest stage's :class:`~quotegraph.ingest.Fetcher`."""

from __future__ import annotations

from ..errors import InputError
from ..ingest import Fetcher, RawDocument, is_url

__all__ = ["fetch_document"]


def fetch_document(url: str) -> RawDocument:
    """The page at ``url``, decoded; its ``url`` is the address after redirects.

    Only ``http`` and ``https`` URLs are accepted, robots.txt is respected and
    one retry is made: someone is waiting for the answer. Raises
    :class:`~quotegraph.errors.FetchError` when the page cannot be read.
    """
    if not is_url(url):
        raise InputError(f"{url!r} is not an http(s) URL; give a full address such as https://example.org/story")
    with Fetcher(timeout=15.0, retries=1) as fetcher:
        return fetcher.document(url)
