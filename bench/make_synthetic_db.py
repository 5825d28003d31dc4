"""Build a synthetic corpus database for search benchmarks (default: 1,000,000 quotes).

    .venv/bin/python bench/make_synthetic_db.py                      # bench/out/synthetic.db
    .venv/bin/python bench/make_synthetic_db.py --quotes 100000 --out /tmp/small.db

Everything is invented and seeded: pseudo-words drawn from a Zipf distribution
(plus a few news words such as "ceasefire" at fixed rates), 5,000 speakers
quoted with a Zipf skew, 60 publishers, dates 2015–2026, 5% of articles marked
as syndicated duplicates. The schema is the Store's own (created by opening a
:class:`~quotegraph.store.Store`); rows are then bulk-inserted with the FTS
triggers in place. Entity and mention rows are left out: search does not read them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quotegraph.store import Store  # noqa: E402
from quotegraph.store._keys import day_number, publisher_key, sort_key  # noqa: E402

QUOTES_PER_ARTICLE = 10
#: Words with a known share of quotes, so benchmark queries have predictable match counts.
NEWS_WORDS = {"ceasefire": 0.01, "budget": 0.02, "inflation": 0.005, "hospital": 0.03, "referendum": 0.001}
_SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "vo", "shi", "pra", "del", "nu", "gor", "bi", "sa", "tem", "qu", "zel"]
_FIRST = ["Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Keir", "Lena",
          "Marek", "Nadia", "Omar", "Paula", "Quentin", "Rosa", "Samir", "Tara", "Ugo", "Vera", "Wim", "Yara"]


def vocabulary(n: int) -> list[str]:
    words = ("".join(p) for k in (2, 3, 4) for p in itertools.product(_SYLLABLES, repeat=k))
    return [w for w in itertools.islice(words, n) if w not in NEWS_WORDS]


def build(out: Path, *, n_quotes: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    if out.exists():
        out.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(out) + suffix).unlink(missing_ok=True)
    Store(out).close()  # creates the schema
    store = Store(out)
    conn = store.connection
    conn.execute("PRAGMA synchronous = OFF")
    words = vocabulary(20_000)
    cum = list(itertools.accumulate(1 / (r + 1) ** 1.05 for r in range(len(words))))
    surnames = vocabulary(6_000)[1_000:]
    speakers = [(f"{rng.choice(_FIRST)} {surnames[i].capitalize()}") for i in range(5_000)]
    speaker_cum = list(itertools.accumulate(1 / (r + 1) ** 0.9 for r in range(len(speakers))))
    publishers = [f"The {w.capitalize()} Post" for w in vocabulary(60)]
    start_day = date(2015, 1, 1)
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO speakers (id, name, type, key, first, last) VALUES (?, ?, 'PERSON', ?, ?, ?)",
        [(i + 1, n, n.lower(), n.split()[0].lower(), n.split()[1].lower()) for i, n in enumerate(speakers)])
    conn.executemany("INSERT INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)",
                     [(i + 1, n, n.lower()) for i, n in enumerate(speakers)])
    n_articles = max(1, n_quotes // QUOTES_PER_ARTICLE)
    quote_rows: list[tuple[object, ...]] = []
    article_rows: list[tuple[object, ...]] = []
    qid = 0
    for a in range(1, n_articles + 1):
        day = (start_day + timedelta(days=rng.randrange(4_300))).isoformat()
        publisher = publishers[rng.randrange(len(publishers))]
        duplicate_of = rng.randrange(1, a) if a > 1 and rng.random() < 0.05 else None
        days, pkey = day_number(day), publisher_key(publisher)
        kind = "direct" if rng.random() < 0.7 else rng.choice(["indirect", "mixed"])
        parts: list[str] = []
        pos = 0
        who = rng.choices(range(1, len(speakers) + 1), cum_weights=speaker_cum, k=QUOTES_PER_ARTICLE)
        for position in range(QUOTES_PER_ARTICLE):
            content_words = rng.choices(words, cum_weights=cum, k=rng.randint(8, 25))
            for word, share in NEWS_WORDS.items():
                if rng.random() < share:
                    content_words[rng.randrange(len(content_words))] = word
            content = " ".join(content_words).capitalize()
            name = speakers[who[position] - 1]
            sentence = f'"{content}," {name} said. '
            qid += 1
            quote_rows.append((qid, a, position, kind, content, pos + 1, pos + 1 + len(content), "said", name,
                               name, who[position], "name", 0.9, day, publisher, 0 if duplicate_of else 1,
                               sort_key(days, qid), pkey))
            parts.append(sentence)
            pos += len(sentence)
        text = "".join(parts).strip()
        doc = {"schema": "quotegraph/article@1", "id": str(a), "url": f"https://news{a % 60}.example/{a}",
               "title": f"Story {a}", "published": day, "publisher": publisher, "authors": [], "language": "en",
               "text": text, "removed": [], "entities": [], "quotes": [], "warnings": []}
        article_rows.append((a, f"https://news{a % 60}.example/{a}", doc["url"], f"https://news{a % 60}.example/{a}",
                             f"h{a}", f"Story {a}", day, day, publisher, text, json.dumps(doc), duplicate_of,
                             QUOTES_PER_ARTICLE, "2026-11-25T00:00:00+00:00"))
        if len(quote_rows) >= 50_000:
            _flush(conn, article_rows, quote_rows)
    _flush(conn, article_rows, quote_rows)
    conn.execute("UPDATE speakers SET quote_count = coalesce((SELECT count(*) FROM quotes q"
                 " WHERE q.speaker_id = speakers.id AND q.counted = 1), 0)")
    conn.execute("INSERT INTO speaker_weeks (speaker_id, week, n) SELECT speaker_id,"
                 " date(pub_date, 'weekday 0', '-6 days'), count(*) FROM quotes WHERE counted = 1 GROUP BY 1, 2")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return {"articles": n_articles, "quotes": qid, "seconds": time.perf_counter() - t0,
            "megabytes": out.stat().st_size / 1e6}


def _flush(conn: object, articles: list[tuple[object, ...]], quotes: list[tuple[object, ...]]) -> None:
    conn.executemany(  # type: ignore[attr-defined]
        "INSERT INTO articles (id, key, url, canonical_url, content_hash, title, published, pub_date, publisher,"
        " text, document, duplicate_of, quote_count, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        articles)
    conn.executemany(  # type: ignore[attr-defined]
        'INSERT INTO quotes (id, article_id, position, kind, content, start, "end", cue, speaker_mention,'
        " speaker_name, speaker_id, resolution, confidence, pub_date, publisher, counted, sort_key, publisher_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", quotes)
    articles.clear()
    quotes.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "synthetic.db")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    stats = build(args.out, n_quotes=args.quotes, seed=args.seed)
    print(json.dumps({"out": str(args.out), **{k: round(v, 1) for k, v in stats.items()}}))


if __name__ == "__main__":
    main()
