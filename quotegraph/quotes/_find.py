"""Find quotations in a parsed Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from ._candidate import Candidate
from ._cues import CueLexicon

__all__ = ["find_quotes"]


def find_quotes(doc: Doc, *, cues: CueLexicon) -> list[Candidate]:
    """Every quotation in ``doc``, in text order."""
    return []
