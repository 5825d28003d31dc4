"""Web: the server-rendered HTML pages (search, speakers, article, add) and their assets.

The app itself is built by :func:`quotegraph.api.create_app`; this package
holds the pages, the per-server :class:`ServerContext`, and the helpers that
turn an article into escaped, highlighted HTML and a speaker's weekly counts
into an SVG chart.
"""

from pathlib import Path

from ._context import MAX_BODY_BYTES, Extractor, ServerContext, StoreFactory, get_context
from ._demo import demo_articles
from ._highlight import HighlightedArticle, QuoteView, highlight_article
from ._pages import error_page, router
from ._timeline import timeline_svg

#: CSS and script served under ``/static``.
STATIC_DIR = Path(__file__).resolve().parent / "static"

__all__ = [
    "ServerContext", "Extractor", "StoreFactory", "get_context", "MAX_BODY_BYTES", "router", "error_page",
    "highlight_article", "HighlightedArticle", "QuoteView", "timeline_svg", "demo_articles", "STATIC_DIR",
]
