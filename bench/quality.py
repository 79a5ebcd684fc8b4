"""Score speechmine on every document that has a gold file, with ../shared/eval/score.py, and
print a Markdown table (the README's Quality section). Not a test: tests/test_corpus.py is.

    python bench/quality.py
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

import speechmine  # noqa: E402


def documents() -> list[tuple[str, Path, Path]]:
    found = [(f"shared: {p.stem}", p, SHARED / "corpus/gold" / f"{p.stem}.json")
             for p in sorted((SHARED / "corpus").glob("*.txt"))]
    found += [(f"{folder}: {p.stem}", p, p.with_suffix(".gold.json"))
              for folder in ("examples", "tests/data", "tests/data2", "tests/data3", "tests/data4", "tests/data5", "tests/data6", "tests/data7", "tests/data8") for p in sorted((ROOT / folder).glob("*.txt"))]
    return [(name, source, gold) for name, source, gold in found if gold.is_file()]


def main() -> None:
    path = SHARED / "eval/score.py"
    if not path.is_file():
        sys.exit("../shared/eval/score.py is not here")
    spec = importlib.util.spec_from_file_location("score", path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    print("| document | P | R | F1 | party | path | deadline-F1 | target-F1 | gold / predicted |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, source, gold in documents():
        result = speechmine.extract(source)
        r = score.score(source.read_text(encoding="utf-8"), score.load_items(gold), result.to_dict()["items"])
        print(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['party_agreement']:.3f} "
              f"| {r['path_agreement']:.3f} | {r['deadline_f1']:.3f} | {r['target_f1']:.3f} "
              f"| {r['gold']} / {r['predicted']} |")


if __name__ == "__main__":
    main()
