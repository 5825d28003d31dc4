"""The clean stage's public surface."""

import quotegraph.clean


def test_clean_exports() -> None:
    assert quotegraph.clean.__all__ == ["CleanDocument", "clean_html", "clean_text", "passthrough"]
