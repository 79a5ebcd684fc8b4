"""Markdown, CSV and JSON output, choosing the format, and determinism across processes."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from speechmine.export.checklist import ASSIGNED, COLUMNS
from speechmine.errors import SpeechmineError
from speechmine.export import format_for, render_json, render_markdown, write
from test_export_checklist import sample_result

ROOT = Path(__file__).resolve().parents[1]


def test_json_is_the_result_dict_with_chinese_kept():
    result = sample_result()
    text = render_json(result)
    assert text.endswith("}\n") and "各区县交通运输局" in text
    data = json.loads(text)
    assert data == json.loads(json.dumps(result.to_dict()))
    assert [it["id"] for it in data["items"]] == [it.id for it in result.items]
    assert data["items"][4]["suggested_party"] == "市交通运输局"


def test_markdown_nests_tasks_under_the_speech_headings():
    lines = render_markdown(sample_result()).splitlines()
    assert lines[0] == "# 交通工作讲话任务分解表"
    part = lines.index("## 一、统一思想，明确目标")
    group = lines.index("### （一）提高站位。")
    task = next(i for i, line in enumerate(lines) if "加快推进农村公路提质改造" in line)
    assert part < group < task
    assert lines[task].startswith("- [ ] 各区县交通运输局要")
    assert "— 责任：各区县交通运输局 · 时限：年底前 · 目标：不少于120公里" in lines[task]
    t1 = sample_result().item("t1")
    assert lines[task + 1].strip() == f"`一.（一）-1` · 第{t1.start + 1}–{t1.end}字 · `t1`"
    assert sum(line.startswith("- [ ] ") for line in lines) == 7
    assert any("责任：（建议）市交通运输局" in line for line in lines)


def test_markdown_by_party_has_a_section_per_lead_unit():
    text = render_markdown(sample_result(), by="party", title="分工")
    sections = [line for line in text.splitlines() if line.startswith("## ")]
    assert sections == ["## 各区县交通运输局（1 项）", "## 市交通运输局（2 项）",
                        "## 市应急管理局（1 项）", "## 全体/未明确（3 项）"]
    assert text.startswith("# 分工\n")


def test_markdown_escapes_redaction_stars():
    result = sample_result()
    result.items[3].text = result.items[3].text.replace("120", "**")
    assert "不少于\\*\\*公里" in render_markdown(result)


def test_csv_has_bom_header_and_rows(tmp_path):
    path = tmp_path / "tasks.csv"
    write(sample_result(), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0] == list(COLUMNS) + [ASSIGNED]
    assert len(table) == 8
    row = dict(zip(table[0], table[4]))
    assert row["任务编号"] == "一.（二）.1"
    assert row["牵头单位"] == "市交通运输局" and row["配合单位"] == "市财政局"
    assert row["截止日期"] == "2025-06-30"


def test_csv_by_party_leads_with_the_group(tmp_path):
    path = tmp_path / "tasks.csv"
    write(sample_result(), path, by="party")
    table = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert table[0][0] == "分组"
    assert [r[0] for r in table[1:]] == ["各区县交通运输局", "市交通运输局", "市交通运输局",
                                          "市应急管理局"] + ["全体/未明确"] * 3


@pytest.mark.parametrize("name, fmt, expected", [
    ("a.md", None, "md"), ("a.CSV", None, "csv"), ("a.xlsx", None, "xlsx"),
    ("a.docx", None, "docx"), ("a.json", None, "json"), ("a.graphml", None, "graphml"),
    ("a.txt", "markdown", "md"), ("a", "xlsx", "xlsx"),
])
def test_format_from_suffix_or_option(name, fmt, expected):
    assert format_for(name, fmt) == expected


@pytest.mark.parametrize("name, fmt", [("tasks.pdf", None), ("tasks", None), ("a.md", "pdf")])
def test_unknown_format_is_one_clear_error(tmp_path, name, fmt):
    with pytest.raises(SpeechmineError) as info:
        write(sample_result(), tmp_path / name, fmt=fmt)
    assert "\n" not in str(info.value)
    assert not (tmp_path / name).exists()


def test_a_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "tasks.md"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(SpeechmineError):
        write(sample_result(), path, by="leader")
    assert path.read_text(encoding="utf-8") == "old"


def test_every_format_is_byte_identical_across_processes(tmp_path):
    script = (
        "import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
        "from test_export_checklist import sample_result\n"
        "from speechmine.export import write\n"
        "for by in ('part', 'party'):\n"
        "    for ext in ('md', 'csv', 'xlsx', 'docx', 'json', 'graphml'):\n"
        "        write(sample_result(), f'{sys.argv[3]}/{by}.{ext}', by=by)\n")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        out.mkdir()
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", script, str(ROOT), str(ROOT / "tests"), str(out)],
                       check=True, env=env)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert len(outputs[0]) == 12
    assert outputs[0] == outputs[1]
