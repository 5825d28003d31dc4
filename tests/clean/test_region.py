"""story_span: where the story lies among a page's lines."""

from __future__ import annotations

from quotegraph.clean._lines import split_lines
from quotegraph.clean._region import story_span
from quotegraph.clean._rules import line_reason

PARA = "The council approved the new budget on Monday after a three-hour debate, officials said."


def _span(lines: list[str]) -> list[str]:
    units = split_lines("\n".join(lines))
    reasons = [line_reason(u) for u in units]
    first, last = story_span(units, reasons)
    return [u.text for u in units[first : last + 1]]


def test_story_span_skips_menu_and_footer() -> None:
    lines = ["Home", "News", "Sport", PARA, PARA.replace("Monday", "Tuesday"), "Contact us", "Jobs"]
    assert _span(lines) == lines[3:5]


def test_story_span_takes_a_data_list_after_the_story() -> None:
    rows = [f"{n}. Springfield Rovers {n * 3} points" for n in range(1, 6)]
    lines = [PARA, PARA.replace("Monday", "Friday"), "The table:", *rows, "Share", "Facebook"]
    assert _span(lines) == lines[:-2]


def test_story_span_without_prose_keeps_everything() -> None:
    lines = ["Alpha", "Beta", "Gamma"]
    assert _span(lines) == lines
