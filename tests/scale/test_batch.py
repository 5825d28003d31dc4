"""Batch runs on a 2-worker LocalCluster: same results as serial extraction, resumable, load-safe."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from itertools import chain
from pathlib import Path
from typing import Any

import pytest

from quotegraph import extract_documents
from quotegraph.errors import ClusterError, ShardError
from quotegraph.ingest import iter_documents, iter_warc
from quotegraph.scale import iter_results, load_into, open_client, plan_batch, run_batch

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _inputs(corpus: dict[str, Path]) -> list[Path]:
    return [corpus["docs"], corpus["jsonl"], corpus["warc"]]


def _serial(corpus: dict[str, Path], nlp: Any) -> list[dict[str, Any]]:
    # the serial reference: quotegraph.ingest's readers, one after another
    items = chain(iter_documents([corpus["docs"], corpus["jsonl"]]), iter_warc(corpus["warc"]))
    return [r.to_dict() for r in extract_documents(items, model=nlp)]


@pytest.fixture(scope="module")
def serial(corpus: dict[str, Path], nlp: Any) -> list[dict[str, Any]]:
    return _serial(corpus, nlp)


def _attempts(out: Path) -> dict[str, list[dict[str, Any]]]:
    return {
        log.stem: [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
        for log in sorted((out / "_attempts").glob("*.log"))
    }


def _events(out: Path, event: str) -> Counter[str]:
    return Counter({pid: sum(e["event"] == event for e in log) for pid, log in _attempts(out).items()})


@pytest.mark.parametrize("size", [2, 5])
def test_batch_same_results_as_serial(corpus: dict[str, Path], client: Any, serial: list[dict[str, Any]],
                                      tmp_path: Path, size: int) -> None:
    plan = plan_batch(_inputs(corpus), tmp_path / "out", partition_size=size)
    report = run_batch(plan, client)
    batch = [r.to_dict() for r in iter_results(tmp_path / "out")]
    assert batch == serial
    assert report.ran == len(plan.partitions) and report.skipped == 0
    n_failures = sum(1 for d in serial if d["schema"] == "quotegraph/failure@1")
    assert n_failures == 4  # empty file, binary file, bad JSON line, object without text
    assert report.totals["articles"] == len(serial) - n_failures
    assert report.totals["failures"] == n_failures
    assert report.totals["quotes"] == sum(len(d.get("quotes", [])) for d in serial)
    assert set(_events(tmp_path / "out", "done").values()) == {1}


def test_open_client_local_workers_run_one_thread_without_the_profiler(client: Any) -> None:
    import dask

    assert sorted(client.nthreads().values()) == [1, 1]
    enabled = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    assert list(enabled.values()) == [False, False]


def test_batch_uses_both_workers(corpus: dict[str, Path], client: Any, tmp_path: Path) -> None:
    plan = plan_batch(_inputs(corpus), tmp_path / "out", partition_size=1)
    report = run_batch(plan, client)
    pids = {e["pid"] for log in _attempts(tmp_path / "out").values() for e in log}
    assert len(pids) == 2
    assert len(report.peak_rss) == 2 and all(v > 0 for v in report.peak_rss.values())


def test_batch_rerun_skips_finished_partitions(corpus: dict[str, Path], client: Any, serial: list[dict[str, Any]],
                                               tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(plan_batch(_inputs(corpus), out, partition_size=3), client)
    # simulate a lost partition: its shards and manifest entry are gone
    victim = sorted((out / "_manifest").glob("*.json"))[2].stem
    for table in ("articles", "quotes", "entities", "failures"):
        (out / table / f"{victim}.parquet").unlink()
    (out / "_manifest" / f"{victim}.json").unlink()
    entries_before = {p.name: p.read_bytes() for p in (out / "_manifest").glob("*.json")}
    plan = plan_batch(_inputs(corpus), out, partition_size=3)
    assert [p.id for p in plan.todo] == [victim]
    report = run_batch(plan, client)
    assert report.ran == 1 and report.skipped == len(plan.partitions) - 1
    starts = _events(out, "start")
    assert starts[victim] == 2 and all(n == 1 for pid, n in starts.items() if pid != victim)
    for name, data in entries_before.items():  # finished partitions were not rewritten
        assert (out / "_manifest" / name).read_bytes() == data
    assert [r.to_dict() for r in iter_results(out)] == serial


def test_batch_resumes_after_the_run_is_killed(client: Any, nlp: Any, make_article: Any, tmp_path: Path) -> None:
    src = tmp_path / "long.jsonl"
    src.write_text("".join(json.dumps({"id": f"k{i}", "text": make_article(i, paragraphs=8)}) + "\n"
                           for i in range(10)), encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-c", "from quotegraph.cli import main; main()", "batch", str(src),
           "--out", str(out), "--workers", "1", "--partition-size", "1", "--memory-limit", "2GB"]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        # wait for a partition's "done" line, the last thing a partition writes, so the kill
        # cannot fall between its manifest entry and its attempt log
        while not any('"done"' in log.read_text(encoding="utf-8") for log in (out / "_attempts").glob("*.log")):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the batch run ended or stalled before its first shard: {proc.stderr.read()!r}")  # type: ignore[union-attr]
            time.sleep(0.01)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the client, its scheduler and its worker, mid-run
        proc.wait()
        proc.stderr.close()  # type: ignore[union-attr]
    finished = {p.stem: p.read_bytes() for p in (out / "_manifest").glob("*.json")}
    plan = plan_batch([src], out, partition_size=1)
    assert 1 <= len(finished) < len(plan.partitions)  # killed mid-run
    assert {p.id for p in plan.todo} == {p.id for p in plan.partitions} - set(finished)

    run_batch(plan, client)

    done = _events(out, "done")
    assert set(done) == {p.id for p in plan.partitions} and set(done.values()) == {1}  # none done twice
    for pid, data in finished.items():
        assert (out / "_manifest" / f"{pid}.json").read_bytes() == data
        assert _events(out, "start")[pid] == 1
    expected = [r.to_dict() for r in extract_documents(iter_documents([src]), model=nlp)]
    assert [r.to_dict() for r in iter_results(out)] == expected


def test_batch_survives_a_killed_worker(client: Any, nlp: Any, make_article: Any, tmp_path: Path) -> None:
    src = tmp_path / "long.jsonl"
    src.write_text("".join(json.dumps({"id": f"w{i}", "text": make_article(i, paragraphs=8)}) + "\n"
                           for i in range(8)), encoding="utf-8")
    out = tmp_path / "out"
    plan = plan_batch([src], out, partition_size=1)
    worker_pids = set(client.run(os.getpid).values())
    result: dict[str, Any] = {}
    runner = threading.Thread(target=lambda: result.update(report=run_batch(plan, client)))
    runner.start()
    deadline = time.monotonic() + 120
    while not any((out / "_attempts").glob("*.log")) and time.monotonic() < deadline:
        time.sleep(0.01)
    logs = _attempts(out)
    busy = {e["pid"] for log in logs.values() for e in log} & worker_pids
    os.kill(busy.pop() if busy else next(iter(worker_pids)), signal.SIGKILL)
    runner.join(timeout=180)
    assert not runner.is_alive() and "report" in result
    done = _events(out, "done")
    assert set(done) == {p.id for p in plan.partitions} and set(done.values()) == {1}
    starts = _events(out, "start")
    assert sum(starts.values()) - len(plan.partitions) <= 1  # at most the killed worker's partition ran again
    expected = [r.to_dict() for r in extract_documents(iter_documents([src]), model=nlp)]
    assert [r.to_dict() for r in iter_results(out)] == expected


def test_batch_refuses_a_folder_of_other_inputs(corpus: dict[str, Path], client: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(plan_batch([corpus["jsonl"]], out, partition_size=4), client)
    with pytest.raises(ShardError, match="--fresh"):
        plan_batch([corpus["docs"]], out, partition_size=4)
    plan = plan_batch([corpus["docs"]], out, partition_size=4, fresh=True)
    assert plan.done == set() and not any((out / "_manifest").glob("*.json"))


class _FakeStore:
    """An ArticleSink that keeps articles by id, the way the store keys them."""

    def __init__(self) -> None:
        self.articles: dict[str, dict[str, Any]] = {}

    def add_article(self, article: Any) -> Any:
        created = article.id not in self.articles
        self.articles.setdefault(article.id, article.to_dict())
        return type("Result", (), {"created": created})()


def test_load_is_idempotent_and_round_trips(corpus: dict[str, Path], client: Any, serial: list[dict[str, Any]],
                                           tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(plan_batch(_inputs(corpus), out, partition_size=3), client)
    store = _FakeStore()
    first = load_into(store, out)
    second = load_into(store, out)
    articles = [d for d in serial if d["schema"] == "quotegraph/article@1"]
    assert first.articles == second.articles == len(articles)
    assert first.added == len(articles) and second.added == 0
    assert list(store.articles.values()) == articles


def test_load_into_the_store(corpus: dict[str, Path], client: Any, tmp_path: Path) -> None:
    store_module = pytest.importorskip("quotegraph.store")
    out = tmp_path / "out"
    run_batch(plan_batch(_inputs(corpus), out, partition_size=3), client)
    with store_module.Store(tmp_path / "corpus.db") as store:
        first = load_into(store, out)
        counts = store.counts()
        second = load_into(store, out)
        assert store.counts() == counts
    assert first.added > 0 and second.added == 0


def test_load_refuses_a_tampered_shard(corpus: dict[str, Path], client: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(plan_batch([corpus["jsonl"]], out, partition_size=4), client)
    shard = sorted((out / "articles").glob("*.parquet"))[0]
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0xFF
    shard.write_bytes(bytes(data))
    with pytest.raises(ShardError, match="checksum"):
        load_into(_FakeStore(), out)


def test_batch_partition_that_keeps_failing_is_a_cluster_error(corpus: dict[str, Path], client: Any,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "out"
    plan = plan_batch([corpus["jsonl"]], out, partition_size=4)
    (out / "articles").write_text("a file where the articles folder should be", encoding="utf-8")
    with pytest.raises(ClusterError, match="rerun the same command"):
        run_batch(plan, client)
    starts = _events(out, "start")
    assert max(starts.values()) == 3  # the first attempt and two retries


def test_batch_removes_leftovers_of_killed_attempts(corpus: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    plan_batch([corpus["jsonl"]], out, partition_size=4)
    leftover = out / "quotes" / ".000000-x.parquet.0123.tmp"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half a shard")
    plan_batch([corpus["jsonl"]], out, partition_size=4)
    assert not leftover.exists()


def test_open_client_unreachable_scheduler_is_a_cluster_error() -> None:
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler"):
        with open_client("tcp://127.0.0.1:9", connect_timeout="1s"):
            pass


def test_plan_is_reused_while_the_inputs_are_unchanged(corpus: dict[str, Path], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import quotegraph.scale._run as run_module

    out = tmp_path / "out"
    src = tmp_path / "a.jsonl"
    src.write_bytes(corpus["jsonl"].read_bytes())
    first = plan_batch([src, corpus["docs"]], out, partition_size=3)

    def no_scan(*args: object, **kwargs: object) -> None:
        raise AssertionError("the inputs were read again")

    monkeypatch.setattr(run_module, "plan_partitions", no_scan)
    again = plan_batch([src, corpus["docs"]], out, partition_size=3)
    assert again.partitions == first.partitions and again.fingerprint == first.fingerprint
    monkeypatch.undo()
    with src.open("ab") as fh:  # the file grew: planned again, and no longer the same inputs
        fh.write(b'{"id": "new", "text": "One more line."}\n')
    with pytest.raises(ShardError, match="other inputs"):
        plan_batch([src, corpus["docs"]], out, partition_size=3)
