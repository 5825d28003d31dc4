"""Main-text extraction benchmark: HTML (articlebench) and scraped plain text (scrapedtext).

In one run, scores with ``shared/bench/score_extraction.py``:

(a) ``trafilatura.extract`` with its defaults, and our ``clean_html``, on the
    article benchmark's HTML pages;
(b) keep-everything (the text as is), and our ``clean_text``, on the scraped
    plain text dev set.

Usage::

    .venv/bin/python bench/extraction.py [--shared PATH] [--json OUT.json] [--variants]

``--shared`` defaults to ``../shared`` beside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import platform
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent

# trafilatura settings compared when choosing clean_html's (--variants).
VARIANTS: dict[str, dict[str, bool]] = {
    "trafilatura no comments": {"include_comments": False},
    "  + favor_recall": {"include_comments": False, "favor_recall": True},
    "  + favor_precision": {"include_comments": False, "favor_precision": True},
    "trafilatura favor_precision": {"favor_precision": True},
}


def _scorer(shared: Path) -> ModuleType:
    path = shared / "bench" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer not found at {path}; pass --shared PATH")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(name: str, items: dict[str, str], fn: Callable[[str, str], str]) -> tuple[dict[str, Any], float, int]:
    """Predictions of ``fn(item_id, input)`` for every item, the seconds taken and the failures."""
    pred: dict[str, Any] = {}
    failures = 0
    start = time.perf_counter()
    for item_id, source in items.items():
        try:
            pred[item_id] = {"articleBody": fn(item_id, source)}
        except Exception as err:  # one bad page must not stop the benchmark
            failures += 1
            print(f"  {name}: {item_id[:12]} failed: {type(err).__name__}: {err}", file=sys.stderr)
            pred[item_id] = {"articleBody": ""}
    return pred, time.perf_counter() - start, failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared data folder")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ap.add_argument(
        "--variants",
        action="store_true",
        help="also score trafilatura.extract with the settings clean_html was chosen from",
    )
    args = ap.parse_args(argv)

    sys.path.insert(0, str(REPO))
    import trafilatura
    from trafilatura.utils import decode_file

    from quotegraph.clean import clean_html, clean_text

    shared: Path = args.shared
    scorer = _scorer(shared)
    bench_dir = shared / "data" / "articlebench"
    gold_html = scorer.load_gold(bench_dir)
    urls = {k: v.get("url") for k, v in gold_html.items()}
    pages = {
        item: decode_file(gzip.open(bench_dir / "html" / f"{item}.html.gz").read())
        for item in sorted(gold_html)
    }
    scraped = [
        json.loads(line)
        for line in (shared / "data" / "scrapedtext" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    gold_text = {r["id"]: {"articleBody": r["gold"]} for r in scraped}
    texts = {r["id"]: r["text"] for r in scraped}

    runs: list[tuple[str, str, dict[str, Any], dict[str, Any], float, int]] = []
    html_methods: list[tuple[str, Callable[[str, str], str]]] = [
        ("trafilatura.extract (defaults)", lambda i, h: trafilatura.extract(h, url=urls[i]) or ""),
        ("quotegraph clean_html", lambda i, h: clean_html(h, url=urls[i]).text),
    ]
    if args.variants:
        for label, options in VARIANTS.items():
            html_methods.append(
                (label, lambda i, h, o=options: trafilatura.extract(h, url=urls[i], **o) or "")
            )
    for label, fn in html_methods:
        pred, secs, fails = _run(label, pages, fn)
        runs.append(("articlebench HTML", label, gold_html, pred, secs, fails))
    for label, fn in (
        ("keep everything", lambda i, t: t),
        ("quotegraph clean_text", lambda i, t: clean_text(t).text),
    ):
        pred, secs, fails = _run(label, texts, fn)
        runs.append(("scrapedtext dev", label, gold_text, pred, secs, fails))

    rows = []
    header = f"{'data set':<18} {'method':<31} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'miss':>4} {'fail':>4} {'ms/doc':>7}"
    print(header)
    print("-" * len(header))
    for dataset, label, gold, pred, secs, fails in runs:
        res = scorer.score(gold, pred)
        ms = 1000 * secs / max(len(gold), 1)
        print(
            f"{dataset:<18} {label:<31} {res['f1']:>6.3f} {res['precision']:>6.3f} {res['recall']:>6.3f} "
            f"{res['accuracy']:>6.3f} {res['missing']:>4d} {fails:>4d} {ms:>7.2f}"
        )
        rows.append({
            "dataset": dataset, "method": label, "f1": res["f1"], "precision": res["precision"],
            "recall": res["recall"], "accuracy": res["accuracy"], "missing": res["missing"],
            "failures": fails, "docs": res["n_docs"], "seconds": secs,
        })
    print(f"\n{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
          f"trafilatura {trafilatura.__version__}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
