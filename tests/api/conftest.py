"""A corpus on disk and API clients over it."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quotegraph.api import create_app
from quotegraph.article import Article
from quotegraph.web._demo import DemoQuote, build_article

from web.corpus import build_corpus

with warnings.catch_warnings():
    # starlette asks for httpx2 in its test client; httpx is what we depend on.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def fake_extractor(text: str, **meta: Any) -> Article:
    """Stands in for the pipeline: the whole text is one quote by Quinn Example."""
    return build_article(
        paragraphs=[f"Quinn Example said: {text}"],
        people={"e1": ("Quinn Example", "PERSON", [])},
        quotes=[DemoQuote(text, "e1", "said", "Quinn Example")],
        url=meta.get("url"), published=meta.get("published") or "2026-07-01", publisher=meta.get("publisher"),
        title="Pasted",
    )


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The demo corpus plus the hostile article, built once: (database, id by document id)."""
    path = tmp_path_factory.mktemp("api-corpus") / "corpus.db"
    return path, build_corpus(path)


@pytest.fixture(scope="session")
def client(corpus: tuple[Path, dict[str, int]]) -> Iterator[TestClient]:
    """A read-only server over the shared corpus (raises server errors instead of hiding them)."""
    with TestClient(create_app(corpus[0], read_only=True, extractor=fake_extractor)) as c:
        yield c


@pytest.fixture
def writable(corpus: tuple[Path, dict[str, int]], tmp_path: Path) -> Iterator[TestClient]:
    """A writable server over a private copy of the corpus, with the hand-made extractor."""
    copy = tmp_path / "copy.db"
    shutil.copy(corpus[0], copy)
    with TestClient(create_app(copy, extractor=fake_extractor)) as c:
        yield c
