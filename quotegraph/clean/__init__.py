"""Clean: keep an article's main text and metadata, drop boilerplate.

HTML goes through trafilatura (:func:`clean_html`); plain text that was
scraped with its page furniture goes through a line filter (:func:`clean_text`).
:func:`passthrough` keeps the text byte for byte, for ``--no-clean``.
"""

from ._document import CleanDocument, split_authors
from ._html import clean_html
from ._text import clean_text, passthrough

__all__ = ["CleanDocument", "clean_html", "clean_text", "passthrough", "split_authors"]
