"""The clean stage's public surface."""

import quotegraph.clean


def test_clean_exports() -> None:
    assert quotegraph.clean.__all__ == ["CleanDocument", "clean_html", "clean_text", "passthrough", "split_authors"]


def test_split_authors_reads_bylines() -> None:
    split = quotegraph.clean.split_authors
    assert split("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    assert split("Heidi Przybyla, USA TODAY") == ["Heidi Przybyla", "USA TODAY"]
    assert split(["Jane Doe; John Roe", "Jane Doe"]) == ["Jane Doe", "John Roe"]
    assert split("None") == split("") == split(None) == split(42) == []
