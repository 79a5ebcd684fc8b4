"""Quantitative targets as written (`不少于**次`, `覆盖率达到95%以上`, `新建高标准农田2.5万亩`).

A quantity is a number (Arabic, Chinese, or the redaction `**`) with a unit from
`lexicons/target_units.txt` (or in Latin letters right after a comparison word: `不低于1080P`).
It is a target when a word of `target_verbs.txt` stands before it in its clause, or
以上/左右/以内/以下/之间 follows it, and it is not a date, an age, an ordinal, a time that qualifies
or limits the work (`24小时监控`, the item's deadline `2个月内`), a limit or quota that a permission
allows (`可推荐5件`), a count that names a whole set (`18座桥梁全部完成改造`), or a count that only
qualifies a noun (`28个重点项目`) unless a verb of `completion_verbs.txt` governs it (`完成800户的改造任务`).
A share of a set (`预留30%的号源`) and a count that opens its clause (`30家以上小微企业进入……`,
`86所村小的操场得到翻新`) are targets too. The target is the metric and its value
(ANNOTATION.md): it runs from the completion verb of the first target, else from the start of its
clause (after a leading label, deadline and words such as 确保/全力), or from its metric
(`覆盖率达到95%`, `民营经济增加值增长12%`; not the object of a verb: `组织演练不少于2次` →
`不少于2次`), to the end of the last one (to its clause's end when a completion verb governs it:
`完成87公里国省道改造`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon
from ..model import Span
from .segment import CJK, Token, tokenize, word_tags
from .targets import CN_DECIMAL, COMPARED_ONLY, HALF, PER_CENT, SETS_A_LEVEL, cn_to_number

NUMBER = rf"(?:\d+(?:\.\d+)?|\*\*+|[一二三四五六七八九十百千万两]+{CN_DECIMAL})(?:\.\d+)?(?:万|亿|千)?"
_CN_DIGITS = "一二三四五六七八九十百千万两"
# A quantity's number starts where a run of Chinese digits starts (or one digit in, after 第, a
# digit or a point, which bar the run's start): a start inside the run can match only where the
# run's start would have, so trying it made a long run of digits quadratic.
FIRST_NUMBER = (rf"(?:\d+(?:\.\d+)?|\*\*+|(?:(?<![{_CN_DIGITS}])|(?<=[第\d.][{_CN_DIGITS}]))"
                rf"[{_CN_DIGITS}]+{CN_DECIMAL})(?:\.\d+)?(?:万|亿|千)?")
MODIFIER_AFTER = ("以上", "左右", "以内", "以下", "之内", "之间")
TIMES = ("次",)  # a count of acts (`联系1次`), not of the thing after it
NOUN_COUNT_UNITS = ("个", "名", "项", "家", "所", "类", "条", "批", "支", "本", "件", "次", "处", "部", "座", "套")
LEADING_WORDS = ("要", "必须", "务必", "确保", "力争", "切实", "努力", "争取", "全力", "着力", "大力", "积极")
LEADING_LABEL = re.compile(r"[（(]\d{1,2}[）)]|\d{1,2}[.、．]")
CLAUSE_BREAK = "，,；;：:。！？!?"


#: A unit written in Latin letters (720P, 4K) counts only right after a comparison word (不低于720P):
#: elsewhere it names a grade or a generation (4A级, 5G).
LETTER_UNIT = r"[A-Za-z]+(?![A-Za-z])"


@lru_cache(maxsize=8)
def _quantity_pattern(units: tuple[str, ...]) -> re.Pattern:
    """A percentage written out in words (`百分之八至九`; groups 1-2: number, the range's other end; the
    unit is `%`), or a figure and its unit (groups 3-5: number, the range's other end, unit)."""
    ordered = sorted(units, key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in ordered)
    return re.compile(rf"(?<![第\d.])(?:{PER_CENT}({FIRST_NUMBER})(?:(?:至|到)(?:{PER_CENT})?({NUMBER}))?"
                      rf"|({FIRST_NUMBER})(?:(?:至|到|-|~|—)({NUMBER}))?({unit_alt}|{LETTER_UNIT})(?:{HALF})?)")


RATIO_ENDINGS = ("率", "比例", "比重", "占比", "指数")
METRIC_ENDS = ("产值", "总值", "额", "产量", "收入", "投资")  # a figure's name before the verb that completes it
RELATIVE_CLAUSE = 4  # words from a verb to the 的 that makes it describe the metric after it
#: A unit and the next character that make another word (周 is weeks; 周年, 周岁 are not).
NOT_UNITS = frozenset(("周年", "周岁", "人口"))


#: Words that bring the metric before its verb (将助学补贴标准提高一倍): the metric starts after them.
DISPOSAL = ("将", "把")
CAUSATIVE = ("使", "让")  # 力争使|全县工业投资增长12%: the metric starts after them too
#: Verbs that bring a metric or a set to a state, their object a whole clause: the metric starts after
#: them (`实现|全县生产总值增长6.5%`, also `努力实现`; `推动|茶企产值突破5亿元`) unless a ratio word stands
#: for it (`实现……|覆盖率达到95%`) or what they bring about is an event, not a metric (`实现再就业|不少于
#: 300人`); before a share of a set, they say what brings the set to its state.
ACHIEVE = ("实现", "推动")
#: A completion verb before a metric and its comparison does the same (`完成|茶产业投资增长15%`; not before a
#: share of a set: `完成30%的……改造`, a count with its completion verb).
COMPLETES = "完成"
#: A verb's resultative ending (遴选出, 压缩到): the word is still that verb.
RESULTATIVE = "出到成好完"


def _verbs(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.set("imperative_verbs") | set(lexicon.words("target_verbs"))
                     | set(lexicon.words("completion_verbs")))


def _is_verb(word: str, verbs: frozenset[str]) -> bool:
    """`word` is a verb of the lexicons, or one with a resultative ending (遴选出)."""
    return word in verbs or (len(word) > 2 and word[-1] in RESULTATIVE and word[:-1] in verbs)


def _rhythm(tokens: list[Token], at: int) -> bool:
    """Whether tokens[at] opens a rhythm or a scope the metric stands after (`每年`, `每个乡镇`),
    not a rate per head that belongs to it (`每万人口`, `每千人`) nor a yearly average (`平均每年`)."""
    word = tokens[at].text
    if not word.startswith("每") or (at > 0 and tokens[at - 1].text == AVERAGE):
        return False
    rest = word[1:] or (tokens[at + 1].text if at + 1 < len(tokens) else "")
    return rest[:1] not in "万千百十"


AVERAGE = "平均"  # 平均每年增长5%: the metric's own words
PLAN_PERIOD = re.compile(r"“?(?:十[一二三四五六七八九]?|[六七八九])五”?(?:计划|规划)?期间[，,]?")  # a five-year plan's period
EACH = "每"  # 每|县: a scope of one word after it
FIELD_SCOPE = re.compile(r"在[^，,；;。：:]{1,30}?(?:方面|领域)(?:内)?")  # 在……等方面|形成……10项以上


#: Words that may stand between a ratio and its comparison (`……占比原则上不低于80%`, `……率均达到95%`).
HEDGES = frozenset(("原则上", "一般", "均", "都", "分别", "全部"))


def _takes_object(word: str, verbs: frozenset[str]) -> bool:
    """Whether a word before a metric makes it its object: a verb, or 实现/推动 in any form (`努力实现`)."""
    return _is_verb(word, verbs) or word.endswith(ACHIEVE)


def _metric_start(tokens: list[Token], lexicon: Lexicon) -> int | None:
    """Where the metric before a comparison word at `comparator` starts: the words before it back
    to the start of its clause, a modal or a rhythm (`装备制造业营业收入增长8%`, `确保空气优良
    天数达到350天`); where a verb stands before them they are its object: the metric is then a
    ratio word right before the comparison (`实现……配备率达到100%`, also when the segmenter cuts it
    in two: `配备 率`), the words after 实现 or 推动 (`实现|全县生产总值增长6.5%`: the clause it brings about),
    else None (`组织演练不少于2次`: the target is `不少于2次`). A verb with a
    resultative ending (`遴选出`) is a verb; the metric starts after 将/把 (`将助学补贴标准提高一倍`) and 使/让.
    `tokens` are the words of the clause before the comparison word."""
    if not tokens:
        return None
    stops = set(LEADING_WORDS) | lexicon.set("modals") | set(DISPOSAL) | set(CAUSATIVE)
    verbs = _verbs(lexicon)
    last = len(tokens)
    while last > 0 and (tokens[last - 1].text in lexicon.set("modals") or tokens[last - 1].text == "将"):
        last -= 1  # 完成率要达到80%, 生产总值将增长7%: the modal stands between the metric and the comparison
    # one verb before a 的 may describe a counted metric (配备监测设备的排水管网达到300公里)
    describing = 1 if last and not tokens[last - 1].text.endswith(RATIO_ENDINGS) else 0
    i = last
    while i > 0 and tokens[i - 1].text not in stops and not _rhythm(tokens, i - 1) \
            and tokens[i - 1].text not in ("，", ",", "前", "后"):
        if _takes_object(tokens[i - 1].text, verbs) and not (i > 1 and tokens[i - 2].text == ACTUAL):
            if not (describing and any(t.text == "的" for t in tokens[i:min(last, i + RELATIVE_CLAUSE)])):
                break
            describing -= 1
        i -= 1  # (实际|利用|外商直接投资: what was actually used is the metric's own name)
    if i == last:
        return None
    if i > 0 and _takes_object(tokens[i - 1].text, verbs) and tokens[i - 1].text not in stops:
        while last > i and tokens[last - 1].text in HEDGES:
            last -= 1  # ……占比原则上不低于80%: a hedge between the ratio and its comparison
        ratio = tokens[last - 1]
        if ratio.text.endswith(RATIO_ENDINGS) and len(ratio.text) > 1:
            joined = _joined_start(tokens, i - 1, SHARE, stops, verbs)
            if joined is None and ratio.text.endswith(CONTRIBUTION):
                joined = _joined_start(tokens, i - 1, TOWARDS, stops, verbs)
            return ratio.start if joined is None else joined
        if last >= 2 and (tokens[last - 2].text + ratio.text).endswith(RATIO_ENDINGS) \
                and CJK.match(tokens[last - 2].text):
            return tokens[last - 2].start  # 配备 率, 占 比: the ratio word came out in two (not （管控）率)
        achieved = tokens[i - 1].text.endswith((*ACHIEVE, COMPLETES)) and word_tags(lexicon).get(ratio.text) != "v"
        return tokens[i].start if achieved else None  # (not 实现再就业|不少于300人: an event, no metric)
    if i + 1 < last and tokens[i].text == "之" and i > 0 and tokens[i - 1].text in CAUSATIVE:
        i += 1  # 使之|尽早达到……: 之 points back to what the clause before names
    if i > 0 and tokens[i - 1].text == EACH and _rhythm(tokens, i - 1):
        i += 1 + (tokens[i].text == "个" and i + 2 < last)  # 每|县|新开工……: the scope is no part of the metric
    return tokens[i].start if i < last else None


SHARE = "占"  # X占Y比重: the share of Y that X is, one metric
ACTUAL = "实际"  # 实际利用外资, 实际到位资金: a verb after it names the metric, it does not take it as object
CONTRIBUTION, TOWARDS = "贡献率", "对"  # X对Y（的）贡献率: what X gives Y, one metric


def _joined_start(tokens: list[Token], verb: int, joiner: str, stops: set[str], verbs: frozenset[str]) -> int | None:
    """Where a metric starts that joins two things and holds the verb at tokens[verb]: the words
    before its `joiner` back to the clause's start, a stop or a verb; None when no `joiner` comes first.
    With 占, a share (`装配式住宅占新建住宅比例`: 新建 names the set, the metric runs from 装配式住宅);
    with 对, a contribution (`乡村旅游对农民收入增长贡献率`: 增长 stands inside it)."""
    at = next((k for k in range(verb - 1, -1, -1) if tokens[k].text == joiner), None)
    if at is None or any(t.text in CLAUSE_BREAK for t in tokens[at:verb]):
        return None
    k = at
    while k > 0 and tokens[k - 1].text not in stops and tokens[k - 1].text not in CLAUSE_BREAK \
            and not _takes_object(tokens[k - 1].text, verbs):
        k -= 1
    return tokens[k].start if k < at else None


def _completion_verb(clause: str, verbs: tuple[str, ...]) -> int:
    """Where the first completion verb of `clause` stands, or -1; not inside a noun (增加值, 新增量)."""
    found = [at for at in (_find_word(clause, v) for v in verbs) if at >= 0]
    return min(found, default=-1)


def _indicator_start(text: str, clause_start: int, begin: int, lexicon: Lexicon) -> int:
    """Where an indicator's name opens that the verb at `begin` stands inside (`城镇|新增就业1.5万人`:
    the name is 城镇新增就业) or follows (`地区生产总值|完成1600亿元`), names from
    `lexicons/indicator_synonyms.txt`; else `begin`."""
    return min((begin - k for group in lexicon.groups("indicator_synonyms") for name in group
                for k in range(1, min(len(name), begin - clause_start) + 1) if text.startswith(name, begin - k)),
               default=begin)


def _verb_before(text: str, clause_start: int, verb_start: int, lexicon: Lexicon) -> int:
    """Where the verb at `verb_start`, one that takes a verb before it (`COMPOUNDED`), begins with
    such a verb that opens the clause (`维修|改造农村公路100公里`, `力争|升级|改造……`): the two are
    one action; not a verb that only drives the work (`推进|改造……`, an imperative verb) nor a modal;
    else `verb_start`."""
    if not text.startswith(COMPOUNDED, verb_start):
        return verb_start
    before = tokenize(text[clause_start:verb_start], lexicon, clause_start)
    verb = before[-1].text if before else ""
    if len(verb) < 2 or word_tags(lexicon).get(verb) not in ("v", "vn") or verb in LEADING_WORDS \
            or verb in lexicon.set("imperative_verbs") or verb in lexicon.set("modals"):
        return verb_start  # (not `确保|新增……`: a modal asks for the act, it is no part of it)
    if all(t.text in LEADING_WORDS or not t.text.strip() for t in before[:-1]):
        return before[-1].start
    return verb_start


def _find_word(clause: str, verb: str) -> int:
    at = clause.find(verb)
    while at >= 0 and clause[at + len(verb):at + len(verb) + 1] in ("值", "率", "量", "额"):
        at = clause.find(verb, at + 1)
    return at


#: A permission before a quantity makes it a limit or quota allowed (ANNOTATION.md: quotas are not targets).
PERMISSION = ("可", "可以")
PERCENT = ("%", "％", "‰")


def _compares(clause: str, word: str) -> bool:
    """Whether comparison `word` ends the clause before a number, up to three characters before it
    (`达到了`, `增长约`); a one-character word must stand right before it (`达1.2万人`, not the 达 of a
    name: `宏达利二期`)."""
    if word not in clause[-len(word) - 3:]:
        return False
    return len(word) > 1 or clause[clause.rfind(word) + 1:] in ("", "到", "约", "近")


#: Words before a sum that give a project's size (`建设投资35亿元的产业园`), not what the verb makes.
SIZE_WORDS = ("投资", "总投资")
#: Completion verbs that a verb of how the work is done may open (`维修改造`, `升级改造`, `提级改造`),
#: unlike those a verb before only drives or counts (`滚动实施`, `累计建成`).
COMPOUNDED = ("改造",)
#: The plan's year and the whole of an area that open a target's words (`今年`, `全市`): the time of the
#: plan and the subject's scope, not the metric.
AREA = r"全(?:市|县|区|省|州|旗|盟|镇|乡)"
WHOLE_AREA = re.compile(rf"(?:(?:今年|全年|明年)[，,]?(?:{AREA})?|{AREA})(?=[\u4e00-\u9fff])")
#: A calendar year (`超过2020年`): no target in years (`COMPARED_ONLY`).
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
#: Units of time: `3个月内完成整改` is a time limit, not a count of a set.
DURATION_UNITS = ("天", "小时", "分钟", "个月", "个工作日", "工作日", "课时", "学时")
#: Words that say a whole set is meant: `18座危旧桥梁全部完成改造` names the set, it sets no target.
WHOLE_SET = ("全部", "均", "都", "全都", "一律")
#: What a percentage before 的 measures when it is no share of a set (增长10%的目标, 在5%的基础上).
NOT_A_SET = ("的目标", "的任务", "的基础", "的水平", "的幅度", "的增幅", "的增速")
#: A preposition right before a quantity of a set opens the target (为630名以上……提供, 在10%的……设置).
SET_PREPOSITIONS = ("为", "在", "对")
WHERE = "在"  # 在|40家企业建立……: the places something is made in, not a count it makes
ALREADY = ("已", "已经")


FEW = 10  # a number in Chinese digits up to this names parts (`三个方面`, `十大工程`); above it, a figure
ORDINAL = "第"
ARABIC_RUN = re.compile(r"\d+")
COUNT_IN_WORDS = re.compile(rf"[一二三四五六七八九十两][{_CN_DIGITS}零亿]*(?:{'|'.join(NOUN_COUNT_UNITS)}|人|吨|亩|元|户|公里)")


@lru_cache(maxsize=4)
def _figures_in_words(text: str) -> bool:
    """Whether a document writes its figures in Chinese digits, as older texts do (`招收农校新生三百六十五人`):
    more counts in words than runs of digits. Elsewhere such numbers name sizes and programmes
    (`百亿级项目`, `十二项专项行动`), not figures to reach."""
    return len(COUNT_IN_WORDS.findall(text)) > len(ARABIC_RUN.findall(text))


def _in_words(text: str, at: int, number: str) -> int | None:
    """The value of the number in Chinese digits at `at`, None for an ordinal (`第二十六条`) or a
    number inside a title (`《……十五条措施》`)."""
    while at > 0 and text[at - 1] in _CN_DIGITS:
        at -= 1
    near = max(0, at - LOOKBACK)
    if text[at - 1:at] == ORDINAL or text.rfind("《", near, at) > text.rfind("》", near, at):
        return None
    return cn_to_number(number)


#: A clause that names the means or the focus of the work (`以扶持壮大30家合作社为带动`, `一是以……为抓手`):
#: a figure inside it sets no target.
MEANS = re.compile(r"\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十][）)])?以")
MEANS_END = re.compile(r"[^，,；;。：:]{0,24}?为(?:带动|抓手|重点|引领|载体|依托|突破口|核心|龙头|支撑|主线|导向|切入点)")


def _conditional(text: str, clause: str, q_end: int, compared: bool) -> bool:
    """Whether the figure ending at `q_end` states a condition: its clause opens with a word of
    condition (`若`, `如果`, `一旦`), or it is `compared` (`超过`, `不到`, `以上`) in a topic that
    selects what the sentence acts on, opened by `对` or `凡` and closed by `的` and at most a short
    noun before a comma, with no verb of acting between the opening and the figure (`对参加人数超过
    50人的，`, `凡……不到80%的，`, `对……比例未达到15%但……的地区，`; not `对困难户给予不低于150元的补助；`,
    where the figure is what is given, nor `对新建校舍执行75%的节水标准，`)."""
    opening = clause.lstrip(" \u3000")
    if opening.startswith(CONDITIONS):
        return True
    if not compared or not opening.startswith(TOPIC_OPENERS) or opening.startswith(VERBS_WITH_DUI) \
            or any(verb in opening for verb in ACTING_AFTER_TOPIC):
        return False
    rest = re.match(r"[^，,；;。：:]*", text[q_end:q_end + CONDITION_REACH]).group(0)
    closed = text[q_end + len(rest):q_end + len(rest) + 1] in ("，", ",")
    return closed and TOPIC_END.search(rest) is not None and not rest.startswith(("的目标", "的任务"))


#: Words that open a clause of condition, and the openings of a topic that selects (`对……的，`, `凡……的，`).
CONDITIONS = ("若", "如果", "如遇", "如有", "倘若", "假如", "一旦")
TOPIC_OPENERS = ("对", "凡")
VERBS_WITH_DUI = ("对标", "对接", "对照", "对比", "对口", "对齐")  # verbs that open with 对
ACTING_AFTER_TOPIC = ("给予", "进行", "实施", "实行", "开展", "予以")  # 对X给予……: the figure is what is done
TOPIC_END = re.compile(r"的[\u4e00-\u9fff]{0,4}$")  # ……的, ……的地区: what the topic selects
CONDITION_REACH = 40  # characters after a figure searched for the end of a topic


def _permitted(clause: str, comparators: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A permission (`可`, `可以`) governs the quantity at the end of `clause`: no comparison word
    stands between them (`人均可支配收入增长7%` is a target: the 可 there is part of a word)."""
    if "可" not in clause:
        return False
    words = [t.text for t in tokenize(clause, lexicon)]
    at = max((i for i, w in enumerate(words) if w in PERMISSION), default=-1)
    return at >= 0 and not any(c in "".join(words[at + 1:]) for c in comparators)


def _whole_set(text: str, q_end: int, end: int, lexicon: Lexicon) -> bool:
    """The clause after a count says the whole set is meant (`15个小区要在10月底前全部开工`; not
    after 并, which joins another predicate: `完成6座泵站建设并实现全部运行`)."""
    stop = _clause_end(text, q_end, min(end, q_end + LOOKBACK))
    rest = text[q_end:stop]
    return any(w in rest for w in WHOLE_SET) and any(t.text in WHOLE_SET for t in tokenize(rest, lexicon))


def _set_target(text: str, clause_start: int, at: int, q_end: int, end: int, unit: str, after: str,
                lexicon: Lexicon) -> tuple[int, int] | None:
    """A share or a count of a set that the clause brings to a state, as (begin, end), else None:
    a share of a set (`预留30%的号源`, `100%的……完成中医馆设置`, `30%以上的村……`); or, where no verb
    stands before it in its clause (after one it names the set worked on: `推进30户以上村落……`),
    a count with `以上` of what the clause goes on to act on (`争取30家以上小微企业进入……`,
    `为630名以上患者提供……`) or a count of a set that a completion verb after it brings about
    (`86所村小的操场得到翻新`). Not a time (`3个月内完成整改`). The target runs from the verb or
    preposition right before the quantity, else from the quantity, to the end of its clause (or an
    opening bracket). `q_end` is after the unit and any 以上."""
    following = text[q_end:q_end + 1]
    if not following or following in CLAUSE_BREAK or unit in DURATION_UNITS:
        return None
    stop = _clause_end(text, q_end, min(end, q_end + LOOKBACK), before_and=False)
    stops = set(LEADING_WORDS) | lexicon.set("modals")
    before = [t for t in tokenize(text[clause_start:at], lexicon, clause_start) if t.text not in stops]
    if unit in PERCENT and before and before[-1].end == at and before[-1].text in ACHIEVE:
        before = before[:-1]  # 实现90%以上的部门……接入平台: the state to reach is the share's set's
    verbs, tags = _verbs(lexicon), word_tags(lexicon)

    def is_verb(word: str) -> bool:
        return _is_verb(word, verbs) or tags.get(word) == "v" or word.endswith(DRIVING_ENDS)  # (继续抓好|12个……建设)

    share = unit in PERCENT and following == "的" and not text.startswith(NOT_A_SET, q_end)
    if not share:
        if any(is_verb(t.text) for t in before):
            return None
        goal = after == "以上" and following != "的"
        completion = tuple(lexicon.words("completion_verbs"))
        rest = text[q_end:stop]
        verb = _completion_verb(rest, completion)
        made = after not in MODIFIER_AFTER and verb >= 0 and not rest[:verb].endswith(ALREADY) \
            and not (before and before[-1].end == at and before[-1].text == WHERE)  # (在40家企业建立……: where;
        # 300个村已建立……: what was done)
        if not (goal or made):
            return None
    begin = at
    if before and before[-1].end == at and (before[-1].text in SET_PREPOSITIONS or is_verb(before[-1].text)):
        begin = before[-1].start
    bracket = min((i for i in (text.find("（", q_end, stop), text.find("(", q_end, stop)) if i >= 0), default=stop)
    return begin, bracket


#: How far before a quantity its clause is read (a target's metric and verb stand close to it);
#: it keeps a clause of thousands of characters without punctuation linear.
LOOKBACK = 48


def _clause_end(text: str, at: int, end: int, before_and: bool = True) -> int:
    """Where the clause going on at `at` ends: at its punctuation, or (`before_and`) before 并 that
    joins another predicate (`完成6座泵站建设并实现全部运行`)."""
    while at < end and text[at] not in CLAUSE_BREAK and not (before_and and text[at] == "并"):
        at += 1
    return at


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause of text[at] starts, no further back than LOOKBACK characters."""
    i, limit = at, max(start, at - LOOKBACK)
    while i > limit and text[i - 1] not in CLAUSE_BREAK:
        i -= 1
    return i


def find_target(text: str, start: int, end: int, lexicon: Lexicon, deadline: Span | None = None,
                mask: bytearray | None = None) -> Span | None:
    """The target span in text[start:end], or None."""
    units = lexicon.words("target_units")
    pattern = _quantity_pattern(units)
    verbs = tuple(lexicon.words("target_verbs"))
    comparators = tuple(lexicon.words("target_comparators"))
    completion = tuple(lexicon.words("completion_verbs"))
    verbs_before = set(completion) | lexicon.set("imperative_verbs")
    leads = set(LEADING_WORDS) | lexicon.set("modals")
    hits: list[tuple[int, int, int | None]] = []  # start, end, where its target starts (None: the clause's start)
    pending: list[tuple[int, int, int]] = []  # a verb and its count, a target in a list of targets: start, end, clause start
    for m in pattern.finditer(text, start, end):
        if mask is not None and mask[m.start()]:
            continue
        if deadline is not None and deadline.start <= m.start() < deadline.end:
            continue  # 在反馈后2个月内: the item's time limit, not a target
        number, unit = (m.group(1), "%") if m.group(1) else (m.group(3), m.group(5))
        q_end = m.end()
        if unit + text[q_end:q_end + 1] in NOT_UNITS:
            continue  # 成立40周年, 80周岁: an anniversary or an age, not weeks
        after = text[q_end:q_end + 2]
        chinese = not re.search(r"\d", number)  # Chinese digits or the redaction **
        # a figure in words, as older texts write every one (`招收农校新生三百六十五人`), reads as in digits
        # where a verb or a figure before it in the list makes it one (`新建……三十二座，……九十六个`)
        value = _in_words(text, m.start(), number) if chinese and _figures_in_words(text) else None
        in_words = value is not None and value > FEW
        listed = in_words and bool(hits)
        clause_start = _clause_start(text, start, m.start())
        clause = text[clause_start:m.start()]
        right_after_verb = any(v in clause[-len(v) - 2:] for v in verbs)  # 完成剩余37家企业改造
        has_verb = right_after_verb or any(v in clause for v in verbs)
        done = _completion_verb(clause, completion)
        comparator = next((clause_start + clause.rfind(c) for c in comparators if _compares(clause, c)), None)
        if unit not in units and not clause.endswith(comparators):
            continue  # 4A级, 5G: letters after a number are its unit only after a comparison word
        modified = after in MODIFIER_AFTER
        if modified:
            q_end += 2
        at_least = clause.rfind("至少")
        made = done >= 0 and len(clause) - done <= 4  # 完成800户的改造任务: the count is what the verb makes
        if unit in COMPARED_ONLY and (comparator is None or chinese or YEAR_NUMBER.fullmatch(number)
                                      or not text.startswith(SETS_A_LEVEL, comparator)):
            continue  # 80岁以上老人, 5年以上, 不超过一年: an age or a span names who or what, or limits it;
            # 达到75岁, 达到9.5年 are goals
        if unit in DURATION_UNITS and comparator is None and at_least < 0 and not modified \
                and text[q_end:q_end + 1] not in ("", *CLAUSE_BREAK):
            continue  # 24小时实时监控, 48小时内办结: a time that qualifies the work or limits it
        if unit not in PERCENT and _whole_set(text, q_end, end, lexicon):
            continue  # 18座危旧桥梁全部完成改造: the count names the set, it sets no target
        if MEANS.match(clause) and MEANS_END.match(text, q_end):
            continue  # 以扶持壮大30家合作社为带动，……: the means the work takes, its targets come after
        if _permitted(clause, comparators, lexicon):
            continue  # 可将用药量放宽至3个月, 可推荐30件作品: a limit or quota allowed, not a target
        if _conditional(text, clause, q_end, comparator is not None or modified):
            continue  # 若参与的项目不足3个，……; 对参加人数超过50人的，……: a condition, not a target
        if comparator is None and at_least < 0 and (not chinese or in_words):
            of_set = _set_target(text, clause_start, m.start(), q_end, end, unit, after, lexicon)
            if of_set is not None:
                hits.append((m.start(), of_set[1], of_set[0]))
                continue
        if text[q_end:q_end + 1] == "的" and not text.startswith(("的目标", "的任务"), q_end) \
                and (modified or clause.endswith(SIZE_WORDS) or not (made or comparator is not None or at_least >= 0)):
            continue  # 5万元以下的村, 投资超10亿元的产业项目: a threshold or size that qualifies a noun
        if chinese and not (modified or comparator is not None or at_least >= 0 or (
                in_words and (has_verb or done >= 0 or listed))):
            continue  # 三个方面, 十大工程: a small number in words names parts
        nxt = text[q_end:q_end + 1]
        ends_clause = not nxt or nxt in CLAUSE_BREAK or nxt in "”）)"
        counted = any(c in clause for c in comparators)  # 至少主动联系1次
        if unit in NOUN_COUNT_UNITS and not (modified or ends_clause or right_after_verb or done >= 0 or counted):
            if _verb_then_count(clause, lexicon):
                pending.append((m.start(), _clause_end(text, q_end, end, before_and=False), clause_start))
            continue  # 28个重点项目: a count that qualifies a noun
        if modified and not (has_verb or ends_clause or done >= 0 or _verb_then_count(clause, lexicon)):
            continue  # 推进30户以上村落……: a threshold that names the set worked on (not 筛选60个左右……,
            # 吸引2万名以上……: what a verb brings about, counted)
        if not (has_verb or done >= 0 or modified or (ends_clause and (not chinese or listed))):
            if _verb_then_count(clause, lexicon):
                pending.append((m.start(), _clause_end(text, q_end, end, before_and=False), clause_start))
            continue
        if comparator is not None and at_least < 0:  # 不少于2次, 覆盖率达到95%: from the metric, to the value
            before = tokenize(text[clause_start:comparator], lexicon, clause_start)
            # 培养不少于3500名基层医生: the verb and what it makes (not 力争, which makes nothing)
            if before and before[-1].text in verbs_before and before[-1].text not in leads:
                begin = before[-1].start
                q_end = _clause_end(text, q_end, end, before_and=False)
            else:
                # 补助标准从每年934元提高到1556元: the value runs from 从, the metric stands before it
                origin = max((k for k, t in enumerate(before) if t.text == "从"), default=-1)
                if origin >= 0 and not any(t.text in CLAUSE_BREAK for t in before[origin:]) \
                        and pattern.search(text, before[origin].end, comparator):
                    metric = _metric_start(before[:origin], lexicon)
                    metric = before[origin].start if metric is None else metric
                else:
                    metric = _metric_start(before, lexicon)
                begin = comparator if metric is None else metric
                if deadline is not None and deadline.start == begin and deadline.end <= comparator:
                    begin = deadline.end  # 二季度|工业增加值增速达到8%: the time limit is no part of the metric
                label = LEADING_LABEL.match(text, begin)
                if label and label.end() < comparator:
                    begin = label.end()  # （19）|助学补贴标准提高一倍
        elif at_least >= 0:  # 每月至少上门走访2次; 至少培育1家示范基地 (a completion verb: to the clause's end)
            begin = clause_start + at_least
            if done > at_least or (unit in NOUN_COUNT_UNITS and unit not in TIMES and not ends_clause):
                q_end = _clause_end(text, q_end, end)  # (至少引回一个项目: and what is counted; not
                # 至少联系1次签约居民, whose count is of acts)
        elif done >= 0:  # 完成800户的改造任务: from the verb to the end of its clause
            begin = _verb_before(text, clause_start, clause_start + done, lexicon)
            begin = _indicator_start(text, clause_start, begin, lexicon)
            named = tokenize(text[clause_start:begin], lexicon, clause_start)
            if named and named[-1].end == begin and named[-1].text.endswith(METRIC_ENDS):
                metric = _metric_start(named, lexicon)  # 茶叶总产值|完成80亿元: the metric the verb completes
                begin = begin if metric is None else metric
            q_end = _clause_end(text, q_end, end)
        else:
            begin = None
            if unit in NOUN_COUNT_UNITS and not (ends_clause or counted):  # 建成12处农村供水工程, 打造2个以上……项目
                q_end = _clause_end(text, q_end, end, before_and=False)
        hits.append((m.start(), q_end, begin))
    if not hits:
        return None
    hits = _with_listed(text, start, hits, pending)
    first = hits[0][2]
    if first is None:
        first = _clause_start(text, start, hits[0][0])
        if deadline is not None and deadline.start == first:
            first = deadline.end
        label = LEADING_LABEL.match(text, first)
        if label and label.end() <= hits[0][0]:
            first = label.end()
        while first < hits[0][0]:
            if text[first] in "，, ":
                first += 1
                continue
            if deadline is not None and deadline.start == first and deadline.end <= hits[0][0]:
                first = deadline.end  # 力争|年内|新落地50个: the time limit after the lead word
                continue
            lead = next((w for w in (*LEADING_WORDS, *DISPOSAL) if text.startswith(w, first)), None)
            field = FIELD_SCOPE.match(text, first, hits[0][0])
            if lead is None and field is None:
                break
            first = field.end() if lead is None else first + len(lead)  # (在……等领域|组建7个……: the fields
            # the count is made in are its scope)
    period = PLAN_PERIOD.match(text, first)
    if period is not None and period.end() < hits[0][0]:
        first = period.end()  # “十五”期间|年均经济增长速度……: the plan's period is no part of the metric
    scope = WHOLE_AREA.match(text, first)
    if scope is not None and scope.end() < hits[0][0]:
        first = scope.end()  # 全县|人均预期寿命达到79岁: the area is the subject's, not the metric's
    lead = next((w for w in LEADING_WORDS if len(w) > 1 and text.startswith(w, first)), None)
    if lead is not None and first + len(lead) < hits[0][0]:
        first += len(lead)  # 明年力争|连通20个: a word that urges is no part of the metric (not 要, which
        # may open a word: 要求今年……达到……)
    if first > start and text[first - 1] == NEWLY and (
            first - 1 == start or text[first - 2] in "，,；;：:" or (deadline is not None and deadline.end == first - 1)
            or text.endswith(LEADING_WORDS, start, first - 1)):
        first -= 1  # ，新|认定市级龙头企业12家, 力争新|发放……: what is to be newly done is the count's verb
    last = _goals_tail(text, start, first, max(hit[1] for hit in hits), end)
    return Span(text[first:last], first, last)


def _verb_then_count(clause: str, lexicon: Lexicon) -> bool:
    """Whether a clause up to a count is one verb that makes or reaches what it counts, after a leading
    word (`构筑|100个……`, `连接|5000万台……`; not one that drives work on a set: `推动|925个项目……`, nor
    a one-character verb of having or being: `有|3名以上党员的`)."""
    words = [t.text for t in tokenize(clause, lexicon) if t.text.strip()]
    while words and (words[0] in LEADING_WORDS or (words[0] == NEWLY and len(words) > 1)):
        words.pop(0)  # (力争|新|选择……)
    return len(words) == 1 and len(words[0]) > 1 and word_tags(lexicon).get(words[0]) in LIST_VERB_TAGS \
        and not words[0].startswith(SCOPES) \
        and words[0] not in DRIVING


#: Tags the segmenter gives the verb that opens a clause of a list (`构筑` comes out a noun), and what
#: opens a scope instead (`全省|100个乡镇`, `各|10个……`).
LIST_VERB_TAGS = ("v", "vn", "n")
#: Verbs that work on a set that is there rather than make what they count (`推动925个项目早开工`,
#: `加快12个安置小区建设`, `巩固40处积水点整治成果`: ANNOTATION.md, a count naming the set worked on is scope).
DRIVING = frozenset(("推动", "推进", "支持", "促进", "带动", "引导", "鼓励", "帮助", "扶持", "帮扶", "指导", "督促",
                     "抓好", "抓实", "抓", "加快", "加强", "加大", "突出", "巩固", "做好", "办好", "围绕", "落实",
                     "深化", "完善", "提升", "优化", "整治", "规范", "管好", "用好"))
DRIVING_ENDS = tuple(sorted(verb for verb in DRIVING if len(verb) > 1))  # (a word may hold one: 继续抓好)
SCOPES = ("全", "各", "每")


def _with_listed(text: str, start: int, hits: list[tuple[int, int, int | None]],
                 pending: list[tuple[int, int, int]]) -> list[tuple[int, int, int | None]]:
    """`hits` and the verb-and-count clauses next to them in one list of comma clauses (`建成18家……，
    构筑100个……`: a target like its neighbours, whatever its verb), in text order."""
    hits, pending = list(hits), list(pending)
    while pending:
        spans = [(_clause_start(text, start, h[0]), h[1]) for h in hits]
        near = next((p for p in pending if any(_next_to(text, p[1], b) or _next_to(text, e, p[2]) for b, e in spans)),
                    None)
        if near is None:
            break
        pending.remove(near)
        hits.append((near[0], near[1], near[2]))
    return sorted(hits)


def _next_to(text: str, end: int, start: int) -> bool:
    """Whether a clause ending at `end` is followed by one starting at `start`, a comma between."""
    return end <= start and text[end:start].strip("，,") == ""


NEWLY = "新"  # before a verb that counts (`新认定`, `新引进`), after a clause break or a time limit


#: A lead-in that names the goals (`主要预期目标是：`) and what a goal without a figure says of its
#: metric (`粮食产量保持稳定`, `完成省下达的能耗控制任务`).
GOALS_LEAD = re.compile(r"目标[^，。；：:]{0,6}[：:]")
METRIC_WITHOUT_FIGURE = re.compile(r"增长|下降|降低|提高|同步|控制|保持|稳定|达到|完成[^，,]*(?:目标|任务)")


def _goals_tail(text: str, start: int, first: int, last: int, end: int) -> int:
    """Where the target of a list of goals ends: the last target with a figure, or the end of the
    list when every clause after it still sets a metric without one (`……增长5%以上，粮食产量保持
    稳定，完成省下达的能耗控制任务。`: the targets run from the first to the last)."""
    if not GOALS_LEAD.search(text, start, first + 1):
        return last
    tail = text[last:end].rstrip("。；;！!")
    clauses = re.split(r"[，,]", tail)
    if len(clauses) < 2 or clauses[0] or not all(METRIC_WITHOUT_FIGURE.search(c) for c in clauses[1:]):
        return last
    return last + len(tail)
