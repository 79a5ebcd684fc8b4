"""Speed of `speechmine follow` on a 20,000 + 15,000-character pair (not a test): see docs/follow.md.

    python bench/follow_bench.py

The pair is made of the project's own texts: the earlier document is examples/plan.txt,
examples/speech.txt and tests/data_follow/earlier.txt in turn, repeated and cut to 20,000
characters at a line end; the later one is the review part of tests/data_follow/later.txt under
its title, its paragraphs repeated to 15,000 characters. Target: under 2 s, warm and cold.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import speechmine  # noqa: E402

EARLIER_SIZE, LATER_SIZE = 20_000, 15_000


def _cut(text: str, size: int) -> str:
    text = (text * (size // len(text) + 1))[:size]
    return text[:text.rfind("\n") + 1] if "\n" in text else text


def pair() -> tuple[str, str]:
    earlier = "".join((ROOT / p).read_text(encoding="utf-8").rstrip("\n") + "\n"
                      for p in ("examples/plan.txt", "examples/speech.txt", "tests/data_follow/earlier.txt"))
    later = (ROOT / "tests/data_follow/later.txt").read_text(encoding="utf-8")
    title, body = later.split("\n", 1)
    review = body[:body.index("二、")]
    return _cut(earlier, EARLIER_SIZE), title + "\n" + _cut(review, LATER_SIZE - len(title) - 1)


def main() -> None:
    earlier, later = pair()
    with tempfile.TemporaryDirectory() as folder:
        a, b = Path(folder) / "earlier.txt", Path(folder) / "later.txt"
        a.write_text(earlier, encoding="utf-8")
        b.write_text(later, encoding="utf-8")
        speechmine.follow(a, b)
        warm = []
        for _ in range(5):
            start = time.perf_counter()
            result = speechmine.follow(a, b)
            warm.append(time.perf_counter() - start)
        script = Path(sys.executable).with_name("speechmine")
        cold = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([str(script), "follow", str(a), str(b), "-o", str(Path(folder) / "o.json"),
                            "--force"], check=True, capture_output=True)
            cold.append(time.perf_counter() - start)
    print(f"pair {len(earlier):,} + {len(later):,} chars, {len(result.links)} tasks, "
          f"{len(result.later_text[result.review[0]:result.review[1]]):,} chars of review")
    for name, seconds in (("speechmine.follow (warm)", statistics.median(warm)),
                          ("speechmine follow -o x.json (cold)", statistics.median(cold))):
        verdict = "ok" if seconds < 2.0 else "SLOW"
        print(f"{name:<36} {seconds:6.2f} s  {verdict}  target < 2 s")


if __name__ == "__main__":
    main()
