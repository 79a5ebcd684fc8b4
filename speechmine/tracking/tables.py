"""Merging the checklist of new speeches into an `.xlsx` or `.csv` ledger, row by row.

Staff columns (牵头领导, 进展情况, 状态, 是否销号, 备注 and any column they added) are kept as they
are; extracted columns (任务要点 … 截止日期, 交办日期) are refreshed from the speech unless staff
edited the cell (the hidden baseline sheet of an `.xlsx` ledger says what speechmine wrote; without
it, in a `.csv` or a plain export, a non-empty cell that differs counts as edited unless its text
stands in the old sentence); the sentence, numbering and offsets follow the speech. A cell named in
`人工修改` (the review page's corrections) counts as edited whatever its text.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Sequence

from ..errors import SpeechmineError
from ..export.checklist import default_title
from ..export.columns import (EDITED_COLUMN, EXCLUDED, GROUP_COLUMN, LABELS, LEDGER_COLUMNS, NEW,
                              REMOVED, RESTORED, SIMILAR, STATUSES, SUGGESTED, UNASSIGNED)
from ..model import TASK_ID, Result
from .ledger import Table, cell_text, read_table, render_csv, render_xlsx
from .match import Entry, Old, plan, renamed_sources
from .progress import row_warning

IDENTITY_COLUMNS = ("序号", "任务编号", "工作任务", "原文出处", "任务ID", "来源文件", "变更",
                    GROUP_COLUMN)
EXTRACTED_COLUMNS = ("任务要点", "具体要求/量化目标", "牵头单位", "责任单位", "配合单位", "完成时限",
                     "截止日期", "交办日期")


def _generated(entry: Entry, label: str) -> dict[str, Any]:
    assert entry.row is not None and entry.result is not None
    values: dict[str, Any] = dict(entry.row.record())
    values["来源文件"] = entry.source
    values["交办日期"] = entry.result.doc_date or ""
    values["变更"] = label
    values[GROUP_COLUMN] = entry.row.section
    return values


def _merged(entry: Entry, table: Table, created: bool, today: date) -> tuple[dict[str, Any], dict[str, str] | None]:
    """The row's values in the updated ledger and its baseline record (what speechmine wrote)."""
    old = entry.old.data if entry.old is not None else None
    if entry.row is None or entry.change == EXCLUDED:
        values = dict(old)
        if entry.change == REMOVED:
            values["变更"] = LABELS[REMOVED]
        key = (entry.source, cell_text(values.get("任务ID")))
        base = table.baseline.get(key) or table.baseline.get(("", key[1]))
        return values, ({**base, "来源文件": entry.source} if base else None)
    gen = _generated(entry, "" if created else LABELS.get(entry.change, ""))
    record = {"来源文件": entry.source, "任务ID": entry.row.item.id,
              **{col: cell_text(gen[col]) for col in EXTRACTED_COLUMNS}}
    if old is None:
        if not created and entry.change == NEW and entry.source in _sources(table):
            # a task added to a speech already in the ledger is assigned the day it arrives, not on
            # the speech's date: 黄 (behind schedule) counts from then
            gen["交办日期"] = max(today.isoformat(), cell_text(gen["交办日期"]))
            record["交办日期"] = cell_text(gen["交办日期"])
        return gen, record
    base = table.baseline.get((entry.source, entry.old.id)) or table.baseline.get(("", entry.old.id))
    staff = set(re.split(r"[、，,;；\s]+", cell_text(old.get(EDITED_COLUMN)).strip())) - {""}
    values, flagged = {}, []
    for col in set(table.header) | set(gen):
        if col in IDENTITY_COLUMNS or col not in table.header:
            values[col] = gen.get(col, "")
        elif col in EXTRACTED_COLUMNS:
            was, now = cell_text(old.get(col)), cell_text(gen[col])
            if col in staff:
                edited = True                      # corrected on the review page
            elif base is not None and col in base:
                edited = was != base.get(col, "")
            else:                                  # no baseline: text quoted from the sentence
                edited = was not in ("", now) and not _quoted(was, entry.old.text)
            if col == "交办日期" and was:
                edited = True  # set once: the day the task reached the ledger
            values[col] = old.get(col) if edited else gen[col]
            if edited and was != now and entry.change in (SIMILAR, RESTORED):
                flagged.append(col)
        else:
            values[col] = old.get(col)
    if flagged:
        values["变更"] = f"{values['变更']}；原文改动，请核对：{'、'.join(c for c in EXTRACTED_COLUMNS if c in flagged)}"
    return values, record


def _sources(table: Table) -> set[str] | _Everything:
    """The documents a ledger already holds (a checklist without 来源文件 holds one speech: any)."""
    if "来源文件" not in table.header:
        return _Everything()
    return {cell_text(row.get("来源文件")).strip() for row in table.rows}


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def _quoted(value: str, sentence: str) -> bool:
    """Whether a cell is text speechmine took from the sentence (so not typed by staff)."""
    return bool(value) and not value.startswith(SUGGESTED) and value in sentence


def _table_olds(table: Table) -> list[Old]:
    has_id = "任务ID" in table.header
    return [Old(index=n, id=cell_text(row.get("任务ID")).strip(),
                text=cell_text(row.get("工作任务")).strip(),
                source=cell_text(row.get("来源文件")).strip(),
                removed=cell_text(row.get("变更")).startswith(LABELS[REMOVED]), data=row,
                identified=bool(cell_text(row.get("任务ID")).strip()) or (
                    not has_id and bool(cell_text(row.get("工作任务")).strip())),
                excluded=cell_text(row.get("变更")).startswith(LABELS[EXCLUDED]))
            for n, row in enumerate(table.rows)]


def _unit(values: dict[str, Any]) -> str:
    unit = cell_text(values.get("牵头单位")).strip()
    return UNASSIGNED if not unit or unit.startswith(SUGGESTED) else unit


def _grouped(merged: list[dict[str, Any]], by: str) -> list[tuple[str, list[dict[str, Any]]]]:
    if by == "part":
        return [("任务分解表", merged)]
    groups: dict[str, list[dict[str, Any]]] = {}
    for values in merged:
        groups.setdefault(_unit(values), []).append(values)
    if UNASSIGNED in groups:
        groups[UNASSIGNED] = groups.pop(UNASSIGNED)
    for unit, members in groups.items():
        for values in members:
            values[GROUP_COLUMN] = unit
    return list(groups.items())


def _renamed_columns(path: Path, table: Table) -> None:
    """Refuse a ledger whose 任务ID or 状态 column staff renamed: the update would add the column
    anew, duplicating every task (任务ID) or starting every status over (状态)."""
    known = set(LEDGER_COLUMNS) | {GROUP_COLUMN}
    for name, looks_right in (("任务ID", lambda v: bool(TASK_ID.fullmatch(v))),
                              ("状态", lambda v: v in STATUSES)):
        if name in table.header:
            continue
        for column in (c for c in table.header if c not in known):
            values = [cell_text(row.get(column)).strip() for row in table.rows]
            values = [v for v in values if v]
            if values and all(looks_right(v) for v in values):
                raise SpeechmineError(
                    f"{path}: the column 「{column}」 holds what speechmine wrote as 「{name}」 "
                    f"(renamed?); name it 「{name}」 again, or the update would "
                    + ("duplicate every task" if name == "任务ID" else "start every status over"))


def render_table(path: Path, fmt: str, results: Sequence[Result], by: str, title: str | None,
                  today: date, near_days: int) -> tuple[bytes | str, list[Entry]]:
    created = not path.exists()
    table = Table(header=[], rows=[]) if created else read_table(path, fmt)
    _renamed_columns(path, table)
    olds = _table_olds(table)
    renamed_sources(path, olds, results)
    entries = plan(olds, results)
    merged, baseline = [], []
    for entry in entries:
        values, record = _merged(entry, table, created, today)
        merged.append(values)
        if record:
            baseline.append(record)
    header = list(table.header) or ([GROUP_COLUMN] if by == "party" and fmt == "csv" else [])
    header += [c for c in LEDGER_COLUMNS if c not in header]
    groups = _grouped(merged, by)
    if fmt == "csv":
        flat = [values for _, members in groups for values in members]
        _number(flat, "序号" in header)
        return render_csv(header, flat), entries
    from ..export.xlsx import Sheet

    title = title or table.title or (default_title(results[0]) if len(results) == 1 else "督办台账")
    sheets = []
    for unit, members in groups:
        _number(members, True)
        sheets.append(Sheet(unit, title if by == "part" else f"{title}（{unit}）", members,
                            [row_warning(v, today, near_days) for v in members]))
    return render_xlsx(header, sheets, baseline, base=None if created else path,
                       near_days=near_days, widths=table.widths), entries


def _number(members: list[dict[str, Any]], numbered: bool) -> None:
    if numbered:
        for n, values in enumerate(members, start=1):
            values["序号"] = n
