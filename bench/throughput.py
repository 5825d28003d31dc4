"""Throughput: quotegraph's full path against bare ``nlp.pipe`` of the same spaCy model.

    .venv/bin/python bench/throughput.py                  # PolNeAR dev (no cleaning) + scrapedtext dev
    .venv/bin/python bench/throughput.py --repeat 3 --batch-size 16

Both sides run in one process over the same texts, with the same batch size:

* ``quotegraph``: :func:`quotegraph.extract_documents` — decoding, cleaning
  (off for PolNeAR, as ``--no-clean``; on for scrapedtext), spaCy, quotes and
  speakers, down to :class:`~quotegraph.article.Article` objects;
* ``spacy``: ``nlp.pipe`` of the same model and components, without the
  ``quotegraph`` component, over the input texts;
* ``spacy-clean`` (scrapedtext only): ``nlp.pipe`` over the texts the cleaner
  kept, so the quotegraph/spacy ratio is not flattered by the cleaner's cuts.

Rates are articles/s and input words/s (white-space separated words of the
input text); each side's best of ``--repeat`` runs counts, after one warm-up
batch. Reads ``../shared/data`` at run time and copies none of it.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quotegraph import Article, extract_documents  # noqa: E402
from quotegraph.clean import clean_text  # noqa: E402
from quotegraph.ingest import iter_jsonl  # noqa: E402
from quotegraph.nlp import load_pipeline, resolve_model_name  # noqa: E402


def _texts(path: Path, limit: int | None) -> tuple[str, list[str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit:
        lines = lines[:limit]
    return "\n".join(lines), [json.loads(line)["text"] for line in lines]


def _timed(fn: Callable[[], int]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) for one call of ``fn``."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


def run(name: str, path: Path, *, clean: bool, batch_size: int, repeat: int,
        limit: int | None) -> dict[str, object]:
    jsonl, texts = _texts(path, limit)
    words = sum(len(t.split()) for t in texts)
    full = load_pipeline()
    bare = load_pipeline(with_component=False)
    # quotegraph's own components (the paragraph marks before the parser, the quote finder last) are what
    # the comparison charges to quotegraph; the spaCy components must be the same
    if [p for p in full.pipe_names if p not in ("quotegraph", "quotegraph_paragraphs")] != bare.pipe_names:
        raise SystemExit(f"pipelines differ: {full.pipe_names} vs {bare.pipe_names}")
    # Warm up both (vocab, lazy tables, the cue lexicon) before timing.
    list(extract_documents(iter_jsonl(jsonl.split("\n", 1)[0], name="warmup"), clean=clean, model=full))
    list(bare.pipe(texts[:2], batch_size=batch_size))

    def quotegraph_side() -> int:
        results = list(extract_documents(iter_jsonl(jsonl, name=str(path)), clean=clean,
                                         model=full, batch_size=batch_size))
        ok = sum(isinstance(r, Article) for r in results)
        if ok != len(texts):
            print(f"  note: {len(texts) - ok} of {len(texts)} items failed", file=sys.stderr)
        return len(results)

    def spacy_side(inputs: list[str]) -> Callable[[], int]:
        return lambda: sum(1 for _ in bare.pipe(inputs, batch_size=batch_size))

    sides: dict[str, Callable[[], int]] = {"spacy": spacy_side(texts), "quotegraph": quotegraph_side}
    if clean:
        sides["spacy-clean"] = spacy_side([clean_text(t).text for t in texts])
    # Alternate the sides so drift in the machine's load hits all of them alike.
    wall: dict[str, float] = {side: float("inf") for side in sides}
    cpu: dict[str, float] = {side: float("inf") for side in sides}
    for _ in range(repeat):
        for side, fn in sides.items():
            w, c = _timed(fn)
            wall[side], cpu[side] = min(wall[side], w), min(cpu[side], c)
    n = len(texts)
    result: dict[str, object] = {"corpus": name, "articles": n, "words": words,
                                 "clean": clean, "batch_size": batch_size, "repeat": repeat}
    print(f"\n{name}: {n} articles, {words:,} input words, clean={clean}, "
          f"batch_size={batch_size}, best of {repeat}")
    print(f"  {'side':<12} {'wall s':>7} {'articles/s':>11} {'words/s':>8} {'cpu s':>7} "
          f"{'articles/cpu-s':>15} {'words/cpu-s':>12}")
    for side in sides:
        print(f"  {side:<12} {wall[side]:7.2f} {n / wall[side]:11.2f} {words / wall[side]:8.0f} "
              f"{cpu[side]:7.2f} {n / cpu[side]:15.2f} {words / cpu[side]:12.0f}")
        result[side] = {"wall_s": round(wall[side], 3), "cpu_s": round(cpu[side], 3),
                        "articles_per_s": round(n / wall[side], 2),
                        "words_per_s": round(words / wall[side]),
                        "articles_per_cpu_s": round(n / cpu[side], 2),
                        "words_per_cpu_s": round(words / cpu[side])}
    for base in [side for side in sides if side != "quotegraph"]:
        r_wall, r_cpu = wall[base] / wall["quotegraph"], cpu[base] / cpu["quotegraph"]
        print(f"  ratio quotegraph/{base}: {r_wall:.2f}x wall, {r_cpu:.2f}x cpu")
        result[f"ratio_vs_{base}"] = {"wall": round(r_wall, 3), "cpu": round(r_cpu, 3)}
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=3, help="runs per side; the best counts")
    ap.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    ap.add_argument("--only", choices=("polnear", "scrapedtext"), default=None)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args(argv)
    data = args.shared / "data"
    print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.platform()}, "
          f"python {platform.python_version()}, model {resolve_model_name()}")
    results = []
    if args.only in (None, "polnear"):
        results.append(run("polnear-dev", data / "polnear" / "dev.jsonl", clean=False,
                           batch_size=args.batch_size, repeat=args.repeat, limit=args.limit))
    if args.only in (None, "scrapedtext"):
        results.append(run("scrapedtext-dev", data / "scrapedtext" / "dev.jsonl", clean=True,
                           batch_size=args.batch_size, repeat=args.repeat, limit=args.limit))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
