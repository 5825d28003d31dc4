"""The public surface of quotegraph.scale is pinned: a change here is a change for its callers."""

from __future__ import annotations

import quotegraph.scale

EXPECTED = {
    "DEFAULT_PARTITION_SIZE", "TABLES", "SCHEMAS", "Partition", "plan_partitions", "iter_partition",
    "iter_warc_range", "BatchPlan", "BatchReport", "plan_batch", "open_client", "run_batch", "PipelinePlugin",
    "run_partition", "peak_rss", "ArticleSink", "LoadReport", "iter_results", "iter_articles", "load_into",
}


def test_exports_pinned() -> None:
    assert set(quotegraph.scale.__all__) == EXPECTED
    for name in EXPECTED:
        assert getattr(quotegraph.scale, name) is not None
