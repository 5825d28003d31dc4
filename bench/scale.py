"""Scaling of `quotegraph batch` on a LocalCluster: articles/s with 1 and 2 workers, peak memory per worker.

    .venv/bin/python bench/scale.py                  # PolNeAR train (840 articles): serial, 1 and 2 workers, 10x input
    .venv/bin/python bench/scale.py --limit 100 --no-10x   # a quick look

Reads ``../shared/data/polnear/train.jsonl`` in place (never copied). The 10x
run passes the same file ten times, so the input is ten times larger without
a copy on disk. Throughput is timed from the first task to the last shard,
after every worker has loaded the pipeline; the serial baseline runs
``extract_documents`` in this process on the same articles, in the same run.
Peak RSS per worker is the kernel's high-water mark (``VmHWM``) of each
worker process; a psutil sampler on the worker processes cross-checks it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quotegraph import extract_documents  # noqa: E402
from quotegraph.ingest import iter_documents  # noqa: E402
from quotegraph.nlp import load_pipeline  # noqa: E402
from quotegraph.scale import PipelinePlugin, open_client, plan_batch, run_batch  # noqa: E402

DEFAULT_INPUT = REPO.parent / "shared" / "data" / "polnear" / "train.jsonl"


class _Sampler:
    """Polls the RSS of the worker processes every ``interval`` seconds; keeps the maximum per process."""

    def __init__(self, pids: list[int], interval: float = 0.25) -> None:
        self.procs = [psutil.Process(p) for p in pids]
        self.peak = {p: 0 for p in pids}
        self.interval = interval
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            for proc in self.procs:
                try:
                    self.peak[proc.pid] = max(self.peak[proc.pid], proc.memory_info().rss)
                except psutil.Error:
                    pass
            self.stop.wait(self.interval)

    def __enter__(self) -> _Sampler:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def _limited(path: Path, limit: int | None, tmp: Path) -> Path:
    """The input itself, or (with --limit) a temporary file of its first lines, deleted afterwards."""
    if not limit:
        return path
    part = tmp / f"first-{limit}.jsonl"
    with path.open("rb") as src, part.open("wb") as dst:
        for _, line in zip(range(limit), src):
            dst.write(line)
    return part


def _cpu_seconds() -> float:
    times = psutil.Process().cpu_times()
    return float(times.user + times.system)


def run_serial(path: Path) -> dict[str, Any]:
    nlp = load_pipeline()
    t0, c0 = time.perf_counter(), _cpu_seconds()
    n = sum(1 for _ in extract_documents(iter_documents([path]), model=nlp))
    seconds, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    return {"setup": "serial (no Dask, this process)", "workers": 0, "items": n, "seconds": seconds,
            "rate": n / seconds, "cpu_seconds": cpu, "rate_per_cpu_second": n / cpu,
            "load_after": round(os.getloadavg()[0], 2)}


def run_cluster(inputs: list[Path], workers: int, out: Path, partition_size: int, label: str) -> dict[str, Any]:
    t_start = time.perf_counter()
    plan = plan_batch(inputs, out, partition_size=partition_size, fresh=True)
    with open_client(workers=workers, memory_limit="6GB", dashboard_address=":0") as client:
        pids = list(client.run(os.getpid).values())
        # load the pipeline on every worker first, so the CPU time counted below is extraction only
        client.register_plugin(PipelinePlugin(plan.settings["model"]), name=PipelinePlugin.name)
        cpu0 = sum(client.run(_cpu_seconds).values())
        with _Sampler(pids) as sampler:
            report = run_batch(plan, client)
        cpu = sum(client.run(_cpu_seconds).values()) - cpu0
    total = time.perf_counter() - t_start
    items = report.articles + report.failures
    shard_bytes = sum(f.stat().st_size for f in out.rglob("*.parquet"))
    return {
        "setup": label, "workers": workers, "items": items, "partitions": report.ran,
        "seconds": report.seconds, "rate": report.articles_per_second, "wall_with_startup": total,
        "peak_rss_mb": sorted(round(v / 2**20) for v in report.peak_rss.values()),
        "sampled_rss_mb": sorted(round(v / 2**20) for v in sampler.peak.values()),
        "cpu_seconds": cpu, "rate_per_cpu_second": items / cpu,
        "quotes": report.totals.get("quotes", 0), "shard_kb_per_article": round(shard_bytes / 1024 / max(items, 1), 1),
        "load_after": round(os.getloadavg()[0], 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="JSONL of articles (default: PolNeAR train)")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--partition-size", type=int, default=50)
    ap.add_argument("--no-10x", dest="tenx", action="store_false", help="skip the 10x-input memory run")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args(argv)
    if not args.input.is_file():
        print(f"bench/scale.py: {args.input} not found (../shared beside the repo)", file=sys.stderr)
        return 2
    results: list[dict[str, Any]] = []
    print(f"1-min load before: {os.getloadavg()[0]:.2f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="quotegraph-bench-scale-") as tmp_name:
        tmp = Path(tmp_name)
        src = _limited(args.input, args.limit, tmp)
        results.append(run_serial(src))
        print(json.dumps(results[-1]), flush=True)
        for workers in (1, 2):
            results.append(run_cluster([src], workers, tmp / f"out{workers}", args.partition_size,
                                       f"batch, {workers} worker{'s' * (workers > 1)}"))
            print(json.dumps(results[-1]), flush=True)
        if args.tenx:
            results.append(run_cluster([src] * 10, 2, tmp / "out10x", args.partition_size,
                                       "batch, 2 workers, input x10"))
            print(json.dumps(results[-1]), flush=True)
    one = next(r for r in results if r["workers"] == 1)
    two = next(r for r in results if r["workers"] == 2)
    efficiency = two["rate"] / (2 * one["rate"])
    print()
    print("| setup | items | wall time (s) | articles/s (wall) | CPU s | articles per CPU s "
          "| peak RSS per worker (MB, VmHWM) | sampled RSS (MB) | shard kB/article | 1-min load after |")
    print("|---|---:|---:|---:|---:|---:|---|---|---:|---:|")
    for r in results:
        print(f"| {r['setup']} | {r['items']} | {r['seconds']:.1f} | {r['rate']:.2f} | {r['cpu_seconds']:.0f} | "
              f"{r['rate_per_cpu_second']:.2f} | {', '.join(map(str, r.get('peak_rss_mb', []))) or '–'} | "
              f"{', '.join(map(str, r.get('sampled_rss_mb', []))) or '–'} | {r.get('shard_kb_per_article', '–')} | "
              f"{r['load_after']} |")
    print(f"\nparallel efficiency, 2 workers vs 1 (wall clock): {efficiency:.0%} "
          f"(speed-up {two['rate'] / one['rate']:.2f}x)")
    print(f"CPU cost per article: 1 worker {one['cpu_seconds'] / one['items']:.3f} s, "
          f"2 workers {two['cpu_seconds'] / two['items']:.3f} s")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "efficiency": efficiency}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
