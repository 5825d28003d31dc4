"""Canonical-speaker accuracy on PolNeAR: the real pipeline, or the resolver alone on gold sources.

    .venv/bin/python bench/speakers.py                 # quotegraph extract on dev, then the scorer
    .venv/bin/python bench/speakers.py --oracle        # gold source spans as speaker mentions
    .venv/bin/python bench/speakers.py --oracle --dump /tmp/oracle.jsonl --split train --limit 40
    .venv/bin/python bench/speakers.py --split train --gold /path/to/own-train-labels.jsonl

``--gold`` scores against another hand-labelled file in the same format (for
example labels made on train articles, to develop without looking at dev); only
the articles it names are run.

``--oracle`` builds one candidate per gold attribution (its content, cue and
source spans) and calls :func:`quotegraph.speakers.attribute` directly, so the
figure measures speaker resolution alone, apart from the quote finder. Data are
read from ``../shared`` and never copied.

Each run also scores a baseline on the same quotes: the speaker mention's own
text taken as the speaker's name (what quotegraph did before speaker
resolution), and prints both side by side.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
POLNEAR = SHARED / "data" / "polnear"
SCORER = SHARED / "bench" / "score_speakers.py"


def oracle(split: str, out: Path, limit: int | None, ids: set[str] | None) -> float:
    from quotegraph.article import Article
    from quotegraph.clean import split_authors
    from quotegraph.nlp import load_pipeline
    from quotegraph.quotes import Candidate
    from quotegraph.speakers import attribute, country_of

    nlp = load_pipeline(with_component=False)
    records = []
    with open(POLNEAR / f"{split}.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if ids is None or d["id"] in ids:
                records.append(d)
            if limit and len(records) >= limit:
                break
    t0 = time.perf_counter()
    spent = 0.0
    with open(out, "w", encoding="utf-8") as w:
        for d, doc in zip(records, nlp.pipe(r["text"] for r in records)):
            cands = [
                Candidate(kind="indirect", content=[tuple(s) for s in a["content"]] or [tuple(a["source"][0])],
                          cue=tuple(a["cue"][0]) if a["cue"] else None,
                          speaker=(a["source"][0][0], a["source"][-1][1]) if a["source"] else None)
                for a in d["attributions"]
            ]
            country = country_of(publisher=d.get("publisher"), url=None, text=d["text"])
            t1 = time.perf_counter()
            entities, quotes = attribute(doc, cands, published=d.get("date"), country=country,
                                         authors=split_authors(d.get("author")))
            spent += time.perf_counter() - t1
            art = Article(text=d["text"], id=d["id"], published=d.get("date"), publisher=d.get("publisher"),
                          entities=entities, quotes=quotes)
            w.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
    print(f"{len(records)} articles in {time.perf_counter() - t0:.1f}s (attribute: {spent:.2f}s)", file=sys.stderr)
    return spent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle", action="store_true", help="gold source spans as speaker mentions")
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--dump", type=Path, default=None, help="keep the predictions here")
    ap.add_argument("--gold", type=Path, default=None,
                    help="hand-labelled speakers to score against (default: speakers-dev.jsonl for dev)")
    args = ap.parse_args()
    gold = args.gold or POLNEAR / "speakers-dev.jsonl"
    scored = args.gold is not None or args.split == "dev"
    ids = {json.loads(line)["id"] for line in open(gold, encoding="utf-8")} if scored and args.limit is None else None
    out = args.dump or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    if args.oracle:
        oracle(args.split, out, args.limit, ids)
    else:
        source = POLNEAR / f"{args.split}.jsonl"
        if ids is not None:
            subset = out.with_suffix(".input.jsonl")
            with open(source, encoding="utf-8") as f, open(subset, "w", encoding="utf-8") as w:
                w.writelines(line for line in f if json.loads(line)["id"] in ids)
            source = subset
        with open(out, "w", encoding="utf-8") as w:
            subprocess.run([str(REPO / ".venv/bin/quotegraph"), "extract", "--no-clean", "--input-format", "jsonl",
                            str(source), "--format", "jsonl"], stdout=w, check=False)
    if not scored:
        return 0
    base = out.with_suffix(".baseline.jsonl")
    with open(out, encoding="utf-8") as f, open(base, "w", encoding="utf-8") as w:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            for q in d.get("quotes", []):
                m = q.get("speaker_mention")
                q["speaker_name"], q["speaker"] = (m["text"] if m else None), None
            w.write(json.dumps(d) + "\n")
    ours, baseline = (json.loads(subprocess.run([sys.executable, str(SCORER), str(gold), str(p), "--json"],
                                                capture_output=True, text=True, check=True).stdout)
                      for p in (out, base))
    print(f"{'how':10} {'gold':>5} {'matched':>7} {'acc':>7} {'lenient':>7} {'e2e':>7}   {'baseline acc':>12}")
    for key in ["all"] + sorted(k for k in ours if k != "all"):
        r, b = ours[key], baseline.get(key, {})
        print(f"{key:10} {r['gold']:5d} {r['matched']:7d} {r['accuracy_strict']:7.3f} {r['accuracy_lenient']:7.3f} "
              f"{r['end_to_end_strict']:7.3f}   {b.get('accuracy_strict', 0):12.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
