"""Search latency: p50/p95 of Store queries over the synthetic corpus of bench/make_synthetic_db.py.

    .venv/bin/python bench/make_synthetic_db.py          # once: bench/out/synthetic.db, 1,000,000 quotes
    .venv/bin/python bench/search_latency.py             # --db PATH --repeat N

Each query of the mix below runs ``--repeat`` times (after one warm-up run)
through :meth:`Store.search_quotes` / :meth:`Store.list_speakers` on a
read-only Store, as `quotegraph search` and the web UI call them; the
baseline is a bare FTS5 ``MATCH`` with ``LIMIT 20`` (no count, no filters, no
ordering) for the text queries, timed in the same run on the same database.
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quotegraph.store import Store  # noqa: E402


def _queries(store: Store) -> list[tuple[str, Callable[[], object], str | None]]:
    top = store.list_speakers(limit=1).items[0]
    mid = store.list_speakers(limit=1, offset=500).items[0]
    return [
        ("common word (budget, ~2% of quotes)", lambda: store.search_quotes("budget"), "budget"),
        ("rare word (referendum, ~0.1%)", lambda: store.search_quotes("referendum"), "referendum"),
        ("two words AND (ceasefire hospital)", lambda: store.search_quotes("ceasefire hospital"),
         "ceasefire hospital"),
        ("frequent pseudo-word (top of the Zipf list)", lambda: store.search_quotes("kaka"), "kaka"),
        ("phrase", lambda: store.search_quotes('"kaka lo"'), '"kaka lo"'),
        ("word + top speaker", lambda: store.search_quotes("budget", speaker=top.id), None),
        ("word + speaker by name", lambda: store.search_quotes("ceasefire", speaker=mid.name), None),
        ("word + date range", lambda: store.search_quotes("ceasefire", since="2020-01-01", until="2020-12-31"),
         None),
        ("word + publisher", lambda: store.search_quotes("budget", publisher="The Kalo Post"), None),
        ("no text: speaker's latest", lambda: store.search_quotes(speaker=top.id), None),
        ("no text: newest quotes, page 10", lambda: store.search_quotes(offset=180), None),
        ("no text: date range", lambda: store.search_quotes(since="2024-03-01", until="2024-03-31"), None),
        ("speakers list", lambda: store.list_speakers(), None),
        ("speakers by prefix", lambda: store.list_speakers(query="ann"), None),
        ("speaker detail", lambda: store.get_speaker(top.id), None),
    ]


def _time(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=REPO / "bench" / "out" / "synthetic.db")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    if not args.db.is_file():
        sys.exit(f"{args.db} not found; build it with: .venv/bin/python bench/make_synthetic_db.py")
    raw = sqlite3.connect(f"{args.db.resolve().as_uri()}?mode=ro", uri=True)
    rows: list[dict[str, object]] = []
    all_store: list[float] = []
    all_bare: list[float] = []
    with Store(args.db, read_only=True) as store:
        n_quotes = store.connection.execute("SELECT max(id) FROM quotes").fetchone()[0]
        for label, fn, fts in _queries(store):
            times = _time(fn, args.repeat)
            all_store += times
            result = fn()
            total = getattr(result, "total", None)
            row: dict[str, object] = {"query": label, "matches": total, "p50_ms": round(_pct(times, 50), 2),
                                      "p95_ms": round(_pct(times, 95), 2)}
            if fts:
                bare = _time(lambda: raw.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT 20",
                                                 (fts,)).fetchall(), args.repeat)
                all_bare += bare
                row.update(bare_p50_ms=round(_pct(bare, 50), 2), bare_p95_ms=round(_pct(bare, 95), 2))
            rows.append(row)
    summary = {
        "db": str(args.db), "quotes": n_quotes, "repeat": args.repeat, "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version, "all_p50_ms": round(_pct(all_store, 50), 2),
        "all_p95_ms": round(_pct(all_store, 95), 2),
        "bare_fts_p50_ms": round(_pct(all_bare, 50), 2), "bare_fts_p95_ms": round(_pct(all_bare, 95), 2),
        "mean_ms": round(statistics.fmean(all_store), 2),
    }
    print("| query | matches | p50 ms | p95 ms | bare FTS p50 ms | bare FTS p95 ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['query']} | {r['matches'] if r['matches'] is not None else '–'} | {r['p50_ms']} | {r['p95_ms']} "
              f"| {r.get('bare_p50_ms', '–')} | {r.get('bare_p95_ms', '–')} |")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
