"""The public surface of quotegraph.speakers."""

from __future__ import annotations

import quotegraph.speakers as speakers


def test_speakers_exports() -> None:
    assert speakers.__all__ == ["attribute", "country_of", "holder_of"]
    for name in speakers.__all__:
        assert callable(getattr(speakers, name))
