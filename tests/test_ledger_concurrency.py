"""Issue 16, defect 1: a shared ledger never loses staff work or a speech's rows.

Property test: two processes update one ledger at random moments, each adding its own speech
(queueing with --wait, or stopping with Busy), while staff save the file in the middle of an
update; after every round every speech that reported success has all its rows exactly once and
every staff mark is there. SPEECHMINE_LEDGER_ROUNDS sets the number of rounds (default 200); the
seed is random and printed on failure."""
from __future__ import annotations

import csv
import io
import multiprocessing
import os
import random
import time
from pathlib import Path

import openpyxl
import pytest

import speechmine
from speechmine import locking, tracking
from speechmine.tracking import merge
from speechmine.tracking.ledger import read_markdown, read_table

ROUNDS = int(os.environ.get("SPEECHMINE_LEDGER_ROUNDS", "200"))
SPEECHES = {
    "base.txt": "一、安全生产\n县应急管理局要在6月底前完成危化企业排查。\n各乡镇要落实包保责任。\n"
                "二、项目建设\n县发展改革局要加快重点项目前期工作。\n",
    "b.txt": "县水利局要在汛期前完成病险水库除险加固。\n县农业农村局要推进高标准农田建设。\n",
    "c.txt": "县教育局要在9月前完成校舍安全排查。\n县卫生健康局要加强基层医疗机构建设。\n"
             "县交通运输局要完成农村公路危桥改造。\n",
}
RESULTS: dict[str, speechmine.Result] = {}


def results(name: str) -> speechmine.Result:
    if name not in RESULTS:
        RESULTS[name] = speechmine.extract(speechmine.reading.Source(name, SPEECHES[name]))
    return RESULTS[name]


# ---------------------------------------------------------------- staff, as Excel would save

def staff_note(path: Path, task_id: str, note: str) -> None:
    """Write `note` in the 备注 of task `task_id` (in Markdown: a line under the task), saving
    the file whole, as an office program does."""
    tmp = path.with_name(path.name + ".staff")
    if path.suffix == ".md":
        lines = path.read_text(encoding="utf-8").split("\n")
        at = next(n for n, line in enumerate(lines) if line.startswith("  ") and f"`{task_id}`" in line)
        lines.insert(at + 1, f"  备注：{note}")
        tmp.write_text("\n".join(lines), encoding="utf-8")
    elif path.suffix == ".csv":
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        header = rows[0]
        for row in rows[1:]:
            if row[header.index("任务ID")] == task_id:
                row[header.index("备注")] = note
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(rows)
        tmp.write_text("\ufeff" + out.getvalue(), encoding="utf-8")
    else:
        workbook = openpyxl.load_workbook(path)
        ws = workbook.worksheets[0]
        header = [c.value for c in ws[2]]
        for row in ws.iter_rows(min_row=3):
            if row[header.index("任务ID")].value == task_id:
                row[header.index("备注")].value = note
        workbook.save(tmp)
    os.replace(tmp, path)


def notes(path: Path) -> dict[str, str]:
    if path.suffix == ".md":
        found = {}
        for chunk in read_markdown(path):
            for block in chunk.blocks:
                for line in block.notes:
                    if line.startswith("  备注："):
                        found[block.id] = line[len("  备注："):]
        return found
    table = read_table(path, path.suffix[1:])
    return {str(r.get("任务ID")): str(r.get("备注")) for r in table.rows if r.get("备注")}


def task_keys(path: Path) -> list[tuple[str, str]]:
    if path.suffix == ".md":
        return [(chunk.source, b.id) for chunk in read_markdown(path) for b in chunk.blocks
                if b.kind == "task"]
    return [(str(r.get("来源文件")), str(r.get("任务ID"))) for r in read_table(path, path.suffix[1:]).rows]


def expected_keys(name: str) -> set[tuple[str, str]]:
    return {(name, item.id) for item in results(name).items if item.kind == "task"}


# ---------------------------------------------------------------- one update, in a worker

def _update(path: str, name: str, wait: bool, delay: float, staff: tuple[str, str] | None) -> str:
    """Add speech `name` to the ledger after `delay` s; with `staff` = (task id, note), staff save
    that note while this update merges (after it read the file, before it writes)."""
    render_table, render_md = merge.render_table, merge.render_md
    pending = [staff] if staff else []

    def during(render):
        def wrapped(*args, **kwargs):
            out = render(*args, **kwargs)
            if pending:
                staff_note(Path(path), *pending.pop())
            time.sleep(random.random() * 0.01)
            return out
        return wrapped

    merge.render_table, merge.render_md = during(render_table), during(render_md)
    try:
        time.sleep(delay)
        tracking.update(Path(path), [results(name)], wait=wait, backup=False)
        return "ok"
    except locking.Busy:
        return "busy"
    finally:
        merge.render_table, merge.render_md = render_table, render_md


@pytest.fixture(scope="module")
def pool():
    for name in SPEECHES:
        results(name)        # extracted once, before the fork
    locking.POLL_SECONDS, poll = 0.005, locking.POLL_SECONDS
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as workers:
        yield workers
    locking.POLL_SECONDS = poll


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the two-process test forks its workers")
def test_two_writers_and_staff_saves_lose_nothing(tmp_path, pool):
    seed = random.randrange(2 ** 32)
    rng = random.Random(seed)
    base_ids = sorted(i for _, i in expected_keys("base.txt"))
    for round_ in range(ROUNDS):
        fmt = rng.choice(["csv", "md", "md", "csv", "xlsx"])
        path = tmp_path / f"L{round_}.{fmt}"
        tracking.update(path, [results("base.txt")])
        marked = {rng.choice(base_ids): f"staff-before-{round_}"}
        staff_note(path, *next(iter(marked.items())))
        jobs, staffed = [], rng.randrange(3)       # 2: no staff save during the updates
        for k, name in enumerate(("b.txt", "c.txt")):
            staff = None
            if k == staffed:
                task = rng.choice([i for i in base_ids if i not in marked])
                staff = (task, f"staff-during-{round_}")
                marked[task] = staff[1]
            jobs.append(pool.apply_async(_update, (str(path), name, rng.random() < 0.7,
                                                   rng.random() * 0.02, staff)))
        outcome = dict(zip(("b.txt", "c.txt"), (job.get(timeout=60) for job in jobs)))
        why = f"seed {seed}, round {round_}, {fmt}, outcome {outcome}"
        keys = task_keys(path)
        assert len(keys) == len(set(keys)), why
        assert expected_keys("base.txt") <= set(keys), why
        for name, result in outcome.items():
            if result == "ok":
                assert expected_keys(name) <= set(keys), why
        kept = notes(path)
        for task, note in marked.items():
            # a staff save in a worker that found the ledger busy did not happen
            if note.startswith("staff-during") and outcome[("b.txt", "c.txt")[staffed]] == "busy":
                continue
            assert kept.get(task) == note, why
    assert not list(tmp_path.glob("*.lock")) and not list(tmp_path.glob(".*.tmp"))
