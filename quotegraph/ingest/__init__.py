"""Ingest: read input items (files, folders, JSONL, stdin) and decode them.

The first stage: bytes in, :class:`RawDocument` or :class:`~quotegraph.article.Failure` out.
"""

from ._feeds import FeedItem, feed_documents, parse_feed
from ._files import InputFormat, iter_documents, iter_jsonl, read_path
from ._loader import MAX_INPUT_BYTES, RawDocument, load, looks_like_html
from ._warc import count_warc, is_warc, iter_warc
from ._web import MAX_FETCH_BYTES, USER_AGENT, Fetched, Fetcher, is_url, looks_like_feed

__all__ = [
    "RawDocument",
    "InputFormat",
    "MAX_INPUT_BYTES",
    "load",
    "looks_like_html",
    "read_path",
    "iter_documents",
    "iter_jsonl",
    "Fetcher",
    "Fetched",
    "USER_AGENT",
    "MAX_FETCH_BYTES",
    "is_url",
    "looks_like_feed",
    "FeedItem",
    "parse_feed",
    "feed_documents",
    "iter_warc",
    "count_warc",
    "is_warc",
]
