"""The weekly timeline: gaps filled with zeros, one bar a week, labels escaped."""

from __future__ import annotations

import re
from datetime import date

import pytest

from quotegraph.web import timeline_svg
from quotegraph.web._timeline import MAX_WEEKS, fill_weeks


def test_fill_weeks_adds_empty_weeks_between() -> None:
    weeks = fill_weeks([("2026-03-02", 2), ("2026-03-23", 1)])
    assert weeks == [(date(2026, 3, 2), 2), (date(2026, 3, 9), 0), (date(2026, 3, 16), 0), (date(2026, 3, 23), 1)]


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([], []),
        ([("not a date", 4)], []),  # dropped, not a crash
        ([("2026-03-04", 1), ("2026-03-05", 2)], [(date(2026, 3, 2), 3)]),  # snapped to Monday, summed
        ([("2026-03-02", -5)], [(date(2026, 3, 2), 0)]),  # negative counts are nonsense
    ],
)
def test_fill_weeks_cases(counts: list[tuple[str, int]], expected: list[tuple[date, int]]) -> None:
    assert fill_weeks(counts) == expected


def test_fill_weeks_keeps_the_most_recent_weeks() -> None:
    weeks = fill_weeks([("2010-01-04", 1), ("2026-03-02", 1)])
    assert len(weeks) == MAX_WEEKS
    assert weeks[-1] == (date(2026, 3, 2), 1)


def test_timeline_draws_one_bar_a_week_scaled_to_the_peak() -> None:
    svg = str(timeline_svg([("2026-03-02", 4), ("2026-03-16", 2)]))
    bars = re.findall(r'<rect class="bar" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)">', svg)
    assert len(bars) == 3
    tall, empty, half = map(float, bars)
    assert empty == 0 and tall == pytest.approx(2 * half)
    assert "week of 2026-03-16: 2 quotes" in svg


def test_timeline_escapes_its_label_and_handles_no_data() -> None:
    svg = str(timeline_svg([("2026-03-02", 1)], label='Quotes by <script>x</script> "me"'))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "<svg" not in str(timeline_svg([]))
