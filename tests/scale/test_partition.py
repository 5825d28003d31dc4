"""One partition in this process: shards written atomically, manifest entries, checksums, no redo."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from quotegraph.article import Article
from quotegraph.errors import ShardError
from quotegraph.scale import TABLES, iter_results, plan_partitions, run_partition
from quotegraph.scale._manifest import entry_is_complete, read_entry, verify_entry
from quotegraph.scale._shards import PartitionWriter

pytestmark = pytest.mark.model


def test_partition_writes_four_shards_and_an_entry(finished: Path) -> None:
    entries = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((finished / "_manifest").glob("*.json"))]
    assert entries
    for entry in entries:
        assert set(entry["shards"]) == set(TABLES)
        for table, info in entry["shards"].items():
            path = finished / info["file"]
            assert path.parent.name == table
            assert pq.ParquetFile(path).metadata.num_rows == info["rows"]
            assert path.stat().st_size == info["bytes"]
        assert entry["shards"]["articles"]["rows"] == entry["articles"]
        assert entry["shards"]["failures"]["rows"] == entry["failures"]
        assert entry["peak_rss"] > 0
        verify_entry(finished, entry)  # raises on a checksum mismatch
    assert not list(finished.rglob("*.tmp"))


def test_partition_quote_rows_match_the_articles(finished: Path) -> None:
    articles = [r for r in iter_results(finished) if isinstance(r, Article)]
    quotes = pq.read_table(finished / "quotes").to_pylist()
    assert len(quotes) == sum(len(a.quotes) for a in articles)
    for row in quotes:
        article = json.loads(pq.read_table(finished / "articles", filters=[
            ("partition", "=", row["partition"]), ("seq", "=", row["seq"])]).column("article")[0].as_py())
        quote = article["quotes"][row["quote"]]
        assert row["content"] == quote["content"]["text"]
        assert article["text"][row["content_start"]:row["content_end"]] == row["content"]


def test_partition_already_done_is_not_redone(finished: Path, corpus: dict[str, Path]) -> None:
    part = next(iter(plan_partitions([corpus["docs"], corpus["jsonl"], corpus["warc"]], partition_size=4)))
    before = (finished / "_attempts" / f"{part.id}.log").read_text(encoding="utf-8")
    entry = run_partition(part, str(finished))
    assert entry == read_entry(finished, part.id)
    assert (finished / "_attempts" / f"{part.id}.log").read_text(encoding="utf-8") == before


def test_writer_shows_nothing_before_commit(tmp_path: Path) -> None:
    writer = PartitionWriter(tmp_path, "000000-test")
    writer.add(Article(text="Nothing said here.", id="a"))
    assert not list(tmp_path.rglob("*.parquet"))  # only temporary names so far
    writer.abort()
    assert not list(tmp_path.rglob("*.parquet")) and not list(tmp_path.rglob("*.tmp"))


@pytest.mark.parametrize(
    "damage",
    [
        "delete_shard",  # a shard is gone
        "truncate_shard",  # a shard is shorter than recorded
        "drop_table",  # the entry lacks a table
    ],
)
def test_entry_is_incomplete_when_damaged(tmp_path: Path, damage: str) -> None:
    writer = PartitionWriter(tmp_path, "000000-test")
    writer.add(Article(text="Nothing said here.", id="a"))
    entry = {"partition": "000000-test", "shards": writer.commit()}
    assert entry_is_complete(tmp_path, entry)
    shard = tmp_path / entry["shards"]["articles"]["file"]
    if damage == "delete_shard":
        shard.unlink()
    elif damage == "truncate_shard":
        shard.write_bytes(shard.read_bytes()[:-10])
    else:
        del entry["shards"]["entities"]
    assert not entry_is_complete(tmp_path, entry)


def test_entry_checksum_mismatch_is_a_shard_error(tmp_path: Path) -> None:
    writer = PartitionWriter(tmp_path, "000000-test")
    writer.add(Article(text="Nothing said here.", id="a"))
    entry = {"partition": "000000-test", "shards": writer.commit()}
    entry["shards"]["quotes"]["sha256"] = "0" * 64
    with pytest.raises(ShardError, match="does not match the manifest"):
        verify_entry(tmp_path, entry)


def test_unreadable_entry_is_a_shard_error(tmp_path: Path) -> None:
    (tmp_path / "_manifest").mkdir()
    (tmp_path / "_manifest" / "000000-test.json").write_text("{", encoding="utf-8")
    with pytest.raises(ShardError, match="delete it to redo"):
        read_entry(tmp_path, "000000-test")


def test_results_need_a_batch_folder(tmp_path: Path) -> None:
    with pytest.raises(ShardError, match="no manifest.json"):
        list(iter_results(tmp_path))


@pytest.mark.parametrize(
    ("sizes", "expected"),
    [
        ([10] * 40, [16, 16, 8]),  # short articles: at most BATCH_ITEMS a batch
        ([60_000, 30_000, 20_000, 5_000], [2, 2]),  # 60k + 30k fits, 20k more would not
        ([250_000, 10, 10], [1, 2]),  # a very long article goes alone
        ([], []),
    ],
)
def test_chunks_bound_the_text_in_one_spacy_batch(sizes: list[int], expected: list[int]) -> None:
    from quotegraph.ingest import RawDocument
    from quotegraph.scale._worker import BATCH_CHARS, BATCH_ITEMS, _bounded_chunks

    assert (BATCH_CHARS, BATCH_ITEMS) == (100_000, 16)
    items = [RawDocument(text="x" * n, format="text", id=str(i)) for i, n in enumerate(sizes)]
    chunks = list(_bounded_chunks(items))
    assert [len(c) for c in chunks] == expected
    assert [i for c in chunks for i in c] == items  # order kept
