"""Planning: partitions cover the inputs in order, by position, and their ids are stable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotegraph.errors import InputError
from quotegraph.scale import Partition, plan_partitions


def _jsonl(path: Path, n: int, *, blank_every: int = 0) -> Path:
    lines = []
    for i in range(n):
        lines.append(json.dumps({"id": str(i), "text": f"Line {i} of the file."}))
        if blank_every and i % blank_every == 0:
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lines", "size", "expected_parts"),
    [
        (10, 3, 4),  # 3 + 3 + 3 + 1
        (9, 3, 3),  # exact multiple: no empty tail partition
        (1, 500, 1),
        (5, 1, 5),
    ],
)
def test_plan_jsonl_line_ranges_cover_the_file(tmp_path: Path, lines: int, size: int, expected_parts: int) -> None:
    path = _jsonl(tmp_path / "a.jsonl", lines)
    parts = list(plan_partitions([path], partition_size=size))
    assert len(parts) == expected_parts
    assert [p.kind for p in parts] == ["jsonl"] * expected_parts
    data = path.read_bytes()
    assert parts[0].start == 0 and parts[-1].end == len(data)
    for before, after in zip(parts, parts[1:]):
        assert before.end == after.start  # contiguous, no gaps or overlaps
        assert data[after.start - 1:after.start] == b"\n"  # cut at line ends
        assert after.first_line == before.first_line + size


def test_plan_jsonl_without_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "1", "text": "One."}\n{"id": "2", "text": "Two."}')
    parts = list(plan_partitions([path], partition_size=1))
    assert [(p.start, p.end, p.first_line) for p in parts] == [(0, 28, 1), (28, path.stat().st_size, 2)]


def test_plan_folder_in_read_path_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.html", "a/y.md", ".hidden.txt", "c.csv", "d.TXT", "a0.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    parts = list(plan_partitions([tmp_path], partition_size=2))
    paths = [Path(p).relative_to(tmp_path).as_posix() for part in parts for p in part.paths]
    # sorted(rglob) order; hidden files and unknown suffixes are left out, as read_path does
    assert paths == ["a/y.md", "a/z.html", "a0.txt", "b.txt", "d.TXT"]
    assert [len(p.paths) for p in parts] == [2, 2, 1]


def test_plan_folder_splits_jsonl_and_warc_out_of_file_groups(corpus: dict[str, Path]) -> None:
    parts = list(plan_partitions([corpus["root"]], partition_size=100))
    assert [p.kind for p in parts] == ["warc", "files", "jsonl"]  # crawl.warc.gz, docs/…, news.jsonl


def test_plan_warc_by_page_records(corpus: dict[str, Path]) -> None:
    parts = list(plan_partitions([corpus["warc"]], partition_size=3))
    assert [p.kind for p in parts] == ["warc", "warc"]
    assert parts[0].start == 0 and parts[-1].end == corpus["warc"].stat().st_size
    assert parts[0].end == parts[1].start


def test_plan_ids_are_stable_and_distinct(corpus: dict[str, Path]) -> None:
    first = list(plan_partitions([corpus["jsonl"], corpus["jsonl"]], partition_size=4))
    again = list(plan_partitions([corpus["jsonl"], corpus["jsonl"]], partition_size=4))
    assert [p.id for p in first] == [p.id for p in again]
    assert len({p.id for p in first}) == len(first)  # the same file twice still gives distinct ids
    assert all(Partition.from_dict(p.to_dict()) == p for p in first)


def test_plan_id_changes_when_the_file_changes(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", 3)
    before = [p.id for p in plan_partitions([path], partition_size=10)]
    _jsonl(path, 4)
    after = [p.id for p in plan_partitions([path], partition_size=10)]
    assert before != after


def test_plan_missing_path_becomes_a_file_partition(tmp_path: Path) -> None:
    (part,) = plan_partitions([tmp_path / "nope.jsonl"])
    assert part.kind == "files" and part.paths == (str(tmp_path / "nope.jsonl"),)


@pytest.mark.parametrize(
    ("inputs", "size", "message"),
    [
        (["-"], 10, "standard input"),
        (["x.jsonl"], 0, "at least 1"),
    ],
)
def test_plan_rejects(inputs: list[str], size: int, message: str) -> None:
    with pytest.raises(InputError, match=message):
        list(plan_partitions(inputs, partition_size=size))


def test_plan_folder_does_not_follow_links_to_folders(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)  # would recurse for ever
    (tmp_path / "link.txt").symlink_to(tmp_path / "real" / "a.txt")  # a link to a file is read
    parts = list(plan_partitions([tmp_path], partition_size=10))
    paths = [Path(p).relative_to(tmp_path).as_posix() for part in parts for p in part.paths]
    assert paths == ["link.txt", "real/a.txt"]
