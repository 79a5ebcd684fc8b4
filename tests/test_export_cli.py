"""`speechmine checklist` and `speechmine graph`, run through the real CLI on a small speech."""
from __future__ import annotations

import csv
import io
import json

import docx
import networkx as nx
import openpyxl
import pytest
from click.testing import CliRunner

import speechmine
from speechmine.export.checklist import ASSIGNED, COLUMNS, rows, sections
from speechmine.cli import main

SPEECH = """在全县农业农村工作会议上的讲话

同志们：
今天召开会议，主要是总结去年工作，部署今年任务。
一、全力抓好粮食生产
（一）稳定种植面积。各乡镇要把粮食播种面积落实到地块，确保全年粮食播种面积稳定在50万亩以上。县农业农村局要在3月底前完成春播技术指导。
（二）加强农田建设。要严格执行《高标准农田建设规范》。（牵头单位：县农业农村局；责任单位：县财政局、各乡镇）
二、持续改善农村人居环境
1.县住建局要加快推进农村危房改造，年底前全部完工。
2.严禁在基本农田内违规建房。
"""


@pytest.fixture
def speech(tmp_path):
    path = tmp_path / "农业农村工作讲话.txt"
    path.write_text(SPEECH, encoding="utf-8")
    return path


def _run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_checklist_xlsx_matches_the_library_rows(speech, tmp_path):
    out = tmp_path / "tasks.xlsx"
    run = _run("checklist", speech, "-o", out, "--title", "农业农村重点任务")
    assert run.exit_code == 0, run.output
    expected = [row.record() for row in rows(speechmine.extract(str(speech)))]
    assert expected, "the extractor found no tasks in the sample speech"
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "农业农村重点任务"
    got = [dict(zip(COLUMNS, r)) for r in ws.iter_rows(min_row=3, values_only=True)]
    assert [r["任务ID"] for r in got] == [r["任务ID"] for r in expected]
    assert [r["工作任务"] for r in got] == [r["工作任务"] for r in expected]
    assert "县农业农村局" in {r["牵头单位"] for r in got}
    assert all(SPEECH.find(r["工作任务"]) >= 0 for r in got)


def test_checklist_by_party_docx_has_a_table_per_unit(speech, tmp_path):
    out = tmp_path / "tasks.docx"
    assert _run("checklist", speech, "-o", out, "--by", "party").exit_code == 0
    document = docx.Document(str(out))
    groups = sections(speechmine.extract(str(speech)), by="party")
    assert len(document.tables) == len(groups) > 1
    assert [len(t.rows) - 1 for t in document.tables] == [len(g.rows) for g in groups]
    assert document.paragraphs[0].text == "全县农业农村工作会议任务分解表"  # from the speech's first line


def test_checklist_format_option_and_stdout(speech, tmp_path):
    out = tmp_path / "tasks.txt"
    assert _run("checklist", speech, "-o", out, "--format", "csv").exit_code == 0
    table = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert table[0] == list(COLUMNS) + [ASSIGNED]
    run = _run("checklist", speech)
    assert run.exit_code == 0
    assert run.stdout.startswith("# 全县农业农村工作会议任务分解表")
    assert run.stdout.count("- [ ] ") == len(table) - 1


def test_checklist_bad_suffix_is_one_line_and_writes_nothing(speech, tmp_path):
    out = tmp_path / "tasks.pdf"
    run = CliRunner().invoke(main, ["checklist", str(speech), "-o", str(out)])
    assert run.exit_code == 1
    assert "unknown output format" in run.output and "Traceback" not in run.output
    assert not out.exists()


def test_graph_graphml_and_json(speech, tmp_path):
    out = tmp_path / "tasks.graphml"
    assert _run("graph", speech, "-o", out).exit_code == 0
    graph = nx.read_graphml(out)
    result = speechmine.extract(str(speech))
    assert {it.id for it in result.items} <= set(graph.nodes)
    assert graph.nodes["party:县农业农村局"]["type"] == "party"
    assert graph.nodes["cited:高标准农田建设规范"]["type"] == "cited"
    run = _run("graph", speech)
    data = json.loads(run.output)
    assert {node["id"] for node in data["nodes"]} == set(graph.nodes)


def test_same_input_same_bytes_through_the_cli(speech, tmp_path):
    for name in ("a.xlsx", "b.xlsx", "a.docx", "b.docx", "a.graphml", "b.graphml"):
        command = "graph" if name.endswith("graphml") else "checklist"
        assert _run(command, speech, "-o", tmp_path / name).exit_code == 0
    for ext in ("xlsx", "docx", "graphml"):
        assert (tmp_path / f"a.{ext}").read_bytes() == (tmp_path / f"b.{ext}").read_bytes()


def test_checklist_date_option_gives_due_dates(tmp_path):
    speech = tmp_path / "s.txt"
    speech.write_text("二、重点工作\n各乡镇要在3月底前完成排查。\n", encoding="utf-8")
    out = tmp_path / "tasks.csv"
    run = CliRunner().invoke(main, ["checklist", str(speech), "-o", str(out), "--date", "2024-12-20"])
    assert run.exit_code == 0, run.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0]["截止日期"] == "2025-03-31"
