"""The checklist as an Excel 督办台账 (openpyxl).

A title row, a frozen header, set widths and wrapped text, a drop-down on 状态 and 是否销号, and
conditional colours: overdue rows red, rows due within `NEAR_DAYS` days amber, finished rows green,
all driven by the 截止日期 (a real date) and 状态 cells, so they follow what staff type later.
With `by="party"` each lead unit gets its own sheet.
"""
from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..checklist import COLUMNS, STATUSES, Section, default_title, sections
from ..model import Result
from .ooxml import FIXED_TIME, normalize

HEADER_FONT = "黑体"
BODY_FONT = "仿宋_GB2312"
NEAR_DAYS = 7
HEADER_ROW = 2
FIRST_ROW = 3
WIDTHS = {"序号": 6, "任务编号": 14, "工作任务": 60, "任务要点": 30, "具体要求/量化目标": 18,
          "牵头领导": 10, "牵头单位": 18, "责任单位": 22, "配合单位": 18, "完成时限": 12,
          "截止日期": 12, "进展情况": 24, "状态": 10, "是否销号": 9, "原文出处": 16, "备注": 18,
          "任务ID": 12}
OVERDUE_FILL = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
NEAR_FILL = PatternFill("solid", start_color="FFEB9C", end_color="FFEB9C")
DONE_FILL = PatternFill("solid", start_color="C6EFCE", end_color="C6EFCE")
HEADER_FILL = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def column(name: str) -> str:
    """The sheet column letter of a checklist column."""
    return get_column_letter(COLUMNS.index(name) + 1)


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name (≤31 characters, no []:*?/\\)."""
    base = _BAD_SHEET_CHARS.sub("_", title).strip("'") or "未命名"
    name, n = base[:31], 1
    while name.lower() in taken:
        n += 1
        name = f"{base[:31 - len(str(n)) - 1]}_{n}"
    taken.add(name.lower())
    return name


def _fill_sheet(ws: Worksheet, title: str, sections_: list[Section]) -> None:
    last_col = get_column_letter(len(COLUMNS))
    ws.cell(row=1, column=1, value=title).font = Font(name=HEADER_FONT, size=16)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{last_col}1")
    ws.row_dimensions[1].height = 30
    for index, name in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=index, value=name)
        cell.font = Font(name=HEADER_FONT, size=11, bold=True)
        cell.fill = HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(index)].width = WIDTHS[name]
    body_font = Font(name=BODY_FONT, size=11)
    wrap = Alignment(vertical="top", wrap_text=True)
    row_no = FIRST_ROW
    for section in sections_:
        for row in section.rows:
            for index, value in enumerate(row.cells(), start=1):
                cell = ws.cell(row=row_no, column=index, value=value)
                cell.font = body_font
                cell.alignment = wrap
                cell.border = _BORDER
                if COLUMNS[index - 1] == "截止日期":
                    cell.number_format = "yyyy-mm-dd"
            row_no += 1
    last_row = max(row_no - 1, FIRST_ROW)
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last_row}"
    _add_dropdown(ws, "状态", STATUSES, last_row)
    _add_dropdown(ws, "是否销号", ("是", "否"), last_row)
    _add_colours(ws, last_row)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _add_dropdown(ws: Worksheet, name: str, choices: tuple[str, ...], last_row: int) -> None:
    letter = column(name)
    validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"',
                                allow_blank=True, showErrorMessage=True)
    validation.error = f"请从下拉列表中选择：{'、'.join(choices)}"
    validation.errorTitle = name
    validation.add(f"{letter}{FIRST_ROW}:{letter}{last_row}")
    ws.add_data_validation(validation)


def _add_colours(ws: Worksheet, last_row: int) -> None:
    due, status = f"${column('截止日期')}{FIRST_ROW}", f"${column('状态')}{FIRST_ROW}"
    open_ = f'{status}<>"{STATUSES[2]}",{status}<>"{STATUSES[3]}"'
    area = f"A{FIRST_ROW}:{get_column_letter(len(COLUMNS))}{last_row}"
    ws.conditional_formatting.add(area, FormulaRule(
        formula=[f"OR({status}=\"{STATUSES[2]}\",{status}=\"{STATUSES[3]}\")"],
        fill=DONE_FILL, stopIfTrue=True))
    ws.conditional_formatting.add(area, FormulaRule(
        formula=[f"AND(ISNUMBER({due}),{due}<TODAY(),{open_})"], fill=OVERDUE_FILL,
        font=Font(color="9C0006"), stopIfTrue=True))
    ws.conditional_formatting.add(area, FormulaRule(
        formula=[f"AND(ISNUMBER({due}),{due}>=TODAY(),{due}-TODAY()<={NEAR_DAYS},{open_})"],
        fill=NEAR_FILL))


def render_xlsx(result: Result, by: str = "part", title: str | None = None) -> bytes:
    """The workbook as bytes, identical for identical input."""
    title = title or default_title(result)
    groups = sections(result, by)
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    if by == "party":
        for section in groups or [Section("任务分解表")]:
            ws = workbook.create_sheet(sheet_name(section.title, taken))
            _fill_sheet(ws, f"{title}（{section.title}）", [section])
    else:
        _fill_sheet(workbook.create_sheet(sheet_name("任务分解表", taken)), title, groups)
    props = workbook.properties
    props.title, props.creator, props.lastModifiedBy = title, "speechmine", "speechmine"
    props.created = props.modified = FIXED_TIME
    out = io.BytesIO()
    workbook.save(out)
    return normalize(out.getvalue())
