"""Score speechmine on every document that has a gold file and print the README's quality tables.
Not a test: tests/test_quality.py holds every document to the figures recorded in tests/quality.json.

    python bench/quality.py            # the tables (Markdown)
    python bench/quality.py --record   # also write the current figures to tests/quality.json

Sets: the project's own documents (examples/, tests/data*/), and where ../shared is beside the
checkout, its corpus and its real documents (corpus/real/). Every fourth real document in name
order is held out: never looked at while rules were changed, reported apart and as a set only
(its per-document figures go to tests/quality.json with --record, not to the screen).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RECORD = ROOT / "tests" / "quality.json"
HELD_OUT = "real: held out"
METRICS = ("f1", "precision", "recall", "party", "path", "deadline_f1", "exact_target_f1")
sys.path.insert(0, str(ROOT))

import speechmine  # noqa: E402
from speechmine.evaluate import Scores, evaluate, load_gold  # noqa: E402


def documents() -> list[tuple[str, str, Path, Path]]:
    """(set, name, source, gold) for every document with a gold file that is here."""
    found = []
    real = sorted((SHARED / "corpus/real").glob("*.txt"))
    for i, source in enumerate(real):
        found.append((HELD_OUT if i % 4 == 3 else "real: dev", source.stem, source, source.with_suffix(".json")))
    found += [("shared corpus", p.stem, p, SHARED / "corpus/gold" / f"{p.stem}.json")
              for p in sorted((SHARED / "corpus").glob("*.txt"))]
    for folder in ("examples", *sorted(p.name for p in (ROOT / "tests").glob("data*") if p.is_dir())):
        base = ROOT / folder if folder == "examples" else ROOT / "tests" / folder
        found += [(folder, p.stem, p, p.with_suffix(".gold.json")) for p in sorted(base.glob("*.txt"))]
    return [(group, name, source, gold) for group, name, source, gold in found if gold.is_file()]


def key(group: str, name: str) -> str:
    """The document's key in tests/quality.json."""
    return f"{group.split(':')[0]}/{name}"


def micro(scores: list[Scores]) -> tuple[float, float, float]:
    """Precision, recall and F1 over all items of a set."""
    correct = sum(s.correct for s in scores)
    predicted = sum(s.predicted for s in scores)
    found, gold = sum(s.found for s in scores), sum(s.gold for s in scores)
    p = correct / predicted if predicted else 0.0
    r = found / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="write the figures to tests/quality.json")
    args = parser.parse_args()
    by_set: dict[str, list[tuple[str, Scores]]] = {}
    for group, name, source, gold in documents():
        by_set.setdefault(group, []).append((name, evaluate(speechmine.extract(source), load_gold(gold))))
    print("| set | documents | gold items | P | R | F1 (micro) | party (mean) | path (mean) | exact-target-F1 (mean) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for group, scored in by_set.items():
        scores = [s for _, s in scored]
        p, r, f1 = micro(scores)
        print(f"| {group} | {len(scores)} | {sum(s.gold for s in scores)} | {p:.3f} | {r:.3f} | {f1:.3f} "
              f"| {mean([s.party for s in scores]):.3f} | {mean([s.path for s in scores]):.3f} "
              f"| {mean([s.exact_target_f1 for s in scores]):.3f} |")
    print()
    print("| set | document | P | R | F1 | party | path | deadline-F1 | exact-target-F1 | gold / predicted |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for group, scored in by_set.items():
        if group == HELD_OUT:
            continue  # the held-out quarter is reported as a set only
        for name, s in scored:
            print(f"| {group} | {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.party:.3f} | {s.path:.3f} "
                  f"| {s.deadline_f1:.3f} | {s.exact_target_f1:.3f} | {s.gold} / {s.predicted} |")
    if args.record:
        recorded = json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.is_file() else {}
        for group, scored in by_set.items():
            for name, s in scored:
                recorded[key(group, name)] = {metric: getattr(s, metric) for metric in METRICS}
        RECORD.write_text(json.dumps(dict(sorted(recorded.items())), ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
        print(f"\nrecorded {sum(len(v) for v in by_set.values())} documents in {RECORD.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
