"""Extraction quality, scored with speechmine's own scorer (speechmine.evaluate, ANNOTATION.md's
scoring): every document with a gold file holds the figures recorded in tests/quality.json (less
0.01), and the project's own documents meet an absolute bar. The project's documents (examples/,
tests/data*/) run in any clone; ../shared's corpus and real documents skip when ../shared is absent
(a user's clone). `python bench/quality.py --record` updates the recorded figures."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

import speechmine
from speechmine.evaluate import evaluate, load_gold

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))
from quality import documents, key  # noqa: E402

RECORDED = json.loads((ROOT / "tests" / "quality.json").read_text(encoding="utf-8"))
TOLERANCE = 0.01
# the bar for the project's own documents and ../shared's corpus (written for the project)
THRESHOLDS = {"f1": 0.95, "party": 0.90, "path": 0.95, "deadline_f1": 0.90}
OWN = ("examples", "data")


def _located() -> dict[str, tuple[str, Path, Path]]:
    return {key(group, name): (group, source, gold) for group, name, source, gold in documents()}


HERE = _located()


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_recorded_figures_hold(name):
    if name not in HERE:
        if name.startswith(("real/", "shared corpus/")):
            pytest.skip(f"{name}: ../shared is not beside this checkout (a user's clone)")
        pytest.fail(f"{name}: recorded in tests/quality.json but its document or gold file is gone")
    group, source, gold = HERE[name]
    scores = evaluate(speechmine.extract(source), load_gold(gold))
    drops = {metric: (getattr(scores, metric), floor) for metric, floor in RECORDED[name].items()
             if getattr(scores, metric) < floor - TOLERANCE}
    assert not drops, (drops, scores.missed, scores.spurious)
    if group.startswith(OWN) or group == "shared corpus":
        short = {m: getattr(scores, m) for m, bar in THRESHOLDS.items() if getattr(scores, m) < bar}
        assert not short, (short, scores.missed, scores.spurious)


def test_every_document_with_gold_is_recorded():
    assert sorted(set(HERE) - set(RECORDED)) == []


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="../shared/eval/score.py is not here")
@pytest.mark.parametrize("name", ["real/real_report_hailar2019", "real/real_speech_sx_edu_2010",
                                  "shared corpus/seed_speech", "data8/township_minutes"])
def test_the_package_scorer_agrees_with_the_shared_scorer(name):
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    _, source, gold = HERE[name]
    result = speechmine.extract(source)
    theirs = shared.score(source.read_text(encoding="utf-8"), shared.load_items(gold),
                          json.loads(json.dumps(result.to_dict(), ensure_ascii=False))["items"])
    ours = evaluate(result, load_gold(gold))
    pairs = {"precision": "precision", "recall": "recall", "f1": "f1", "party_agreement": "party",
             "path_agreement": "path", "deadline_f1": "deadline_f1", "target_f1": "target_f1",
             "exact_party": "exact_party", "exact_deadline_f1": "exact_deadline_f1",
             "exact_target_f1": "exact_target_f1", "missed": "missed", "spurious": "spurious"}
    assert {k: theirs[k] for k in pairs} == {k: getattr(ours, v) for k, v in pairs.items()}
