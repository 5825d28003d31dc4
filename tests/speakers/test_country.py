"""Where an article is written from."""

from __future__ import annotations

import pytest

from quotegraph.speakers import country_of


@pytest.mark.parametrize(
    ("publisher", "url", "text", "expected"),
    [
        ("BBC News", None, None, "GB"),
        ("Sky News", None, None, "GB"),
        ("The Guardian", None, None, "GB"),
        ("guardian", None, None, "GB"),  # case and "The" do not matter
        ("The New York Times", None, None, "US"),
        ("nyt", None, None, "US"),  # short ids used by corpora
        ("bbc.co.uk", None, None, "GB"),  # a publisher given as its domain
        (None, "https://www.theguardian.com/politics/x", None, "GB"),
        (None, "https://example.co.uk/story", None, "GB"),
        (None, "https://news.example.com.au/story", None, "AU"),
        (None, "https://example.ie/a", None, "IE"),
        ("Unknown Gazette", "https://example.com/a", "The Russian army and Russian officials met in Russia.", "RU"),
        ("Sky News", "https://example.com.au/", "Russia Russia Russia", "GB"),  # the publisher comes first
    ],
)
def test_country_of_sources(publisher: str | None, url: str | None, text: str | None, expected: str) -> None:
    assert country_of(publisher=publisher, url=url, text=text) == expected


@pytest.mark.parametrize(
    ("publisher", "url", "text"),
    [
        (None, None, None),
        ("Unknown Gazette", "https://example.com/a", "Nothing here names a country."),
        (None, None, "Let us go. Tell us more, said one of us."),  # "us" the pronoun is not the US
        (None, None, "France and Germany and France and Germany."),  # no clear winner
    ],
)
def test_country_of_unknown_is_none(publisher: str | None, url: str | None, text: str | None) -> None:
    assert country_of(publisher=publisher, url=url, text=text) is None
