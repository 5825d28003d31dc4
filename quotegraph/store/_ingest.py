"""Build the corpus: read sources, extract each article, store it in its own transaction.

Inputs already stored (the same bytes, or the same URL) are skipped before
extraction, so running the same command again, or after a crash, only does
the missing work and leaves the database a clean run would give.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language

from ..article import Article, Failure
from ..core import extract_documents
from ..errors import QuotegraphError
from ..ingest import Fetcher, RawDocument
from ._dedup import raw_hash
from ._sources import Unit, plan_sources
from ._store import Store

__all__ = ["ingest", "IngestSummary"]

logger = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    """What one run did; ``errors`` holds (source, message) for each failed item."""

    run_id: int
    articles: int = 0
    duplicates: int = 0
    quotes: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


#: Called with ("planned", n) as the total grows, then ("article" | "duplicate" | "skipped" | "failed", quotes).
ProgressCallback = Callable[[str, int], None]


def ingest(sources: list[str], store: Store, *, model: str | Language | None = None,
           fetcher: Fetcher | None = None, clean: bool = True, batch_size: int = 16,
           progress: ProgressCallback | None = None, command: str | None = None) -> IngestSummary:
    """Ingest every source into ``store``; one bad item is recorded in ``runs`` and the rest go on."""
    report = progress or (lambda event, n: None)
    run_id = store.start_run(list(sources), command=command)
    summary = IngestSummary(run_id)
    pending: deque[tuple[str | None, str | None]] = deque()

    def fail(source: str | None, item_id: str | None, error: str, message: str) -> None:
        store.record_item(run_id, status="failed", source=source, item_id=item_id, error=error, message=message)
        summary.failed += 1
        summary.errors.append((source or item_id or "?", message))
        report("failed", 0)

    def documents() -> Iterator[RawDocument | Failure]:
        units: list[Unit] = []
        for unit in plan_sources(list(sources), fetcher=fetcher):
            units.append(unit)
            report("planned", unit.count)
        for unit in units:
            known_page = store.knows(url=unit.url) if unit.url else None
            if known_page is not None:  # a feed item already stored: do not fetch it again
                store.record_item(run_id, status="skipped", source=unit.name, item_id=unit.url,
                                  article_id=known_page, message="already stored")
                summary.skipped += 1
                report("skipped", 0)
                continue
            try:
                for item in unit.items():
                    if isinstance(item, Failure):
                        pending.append((None, item.source))
                        yield item
                        continue
                    digest = raw_hash(item.text)
                    known = store.knows(raw_digest=digest, url=item.url)
                    if known is not None:
                        store.record_item(run_id, status="skipped", source=item.source, item_id=item.id,
                                          article_id=known, message="already stored")
                        summary.skipped += 1
                        report("skipped", 0)
                        continue
                    pending.append((digest, item.source))
                    yield item
            except QuotegraphError as err:  # a source that breaks mid-way: record it, go on
                pending.append((None, unit.name))
                yield Failure(None, type(err).__name__, str(err), unit.name)

    status = "done"
    try:
        for result in extract_documents(documents(), clean=clean, model=model, batch_size=batch_size):
            digest, source = pending.popleft()
            if isinstance(result, Failure):
                fail(result.source or source, result.id, result.error, result.message)
                continue
            _store_one(store, result, run_id=run_id, digest=digest, source=source, summary=summary,
                       report=report, fail=fail)
    except BaseException:
        status = "interrupted"
        raise
    finally:
        try:
            store.finish_run(run_id, status=status)
        except QuotegraphError:
            logger.exception("could not mark run %d %s", run_id, status)
    return summary


def _store_one(store: Store, article: Article, *, run_id: int, digest: str | None, source: str | None,
               summary: IngestSummary, report: ProgressCallback,
               fail: Callable[[str | None, str | None, str, str], None]) -> None:
    try:
        result = store.add_and_record(article, run_id=run_id, raw_digest=digest, source=source)
    except QuotegraphError as err:
        fail(source, article.id, type(err).__name__, str(err))
        return
    if not result.created:
        summary.skipped += 1
        report("skipped", 0)
    elif result.duplicate_of is not None:
        summary.duplicates += 1
        summary.articles += 1
        report("duplicate", len(article.quotes))
    else:
        summary.articles += 1
        summary.quotes += len(article.quotes)
        report("article", len(article.quotes))
