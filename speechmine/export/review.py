"""The review page: each speech's text with every item highlighted beside its checklist.

`render_review(results)` returns one self-contained HTML file (inline CSS and JS, no URL, no
request): on the left the document text as read, each item marked at its offsets by kind, its
party, deadline and target spans marked inside, the sentences left out (review of past work,
problem descriptions, quotations) shaded with the reason on hover; on the right the checklist rows,
linked both ways with their sentences. Without JS it is a readable static page. With JS: filters,
search, corrections kept in the browser's local storage and a `导出` button that downloads the
checklist as CSV (the columns of `export.csvfmt`: `checklist.COLUMNS` and `交办日期`, in the
checklist's row order, plus `变更` and `人工修改`; a cell that a spreadsheet would run as a formula
starts with `'`), which
`speechmine checklist SOURCE -o FILE.csv` takes as an existing ledger (see `tracking`).
"""
from __future__ import annotations

import hashlib
import html
import json
from bisect import bisect_right
from dataclasses import dataclass
from importlib import resources
from typing import Sequence

from .checklist import (ASSIGNED, COLUMNS, SUGGESTED, UNASSIGNED, assigned_date, default_title,
                         display_numbers, sections)
from ..errors import SpeechmineError
from ..lexicon import Lexicon, load
from ..model import Item, Result
from ..analysis.normalise import normalise
from .columns import EDITED_COLUMN, EXCLUDED, LABELS

EDITABLE = ("牵头单位", "配合单位", "完成时限", "截止日期")
ADDED = "人工新增"       # 变更 and 任务编号 of a task added on the page: a row without 任务ID
KIND_NAMES = {"task": "任务", "heading": "标题", "prohibition": "禁止性要求", "commitment": "承诺事项"}
ZONE_NAMES = {"review": "回顾以往工作", "problem": "问题描述", "quotation": "引述他人讲话或文件",
              "preamble": "开场部分", "closing": "结束部分",
              "annex": "附件与联系方式"}
FIELDS = (("party", "责任主体"), ("co", "配合单位"), ("deadline", "时限"), ("target", "目标"))
SHOWN = tuple(c for c in ("任务编号", "工作任务", "牵头单位", "配合单位", "完成时限", "截止日期")
              if c in COLUMNS)                 # the page's columns; 导出 writes all of COLUMNS


@dataclass(frozen=True)
class Excluded:
    """A sentence left out of the items, and why."""

    start: int
    end: int
    zone: str
    rule: str


def excluded_sentences(result: Result, lexicon: Lexicon | None = None) -> list[Excluded]:
    """Sentences that hold no item and stand in a zone that is never a task (review, problem,
    preamble, closing), or quote another speaker or document (`quotation`)."""
    from ..analysis.directives import quote_mask
    from ..analysis.structure import build

    lexicon = lexicon or load(())
    text = normalise(result.text)
    structure = build(text, lexicon, None, result.text, int(result.doc_date[:4]) if result.doc_date else None)
    mask = quote_mask(text)
    spans = sorted((it.start, it.end) for it in result.items)
    starts = [a for a, _ in spans]
    found = []
    for sentence in structure.sentences:
        if sentence.is_attribution or not sentence.text.strip():
            continue
        k = bisect_right(starts, sentence.end - 1) - 1
        if k >= 0 and spans[k][1] > sentence.start:
            continue                                   # an item stands in this sentence
        zone = sentence.zone
        if zone == "task":
            quoted = sum(mask[sentence.start:sentence.end])
            if 2 * quoted < sentence.end - sentence.start:
                continue
            zone = "quotation"
        found.append(Excluded(sentence.start, sentence.end, zone, f"zone.{zone}"))
    return found


def _esc(text: str) -> str:
    """Text for HTML: escaped, and `\\r` as a reference so the parser keeps it (offsets hold)."""
    return html.escape(text, quote=True).replace("\r", "&#13;")


def _item_title(item: Item, number: str) -> str:
    parts = [KIND_NAMES.get(item.kind, item.kind)]
    if number:
        parts.append(number)
    if item.borderline:
        parts.append("待确认是否列为任务")
    rule = item.to_dict().get("rule")
    if rule:
        parts.append(f"规则：{rule}")
    return " · ".join(parts)


def _field_spans(result: Result) -> list[tuple[int, int, str]]:
    spans = set()
    for it in result.items:
        for name, span in (("party", it.party_span), ("deadline", it.deadline_span),
                           ("target", it.target_span)):
            if span is not None and span.end > span.start:
                spans.add((span.start, span.end, name))
        for span in it.co_party_spans:
            if span.end > span.start:
                spans.add((span.start, span.end, "co"))
    return sorted(spans)


def render_text(result: Result, doc: str, numbers: dict[str, str],
                excluded: Sequence[Excluded]) -> str:
    """The document text as HTML: items and excluded sentences as marks, field spans inside.
    The element's text content is `result.text` exactly."""
    text = result.text
    outer: list[tuple[int, int, str, str]] = []          # start, end, opening tag, closing tag
    for it in result.items:
        classes = f"it k-{it.kind}" + (" borderline" if it.borderline else "")
        outer.append((it.start, it.end,
                      f'<mark class="{classes}" id="{doc}-s-{it.id}" data-id="{it.id}" '
                      f'tabindex="-1" title="{_esc(_item_title(it, numbers.get(it.id, "")))}">',
                      "</mark>"))
    for ex in excluded:
        hover = f"{ZONE_NAMES.get(ex.zone, ex.zone)}，不列为任务 · 规则：{ex.rule}"
        outer.append((ex.start, ex.end,
                      f'<span class="ex z-{ex.zone}" title="{_esc(hover)}">', "</span>"))
    outer.sort()
    fields = _field_spans(result)
    cuts = sorted({0, len(text)} | {p for a, b, _ in fields for p in (a, b)}
                  | {p for a, b, _, _ in outer for p in (a, b)})
    # which fields cover each elementary piece [cuts[i], cuts[i+1])
    cover: list[set[str]] = [set() for _ in cuts]
    index = {p: i for i, p in enumerate(cuts)}
    for a, b, name in fields:
        for i in range(index[a], index[b]):
            cover[i].add(name)
    out: list[str] = []
    k = 0
    closing = None
    for i in range(len(cuts) - 1):
        a, b = cuts[i], cuts[i + 1]
        while closing is None and k < len(outer) and outer[k][0] < a:
            k += 1                                     # overlaps the one before: left plain
        if closing is None and k < len(outer) and outer[k][0] == a:
            out.append(outer[k][2])
            closing = outer[k]
            k += 1
        piece = _esc(text[a:b])
        if cover[i]:
            names = sorted(cover[i])
            out.append(f'<span class="f {" ".join("f-" + n for n in names)}">{piece}</span>')
        else:
            out.append(piece)
        if closing is not None and closing[1] == b:
            out.append(closing[3])
            closing = None
    return "".join(out)


def _doc_key(result: Result) -> str:
    digest = hashlib.sha1(result.text.encode("utf-8")).hexdigest()[:12]
    return f"{result.source}#{digest}"


def _unit(value: str) -> str:
    return UNASSIGNED if not value or value.startswith(SUGGESTED) else value


def _checklist(result: Result, doc: str, by: str) -> tuple[str, dict[str, list[str]]]:
    """The checklist table (grouped `by`) and each row's cells in `COLUMNS` order."""
    records: dict[str, list[str]] = {}
    parts = {row.item.id: section.title for section in sections(result, "part")
             for row in section.rows}
    body = []
    counts: dict[str, int] = {}
    for section in sections(result, by):
        body.append(f'<tbody class="grp"><tr><th colspan="{len(SHOWN) + 1}" scope="rowgroup">'
                    f'{_esc(section.title)}</th></tr></tbody><tbody class="rows">')
        for row in section.rows:
            record = row.record()
            records[row.item.id] = [str(record[c]) for c in COLUMNS]
            it = row.item
            unit = _unit(row.lead_unit)
            counts[unit] = counts.get(unit, 0) + 1
            cells = "".join(
                f'<td class="c-{n}" data-col="{_esc(c)}">{_esc(str(record.get(c, "")))}</td>'
                for n, c in enumerate(SHOWN))
            body.append(
                f'<tr class="row k-{it.kind}{" borderline" if it.borderline else ""}" '
                f'id="{doc}-r-{it.id}" data-id="{it.id}" data-kind="{it.kind}" '
                f'data-start="{it.start}" data-part="{_esc(parts[it.id])}" tabindex="0">'
                f'<td class="keep"><input type="checkbox" checked disabled '
                f'aria-label="列入任务"></td>{cells}</tr>')
        body.append("</tbody>")
    head = "".join(f"<th scope=\"col\">{_esc(c)}</th>" for c in SHOWN)
    count_items = "".join(f"<li><span>{_esc(u)}</span> <b>{n}</b></li>"
                          for u, n in sorted(counts.items(),
                                             key=lambda p: (p[0] == UNASSIGNED, -p[1], p[0])))
    table = (f'<details class="counts" open><summary>各单位任务数（牵头单位）</summary>'
             f'<ul>{count_items}</ul></details>'
             f'<table class="list"><thead><tr><th scope="col">列入</th>{head}</tr></thead>'
             f'{"".join(body)}</table>')
    return table, records


def _document(result: Result, n: int, by: str, lexicon: Lexicon | None) -> str:
    doc = f"d{n}"
    numbers = display_numbers(result)
    rows_html, records = _checklist(result, doc, by)
    assigned = assigned_date(result)
    data = {"key": _doc_key(result), "source": result.source, "title": default_title(result),
            "records": records, "assigned": assigned.isoformat() if assigned else ""}
    payload = _json(data)
    name = result.source.replace("\\", "/").rsplit("/", 1)[-1] or result.source
    return (
        f'<section class="doc" id="{doc}" role="tabpanel" aria-label="{_esc(name)}" data-doc="{doc}">'
        f'<h2 class="doctitle">{_esc(default_title(result))}<small> · {_esc(name)} · '
        f'任务 {len(records)} 项</small></h2>'
        f'<div class="panes"><div class="pane textpane"><div class="text" lang="zh-CN">'
        f'{render_text(result, doc, numbers, excluded_sentences(result, lexicon))}</div></div>'
        f'<div class="pane listpane">{rows_html}</div></div>'
        f'<script type="application/json" class="docdata">{payload}</script></section>')


def _json(data: object) -> str:
    """JSON to sit inside a <script> element: no `<`, so no `</script>` or `<!--` in it."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")


SCRIPT = ("review_doc.js", "review_add.js", "review_list.js", "review_tools.js")
"""The page's script, in parts (one function scope over them all, opened in the first and closed
in the last): a document and its rows; tasks staff add; grouping, filters and the CSV export;
the tool bar, tabs and start-up."""


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def render_review(results: Sequence[Result], by: str = "part", title: str | None = None,
                  lexicon: Lexicon | None = None) -> str:
    """The review page of one or more results (a tab each) as one HTML string."""
    if not results:
        raise SpeechmineError("no document to review")
    title = title or (default_title(results[0]) if len(results) == 1 else "任务校核")
    config = {"columns": list(COLUMNS), "editable": [c for c in EDITABLE if c in COLUMNS],
              "shown": list(SHOWN), "suggested": SUGGESTED, "unassigned": UNASSIGNED, "by": by,
              "excluded": LABELS[EXCLUDED], "added": ADDED, "edited": EDITED_COLUMN,
              "assigned": ASSIGNED}
    tabs = "".join(
        f'<button type="button" role="tab" data-doc="d{n}" aria-controls="d{n}">'
        f'{_esc(r.source.replace(chr(92), "/").rsplit("/", 1)[-1] or r.source)}</button>'
        for n, r in enumerate(results))
    legend = "".join(f'<span class="it k-{k}">{v}</span>' for k, v in KIND_NAMES.items()) + \
        '<span class="it k-task borderline">待确认</span>' + \
        "".join(f'<span class="f f-{k}">{v}</span>' for k, v in FIELDS) + \
        "".join(f'<span class="ex z-{k}">{v}</span>' for k, v in ZONE_NAMES.items())
    body = "".join(_document(r, n, by, lexicon) for n, r in enumerate(results))
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<link rel=\"icon\" href=\"data:,\">"
        f"<title>{_esc(title)}</title><style>{_asset('review.css')}</style></head>"
        f"<body><header class=\"top\"><h1>{_esc(title)}</h1>"
        f"<nav class=\"tabs\" role=\"tablist\" aria-label=\"文件\">{tabs}</nav>"
        f"<div class=\"tools\" hidden></div>"
        f"<p class=\"legend\" aria-label=\"图例\">{legend}</p></header>"
        f"<main>{body}</main>"
        f"<script type=\"application/json\" id=\"config\">"
        f"{_json(config)}</script>"
        f"<script>{''.join(_asset(name) for name in SCRIPT)}</script></body></html>\n")
