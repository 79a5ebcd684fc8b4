"""The Excel 督办台账, read back with openpyxl."""
from __future__ import annotations

import zipfile
from datetime import datetime

import openpyxl
import pytest

from speechmine.export.checklist import ASSIGNED, COLUMNS, STATUSES
from speechmine.export import write
from test_export_checklist import sample_result


def _col(name: str) -> int:
    return COLUMNS.index(name) + 1


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "tasks.xlsx"
    write(sample_result(), path, title="交通工作任务分解表")
    return openpyxl.load_workbook(path)


def test_title_header_and_one_row_per_task(workbook):
    ws = workbook.active
    assert ws.title == "任务分解表"
    assert ws["A1"].value == "交通工作任务分解表"
    assert [c.value for c in ws[2]] == list(COLUMNS) + [ASSIGNED]
    data = list(ws.iter_rows(min_row=3, values_only=True))
    assert [r[_col("任务ID") - 1] for r in data] == ["t0", "t1", "t2", "t3", "t4", "t5", "t6"]
    assert [r[0] for r in data] == list(range(1, 8))
    row = {name: value for name, value in zip(COLUMNS, data[1])}
    assert row["任务编号"] == "一.（一）-1"
    assert row["牵头单位"] == "各区县交通运输局"
    assert row["完成时限"] == "年底前"
    assert row["任务要点"].startswith("加快推进农村公路提质改造")
    assert data[2][_col("牵头单位") - 1] == "（建议）市交通运输局"


def test_due_date_is_a_real_date_cell(workbook):
    ws = workbook.active
    cell = ws.cell(row=3 + 3, column=_col("截止日期"))
    assert cell.value == datetime(2025, 6, 30)
    assert cell.number_format == "yyyy-mm-dd"
    assert ws.cell(row=3, column=_col("截止日期")).value is None


def test_frozen_header_widths_wrapping_and_fonts(workbook):
    ws = workbook.active
    assert ws.freeze_panes == "C3"
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width
    body = ws.cell(row=4, column=_col("工作任务"))
    assert body.alignment.wrap_text
    assert ws.cell(row=2, column=1).font.name == "黑体"
    assert body.font.name == "仿宋_GB2312"
    assert ws.print_title_rows == "$2:$2"


def test_status_dropdown_and_deadline_colours(workbook):
    ws = workbook.active
    status = openpyxl.utils.get_column_letter(_col("状态"))
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    dropdown = next(dv for dv in lists if str(dv.sqref) == f"{status}3:{status}9")
    assert dropdown.formula1 == '"' + ",".join(STATUSES) + '"'
    assert all(ws.cell(row=r, column=_col("状态")).value == "未启动" for r in range(3, 10))
    rules = [(str(rng.sqref), rule) for rng in ws.conditional_formatting for rule in rng.rules]
    due = openpyxl.utils.get_column_letter(_col("截止日期"))
    formulas = [rule.formula[0] for area, rule in rules if area == "A3:R9"]
    assert any(f"${due}3<TODAY()" in f for f in formulas), formulas      # overdue
    assert any(f"${due}3-TODAY()<=" in f for f in formulas), formulas    # near the deadline
    assert all(rule.dxf.fill is not None for _, rule in rules)


def test_by_party_gives_each_lead_unit_its_own_sheet(tmp_path):
    path = tmp_path / "by_party.xlsx"
    write(sample_result(), path, by="party")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["各区县交通运输局", "市交通运输局", "市应急管理局", "全体_未明确"]
    ws = wb["市交通运输局"]
    ids = [r[_col("任务ID") - 1] for r in ws.iter_rows(min_row=3, values_only=True)]
    assert ids == ["t3", "t4"]
    assert [r[0] for r in ws.iter_rows(min_row=3, values_only=True)] == [1, 2]
    assert all(sheet.data_validations.dataValidation for sheet in wb.worksheets)


def test_two_writes_are_byte_identical_with_fixed_dates(tmp_path):
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write(sample_result(), first)
    write(sample_result(), second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
    props = openpyxl.load_workbook(first).properties
    assert props.created == props.modified == datetime(2000, 1, 1)
