"""Quantitative targets of a task, the figures the review reports for them, and the verdicts."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Sequence

from ..lexicon import Lexicon, load
from ..model import Item, Span
from ..analysis.normalise import normalise
from ..analysis.targets import Target, counts_as_target, parse_target
from .model import Indicator
from .words import FollowWords, words

GROWTH_WINDOW = 30  # characters before a growth figure that may name what grew (全省进出口总值……、增长18.5%)
ABOUT_TOLERANCE = 0.05  # 左右: met when the reported value is within 5% below the target
CLAUSE = re.compile(r"[^，,；;。！？!?：:]+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LEADING_DATE = re.compile(r"\s*(?:(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末|份)?(?:前|以前|之前)?|年底前|年内|上半年"
                           r"|[（(]\d{1,2}[)）]|\d{1,2}[.．](?!\d))")  # (and a label: `（2）新增……1.6万人`)
_NOT_DUE = re.compile(r"五年内|到20\d\d年|“十四五”期间|每个(?:县|区|乡|镇|村)")
_MEASURE_WORDS = ("增长", "下降", "降低", "提高", "达到", "达", "新增", "增加", "完成", "控制在", "保持",
                  "稳定在", "恢复到", "超过", "突破")
#: Measure words, left out where the names of what two figures measure are compared (`比例达到83%`
#: and `比例达到95%` share `比例` only).
_MEASURES = re.compile("|".join(sorted(_MEASURE_WORDS, key=len, reverse=True)))
#: A measure word at the end (`……提高到`): searched up to a figure, or taken off a name.
_AFTER_MEASURE = re.compile(r"(?:%s)[到至为]?\s*$" % "|".join(_MEASURE_WORDS))



def _figure(lexicon: Lexicon | None = None) -> re.Pattern:
    """A figure: a number, its multiplier and a unit of the lexicon in use (`target_units`)."""
    return _figure_of(tuple((lexicon or load()).words("target_units")))


@lru_cache(maxsize=8)
def _figure_of(units: tuple[str, ...]) -> re.Pattern:
    ordered = sorted(units, key=lambda u: (-len(u), u))
    return re.compile(r"\d+(?:\.\d+)?(?:万亿|亿|万|千)?(?:%s)?" % "|".join(re.escape(u) for u in ordered))


def _bigrams(text: str, figure: re.Pattern) -> set[str]:
    """The character pairs of `text` without its figures (`figure`: number, multiplier and unit),
    none across a `|` (where a measure word stood: see `_MEASURES`)."""
    out: set[str] = set()
    for run in figure.sub("", text).split("|"):
        chars = re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", run)
        out.update(chars[i:i + 2] for i in range(len(chars) - 1))
    return out


def indicator_spans(item: Item, lexicon: Lexicon | None = None) -> list[tuple[Span, str]]:
    """The clauses of an item that set a figure (`生产总值增长8%以上`, `改厕8万座`), each with the
    `，`-clause it stands in (whose `新增` also governs a list: `新增A100家、B1000家`). A figure
    that qualifies a noun (`总投资47.8亿元的`) sets nothing."""
    figure = _figure(lexicon)
    out = []
    for m in CLAUSE.finditer(item.text):
        piece = m.group(0)
        for part in _figure_list(piece, figure):
            at = m.start() + piece.find(part)
            dated = _LEADING_DATE.match(part)  # `6月底前新建……10公里`, `（2）新增……`: no figure
            if dated:
                at += dated.end()
                part = part[dated.end():]
            found = list(figure.finditer(part))
            figures = [f for f in found if not part.startswith(("的", "年", "级"), f.end())
                       and not _DURATION_BEFORE_WORD.match(part, f.start())
                       and not _SIZES_A_PROJECT.match(part, f.end())
                       and counts_as_target(f.group(0), part[:f.start()])]
            # 总投资6.2亿元的18个重点项目: the figure after the qualifier; 总投资超3亿元外资项目50个: the
            # projects after their size (a size and its projects' count, with the words between: `外资项目50个`)
            qualified = [f.end() + 1 for f in found if part.startswith("的", f.end())] + [
                f.end() for f in found
                if (sized := _SIZES_A_PROJECT.match(part, f.end())) and sized.group(0)[-1].isdigit()]
            if qualified:
                at += max(qualified)
                part = part[max(qualified):]
            if any(f.group(0)[-1] not in "0123456789." for f in figures):
                target = parse_target(part, lexicon)
                if target.value is not None and target.unit:
                    a = item.start + at
                    out.append((Span(part, a, a + len(part)), piece))
    return out


def _figure_list(clause: str, figure: re.Pattern) -> list[str]:
    """A clause cut at each `、` that closes a figure (`养老保险参保17.5万人、医疗保险参保5万人以上`,
    `新增A100家、B1000家`): each part sets its own figure."""
    parts, begin = [], 0
    for mark in re.finditer("、", clause):
        before = re.sub(r"(?:以上|左右|以内|以下)$", "", clause[begin:mark.start()])
        last = None
        for last in figure.finditer(before):
            pass
        if last is not None and last.end() == len(before) and not last.group(0)[-1].isdigit():
            parts.append(clause[begin:mark.start()])
            begin = mark.end()
    return parts + [clause[begin:]]


_PLACES = frozenset("个家所座处")  # 新建30个社区食堂 is answered by 新建社区食堂57家


#: The units that convert into one another, with their size.
_SCALE = {"亿元": 1e8, "万元": 1e4, "元": 1, "万人": 1e4, "人": 1, "万亩": 1e4, "亩": 1,
          "万吨": 1e4, "吨": 1, "万人次": 1e4, "人次": 1, "公里": 1000, "千米": 1000, "米": 1}


def _to_unit(value: float, unit: str | None, want: str | None) -> float | None:
    if unit == want or ({unit, want} <= _PLACES and "个" in (unit, want)):
        return value
    if unit in _SCALE and want in _SCALE:
        same_kind = {unit.lstrip("万亿"), want.lstrip("万亿")}
        if len(same_kind) == 1 or same_kind <= {"公里", "千米", "米"}:
            return value * _SCALE[unit] / _SCALE[want]
    return None


def _quantities_in(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """Where figures with a unit stand in a unit of the review (start, end in `text`)."""
    out = []
    same_width = normalise(text)  # (the unit as parsed: 18.5％ is read as 18.5%)
    for m in _NUMBER.finditer(text):
        if text.startswith("年", m.end()) or (m.start() and text[m.start() - 1] in "第"):
            continue
        parsed = parse_target(text[m.start():m.end() + 4], lexicon)
        if parsed.value is not None and parsed.unit:
            end = m.end()
            while end < len(text) and text[end] in "万亿" :
                end += 1
            end = same_width.find(parsed.unit, end)
            end = end + len(parsed.unit) if end >= 0 else m.end()
            if not _SIZES_PROJECTS.match(text, end) and not _PERIOD_START.search(text[max(0, m.start() - 9):m.start()]):
                # 引进总投资超5亿元的项目8个: 8个 is the figure; 由52.2%提高到58.1%: the period's end
                out.append((m.start(), end))
    return out


#: The words between a period's start and its end figure (`从2020年的51%提升到2025年的`).
_PERIOD_END = re.compile(r"[从由][^，,；;：:]*?\d[^，,；;：:]*?(?:到|至)(?:20\d\d年(?:底|末)?的?)?$")
#: A figure a period starts from (`从2020年的51%提升到……`, `由7家增至16家`): not what was reported.
_PERIOD_START = re.compile(r"(?:[从由](?:20\d\d年(?:底|末)?的?)?)$")


_MODIFIER_WORDS = re.compile(r"以上|左右|以内|以下|不低于|不少于|不超过|至少|确保|力争|争取|全市|全年|保持"
                             r"|^(?:完成|新增|安排|实现|达到|着力|建设|组织|开展)")
# 建成……70万千瓦热电项目: a size right before the project it describes (not 建成30个项目, a count)
_BEFORE_PROJECTS = r"(?<![个项座家所处条批])[\u4e00-\u9fff]{0,8}(?P<projects>项目|工程)"  # (after a figure not in a count)
_SIZES_A_PROJECT = re.compile(_BEFORE_PROJECTS + r"(?:$|\d)")  # in a target: the project ends the clause or is counted
_SIZES_PROJECTS = re.compile(_BEFORE_PROJECTS + r"\d")  # in the review: the projects' count follows
#: A target's name that is only the projects it counts (what they are was said by their size alone).
_BARE_PROJECTS = re.compile(r"\s*(?:项目|工程)\s*")
_DURATION_BEFORE_WORD = re.compile(r"\d+(?:小时|分钟)(?![内以])[\u4e00-\u9fff]")  # 24小时开放, 15分钟生活圈: a name
_RESULT_VERBS = ("竣工", "投产", "开工", "建成", "通车", "封顶", "认定", "培训", "修复", "挂牌", "上市")
#: What else says a result was reached: a firm or platform new in the year was recognised as one.
_RESULT_ALSO = {"认定": ("新增",)}
#: The words of a figure that averages or sums a period, not the year (`全年累计` is the year's).
_PERIOD_TOTAL = re.compile(r"年均|(?<!全年)(?<!当年)累计")
_PIECE = re.compile(r"[^；;。！？!?]+")


#: The other name of each half of `城乡` in a `分别` list (`城乡低保分别提高6%和9%`: 城市低保, 乡村……).
_TOWN_OR_COUNTRY = {"城镇": frozenset({"城市"}), "农村": frozenset({"乡村"})}


class Figure(NamedTuple):
    """A figure of the review: the offset of its `；`-piece, the piece, start and end of the figure in
    the piece, the figure parsed, the names of a `分别` list it stands in and which one it answers
    (`_respective`)."""

    offset: int
    piece: str
    start: int
    end: int
    reported: Target
    respective: tuple[list[str], int] | None
    over_period: bool  # in a unit that reviews the whole plan period


class Around(NamedTuple):
    """What stands around a figure of the review, read as a growth or not (see `Figures.around`)."""

    grows: bool  # `增长` or `下降` right before it (in a `分别` list, after `分别`)
    falls: bool  # what grows fell (`下降32%`)
    before: str  # the words before it: GROWTH_WINDOW characters for a growth, else 20 (or back to a period's start)
    start: int  # where its own clause begins in `before` (past a `、`)
    governed: bool  # an item of a list without a verb of its own (`新增A 388人、B 41138个`)
    spoken: str  # its clause up to it, past a `、`
    after: str  # the rest of its clause after it
    ongoing: tuple[str, ...]  # the ongoing cues (`推进`) in its own clause before it
    context: str  # the words that say what it measures, unified
    pairs: frozenset[str]  # their character pairs (`_bigrams`)
    measured: frozenset[str]  # the same with the measure words taken out
    distinct: frozenset[str]  # in a `分别` list, the pairs of its own name that no other name has
    head: str | None  # the two characters right before it when they name a thing (`_head`)


class Figures:
    """The figures of a review, in their order, by the unit they can be read in, and what stands
    around each: worked out once, whatever the number of targets judged against them."""

    def __init__(self, found: list[Figure], lexicon: Lexicon | None = None):
        self.found = found
        self.lexicon = lexicon
        self._in: dict[str | None, list[tuple[float, int]]] = {}
        self._around: dict[tuple[int, bool], Around] = {}

    def read_in(self, unit: str | None) -> list[tuple[float, int]]:
        """The figures (by index) whose unit converts to `unit` (万/亿 scaling), each with its value
        in `unit`, in their order."""
        if unit not in self._in:
            self._in[unit] = [(value, k) for k, figure in enumerate(self.found)
                              if (value := _to_unit(figure.reported.value, figure.reported.unit, unit)) is not None]
        return self._in[unit]

    def around(self, k: int, growth: bool) -> Around:
        """What stands around figure `k`, read for a target that is a growth or not."""
        if (k, growth) not in self._around:
            self._around[k, growth] = _around(self.found[k], growth, self.lexicon)
        return self._around[k, growth]


def _around(figure: Figure, growth: bool, lexicon: Lexicon | None) -> Around:
    cues = words(lexicon)
    figures_of = _figure(lexicon)
    piece, qa, qb = figure.piece, figure.start, figure.end
    before = piece[max(0, qa - (GROWTH_WINDOW if growth else 20)):qa]
    wide = piece[max(0, qa - 2 * GROWTH_WINDOW):qa]
    if _PERIOD_END.search(wide):  # 城镇化率从2021年的47.3%提升到: the name stands before the period
        before = wide
    near = before[-4:]
    if figure.respective is not None:  # 城乡……分别增长5.1%和7.2%: the list's verb is each figure's
        near = piece[piece.rfind("分别", 0, qa):][:6]
    clause_start = max(before.rfind(c) for c in "，,：:、") + 1
    # an item of a list without a verb of its own is governed by the list's (`新增A 388人、B 41138个`;
    # not `新建改造A 249座、改造B 26223个`)
    governed = clause_start > 0 and before[clause_start - 1] == "、" \
        and not _DONE_IN_PERIOD.match(before, clause_start)
    matched = CLAUSE.match(piece, qb)  # what the review's figure counts: in its own clause
    after = matched.group(0) if matched else ""
    distinct: frozenset[str] = frozenset()
    if figure.respective is not None:  # 光伏、储能产值分别增长21%、9%: each figure its own name
        names, index = figure.respective
        others = set().union(*(_bigrams(n, figures_of) for k, n in enumerate(names) if k != index))
        distinct = frozenset(_bigrams(names[index], figures_of) - others) | _TOWN_OR_COUNTRY.get(names[index][:2], frozenset())
        context = cues.unify(names[index])
    else:
        context = cues.unify(before if growth else before[clause_start:] + _item_after(after, figures_of))
        if not growth and _SHARE_ONLY.fullmatch(before[clause_start:].strip()):
            # ……装机达到812万千瓦，占比38.5%: the share's name stands in the clause before
            context = cues.unify(piece[_clause_begin(piece, qa - len(before) + clause_start - 1):qa])
        if not growth and governed and not before.startswith("其中", clause_start):  # (其中……: a part, not the list's kind)
            context += _list_head(piece, qa, figures_of)
    return Around("增长" in near or "下降" in near, _falls(near), before, clause_start, governed,
                  piece[_clause_begin(piece, qa):qa], after,
                  tuple(w for w in cues.ongoing if w in before[clause_start:]), context,
                  frozenset(_bigrams(context, figures_of)), frozenset(_bigrams(_MEASURES.sub("|", context), figures_of)),
                  distinct, _head(piece[:qa], cues))


def review_figures(later: str, units: list[tuple[int, int]], lexicon: Lexicon | None = None,
                   period: Sequence[bool] = ()) -> Figures:
    """Every figure of the review units. In the units `period` marks (a review of the whole plan
    period: `五年来，……`) only levels count (`科技型企业达1.7万家`, the level at the period's end,
    which is the year's end), not the period's counts (`实施……项目超1800个` in five years)."""
    out = []
    for k, (ua, ub) in enumerate(units):
        for m in _PIECE.finditer(later, ua, ub):
            piece = m.group(0)
            for qa, qb in _quantities_in(piece, lexicon):
                if k < len(period) and period[k] and _DONE_IN_PERIOD.search(piece, _clause_begin(piece, qa, "，,；;：:、"), qa) \
                        and not _LEVEL.search(piece, max(0, qa - 6), qa):
                    continue
                reported = parse_target(piece[qa:qb], lexicon)
                if reported.value is not None:
                    out.append(Figure(m.start(), piece, qa, qb, reported, _respective(piece, qa, lexicon),
                                      k < len(period) and period[k]))
    return Figures(out, lexicon)


#: The verbs that count what was done (`实施……项目超1800个`, `城镇新增就业240万人`): in a review of the
#: whole period, the period's sum.
_DONE_IN_PERIOD = re.compile(r"实施|建成|建设|完成|新增|新建|新改建|培育|改造|开展|引进|累计|推广|开工|治理|造林|压减|办理|举办|承担")
#: Starts a task may set (`开工改造……`, `启动……`): under way in a review, but what such a task asks for.
STARTS = ("开工", "启动")
#: The work done on what a target counts, after it (`180个老旧小区改造`, `100所……学校建成投用`).
_WORK_AFTER = re.compile(r"(?:改造|整治|治理|建设|建成投用|投用|计划|行动|工程|项目)$")
#: The verbs right before a percentage that make it a growth, as 增长15% is (`旅游收入增加15%`; not
#: `提高到85%`, a level).
_GROWS_BY = re.compile(r"(?:增加|提高|上涨)\s*$")
#: The words of a target that sets new work of the year (`新建……120座`), not a level to reach.
_NEW_WORK = re.compile(r"新增|新建|新培育|新认定|新开工|新改建|新引进")
#: The words that give a figure as a level, right before it (`达1.7万家`, `提高到57.5%`, `占比52.4%`).
_LEVEL = re.compile(r"(?:达到?|[提上]升到|提高到|增[至到]|升至|增加到|稳定在|保持在|突破|超过|为|占比|率)\s*(?:约|近)?$")


def judge(indicator: Span, clause: str, later: str, figures: Figures, lexicon: Lexicon,
          due: bool = True) -> Indicator:
    """The indicator judged against the best-matching figure of the review: same unit (after
    万/亿 scaling), growth against growth, an increment against an increment, and words around
    the figure (back to the clause before it) that share at least half the target's words. Not
    judged when not `due` (a target of the whole plan period) or when it says it is not due."""
    cues = words(lexicon)
    figures_of = _figure(lexicon)
    figure = _set_figure(indicator.text, figures_of)
    target = parse_target(indicator.text[figure.start():] if figure else indicator.text, lexicon)
    base = Indicator(indicator, target.value, target.unit, target.modifier)
    if target.value is None or not due or _NOT_DUE.search(indicator.text):
        return base
    size = None  # `总投资8亿元以上项目12个`, read as `以上项目12个`: projects that only their size names
    if figure and _BARE_PROJECTS.fullmatch(_MODIFIER_WORDS.sub("", indicator.text[:figure.start()])):
        sizes = list(figures_of.finditer(clause, 0, max(0, clause.find(indicator.text))))
        if not sizes:
            return base
        size = sizes[-1].group(0)
    # a target that opens a `分别` list (`城镇、农村住户收入分别增长6%、8%`) sets the first name's figure
    own_before = _first_of_list(indicator.text[:figure.start()]) if figure else ""
    own = own_before + indicator.text[figure.start():] if figure else indicator.text
    unified = cues.unify(own)
    wanted = _bigrams(_MEASURES.sub("|", _MODIFIER_WORDS.sub("", unified)), figures_of)
    quoted = cues.quoted(indicator.text[:figure.start()]) if figure else set()
    lead = _lead(indicator.text[:figure.start()], cues, figures_of) if figure and _SHARE.search(
        indicator.text, 0, figure.start()) else None
    head = _head(indicator.text[:figure.start()], cues) if figure else None
    # what a counted figure counts (`新建5个社区食堂`): the review's figure must count it too
    counts = re.split(r"[、，,；;]|\d", indicator.text[figure.end():])[0] if figure else ""
    counted = _bigrams(_MODIFIER_WORDS.sub("", counts), figures_of)
    # what is counted, by its last two characters (社区食堂: 食堂; 老旧小区改造: 小区), unless a name says it
    counted_head = "" if cues.quoted(counts) else _WORK_AFTER.sub("", re.sub(
        r"[^\u4e00-\u9fff]", "", _MODIFIER_WORDS.sub("", counts)))[-2:]
    growth = "增长" in indicator.text or "下降" in indicator.text or bool(
        target.unit == "%" and figure and _GROWS_BY.search(indicator.text, 0, figure.start()))
    measured = _name(own_before, cues) if figure else ""
    named = _bigrams(measured, figures_of) if growth else set()
    increment = ("新增" in clause or "增加" in clause) and not growth
    levels = {"国家级", "省级"} if _BOTH_LEVELS.search(indicator.text) else set(_LEVELS.findall(indicator.text))
    sums_levels = _BOTH_LEVELS.search(indicator.text, 0, figure.start() if figure else len(indicator.text))
    best: tuple[tuple[float, bool], Indicator] | None = None  # (how much is shared, the year's own), the indicator
    for value, k in figures.read_in(target.unit):
        offset, piece, qa, qb, reported, respective, over_period = figures.found[k]
        around = figures.around(k, growth)
        if growth != around.grows:
            continue
        before, clause_start, spoken, after = around.before, around.start, around.spoken, around.after
        if increment and not ("新增" in before or "增加" in before
                              or around.governed and "新增" in _list_head(piece, qa, figures_of)
                              or (_DONE_IN_PERIOD.search(spoken) and not _LEVEL.search(spoken))):
            continue  # (a count of work done, `建成……8个`, is the year's increment too; `达到……` is a level)
        if _NEW_WORK.search(indicator.text) and _LEVEL.search(piece, max(0, qa - 6), qa) \
                and not _NEW_WORK.search(spoken):
            continue  # 新建储能电站40座 is not answered by 储能电站达到260座, a level
        if not increment and "新增" in before[clause_start:] and not (
                measured and measured in before[before.find("新增", clause_start):]) \
                and not any(w in indicator.text for w in _RESULT_ALSO) and not _NEW_WORK.search(indicator.text):
            continue  # an increment answers no stock (新增3个……基地 is not 建成12个……基地), unless what
            # the target measures is what is new (减税降费5亿元 ~ 新增减税降费近6亿元: a flow), or what it
            # counts is recognised in the year (认定……50家 ~ 新增……46家), or it is new work (新建……1.7万个)
        level = _LEVELS.search(spoken)
        if level and levels and level.group(0) not in levels:
            continue  # 新增省级……40家 is not answered by 新增国家级……5家: each level counts its own
        if _PERIOD_TOTAL.search(spoken) and not _PERIOD_TOTAL.search(indicator.text):
            continue  # 年均增长3.7% is no answer to the year's growth, 累计 no answer to the year's count
        if any(not (w in STARTS and w in indicator.text) for w in around.ongoing):
            continue  # 积极推进588个……: under way, not a result (in the figure's own clause; 开工 answers 开工)
        if size and size not in before[clause_start:]:
            continue  # 20亿元项目6个 is not answered by 亿元以上项目35个: projects of another size
        if counted and not counted & _bigrams(before[clause_start:] + after, figures_of):
            continue  # 新建5个社区食堂 is not answered by 新建50个口袋公园
        if len(counted_head) == 2 and counted_head not in before[clause_start:] + after:
            continue  # 培育25个低碳工厂 is not answered by 培育省级龙头企业140家: what is counted must be named
        if respective is not None and not around.distinct & wanted:
            continue  # what sets this name apart from the others in a `分别` list must be the target's
        if _per_unit_of(around.context, unified):
            continue  # GDP增长6% is not answered by 单位GDP能耗下降3%: what is measured per unit of it
        shared = len(wanted & around.measured) / max(1, min(len(wanted), 6))
        theirs = around.head
        if head and theirs and theirs != head and not counted and theirs not in indicator.text \
                and head not in piece[max(0, qa - 20):qa]:
            continue  # 创建园林城市5个 is not answered by 创建单项冠军4家: each names what its figure measures
        if head and theirs == head and (_bare_head(piece[:qa]) or _qualifier(piece[:qa]) in indicator.text):
            # 计划投资150亿元 ~ 完成投资163亿元, 帮助重点群体就业1万人 ~ 帮助就业1.2万人: the words before
            # the head are a measure word or the target's own (not 高铁运营里程 ~ 通车里程)
            shared = max(shared, 0.5)
        if shared < 0.5 or (best is not None and (shared, not over_period) <= best[0]):
            # (as much shared: the year's figure before the plan period's, `五年来……分别增长66.9%`)
            continue
        if any(name not in cues.unify(before[clause_start:] + piece[qa:qb]) for name in quoted):
            continue  # 新增“领航”企业20家 is not answered by 新增……领军企业45家
        if growth and len(named & around.pairs) < len(named) / 2:
            continue  # a fishery's output growth is not answered by all industry's output growth
        if lead and lead not in around.pairs:
            continue  # 清洁能源装机占比 is not answered by 工业外资占比
        results = [w for v in _RESULT_VERBS if v in indicator.text for w in (v,) + _RESULT_ALSO.get(v, ())]
        if results and not any(w in piece[max(0, qa - 20):qb + 12] for w in results):
            continue  # 30个产业项目竣工投产 is not answered by 实施产业项目120个 (but by ……建成投产)
        a = offset + _clause_start_of(piece, qa)
        end = offset + min([piece.find(c, qb) for c in "，,、" if piece.find(c, qb) >= 0] or [len(piece)])
        if sums_levels and "国家级" in piece[_clause_begin(piece, qa):qa]:
            # 新增国省……企业40家 against `新增国家级……5家、达37家，省级130家、达251家`: the two levels' sum
            found = _provincial(piece, qb, reported.unit, figures_of)
            if found is not None:
                value += found[0]
                end = offset + found[1]
        if growth and _falls(indicator.text[:figure.start()] if figure else "") != around.falls:
            value = -value  # 增长10%以上 against 下降32%: the change went the other way
        best = ((shared, not over_period), Indicator(indicator, target.value, target.unit, target.modifier,
                                  Span(later[a:end], a, end), value, verdict(target, value)))
    return best[1] if best else base


#: The level a figure counts at (`国家级……5家`, `省级130家`), and a target that counts two at once
#: (`国省专精特新企业`, `国家级和省级……`).
_LEVELS = re.compile(r"国家级|省级|市级|县级")
_BOTH_LEVELS = re.compile(r"国省|国家(?:级)?[和、及与]省级")
_PROVINCIAL = re.compile(r"[，,；;]\s*省级[^，,；;、\d]{0,12}?(?=\d)")  # `，省级130家`: the provincial level's clause


def _provincial(piece: str, at: int, unit: str | None, figures_of: re.Pattern) -> tuple[float, int] | None:
    """The provincial level's figure of the same unit in a later clause of the piece (`，省级130家`),
    and where its clause ends."""
    found = _PROVINCIAL.search(piece, at)
    if found is None:
        return None
    figure = figures_of.match(piece, found.end())
    if figure is None:
        return None
    quantity = parse_target(figure.group(0))
    if quantity.value is None or quantity.unit != unit:
        return None
    return quantity.value, figure.end()


_SCOPE = re.compile(r"^(?:全市|全省|全县|全区|全州|全国)")


def _respective(piece: str, at: int, lexicon: Lexicon | None) -> tuple[list[str], int] | None:
    """The names of a `分别` list a figure at `at` stands in and the index of the one it answers
    (`城镇、农村居民收入分别增长5%、7%`: 7% is `农村居民收入`'s; `城乡居民……` is `城镇……` and
    `农村……`), or None when the figure is in no such list or the list's names and figures do not pair."""
    start = _clause_begin(piece, at)
    respective = piece.rfind("分别", start, at)
    if respective < 0:
        return None
    end = min([piece.find(c, at) for c in "，,；;：:" if piece.find(c, at) >= 0] or [len(piece)])
    figures = [a for a, _ in _quantities_in(piece[respective:end], lexicon)]
    named = piece[start:respective]
    if not named.strip() and start > 1 and piece[start - 1] in "，,":  # 游客1.2亿人次、门票收入88亿元，
        # 分别增长13%和14%: the names, each with its level, stand in the clause before
        before = piece[_clause_begin(piece, start - 1):start - 1]
        before = before[:before.rfind("分别")] if "分别" in before else before
        figures_of = _figure(lexicon)
        named = "、".join(n for n in (_AFTER_MEASURE.sub("", figures_of.sub("", item)).strip()
                                      for item in re.split(r"[、和及与]", before)) if n)
    names = [n for n in re.split(r"[、和及与]", named) if n]
    if len(names) == 1 and names[0].startswith("城乡") and len(figures) == 2:
        names = ["城镇" + names[0][2:], "农村" + names[0][2:]]
    if len(names) != len(figures) or at - respective not in figures:
        return None
    return _completed(names), figures.index(at - respective)


def _completed(names: list[str]) -> list[str]:
    """The names of a `分别` list, each qualifier that stands alone given the last name's words
    (`城镇和农村住户收入`: 城镇住户收入; after the place it counts in: `全县医疗、工伤险覆盖率` is
    全县医疗险覆盖率 and 工伤险覆盖率)."""
    last = names[-1]
    bare = [_SCOPE.sub("", n) for n in names[:-1]]
    return [n + last[len(b):] if len(b) <= 3 < len(last) - len(b) else n for n, b in zip(names[:-1], bare)] + [last]


def _first_of_list(before: str) -> str:
    """The words before a target's figure with the names of a `分别` list cut to the first name, which
    that figure answers (`城镇、农村住户收入分别增长` → `城镇住户收入分别增长`, completed as in
    `_respective`); the words as they are when no such list opens them."""
    respective = before.rfind("分别")
    names = re.split(r"[、和及与]", before[:respective]) if respective > 0 else []
    if len(names) == 1 and "城乡" in names[0]:  # 城乡住户收入分别增长7.5%和9%: the towns' first
        return names[0].replace("城乡", "城镇", 1) + before[respective:]
    if len(names) < 2 or not all(names):
        return before
    return _completed(names)[0] + before[respective:]


def _item_after(clause: str, figures_of: re.Pattern) -> str:
    """Up to ten characters of `clause`, the rest of a figure's clause after it (`新建5所学校`: what
    it counts; not the next clause's subject), and in a list of figures only its own item (not the
    next item's name: `A企业3200家、B企业1565家`; but `30个机关、学校操场……` names both)."""
    item = clause.split("、")[0]
    return (item if figures_of.search(clause, len(item)) else clause)[:10]


def _clause_begin(piece: str, at: int, marks: str = "，,；;：:") -> int:
    """Where the clause holding position `at` of `piece` begins: after the last of `marks` before it."""
    return max(piece.rfind(c, 0, at) for c in marks) + 1


def _list_head(piece: str, at: int, figures_of: re.Pattern) -> str:
    """The words that govern a list a figure at `at` stands in (`开工改造A196个、B6万户`: `开工改造A`):
    its `，`-clause up to the list's first figure."""
    start = _clause_begin(piece, at)
    first = figures_of.search(piece, start, at)
    return piece[start:first.start()] if first else ""


def _name(before: str, cues: FollowWords) -> str:
    """What a target measures: the words before its figure less the words that only qualify it
    (`力争`, `分别`) and the measure word (`增长`)."""
    return _AFTER_MEASURE.sub("", _MODIFIER_WORDS.sub("", cues.unify(before)).replace("分别", "").strip())


def _lead(name: str, cues: FollowWords, figures_of: re.Pattern) -> str | None:
    """The first two characters of what a share measures, after the words that only qualify it
    (`力争`, `确保`, `其中`, and `基本` that a review leaves out: `基本医疗保险` is reported as
    `医疗保险` or in `基本养老、医疗保险……`): `其中清洁能源装机占比60%` measures `清洁……`;
    None when the name is a measure word alone."""
    name = _AFTER_MEASURE.sub("", _MODIFIER_WORDS.sub("", cues.unify(name)).strip()).removeprefix("其中")
    name = name.removeprefix("基本")
    chars = re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", figures_of.sub("", name))
    return chars[:2] if len(chars) >= 2 else None


#: A clause that is only a share's measure before its figure (`占比55.1%`): its name is the clause before.
_SHARE_ONLY = re.compile(r"(?:占比|比重|比例)(?:达到?|为|提高到|提升到)?(?:约|近)?")
_SHARE = re.compile(r"(?:占比|比重|率)(?:[达到至为]|提高到|提升到|保持在|稳定在)?\s*$")


def _set_figure(text: str, figures_of: re.Pattern) -> re.Match | None:
    """The figure a target sets: the one after a measure word (`公园覆盖率提高到85%`) when the target
    holds several (`500米内`, a figure that only bounds what is measured), else the first."""
    found = list(figures_of.finditer(text))
    measured = [f for f in found if _AFTER_MEASURE.search(text, 0, f.start())]
    return (measured or found or [None])[0]


def _head(before: str, cues: FollowWords) -> str | None:
    """The two characters right before a figure when they name a thing (`投资`, `改厕`), not a
    measure word (`增长`, `达到`)."""
    pair = before.rstrip()[-2:]
    if len(pair) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in pair):
        return None
    if pair in _MEASURE_WORDS or pair in cues.stop or pair[-1] in "达为约近超":
        return None
    return pair


def _qualifier(before: str) -> str:
    """The two characters before the head (the last two) of the words before a review figure."""
    return before.rstrip()[:-2][-2:]


def _bare_head(before: str) -> bool:
    """Whether the head before a review figure stands alone: after a measure word (`完成投资`), not
    after words that say which one (`高铁运营里程`, `重点项目`)."""
    rest = before.rstrip()[:-2]
    pair = rest[-2:]
    if rest.endswith(("”", "」", "’", "）", ")")):
        return False  # a name says which one (`专精特新“小巨人”企业`)
    if not rest or not "\u4e00" <= rest[-1] <= "\u9fff":
        return True
    return len(pair) == 2 and "\u4e00" <= pair[0] <= "\u9fff" and (
        pair in _MEASURE_WORDS or _MODIFIER_WORDS.fullmatch(pair) is not None)


def _clause_start_of(piece: str, at: int) -> int:
    """Where the clause holding position `at` of `piece` starts (after the last `，` before it,
    or before that when the clause is only a figure: `完成3725亿元，增长7.2%`, `……，占比55%`)."""
    start = _clause_begin(piece, at, "，,：:、")
    if re.fullmatch(r"\s*(?:同比)?(?:增长|下降|提高|降低)\s*", piece[start:at]) or _SHARE_ONLY.fullmatch(piece[start:at].strip()):
        start = _clause_begin(piece, start - 1, "，,：:、")
    return start


#: The words that say a growth figure fell (`下降32%`).
_FALL = re.compile(r"下降|降低|减少|回落")
#: What is measured per unit of an amount, after its name (`GDP能耗`, `GDP二氧化碳排放`): another indicator.
_PER_UNIT = ("能耗", "水耗", "电耗", "二氧化碳排放", "排放", "强度")


def _per_unit_of(context: str, name: str) -> bool:
    """Whether the words around a review figure measure something per unit of what the target's
    `name` measures (`单位GDP能耗` for `GDP`): a `_PER_UNIT` word right after two characters
    of the name, which the name itself lacks."""
    for word in _PER_UNIT:
        at = context.find(word)
        if at >= 2 and word not in name and context[at - 2:at] in name:
            return True
    return False


def _falls(words: str) -> bool:
    """Whether the words before a growth figure say it fell (`下降32%`)."""
    return _FALL.search(words) is not None


def verdict(target: Target, value: float) -> str:
    if target.modifier == "at_most":
        return "met" if value <= target.value else "missed"
    if target.modifier == "about":
        return "met" if value >= target.value * (1 - ABOUT_TOLERANCE) else "missed"
    if target.modifier == "range":
        return "met" if value >= target.value else "missed"
    return "met" if value >= target.value else "missed"


