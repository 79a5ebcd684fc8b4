"""Task tables in a Word document (任务分解表): which columns hold the task, the units and the time
limit, and each body row as a `TaskRow` whose spans point into the document's text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Span


@dataclass
class TaskRow:
    """One row of a task table (任务分解表): its number, task, lead unit, other units, deadline."""

    number: str
    text: Span
    party: Span | None = None
    co_parties: list[Span] = field(default_factory=list)
    deadline: Span | None = None


_TASK_HEADERS = ("工作任务", "重点任务", "主要任务", "具体任务", "任务内容", "任务", "工作内容",
                 "重点工作")
_LEAD_HEADERS = ("牵头单位", "牵头部门")
_RESPONSIBLE_HEADERS = ("责任单位", "责任部门")
_SUPPORT_HEADERS = ("配合单位", "配合部门", "协办单位")
_DEADLINE_HEADERS = ("完成时限", "完成时间", "时间节点", "办结时限", "时限")
_UNIT_SEPARATORS = "、，,；;/／"
_OPEN, _CLOSE = "（([【", "）)]】"


def _header_key(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass
class TaskColumns:
    """Which grid column holds what, found from a task table's header row."""

    number: int
    task: int
    lead: int | None
    responsible: int | None
    support: int | None
    deadline: int | None
    names: frozenset[str]

    @classmethod
    def from_header(cls, cells: dict[int, Span]) -> TaskColumns | None:
        keys = {col: _header_key(span.text) for col, span in cells.items()}

        def find(names: tuple[str, ...]) -> int | None:
            return next((col for name in names for col, key in keys.items() if key == name),
                        None)

        number, task = find(("序号",)), find(_TASK_HEADERS)
        lead, responsible = find(_LEAD_HEADERS), find(_RESPONSIBLE_HEADERS)
        support, deadline = find(_SUPPORT_HEADERS), find(_DEADLINE_HEADERS)
        if number is None or task is None or (lead, responsible, deadline) == (None,) * 3:
            return None
        return cls(number, task, lead, responsible, support, deadline,
                   frozenset(keys.values()))

    def is_header(self, cells: dict[int, Span]) -> bool:
        """A repeated header row (or the same names again)."""
        return {_header_key(span.text) for span in cells.values()} <= self.names

    def task_row(self, cells: dict[int, Span]) -> TaskRow | None:
        task = cells.get(self.task)
        if task is None or not task.text:
            return None
        number = cells.get(self.number)
        units = {col: _units(cells[col]) if col is not None and col in cells else []
                 for col in (self.lead, self.responsible, self.support)}
        named = units[self.lead] + units[self.responsible] + units[self.support]
        deadline = cells.get(self.deadline) if self.deadline is not None else None
        party = named[0] if named else None
        co_parties = [unit for unit in named[1:] if party is None or unit.text != party.text]
        return TaskRow(number=number.text if number is not None else "", text=task,
                       party=party, co_parties=co_parties,
                       deadline=deadline if deadline is not None and deadline.text else None)


def _units(cell: Span) -> list[Span]:
    """The units named in a cell, split at 、，；/ and spaces outside brackets."""
    out: list[Span] = []
    depth, begin = 0, 0
    text = cell.text
    for i, ch in enumerate(text + "、"):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in _UNIT_SEPARATORS or ch.isspace()):
            if text[begin:i]:
                out.append(Span(text[begin:i], cell.start + begin, cell.start + i))
            begin = i + 1
    return out
