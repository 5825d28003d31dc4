"""The public surface is pinned: a change to any ``__all__`` here is a change for its callers.

Add a name to the table in the same commit that exports it; removing one breaks
users and needs a deliberate decision.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

EXPORTS: dict[str, list[str]] = {
    "quotegraph": [
        "SCHEMA", "Article", "Entity", "Failure", "Quote", "Removed", "Span", "QuotegraphError", "extract",
        "extract_documents", "extract_paths", "__version__",
    ],
    "quotegraph.article": [
        "SCHEMA", "Span", "Removed", "Entity", "Quote", "Article", "Failure", "QuoteKind",
    ],
    "quotegraph.errors": [
        "QuotegraphError", "InputError", "BinaryInputError", "EmptyInputError", "EncodingError",
        "InputTooLargeError", "MarkupError", "ModelError", "FetchError", "NotFoundError", "StoreError",
        "ReadOnlyError", "ShardError", "ClusterError",
    ],
    "quotegraph.core": [
        "extract", "extract_documents", "extract_paths", "MAX_TEXT_CHARS",
    ],
    "quotegraph.component": [
        "QuotegraphComponent", "make_quotegraph", "ensure_registered", "set_context",
    ],
    "quotegraph.ingest": [
        "RawDocument", "InputFormat", "MAX_INPUT_BYTES", "load", "looks_like_html", "read_path",
        "iter_documents", "iter_jsonl", "Fetcher", "Fetched", "USER_AGENT", "MAX_FETCH_BYTES", "is_url",
        "looks_like_feed", "FeedItem", "parse_feed", "feed_documents", "iter_warc", "count_warc", "is_warc",
    ],
    "quotegraph.clean": [
        "CleanDocument", "clean_html", "clean_text", "passthrough", "split_authors",
    ],
    "quotegraph.nlp": [
        "DEFAULT_MODELS", "load_pipeline", "resolve_model_name",
    ],
    "quotegraph.quotes": [
        "Candidate", "CharSpan", "CueLexicon", "load_cues", "find_quotes",
    ],
    "quotegraph.speakers": [
        "attribute", "country_of", "holder_of",
    ],
    "quotegraph.store": [
        "Store", "AddResult", "Page", "QuoteHit", "SpeakerSummary", "SpeakerDetail", "StoredArticle",
        "MAX_LIMIT", "COUNT_CAP", "SCHEMA_VERSION", "EXPORT_FIELDS", "ingest", "IngestSummary",
    ],
    "quotegraph.api": [
        "create_app", "error_status", "MAX_PAGE_SIZE", "serve", "serve_in_background", "is_loopback",
    ],
    "quotegraph.web": [
        "ServerContext", "Extractor", "StoreFactory", "get_context", "MAX_BODY_BYTES", "router", "error_page",
        "highlight_article", "HighlightedArticle", "QuoteView", "timeline_svg", "demo_articles", "STATIC_DIR",
    ],
    "quotegraph.scale": [
        "DEFAULT_PARTITION_SIZE", "TABLES", "SCHEMAS", "Partition", "plan_partitions", "iter_partition",
        "iter_warc_range", "BatchPlan", "BatchReport", "plan_batch", "open_client", "run_batch",
        "PipelinePlugin", "run_partition", "peak_rss", "ArticleSink", "LoadReport", "iter_results",
        "iter_articles", "load_into",
    ],
    "quotegraph.cli": [
        "main",
    ],
}


@pytest.mark.parametrize("module", sorted(EXPORTS))
def test_exported_members_pinned(module: str) -> None:
    mod = importlib.import_module(module)
    assert list(mod.__all__) == EXPORTS[module]


@pytest.mark.parametrize("module", sorted(EXPORTS))
def test_exported_members_exist_once(module: str) -> None:
    mod = importlib.import_module(module)
    assert len(set(mod.__all__)) == len(mod.__all__), "a name is exported twice"
    missing = [name for name in mod.__all__ if not hasattr(mod, name)]
    assert missing == [], f"{module}.__all__ names what the module lacks"
    assert not [name for name in mod.__all__ if name.startswith("_") and name != "__version__"]


def test_exported_members_error_tree_has_one_root() -> None:
    import quotegraph.errors as errors

    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.QuotegraphError), name


def test_exported_members_version_matches_pyproject() -> None:
    import quotegraph

    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"', pyproject, flags=re.M)
    assert match is not None and quotegraph.__version__ == match.group(1)
