"""Ingest rate: `quotegraph ingest` into a fresh database against bare extraction of the same pages.

    .venv/bin/python bench/ingest.py                 # articlebench HTML pages from ../shared (121)
    .venv/bin/python bench/ingest.py --repeat 2 --limit 60 --shared PATH

All sides run in one process, on the same pages, with the same loaded pipeline:

* ``extract``: :func:`quotegraph.extract` called once per page (the single-article API);
* ``extract_documents``: the batched pipeline over the same files (what ingest runs inside);
* ``ingest``: :func:`quotegraph.store.ingest` of the folder into a new database (reading, extraction,
  dedup, speaker linking, one transaction per article), and again into the same database, when
  every page is skipped as already stored;
* ``store only``: :meth:`Store.add_article` of the already extracted articles into a new database,
  the store's share of an ingest.

The pages are decompressed into a temporary folder outside the repository at run time and removed
afterwards; nothing from ../shared is copied into the repo.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quotegraph import Article, extract, extract_documents  # noqa: E402
from quotegraph.ingest import iter_documents  # noqa: E402
from quotegraph.nlp import load_pipeline  # noqa: E402
from quotegraph.store import Store, ingest  # noqa: E402


def _best(fn: Callable[[], int], repeat: int) -> tuple[float, int]:
    best, n = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n = fn()
        best = min(best, time.perf_counter() - t0)
    return best, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    pages = sorted((args.shared / "data" / "articlebench" / "html").glob("*.html.gz"))[: args.limit]
    if not pages:
        sys.exit(f"no pages under {args.shared}/data/articlebench/html")
    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for p in pages:
            (folder / p.name.removesuffix(".gz")).write_bytes(gzip.decompress(p.read_bytes()))
        files = sorted(folder.iterdir())
        list(extract_documents(iter_documents(files[:4]), model=nlp))  # warm-up

        def per_page() -> int:
            n = 0
            for f in files:
                try:
                    extract(f.read_bytes(), model=nlp, id=f.stem)
                    n += 1
                except Exception:
                    pass
            return n

        def batched() -> int:
            return sum(isinstance(r, Article) for r in extract_documents(iter_documents(files), model=nlp))

        extracted = [r for r in extract_documents(iter_documents(files), model=nlp) if isinstance(r, Article)]

        def store_only() -> int:
            state["i"] += 1
            with Store(Path(tmp) / f"c{state['i']}.db") as store:
                return sum(store.add_article(a).created for a in extracted)

        state = {"i": 0}

        def fresh() -> int:
            state["i"] += 1
            with Store(Path(tmp) / f"c{state['i']}.db") as store:
                return ingest([str(folder)], store, model=nlp).articles

        def again() -> int:
            with Store(Path(tmp) / f"c{state['i']}.db") as store:
                return ingest([str(folder)], store, model=nlp).skipped

        sides = [("extract (one call per page)", per_page), ("extract_documents (batched)", batched),
                 ("ingest into a new database", fresh), ("ingest again (all already stored)", again),
                 ("store only: add_article of the extracted articles", store_only)]
        best: dict[str, tuple[float, int]] = {}
        # Rounds interleave the sides, so a busy machine slows them alike; each side's best round counts.
        for _ in range(args.repeat):
            for name, fn in sides:
                seconds, n = _best(fn, 1)
                if name not in best or seconds < best[name][0]:
                    best[name] = (seconds, n)
        results = {name: {"seconds": round(sec, 2), "articles": n, "articles_per_s": round(len(files) / sec, 2)}
                   for name, (sec, n) in best.items()}
        with Store(Path(tmp) / f"c{state['i'] - 1}.db", read_only=True) as store:
            counts = store.counts()
    print("| path | pages | articles | seconds | pages/s |")
    print("|---|---:|---:|---:|---:|")
    for name, r in results.items():
        print(f"| {name} | {len(files)} | {r['articles']} | {r['seconds']} | {r['articles_per_s']} |")
    print(json.dumps({"pages": len(files), "python": platform.python_version(), "corpus": counts,
                      "results": results}))


if __name__ == "__main__":
    main()
