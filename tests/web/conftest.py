"""A corpus on disk and clients over it, for the page tests."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotegraph.api import create_app

from .corpus import build_corpus

with warnings.catch_warnings():
    # starlette asks for httpx2 in its test client; httpx is what we depend on.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The demo corpus plus the hostile article, built once: (database, id by document id)."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    return path, build_corpus(path)


@pytest.fixture
def writable_db(corpus: tuple[Path, dict[str, int]], tmp_path: Path) -> Path:
    """A private copy of the corpus that a test may write to."""
    copy = tmp_path / "copy.db"
    shutil.copy(corpus[0], copy)
    return copy


@pytest.fixture(scope="session")
def client(corpus: tuple[Path, dict[str, int]]) -> Iterator[TestClient]:
    """A read-only server over the shared corpus."""
    with TestClient(create_app(corpus[0], read_only=True)) as c:
        yield c
