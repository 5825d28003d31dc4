"""Latency of ``quotegraph serve``: HTTP round trips against the same calls made on the Store directly.

    .venv/bin/python bench/serve_latency.py [--articles 2000] [--requests 200]

Builds a synthetic corpus (invented words and names, built by hand: no model),
serves it read-only with uvicorn on 127.0.0.1, and times sequential requests
with urllib, one connection a request (an httpx client reusing its connection
is timed too, for one endpoint: it stalls on Nagle's algorithm meeting delayed
ACKs, a client-side artefact, not server time). The baseline is the Store call each page or endpoint
makes, timed in the same process over the same database: the difference is
what the web layer costs (HTTP, validation, the per-request store, templates).
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import tempfile
import time
import urllib.request

import httpx
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quotegraph.api import create_app, serve_in_background  # noqa: E402
from quotegraph.article import Article  # noqa: E402
from quotegraph.store import Store  # noqa: E402
from quotegraph.web._demo import DemoQuote, build_article  # noqa: E402

_FIRST = "Ada Bruno Chiara Dmitri Elif Farah Goran Hana Ivo Jonas Kemal Lena Mateo Nadia Oskar Petra".split()
_LAST = "Abara Brandt Castell Duarte Eklund Ferreira Grieve Halloran Ibarra Jovanovic Kowal Lindahl".split()
_WORDS = ("harbour council budget storm wall river school hospital bridge election union strike tax rail "
          "housing water energy court police farm market museum festival library port ferry tunnel "
          "plan vote report deal cost delay repair flood tide road station contract minister mayor").split()


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    return " ".join(words).capitalize()


def synthetic_article(i: int, rng: random.Random) -> Article:
    people = {f"e{k}": (f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "PERSON", []) for k in range(3)}
    paragraphs, quotes = [f"{_sentence(rng, 14)} (report {i})."], []
    for k, (eid, (name, _, _)) in enumerate(people.items()):
        said = f"{_sentence(rng, 10)} number {i}-{k}"
        paragraphs.append(f"\u201c{said},\u201d {name} said. {_sentence(rng, 18)}.")
        quotes.append(DemoQuote(said, eid, "said", name))
    day = date(2024, 1, 1) + timedelta(days=i % 700)
    return build_article(id=f"bench-{i}", title=_sentence(rng, 6), url=f"https://bench.example/{i}",
                         published=day.isoformat(), publisher=f"Bench {i % 7}", paragraphs=paragraphs,
                         people=people, quotes=quotes)


def _times(fn: Callable[[], object], n: int) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def _row(name: str, http: list[float], base: list[float]) -> str:
    def p(xs: list[float], q: float) -> float:
        return statistics.quantiles(xs, n=100)[int(q) - 1]

    return (f"| {name} | {statistics.median(http):.2f} | {p(http, 95):.2f} | "
            f"{statistics.median(base):.3f} | {p(base, 95):.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        with Store(db) as store:
            for i in range(args.articles):
                store.add_article(synthetic_article(i, rng))
            counts = store.counts()
        build_s = time.perf_counter() - t0
        with Store(db, read_only=True) as store:
            sid = store.list_speakers(limit=1).items[0].id
            word = "harbour"
            article_id = args.articles // 2
            cases: list[tuple[str, str, Callable[[], object]]] = [
                ("GET /api/quotes?q=harbour", f"/api/quotes?q={word}", lambda: store.search_quotes(word)),
                ("GET /api/speakers/{id}", f"/api/speakers/{sid}", lambda: store.get_speaker(sid)),
                ("GET /api/articles/{id}", f"/api/articles/{article_id}", lambda: store.get_article(article_id)),
                ("GET /?q=harbour (page)", f"/?q={word}", lambda: store.search_quotes(word)),
                ("GET /speakers/{id} (page)", f"/speakers/{sid}", lambda: store.get_speaker(sid)),
                ("GET /articles/{id} (page)", f"/articles/{article_id}", lambda: store.get_article(article_id)),
            ]
            base = {name: _times(call, args.requests) for name, _, call in cases}
        opens = {mode: _times(lambda: Store(db, read_only=mode == "read-only").close(), args.requests)
                 for mode in ("read-only", "writable")}
        with serve_in_background(create_app(db, read_only=True)) as url:
            def get(path: str) -> Callable[[], object]:
                def call() -> object:
                    with urllib.request.urlopen(url + path) as r:
                        return r.read()
                return call

            http = {name: _times(get(path), args.requests) for name, path, _ in cases}
            with httpx.Client(base_url=url) as client:  # one kept-alive connection, for comparison
                kept = _times(lambda: client.get(f"/api/articles/{article_id}").raise_for_status(), args.requests)
    print(f"# serve latency, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.machine()}, "
          f"Python {platform.python_version()}")
    print(f"corpus: {args.articles} synthetic articles, {counts.get('quotes', '?')} quotes, "
          f"{counts.get('speakers', '?')} speakers (built in {build_s:.1f} s); {args.requests} sequential requests each")
    print()
    print("| request | HTTP p50 ms | HTTP p95 ms | Store call p50 ms | Store call p95 ms |")
    print("| --- | --- | --- | --- | --- |")
    for name, _, _ in cases:
        print(_row(name, http[name], base[name]))
    print()
    print(f"GET /api/articles/{{id}} with one kept-alive httpx connection: p50 {statistics.median(kept):.2f} ms")
    for mode, times in opens.items():
        print(f"Store open+close, {mode}: p50 {statistics.median(times):.2f} ms")


if __name__ == "__main__":
    main()
