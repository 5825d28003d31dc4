"""Error analysis of the last ``bench/attribution.py`` run, by category.

    .venv/bin/python bench/attribution.py --split dev
    .venv/bin/python bench/error_analysis.py --split dev

Each gold attribution falls in one category: matched (content and source both
overlap, as the scorer's pair), wrong or missing source (content matched),
wrong content span (a prediction overlaps the content, under the threshold),
missed cue (no prediction touches it). Predictions that touch no gold content
are false positives. Counts are for all attributions and the direct subset.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    args = ap.parse_args(argv)
    spec = importlib.util.spec_from_file_location("score_attributions",
                                                  args.shared / "bench" / "score_attributions.py")
    sa = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(sa)  # type: ignore[union-attr]
    out = REPO / "bench" / "out"
    read = lambda p: {json.loads(l)["id"]: json.loads(l) for l in p.read_text(encoding="utf-8").split("\n") if l.strip()}  # noqa: E731
    gold = read(out / f"polnear-{args.split}-gold.jsonl")
    pred = read(out / f"polnear-{args.split}-attributions.jsonl")
    for subset in ("all", "direct"):
        cats: Counter[str] = Counter()
        for aid, g in gold.items():
            text = g["text"]
            gi = sa.prepare(g["attributions"], text, subset)
            pi = sa.prepare(pred.get(aid, {}).get("attributions"), text, subset)
            for a in gi:
                if not a["content"]:
                    continue
                overlaps = [(sa.overlap(p["content"], a["content"]), p) for p in pi if p["content"]]
                best, p = max(overlaps, key=lambda x: x[0], default=(0.0, None))
                if p is None or best == 0:
                    cats["missed cue"] += 1
                elif best < 0.5:
                    cats["wrong content span"] += 1
                elif not a["source"] and not p["source"]:
                    cats["matched"] += 1
                elif sa.overlap(p["source"], a["source"]) >= 0.5:
                    cats["matched"] += 1
                elif not p["source"]:
                    cats["missing source"] += 1
                else:
                    cats["wrong source"] += 1
            for p in pi:
                if p["content"] and not any(sa.overlap(p["content"], a["content"]) > 0 for a in gi):
                    cats["false positive"] += 1
        total = sum(v for k, v in cats.items() if k != "false positive")
        print(f"subset={subset}  gold={total}")
        for key in ("matched", "missing source", "wrong source", "wrong content span", "missed cue",
                    "false positive"):
            print(f"  {key:<20} {cats[key]:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
