"""Requests generated from /openapi.json (schemathesis): no input makes the server fail."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from quotegraph.api import create_app

from .conftest import fake_extractor

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import schemathesis
    from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.fixture(scope="module")
def api_schema(corpus: tuple[Path, dict[str, int]]) -> Any:
    app = create_app(corpus[0], read_only=True, extractor=fake_extractor)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_openapi_lists_every_api_route(api_schema: Any) -> None:
    assert set(api_schema.raw_schema["paths"]) == {
        "/api/quotes", "/api/speakers", "/api/speakers/{speaker_id}", "/api/articles/{article_id}",
        "/api/extract", "/api/articles"}


@pytest.mark.parametrize("mode", list(schemathesis.GenerationMode))
def test_api_never_fails_with_a_server_error(api_schema: Any, mode: Any) -> None:
    # Few examples over every operation: enough to catch unvalidated input, fast enough for every run.
    @given(case=api_schema.as_strategy(generation_mode=mode))
    # derandomize: the same examples every run, so a failure here is never a fluke of the seed
    @settings(max_examples=60, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        response = case.call_and_validate(checks=CHECKS)
        if response.status_code >= 400:
            body = response.json()
            assert set(body) == {"error", "message", "status"}
            assert body["status"] == response.status_code

    check()
