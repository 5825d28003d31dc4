"""Reading a partition gives exactly the items the serial loader gives, in the same order."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from quotegraph.article import Failure
from quotegraph.ingest import RawDocument, iter_documents, iter_warc
from quotegraph.scale import iter_partition, iter_warc_range, plan_partitions


def _as_dict(item: RawDocument | Failure) -> dict[str, object]:
    return {"type": type(item).__name__, **asdict(item)}


@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_read_partitions_equal_serial_loader(corpus: dict[str, Path], size: int) -> None:
    inputs = [corpus["docs"], corpus["jsonl"]]
    batch = [_as_dict(i) for p in plan_partitions(inputs, partition_size=size) for i in iter_partition(p)]
    serial = [_as_dict(i) for i in iter_documents(inputs)]
    assert batch == serial
    # the bad JSONL lines keep their line numbers in the whole file
    sources = [d["source"] for d in batch if d["type"] == "Failure"]
    assert f"{corpus['jsonl']}:4" in sources and f"{corpus['jsonl']}:7" in sources


@pytest.mark.parametrize("size", [1, 3, 100])
def test_read_warc_ranges_equal_whole_file(corpus: dict[str, Path], size: int) -> None:
    whole = [_as_dict(i) for i in iter_warc_range(corpus["warc"])]
    parts = [_as_dict(i) for p in plan_partitions([corpus["warc"]], partition_size=size) for i in iter_partition(p)]
    assert parts == whole
    assert [d["url"] for d in whole] == [f"https://news.example/story/{i}" for i in range(4)]  # no request, no 404
    assert all(d["type"] == "RawDocument" and d["format"] == "html" for d in whole)


def test_read_warc_damaged_tail_is_a_failure(tmp_path: Path, corpus: dict[str, Path]) -> None:
    data = corpus["warc"].read_bytes()
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(data + b"this is not a WARC record\r\n\r\n")
    items = list(iter_warc_range(broken))
    assert [type(i).__name__ for i in items] == ["RawDocument"] * 4 + ["Failure"]
    assert "cannot be read past" in items[-1].message  # type: ignore[union-attr]


def test_read_missing_jsonl_is_a_failure(tmp_path: Path) -> None:
    (part,) = plan_partitions([tmp_path / "gone.jsonl"])
    (item,) = iter_partition(part)
    assert isinstance(item, Failure) and "no such file" in item.message


def test_read_warc_ranges_equal_the_ingest_reader(corpus: dict[str, Path]) -> None:
    whole = [_as_dict(i) for i in iter_warc(corpus["warc"])]
    parts = [_as_dict(i) for p in plan_partitions([corpus["warc"]], partition_size=2) for i in iter_partition(p)]
    assert parts == whole
