"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline with the quotegraph component, loaded once."""
    from quotegraph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repo; tests that need it skip with a reason when absent."""
    if not SHARED.is_dir():
        pytest.skip(f"evaluation data not found at {SHARED} (it sits beside the repo in CI)")
    return SHARED
