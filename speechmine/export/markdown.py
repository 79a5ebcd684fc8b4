"""The checklist as Markdown: the speech's headings as headings, tasks as `- [ ]` lines under them.

Each line is followed by an indented reference line (display number · offsets · id) so staff can
check it against the source.
"""
from __future__ import annotations

import re

from .checklist import (Row, default_title, display_numbers, part_titles, rows, sections,
                         source_reference)
from ..model import Item, Result

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")

Line = tuple[str, str, str]
"""A line of the checklist as `markdown_lines` gives it: its text, what it is (`source` for the
来源 line, `task` and `ref` for a task's line and its reference line, `heading` for a heading's
reference line, "" for any other) and the id of its item ("" where none)."""


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _plain(*texts: str) -> list[Line]:
    return [(text, "", "") for text in texts]


def _task_line(row: Row, with_party: bool = True, rules: bool = False) -> list[Line]:
    facts = []
    if with_party and row.lead_unit:
        facts.append(f"责任：{row.lead_unit}")
    if row.cooperating:
        facts.append(f"配合：{row.cooperating}")
    if row.deadline:
        facts.append(f"时限：{row.deadline}")
    if row.due:
        facts.append(f"截止：{row.due.isoformat()}")
    if row.target:
        facts.append(f"目标：{row.target}")
    line = f"- [ ] {_escape(row.item.text)}"
    if facts:
        line += " — " + _escape(" · ".join(facts))
    ref = [f"`{row.number}`", row.origin, f"`{row.item.id}`"]
    if row.note:
        ref.append(_escape(row.note))
    if rules and row.item.rule:
        ref.append(f"规则 `{row.item.rule}`")
    return [(line + "\\", "task", row.item.id), ("  " + " · ".join(ref), "ref", row.item.id)]


def _heading_lines(item: Item, number: str, rules: bool = False) -> list[Line]:
    depth = len(item.path) or 1
    ref = f"`{number}` · {source_reference(item)} · `{item.id}`"
    if rules and item.rule:
        ref += f" · 规则 `{item.rule}`"
    text = f"{'#' * (depth + 1)} {_escape(item.text)}" if depth <= 4 else f"**{_escape(item.text)}**"
    return _plain("", text, "") + [(ref, "heading", item.id)] + _plain("")


def render_markdown(result: Result, by: str = "part", title: str | None = None, rules: bool = False) -> str:
    """A nested checklist under the speech's own headings (`by="part"`), or one section per lead
    unit (`by="party"`); `rules` adds to each line the id of the rule that made it an item."""
    return "\n".join(text for text, _, _ in markdown_lines(result, by, title, rules)) + "\n"


def markdown_lines(result: Result, by: str = "part", title: str | None = None,
                   rules: bool = False) -> list[Line]:
    """The lines of `render_markdown`, each with what it is and its item's id (a Markdown ledger
    is merged from these: `tracking.markdown`). Never two blank lines in a row, none at the ends."""
    title = title or default_title(result)
    task_rows = rows(result, by)
    lines = _plain(f"# {_escape(title)}", "") + \
        [(f"来源：{_escape(result.source)} · 任务 {len(task_rows)} 项", "source", "")] + _plain("")
    if by == "party":
        for section in sections(result, by):
            lines += _plain("", f"## {_escape(section.title)}（{len(section.rows)} 项）", "")
            for row in section.rows:
                lines += _task_line(row, with_party=False, rules=rules)
    else:
        numbers = display_numbers(result)
        by_id = {row.item.id: row for row in task_rows}
        titles = part_titles(result)
        headed = {item.path[0] for item in result.items if item.kind == "heading" and len(item.path) == 1}
        children = {item.parent for item in result.items}
        for item in result.items:
            part = item.path[0] if item.path else None
            if part is not None and part not in headed:  # a part whose title is no item
                headed.add(part)
                lines += _plain("", f"## {_escape(titles[part])}", "")
            if item.kind == "heading" and (item.id not in by_id or item.id in children):
                lines += _heading_lines(item, numbers[item.id], rules)
            if item.id in by_id:
                lines += _task_line(by_id[item.id], rules=rules)
    kept = [line for n, line in enumerate(lines) if line[0] or n == 0 or lines[n - 1][0]]
    while kept and not kept[-1][0]:
        kept.pop()
    while kept and not kept[0][0]:
        kept.pop(0)
    return kept
