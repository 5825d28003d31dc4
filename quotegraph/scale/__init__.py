"""Scale: extract an archive on a Dask cluster into Parquet shards, resumably.

The inputs are planned into partitions (line, record or file ranges, never
texts); each Dask worker loads the spaCy pipeline once and turns one
partition at a time into four Parquet shards (articles, quotes, entities,
failures) plus a manifest entry with row counts and checksums. A partition
with a complete entry is skipped on the next run, so a killed run resumes.

>>> from quotegraph.scale import plan_batch, open_client, run_batch
>>> plan = plan_batch(["archive.jsonl"], "shards/")            # doctest: +SKIP
>>> with open_client(workers=2) as client:                     # doctest: +SKIP
...     report = run_batch(plan, client)
"""

from ._load import ArticleSink, LoadReport, iter_articles, iter_results, load_into
from ._plan import DEFAULT_PARTITION_SIZE, Partition, plan_partitions
from ._read import iter_partition
from ._run import BatchPlan, BatchReport, open_client, plan_batch, run_batch
from ._shards import SCHEMAS, TABLES
from ._warc import iter_warc_range
from ._worker import PipelinePlugin, peak_rss, run_partition

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "TABLES",
    "SCHEMAS",
    "Partition",
    "plan_partitions",
    "iter_partition",
    "iter_warc_range",
    "BatchPlan",
    "BatchReport",
    "plan_batch",
    "open_client",
    "run_batch",
    "PipelinePlugin",
    "run_partition",
    "peak_rss",
    "ArticleSink",
    "LoadReport",
    "iter_results",
    "iter_articles",
    "load_into",
]
