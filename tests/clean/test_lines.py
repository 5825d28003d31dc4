"""split_lines: units with offsets into the input, wrapped paragraphs joined."""

from __future__ import annotations

import pytest

from quotegraph.clean._lines import split_lines


def test_split_lines_offsets_and_stripping() -> None:
    text = "  First line  \r\n\nSecond line\n"
    units = split_lines(text)
    assert [u.text for u in units] == ["First line", "Second line"]
    for u in units:
        assert text[u.start : u.end] == u.text


def test_split_lines_joins_hard_wrapped_paragraph() -> None:
    text = "The council approved the budget after a\nlong debate on Monday.\n\nNext paragraph."
    units = split_lines(text)
    assert [u.text for u in units] == [
        "The council approved the budget after a\nlong debate on Monday.",
        "Next paragraph.",
    ]


def test_split_lines_keeps_one_line_per_block_without_blank_lines() -> None:
    # no blank lines at all: every line is its own block, even if the next starts in lower case
    text = "Read more\nlower-case teaser line"
    assert len(split_lines(text)) == 2


@pytest.mark.parametrize(
    ("line", "sentence", "title"),
    [
        ("The council approved the new budget on Monday, officials said.", True, False),
        ("Mayor Opens New Bridge Over The River", False, True),
        ("He said: “We will not back down.”", True, False),  # closing quote after the stop
        ("市議会は月曜日に新しい予算を承認した。", True, False),  # no spaces, no case
    ],
)
def test_line_shape(line: str, sentence: bool, title: bool) -> None:
    (unit,) = split_lines(line)
    assert unit.ends_sentence == sentence
    assert unit.title_like == title
