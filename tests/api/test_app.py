"""The app factory: exported names and the one place errors become HTTP statuses."""

from __future__ import annotations

import pytest

import quotegraph.api
from quotegraph import errors
from quotegraph.api import error_status, is_loopback


def test_api_exports_are_pinned() -> None:
    assert sorted(quotegraph.api.__all__) == sorted(
        ["create_app", "error_status", "MAX_PAGE_SIZE", "serve", "serve_in_background", "is_loopback"])


@pytest.mark.parametrize(
    ("err", "status"),
    [
        (errors.InputError("bad"), 422),
        (errors.EmptyInputError("empty"), 422),
        (errors.InputTooLargeError("huge"), 413),
        (errors.ReadOnlyError("no"), 403),
        (errors.NotFoundError("gone"), 404),
        (errors.ModelError("no model"), 503),
        (errors.FetchError("down"), 502),
        (errors.StoreError("broken"), 500),
        (ValueError("not ours"), 500),  # anything else is our bug
    ],
)
def test_error_status_comes_from_the_error_class(err: Exception, status: int) -> None:
    assert error_status(err) == status


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.8.0.1", True),
     ("0.0.0.0", False), ("192.168.1.10", False), ("example.org", False), ("::", False)],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
