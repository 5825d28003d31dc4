"""Store: the corpus database (SQLite, WAL, FTS5) of articles, quotes and speakers across articles.

>>> from quotegraph.store import Store
>>> with Store("quotegraph.db") as store:                    # doctest: +SKIP
...     hits = store.search_quotes("ceasefire", since="2025-03-01")
"""

from ._export import EXPORT_FIELDS
from ._ingest import IngestSummary, ingest
from ._schema import SCHEMA_VERSION
from ._store import Store
from ._types import COUNT_CAP, MAX_LIMIT, AddResult, Page, QuoteHit, SpeakerDetail, SpeakerSummary, StoredArticle

__all__ = [
    "Store",
    "AddResult",
    "Page",
    "QuoteHit",
    "SpeakerSummary",
    "SpeakerDetail",
    "StoredArticle",
    "MAX_LIMIT",
    "COUNT_CAP",
    "SCHEMA_VERSION",
    "EXPORT_FIELDS",
    "ingest",
    "IngestSummary",
]
