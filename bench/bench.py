"""speechmine's speed, measured side by side in one run (not a test): see bench/README.md.

    python bench/bench.py             # the table
    python bench/bench.py --profile   # and where the time goes (cProfile, import times)
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import speechmine  # noqa: E402
from speechmine.scale.batch import extract_many  # noqa: E402
from speechmine.reading import Source  # noqa: E402
from speechmine.analysis.segment import using  # noqa: E402

SIZE = 9_000
SMALL_BATCH, BATCH = 40, 200
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def bench_text() -> str:
    """examples/speech.txt (else the shared seed speech), repeated or cut to SIZE characters."""
    for path in (ROOT / "examples" / "speech.txt", ROOT.parent / "shared" / "corpus" / "seed_speech.txt"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            return (text * (SIZE // len(text) + 1))[:SIZE]
    sys.exit("no benchmark text: examples/speech.txt is missing")


def rate(func, chars: int, seconds: float = 1.5) -> float:
    """Characters per second of `func()` (already warm), run for about `seconds`."""
    runs, start = 0, time.perf_counter()
    while True:
        func()
        runs += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return chars * runs / elapsed


def command() -> list[str]:
    script = Path(sys.executable).with_name("speechmine")
    return [str(script)] if script.exists() else [sys.executable, "-m", "speechmine.cli"]


def wall(args: list[str], repeat: int) -> float:
    """Median wall time of running `args` in a fresh process."""
    return walls([args], repeat)[0]


def walls(commands: list[list[str]], repeat: int) -> list[float]:
    """Median wall time of each command, run in turn `repeat` times (interleaved, so that a change
    in the shared machine's load falls on all of them alike)."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(repeat):
        for args, spent in zip(commands, times):
            start = time.perf_counter()
            subprocess.run(args, env=ENV, check=True, stdout=subprocess.DEVNULL)
            spent.append(time.perf_counter() - start)
    return [statistics.median(spent) for spent in times]


def rates(funcs: list, chars: int, rounds: int = 5) -> list[float]:
    """Median characters per second of each warm `funcs[i]()`, measured in turn over `rounds`."""
    found: list[list[float]] = [[] for _ in funcs]
    for _ in range(rounds):
        for func, seen in zip(funcs, found):
            seen.append(rate(func, chars, seconds=0.4))
    return [statistics.median(seen) for seen in found]


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_ceiling(repeat: int = 3, n: int = 4_000_000) -> float:
    """How much sooner two processes finish two busy loops than one process doing both: 2.0 where
    two cores are free, less on a shared or hyperthreaded machine. No batch can beat it."""
    import multiprocessing

    ratios = []
    with multiprocessing.get_context("fork").Pool(2) as pool:
        for _ in range(repeat):
            start = time.perf_counter()
            _spin(n), _spin(n)
            serial = time.perf_counter() - start
            start = time.perf_counter()
            pool.map(_spin, [n, n])
            ratios.append(serial / (time.perf_counter() - start))
    return statistics.median(ratios)


def steady_rate(paths: list[Path], jobs: int) -> float:
    """Documents per second once the workers are up: from the first result to the last."""
    stamps = []
    for _, outcome in extract_many(paths, jobs=jobs):
        assert not isinstance(outcome, speechmine.SpeechmineError), outcome
        stamps.append(time.perf_counter())
    return (len(stamps) - 1) / (stamps[-1] - stamps[0])


def peak_memory_mb(path: Path, segmenter: str) -> float:
    """Peak resident memory of a fresh process doing one extraction. Linux keeps ru_maxrss across
    exec (it would report this big parent's peak), so the child reads its own VmHWM when it can."""
    code = ("import resource, sys, speechmine; from speechmine.analysis.segment import using\n"
            f"with using({segmenter!r}): speechmine.extract(sys.argv[1])\n"
            "try: print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))\n"
            "except OSError: print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], env=ENV, check=True,
                         capture_output=True, text=True).stdout
    return int(out.split()[-1]) / 1024


def pdf_read(text: str, folder: Path, pages: int = 20) -> tuple[int, float] | None:
    """(pages, median seconds) of reading a `pages`-page PDF of `text` made as the tests make
    them (reportlab's STSong-Light, page header and numbers); None without reportlab."""
    try:
        sys.path.insert(0, str(ROOT / "tests"))
        from pdf_fixtures import LINES_PER_PAGE, make_pdf
    except ImportError:
        return None
    from pdfminer.pdfpage import PDFPage

    from speechmine.reading.pdf import read_pdf

    body = text * (pages * LINES_PER_PAGE * 28 // len(text) + 1)
    paragraphs = [body[i:i + 150] + "。" for i in range(0, pages * LINES_PER_PAGE * 23, 150)]
    pdf = make_pdf(folder / "speech.pdf", "\n".join(paragraphs))
    with pdf.open("rb") as file:
        made = sum(1 for _ in PDFPage.get_pages(file))
    spent = []
    for _ in range(3):
        start = time.perf_counter()
        read_pdf(pdf)
        spent.append(time.perf_counter() - start)
    return made, statistics.median(spent)


def profile_extraction(text: str) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(5):
        speechmine.extract(Source("<bench>", text))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
    return out.getvalue()


def import_times(path: Path) -> str:
    """The slowest imports (cumulative, -X importtime) of a cold `speechmine extract`."""
    args = [sys.executable, "-X", "importtime", "-m", "speechmine.cli", "extract", str(path)]
    err = subprocess.run(args, env=ENV, check=True, capture_output=True, text=True).stderr
    rows = []
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
            if not name.startswith(" "):
                rows.append((int(cumulative), name))
    rows.sort(reverse=True)
    return "\n".join(f"  {us / 1000:7.1f} ms  {name}" for us, name in rows[:15])


def sized(text: str, megabytes: int) -> str:
    """`text` repeated to `megabytes` MB of UTF-8."""
    size = megabytes * 1_000_000
    whole = text * (size // len(text.encode("utf-8")) + 1)
    return whole.encode("utf-8")[:size].decode("utf-8", "ignore")


def once(text: str) -> float:
    """CPU seconds of one warm `speechmine.extract(text)` (CPU time, not wall time: on a shared
    machine another process's load would otherwise decide the ratio of two sizes)."""
    start = time.process_time()
    speechmine.extract(Source("<bench>", text))
    return time.process_time() - start


ADVERSARIAL = (("50,000 x 要", "要" * 50_000),
               ("200,000-char line, no punctuation", ("各单位要加强管理推进工作落实" * 20_000)[:200_000]),
               ("10,000 lines of `1.`", "1.\n" * 10_000),
               ("10,000 x `是必须……；`", "是必须加强；" * 10_000 + "。"),
               ("5,000 targets in one clause", "一、重点任务\n（一）推进。" + "组织演练不少于2次、" * 5_000 + "。"),
               ("4,000 x `一是/二是` paragraphs", "一是加强领导。\n二是强化落实。\n各单位要抓好落实。\n" * 4_000),
               ("8,000 x 为 in one clause", "一、重点任务\n（一）推进。园区" + "为企业提供服务" * 8_000 + "。"))


def scaling_rows(text: str) -> list[tuple[str, str, str]]:
    """Every stage linear: 1, 8 and 10 MB of text, and inputs built to find quadratic steps."""
    rows = []
    small = sized(text, 1)
    one, eight = statistics.median(once(small) for _ in range(3)), once(sized(text, 8))
    big = sized(text, 10)
    ten = once(big)
    rows.append(("extract 1 MB of text", f"{one:.2f} s", "CPU time, median of 3"))
    rows.append(("extract 8 MB of text", f"{eight:.2f} s", _check(eight <= 10 * one, "<= 10x 1 MB")))
    rows.append(("extract 10 MB of text", f"{ten:.2f} s", f"{len(big) / ten:,.0f} chars/s"))
    for name, adversarial in ADVERSARIAL:
        spent = once(adversarial)
        rows.append((name, f"{spent:.2f} s", _check(spent < 2, "< 2 s")))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="also print cProfile and import times")
    parser.add_argument("--repeat", type=int, default=5, help="cold-start runs (median; batch runs: 3)")
    args = parser.parse_args()

    import jieba

    jieba.setLogLevel(60)
    text = bench_text()
    chars = len(text)
    jieba.lcut(text)
    speechmine.extract(Source("<bench>", text))
    rows: list[tuple[str, str, str]] = []
    jieba_rate, extract_rate = rates([lambda: jieba.lcut(text), lambda: speechmine.extract(Source("<bench>", text))],
                                     chars)
    rows.append(("raw jieba.lcut", f"{jieba_rate:,.0f} chars/s", ""))
    rows.append(("speechmine extract (warm)", f"{extract_rate:,.0f} chars/s", ""))
    ratio = extract_rate / jieba_rate
    rows.append(("  ratio to raw jieba", f"{ratio:.2f}x", _check(ratio >= 0.5, ">= 0.5x")))
    fast = _has_rjieba()
    if fast:
        with using("rjieba"):
            speechmine.extract(Source("<bench>", text))
            fast_rate = rate(lambda: speechmine.extract(Source("<bench>", text)), chars)
        rows.append(("speechmine extract, rjieba", f"{fast_rate:,.0f} chars/s",
                     f"{fast_rate / jieba_rate:.2f}x raw jieba"))
    rows += scaling_rows(text)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        doc = folder / "speech.txt"
        doc.write_text(text, encoding="utf-8")
        baseline = wall([sys.executable, "-c", "pass"], args.repeat)
        cold = wall(command() + ["extract", str(doc)], args.repeat)
        rows.append(("python -c pass", f"{baseline:.3f} s", "interpreter alone"))
        rows.append((f"cold start, extract {chars:,} chars", f"{cold:.2f} s", _check(cold <= 1.0, "<= 1.0 s")))
        if fast:
            cold_fast = wall(command() + ["extract", str(doc), "--segmenter", "rjieba"], args.repeat)
            rows.append(("cold start, --segmenter rjieba", f"{cold_fast:.2f} s",
                         _check(cold_fast <= 1.0, "<= 1.0 s")))

        folders = {size: folder / f"docs{size}" for size in (SMALL_BATCH, BATCH)}
        for size, docs in folders.items():
            docs.mkdir()
            for n in range(size):
                (docs / f"{n:03d}.txt").write_text(text, encoding="utf-8")
        out = folder / "out.jsonl"
        ceilings = [machine_ceiling()]
        for size, docs in folders.items():
            one, two = walls([command() + ["batch", str(docs), "-o", str(out), "--jobs", str(jobs)]
                              for jobs in (1, 2)], 3)
            rows.append((f"batch {size} docs, 1 worker", f"{one:.2f} s", f"{size / one:.1f} docs/s"))
            rows.append((f"batch {size} docs, 2 workers", f"{two:.2f} s", f"{size / two:.1f} docs/s"))
            verdict = _check(one / two >= 1.8, ">= 1.8x") if size == BATCH else "start-up weighs on a small batch"
            rows.append(("  2 workers / 1, whole command", f"{one / two:.2f}x", verdict))
            ceilings.append(machine_ceiling())
        paths = sorted(folders[SMALL_BATCH].iterdir())
        steady_one, steady_two = steady_rate(paths, 1), steady_rate(paths, 2)
        speedup = steady_two / steady_one
        rows.append(("  2 workers / 1, after start-up", f"{speedup:.2f}x", "documents/s once the workers run"))
        rows.append(("  2 busy loops / 1, the machine", f"{statistics.median(ceilings):.2f}x",
                     "the most any 2 workers can gain here"))
        memory = peak_memory_mb(doc, "jieba")
        rows.append(("peak memory, one extraction", f"{memory:.0f} MB", _check(memory <= 250, "<= 250 MB")))
        if fast:
            memory_fast = peak_memory_mb(doc, "rjieba")
            rows.append(("peak memory, rjieba", f"{memory_fast:.0f} MB", _check(memory_fast <= 250, "<= 250 MB")))
        pdf = pdf_read(text, folder)
        if pdf:
            rows.append((f"read a {pdf[0]}-page PDF", f"{pdf[1]:.2f} s", _check(pdf[1] < 2.0, "< 2 s")))
        else:
            rows.append(("read a 20-page PDF", "-", "pip install reportlab to make the PDF"))

        print(f"speechmine {speechmine.__version__}, Python {sys.version.split()[0]}, "
              f"{os.cpu_count()} cores, text {chars:,} chars")
        width = max(len(r[0]) for r in rows)
        for name, value, note in rows:
            print(f"{name:<{width}}  {value:>16}  {note}")
        if args.profile:
            print("\n== warm extraction, 5 runs, by own time ==")
            print(profile_extraction(text))
            print("== slowest imports of a cold `speechmine extract` (cumulative) ==")
            print(import_times(doc))


def _check(ok: bool, target: str) -> str:
    return f"{'ok ' if ok else 'MISS'} target {target}"


def _has_rjieba() -> bool:
    import importlib.util

    return importlib.util.find_spec("rjieba") is not None


if __name__ == "__main__":
    main()
