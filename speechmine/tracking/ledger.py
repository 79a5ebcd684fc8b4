"""A checklist file as staff keep it: reading an existing 督办台账 back and writing one anew.

`.xlsx` and `.csv` read as a `Table`: the header row (the row holding 任务ID or 工作任务) and one
dict per row, every column kept, including columns staff added. A ledger workbook written by
`speechmine.tracking` also carries a hidden sheet (`BASELINE_SHEET`) with the values speechmine
itself wrote in the extracted columns, so a later update can tell a cell staff edited from one it
may refresh. `.md` reads as `MdChunk`s (one per speech): the `- [ ]` task blocks of
`export.markdown`, each with its tick, the text appended to its line and the lines written under it.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from ..errors import SpeechmineError
from ..export.cells import Formula, set_cell, uncsv
from ..export.columns import NEAR_DAYS
from ..export.csvfmt import table_csv
from ..model import TASK_ID

if TYPE_CHECKING:
    from ..export.xlsx import Sheet

LEDGER_FORMATS = ("xlsx", "csv", "md")
BASELINE_SHEET = "_speechmine"
REMOVED_HEADING = "## 已移除的任务（讲话中已不存在，保留备查）"
_KEYS = ("任务ID", "工作任务")
_HEADER_SCAN = 10
_ID = re.compile(f"`({TASK_ID.pattern})`")
_TASK = re.compile(r"^- \[([ xX])\] (.*)$")
_HEADING = re.compile(r"^(#{2,6} |\*\*.+\*\*$)")
_SOURCE = re.compile(r"^来源：(.*) · 任务 \d+ 项$")
_SPECIAL = set("\\`*_[]<>|")


def cell_text(value: Any) -> str:
    """A cell as text: dates in ISO form, None as "", whole floats without `.0`."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_WRITTEN_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")


def as_date(value: Any) -> date | None:
    """A date cell or a date text as a date (None when it is neither): ISO `2025-06-30`, and the
    forms Excel and WPS write back or staff type, `2025/6/30`, `2025-6-30 0:00`, `2025.6.30`,
    `2025年6月30日`."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    found = _WRITTEN_DATE.match(cell_text(value).strip())
    if not found:
        return None
    try:
        return date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


@dataclass
class Table:
    """A ledger read from xlsx or csv: its columns in order, its rows, and what the file says about
    itself (title, column widths, the baseline of extracted values keyed by (来源文件, 任务ID))."""

    header: list[str]
    rows: list[dict[str, Any]]
    title: str | None = None
    widths: dict[str, float] = field(default_factory=dict)
    baseline: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)


def read_table(path: Path, fmt: str) -> Table:
    """The ledger table of an existing `.xlsx` or `.csv` checklist."""
    table = _read_xlsx(path) if fmt == "xlsx" else _read_csv(path)
    if not any(key in table.header for key in _KEYS):
        raise SpeechmineError(f"{path}: no 任务ID or 工作任务 column: not a speechmine checklist")
    return table


def _is_header(values: Sequence[Any]) -> bool:
    names = {cell_text(v).strip() for v in values}
    return any(key in names for key in _KEYS)


def _names(values: Sequence[Any], used_columns: set[int]) -> list[str | None]:
    """Column names of a header row; a column with data but no name gets `列N`."""
    names: list[str | None] = []
    for index, value in enumerate(values):
        name = cell_text(value).strip()
        if not name and index in used_columns:
            name = f"列{index + 1}"
        names.append(name or None)
    return names


def _rows_to_dicts(names: list[str | None], body: list[list[Any]]) -> list[dict[str, Any]]:
    rows = []
    for values in body:
        if all(cell_text(v).strip() == "" for v in values):
            continue
        record: dict[str, Any] = {}
        for name, value in zip(names, values):
            if name is not None and name not in record:
                record[name] = value.date() if isinstance(value, datetime) and \
                    value.time() == datetime.min.time() else value
        rows.append(record)
    return rows


def _merge_header(header: list[str], names: list[str | None]) -> None:
    for name in names:
        if name is not None and name not in header:
            header.append(name)


def ledger_sheets(workbook: Any) -> list[Any]:
    """The sheets of a workbook that hold the ledger: those whose header names 任务ID (a sheet of
    staff's own that only has a 工作任务 column is theirs), else those with a 工作任务 header."""
    headed = [(ws, {cell_text(v).strip() for r in ws.iter_rows(max_row=_HEADER_SCAN, values_only=True)
                    for v in r}) for ws in workbook.worksheets if ws.title != BASELINE_SHEET]
    with_id = [ws for ws, names in headed if "任务ID" in names]
    return with_id or [ws for ws, names in headed if "工作任务" in names]


def load_workbook(path: Path) -> Any:
    """An existing workbook, within the unzip limits of `reading.check_archive`."""
    import zipfile

    import openpyxl

    from ..reading import check_archive

    try:
        with zipfile.ZipFile(path) as archive:
            check_archive(archive, str(path))
        return openpyxl.load_workbook(path)
    except SpeechmineError:
        raise
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise SpeechmineError(f"{path}: not a readable Excel workbook ({exc})") from None


def _read_xlsx(path: Path) -> Table:
    import openpyxl

    workbook = load_workbook(path)
    table = Table(header=[], rows=[])
    if BASELINE_SHEET in workbook.sheetnames:
        table.baseline = _read_baseline(workbook[BASELINE_SHEET])
    for ws in ledger_sheets(workbook):
        grid = [[Formula(c.value) if c.data_type == "f" and isinstance(c.value, str) else c.value
                 for c in r] for r in ws.iter_rows()]
        head = next((n for n, r in enumerate(grid[:_HEADER_SCAN]) if _is_header(r)), None)
        if head is None:
            continue
        for merged in ws.merged_cells.ranges:       # a merged cell's value belongs to every row
            if merged.min_row - 1 > head:
                value = grid[merged.min_row - 1][merged.min_col - 1]
                for r in range(merged.min_row - 1, merged.max_row):
                    for c in range(merged.min_col - 1, merged.max_col):
                        grid[r][c] = value
        body = grid[head + 1:]
        used = {c for r in body for c, v in enumerate(r) if cell_text(v).strip()}
        names = _names(grid[head], used)
        _merge_header(table.header, names)
        table.rows += _rows_to_dicts(names, body)
        if table.title is None and head > 0 and grid[0] and grid[0][0]:
            table.title = cell_text(grid[0][0])
        for index, name in enumerate(names, start=1):
            letter = openpyxl.utils.get_column_letter(index)
            if name and name not in table.widths and letter in ws.column_dimensions:
                width = ws.column_dimensions[letter].width
                if width:
                    table.widths[name] = width
    return table


def _read_baseline(ws: Any) -> dict[tuple[str, str], dict[str, str]]:
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    if not rows:
        return {}
    names = [cell_text(v) for v in rows[0]]
    baseline = {}
    for values in rows[1:]:
        record = {name: cell_text(v) for name, v in zip(names, values)}
        if record.get("任务ID"):
            baseline[(record.get("来源文件", ""), record["任务ID"])] = record
    return baseline


def _read_csv(path: Path) -> Table:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_bytes().decode("gb18030")
    grid = [[uncsv(v) for v in r] for r in csv.reader(io.StringIO(text))]
    head = next((n for n, r in enumerate(grid[:_HEADER_SCAN]) if _is_header(r)), None)
    if head is None:
        return Table(header=[], rows=[])
    width = max(len(r) for r in grid)
    grid = [r + [""] * (width - len(r)) for r in grid]
    body = grid[head + 1:]
    names = _names(grid[head], {c for r in body for c, v in enumerate(r) if v.strip()})
    return Table(header=[n for n in dict.fromkeys(names) if n], rows=_rows_to_dicts(names, body))


def render_csv(header: Sequence[str], rows: list[dict[str, Any]]) -> str:
    """A ledger as CSV, written as the checklist is (`export.csvfmt.table_csv`)."""
    return table_csv(header, [[cell_text(row.get(name)) for name in header] for row in rows])


def render_xlsx(header: Sequence[str], sheets: list[Sheet], baseline: list[dict[str, str]],
                base: Path | None = None, near_days: int = NEAR_DAYS,
                widths: dict[str, float] | None = None) -> bytes:
    """A ledger workbook of `sheets` (rows as dicts by column) and the hidden baseline sheet. With
    `base` (the previous file) its other sheets are kept and the ledger sheets take the place of
    the old ones."""
    from openpyxl import Workbook

    from ..export.ooxml import workbook_bytes
    from ..export.xlsx import DATE_COLUMNS, add_sheets

    workbook, position = None, 0
    if base is not None:
        workbook = load_workbook(base)
        old = ledger_sheets(workbook) + [ws for ws in workbook.worksheets
                                         if ws.title == BASELINE_SHEET]
        if old:
            position = workbook.worksheets.index(old[0])
        for ws in old:
            workbook.remove(ws)
    if workbook is None:
        workbook = Workbook()
        workbook.remove(workbook.active)
    add_sheets(workbook, list(header),
               [replace(sheet, rows=[[_xlsx_value(row.get(name), name in DATE_COLUMNS) for name in header]
                                     for row in sheet.rows]) for sheet in sheets],
               position, near_days=near_days, widths=widths)
    hidden = workbook.create_sheet(BASELINE_SHEET)
    hidden.sheet_state = "veryHidden"
    names = ["来源文件", "任务ID"] + sorted({k for record in baseline for k in record} -
                                         {"来源文件", "任务ID"})
    for r, values in enumerate([names] + [[record.get(name, "") for name in names]
                                          for record in baseline], start=1):
        for c, value in enumerate(values, start=1):
            set_cell(hidden.cell(row=r, column=c), value)
    workbook.active = position
    return workbook_bytes(workbook, sheets[0].title if sheets else None)


def _xlsx_value(value: Any, is_date: bool) -> Any:
    if is_date:
        parsed = as_date(value)
        if parsed is not None:
            return parsed
    if isinstance(value, str) and value == "":
        return None
    return value


# ---------------------------------------------------------------- Markdown

@dataclass
class MdBlock:
    """A task (or heading) of a Markdown checklist as found in the file."""

    id: str
    kind: str
    lines: list[str]
    checked: bool = False
    body: str = ""
    after: str = ""
    notes: list[str] = field(default_factory=list)
    removed: bool = False

    @property
    def text(self) -> str:
        """The sentence: the line's text before ` — ` with the escapes undone."""
        return unescape(self.body.split(" — ")[0]) if self.kind == "task" else \
            unescape(self.lines[0].lstrip("#* ").rstrip("*"))

    def fact(self, name: str) -> str:
        """A fact written after ` — ` on the task line (`责任`, `截止`, …), "" when absent."""
        facts = unescape(self.body.split(" — ", 1)[1]) if " — " in self.body else ""
        for part in facts.split(" · "):
            if part.startswith(f"{name}："):
                return part[len(name) + 1:]
        return ""


@dataclass
class MdChunk:
    """The part of a Markdown checklist that one speech gave: from its `# ` title to the next."""

    source: str
    lines: list[str]
    blocks: list[MdBlock]
    notes: list[str]


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in _SPECIAL:
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def split_task_line(body: str) -> tuple[str, str]:
    """A task line's text after `- [ ] `, split at its hard line break `\\`: (generated, appended).

    Text staff typed after the break is the appended part; a line without a break is all generated.
    """
    cut, i = None, 0
    while i < len(body):
        if body[i] == "\\":
            if i + 1 < len(body) and body[i + 1] in _SPECIAL:
                i += 2
                continue
            cut = i
        i += 1
    if cut is None:
        return body, ""
    return body[:cut], body[cut + 1:]


def read_markdown(path: Path) -> list[MdChunk]:
    """The chunks of a Markdown checklist, with their blocks and the notes staff wrote."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    chunks: list[MdChunk] = []
    chunk: MdChunk | None = None
    block: MdBlock | None = None
    removed = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("# ") or chunk is None:
            chunk = MdChunk(source="", lines=[], blocks=[], notes=[])
            chunks.append(chunk)
            block, removed = None, False
        chunk.lines.append(line)
        task = _TASK.match(line)
        source = _SOURCE.match(line)
        if line.startswith("# "):
            pass
        elif source and not chunk.source and not chunk.blocks:
            chunk.source = unescape(source.group(1))
        elif line == REMOVED_HEADING:
            removed, block = True, None
        elif task:
            ref = lines[i + 1] if i + 1 < len(lines) else ""
            found = _ID.findall(ref) if ref.startswith("  ") else []
            if found:
                generated, after = split_task_line(task.group(2))
                block = MdBlock(id=found[-1], kind="task", lines=[line, ref],
                                checked=task.group(1) != " ", body=generated, after=after,
                                removed=removed)
                chunk.blocks.append(block)
                chunk.lines.append(ref)
                i += 1
            elif block is not None:
                block.notes.append(line)
            else:
                chunk.notes.append(line)
        elif _HEADING.match(line):
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            found = _ID.findall(lines[j]) if j < len(lines) and lines[j].startswith("`") else []
            if found:
                block = MdBlock(id=found[-1], kind="heading", lines=[line, lines[j]],
                                removed=removed)
                chunk.blocks.append(block)
                chunk.lines.extend(lines[i + 1:j + 1])
                i = j
            else:
                block = None
        elif line.strip():
            (block.notes if block is not None else chunk.notes).append(line)
        i += 1
    return [c for c in chunks if c.blocks or c.notes or c.source]
