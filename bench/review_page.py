"""How fast the review page renders in headless Chromium, and the README's picture of it (not a test).

    python bench/review_page.py                             # examples/speech.txt, the shared real plan
    python bench/review_page.py FILE…                       # other documents
    python bench/review_page.py --screenshot docs/img/review.png

For each document: the time to write the page (`render_review`), its size, and, over 5 loads in a
fresh headless Chromium, the median time from navigation start to the load event (the inline
script has run by then: every highlight, the checklist and the filters are in place) and the
script's own share, and the first contentful paint. Needs selenium, chromium and chromedriver (as the browser tests do).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import speechmine  # noqa: E402
from speechmine.export.checklist import rows  # noqa: E402
from speechmine.export.review import render_review  # noqa: E402

from browser import chromium, unavailable  # noqa: E402

DEFAULTS = (ROOT / "examples" / "speech.txt",
            ROOT.parent / "shared" / "corpus" / "real" / "real_plan_nongji2018.txt")
LOADS = 5
TIMING = """var n = performance.getEntriesByType('navigation')[0];
var paint = performance.getEntriesByName('first-contentful-paint')[0];
return [paint ? paint.startTime : null, n.loadEventEnd, window.speechmineReview.initMs];"""


def measure(paths: list[Path]) -> None:
    driver = chromium()
    try:
        print(f"{'document':32} {'chars':>6} {'items':>5} {'write':>7} {'size':>7} "
              f"{'load event':>10} {'script':>7} {'1st paint':>9}  (median of {LOADS} loads)")
        with tempfile.TemporaryDirectory() as tmp:
            for path in paths:
                result = speechmine.extract(path)
                start = time.perf_counter()
                page = render_review([result])
                write_ms = (time.perf_counter() - start) * 1000
                html = Path(tmp) / "page.html"
                html.write_text(page, encoding="utf-8")
                loads, scripts, paints = [], [], []
                for _ in range(LOADS):
                    driver.get("about:blank")
                    driver.get(html.as_uri())
                    time.sleep(0.2)
                    paint, load, script = driver.execute_script(TIMING)
                    paints.append(paint or 0)
                    loads.append(load)
                    scripts.append(script)
                load_ms = statistics.median(loads)
                paint_ms = statistics.median(paints)
                verdict = "ok" if max(load_ms, paint_ms) < 1000 else "SLOW"
                print(f"{path.name:32} {len(result.text):>6,} {len(result.items):>5} "
                      f"{write_ms:>5.0f}ms {len(page.encode()) // 1024:>5}KB "
                      f"{load_ms:>8.0f}ms {statistics.median(scripts):>5.0f}ms {paint_ms:>7.0f}ms  {verdict}  target < 1000 ms")
    finally:
        driver.quit()


def screenshot(out: Path) -> None:
    """The example speech and plan in one page, a row of part 二 clicked (its sentence framed)."""
    results = [speechmine.extract(ROOT / "examples" / "speech.txt"),
               speechmine.extract(ROOT / "examples" / "plan.txt")]
    row = next(r for r in rows(results[0]) if r.item.path[:1] == ["二"] and r.item.deadline
               and r.item.party_explicit)
    driver = chromium(width=1400, height=860)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            html = Path(tmp) / "review.html"
            html.write_text(render_review(results), encoding="utf-8")
            driver.get(html.as_uri())
            driver.execute_script("localStorage.clear()")
            driver.get(html.as_uri())
            driver.find_element("css selector", f"#d0-r-{row.item.id} td.c-1").click()
            time.sleep(1.5)                       # the flash has faded, the frame stays
            out.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(out))
    finally:
        driver.quit()
    print(f"{out}: {row.number} {row.item.text[:30]}…")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--screenshot", type=Path, default=None, help="save the README's picture here")
    args = parser.parse_args()
    reason = unavailable()
    if reason:
        sys.exit(reason)
    if args.screenshot:
        screenshot(args.screenshot)
        return
    paths = args.files or [p for p in DEFAULTS if p.is_file()]
    measure(paths)


if __name__ == "__main__":
    main()
