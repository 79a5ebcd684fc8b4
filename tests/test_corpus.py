"""Extraction quality on the shared evaluation corpus and on our own examples, scored by the
shared scorer (../shared/eval/score.py). Skips when ../shared is absent (a user's clone)."""
import importlib.util
import json
from pathlib import Path

import pytest

import speechmine

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="../shared/eval/score.py is not here (a user's clone)")

# name: (source, gold file)
CASES = {
    "seed_speech": (SHARED / "corpus/seed_speech.txt", SHARED / "corpus/gold/seed_speech.json"),
    "education_speech": (SHARED / "corpus/education_speech.txt", SHARED / "corpus/gold/education_speech.json"),
    "civil_affairs_plan": (SHARED / "corpus/civil_affairs_plan.txt", SHARED / "corpus/gold/civil_affairs_plan.json"),
    "county_report_tasks": (SHARED / "corpus/county_report_tasks.txt", SHARED / "corpus/gold/county_report_tasks.json"),
    "example_speech": (ROOT / "examples/speech.txt", ROOT / "examples/speech.gold.json"),
    "example_plan": (ROOT / "examples/plan.txt", ROOT / "examples/plan.gold.json"),
    **{f"{p.parent.name}_{p.stem}": (p, p.with_suffix(".gold.json"))
       for folder in ("tests/data", "tests/data2", "tests/data3", "tests/data4", "tests/data5", "tests/data6", "tests/data7", "tests/data8") for p in sorted((ROOT / folder).glob("*.txt"))},
}
THRESHOLDS = {"f1": 0.95, "party_agreement": 0.90, "path_agreement": 0.95, "deadline_f1": 0.90}


def scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(CASES))
def test_scores_meet_the_bar(name):
    source, gold = CASES[name]
    if not source.is_file():
        pytest.skip(f"{source} is not in this corpus")
    score = scorer()
    result = speechmine.extract(source)
    predicted = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))["items"]
    text = source.read_text(encoding="utf-8")
    report = score.score(text, score.load_items(gold), predicted)
    for metric, minimum in THRESHOLDS.items():
        assert report[metric] >= minimum, (metric, report[metric], report["missed"], report["spurious"])
