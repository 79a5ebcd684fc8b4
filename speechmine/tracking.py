"""Follow-up tracking: a checklist that lives for months.

`update(path, results)` writes the checklist of one or more speeches into a ledger file (`.xlsx`,
`.csv`, `.md`); when the file exists, everything staff entered stays with its task:

- tasks are matched by 任务ID (the stable id of the sentence), then, for sentences that were edited,
  by similarity: `difflib` ratio ≥ `SIMILARITY` on the sentence without spaces and punctuation,
  one-to-one, best pairs first (ties: nearest position, then reading order);
- staff columns (牵头领导, 进展情况, 状态, 是否销号, 备注 and any column they added) are kept as
  they are; extracted columns (任务要点 … 截止日期, 交办日期) are refreshed from the speech unless
  staff edited the cell (the hidden baseline sheet of an `.xlsx` ledger says what speechmine wrote;
  without it, in a `.csv` or a plain export, a non-empty cell that differs counts as edited unless
  its text stands in the old sentence); the sentence, numbering and offsets follow the speech;
- new tasks get 变更 `新增`, edited ones `已修改`, tasks gone from the speech stay with 变更
  `已删除`; rows without a 任务ID (staff's own) and rows of other speeches are left alone;
- corrections made on the review page (`export.review`) come back in two columns: a row whose
  变更 is `不列入` (staff decided the sentence is not a task) keeps its task but is left as it is
  and not reported; a cell named in `人工修改` counts as edited whatever its text.

`status(path, today)` reads a ledger back and reports progress and the 红/黄/蓝 warnings.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Sequence

from .export.checklist import STATUSES, SUGGESTED, UNASSIGNED, Row, default_title, rows
from .errors import SpeechmineError
from .analysis.assign import NOT_IN_ID
from .ledger import (GROUP_COLUMN, LEDGER_COLUMNS, REMOVED_HEADING, MdBlock, MdChunk, Sheet,
                     Table, as_date, cell_text, read_markdown, read_table, render_csv,
                     render_xlsx, split_task_line)
from .model import Result
from .locking import hold
from .writing import check_writable, real_target, write_bytes_atomic

SIMILARITY = 0.7
MERGE_ATTEMPTS = 5
NEAR_DAYS = 3
LEDGER_FORMATS = ("xlsx", "csv", "md")
DONE = (STATUSES[2], STATUSES[3])
WARNINGS = {"红": "逾期", "黄": "滞后", "蓝": "临期"}
IDENTITY_COLUMNS = ("序号", "任务编号", "工作任务", "原文出处", "任务ID", "来源文件", "变更",
                    GROUP_COLUMN)
EXTRACTED_COLUMNS = ("任务要点", "具体要求/量化目标", "牵头单位", "责任单位", "配合单位", "完成时限",
                     "截止日期", "交办日期")
KEPT, SIMILAR, NEW, REMOVED, RESTORED, UNTOUCHED, EXCLUDED = (
    "kept", "similar", "new", "removed", "restored", "untouched", "excluded")
LABELS = {NEW: "新增", SIMILAR: "已修改", REMOVED: "已删除", RESTORED: "恢复", EXCLUDED: "不列入"}
EDITED_COLUMN = "人工修改"


# ---------------------------------------------------------------- matching

def source_name(result: Result) -> str:
    """How a ledger names a speech (来源文件): its file name without folders."""
    return re.split(r"[\\/]", result.source)[-1] or result.source


def _key(text: str) -> str:
    return NOT_IN_ID.sub("", text)


@dataclass
class Old:
    """A row (or Markdown block) of the previous file as the merge sees it."""

    index: int
    id: str
    text: str
    source: str
    removed: bool
    data: Any
    identified: bool = True
    excluded: bool = False


@dataclass
class Entry:
    """One row of the updated ledger: what happened to it, its old row and its new checklist row."""

    change: str
    source: str
    old: Old | None = None
    row: Row | None = None
    result: Result | None = None


def match(olds: Sequence[Old], new: Sequence[Row]) -> dict[int, int]:
    """Old position → new position: equal ids first, then similar sentences (one-to-one)."""
    pairs: dict[int, int] = {}
    first: dict[str, int] = {}
    for i, old in enumerate(olds):
        if old.id and old.identified:
            first.setdefault(old.id, i)
    taken: set[int] = set()
    for k, row in enumerate(new):
        i = first.get(row.item.id)
        if i is not None and i not in pairs:
            pairs[i] = k
            taken.add(k)
    rest_old = [i for i, old in enumerate(olds) if i not in pairs and old.identified and old.text]
    rest_new = [k for k in range(len(new)) if k not in taken]
    candidates = []
    for i in rest_old:
        a = _key(olds[i].text)
        for k in rest_new:
            matcher = SequenceMatcher(None, a, _key(new[k].item.text), autojunk=False)
            if matcher.real_quick_ratio() < SIMILARITY or matcher.quick_ratio() < SIMILARITY:
                continue
            ratio = matcher.ratio()
            if ratio >= SIMILARITY:
                distance = abs(i / max(len(olds), 1) - k / max(len(new), 1))
                candidates.append((-ratio, distance, i, k))
    for _, _, i, k in sorted(candidates):
        if i not in pairs and k not in taken:
            pairs[i] = k
            taken.add(k)
    return pairs


def _assign_sources(olds: list[Old], results: Sequence[Result]) -> None:
    """Rows without 来源文件 belong to the row above's speech; a checklist that never named its
    speech (a plain export) belongs to the given speech sharing most task ids with it."""
    if not any(old.source for old in olds):
        ids = {old.id for old in olds if old.id}
        shared = [(len(ids & {it.id for it in r.items}), -n) for n, r in enumerate(results)]
        best = max(shared, default=(0, 0))
        owner = source_name(results[-best[1]]) if best[0] else ""
        for old in olds:
            old.source = owner
        return
    current = next(old.source for old in olds if old.source)
    for old in olds:
        current = old.source = old.source or current


def plan(olds: list[Old], results: Sequence[Result]) -> list[Entry]:
    """The rows of the updated ledger in order: each speech's tasks in reading order where its old
    rows stood (new speeches last), unmatched old rows right after the row they followed."""
    _assign_sources(olds, results)
    by_source = {source_name(r): r for r in results}
    entries: list[Entry] = []
    done: set[str] = set()
    for old in olds:
        if old.source not in by_source:
            entries.append(Entry(UNTOUCHED, old.source, old))
        elif old.source not in done:
            done.add(old.source)
            entries += _block(old.source, by_source[old.source], olds)
    for name, result in by_source.items():
        if name not in done:
            entries += _block(name, result, olds)
    return entries


def _block(name: str, result: Result, all_olds: list[Old]) -> list[Entry]:
    olds = [old for old in all_olds if old.source == name]
    new = rows(result, "part")
    pairs = match(olds, new)
    anchored: dict[int, list[Old]] = {}
    anchor = -1
    for i, old in enumerate(olds):
        if i in pairs:
            anchor = pairs[i]
        else:
            anchored.setdefault(anchor, []).append(old)
    matched = {k: olds[i] for i, k in pairs.items()}

    def leftovers(k: int) -> list[Entry]:
        return [Entry(REMOVED if old.identified else UNTOUCHED, name, old)
                for old in anchored.get(k, [])]

    entries = leftovers(-1)
    for k, row in enumerate(new):
        old = matched.get(k)
        if old is None:
            change = NEW
        elif old.excluded:
            change = EXCLUDED
        elif old.removed:
            change = RESTORED
        else:
            change = KEPT if old.id == row.item.id else SIMILAR
        entries.append(Entry(change, name, old, row, result))
        entries += leftovers(k)
    return entries


# ---------------------------------------------------------------- summary

@dataclass
class Summary:
    """What an update did."""

    path: Path
    created: bool
    kept: int = 0
    similar: int = 0
    new: int = 0
    removed: int = 0
    restored: int = 0
    excluded: int = 0
    still_removed: int = 0
    untouched: int = 0
    backup: Path | None = None

    @classmethod
    def of(cls, path: Path, entries: list[Entry], created: bool, backup: Path | None) -> "Summary":
        summary = cls(path=path, created=created, backup=backup)
        for entry in entries:
            if entry.change == REMOVED and entry.old is not None and entry.old.removed:
                summary.still_removed += 1
            else:
                name = {KEPT: "kept", SIMILAR: "similar", NEW: "new", REMOVED: "removed",
                        RESTORED: "restored", UNTOUCHED: "untouched",
                        EXCLUDED: "excluded"}[entry.change]
                setattr(summary, name, getattr(summary, name) + 1)
        return summary

    def __str__(self) -> str:
        if self.created:
            return f"{self.path}：新建台账，任务 {self.new} 项"
        parts = [f"保留 {self.kept} 项", f"相似匹配 {self.similar} 项（原文有改动）",
                 f"新增 {self.new} 项", f"移除 {self.removed} 项（留在表中，变更=已删除）"]
        if self.restored:
            parts.append(f"恢复 {self.restored} 项")
        if self.excluded:
            parts.append(f"不列入 {self.excluded} 项（保持原样）")
        if self.still_removed:
            parts.append(f"此前已移除 {self.still_removed} 项")
        if self.untouched:
            parts.append(f"其他行 {self.untouched} 项未动")
        text = f"{self.path}：" + "，".join(parts)
        return text + (f"；原文件备份为 {self.backup}" if self.backup else "")


# ---------------------------------------------------------------- warnings

def normal_status(status: Any, closed: Any = None) -> str:
    """A status as one of STATUSES (is 是否销号 是 → 已销号); a status of staff's own is kept."""
    text = cell_text(status).strip()
    if cell_text(closed).strip() == "是" or "销号" in text:
        return STATUSES[3]
    if text in STATUSES:
        return text
    if not text or text.startswith("未"):
        return STATUSES[0]
    if any(word in text for word in ("完成", "办结", "已办")):
        return STATUSES[2]
    if any(word in text for word in ("推进", "进行", "办理中", "实施", "启动")):
        return STATUSES[1]
    return text


def warning(status: str, due: date | None, start: date | None, today: date,
            near_days: int = NEAR_DAYS) -> str | None:
    """The colour of an open task on `today`: 红 overdue (due < today); 黄 behind schedule
    (still 未启动 when half the time from 交办日期 `start` to `due` has passed); 蓝 near the
    deadline (due within `near_days` days). Done tasks and tasks without a due date: None."""
    if due is None or status in DONE:
        return None
    if due < today:
        return "红"
    if start is not None and due > start and status == STATUSES[0] and \
            2 * (today - start).days >= (due - start).days:
        return "黄"
    if (due - today).days <= near_days:
        return "蓝"
    return None


def _row_warning(values: dict[str, Any], today: date, near_days: int) -> str | None:
    if cell_text(values.get("变更")) in (LABELS[REMOVED], LABELS[EXCLUDED]):
        return None
    return warning(normal_status(values.get("状态"), values.get("是否销号")),
                   as_date(values.get("截止日期")), as_date(values.get("交办日期")), today, near_days)


# ---------------------------------------------------------------- tables (xlsx, csv)

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


_TASK_ID = re.compile(r"t[0-9a-f]{8}(?:-\d+)?")


def _renamed_columns(path: Path, table: Table) -> None:
    """Refuse a ledger whose 任务ID or 状态 column staff renamed: the update would add the column
    anew, duplicating every task (任务ID) or starting every status over (状态)."""
    known = set(LEDGER_COLUMNS) | {GROUP_COLUMN}
    for name, looks_right in (("任务ID", lambda v: bool(_TASK_ID.fullmatch(v))),
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


def _renamed_sources(path: Path, olds: Sequence[Old], results: Sequence[Result]) -> None:
    """Refuse a speech whose tasks the ledger holds under another 来源文件 (the file was renamed):
    the update would add every task a second time."""
    given = {source_name(r) for r in results}
    held: dict[str, set[str]] = {}
    for old in olds:
        if old.source and old.source not in given and old.id:
            held.setdefault(old.source, set()).add(old.id.split("-")[0])
    for result in results:
        name = source_name(result)
        if any(old.source == name for old in olds):
            continue
        ids = {item.id.split("-")[0] for item in result.items if item.kind == "task"}
        for source, known in held.items():
            if ids and len(ids & known) * 2 >= len(ids):
                raise SpeechmineError(
                    f"{path}: the tasks of {name} are already in the ledger as 来源文件 {source} "
                    f"(renamed file?); give it its old name, or change 来源文件 {source} to {name} "
                    "in the ledger, so that its rows are matched instead of added again")


def _render_table(path: Path, fmt: str, results: Sequence[Result], by: str, title: str | None,
                  today: date, near_days: int) -> tuple[bytes | str, list[Entry]]:
    created = not path.exists()
    table = Table(header=[], rows=[]) if created else read_table(path, fmt)
    _renamed_columns(path, table)
    olds = _table_olds(table)
    _renamed_sources(path, olds, results)
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
    title = title or table.title or (default_title(results[0]) if len(results) == 1 else "督办台账")
    sheets = []
    for unit, members in groups:
        _number(members, True)
        sheets.append(Sheet(unit, title if by == "part" else f"{title}（{unit}）", members,
                            [_row_warning(v, today, near_days) for v in members]))
    return render_xlsx(header, sheets, baseline, base=None if created else path,
                       near_days=near_days, widths=table.widths), entries


def _number(members: list[dict[str, Any]], numbered: bool) -> None:
    if numbered:
        for n, values in enumerate(members, start=1):
            values["序号"] = n


# ---------------------------------------------------------------- Markdown

def _render_md(path: Path, results: Sequence[Result], by: str, title: str | None
               ) -> tuple[str, list[Entry]]:
    created = not path.exists()
    chunks = [] if created else read_markdown(path)
    for chunk in chunks:
        chunk.source = re.split(r"[\\/]", chunk.source)[-1]
    olds = [Old(index=n, id=b.id, text=b.text, source=chunk.source, removed=b.removed, data=b)
            for n, (chunk, b) in enumerate((c, b) for c in chunks for b in c.blocks
                                          if b.kind == "task")]
    _renamed_sources(path, olds, results)
    entries = plan(olds, results)
    names = {source_name(r): r for r in results}
    out: list[str] = []
    emitted: set[str] = set()
    for chunk in chunks:
        if chunk.source not in names:
            out.append("\n".join(chunk.lines).strip("\n"))
        elif chunk.source not in emitted:
            emitted.add(chunk.source)
            out.append(_md_chunk(names[chunk.source], chunk.source, entries, chunks, by, title,
                                 created))
    for name, result in names.items():
        if name not in emitted:
            out.append(_md_chunk(result, name, entries, chunks, by, title, created))
    return "\n\n".join(out) + "\n", entries


def _md_chunk(result: Result, name: str, entries: list[Entry], chunks: list[MdChunk], by: str,
              title: str | None, created: bool) -> str:
    from .export.markdown import render_markdown

    mine = [e for e in entries if e.source == name]
    by_id = {e.row.item.id: e for e in mine if e.row is not None}
    olds = [c for c in chunks if c.source == name]
    heading_notes = {b.id: b.notes for c in olds for b in c.blocks if b.kind == "heading"}
    lines = render_markdown(result, by=by, title=title).rstrip("\n").split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        if line.startswith("来源："):
            out += [note for c in olds for note in c.notes]
        elif line.startswith("- [ ] ") and i + 1 < len(lines):
            out.pop()
            entry = by_id.get(split_ref_id(lines[i + 1]))
            out += _md_task(line, lines[i + 1], entry, created)
            i += 1
        elif line.startswith("`"):
            heading = split_ref_id(line)
            out += heading_notes.pop(heading, [])
        i += 1
    gone = [e.old.data for e in mine if e.row is None and e.old is not None]
    leftover = [note for notes in heading_notes.values() for note in notes]
    if gone or leftover:
        out += ["", REMOVED_HEADING, ""]
        for block in gone:
            ref = block.lines[1] if block.removed or block.lines[1].endswith("已删除") else \
                block.lines[1] + " · 已删除"
            out += [block.lines[0], ref] + block.notes
        out += leftover
    return "\n".join(out)


def split_ref_id(line: str) -> str:
    """The task id a reference line ends with (`…· \\`t1a2b3c4d\\``), "" when there is none."""
    found = re.findall(r"`(t[0-9a-f]{8}(?:-\d+)?)`", line)
    return found[-1] if found else ""


def _md_task(line: str, ref: str, entry: Entry | None, created: bool) -> list[str]:
    generated, _ = split_task_line(line[len("- [ ] "):])
    if entry is None or entry.old is None:
        mark = "" if created else f" · {LABELS[NEW]}"
        return [line, ref + mark]
    old: MdBlock = entry.old.data
    body = generated
    if old.body != generated:
        if old.body.startswith(generated):
            body = old.body                       # text typed before the line break
        elif entry.change == KEPT and entry.row is not None and old.text == entry.row.item.text:
            body = old.body                       # the same sentence, a line staff edited
    label = LABELS.get(entry.change)
    tick = "x" if old.checked else " "
    return [f"- [{tick}] {body}\\{old.after}", ref + (f" · {label}" if label else "")] + old.notes


# ---------------------------------------------------------------- update

def _current(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def update(path: Path | str, results: Sequence[Result], fmt: str | None = None, by: str = "part",
           title: str | None = None, today: date | None = None, near_days: int = NEAR_DAYS,
           backup: bool = True, wait: bool = False) -> Summary:
    """Write the checklist of `results` into the ledger `path` (created, or updated keeping what
    staff entered). The previous file is first copied to `path.bak`; the new one is written
    atomically. `today` dates the 红/黄/蓝 fills of an `.xlsx` (default: today).

    The ledger is locked for the update (`locking.hold`: `Busy` when another update holds it,
    unless `wait`). When the file changes while the update reads and merges it (staff saved it),
    the merge starts again from the new file; the update fails rather than report rows it could
    not write."""
    from .export import format_for

    path = Path(path)
    fmt = format_for(path, fmt)
    if fmt not in LEDGER_FORMATS:
        raise SpeechmineError(f"{path}: a tracking ledger is .xlsx, .csv or .md, not .{fmt}")
    if by not in ("part", "party"):
        raise SpeechmineError(f"unknown view '{by}' (use: part, party)")
    if not results:
        raise SpeechmineError("no speech to put in the ledger")
    names = [source_name(r) for r in results]
    if len(set(names)) < len(names):
        raise SpeechmineError(f"two speeches share the file name {sorted(n for n in names if names.count(n) > 1)[0]}")
    check_writable(path)
    with hold(path, wait=wait):
        for _ in range(MERGE_ATTEMPTS):
            before = _current(path)
            created = before is None
            if fmt == "md":
                data, entries = _render_md(path, results, by, title)
            else:
                data, entries = _render_table(path, fmt, results, by, title, today or date.today(),
                                              near_days)
            if _current(path) == before:
                break
        else:
            raise SpeechmineError(f"{path}: the file kept changing while speechmine merged it "
                                  "(is it being saved?); nothing was written, run again")
        saved = None
        if before is not None and backup:
            saved = path.with_name(path.name + ".bak")
            write_bytes_atomic(saved, before)
        written = data if isinstance(data, bytes) else data.encode("utf-8")
        write_bytes_atomic(path, written)
        if _current(real_target(path)) != written:
            raise SpeechmineError(f"{path}: another program saved the file while speechmine wrote "
                                  "it, so this update is not in it; run again")
    return Summary.of(path, entries, created, saved)


# ---------------------------------------------------------------- status report

@dataclass
class TaskState:
    """One open or finished task of a ledger on the report's day."""

    id: str
    text: str
    unit: str
    source: str
    status: str
    due: date | None
    warning: str | None
    days: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "unit": self.unit, "source": self.source,
                "status": self.status, "due": self.due.isoformat() if self.due else None,
                "warning": self.warning, "days": self.days}


@dataclass
class Report:
    """Progress of a ledger on `today`: the tasks still in the speech (removed ones only counted)."""

    path: str
    today: date
    near_days: int
    tasks: list[TaskState]
    removed: int = 0
    units: dict[str, "Report"] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.tasks)

    @property
    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {status: 0 for status in STATUSES}
        for task in self.tasks:
            found[task.status] = found.get(task.status, 0) + 1
        return found

    @property
    def done(self) -> int:
        return sum(task.status in DONE for task in self.tasks)

    @property
    def percent(self) -> int:
        return (self.done * 200 + self.total) // (2 * self.total) if self.total else 0

    def warned(self, colour: str) -> list[TaskState]:
        return [task for task in self.tasks if task.warning == colour]

    @property
    def headline(self) -> str:
        """`22件，已办结6件(27%)，3件逾期，1件滞后，2件临期`."""
        return (f"{self.total}件，已办结{self.done}件({self.percent}%)，"
                + "，".join(f"{len(self.warned(c))}件{name}" for c, name in WARNINGS.items()))

    def by_unit(self) -> dict[str, "Report"]:
        """One report per lead unit (牵头单位; suggested or missing: 全体/未明确, last)."""
        groups: dict[str, list[TaskState]] = {}
        for task in self.tasks:
            groups.setdefault(task.unit or UNASSIGNED, []).append(task)
        if UNASSIGNED in groups:
            groups[UNASSIGNED] = groups.pop(UNASSIGNED)
        return {unit: Report(self.path, self.today, self.near_days, tasks)
                for unit, tasks in groups.items()}

    def to_dict(self, by: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "ledger": self.path, "today": self.today.isoformat(), "near_days": self.near_days,
            "total": self.total, "done": self.done, "percent": self.percent,
            "counts": self.counts, "removed": self.removed, "headline": self.headline,
            "overdue": [t.to_dict() for t in self.warned("红")],
            "behind": [t.to_dict() for t in self.warned("黄")],
            "near": [t.to_dict() for t in self.warned("蓝")]}
        if by == "party":
            data["units"] = {unit: {"total": r.total, "done": r.done, "percent": r.percent,
                                    "overdue": len(r.warned("红")), "behind": len(r.warned("黄")),
                                    "near": len(r.warned("蓝"))}
                             for unit, r in self.by_unit().items()}
        return data


def _state(task_id: str, text: str, unit: str, source: str, status: str, due: date | None,
           start: date | None, today: date, near_days: int) -> TaskState:
    colour = warning(status, due, start, today, near_days)
    days = None if colour is None or due is None else abs((due - today).days)
    unit = "" if unit.startswith(SUGGESTED) else unit
    return TaskState(task_id, text, unit, source, status, due, colour, days)


def status(path: Path | str, today: date | None = None, near_days: int = NEAR_DAYS) -> Report:
    """The progress report of a ledger (`.xlsx`, `.csv` or `.md`) on `today` (default: today)."""
    from .export import format_for

    path = Path(path)
    fmt = format_for(path)
    if fmt not in LEDGER_FORMATS:
        raise SpeechmineError(f"{path}: a tracking ledger is .xlsx, .csv or .md, not .{fmt}")
    if not path.exists():
        raise SpeechmineError(f"{path}: no such file")
    today = today or date.today()
    report = Report(str(path), today, near_days, [])
    if fmt == "md":
        for chunk in read_markdown(path):
            for block in chunk.blocks:
                if block.kind != "task":
                    continue
                if block.removed:
                    report.removed += 1
                    continue
                report.tasks.append(_state(
                    block.id, block.text, block.fact("责任"), chunk.source,
                    STATUSES[2] if block.checked else STATUSES[0], as_date(block.fact("截止")),
                    None, today, near_days))
        return report
    for values in read_table(path, fmt).rows:
        task_id = cell_text(values.get("任务ID")).strip()
        text = cell_text(values.get("工作任务")).strip()
        if not (task_id or text):
            continue
        if cell_text(values.get("变更")).startswith((LABELS[REMOVED], LABELS[EXCLUDED])):
            report.removed += 1
            continue
        report.tasks.append(_state(
            task_id, text, cell_text(values.get("牵头单位")).strip(),
            cell_text(values.get("来源文件")).strip(),
            normal_status(values.get("状态"), values.get("是否销号")),
            as_date(values.get("截止日期")), as_date(values.get("交办日期")), today, near_days))
    return report


# ---------------------------------------------------------------- report rendering

def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    out = ""
    for ch in text:
        if _width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def _table(header: Sequence[str], body: list[Sequence[Any]]) -> list[str]:
    cells = [[str(v) for v in header]] + [[str(v) for v in row] for row in body]
    widths = [max(_width(row[c]) for row in cells) for c in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(v + " " * (w - _width(v)) for v, w in zip(row, widths)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _days(task: TaskState) -> str:
    if task.warning == "红":
        return f"逾期{task.days}天"
    return "今天到期" if task.days == 0 else f"剩{task.days}天"


def _warning_rows(report: Report, clip: int | None) -> list[list[str]]:
    body = []
    for colour in WARNINGS:
        for task in report.warned(colour):
            text = _clip(task.text, clip) if clip else task.text
            body.append([f"{colour}·{WARNINGS[colour]}", task.unit or UNASSIGNED,
                         task.due.isoformat() if task.due else "", _days(task), text])
    return body


def _unit_rows(report: Report) -> list[list[Any]]:
    return [[unit, r.total, r.done, f"{r.percent}%", len(r.warned("红")), len(r.warned("黄")),
             len(r.warned("蓝"))] for unit, r in report.by_unit().items()]


UNIT_HEADER = ("单位", "任务", "已办结", "办结率", "逾期", "滞后", "临期")
WARNING_HEADER = ("预警", "单位", "截止日期", "天数", "任务")


def render_report(report: Report, fmt: str = "text", by: str | None = None) -> str:
    """The report as a terminal table (`text`), Markdown (`md`) or JSON (`json`)."""
    if fmt == "json":
        return json.dumps(report.to_dict(by), ensure_ascii=False, indent=2) + "\n"
    counts = [[status, n] for status, n in report.counts.items()]
    removed = f"（另有已移除任务 {report.removed} 件未计入）" if report.removed else ""
    if fmt == "md":
        lines = [f"# 督办情况（截至 {report.today.isoformat()}）", "",
                 f"{report.headline}。{removed}", "", "| 状态 | 件数 |", "| --- | ---: |"]
        lines += [f"| {s} | {n} |" for s, n in counts]
        if by == "party":
            lines += ["", "## 分单位", "", "| " + " | ".join(UNIT_HEADER) + " |",
                      "| --- |" + " ---: |" * (len(UNIT_HEADER) - 1)]
            lines += ["| " + " | ".join(str(v) for v in row) + " |" for row in _unit_rows(report)]
        warned = _warning_rows(report, None)
        if warned:
            lines += ["", f"## 预警（临期：{report.near_days}天内到期）", "",
                      "| " + " | ".join(WARNING_HEADER) + " |", "| --- | --- | --- | --- | --- |"]
            lines += ["| " + " | ".join(v.replace("|", "\\|") for v in row) + " |"
                      for row in warned]
        return "\n".join(lines) + "\n"
    if fmt != "text":
        raise SpeechmineError(f"unknown report format '{fmt}' (use: text, md, json)")
    lines = [f"督办情况 {report.path}（截至 {report.today.isoformat()}）", report.headline + removed, ""]
    lines += _table(("状态", "件数"), counts)
    if by == "party":
        lines += [""] + _table(UNIT_HEADER, _unit_rows(report))
    warned = _warning_rows(report, 40)
    if warned:
        lines += ["", f"预警（临期：{report.near_days}天内到期）"] + _table(WARNING_HEADER, warned)
    return "\n".join(lines) + "\n"
