"""Syndicated copies: linked as duplicates, stored once in quote counts."""

from __future__ import annotations

import pytest

from quotegraph.store import Store
from quotegraph.store._dedup import canonical_url

from .conftest import make_article

STORY = (
    '"The ceasefire must hold," Keir Starmer said on Saturday as talks resumed in Cairo. '
    "Negotiators from both sides met for six hours behind closed doors, officials said, "
    "and aid lorries queued at the border crossing for a third day while the talks went on. "
    "The foreign ministers of France and Germany are expected to join the talks next week, "
    "according to a statement released late on Friday by the Egyptian government."
)


def _copy(text: str, url: str, publisher: str) -> object:
    return make_article(text, entities=[("Keir Starmer", "PERSON", ["Keir Starmer"])],
                        quotes=[("The ceasefire must hold", "Keir Starmer")], url=url,
                        publisher=publisher, published="2025-03-15")


def test_dedup_syndicated_copy_is_linked_and_not_counted(store: Store) -> None:
    original = store.add_article(_copy(STORY, "https://agency.example/story", "Agency"))
    # a partner site adds its own standfirst and footer and trims a word
    syndicated = ("From our partners. " + STORY.replace("on Saturday ", "") +
                  " Copyright 2025 Partner Site, all rights reserved.")
    copy = store.add_article(_copy(syndicated, "https://partner.example/news/123", "Partner"))
    assert copy.created and copy.duplicate_of == original.article_id
    assert store.list_speakers().items[0].quote_count == 1
    assert store.search_quotes("ceasefire").total == 1
    assert store.search_quotes("ceasefire", include_duplicates=True).total == 2
    stored = store.get_article(copy.article_id)
    assert stored is not None and stored.duplicate_of == original.article_id


def test_dedup_different_story_is_not_a_duplicate(store: Store) -> None:
    store.add_article(_copy(STORY, "https://agency.example/story", "Agency"))
    other = ('"The ceasefire must hold," Keir Starmer said. ' +
             "Farmers in the north reported a poor harvest after weeks of heavy rain, and the "
             "regional council promised a fund to help families who lost crops and livestock "
             "in the floods, which also closed two schools and a hospital wing for repairs.")
    result = store.add_article(_copy(other, "https://local.example/floods", "Local"))
    assert result.created and result.duplicate_of is None
    assert store.list_speakers().items[0].quote_count == 2


def test_dedup_exact_copy_of_short_text_is_a_duplicate(store: Store) -> None:
    short = '"The ceasefire must hold," Keir Starmer said.'
    first = store.add_article(_copy(short, "https://a.example/1", "A"))
    second = store.add_article(_copy(short, "https://b.example/2", "B"))
    assert second.duplicate_of == first.article_id


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.bbc.co.uk/news/1", "https://bbc.co.uk/news/1"),
        ("http://BBC.co.uk/news/1/", "https://bbc.co.uk/news/1"),
        ("https://bbc.co.uk/news/1?utm_source=x&fbclid=y#frag", "https://bbc.co.uk/news/1"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("http://127.0.0.1:8080/x", "https://127.0.0.1:8080/x"),
        # not web addresses
        ("file:///tmp/x.html", None),
        ("not a url", None),
        ("", None),
        (None, None),
    ],
)
def test_dedup_canonical_url(url: str | None, expected: str | None) -> None:
    assert canonical_url(url) == expected
