"""clean_html: main text and metadata from a page; empty or unreadable pages raise."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.clean import clean_html
from quotegraph.errors import EmptyInputError, InputError

FIXTURE = Path(__file__).parent / "fixtures" / "council-budget.html"


@pytest.fixture(scope="module")
def page() -> str:
    return FIXTURE.read_text(encoding="utf-8")


def test_clean_html_main_text(page: str) -> None:
    doc = clean_html(page)
    assert doc.text.startswith("The council approved the new budget on Monday")
    assert "Mary Major, told the chamber." in doc.text
    assert doc.text.rstrip().endswith("a clearer picture of its finances.")
    for furniture in ("Home", "Subscribe to the Riverside Gazette", "Bus fares to rise", "All rights reserved"):
        assert furniture not in doc.text


def test_clean_html_metadata(page: str) -> None:
    doc = clean_html(page)
    assert doc.title == "Council approves budget after late-night debate"
    assert doc.published == "2026-11-23"
    assert doc.publisher == "Riverside Gazette"
    assert doc.authors == ["Jane Roe", "John Doe"]
    assert doc.url == "https://gazette.example.org/news/council-budget"
    assert doc.language == "en"


def test_clean_html_url_argument_used_when_page_has_none() -> None:
    html = (
        "<html><body><article>"
        + "<p>The council approved the new budget on Monday after a long debate, officials said.</p>" * 3
        + "</article></body></html>"
    )
    doc = clean_html(html, url="https://example.org/story")
    assert doc.url == "https://example.org/story"


def test_clean_html_reports_dropped_blocks(page: str) -> None:
    doc = clean_html(page)
    by_text = {r.text: r for r in doc.removed}
    assert by_text["Council approves budget after late-night debate"].reason == "title"
    for block in ("Home News Sport", "Bus fares to rise in January", "Most read"):
        assert by_text[block].reason == "not main text"
        assert by_text[block].start is None and by_text[block].end is None
    # no story paragraph is reported as dropped
    assert not any("three-hour debate" in r.text for r in doc.removed)


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<html></html>",
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<<<>>>",
        "\x00\x01\x02 garbage \xff",
        "<html><head><script>var a = 1;</script></head><body><script>b()</script></body></html>",
    ],
)
def test_clean_html_no_main_text_raises(html: str) -> None:
    with pytest.raises(EmptyInputError, match="no main text|empty"):
        clean_html(html, url="https://example.org/empty")


def test_clean_html_deeply_nested_page_gives_input_error_or_text() -> None:
    html = "<div>" * 5000 + "<p>" + "The council met on Monday and agreed the budget. " * 5 + "</p>" + "</div>" * 5000
    try:
        doc = clean_html(html)
    except InputError as err:  # our error, with a message, never a raw lxml one
        assert str(err)
    else:
        assert "council met on Monday" in doc.text


def test_clean_html_xml_declaration_and_language_subtag() -> None:
    html = (
        '<?xml version="1.0" encoding="utf-8"?><html lang="en-GB"><body><article>'
        + "<p>The council approved the new budget on Monday after a long debate, officials said.</p>" * 3
        + "</article><nav>Home and away</nav></body></html>"
    )
    doc = clean_html(html)
    assert doc.language == "en"
    assert [r.text for r in doc.removed] == ["Home and away"]
