"""The progress report of a ledger as a terminal table, Markdown or JSON."""
from __future__ import annotations

import json
import unicodedata
from typing import Any, Sequence

from ..errors import SpeechmineError
from ..export.columns import UNASSIGNED
from .progress import WARNINGS, Report, TaskState


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
