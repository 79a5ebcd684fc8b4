"""Batch extraction: `speechmine.extract_many` and `speechmine batch` (JSON Lines, resume)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import speechmine
from speechmine.scale.batch import expand, extract_many
from speechmine.cli import main

DOCS = {
    "a_交通.txt": "二、重点工作\n一要加强领导。各区县要在年底前建立工作专班。要每月报送进展。\n",
    "b_水利.txt": "三、下步打算\n县水利局要在6月底前完成堤防加固。严禁在河道内违规采砂。\n",
    "c_教育.txt": "同志们：\n各学校要落实安全责任，确保全年不发生重大安全事故。\n",
}


@pytest.fixture
def folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    return docs


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _batch(*args):
    return CliRunner().invoke(main, ["batch", *map(str, args)], catch_exceptions=False)


def test_extract_many_keeps_input_order_and_matches_extract_with_two_workers(folder):
    bad = folder / "z_坏.txt"
    bad.write_bytes(b"\x00\x01\x02 not text")
    paths = [folder / "c_教育.txt", bad, folder / "a_交通.txt", folder / "b_水利.txt"]
    outcomes = list(extract_many(paths, jobs=2))
    assert [p for p, _ in outcomes] == [str(p) for p in paths]
    error = outcomes[1][1]
    assert isinstance(error, speechmine.SpeechmineError) and "binary" in str(error)
    for path, outcome in outcomes[:1] + outcomes[2:]:
        assert outcome.to_dict() == speechmine.extract(path).to_dict()
        assert outcome.items


def test_a_folder_expands_to_its_documents_sorted(folder):
    (folder / "notes.md").write_text("不是文档", encoding="utf-8")
    (folder / "~$b_水利.docx").write_bytes(b"lock")
    sub = folder / "sub"
    sub.mkdir()
    (sub / "d.TXT").write_text("要抓好落实。", encoding="utf-8")
    expected = [str(folder / n) for n in sorted(DOCS)] + [str(sub / "d.TXT")]
    assert expand([folder, folder / "a_交通.txt"]) == expected


def test_a_folder_without_documents_is_one_clear_error(tmp_path):
    result = _batch(tmp_path, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 1
    assert "no .txt, .docx or .pdf files" in result.output
    assert not (tmp_path / "out.jsonl").exists()


def test_batch_writes_one_line_per_document_and_reports_a_failure_at_the_end(folder, tmp_path):
    (folder / "b_坏.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = _batch(folder, folder / "missing.txt", "-o", out, "--jobs", "1")
    assert result.exit_code == 1
    assert "2 of 5 documents failed" in result.output
    lines = _lines(out)
    assert [line["source"] for line in lines] == [
        str(folder / "a_交通.txt"), str(folder / "b_坏.txt"), str(folder / "b_水利.txt"),
        str(folder / "c_教育.txt"), str(folder / "missing.txt")]
    assert "empty" in lines[1]["error"] and "items" not in lines[1]
    assert "no such file" in lines[4]["error"]
    water = lines[2]
    assert water["items"] == speechmine.extract(folder / "b_水利.txt").to_dict()["items"]
    assert {it["kind"] for it in water["items"]} >= {"task", "prohibition"}


def test_batch_output_is_deterministic_and_quiet_off_a_terminal(folder, tmp_path):
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    one = _batch(folder, "-o", first, "--jobs", "1")
    assert one.exit_code == 0 and one.output == ""
    assert _batch(folder, "-o", second, "--jobs", "1").exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert len(_lines(first)) == len(DOCS)


def test_resume_skips_done_documents_and_drops_a_half_written_line(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    assert _batch(folder, "-o", out, "--jobs", "1").exit_code == 0
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # A done document whose line we can recognise, then a line cut off by a killed run.
    marker = json.dumps({"source": str(folder / "a_交通.txt"), "items": [], "marker": 1},
                        ensure_ascii=False) + "\n"
    out.write_text(marker + full[1][: len(full[1]) // 2], encoding="utf-8")
    result = _batch(folder, "-o", out, "--jobs", "1", "--resume")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith(marker)  # skipped, not extracted again
    assert text == marker + "".join(full[1:])


def test_resume_retries_documents_that_failed(folder, tmp_path):
    broken = folder / "d_修复.txt"
    broken.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert _batch(folder, "-o", out, "--jobs", "1").exit_code == 1
    broken.write_text("要抓好督办落实。", encoding="utf-8")
    assert _batch(folder, "-o", out, "--jobs", "1", "--resume").exit_code == 0
    lines = _lines(out)
    assert sorted(line["source"] for line in lines) == sorted(str(p) for p in expand([folder]))
    assert all("error" not in line for line in lines)
    assert lines[-1]["source"] == str(broken) and lines[-1]["items"][0]["text"] == "要抓好督办落实。"


def test_a_bad_lexicon_fails_once_and_leaves_the_output_alone(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    result = _batch(folder, "-o", out, "--lexicon", tmp_path / "nope.txt")
    assert result.exit_code == 1
    assert "lexicon file not found" in result.output
    assert out.read_text(encoding="utf-8") == "earlier results\n"


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            for child in task.read_text().split():
                if int(child) not in found:
                    found.add(int(child))
                    todo.append(int(child))
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to find workers")
@pytest.mark.parametrize("signal_name", ["SIGKILL", "SIGTERM"])
def test_a_killed_batch_leaves_no_worker_behind(tmp_path, signal_name):
    """Issue 16, defect 8: the workers end with the batch that started them."""
    import signal
    import subprocess
    import sys
    import time

    docs = tmp_path / "docs"
    docs.mkdir()
    text = (Path(__file__).parent.parent / "examples" / "speech.txt").read_text(encoding="utf-8")
    for n in range(60):
        (docs / f"{n:02d}.txt").write_text(text * 4, encoding="utf-8")
    batch = subprocess.Popen([sys.executable, "-m", "speechmine.cli", "batch", str(docs), "-o",
                              str(tmp_path / "out.jsonl"), "--jobs", "2"])
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.1)
        workers = _descendants(batch.pid)
    assert len(workers) >= 2
    batch.send_signal(getattr(signal, signal_name))
    batch.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if _running(pid)]


def test_a_worker_started_after_its_batch_died_ends_at_once():
    """A batch killed between starting a worker and the worker's first look at its parent: the
    worker was already re-parented, so it watches the batch's own pid and ends."""
    import subprocess
    import sys

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a pid that no longer exists
    worker = subprocess.Popen([sys.executable, "-c", "import time\nfrom speechmine.scale.batch import _end_with_parent\n"
                               f"_end_with_parent({gone.pid})\ntime.sleep(30)"], stderr=subprocess.PIPE)
    assert worker.wait(timeout=15) == 1
    assert worker.stderr.read() == b""  # ended by the guard, not by an error
