"""Ingest: read input items (files, folders, JSONL, stdin) and decode them.

The first stage: bytes in, :class:`RawDocument` or :class:`~quotegraph.article.Failure` out.
"""

from ._files import InputFormat, iter_documents, iter_jsonl, read_path
from ._loader import MAX_INPUT_BYTES, RawDocument, load, looks_like_html

__all__ = [
    "RawDocument",
    "InputFormat",
    "MAX_INPUT_BYTES",
    "load",
    "looks_like_html",
    "read_path",
    "iter_documents",
    "iter_jsonl",
]
