"""Updating a ledger: a checklist that lives for months.

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

Matching is `tracking.match`, the row merge `tracking.tables` (.xlsx, .csv) and
`tracking.markdown` (.md); this module locks the file, retries when it changes meanwhile, keeps a
backup and writes atomically.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Sequence

from ..errors import SpeechmineError
from ..export import format_for
from ..export.columns import EXCLUDED, KEPT, NEAR_DAYS, NEW, REMOVED, RESTORED, SIMILAR, UNTOUCHED
from ..locking import hold
from ..model import Result
from ..writing import check_writable, real_target, write_bytes_atomic
from .ledger import LEDGER_FORMATS
from .markdown import render_md
from .match import Entry, source_name
from .tables import render_table

MERGE_ATTEMPTS = 5


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
        parts += [f"{label} {count} 项{note}" for count, label, note in (
            (self.restored, "恢复", ""), (self.excluded, "不列入", "（保持原样）"),
            (self.still_removed, "此前已移除", ""), (self.untouched, "其他行", "未动")) if count]
        text = f"{self.path}：" + "，".join(parts)
        return text + (f"；原文件备份为 {self.backup}" if self.backup else "")


def _current(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def update(path: Path | str, results: Sequence[Result], fmt: str | None = None, by: str = "part",
           title: str | None = None, today: date | None = None, near_days: int | None = None,
           backup: bool = True, wait: bool = False) -> Summary:
    """Write the checklist of `results` into the ledger `path` (created, or updated keeping what
    staff entered). The previous file is first copied to `path.bak`; the new one is written
    atomically. `today` dates the 红/黄/蓝 fills of an `.xlsx` (default: today); `near_days` sets its
    蓝 rule (default: `NEAR_DAYS`).

    The ledger is locked for the update (`locking.hold`: `Busy` when another update holds it,
    unless `wait`). When the file changes while the update reads and merges it (staff saved it),
    the merge starts again from the new file; the update fails rather than report rows it could
    not write."""
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
                data, entries = render_md(path, results, by, title)
            else:
                data, entries = render_table(path, fmt, results, by, title, today or date.today(),
                                             NEAR_DAYS if near_days is None else near_days)
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
