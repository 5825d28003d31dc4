"""Quality floor on the shared evaluation data (skips, saying why, where ../shared is absent).

The floors in ``floor.json`` may rise with the scores; lowering one is a
deliberate edit of that file, reviewed like any other change.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from quotegraph import Failure, extract_documents
from quotegraph.ingest import iter_jsonl

pytestmark = [pytest.mark.model, pytest.mark.slow]

FLOOR = json.loads((Path(__file__).with_name("floor.json")).read_text(encoding="utf-8"))


def _scorer(shared: Path, name: str):
    path = shared / "bench" / f"{name}.py"
    if not path.exists():
        pytest.skip(f"scorer {path} not found")
    spec = importlib.util.spec_from_file_location(f"_qg_{name}", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(scope="module")
def polnear_dev(shared_dir: Path, nlp):
    gold_path = shared_dir / "data" / "polnear" / "dev.jsonl"
    if not gold_path.exists():
        pytest.skip(f"{gold_path} not found")
    text = gold_path.read_text(encoding="utf-8")
    gold = {json.loads(line)["id"]: json.loads(line) for line in text.split("\n") if line.strip()}
    articles = {}
    for result in extract_documents(iter_jsonl(text, name=str(gold_path)), clean=False, model=nlp):
        assert not isinstance(result, Failure), result
        articles[result.id] = result.to_dict()
    return gold, articles


def test_attribution_floor_polnear_dev(shared_dir: Path, polnear_dev) -> None:
    gold, articles = polnear_dev
    sa = _scorer(shared_dir, "score_attributions")
    pred = {}
    for aid, d in articles.items():
        pred[aid] = {"attributions": [
            {"content": [[p["start"], p["end"]] for p in q["content_parts"]],
             "source": [[q["speaker_mention"]["start"], q["speaker_mention"]["end"]]] if q["speaker_mention"] else [],
             "cue": [[q["cue"]["start"], q["cue"]["end"]]] if q["cue"] else []}
            for q in d["quotes"]]}
    res = sa.score(gold, pred, 0.5, ("all", "direct"))["subsets"]
    got = {
        "all_content_overlap_f1": res["all"]["content"]["overlap"]["f1"],
        "all_pair_f1": res["all"]["pair"]["f1"],
        "direct_pair_f1": res["direct"]["pair"]["f1"],
    }
    for key, value in got.items():
        assert value >= FLOOR[key], f"{key} fell to {value:.4f} (floor {FLOOR[key]})"


def test_speaker_floor_polnear_dev(shared_dir: Path, polnear_dev, tmp_path: Path) -> None:
    import subprocess
    import sys

    gold = shared_dir / "data" / "polnear" / "speakers-dev.jsonl"
    scorer = shared_dir / "bench" / "score_speakers.py"
    if not gold.exists() or not scorer.exists():
        pytest.skip("speaker gold or scorer not found in ../shared")
    _, articles = polnear_dev
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(d) + "\n" for d in articles.values()), encoding="utf-8")
    out = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    res = json.loads(out.stdout)
    assert res["all"]["accuracy_strict"] >= FLOOR["speaker_accuracy_strict"], res["all"]
