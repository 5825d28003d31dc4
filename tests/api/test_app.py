"""The app factory: exported names and the one place errors become HTTP statuses."""

from __future__ import annotations

import re

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


def test_readme_documents_every_route_and_serve_option(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from quotegraph.cli.serve import serve_command

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    schema = quotegraph.api.create_app(tmp_path / "unused.db").openapi()
    for path in schema["paths"]:
        documented = re.sub(r"\{\w+_id\}", "{id}", path)
        assert documented in readme, f"{path} is not in the README's API table"
    for param in serve_command.params:
        for opt in param.opts:
            assert opt in readme, f"quotegraph serve {opt} is not in the README"
