"""Checklist rows: the 任务分解表 / 督办台账 staff carry out of speechmine.

One row per task item (every kind but `heading`) in document order. The columns follow the
tables offices publish; `任务要点` is the directive without its numbering label, party and modal.
`sections` groups the rows by the speech's top-level parts (`by="part"`) or by lead unit
(`by="party"`, items without a party under `全体/未明确`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .errors import SpeechmineError
from .model import Item, Result

COLUMNS = ("序号", "任务编号", "工作任务", "任务要点", "具体要求/量化目标", "牵头领导", "牵头单位",
           "责任单位", "配合单位", "完成时限", "截止日期", "进展情况", "状态", "是否销号", "原文出处",
           "备注", "任务ID")
STATUSES = ("未启动", "推进中", "已完成", "已销号")
UNASSIGNED = "全体/未明确"
UNNUMBERED = "（未编号部分）"
SUGGESTED = "（建议）"
VIEWS = ("part", "party")

_LABEL = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十百零〇\d]+[）)]|[一二三四五六七八九十百]+[、是要]"
    r"|第[一二三四五六七八九十百\d]+[，、,]|\d+[、.．]|[①-⑳])\s*")
_OPENER = re.compile(r"^(?:首先|其次|再次|最后|同时|此外|另外)[，,]\s*")
_PRONOUN = re.compile(r"^(?:我们|咱们|大家|同志们)(?=都|也|还|更|一定|必须|务必|需|应|要|须|将|会)")
_CONNECTOR = re.compile(r"^(?:[、，,\s]|以及|会同|联合|和|与|及)+")
_MODAL = re.compile(
    r"^(?:都|也|还|更)?(?:一定要|必须要|必须|务必|需要|应当|应该|要(?!求)|须(?!知)|应(?![急对用])|需(?!求))")
_COMMITMENT_MODAL = re.compile(r"^(?:将|会|要)")
_ATTRIBUTION = re.compile(r"[（(](?:牵头|责任|配合|主责|完成时限)[^（）()]*[）)]\s*$")
_TRAILING = "。！？；;，,.!?：: \t\r\n"


@dataclass
class Row:
    """One checklist row; `cells()` gives the values in `COLUMNS` order."""

    item: Item
    seq: int
    number: str
    action: str
    lead_unit: str
    responsible: str
    cooperating: str
    deadline: str
    due: date | None
    origin: str
    note: str
    section: str
    lead_leader: str = ""
    progress: str = ""
    status: str = STATUSES[0]
    closed: str = "否"

    def cells(self) -> list[str | int | date | None]:
        it = self.item
        return [self.seq, self.number, it.text, self.action, it.target or "", self.lead_leader,
                self.lead_unit, self.responsible, self.cooperating, self.deadline, self.due,
                self.progress, self.status, self.closed, self.origin, self.note, it.id]

    def record(self) -> dict[str, str | int]:
        """The row as column → text (dates in ISO form, empty cells as "")."""
        return {name: (value.isoformat() if isinstance(value, date) else "" if value is None
                       else value)
                for name, value in zip(COLUMNS, self.cells())}


@dataclass
class Section:
    """A group of rows: one top-level part of the speech, or one lead unit."""

    title: str
    rows: list[Row] = field(default_factory=list)


def display_numbers(result: Result) -> dict[str, str]:
    """Item id → a number from the speech's own structure, e.g. `二.（一）.3`.

    A heading's number is its path. A task item takes its group's path, plus its own label when
    it has one (`3.各区县要…` → `….3`), plus `-k` (k-th in reading order) when that number is
    shared with other items or a heading; items outside any numbering count as `正文-k`.
    """
    bases = {}
    for it in result.items:
        own = [it.label] if it.kind != "heading" and it.label and it.path[-1:] != [it.label] else []
        bases[it.id] = ".".join(it.path + own)
    counts: dict[str, int] = {}
    for it in result.items:
        if it.kind != "heading":
            counts[bases[it.id]] = counts.get(bases[it.id], 0) + 1
    headings = {bases[it.id] for it in result.items if it.kind == "heading"}
    seen: dict[str, int] = {}
    numbers = {}
    for it in result.items:
        base = bases[it.id] or "正文"
        if it.kind == "heading":
            numbers[it.id] = base
            continue
        seen[bases[it.id]] = seen.get(bases[it.id], 0) + 1
        several = counts[bases[it.id]] > 1 or bases[it.id] in headings or not bases[it.id]
        numbers[it.id] = f"{base}-{seen[bases[it.id]]}" if several else base
    return numbers


def action_phrase(item: Item) -> str:
    """The directive without numbering label, leading party (or 我们/大家) and modal:
    `各区县要加快推进X。` → `加快推进X`."""
    rest = item.text.strip()
    if item.label and rest.startswith(item.label):
        rest = rest[len(item.label):].lstrip("、.．，, ")
    else:
        rest = _LABEL.sub("", rest, count=1)
    rest = _OPENER.sub("", rest, count=1)
    parties = sorted({p for p in (item.party, *item.co_parties) if p}, key=len, reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for party in parties:
            if rest.startswith(party):
                rest = rest[len(party):]
                after = _CONNECTOR.sub("", rest, count=1)
                if any(after.startswith(p) for p in parties):
                    rest = after
                stripped = True
                break
    rest = _PRONOUN.sub("", rest.lstrip("，, "), count=1)
    rest = _MODAL.sub("", rest, count=1)
    if item.kind == "commitment":
        rest = _COMMITMENT_MODAL.sub("", rest, count=1)
    rest = _ATTRIBUTION.sub("", rest).rstrip(_TRAILING)
    return rest or item.text.strip().rstrip(_TRAILING)


def source_reference(item: Item) -> str:
    """Where the item stands in the source: `第124–168字` (1-based, inclusive)."""
    where = f"第{item.start + 1}–{item.end}字"
    doc = item.extra.get("source_doc")
    return f"{doc} {where}" if doc else where


def _suggested(item: Item, field_name: str, suggestion: str) -> str:
    value = getattr(item, field_name)
    if value:
        return value
    proposed = item.extra.get(suggestion)
    return f"{SUGGESTED}{proposed}" if proposed else ""


def _due(item: Item) -> date | None:
    value = item.extra.get("due") or item.extra.get("suggested_due")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _note(item: Item) -> str:
    notes = []
    if item.kind == "prohibition":
        notes.append("禁止性要求")
    elif item.kind == "commitment":
        notes.append("承诺事项")
    if item.party and item.party_source == "inherited":
        notes.append("责任单位承自上级条目")
    if not item.extra.get("due") and item.extra.get("suggested_due"):
        notes.append("截止日期为建议")
    if item.borderline:
        notes.append("待确认是否列为任务")
    return "；".join(notes)


def _part_titles(result: Result) -> dict[str, str]:
    titles: dict[str, str] = {}
    for it in result.items:
        if it.kind == "heading" and len(it.path) == 1:
            titles.setdefault(it.path[0], it.text.strip())
    return titles


def rows(result: Result, by: str = "part") -> list[Row]:
    """The checklist rows, in section order (see `sections`)."""
    return [row for section in sections(result, by) for row in section.rows]


def sections(result: Result, by: str = "part") -> list[Section]:
    """Rows grouped by top-level part (`by="part"`, numbered through) or by lead unit
    (`by="party"`, numbered per unit, `全体/未明确` last)."""
    if by not in VIEWS:
        raise SpeechmineError(f"unknown view '{by}' (use: {', '.join(VIEWS)})")
    numbers = display_numbers(result)
    titles = _part_titles(result)
    groups: dict[str, Section] = {}
    for it in result.items:
        if it.kind == "heading":
            continue
        if by == "party":
            key = it.party or UNASSIGNED
        else:
            key = titles.get(it.path[0], it.path[0]) if it.path else UNNUMBERED
        section = groups.setdefault(key, Section(key))
        section.rows.append(Row(
            item=it, seq=0, number=numbers[it.id], action=action_phrase(it),
            lead_unit=_suggested(it, "party", "suggested_party"),
            responsible="、".join(p for p in (it.party, *it.co_parties) if p),
            cooperating="、".join(it.co_parties),
            deadline=_suggested(it, "deadline", "suggested_deadline"),
            due=_due(it), origin=source_reference(it), note=_note(it), section=key))
    ordered = list(groups.values())
    if by == "party" and UNASSIGNED in groups:
        ordered.remove(groups[UNASSIGNED])
        ordered.append(groups[UNASSIGNED])
    seq = 0
    for section in ordered:
        if by == "party":
            seq = 0
        for row in section.rows:
            seq += 1
            row.seq = seq
    return ordered


def default_title(result: Result) -> str:
    """`《name》任务分解表` from the source's file name (or the meta title when there is one)."""
    name = result.meta.get("title") or re.sub(r"\.[A-Za-z0-9]{1,5}$", "",
                                               re.split(r"[\\/]", result.source)[-1])
    if not name or name.startswith("<"):
        return "任务分解表"
    return f"{name}任务分解表"
