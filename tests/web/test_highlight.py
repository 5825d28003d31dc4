"""Highlighted article HTML: every piece escaped, spans marked, bad offsets skipped."""

from __future__ import annotations

import re
from html import unescape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotegraph.article import Article, Quote, Span
from quotegraph.web import highlight_article
from quotegraph.web._demo import DemoQuote, build_article

from .corpus import IMG, SCRIPT, hostile_article


def _text_of(html: str) -> str:
    """What a browser shows: tags dropped, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_highlight_keeps_the_text_exactly() -> None:
    article = hostile_article()
    html = str(highlight_article(article).html)
    assert _text_of(html) == article.text


@pytest.mark.parametrize("payload", [SCRIPT, IMG, "<Hacker>", '" onmouseover="x', "&amp;"])
def test_highlight_escapes_every_payload(payload: str) -> None:
    article = build_article(
        paragraphs=[f"\u201cWords {payload} here,\u201d said Bob {payload}."],
        people={"e1": (f"Bob {payload}", "PERSON", [])},
        quotes=[DemoQuote(f"Words {payload} here", "e1", "said", f"Bob {payload}")],
    )
    html = str(highlight_article(article).html)
    assert payload not in html or payload == "&amp;" and "&amp;amp;" in html
    assert "<script" not in html and "<img" not in html and "<Hacker" not in html
    assert 'onmouseover="' not in html
    assert _text_of(html) == article.text


def test_highlight_marks_quote_cue_and_mention_in_the_speaker_colour() -> None:
    article = hostile_article()
    html = str(highlight_article(article).html)
    quote = re.search(r'<mark class="sp-0 quote" data-q="0" title="([^"]*)">([^<]*)</mark>', html)
    assert quote is not None
    assert unescape(quote.group(2)) == article.quotes[0].content.text
    assert "Mallory &lt;Hacker&gt;" in quote.group(1) and "(name)" in quote.group(1)
    assert re.search(r'<span class="sp-0 cue" data-q="0" [^>]*>said</span>', html)
    assert re.search(r'<span class="sp-0 mention" data-q="0" [^>]*>Mallory &lt;Hacker&gt;</span>', html)


def test_highlight_gives_speakers_distinct_colours_and_unnamed_grey() -> None:
    article = build_article(
        paragraphs=["\u201cOne,\u201d said Ann. \u201cTwo,\u201d said Ben. \u201cThree,\u201d a source said."],
        people={"a": ("Ann", "PERSON", []), "b": ("Ben", "PERSON", [])},
        quotes=[DemoQuote("One", "a", "said", "Ann"), DemoQuote("Two", "b", "said", "Ben"),
                DemoQuote("Three", None, "said", "a source")],
    )
    views = highlight_article(article, {"a": 7}).quotes
    assert [v.colour for v in views] == ["sp-0", "sp-1", "sp-none"]
    assert [v.speaker_id for v in views] == [7, None, None]
    assert views[2].resolution == "unnamed"


@pytest.mark.parametrize(
    "span",
    [
        Span(-3, 4, "bad"),  # before the text
        Span(5, 500, "bad"),  # past the end
        Span(6, 6, ""),  # empty
        Span(9, 2, "bad"),  # reversed
    ],
)
def test_highlight_skips_spans_outside_the_text(span: Span) -> None:
    article = Article(text="Plain text with <b>no</b> quote.", quotes=[Quote(kind="direct", content=span)])
    html = str(highlight_article(article).html)
    assert "<mark" not in html
    assert _text_of(html) == article.text


def test_highlight_overlapping_spans_are_cut_not_nested() -> None:
    text = "Ann said we should go now."
    article = Article(text=text, quotes=[Quote(kind="indirect", content=Span(4, 25, text[4:25]),
                                               cue=Span(4, 8, "said"), speaker_mention=Span(0, 3, "Ann"))])
    html = str(highlight_article(article).html)
    assert '<mark class="sp-none quote cue"' in html  # the cue inside the content keeps both styles
    assert _text_of(html) == text
    assert "<mark" not in re.sub(r"<mark[^>]*>[^<]*</mark>", "", html)


def test_highlight_focus_marks_one_quote_with_an_anchor() -> None:
    article = hostile_article()
    start = article.quotes[0].content.start
    html = str(highlight_article(article, focus=start).html)
    assert html.count('id="focus"') == 1
    assert re.search(r'<mark id="focus" class="sp-0 quote focus"', html)
    assert 'id="focus"' not in str(highlight_article(article, focus=start + 1).html)


def test_highlight_interrupted_quote_marks_each_part() -> None:
    text = "\u201cWe tried,\u201d she said, \u201cand we will try again.\u201d"
    first, second = text.index("We tried,"), text.index("and we will")
    parts = [Span(first, first + 9, "We tried,"), Span(second, second + 22, "and we will try again.")]
    quote = Quote(kind="direct", content=Span(first, second + 22, text[first:second + 22]), content_parts=parts,
                  cue=Span(text.index("said"), text.index("said") + 4, "said"))
    html = str(highlight_article(Article(text=text, quotes=[quote])).html)
    marks = re.findall(r'<mark class="sp-none quote" data-q="0"[^>]*>([^<]*)</mark>', html)
    assert marks == ["We tried,", "and we will try again."]
    assert re.search(r'<span class="sp-none cue" data-q="0"[^>]*>said</span>', html)  # the cue sits between


_SPAN = st.tuples(st.integers(-5, 60), st.integers(-5, 60))


@given(
    text=st.text(alphabet=st.sampled_from(list("ab <>&\"'=/\n\u201c")), max_size=50),
    quotes=st.lists(st.tuples(_SPAN, st.none() | _SPAN, st.none() | _SPAN), max_size=5),
)
@settings(max_examples=200, deadline=None)
def test_highlight_any_spans_keep_text_and_escape_it(
    text: str, quotes: list[tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int] | None]]
) -> None:
    def span(pair: tuple[int, int]) -> Span:
        return Span(pair[0], pair[1], text[max(pair[0], 0):max(pair[1], 0)])

    article = Article(text=text, quotes=[
        Quote(kind="direct", content=span(c), cue=span(cue) if cue else None,
              speaker_mention=span(m) if m else None) for c, cue, m in quotes
    ])
    html = str(highlight_article(article).html)
    assert _text_of(html) == text
    outside_tags = re.sub(r'</?(mark|span)( [a-z-]+="[^"<>]*")*>', "", html)
    assert "<" not in outside_tags and ">" not in outside_tags and '"' not in outside_tags
