"""quotegraph: who said what, about whom, and when — quotations and speakers from news articles.

>>> import quotegraph
>>> article = quotegraph.extract('"We will not give up," Keir Starmer said.')
>>> article.quotes[0].speaker_name
'Keir Starmer'
"""

import logging

from .article import SCHEMA, Article, Entity, Failure, Quote, Removed, Span
from .core import extract, extract_documents, extract_paths
from .errors import QuotegraphError

__all__ = [
    "SCHEMA",
    "Article",
    "Entity",
    "Failure",
    "Quote",
    "Removed",
    "Span",
    "QuotegraphError",
    "extract",
    "extract_documents",
    "extract_paths",
    "__version__",
]

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
