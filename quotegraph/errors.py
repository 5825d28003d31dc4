"""Errors raised by quotegraph.

Every error we raise descends from :class:`QuotegraphError`, so callers can
catch all of ours at once or one kind::

    QuotegraphError
    ├── InputError            bad input for one item (the batch goes on)
    │   ├── BinaryInputError      not text (NUL bytes, an image, an archive …)
    │   ├── EmptyInputError       nothing left to read
    │   ├── EncodingError         bytes that decode in no known encoding
    │   ├── InputTooLargeError    over the size cap
    │   └── MarkupError           HTML the parser cannot read
    ├── ModelError            no spaCy pipeline could be loaded
    ├── FetchError            a URL, feed or archive could not be read
    ├── NotFoundError         no record with the id asked for
    ├── StoreError            the database refused an operation
    │   └── ReadOnlyError         a write to a read-only store
    ├── ShardError            a batch folder's shards or manifest are missing, damaged or stale
    └── ClusterError          the Dask cluster cannot be reached, or cannot finish a partition

``status_code`` is the HTTP status the web API answers with for that error.
"""

from __future__ import annotations

__all__ = [
    "QuotegraphError",
    "InputError",
    "BinaryInputError",
    "EmptyInputError",
    "EncodingError",
    "InputTooLargeError",
    "MarkupError",
    "ModelError",
    "FetchError",
    "NotFoundError",
    "StoreError",
    "ReadOnlyError",
    "ShardError",
    "ClusterError",
]


class QuotegraphError(Exception):
    """Root of every error quotegraph raises."""

    status_code = 500


class InputError(QuotegraphError):
    """One input item cannot be processed."""

    status_code = 422


class BinaryInputError(InputError):
    """The input is binary data, not text or HTML."""


class EmptyInputError(InputError):
    """The input holds no text."""


class EncodingError(InputError):
    """The input's bytes decode in no known encoding."""


class InputTooLargeError(InputError):
    """The input is larger than the configured cap."""

    status_code = 413


class MarkupError(InputError):
    """The input looks like HTML but the parser cannot read it."""


class ModelError(QuotegraphError):
    """No spaCy pipeline could be loaded."""

    status_code = 503


class FetchError(QuotegraphError):
    """A URL, feed or archive could not be read."""

    status_code = 502


class NotFoundError(QuotegraphError):
    """No record (article, speaker) has the id asked for."""

    status_code = 404


class StoreError(QuotegraphError):
    """The database refused an operation."""


class ReadOnlyError(StoreError):
    """A write was attempted on a store opened read-only."""

    status_code = 403


class ShardError(QuotegraphError):
    """A batch folder's Parquet shards or manifest are missing, damaged or from other inputs."""


class ClusterError(QuotegraphError):
    """The Dask cluster cannot be reached, or a partition failed on it after its retries."""

    status_code = 503
