"""The quote-mark scanner: spans by marks alone, no parse."""

from __future__ import annotations

import pytest

from quotegraph.quotes._marks import find_quoted_spans


def inner(text: str) -> list[tuple[str, bool]]:
    return [(text[s.start:s.end], s.closed) for s in find_quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” he said.", [("We will win,", True)]),
        ('"We will win," he said.', [("We will win,", True)]),
        ("«Nous gagnerons», a-t-il dit.", [("Nous gagnerons", True)]),
        ("„Wir schaffen das“, sagte sie.", [("Wir schaffen das", True)]),
        # wire copy writes double quotes as two apostrophes
        ("he added, ''but people need to connect.''", [("but people need to connect.", True)]),
        # single quotes used as quotes (UK headline style)
        ("She said 'we will fight on' and left.", [("we will fight on", True)]),
        # apostrophes are not quotes
        ("Trump’s aides don’t agree, and the voters' mood is sour.", []),
        ("They played ’em in the ’90s.", []),
        # split quote: two spans
        ("“Part one,” he said, “part two.”", [("Part one,", True), ("part two.", True)]),
    ],
)
def test_quoted_spans_by_marks(text: str, expected: list[tuple[str, bool]]) -> None:
    assert inner(text) == expected


def test_quote_over_two_paragraphs_is_one_span() -> None:
    text = "He said:\n\n“First paragraph.\n\n“Second paragraph.”\n\nAfter."
    spans = find_quoted_spans(text)
    assert len(spans) == 1
    assert spans[0].paragraphs == 2
    assert text[spans[0].start:spans[0].end] == "First paragraph.\n\n“Second paragraph."


def test_unclosed_quote_closes_at_its_paragraph_end() -> None:
    text = "An “unclosed quote here.\n\nNext paragraph has a “closed” one."
    assert inner(text) == [("unclosed quote here.", False), ("closed", True)]


def test_nested_quotes_keep_the_outer_span() -> None:
    text = "“He told me, ‘never again’, and meant it,” she said."
    assert inner(text) == [("He told me, ‘never again’, and meant it,", True)]


@pytest.mark.parametrize("text", ['"""', '“', '”', '" "', "‘’’‘", "“\n\n“\n\n”", "'", ""])
def test_degenerate_marks_never_raise(text: str) -> None:
    for span in find_quoted_spans(text):
        assert 0 <= span.start <= span.end <= len(text)


def test_two_character_marks_are_covered_whole() -> None:
    # ''…'': the span's marks start at the first apostrophe and the closing one is two characters wide, so the
    # text before the quotation and after it holds no stray apostrophe
    text = "He replied, ''It would be fun,'' and left."
    (q,) = find_quoted_spans(text)
    assert text[q.start:q.end] == "It would be fun,"
    assert text[:q.open_at] == "He replied, "
    assert q.close_at is not None and text[q.close_at + q.close_width:] == " and left."


def test_a_single_quoted_span_round_a_double_quoted_one_is_the_outer_quotation() -> None:
    text = "‘He told me “never” twice,’ she said."
    assert [text[q.start:q.end] for q in find_quoted_spans(text)] == ["He told me “never” twice,"]
