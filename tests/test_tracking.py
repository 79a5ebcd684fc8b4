"""Tracking ledgers: updating in place, warnings, the status report and the CLI around them."""
from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import speechmine
from speechmine import tracking
from speechmine.cli import main
from speechmine.errors import SpeechmineError
from speechmine.export import write
from speechmine.tracking.ledger import read_markdown

SPEECH = """关于做好交通运输重点工作的讲话
（2025年3月1日）
一、加快项目建设
各区县交通运输局要在6月底前完成农村公路危桥改造。
市公路事业发展中心要在4月底前完成国省干线路面病害排查。
二、提升服务水平
市公交集团要在年底前新开通学公交线路十条。
局信息中心要在5月10日前上线交通运输综合监测调度平台。
市港航管理局要推动澜川港区岸电设施常态化使用。
"""
BRIDGES = "各区县交通运输局要在6月底前完成农村公路危桥改造。"
SURVEY = "市公路事业发展中心要在4月底前完成国省干线路面病害排查。"
BUSES = "市公交集团要在年底前新开通学公交线路十条。"
PLATFORM = "局信息中心要在5月10日前上线交通运输综合监测调度平台。"
SHORE = "市港航管理局要推动澜川港区岸电设施常态化使用。"
OTHER = """关于加强文物保护工作的讲话
（2025年4月1日）
市文物局要在9月底前完成全市不可移动文物普查。
各县区要落实文物安全巡查制度。
"""
DAY = date(2025, 5, 8)


def _speech(folder: Path, text: str, name: str = "speech.txt") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _extract(folder: Path, text: str, name: str = "speech.txt") -> speechmine.Result:
    return speechmine.extract(_speech(folder, text, name))


def _rows(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    ws = openpyxl.load_workbook(path).worksheets[0]
    data = list(ws.iter_rows(min_row=2, values_only=True))
    return [dict(zip(data[0], r)) for r in data[1:]]


def _by_text(path: Path) -> dict[str, dict]:
    return {row["工作任务"]: row for row in _rows(path)}


def _set(path: Path, sentence: str, **values) -> None:
    """Type values into the row of `sentence` as staff would (new column names become columns)."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[2]]
    row = next(r for r in range(3, ws.max_row + 1)
               if ws.cell(row=r, column=header.index("工作任务") + 1).value == sentence)
    for name, value in values.items():
        if name not in header:
            header.append(name)
            ws.cell(row=2, column=len(header), value=name)
        ws.cell(row=row, column=header.index(name) + 1).value = value
    wb.save(path)


@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "tasks.xlsx"
    tracking.update(path, [_extract(tmp_path, SPEECH)], today=DAY)
    return path


# ---------------------------------------------------------------- updating in place

def test_new_ledger_has_source_start_date_and_no_change_marks(ledger):
    rows = _by_text(ledger)
    assert list(rows) == [BRIDGES, SURVEY, BUSES, PLATFORM, SHORE]
    assert {r["来源文件"] for r in rows.values()} == {"speech.txt"}
    assert rows[BRIDGES]["交办日期"].date() == date(2025, 3, 1)
    assert rows[BRIDGES]["截止日期"].date() == date(2025, 6, 30)
    assert all(r["变更"] is None and r["状态"] == "未启动" for r in rows.values())
    assert openpyxl.load_workbook(ledger)["_speechmine"].sheet_state == "veryHidden"


def test_update_keeps_staff_entries_matches_edits_adds_and_keeps_removed(ledger, tmp_path):
    _set(ledger, BRIDGES, 状态="推进中", 进展情况="已完成招标", 牵头领导="王副市长", 督办人="张三")
    _set(ledger, SURVEY, 状态="已完成", 是否销号="是", 备注="提前完成")
    _set(ledger, BUSES, 进展情况="线路已规划")
    edited = SPEECH.replace("新开通学公交线路十条", "新开通学公交线路十二条") \
        .replace(SURVEY + "\n", "") + "市出租汽车管理处要整治巡游出租车拒载议价问题。\n"
    summary = tracking.update(ledger, [_extract(tmp_path, edited)], today=DAY)
    assert (summary.kept, summary.similar, summary.new, summary.removed) == (3, 1, 1, 1)
    assert summary.backup == ledger.with_name("tasks.xlsx.bak")
    rows = _by_text(ledger)
    bridges = rows[BRIDGES]
    assert (bridges["状态"], bridges["进展情况"], bridges["牵头领导"], bridges["督办人"]) == (
        "推进中", "已完成招标", "王副市长", "张三")
    buses = rows["市公交集团要在年底前新开通学公交线路十二条。"]
    assert buses["进展情况"] == "线路已规划" and buses["变更"].startswith("已修改")
    survey = rows[SURVEY]                                 # gone from the speech, kept
    assert (survey["状态"], survey["是否销号"], survey["备注"], survey["变更"]) == (
        "已完成", "是", "提前完成", "已删除")
    assert list(rows).index(SURVEY) == 1                  # where it stood
    assert rows["市出租汽车管理处要整治巡游出租车拒载议价问题。"]["变更"] == "新增"
    assert [r["序号"] for r in rows.values()] == list(range(1, 7))
    assert "保留 3 项" in str(summary) and "新增 1 项" in str(summary)


def test_backup_holds_the_previous_file(ledger, tmp_path):
    _set(ledger, BRIDGES, 状态="推进中")
    before = ledger.read_bytes()
    tracking.update(ledger, [_extract(tmp_path, SPEECH)], today=DAY)
    assert ledger.with_name("tasks.xlsx.bak").read_bytes() == before


def test_dissimilar_replacement_is_not_matched(ledger, tmp_path):
    _set(ledger, SHORE, 状态="推进中")
    other = SPEECH.replace(SHORE, "局机关各处室要精简会议文件，切实为基层减轻负担。")
    summary = tracking.update(ledger, [_extract(tmp_path, other)], today=DAY)
    assert (summary.similar, summary.new, summary.removed) == (0, 1, 1)
    rows = _by_text(ledger)
    assert rows[SHORE]["状态"] == "推进中" and rows[SHORE]["变更"] == "已删除"
    assert rows["局机关各处室要精简会议文件，切实为基层减轻负担。"]["状态"] == "未启动"


def test_similar_pairs_are_one_to_one():
    def row(text):
        return type("R", (), {"item": type("I", (), {"id": "x" + text, "text": text})()})()

    olds = [tracking.Old(0, "a", "市公交集团要在年底前新开通学公交线路十条。", "s", False, {}),
            tracking.Old(1, "b", "市公交集团要在年底前新开通学公交线路十一条。", "s", False, {})]
    pairs = tracking.match(olds, [row("市公交集团要在年底前新开通学公交线路十二条。")])
    assert len(pairs) == 1 and pairs in ({0: 0}, {1: 0})


def test_removed_task_coming_back_is_restored(ledger, tmp_path):
    _set(ledger, SHORE, 进展情况="岸电已通")
    tracking.update(ledger, [_extract(tmp_path, SPEECH.replace(SHORE + "\n", ""))], today=DAY)
    assert _by_text(ledger)[SHORE]["变更"] == "已删除"
    summary = tracking.update(ledger, [_extract(tmp_path, SPEECH)], today=DAY)
    assert summary.restored == 1
    assert _by_text(ledger)[SHORE]["变更"] == "恢复"
    assert _by_text(ledger)[SHORE]["进展情况"] == "岸电已通"


def test_edited_extracted_cell_is_kept_an_untouched_one_refreshed(ledger, tmp_path):
    _set(ledger, BRIDGES, 牵头单位="市交通运输局")
    edited = SPEECH.replace(BRIDGES, "各区县交通运输局要在8月底前完成农村公路危桥改造。")
    tracking.update(ledger, [_extract(tmp_path, edited)], today=DAY)
    row = _by_text(ledger)["各区县交通运输局要在8月底前完成农村公路危桥改造。"]
    assert row["牵头单位"] == "市交通运输局"              # staff's correction
    assert row["完成时限"] == "8月底前"                    # follows the corrected speech
    assert row["截止日期"].date() == date(2025, 8, 31)


def test_csv_without_baseline_keeps_differing_cells_and_flags_them(tmp_path):
    path = tmp_path / "tasks.csv"
    tracking.update(path, [_extract(tmp_path, SPEECH)], today=DAY)
    table = _rows(path)
    header = list(table[0]) + ["督办人"]
    for row in table:
        if row["工作任务"] == BRIDGES:
            row.update(状态="推进中", 完成时限="7月15日前", 督办人="李四")
    out = io.StringIO()
    csv.DictWriter(out, header, lineterminator="\r\n", restval="").writeheader()
    csv.DictWriter(out, header, lineterminator="\r\n", restval="").writerows(table)
    path.write_text("\ufeff" + out.getvalue(), encoding="utf-8")
    edited = SPEECH.replace(BRIDGES, "各区县交通运输局要在6月底前完成全部农村公路危桥改造。")
    tracking.update(path, [_extract(tmp_path, edited)], today=DAY)
    row = _by_text(path)["各区县交通运输局要在6月底前完成全部农村公路危桥改造。"]
    assert (row["状态"], row["完成时限"], row["督办人"]) == ("推进中", "7月15日前", "李四")
    assert row["变更"].startswith("已修改") and "完成时限" in row["变更"]
    assert "完成全部农村公路危桥改造" in row["任务要点"]    # quoted from the sentence: refreshed


def test_plain_export_is_updated_keeping_statuses(tmp_path):
    path = tmp_path / "tasks.xlsx"
    write(_extract(tmp_path, SPEECH), path)
    _set(path, PLATFORM, 状态="已完成")
    summary = tracking.update(path, [_extract(tmp_path, SPEECH)], today=DAY)
    assert summary.kept == 5 and summary.removed == 0
    rows = _by_text(path)
    assert rows[PLATFORM]["状态"] == "已完成" and rows[PLATFORM]["来源文件"] == "speech.txt"


def test_staff_rows_without_id_stay_where_they_were(ledger, tmp_path):
    wb = openpyxl.load_workbook(ledger)
    ws = wb.worksheets[0]
    ws.insert_rows(5)
    ws.cell(row=5, column=3, value="临时交办：配合做好迎检工作")
    ws.cell(row=5, column=13, value="推进中")
    wb.save(ledger)
    tracking.update(ledger, [_extract(tmp_path, SPEECH)], today=DAY)
    texts = list(_by_text(ledger))
    assert texts[2] == "临时交办：配合做好迎检工作"
    assert _by_text(ledger)["临时交办：配合做好迎检工作"]["状态"] == "推进中"


def test_a_merged_cell_counts_for_every_row_it_covers(ledger, tmp_path):
    wb = openpyxl.load_workbook(ledger)
    ws = wb.worksheets[0]
    ws["F3"] = "王副市长"                                   # 牵头领导 of the first two tasks
    ws.merge_cells("F3:F4")
    wb.save(ledger)
    tracking.update(ledger, [_extract(tmp_path, SPEECH)], today=DAY)
    rows = _by_text(ledger)
    assert rows[BRIDGES]["牵头领导"] == rows[SURVEY]["牵头领导"] == "王副市长"


def test_other_sheets_of_the_workbook_are_kept(ledger, tmp_path):
    wb = openpyxl.load_workbook(ledger)
    wb.create_sheet("月报").append(["五月", "已报送"])
    wb.save(ledger)
    tracking.update(ledger, [_extract(tmp_path, SPEECH)], today=DAY)
    wb = openpyxl.load_workbook(ledger)
    assert wb["月报"]["B1"].value == "已报送"
    assert wb.worksheets[0].title == "任务分解表"


def test_same_input_same_bytes(tmp_path):
    result = _extract(tmp_path, SPEECH)
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for path in (first, second):
        tracking.update(path, [result], today=DAY)
        tracking.update(path, [result], today=DAY)
    assert first.read_bytes() == second.read_bytes()


def test_a_write_killed_midway_leaves_the_previous_file(ledger, tmp_path, monkeypatch):
    _set(ledger, BRIDGES, 状态="推进中")
    before = ledger.read_bytes()
    real_replace = os.replace

    def dying(src, dst):
        if Path(dst) == ledger:
            raise KeyboardInterrupt("killed")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", dying)
    with pytest.raises(KeyboardInterrupt):
        tracking.update(ledger, [_extract(tmp_path, SPEECH + "局机关要精简文件。\n")], today=DAY)
    assert ledger.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_several_speeches_one_ledger_and_adding_one_later(tmp_path):
    path = tmp_path / "ledger.csv"
    first = _extract(tmp_path, SPEECH, "交通.txt")
    tracking.update(path, [first], today=DAY)
    summary = tracking.update(path, [_extract(tmp_path, OTHER, "文物.txt")], today=DAY)
    assert summary.new == 2 and summary.untouched == 5 and summary.removed == 0
    rows = _rows(path)
    assert [r["来源文件"] for r in rows] == ["交通.txt"] * 5 + ["文物.txt"] * 2
    assert rows[-2]["交办日期"] == "2025-04-01"
    assert all(r["变更"] != "已删除" for r in rows)


def test_two_speeches_with_one_file_name_are_refused(tmp_path):
    (tmp_path / "a").mkdir()
    result = _extract(tmp_path, SPEECH)
    twin = _extract(tmp_path / "a", OTHER)
    with pytest.raises(SpeechmineError, match="share the file name"):
        tracking.update(tmp_path / "x.xlsx", [result, twin])


def test_by_party_ledger_has_a_sheet_per_unit(tmp_path):
    path = tmp_path / "tasks.xlsx"
    tracking.update(path, [_extract(tmp_path, SPEECH)], by="party", today=DAY)
    _set(path, BRIDGES, 状态="推进中")
    tracking.update(path, [_extract(tmp_path, SPEECH)], by="party", today=DAY)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "各区县交通运输局" and "市公交集团" in wb.sheetnames
    assert tracking.status(path, DAY).counts["推进中"] == 1


def test_markdown_keeps_ticks_notes_and_appended_text(tmp_path):
    path = tmp_path / "tasks.md"
    tracking.update(path, [_extract(tmp_path, SPEECH)], today=DAY)
    lines = path.read_text(encoding="utf-8").split("\n")
    n = next(i for i, line in enumerate(lines) if line.startswith(f"- [ ] {BUSES}"))
    lines[n] = lines[n].replace("- [ ]", "- [x]") + "已开通4条"
    lines.insert(n + 2, "    进展：已完成线路招标")
    m = next(i for i, line in enumerate(lines) if line.startswith(f"- [ ] {SHORE}"))
    lines[m] = lines[m].replace("- [ ]", "- [x]")
    path.write_text("\n".join(lines), encoding="utf-8")
    edited = SPEECH.replace("十条", "十二条").replace(SHORE + "\n", "")
    tracking.update(path, [_extract(tmp_path, edited)], today=DAY)
    blocks = {b.text: b for c in read_markdown(path) for b in c.blocks if b.kind == "task"}
    buses = blocks["市公交集团要在年底前新开通学公交线路十二条。"]
    assert buses.checked and buses.after == "已开通4条"
    assert buses.notes == ["    进展：已完成线路招标"] and "已修改" in buses.lines[1]
    assert blocks[SHORE].removed and blocks[SHORE].checked
    assert "## 已移除的任务" in path.read_text(encoding="utf-8")


def test_not_a_ledger_is_one_clear_error(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(SpeechmineError, match="not a speechmine checklist"):
        tracking.update(path, [_extract(tmp_path, SPEECH)])
    with pytest.raises(SpeechmineError, match="xlsx, .csv or .md"):
        tracking.update(tmp_path / "x.docx", [_extract(tmp_path, SPEECH)])


# ---------------------------------------------------------------- warnings

@pytest.mark.parametrize("status, due, today, colour", [
    ("未启动", date(2025, 4, 30), date(2025, 5, 8), "红"),      # overdue
    ("推进中", date(2025, 5, 7), date(2025, 5, 8), "红"),
    ("已完成", date(2025, 4, 30), date(2025, 5, 8), None),      # done: never warned
    ("已销号", date(2025, 4, 30), date(2025, 5, 8), None),
    ("未启动", date(2025, 6, 30), date(2025, 5, 1), "黄"),      # past half of 3-01…6-30
    ("未启动", date(2025, 6, 30), date(2025, 4, 29), None),     # not yet half
    ("推进中", date(2025, 6, 30), date(2025, 5, 1), None),      # started: not behind
    ("推进中", date(2025, 5, 11), date(2025, 5, 8), "蓝"),      # 3 days left
    ("推进中", date(2025, 5, 8), date(2025, 5, 8), "蓝"),       # due today
    ("推进中", date(2025, 5, 12), date(2025, 5, 8), None),      # 4 days left
    ("未启动", None, date(2025, 5, 8), None),
])
def test_warning_colours(status, due, today, colour):
    assert tracking.warning(status, due, date(2025, 3, 1), today, near_days=3) == colour


def test_near_window_is_configurable():
    assert tracking.warning("推进中", date(2025, 5, 15), None, date(2025, 5, 8), 7) == "蓝"
    assert tracking.warning("推进中", date(2025, 5, 15), None, date(2025, 5, 8), 3) is None


def test_status_words_staff_type_are_understood():
    assert tracking.normal_status("办结") == "已完成"
    assert tracking.normal_status("正在推进") == "推进中"
    assert tracking.normal_status("", "是") == "已销号"
    assert tracking.normal_status(None) == "未启动"
    assert tracking.normal_status("暂缓") == "暂缓"


def _fill(path: Path, sentence: str) -> str:
    ws = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in ws[2]]
    row = next(r for r in range(3, ws.max_row + 1)
               if ws.cell(row=r, column=header.index("工作任务") + 1).value == sentence)
    return ws.cell(row=row, column=1).fill.start_color.rgb


def test_workbook_rows_carry_the_colour_of_the_day_and_live_rules(ledger, tmp_path):
    _set(ledger, PLATFORM, 状态="推进中")
    tracking.update(ledger, [_extract(tmp_path, SPEECH)], today=DAY, near_days=3)
    assert _fill(ledger, SURVEY).endswith("FFC7CE")        # 红: due 4-30
    assert _fill(ledger, BRIDGES).endswith("FFEB9C")       # 黄: 未启动 past half of 3-01…6-30
    assert _fill(ledger, PLATFORM).endswith("BDD7EE")      # 蓝: due 5-10, started
    assert _fill(ledger, BUSES) == "00000000"              # nothing yet
    ws = openpyxl.load_workbook(ledger).worksheets[0]
    formulas = [rule.formula[0] for rng in ws.conditional_formatting for rule in rng.rules]
    assert any("TODAY()-$S3>=($K3-$S3)/2" in f for f in formulas), formulas   # 黄, live
    assert any("$K3-TODAY()<=3" in f for f in formulas), formulas             # 蓝, live
    assert any('$N3="是"' in f for f in formulas), formulas                   # 销号 counts as done


# ---------------------------------------------------------------- status report

def _marked(tmp_path: Path) -> Path:
    path = tmp_path / "tasks.xlsx"
    tracking.update(path, [_extract(tmp_path, SPEECH)], today=DAY)
    _set(path, BUSES, 状态="已完成")
    _set(path, SHORE, 状态="推进中", 是否销号="是")
    _set(path, PLATFORM, 状态="推进中")
    return path


def test_report_figures(tmp_path):
    report = tracking.status(_marked(tmp_path), DAY)
    assert report.total == 5 and report.done == 2 and report.percent == 40
    assert report.counts == {"未启动": 2, "推进中": 1, "已完成": 1, "已销号": 1}
    assert [(t.text, t.days) for t in report.warned("红")] == [(SURVEY, 8)]
    assert [(t.text, t.days) for t in report.warned("黄")] == [(BRIDGES, 53)]
    assert [(t.text, t.days) for t in report.warned("蓝")] == [(PLATFORM, 2)]
    assert report.headline == "5件，已办结2件(40%)，1件逾期，1件滞后，1件临期"
    units = report.by_unit()
    assert units["市公交集团"].percent == 100 and units["局信息中心"].total == 1


def test_removed_tasks_are_not_counted(ledger, tmp_path):
    tracking.update(ledger, [_extract(tmp_path, SPEECH.replace(SURVEY + "\n", ""))], today=DAY)
    report = tracking.status(ledger, DAY)
    assert report.total == 4 and report.removed == 1 and not report.warned("红")


def test_report_renderings(tmp_path):
    report = tracking.status(_marked(tmp_path), DAY)
    text = tracking.render_report(report, "text", by="party")
    assert "5件，已办结2件(40%)" in text and "逾期8天" in text and "剩2天" in text
    assert "局信息中心" in text.split("预警")[0]              # the per-unit table
    md = tracking.render_report(report, "md")
    assert "| 已销号 | 1 |" in md and f"| 红·逾期 | 市公路事业发展中心 | 2025-04-30 | 逾期8天 | {SURVEY} |" in md
    data = json.loads(tracking.render_report(report, "json", by="party"))
    assert data["percent"] == 40 and data["overdue"][0]["days"] == 8
    assert data["units"]["市公交集团"]["done"] == 1


def test_markdown_and_csv_ledgers_report_too(tmp_path):
    path = tmp_path / "tasks.md"
    tracking.update(path, [_extract(tmp_path, SPEECH)], today=DAY)
    text = path.read_text(encoding="utf-8").replace(f"- [ ] {BUSES}", f"- [x] {BUSES}")
    path.write_text(text, encoding="utf-8")
    report = tracking.status(path, DAY)
    assert (report.total, report.done) == (5, 1)
    assert [t.text for t in report.warned("红")] == [SURVEY]


# ---------------------------------------------------------------- CLI

def _run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_cli_single_new_file_is_the_plain_checklist(tmp_path):
    speech = _speech(tmp_path, SPEECH)
    assert _run("checklist", speech, "-o", tmp_path / "a.xlsx").exit_code == 0
    write(speechmine.extract(speech), tmp_path / "b.xlsx")
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()


def test_cli_update_prints_summary_and_status_reports(tmp_path):
    speech = _speech(tmp_path, SPEECH)
    out = tmp_path / "tasks.xlsx"
    assert _run("checklist", speech, "-o", out).exit_code == 0
    _set(out, BUSES, 状态="已完成")
    speech.write_text(SPEECH.replace(SHORE + "\n", ""), encoding="utf-8")
    run = _run("checklist", speech, "-o", out, "--today", "2025-05-08")
    assert run.exit_code == 0, run.output
    assert "保留 4 项" in run.output and "移除 1 项" in run.output and "tasks.xlsx.bak" in run.output
    run = _run("status", out, "--today", "2025-05-08")
    assert run.exit_code == 0 and "4件，已办结1件(25%)，1件逾期" in run.output
    run = _run("status", out, "--today", "2025-05-08", "--format", "json", "--near-days", "0")
    assert json.loads(run.output)["near"] == []


def test_cli_several_speeches(tmp_path):
    a, b = _speech(tmp_path, SPEECH, "交通.txt"), _speech(tmp_path, OTHER, "文物.docx.txt")
    run = _run("checklist", a, b, "-o", tmp_path / "ledger.xlsx")
    assert run.exit_code == 0 and "新建台账，任务 7 项" in run.output
    assert {r["来源文件"] for r in _rows(tmp_path / "ledger.xlsx")} == {"交通.txt", "文物.docx.txt"}
    run = _run("checklist", a, b)
    assert run.exit_code == 2 and "one ledger" in run.output


def test_cli_errors_are_one_line(tmp_path):
    run = _run("status", tmp_path / "missing.xlsx")
    assert run.exit_code == 1 and run.output.count("\n") == 1 and "no such file" in run.output
    run = _run("status", tmp_path / "x.xlsx", "--today", "5月8日")
    assert run.exit_code == 2 and "not a date" in run.output


def test_cli_near_days_sets_the_window_of_a_plain_workbook(tmp_path):
    out = tmp_path / "tasks.xlsx"
    assert _run("checklist", _speech(tmp_path, SPEECH), "-o", out, "--near-days", "7").exit_code == 0
    ws = openpyxl.load_workbook(out).worksheets[0]
    formulas = [rule.formula[0] for rng in ws.conditional_formatting for rule in rng.rules]
    assert any("-TODAY()<=7" in f for f in formulas), formulas


def test_a_task_added_later_is_assigned_on_the_day_it_arrives(tmp_path):
    speech = tmp_path / "s.txt"
    speech.write_text("（2025年3月1日）\n二、重点工作\n各区县要在6月底前完成排查。\n", encoding="utf-8")
    path = tmp_path / "tasks.xlsx"
    tracking.update(path, [speechmine.extract(speech)], today=date(2025, 3, 1))
    speech.write_text("（2025年3月1日）\n二、重点工作\n各区县要在6月底前完成排查。\n市港航中心要在9月底前完成改造。\n",
                      encoding="utf-8")
    tracking.update(path, [speechmine.extract(speech)], today=date(2025, 6, 20))
    tracking.update(path, [speechmine.extract(speech)], today=date(2025, 6, 25))
    report = tracking.status(path, date(2025, 6, 28))
    warned = {t.text for colour in ("红", "黄", "蓝") for t in report.warned(colour)}
    assert "市港航中心要在9月底前完成改造。" not in warned   # half of 6-20 → 9-30 has not passed
    assert "各区县要在6月底前完成排查。" in warned


def test_a_row_staff_mark_not_a_task_is_left_as_it_is(ledger, tmp_path):
    _set(ledger, SHORE, 变更="不列入", 牵头单位="")
    _set(ledger, BUSES, 人工修改="牵头单位", 牵头单位="市交通运输局")
    for _ in range(2):
        summary = tracking.update(ledger, [_extract(tmp_path, SPEECH)], today=DAY)
        assert summary.excluded == 1 and summary.new == 0 and "不列入 1 项" in str(summary)
        rows = _by_text(ledger)
        assert rows[SHORE]["变更"] == "不列入" and not rows[SHORE]["牵头单位"]
        assert rows[BUSES]["牵头单位"] == "市交通运输局"    # 人工修改: not taken for speechmine's own
    report = tracking.status(ledger, today=DAY)
    assert report.total == 4 and report.removed == 1
