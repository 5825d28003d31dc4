"""Attribution quality on PolNeAR: run quotegraph with --no-clean and score it.

    .venv/bin/python bench/attribution.py                 # dev split, both subsets
    .venv/bin/python bench/attribution.py --split train --limit 150

Reads ``../shared/data/polnear`` (never copied into this repository), writes
predictions to ``bench/out/`` and prints the scorer's table. With
``--speakers`` it also scores canonical speakers on the hand-labelled part of dev.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quotegraph import Failure, extract_documents  # noqa: E402
from quotegraph.ingest import iter_jsonl  # noqa: E402


def to_scorer(article: dict) -> dict:
    """quotegraph/article@1 → the scorer's {"id", "attributions": [{source, cue, content}]}."""
    attrs = []
    for q in article["quotes"]:
        mention = q.get("speaker_mention")
        attrs.append({
            "content": [[p["start"], p["end"]] for p in q.get("content_parts") or [q["content"]]],
            "source": [[mention["start"], mention["end"]]] if mention else [],
            "cue": [[q["cue"]["start"], q["cue"]["end"]]] if q.get("cue") else [],
        })
    return {"id": article["id"], "attributions": attrs}


def _textacy_baseline(lines: list[str], path: Path) -> None:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        raise SystemExit("the baseline needs textacy: .venv/bin/pip install textacy")
    from quotegraph.nlp import load_pipeline

    nlp = load_pipeline(with_component=False)
    items = [json.loads(line) for line in lines]
    with path.open("w", encoding="utf-8") as f:
        for item, doc in zip(items, nlp.pipe(item["text"] for item in items)):
            attrs = []
            try:
                triples = list(direct_quotations(doc))
            except Exception as err:  # it gives up on a whole article over one odd quote mark
                print(f"textacy failed on {item['id']}: {err}", file=sys.stderr)
                triples = []
            for speaker, cue, content in triples:
                def spans(toks):
                    return [[t.idx, t.idx + len(t.text)] for t in toks]
                attrs.append({
                    "content": [[content.start_char, content.end_char]],
                    "source": [[min(s for s, _ in spans(speaker)), max(e for _, e in spans(speaker))]] if speaker else [],
                    "cue": [[min(s for s, _ in spans(cue)), max(e for _, e in spans(cue))]] if cue else [],
                })
            f.write(json.dumps({"id": item["id"], "attributions": attrs}) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--speakers", action="store_true", help="also score canonical speakers (dev)")
    ap.add_argument("--baseline", action="store_true",
                    help="also score textacy's direct_quotations on the same texts and model (pip install textacy)")
    args = ap.parse_args(argv)
    gold = args.shared / "data" / "polnear" / f"{args.split}.jsonl"
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    # split on "\n" only: JSON strings may hold U+2028 and friends, which splitlines() breaks on
    lines = [line for line in gold.read_text(encoding="utf-8").split("\n") if line.strip()]
    if args.limit:
        lines = lines[: args.limit]
    gold_subset = out / f"polnear-{args.split}-gold.jsonl"
    gold_subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pred_path = out / f"polnear-{args.split}-quotegraph.jsonl"
    scorer_path = out / f"polnear-{args.split}-attributions.jsonl"
    t0 = time.perf_counter()
    n = 0
    with pred_path.open("w", encoding="utf-8") as pred, scorer_path.open("w", encoding="utf-8") as scored:
        for result in extract_documents(iter_jsonl("\n".join(lines), name=str(gold)), clean=False):
            if isinstance(result, Failure):
                print(f"failed: {result.id}: {result.message}", file=sys.stderr)
                continue
            d = result.to_dict()
            pred.write(json.dumps(d, ensure_ascii=False) + "\n")
            scored.write(json.dumps(to_scorer(d), ensure_ascii=False) + "\n")
            n += 1
    elapsed = time.perf_counter() - t0
    print(f"{n} articles in {elapsed:.1f} s")
    bench = args.shared / "bench"
    subprocess.run([sys.executable, str(bench / "score_attributions.py"), str(gold_subset), str(scorer_path),
                    "--subset", "both"], check=True)
    if args.baseline:
        print("\nbaseline: textacy.extract.triples.direct_quotations, same spaCy model, same texts")
        base_path = out / f"polnear-{args.split}-textacy.jsonl"
        _textacy_baseline(lines, base_path)
        subprocess.run([sys.executable, str(bench / "score_attributions.py"), str(gold_subset), str(base_path),
                        "--subset", "both"], check=True)
    if args.speakers:
        print()
        subprocess.run([sys.executable, str(bench / "score_speakers.py"),
                        str(args.shared / "data" / "polnear" / "speakers-dev.jsonl"), str(pred_path)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
