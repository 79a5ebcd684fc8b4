"""Where a ledger stands on a given day: each task's status and its 红/黄/蓝 warning."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import SpeechmineError
from ..export.columns import EXCLUDED, LABELS, NEAR_DAYS, REMOVED, STATUSES, SUGGESTED, UNASSIGNED
from .ledger import LEDGER_FORMATS, as_date, cell_text, read_markdown, read_table

DONE = (STATUSES[2], STATUSES[3])
WARNINGS = {"红": "逾期", "黄": "滞后", "蓝": "临期"}


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


def row_warning(values: dict[str, Any], today: date, near_days: int) -> str | None:
    if cell_text(values.get("变更")) in (LABELS[REMOVED], LABELS[EXCLUDED]):
        return None
    return warning(normal_status(values.get("状态"), values.get("是否销号")),
                   as_date(values.get("截止日期")), as_date(values.get("交办日期")), today, near_days)


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


def status(path: Path | str, today: date | None = None, near_days: int | None = None) -> Report:
    """The progress report of a ledger (`.xlsx`, `.csv` or `.md`) on `today` (default: today);
    `near_days`: how many days ahead a task is 蓝 (default: `NEAR_DAYS`)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in LEDGER_FORMATS:
        raise SpeechmineError(
            f"{path}: status reads a checklist ledger (.xlsx, .csv or .md) made by "
            f"`speechmine checklist SPEECH -o 任务分解表.xlsx`, not a .{fmt or 'file without suffix'}")
    if not path.exists():
        raise SpeechmineError(f"{path}: no such file")
    near_days = NEAR_DAYS if near_days is None else near_days
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
