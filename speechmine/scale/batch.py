"""Many documents at once: worker processes, results in input order, a resumable JSON Lines log.

    >>> for path, outcome in extract_many(["a.txt", "b.docx"], jobs=2):
    ...     print(path, outcome if isinstance(outcome, SpeechmineError) else len(outcome.items))

`document_record` is the per-document function that both the process pool here and the Dask
path (`speechmine.scale.distributed`) run: one document in, one JSON-able record out, never raising.
"""
from __future__ import annotations

import json
import os
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..errors import SpeechmineError
from ..model import Result
from ..writing import alive

DOCUMENT_SUFFIXES = (".txt", ".docx", ".pdf", ".doc", ".wps", ".odt", ".rtf")
Outcome = Result | SpeechmineError


def expand(paths: Iterable[str | Path], skipped: list[str] | None = None) -> list[str]:
    """The documents named by `paths`: a folder gives its documents (DOCUMENT_SUFFIXES; recursively,
    sorted; hidden files and Word lock files `~$…` left out); repeats are dropped, order is kept.
    The other files of a folder (a .xls, an image) are added to `skipped` when it is given."""
    documents: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            visible = sorted(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith((".", "~$")) for part in p.relative_to(path).parts))
            found = [p for p in visible if p.suffix.lower() in DOCUMENT_SUFFIXES]
            if skipped is not None:
                skipped.extend(str(p) for p in visible if p.suffix.lower() not in DOCUMENT_SUFFIXES)
            if not found:
                raise SpeechmineError(f"{path}: no .txt, .docx or .pdf files in this folder")
            documents.extend(str(p) for p in found)
        else:
            documents.append(str(given))
    return list(dict.fromkeys(documents))


def extract_one(path: str, lexicons: Sequence[str] = (), segmenter: str = "jieba") -> Outcome:
    """Extract one document; any failure comes back as a SpeechmineError with a one-line reason."""
    from ..extract import extract
    from ..reading import read
    from ..analysis.segment import using

    try:
        with using(segmenter):
            return extract(read(path), lexicons=tuple(lexicons))
    except SpeechmineError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return SpeechmineError(f"{path}: {type(exc).__name__}: {one_line(str(exc))}")


def extract_one_text(text: str, lexicons: Sequence[str] = (), segmenter: str = "jieba") -> Result:
    """Extract a text in this process (used to load lexicons and dictionaries before forking)."""
    from ..extract import extract
    from ..analysis.segment import using

    with using(segmenter):
        return extract(text, lexicons=tuple(lexicons))


def record(path: str, outcome: Outcome) -> dict[str, Any]:
    """The JSON Lines record of a document: `{"source", "items", …}` or `{"source", "error"}`."""
    if isinstance(outcome, SpeechmineError):
        return {"source": path, "error": one_line(str(outcome))}
    data = outcome.to_dict()
    data["source"] = path
    return data


def document_record(path: str, lexicons: Sequence[str] = (), segmenter: str = "jieba") -> dict[str, Any]:
    """`record(path, extract_one(path, …))`: what a batch or Dask worker does with one document."""
    return record(path, extract_one(path, lexicons, segmenter))


def document_line(path: str, outcome: Outcome) -> tuple[bool, str]:
    """(failed, JSON line) of a document's outcome."""
    return isinstance(outcome, SpeechmineError), json_line(record(path, outcome))


def line_of(path: str, lexicons: Sequence[str] = (), segmenter: str = "jieba") -> tuple[bool, str]:
    """What a batch worker returns for one document: (failed, its JSON line), serialised in the
    worker so that the writing process only writes."""
    return document_line(path, extract_one(path, lexicons, segmenter))


def one_line(message: str) -> str:
    return " ".join(message.split()) or "failed"


def check_options(lexicons: Sequence[str], segmenter: str) -> None:
    """Fail once, before any work, on a bad lexicon file or an unusable segmenter."""
    from ..lexicon import load
    from ..analysis.segment import check_segmenter

    check_segmenter(segmenter)
    load(tuple(str(p) for p in lexicons))


def extract_many(paths: Iterable[str | Path], jobs: int | None = None, lexicons: Sequence[str | Path] = (),
                 segmenter: str = "jieba") -> Iterator[tuple[str, Outcome]]:
    """(path, Result or SpeechmineError) for each document, in input order.

    `jobs` worker processes (default: the number of cores; 1 runs in this process); see `_context`
    for how they start. As with any process pool, a script calling this with jobs > 1 needs the
    `if __name__ == "__main__":` guard. At most four documents per
    worker are in flight, so memory stays flat over any number of documents. Bad options (a lexicon
    file, the segmenter) raise SpeechmineError here, before any work.
    """
    return _run_many(extract_one, paths, jobs, lexicons, segmenter)


def _run_many(work: Callable[[str, tuple[str, ...], str], Any], paths: Iterable[str | Path], jobs: int | None,
              lexicons: Sequence[str | Path], segmenter: str) -> Iterator[tuple[str, Any]]:
    """(path, work(path, lexicons, segmenter)) for each document, in input order, in `jobs` workers."""
    documents = [str(p) for p in paths]
    lexicon_files = tuple(str(p) for p in lexicons)
    check_options(lexicon_files, segmenter)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(documents) or 1))
    return _outcomes(work, documents, jobs, lexicon_files, segmenter)


def _outcomes(work: Callable[[str, tuple[str, ...], str], Any], documents: list[str], jobs: int,
              lexicon_files: tuple[str, ...], segmenter: str) -> Iterator[tuple[str, Any]]:
    if jobs == 1:
        for path in documents:
            yield path, work(path, lexicon_files, segmenter)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(multiprocessing, lexicon_files, segmenter),
                               initializer=_end_with_parent, initargs=(os.getpid(),))
    try:
        pending: deque = deque()
        queue = iter(documents)
        for path in queue:
            pending.append((path, pool.submit(work, path, lexicon_files, segmenter)))
            if len(pending) >= 4 * jobs:
                break
        while pending:
            path, future = pending.popleft()
            nxt = next(queue, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(work, nxt, lexicon_files, segmenter)))
            try:
                outcome = future.result()
            except Exception as exc:  # noqa: BLE001 - a dead worker fails its documents, not the run
                error = SpeechmineError(f"{path}: worker failed: {one_line(str(exc))}")
                outcome = error if work is extract_one else document_line(path, error)
            yield path, outcome
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _end_with_parent(batch: int) -> None:
    """In a worker: end it as soon as the process that started it is gone, so that a batch
    killed with SIGKILL or SIGTERM leaves no worker behind (its parent, or the forkserver that
    ends with it, disappears; the worker is then re-parented and notices within a second). The
    batch's own pid is watched too: a batch killed before this ran has already re-parented the
    worker, so its parent at this moment proves nothing."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent and alive(batch):
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="speechmine-orphan-guard", daemon=True).start()


def _context(multiprocessing, lexicon_files: tuple[str, ...], segmenter: str):
    """How workers start, fastest first:
    - `fork` on Linux when this process runs no other thread (the CLI): the lexicons and the
      segmenter's dictionary are loaded here once and every worker inherits them, ready;
    - `forkserver` where there is one: its server loads them once (`speechmine.scale.preload`) and the
      workers fork from it, sharing nothing with a multi-threaded caller;
    - `spawn` elsewhere (each worker loads them itself)."""
    import threading

    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        extract_one_text("要加强。", lexicon_files, segmenter)
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["speechmine.scale.preload"])
        return context
    return multiprocessing.get_context("spawn")


@dataclass
class Summary:
    """What a batch run did: documents given, skipped as already done, and the ones that failed."""

    total: int
    skipped: int = 0
    failed: list[str] = field(default_factory=list)


def run_batch(documents: Sequence[str], output: Path, jobs: int | None = None, resume: bool = False,
              lexicons: Sequence[str | Path] = (), segmenter: str = "jieba",
              advance: Callable[[int], None] | None = None) -> Summary:
    """Write one JSON line per document to `output`, flushed as each finishes, in input order.

    With `resume`, documents that already have a result line in `output` are skipped and the
    new lines are appended (see `keep_done`); otherwise `output` is started afresh. The file is
    written as it goes, not atomically: that is what lets an interrupted run resume.
    `advance(n)` is called as documents are done or skipped (a progress bar).
    """
    output = Path(output)
    summary = Summary(total=len(documents))
    done = keep_done(output) if resume and output.exists() else set()
    todo = [path for path in documents if path not in done]
    lines = _run_many(line_of, todo, jobs, lexicons, segmenter)  # checks options
    summary.skipped = len(documents) - len(todo)
    if advance and summary.skipped:
        advance(summary.skipped)
    with open(output, "a" if resume else "w", encoding="utf-8", newline="") as handle:
        for path, (failed, line) in lines:
            if failed:
                summary.failed.append(path)
            handle.write(line)
            handle.flush()
            if advance:
                advance(1)
    return summary


def keep_done(output: Path) -> set[str]:
    """Prepare `output` for appending and return the sources it already has results for.

    A half-written last line (from a killed run), an unreadable line or an error line (a document
    to retry) is dropped: the file is then rewritten atomically, line by line, without them."""
    from ..writing import write_atomic

    done: set[str] = set()
    dirty = False
    with open(output, encoding="utf-8", newline="") as handle:
        for line in handle:
            entry = _result_entry(line)
            if entry is None:
                dirty = True
            else:
                done.add(entry["source"])
    if dirty:
        def copy(tmp: Path) -> None:
            with open(output, encoding="utf-8", newline="") as src, \
                    open(tmp, "w", encoding="utf-8", newline="") as dst:
                dst.writelines(line for line in src if _result_entry(line) is not None)

        write_atomic(output, copy)
    return done


def _result_entry(line: str) -> dict[str, Any] | None:
    """The record on a complete result line, else None."""
    if not line.endswith("\n"):
        return None
    try:
        entry = json.loads(line)
    except ValueError:
        return None
    if not isinstance(entry, dict) or not isinstance(entry.get("source"), str) or "items" not in entry:
        return None
    return entry


def json_line(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
