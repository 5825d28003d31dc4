"""Fixtures for speaker tests: texts parsed once, without the quotegraph component."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc


@pytest.fixture(scope="session")
def parse(nlp) -> Callable[[str], Doc]:
    """Parse with every pipeline component except quotegraph's own, so tests give their own candidates."""
    cache: dict[str, Doc] = {}

    def run(text: str) -> Doc:
        if text not in cache:
            doc = nlp.make_doc(text)
            for name, proc in nlp.pipeline:
                if name != "quotegraph":
                    doc = proc(doc)
            cache[text] = doc
        return cache[text]

    return run
