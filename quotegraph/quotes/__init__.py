"""Quotes: direct, indirect and mixed quotations with their cues, found in a parsed Doc."""

from ._candidate import Candidate, CharSpan
from ._cues import CueLexicon, load_cues
from ._find import find_quotes

__all__ = ["Candidate", "CharSpan", "CueLexicon", "load_cues", "find_quotes"]
