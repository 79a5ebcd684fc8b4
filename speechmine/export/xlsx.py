"""The checklist as an Excel 督办台账 (openpyxl).

A title row, a frozen header, set widths and wrapped text, a drop-down on 状态 and 是否销号, and
conditional colours: finished rows green, overdue rows red (红), rows not started past half their
time yellow (黄, when a 交办日期 column gives the start), rows due within `NEAR_DAYS` days blue (蓝),
all driven by the 截止日期 (a real date) and 状态 cells, so they follow what staff type later.
With `by="party"` each lead unit gets its own sheet. `fill_table` writes any columns (the tracking
ledger uses it, with a fill per row for the state on the day it was written).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from typing import Any, Sequence

from .checklist import ASSIGNED, COLUMNS, STATUSES, Section, assigned_date, default_title, sections
from ..model import Result
from .cells import set_cell
from .columns import NEAR_DAYS
from .ooxml import workbook_bytes

HEADER_FONT = "黑体"
BODY_FONT = "仿宋_GB2312"
HEADER_ROW = 2
FIRST_ROW = 3
WIDTHS = {"序号": 6, "任务编号": 14, "工作任务": 60, "任务要点": 30, "具体要求/量化目标": 18,
          "牵头领导": 10, "牵头单位": 18, "责任单位": 22, "配合单位": 18, "完成时限": 12,
          "截止日期": 12, "进展情况": 24, "状态": 10, "是否销号": 9, "原文出处": 16, "备注": 18,
          "任务ID": 12}
OVERDUE_FILL = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
NEAR_FILL = PatternFill("solid", start_color="BDD7EE", end_color="BDD7EE")
BEHIND_FILL = PatternFill("solid", start_color="FFEB9C", end_color="FFEB9C")
NO_FILL = PatternFill("solid", start_color="FFFFFF", end_color="FFFFFF")
WARNING_FILLS = {"红": OVERDUE_FILL, "黄": BEHIND_FILL, "蓝": NEAR_FILL}
DATE_COLUMNS = ("截止日期", "交办日期")
DEFAULT_WIDTH = 14
PAGE_FOOTER = "第 &P 页 共 &N 页"
"""The printed page's footer: `第 1 页 共 3 页`."""
DONE_FILL = PatternFill("solid", start_color="C6EFCE", end_color="C6EFCE")
HEADER_FILL = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


def column(name: str, columns: Sequence[str] = COLUMNS) -> str:
    """The sheet column letter of a checklist column."""
    return get_column_letter(list(columns).index(name) + 1)


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name (≤31 characters, no []:*?/\\)."""
    base = _BAD_SHEET_CHARS.sub("_", title).strip("'") or "未命名"
    name, n = base[:31], 1
    while name.lower() in taken:
        n += 1
        name = f"{base[:31 - len(str(n)) - 1]}_{n}"
    taken.add(name.lower())
    return name


@dataclass
class Sheet:
    """One sheet of a 督办台账 workbook: its tab name, title row, rows of values (for a ledger: of
    dicts by column, see `tracking.ledger`) and each row's fixed 红/黄/蓝 fill (None: none)."""

    name: str
    title: str
    rows: list[Any]
    fills: Sequence[str | None] | None = None


def add_sheets(workbook: Workbook, columns: Sequence[str], sheets: Sequence[Sheet], position: int = 0,
               near_days: int = NEAR_DAYS, widths: dict[str, float] | None = None) -> None:
    """Add `sheets` at `position` (tab names made valid and unique), each filled by `fill_table`:
    the one way both the checklist and the tracking ledger write a workbook's sheets."""
    taken = {ws.title.lower() for ws in workbook.worksheets}
    for offset, sheet in enumerate(sheets):
        ws = workbook.create_sheet(sheet_name(sheet.name, taken), position + offset)
        fill_table(ws, sheet.title, columns, sheet.rows, fills=sheet.fills, near_days=near_days,
                   widths=widths)


def fill_table(ws: Worksheet, title: str, columns: Sequence[str], values: list[Sequence[Any]],
               fills: Sequence[str | None] | None = None, near_days: int = NEAR_DAYS,
               widths: dict[str, float] | None = None) -> None:
    """Write a title row, a header of `columns` and one row per `values` in the 督办台账 style.

    `fills` gives each row a fixed 红/黄/蓝 fill (None: none); the conditional colours are added
    on top when the 截止日期 and 状态 columns exist. `widths` overrides column widths by name.
    """
    last_col = get_column_letter(len(columns))
    set_cell(ws.cell(row=1, column=1), title)
    ws.cell(row=1, column=1).font = Font(name=HEADER_FONT, size=16)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{last_col}1")
    ws.row_dimensions[1].height = 30
    for index, name in enumerate(columns, start=1):
        cell = ws.cell(row=HEADER_ROW, column=index)
        set_cell(cell, name)
        cell.font = Font(name=HEADER_FONT, size=11, bold=True)
        cell.fill = HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        width = (widths or {}).get(name) or WIDTHS.get(name, DEFAULT_WIDTH)
        ws.column_dimensions[get_column_letter(index)].width = width
    body_font = Font(name=BODY_FONT, size=11)
    wrap = Alignment(vertical="top", wrap_text=True)
    row_no = FIRST_ROW
    for n, row_values in enumerate(values):
        fill = WARNING_FILLS.get(fills[n]) if fills and fills[n] else None
        for index, value in enumerate(row_values, start=1):
            cell = ws.cell(row=row_no, column=index)
            set_cell(cell, value)
            cell.font = body_font
            cell.alignment = wrap
            cell.border = _BORDER
            if columns[index - 1] in DATE_COLUMNS:
                cell.number_format = "yyyy-mm-dd"
            if fill is not None:
                cell.fill = fill
        row_no += 1
    last_row = max(row_no - 1, FIRST_ROW)
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last_row}"
    if "状态" in columns:
        _add_dropdown(ws, "状态", STATUSES, last_row, columns)
    if "是否销号" in columns:
        _add_dropdown(ws, "是否销号", ("是", "否"), last_row, columns)
    if "状态" in columns and "截止日期" in columns:
        _add_colours(ws, last_row, near_days, columns)
        if fills and any(fills):
            _clear_stale_fills(ws, fills, columns)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.oddFooter.center.text = PAGE_FOOTER
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _add_dropdown(ws: Worksheet, name: str, choices: tuple[str, ...], last_row: int,
                  columns: Sequence[str] = COLUMNS) -> None:
    letter = column(name, columns)
    validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"',
                                allow_blank=True, showErrorMessage=True)
    validation.error = f"请从下拉列表中选择：{'、'.join(choices)}"
    validation.errorTitle = name
    validation.add(f"{letter}{FIRST_ROW}:{letter}{last_row}")
    ws.add_data_validation(validation)


def _add_colours(ws: Worksheet, last_row: int, near_days: int = NEAR_DAYS,
                 columns: Sequence[str] = COLUMNS) -> None:
    due, status = f"${column('截止日期', columns)}{FIRST_ROW}", f"${column('状态', columns)}{FIRST_ROW}"
    open_ = f'{status}<>"{STATUSES[2]}",{status}<>"{STATUSES[3]}"'
    area = f"A{FIRST_ROW}:{get_column_letter(len(columns))}{last_row}"
    closed = f',${column("是否销号", columns)}{FIRST_ROW}="是"' if "是否销号" in columns else ""
    ws.conditional_formatting.add(area, FormulaRule(
        formula=[f"OR({status}=\"{STATUSES[2]}\",{status}=\"{STATUSES[3]}\"{closed})"],
        fill=DONE_FILL, stopIfTrue=True))
    ws.conditional_formatting.add(area, FormulaRule(
        formula=[f"AND(ISNUMBER({due}),{due}<TODAY(),{open_})"], fill=OVERDUE_FILL,
        font=Font(color="9C0006"), stopIfTrue=True))
    if "交办日期" in columns:
        start = f"${column('交办日期', columns)}{FIRST_ROW}"
        ws.conditional_formatting.add(area, FormulaRule(
            formula=[f"AND(ISNUMBER({due}),ISNUMBER({start}),{due}>{start},"
                     f"TODAY()-{start}>=({due}-{start})/2,OR({status}=\"{STATUSES[0]}\",{status}=\"\"))"],
            fill=BEHIND_FILL, stopIfTrue=True))
    ws.conditional_formatting.add(area, FormulaRule(
        formula=[f"AND(ISNUMBER({due}),{due}>=TODAY(),{due}-TODAY()<={near_days},{open_})"],
        fill=NEAR_FILL, stopIfTrue=True))


def _clear_stale_fills(ws: Worksheet, fills: Sequence[str | None], columns: Sequence[str]) -> None:
    """On rows given a fixed warning fill, paint white once no warning rule holds any more (the
    rules above stop first while one does), so Excel never shows yesterday's colour."""
    last_col = get_column_letter(len(columns))
    ranges = " ".join(f"A{FIRST_ROW + n}:{last_col}{FIRST_ROW + n}" for n, fill in enumerate(fills)
                      if fill)
    ws.conditional_formatting.add(ranges, FormulaRule(formula=["TRUE"], fill=NO_FILL))


def render_xlsx(result: Result, by: str = "part", title: str | None = None,
                near_days: int = NEAR_DAYS) -> bytes:
    """The workbook as bytes, identical for identical input."""
    title = title or default_title(result)
    assigned = assigned_date(result)

    def values(parts: list[Section]) -> list[list[Any]]:
        return [row.cells() + [assigned] for section in parts for row in section.rows]

    groups = sections(result, by)
    if by == "party":
        sheets = [Sheet(section.title, f"{title}（{section.title}）", values([section]))
                  for section in groups or [Section("任务分解表")]]
    else:
        sheets = [Sheet("任务分解表", title, values(groups))]
    workbook = Workbook()
    workbook.remove(workbook.active)
    add_sheets(workbook, COLUMNS + (ASSIGNED,), sheets, near_days=near_days)
    return workbook_bytes(workbook, title)
