"""Commitment follow-through: what a later document (next year's review, a 年终总结) says about
each task of an earlier one.

`follow(earlier, later)` extracts the earlier document's items, finds the later document's review
part (its parts whose titles review past work, up to the next part of tasks; the whole text when
it has none) and its problems paragraph, cuts the review into units (sentences, split at `；`),
and ranks the units for each item by BM25 (bm25s) over jieba words and character pairs, plus
shared names and figures (an item that heads a section is also read with its tasks' words).
Blanket claims (`lexicons/blanket_claims.txt`) are never evidence. Each link gets at most three
evidence units, best first, with offsets into the later text, and a status:

- `silent`: no unit shares specific enough words with the task;
- `missed`: a reported figure falls short of a quantitative target;
- `done`: every target met, or the best evidence reports finished what the task names;
- `progress`: anything else the review speaks about, including a shortfall named in the
  problems paragraph.

Targets are split into indicators (`生产总值增长8%以上`); each is matched with a reported figure
of the same unit whose words agree (names unified by `lexicons/indicator_synonyms.txt`) and judged
with its modifier (`以上`, `左右`, `不超过`, via `speechmine.targets.parse_target`). The thresholds
were set on three quarters of the shared real pair; docs/follow.md gives the figures.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from .extract import extract
from .lexicon import Lexicon, lexicon_path, load, read_entries
from .model import Item, Result, Span
from .targets import parse_target
from .reading import Source, read
from .segment import tokenize
from .structure import build

STATUSES = ("done", "progress", "missed", "silent")
STATUS_NAMES = {"done": "已完成", "progress": "推进中", "missed": "未完成", "silent": "未提及"}
MAX_EVIDENCE = 3
# a unit is evidence when its score reaches MIN_SCORE and, for the second and third, a share of
# the best one (measured on the dev part of the shared pair; see docs/follow.md)
MIN_SCORE = 0.25
NEXT_SHARE = 0.3
K1, B = 1.5, 0.75  # BM25's usual constants
MIN_SPECIFIC = 1.1  # the words a task shares with its evidence: IDF in units of a word found once
MIN_SPECIFIC_PROBLEM = 0.9  # less for the problems paragraph, which names a shortfall in few words
TITLE_LENGTH = 10  # a sentence this short heads the tasks after it
ALIGN_BONUS = 0.3  # units in the review section aligned with a task's numbered section count this much more
ABOUT_TOLERANCE = 0.05  # 左右: met when the reported value is within 5% below the target
_UNIT_END = "；;。！？!?"
_CLAUSE = re.compile(r"[^，,；;。！？!?：:]+")
_QUOTED = re.compile(r"[“\"《]([^”\"》]{2,20})[”\"》]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CN_NUMERAL = {"一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
               "八": "8", "九": "9", "十": "10"}
_CN_COUNT = re.compile(r"([一二两三四五六七八九十])(?=[个项大条批座所家])")
_NOT_DUE = re.compile(r"五年内|到20\d\d年|“十四五”期间|每个(?:县|区|乡|镇|村)")
_MEASURE_WORDS = ("增长", "下降", "降低", "提高", "达到", "达", "新增", "增加", "完成", "控制在", "保持",
                  "稳定在", "恢复到", "超过", "突破")


@dataclass(frozen=True)
class Evidence:
    """A unit of the later text about a task: verbatim, with offsets into `FollowResult.later_text`."""

    text: str
    start: int
    end: int
    score: float
    problem: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "score": round(self.score, 3),
                "problem": self.problem}


@dataclass(frozen=True)
class Indicator:
    """One quantitative target of a task and what the later text reports for it.

    `verdict` is `met`, `missed`, or None when no comparable figure is reported (or the target
    is not due, or not a figure the review can answer, such as a per-county count)."""

    target: Span
    value: float | None
    unit: str | None
    modifier: str | None
    reported: Span | None = None
    reported_value: float | None = None
    verdict: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"target": self.target.text, "target_start": self.target.start,
                "target_end": self.target.end, "value": self.value, "unit": self.unit,
                "modifier": self.modifier, "reported": self.reported.to_dict() if self.reported else None,
                "reported_value": self.reported_value, "verdict": self.verdict}


@dataclass
class Link:
    """An item of the earlier document with its evidence (best first), status and indicators."""

    item: Item
    status: str
    evidence: list[Evidence] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)

    @property
    def reported_value(self) -> str | None:
        """The reported figures of the judged indicators, `；`-joined (None: none reported)."""
        found = [i.reported.text for i in self.indicators if i.reported is not None]
        return "；".join(dict.fromkeys(found)) or None

    def to_dict(self) -> dict[str, Any]:
        it = self.item
        return {"id": it.id, "task": it.text, "task_start": it.start, "task_end": it.end,
                "kind": it.kind, "path": list(it.path), "target": it.target, "status": self.status,
                "evidence": [e.text for e in self.evidence],
                "evidence_spans": [e.to_dict() for e in self.evidence],
                "reported_value": self.reported_value,
                "indicators": [i.to_dict() for i in self.indicators]}


@dataclass
class FollowResult:
    """What `follow` returns: the earlier document's extraction, the later text, the review part
    found in it (`review`, offsets into `later_text`) and one link per earlier item."""

    earlier: Result
    later_source: str
    later_text: str
    review: tuple[int, int]
    problems: list[tuple[int, int]]
    links: list[Link]

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for link in self.links if link.status == s) for s in STATUSES}

    def to_dict(self) -> dict[str, Any]:
        return {"earlier": self.earlier.source, "later": self.later_source,
                "review": {"start": self.review[0], "end": self.review[1]},
                "problems": [{"start": a, "end": b} for a, b in self.problems],
                "counts": self.counts(), "links": [link.to_dict() for link in self.links]}


# --- lexicons of this module -------------------------------------------------------------------

def _entries(name: str) -> list[str]:
    return read_entries(lexicon_path(name).read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    synonyms: dict[str, str] = {}
    for line in _entries("indicator_synonyms"):
        names = [n.strip() for n in line.split("=") if n.strip()]
        for name in names[1:]:
            synonyms[name] = names[0]
    order = sorted(synonyms, key=lambda n: (-len(n), n))
    return {
        "stop": frozenset(_entries("follow_stopwords")),
        "blanket": re.compile("|".join(f"(?:{p})" for p in _entries("blanket_claims"))),
        "completion": tuple(_entries("completion_cues")),
        "ongoing": tuple(_entries("ongoing_cues")),
        "synonyms": synonyms,
        "synonym_pattern": re.compile("|".join(re.escape(n) for n in order)) if order else None,
    }


def _unify(text: str) -> str:
    """`text` with indicator names replaced by their first name and `五个` written `5个`."""
    words = _words()
    if words["synonym_pattern"] is not None:
        text = words["synonym_pattern"].sub(lambda m: words["synonyms"][m.group(0)], text)
    return _CN_COUNT.sub(lambda m: _CN_NUMERAL[m.group(1)], text)


# --- the later document: review part, problems, units --------------------------------------------

def review_part(text: str, lexicon: Lexicon) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The review part of `text` (start, end) and its problems paragraphs (from the sentence where
    a problem cue matches to the end of its paragraph). The whole text when no part reviews."""
    sentences = build(text, lexicon).sentences
    first = next((i for i, s in enumerate(sentences) if s.zone in ("review", "problem")), None)
    if first is None:
        start, end, chosen = 0, len(text), sentences
    else:
        last = first
        for i in range(first + 1, len(sentences)):
            if sentences[i].zone == "task" or (sentences[i].zone == "preamble"):
                break
            last = i
        chosen = sentences[first:last + 1]
        start, end = sentences[first].start, sentences[last].end
    problems: list[tuple[int, int]] = []
    opened: int | None = None
    for s in chosen:
        if opened is not None and s.para != opened:
            opened = None
        if opened is None and lexicon.search("problem_cues", s.text) and (
                s.first_in_para or s.zone == "problem" or "清醒" in s.text):
            opened = s.para
            problems.append((s.start, s.end))
        elif opened is not None:
            problems[-1] = (problems[-1][0], s.end)
    return (start, end), problems


_SECTION_LABEL = re.compile(r"[（(]?[一二三四五六七八九十]+[)）、]?")  # （一） 四、: a section, not 一是
_OPENER = re.compile(r"[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、")


def _openers(text: str, units: list[tuple[int, int]]) -> list[int | None]:
    """For each unit, the index of the unit that opens its section of the review (`一是……`)."""
    out: list[int | None] = []
    current = None
    for index, (a, b) in enumerate(units):
        if _OPENER.match(text, a) and b - a <= 40:
            current = index
        out.append(current)
    return out


def _is_title(item: Item, text: str) -> bool:
    """A heading, or a short sentence without figures that opens a paragraph and is followed by
    more of it: it heads the tasks after it (`深化大气污染防治。……`)."""
    if item.kind == "heading":
        return True
    if len(item.text.strip(" 。；;")) > TITLE_LENGTH or re.search(r"\d", item.text):
        return False
    line_end = text.find("\n", item.end)
    rest = text[item.end:line_end if line_end >= 0 else len(text)]
    return (item.start == 0 or text[item.start - 1] == "\n") and bool(rest.strip())


def _ancestors(by_id: dict[str, Item], item: Item) -> list[str]:
    """The ids of the items above `item`, nearest first."""
    out, parent = [], item.parent
    while parent is not None and parent in by_id:
        out.append(parent)
        parent = by_id[parent].parent
    return out


def _family(result: Result, at: int) -> list[Item]:
    """The items a title heads: for a heading, those under it (children, their children, …); for
    a short title sentence, the items after it with the same parent, up to the next one."""
    item = result.items[at]
    if not _is_title(item, result.text):
        return []
    if item.kind == "heading":
        ids, found = {item.id}, []
        for other in result.items[at + 1:]:
            if other.parent in ids:
                ids.add(other.id)
                found.append(other)
        return found
    found = []
    for other in result.items[at + 1:]:
        if other.parent != item.parent or _is_title(other, result.text):
            break
        found.append(other)
    return found


def _units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The review cut into units at sentence ends and `；`, each trimmed of spaces; a unit that
    is only a blanket claim (six Chinese characters or fewer beside it) is left out."""
    blanket = _words()["blanket"]
    units = []
    begin = start
    for i in range(start, end + 1):
        if i == end or text[i] in _UNIT_END or text[i] == "\n":
            a, b = begin, (i + 1 if i < end and text[i] != "\n" else i)
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if len(re.sub(r"[^\u4e00-\u9fff]", "", blanket.sub("", text[a:b]))) >= 6:
                units.append((a, b))
            begin = i + 1
    return units


# --- ranking ----------------------------------------------------------------------------------

def _terms(text: str, lexicon: Lexicon) -> list[str]:
    """Ranking terms: jieba words of two or more characters (figures kept), less stop words, plus
    the character pairs of each run of Chinese characters (so 进淀 meets 入淀 through 污水)."""
    stop = _words()["stop"]
    unified = _unify(text)
    terms = []
    for token in tokenize(unified, lexicon):
        word = token.text
        if word in stop or not (len(word) >= 2 or word.isdigit()):
            continue
        if not any("\u4e00" <= c <= "\u9fff" or c.isalnum() for c in word):
            continue
        terms.append(word)
    for run in _HAN_RUN.findall(unified):
        terms.extend(p for i in range(len(run) - 1) if (p := run[i:i + 2]) not in stop)
    return terms


def _content_words(text: str, lexicon: Lexicon) -> set[str]:
    """The jieba words of `text` that carry content: two or more characters, Chinese, not stop words."""
    stop = _words()["stop"]
    return {t.text for t in tokenize(_unify(text), lexicon)
            if len(t.text) >= 2 and t.text not in stop and any("\u4e00" <= c <= "\u9fff" for c in t.text)}


def _names(text: str) -> set[str]:
    """Names and figures that identify a task: quoted names and numbers with their next character."""
    unified = _unify(text)
    names = {m.group(1) for m in _QUOTED.finditer(unified)}
    names |= {m.group(0) + unified[m.end():m.end() + 1] for m in _NUMBER.finditer(unified)
              if not unified.startswith("年", m.end())}
    return names


class _Ranker:
    """BM25 scores of the review units for a task, and how specific the words they share are."""

    def __init__(self, later: str, units: list[tuple[int, int]], lexicon: Lexicon):
        import bm25s  # here, not at the top: `import speechmine` stays as quick as it was

        self.units = units
        self.texts = [later[a:b] for a, b in units]
        self.names = [_names(t) for t in self.texts]
        corpus = [_terms(t, lexicon) or ["∅"] for t in self.texts]
        self.bm25 = bm25s.BM25(k1=K1, b=B, method="robertson")
        if units:
            self.bm25.index(corpus, show_progress=False)
        n = len(units)
        df: dict[str, int] = {}
        for terms in corpus:
            for term in set(terms):
                df[term] = df.get(term, 0) + 1
        self.idf = {t: max(0.0, math.log((n - c + 0.5) / (c + 0.5))) for t, c in df.items()}
        self.words = [_content_words(t, lexicon) for t in self.texts]
        self.df: dict[str, int] = {}
        for words in self.words:
            for word in words:
                self.df[word] = self.df.get(word, 0) + 1

    def specific(self, words: set[str], unit: int) -> float:
        """How specific the words a task shares with a unit are: the sum of their IDF (ln N/df),
        in units of the IDF of a word found once (so 1.0 is one word no other unit has)."""
        n = len(self.units)
        return sum(math.log(n / self.df[w]) for w in words & self.words[unit]) / math.log(max(n, 2))

    def scores(self, query: list[str], names: set[str]) -> list[float]:
        """Each unit's score for a query: BM25 divided by the query's own weight (so scores of
        different tasks compare), plus 0.15 per shared name or figure."""
        if not self.units or not query:
            return [0.0] * len(self.units)
        raw = self.bm25.get_scores(query).tolist()
        norm = sum(self.idf.get(q, 0.0) for q in set(query)) / 2 or 1.0
        return [r / norm + 0.15 * len(names & n) for r, n in zip(raw, self.names)]


# --- indicators -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _figure() -> re.Pattern:
    units = sorted(load().words("target_units"), key=lambda u: (-len(u), u))
    return re.compile(r"\d+(?:\.\d+)?(?:万亿|亿|万|千)?(?:%s)?" % "|".join(re.escape(u) for u in units))


def _bigrams(text: str) -> set[str]:
    """The character pairs of `text` without its figures (number, multiplier and unit)."""
    chars = re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", _figure().sub("", text))
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


def _indicator_spans(item: Item) -> list[tuple[Span, str]]:
    """The clauses of an item that set a figure (`生产总值增长8%以上`, `改厕8万座`), each with the
    `，`-clause it stands in (whose `新增` also governs a list: `新增A100家、B1000家`). A figure
    that qualifies a noun (`总投资47.8亿元的`) sets nothing."""
    out = []
    for m in _CLAUSE.finditer(item.text):
        piece = m.group(0)
        for part in re.split(r"(?<=[以上左右])、|(?<=[家个项所座条])、", piece):
            at = m.start() + piece.find(part)
            figures = [f for f in _figure().finditer(part) if not part.startswith("的", f.end())
                       and not part.startswith("年", f.end())]
            qualified = [f.end() + 1 for f in _figure().finditer(part) if part.startswith("的", f.end())]
            if qualified:  # 总投资47.8亿元的25个重点项目: the figure after the qualifier
                at += max(qualified)
                part = part[max(qualified):]
            if any(f.group(0)[-1] not in "0123456789." for f in figures):
                target = parse_target(part)
                if target.value is not None and target.unit:
                    a = item.start + at
                    out.append((Span(part, a, a + len(part)), piece))
    return out


def _to_unit(value: float, unit: str | None, want: str | None) -> float | None:
    if unit == want:
        return value
    scale = {"亿元": 1e8, "万元": 1e4, "元": 1, "万人": 1e4, "人": 1, "万亩": 1e4, "亩": 1,
             "万吨": 1e4, "吨": 1, "万人次": 1e4, "人次": 1, "公里": 1000, "千米": 1000, "米": 1}
    if unit in scale and want in scale:
        same_kind = {unit.lstrip("万亿"), want.lstrip("万亿")}
        if len(same_kind) == 1 or same_kind <= {"公里", "千米", "米"}:
            return value * scale[unit] / scale[want]
    return None


def _quantities_in(text: str) -> list[tuple[int, int]]:
    """Where figures with a unit stand in a unit of the review (start, end in `text`)."""
    out = []
    for m in _NUMBER.finditer(text):
        if text.startswith("年", m.end()) or (m.start() and text[m.start() - 1] in "第"):
            continue
        parsed = parse_target(text[m.start():m.end() + 4])
        if parsed.value is not None and parsed.unit:
            end = m.end()
            while end < len(text) and text[end] in "万亿" :
                end += 1
            end = text.find(parsed.unit, end)
            out.append((m.start(), end + len(parsed.unit) if end >= 0 else m.end()))
    return out


_MODIFIER_WORDS = re.compile(r"以上|左右|以内|以下|不低于|不少于|不超过|至少|确保|力争|争取|全市|全年|保持"
                             r"|^(?:完成|新增|安排|实现|达到|着力|建设|组织|开展)")
FINISHABLE = ("完成", "建成", "通车", "办好", "开放", "举办", "竣工", "组建", "挂牌", "投产")  # tasks with an end
_RESULT_VERBS = ("竣工", "投产", "开工", "建成", "通车", "封顶", "认定", "培训", "修复", "挂牌", "上市")
_PIECE = re.compile(r"[^；;。！？!?]+")


def _review_figures(later: str, units: list[tuple[int, int]]) -> list[tuple[int, str, int, int, Any]]:
    """Every figure of the review units: (offset of its `；`-piece, the piece, start and end of the
    figure in the piece, the figure parsed)."""
    out = []
    for ua, ub in units:
        for m in _PIECE.finditer(later, ua, ub):
            piece = m.group(0)
            for qa, qb in _quantities_in(piece):
                reported = parse_target(piece[qa:qb])
                if reported.value is not None:
                    out.append((m.start(), piece, qa, qb, reported))
    return out


def _judge(indicator: Span, clause: str, later: str, figures: list[tuple[int, str, int, int, Any]]) -> Indicator:
    """The indicator judged against the best-matching figure of the review: same unit (after
    万/亿 scaling), growth against growth, an increment against an increment, and words around
    the figure (back to the clause before it) that share at least half the target's words."""
    target = parse_target(indicator.text)
    base = Indicator(indicator, target.value, target.unit, target.modifier)
    if target.value is None or _NOT_DUE.search(indicator.text):
        return base
    words = _bigrams(_MODIFIER_WORDS.sub("", _unify(indicator.text)))
    figure = _figure().search(indicator.text)
    head = _head(indicator.text[:figure.start()]) if figure else None
    growth = "增长" in indicator.text or "下降" in indicator.text
    increment = "新增" in clause or "增加" in clause
    best: tuple[float, Indicator] | None = None
    for offset, piece, qa, qb, reported in figures:
        value = _to_unit(reported.value, reported.unit, target.unit)
        if value is None:
            continue
        before = piece[max(0, qa - 20):qa]
        near = before[-4:]
        if growth != ("增长" in near or "下降" in near):
            continue
        if increment and not ("新增" in before or "增加" in before):
            continue
        if any(w in before for w in _words()["ongoing"]):
            continue  # 积极推进588个……: under way, not a result
        clause_start = max(before.rfind(c) for c in "，,：:、") + 1
        context = _unify(before if growth else before[clause_start:] + piece[qb:qb + 10])
        shared = len(words & _bigrams(context)) / max(1, min(len(words), 6))
        if head and _head(piece[:qa]) == head:  # 计划投资150亿元 ~ 完成投资163亿元
            shared = max(shared, 0.5)
        if shared < 0.5 or (best is not None and shared <= best[0]):
            continue
        if any(v in indicator.text and v not in piece[max(0, qa - 20):qb + 12] for v in _RESULT_VERBS):
            continue  # 50项重点项目竣工投产 is not answered by 实施重点项目502项
        a = offset + _clause_start_of(piece, qa)
        end = offset + min([piece.find(c, qb) for c in "，,、" if piece.find(c, qb) >= 0] or [len(piece)])
        best = (shared, Indicator(indicator, target.value, target.unit, target.modifier,
                                  Span(later[a:end], a, end), value, _verdict(target, value)))
    return best[1] if best else base


def _head(before: str) -> str | None:
    """The two characters right before a figure when they name a thing (`投资`, `改厕`), not a
    measure word (`增长`, `达到`)."""
    pair = before.rstrip()[-2:]
    if len(pair) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in pair):
        return None
    if pair in _MEASURE_WORDS or pair in _words()["stop"] or pair[-1] in "达为约近超":
        return None
    return pair


def _clause_start_of(piece: str, at: int) -> int:
    """Where the clause holding position `at` of `piece` starts (after the last `，` before it,
    or before that when the clause is only a figure: `完成3725亿元，增长7.2%`)."""
    start = max(piece.rfind(c, 0, at) for c in "，,：:、") + 1
    if re.fullmatch(r"\s*(?:同比)?(?:增长|下降|提高|降低)\s*", piece[start:at]):
        start = max(piece.rfind(c, 0, start - 1) for c in "，,：:、") + 1
    return start


def _verdict(target: Any, value: float) -> str:
    if target.modifier == "at_most":
        return "met" if value <= target.value else "missed"
    if target.modifier == "about":
        return "met" if value >= target.value * (1 - ABOUT_TOLERANCE) else "missed"
    if target.modifier == "range":
        return "met" if value >= target.value else "missed"
    return "met" if value >= target.value else "missed"


# --- status -----------------------------------------------------------------------------------

def _status(item: Item, evidence: list[Evidence], indicators: list[Indicator], words: set[str]) -> str:
    """The status of a link; `words`: the task's content words."""
    if not evidence and not any(i.verdict for i in indicators):
        return "silent"
    verdicts = [i.verdict for i in indicators]
    if "missed" in verdicts:
        return "missed"
    if verdicts and all(v == "met" for v in verdicts):
        return "done"
    if any(verdicts) or not evidence or evidence[0].problem or item.kind == "heading":
        return "progress"
    if any(w in item.text for w in FINISHABLE) and any(_reports_finished(c, words) for c in _CLAUSE.findall(
            _words()["blanket"].sub("", evidence[0].text))):
        return "done"
    return "progress"


def _reports_finished(clause: str, words: set[str]) -> bool:
    """Whether a clause of the review reports finished something the task names: it shares a
    word of three characters or two words with the task, says outside the longer shared names
    (`全面建成小康社会`) that it is finished (`如期通车`), and not that it is under way (`加快推进`)."""
    shared = [w for w in words if w in clause]
    if not (len(shared) >= 2 or any(len(w) >= 3 for w in shared)):
        return False
    rest = clause
    for word in sorted((w for w in shared if len(w) >= 4), key=len, reverse=True):
        rest = rest.replace(word, "|")
    cues = _words()
    return any(w in rest for w in cues["completion"]) and not any(w in clause for w in cues["ongoing"])


# --- the whole ----------------------------------------------------------------------------------

def _source(document: str | Path | Source) -> Source:
    if isinstance(document, Source):
        return document
    return read(document)


def follow(earlier: str | Path | Source | Result, later: str | Path | Source,
           lexicons: Sequence[str | Path] = (), date: str | None = None) -> FollowResult:
    """Follow each item of `earlier` (a path, a `Source`, or an extraction `Result`) in `later`
    (a path or `Source`)."""
    import numpy as np  # with bm25s, only when following

    lexicon = load(tuple(str(p) for p in lexicons))
    result = earlier if isinstance(earlier, Result) else extract(_source(earlier), lexicon=lexicon, date=date)
    doc = _source(later)
    text = doc.text
    review, problems = review_part(text, lexicon)
    units = _units(text, *review)
    ranker = _Ranker(text, units, lexicon)
    in_problem = [any(pa <= a < pb for pa, pb in problems) for a, _ in units]
    own = {it.id: np.array(ranker.scores(_terms(it.text, lexicon), _names(it.text))) for it in result.items}
    openers = _openers(text, units)
    section = np.array([-1 if o is None else o for o in openers])
    # section openers (一是……) and the review's own title answer only whole sections
    eligible = np.array([openers[i] != i and not (i == 0 and text[b - 1] not in _UNIT_END)
                         for i, (a, b) in enumerate(units)], dtype=bool)
    figures = _review_figures(text, units)
    families = [_family(result, at) for at in range(len(result.items))]
    by_id = {it.id: it for it in result.items}
    position = {it.id: at for at, it in enumerate(result.items)}
    aligned: dict[str, int] = {}  # a numbered section of the earlier document → its review section
    links: list[Link] = []
    quiet: list[int] = []  # titles whose own words are not specific enough
    for at, it in enumerate(result.items):
        scores = own[it.id]
        family = families[at]
        if family:  # a title is also read through the tasks under it
            scores = 0.5 * scores + sum(own[c.id] for c in family) / len(family)
        home = next((aligned[p] for p in _ancestors(by_id, it) if p in aligned), None)
        if home is not None:
            scores = scores * np.where(section == home, 1 + ALIGN_BONUS, 1.0)
        scores = np.where(eligible, scores, 0.0)
        order = [int(i) for i in np.argsort(-scores, kind="stable")]
        numbered = bool(family and it.label and _SECTION_LABEL.fullmatch(it.label))
        if numbered and scores[order[0]] > 0 and section[order[0]] >= 0:
            aligned[it.id] = int(section[order[0]])
        evidence: list[Evidence] = []
        for i in order[:MAX_EVIDENCE]:
            top = scores[order[0]]
            if scores[i] < MIN_SCORE or (evidence and scores[i] < NEXT_SHARE * top):
                break
            a, b = units[i]
            evidence.append(Evidence(text[a:b], a, b, float(scores[i]), in_problem[i]))
        words = _content_words(it.text, lexicon)
        specific = max((ranker.specific(words, order[k]) for k in range(len(evidence))), default=0.0)
        if it.id in aligned and evidence:
            # a numbered section is answered by the section of the review its tasks are found in
            a, b = units[aligned[it.id]]
            if not any(e.start == a for e in evidence):
                evidence = [Evidence(text[a:b], a, b, evidence[0].score, False)] + evidence[:MAX_EVIDENCE - 1]
        indicators = [_judge(span, clause, text, figures) for span, clause in _indicator_spans(it)]
        for ind in indicators:  # the unit that reports a figure is evidence
            if ind.reported is not None and not any(e.start <= ind.reported.start < e.end for e in evidence):
                i = next(i for i, (a, b) in enumerate(units) if a <= ind.reported.start < b)
                a, b = units[i]
                evidence = [Evidence(text[a:b], a, b, float(scores[i]), in_problem[i])] + evidence
        answered = specific >= MIN_SPECIFIC or bool(
            evidence and evidence[0].problem and specific >= MIN_SPECIFIC_PROBLEM)
        if not answered and not family and not any(i.reported for i in indicators):
            evidence = []  # shared words too common to say the review speaks of this task
        links.append(Link(it, _status(it, evidence[:MAX_EVIDENCE], indicators, words),
                          evidence[:MAX_EVIDENCE], indicators))
        if family and not answered:
            quiet.append(at)
    for at in reversed(quiet):  # a title the review answers only through its tasks: innermost first
        if all(links[position[c.id]].status == "silent" for c in families[at]):
            links[at] = Link(result.items[at], "silent")
    return FollowResult(result, doc.name, text, review, problems, links)
