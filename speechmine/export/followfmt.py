"""The 承诺兑现表 of `speechmine follow`: JSON, Markdown, Excel and a simple HTML page.

One row per item of the earlier document (headings too): the checklist's columns (number, task,
target, lead unit, time limit, source) plus 年度报告表述 (the evidence, best first, with offsets into
the later text), 状态, 目标值 and 实际值 (per indicator, with its verdict). Same input, same bytes.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from ..errors import SpeechmineError
from ..follow import STATUS_NAMES, Evidence, FollowResult, Link
from ..writing import write_bytes_atomic, write_text_atomic
from .checklist import display_numbers, rows, source_reference
from .markdown import _escape
from .ooxml import workbook_bytes

COLUMNS = ("序号", "任务编号", "工作任务", "具体要求/量化目标", "牵头单位", "完成时限", "年度报告表述",
           "状态", "目标值", "实际值", "原文出处", "任务ID")
FORMATS = ("json", "md", "xlsx", "html")
VERDICT_NAMES = {"met": "达标", "missed": "未达标"}
WIDTHS = {"年度报告表述": 60, "目标值": 22, "实际值": 22}


def title_of(result: FollowResult) -> str:
    name = Path(result.earlier.source).stem if not result.earlier.source.startswith("<") else ""
    return f"{name}承诺兑现表" if name else "承诺兑现表"


NEAREST = "（最接近，未判为相关）"  # before the nearest units shown beside a silent task


def _shown(e: Evidence) -> str:
    return e.text if e.about else NEAREST + e.text


def _evidence_text(link: Link, with_offsets: bool = True) -> str:
    return "\n".join(_shown(e) + (f"［{e.start}–{e.end}］" if with_offsets else "") for e in link.evidence)


def _targets(link: Link) -> str:
    return "；".join(i.target.text for i in link.indicators)


def _reported(link: Link) -> str:
    parts = []
    for i in link.indicators:
        if i.reported is not None:
            parts.append(f"{i.reported.text}（{VERDICT_NAMES.get(i.verdict or '', '')}）")
        else:
            parts.append("未报告")
    return "；".join(parts) if any(i.reported for i in link.indicators) else ""


def table(result: FollowResult) -> list[list[object]]:
    """The table's rows as cell values in `COLUMNS` order."""
    numbers = display_numbers(result.earlier)
    by_item = {row.item.id: row for row in rows(result.earlier)}
    out: list[list[object]] = []
    for seq, link in enumerate(result.links, start=1):
        it = link.item
        row = by_item.get(it.id)
        out.append([seq, numbers.get(it.id, ""), it.text, it.target or "", row.lead_unit if row else "",
                    row.deadline if row else "", _evidence_text(link), STATUS_NAMES[link.status],
                    _targets(link), _reported(link), source_reference(it), it.id])
    return out


def render_follow_json(result: FollowResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n"


def _summary(result: FollowResult) -> str:
    counts = result.counts()
    return "，".join(f"{STATUS_NAMES[s]} {n}" for s, n in counts.items())


def render_follow_markdown(result: FollowResult) -> str:
    title = title_of(result)
    lines = [f"# {title}", "", f"前期文件：{result.earlier.source}；年度报告：{result.later_source}"
             f"（回顾部分 {result.review[0]}–{result.review[1]}）", "", f"共 {len(result.links)} 项：{_summary(result)}", "",
             "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for link, values in zip(result.links, table(result)):
        cells = [_escape(str(v)) for v in values]
        cells[COLUMNS.index("年度报告表述")] = "<br>".join(
            f"{_escape(_shown(e))} `{e.start}–{e.end}`" for e in link.evidence)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _marked(text: str, spans: list[tuple[int, int]], prefix: str, links: dict[int, str]) -> str:
    """`text` escaped, each span (not overlapping an earlier one) in a <mark> with an id, and a
    link to `links[start]` when given."""
    esc = html.escape
    out, at = [], 0
    for a, b in sorted(set(spans)):
        if a < at:
            continue
        target = f' href="#{links[a]}"' if a in links else ""
        inner = f"<a{target}>{esc(text[a:b])}</a>" if target else esc(text[a:b])
        out.append(esc(text[at:a]) + f'<mark id="{prefix}{a}">{inner}</mark>')
        at = b
    return "".join(out) + esc(text[at:])


def render_follow_html(result: FollowResult) -> str:
    """A simple page: the table, then both documents side by side; a task links to its first
    evidence in the later text, an evidence cell to its place there."""
    esc = html.escape
    title = title_of(result)
    head = "".join(f"<th>{esc(c)}</th>" for c in COLUMNS)
    body = []
    for link, values in zip(result.links, table(result)):
        cells = []
        for name, value in zip(COLUMNS, values):
            if name == "年度报告表述":
                value = "<br>".join(f'<a href="#r{e.start}">{esc(_shown(e))}</a>' for e in link.evidence)
            elif name == "工作任务":
                value = f'<a href="#t{link.item.start}">{esc(str(value))}</a>'
            else:
                value = esc(str(value)).replace("\n", "<br>")
            cells.append(f"<td>{value}</td>")
        body.append(f'<tr class="{link.status}">' + "".join(cells) + "</tr>")
    tasks = _marked(result.earlier.text, [(l.item.start, l.item.end) for l in result.links], "t",
                    {l.item.start: f"r{l.evidence[0].start}" for l in result.links if l.evidence})
    later = _marked(result.later_text, [(e.start, e.end) for l in result.links for e in l.evidence], "r", {})
    return ("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>table{{border-collapse:collapse}}td,th{{border:1px solid #999;"
            "padding:4px;vertical-align:top}}tr.done{background:#c6efce}tr.missed{background:#ffc7ce}"
            "tr.silent{color:#777}.pair{display:flex;gap:1em}.pair>div{flex:1}"
            "pre{white-space:pre-wrap}</style></head><body>\n"
            f"<h1>{esc(title)}</h1>\n<p>{esc(_summary(result))}</p>\n<table><tr>{head}</tr>\n"
            + "\n".join(body) + "\n</table>\n<div class=\"pair\">"
            f"<div><h2>{esc(result.earlier.source)}</h2><pre>{tasks}</pre></div>"
            f"<div><h2>{esc(result.later_source)}</h2><pre>{later}</pre></div></div>\n</body></html>\n")


def render_follow_xlsx(result: FollowResult) -> bytes:
    # openpyxl only when a workbook is asked for (a cold `follow -o x.json` is 0.2 s sooner)
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from .xlsx import fill_table

    title = title_of(result)
    workbook = Workbook()
    ws = workbook.active
    ws.title = "承诺兑现表"
    values = table(result)
    for row in values:
        row[6] = _evidence_text(result.links[row[0] - 1], with_offsets=False)
    fill_table(ws, title, COLUMNS, values, widths=WIDTHS)
    ws.data_validations.dataValidation = []  # the ledger's 状态 choices do not apply here: these do
    letter = get_column_letter(COLUMNS.index("状态") + 1)
    choices = DataValidation(type="list", formula1='"' + ",".join(STATUS_NAMES.values()) + '"', allow_blank=True)
    choices.add(f"{letter}3:{letter}{max(3, len(values) + 2)}")
    ws.add_data_validation(choices)
    return workbook_bytes(workbook, title)


def write_follow(result: FollowResult, path: Path | str, overwrite: bool = False) -> None:
    """Write the 承诺兑现表 to `path` in the format its suffix names, atomically; an existing file
    is kept unless `overwrite`."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    fmt = {"markdown": "md", "htm": "html"}.get(fmt, fmt)
    if fmt not in FORMATS:
        raise SpeechmineError(f"{path}: unknown output format '{fmt}' (use one of: "
                              f"{', '.join('.' + f for f in FORMATS)})")
    if path.exists() and not overwrite:
        raise SpeechmineError(f"{path}: already exists (use --force to replace it)")
    if fmt == "xlsx":
        write_bytes_atomic(path, render_follow_xlsx(result))
    else:
        render = {"json": render_follow_json, "md": render_follow_markdown, "html": render_follow_html}[fmt]
        write_text_atomic(path, render(result))
