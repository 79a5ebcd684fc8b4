"""Checklist rows: the 任务分解表 / 督办台账 staff carry out of speechmine.

One row per task item in document order, and one per numbered heading that itself asks for action
(see `asks_for_action`). The columns follow the tables
offices publish. The cells are what a clerk can hand out as they are: `牵头单位` shows a unit or
group that can be assigned (never 我们/大家: the whole audience is an empty cell), `任务要点` a
short action phrase (verb + object, at most 30 characters) or nothing, `责任单位` only where the
text names more than one unit, `具体要求/量化目标` each target as metric and value.
`sections` groups the rows by the speech's top-level parts (`by="part"`, titled by the part's own
heading) or by lead unit (`by="party"`, items without one under `全体/未明确`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..errors import SpeechmineError
from ..lexicon import Lexicon, load
from ..model import Item, Result
from ..analysis.quantities import find_target
from ..analysis.segment import tokenize
from ..analysis.title import document_title
from .columns import ASSIGNED, COLUMNS, STATUSES, SUGGESTED, UNASSIGNED, VIEWS

UNNUMBERED = "（未编号部分）"
CLOSING = "（结束部分）"
ACTION_LIMIT = 30

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
_REQUESTS = ("请", "须", "需")
_MEASURES = ("率", "数", "量", "额", "值", "比", "比例", "面积", "规模", "指数", "水平", "时间", "时长",
             "时数", "人次", "增速", "增幅", "占比", "密度", "标准")
_CLAUSES = re.compile(r"[，,；;。！？!?：:]")
_TARGET_LEAD = re.compile(r"^.{0,12}?(?<![重主需只想纪])(?:一定要|必须|务必|确保|力争|争取|努力|应当|要)(?![求素点])")
_SLOGAN = re.compile(r"^[\u4e00-\u9fff]{4,8}(?:[\s\u3000，,、]+[\u4e00-\u9fff]{4,8})+$")
_TITLE_WORDS = re.compile(r"会议|讲话|发言|报告|要点|方案|计划|通知|意见|规划|纪要|工作")


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
    target: str = ""

    def cells(self) -> list[str | int | date | None]:
        it = self.item
        return [self.seq, self.number, it.text, self.action, self.target, self.lead_leader,
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


def short_action(item: Item) -> str:
    """The 任务要点: the first clause of `action_phrase` that is an action (not a framing
    `围绕……` or a bare time limit), when it is at most `ACTION_LIMIT` characters and says less than
    the whole sentence (under 80 % of it); else "" (a long or single-clause sentence is its own
    工作任务)."""
    lexicon = load()
    framing = lexicon.words("framing_prepositions")
    whole = item.text.strip().rstrip(_TRAILING)
    for clause in _CLAUSES.split(action_phrase(item)):
        clause = clause.strip()
        if item.deadline and clause.lstrip("在于").startswith(item.deadline):
            clause = clause.lstrip("在于")[len(item.deadline):].lstrip("，, ")
        if len(clause) < 2 or clause == item.deadline or clause.startswith(framing):
            continue
        if len(clause) <= ACTION_LIMIT and len(clause) < 0.8 * len(whole):
            return clause
        return ""
    return ""


def target_cell(item: Item) -> str:
    """Each target of the item as metric and value (`接入率达到100%；不少于16学时`): the clauses of the
    target span that hold a target, without the subject, modal and time limit before them."""
    if not item.target:
        return ""
    lexicon = load()
    parts = []
    for clause in _CLAUSES.split(item.target):
        clause = clause.strip()
        if not clause or find_target(clause, 0, len(clause), lexicon) is None:
            continue
        for party in (item.party, *item.co_parties):
            if party and clause.startswith(party):
                clause = clause[len(party):]
        if item.deadline and item.deadline in clause:
            clause = clause.replace(item.deadline, "", 1)
        trimmed = _TARGET_LEAD.sub("", clause, count=1)
        parts.append(_metric_and_value((trimmed if len(trimmed) >= 2 else clause).strip("，, "), lexicon))
    return "；".join(parts) or item.target


def _metric_and_value(clause: str, lexicon: Lexicon) -> str:
    """A target clause cut to its metric and value: from the comparison (`不少于16学时`), with the
    word before it when that names a measure (`接入率达到100%`); a clause without a comparison and
    longer than 16 characters from the last target verb before its first number
    (`在中心城区新建城市书房15个` → `新建城市书房15个`)."""
    found = [clause.find(word) for word in lexicon.words("target_comparators") if word in clause]
    if found:
        at = min(found)
        before = tokenize(clause[:at], lexicon)
        if before and clause[:at].endswith(_MEASURES):
            at = before[-2].start if len(before[-1].text) == 1 and len(before) > 1 else before[-1].start
        return clause[at:]
    number = re.search(r"\d|\*\*", clause)
    if len(clause) <= 16 or number is None:
        return clause
    verbs = lexicon.words("target_verbs")
    starts = [t.start for t in tokenize(clause[:number.start()], lexicon) if t.text in verbs]
    return clause[starts[-1]:] if starts else clause


def lead_unit(item: Item, text: str) -> str:
    """The party as the checklist's 牵头单位 shows it: a unit or group that can be assigned.

    The whole audience (`我们` `大家`, lexicon `audience`) and what is no unit (a negation, a
    number) give ""; a bare sector word (`企业`, lexicon `sector_words`) shows with the words
    before it in its clause (`重点企业`), or gives "" when it stands alone. An inherited party
    gives way to the sentence's own subject (`规上工业企业要…`, `各专业救援队伍要…`).
    """
    party = (item.party or "").strip()
    lexicon = load()
    if item.party_source == "inherited":
        own = _own_subject(item, lexicon)
        if own is not None:  # `规上工业企业要……` under a unit's item names its own subject
            return own
    if not party or party in lexicon.words("audience") or re.search(r"\d|^[不没非]", party):
        return ""
    if party in lexicon.words("sector_words") or len(party) < 2:
        return _with_modifiers(item, text)
    return party


def _own_subject(item: Item, lexicon: Lexicon) -> str | None:
    """The sentence's own subject when it opens with a unit or group (a name ending in a word of
    lexicon `party_heads` or `sector_words`) right before a modal: `规上工业企业要……` →
    `规上工业企业`; the whole audience or a bare sector word gives ""; None when it opens otherwise."""
    body = item.text.strip()
    if item.label and body.startswith(item.label):
        body = body[len(item.label):]
    body = _OPENER.sub("", _LABEL.sub("", body, count=1))
    heads = sorted({*lexicon.words("party_heads"), *lexicon.words("sector_words")}, key=len, reverse=True)
    match = re.match(rf"([\u4e00-\u9fff、（）()]{{0,12}}?(?:{'|'.join(map(re.escape, heads))}))"
                     r"(?:都|也|还)?(?:一定要|必须|务必|应当|要|须|应)(?![求急对用])", body)
    if match is None:
        return None
    subject = match.group(1)
    bare = subject in lexicon.words("audience") or subject in lexicon.words("sector_words")
    return "" if bare else subject


def _with_modifiers(item: Item, text: str) -> str:
    span = item.party_span
    if span is None or not (item.start <= span.start < item.end):
        return ""
    begin = span.start
    while begin > item.start and text[begin - 1] not in "，,；;。：:！？、 \u3000\n）)":
        begin -= 1
    words = text[begin:span.end]
    if item.label and words.startswith(item.label):
        words = words[len(item.label):]
    words = _LABEL.sub("", _OPENER.sub("", words), count=1)
    if words == text[span.start:span.end] or not 2 < len(words) <= 12 \
            or not re.fullmatch(r"[\u4e00-\u9fff（）()、]+", words):
        return ""
    return words


def asks_for_action(heading: Item, has_tasks: bool) -> bool:
    """Whether a numbered heading is a checklist row: it states a deadline, a target or a unit
    of its own, or asks in so many words (`请` `须` `需`); or no task stands under it and it opens
    with an action (a verb of lexicon `imperative_verbs` in its first words: `强化健康管理`, not
    `活动主题`). A heading that only groups keeps its section row."""
    span = heading.party_span
    own_party = span is not None and heading.start <= span.start < heading.end
    if heading.deadline or heading.target or own_party:
        return True
    lexicon = load()
    body = heading.text.strip()
    if heading.label and body.startswith(heading.label):
        body = body[len(heading.label):]
    tokens = [t.text for t in tokenize(_OPENER.sub("", _LABEL.sub("", body, count=1).lstrip("，、, ")), lexicon)]
    if any(word in _REQUESTS for word in tokens):
        return True
    verbs = lexicon.set("imperative_verbs")
    return not has_tasks and any(word in verbs for word in tokens[:3])


def source_reference(item: Item) -> str:
    """Where the item stands in the source: `第124–168字` (1-based, inclusive)."""
    where = f"第{item.start + 1}–{item.end}字"
    doc = item.extra.get("source_doc")
    return f"{doc} {where}" if doc else where


def _suggestion(item: Item, suggestion: str) -> str:
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


def part_titles(result: Result) -> dict[str, str]:
    """Top-level label → the part's title: its heading item, else the line of the text that
    opens with the label before the part's first item (`一、总体要求`), else the bare label."""
    titles: dict[str, str] = {}
    firsts: dict[str, int] = {}
    for it in result.items:
        if it.kind == "heading" and len(it.path) == 1:
            titles.setdefault(it.path[0], it.text.strip())
        if it.path:
            firsts.setdefault(it.path[0], it.start)
    for label, start in firsts.items():
        if label not in titles:
            titles[label] = _title_line(result.text, label, start) or label
    return titles


def _title_line(text: str, label: str, before: int) -> str | None:
    opening = re.compile(rf"^[\s\u3000]*(?:{re.escape(label)}[、.．，,\s\u3000]|[（(]{re.escape(label)}[）)])")
    for line in reversed(text[:before].splitlines()):
        if opening.match(line):
            title = line.strip(" \u3000\t")
            return title if len(title) <= 60 else re.split(r"(?<=[。！？])", title)[0][:60]
    return None


def task_items(result: Result) -> list[Item]:
    """The items that are checklist rows, in document order: every task item, and each heading
    that `asks_for_action`."""
    grouping = {it.parent for it in result.items if it.kind != "heading"}
    ancestors = {it.id: it.parent for it in result.items}
    with_tasks: set[str] = set()
    for parent in grouping:
        while parent is not None and parent not in with_tasks:
            with_tasks.add(parent)
            parent = ancestors.get(parent)
    return [it for it in result.items
            if it.kind != "heading" or asks_for_action(it, it.id in with_tasks)]


def rows(result: Result, by: str = "part") -> list[Row]:
    """The checklist rows, in section order (see `sections`)."""
    return [row for section in sections(result, by) for row in section.rows]


def sections(result: Result, by: str = "part") -> list[Section]:
    """Rows grouped by top-level part (`by="part"`, numbered through; items outside the numbering
    before it under `（未编号部分）`, after it under `（结束部分）`) or by lead unit (`by="party"`,
    numbered per unit, `全体/未明确` last)."""
    if by not in VIEWS:
        raise SpeechmineError(f"unknown view '{by}' (use: {', '.join(VIEWS)})")
    numbers = display_numbers(result)
    titles = part_titles(result)
    groups: dict[str, Section] = {}
    numbered = False
    for it in task_items(result):
        lead = lead_unit(it, result.text)
        numbered = numbered or bool(it.path)
        if by == "party":
            key = lead or UNASSIGNED
        elif it.path:
            key = titles.get(it.path[0], it.path[0])
        else:
            key = CLOSING if numbered or it.zone == "closing" else UNNUMBERED
        section = groups.setdefault(key, Section(key))
        section.rows.append(Row(
            item=it, seq=0, number=numbers[it.id], action=short_action(it),
            lead_unit=lead or _suggestion(it, "suggested_party"),
            responsible="、".join([lead, *it.co_parties]) if it.co_parties else "",
            cooperating="、".join(it.co_parties),
            deadline=it.deadline or _suggestion(it, "suggested_deadline"),
            due=_due(it), origin=source_reference(it), note=_note(it), section=key,
            target=target_cell(it)))
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


def assigned_date(result: Result) -> date | None:
    """The 交办日期 of a fresh checklist: the document's date (None when it has none)."""
    try:
        return date.fromisoformat(result.doc_date) if result.doc_date else None
    except ValueError:
        return None


def default_title(result: Result) -> str:
    """`《name》任务分解表` from the meta title (a slogan line such as `踔厉奋发 笃行不怠` above the
    real title is skipped), else from the source's file name."""
    name = result.meta.get("title")
    if name and is_slogan(name):
        lines = result.text.lstrip().split("\n", 1)
        name = document_title(lines[1]) if len(lines) > 1 else None
    name = name or re.sub(r"\.[A-Za-z0-9]{1,5}$", "", re.split(r"[\\/]", result.source)[-1])
    if not name or name.startswith("<"):
        return "任务分解表"
    return f"{name}任务分解表"


def is_slogan(line: str) -> bool:
    """Whether a line is a slogan (`踔厉奋发 笃行不怠`): short phrases of 4–8 characters side by side,
    with no word of a title (会议, 讲话, 要点 …)."""
    line = line.strip(" \u3000\t")
    return bool(_SLOGAN.match(line)) and not _TITLE_WORDS.search(line)
