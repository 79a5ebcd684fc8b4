"""Which sentences of a structured text are task items, of what kind, and why (the rule ids of
`RULES`): directives, imperatives by their markers or their shape, numbered and run-in headings,
`；` parts, targets in numbered parts, remediation directives among problems. Whether a sentence
acts by its shape or only states is `speechmine.analysis.statements`'s to say.

`sentence_items` decides for one sentence; `speechmine.extract` runs it over a text and then gives
the items their parties and ids (`speechmine.analysis.assign`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from .directives import (AFTER_PARTY_MARKERS, CLAUSE_PUNCT, DONE, QUESTION_WORDS, Analysis, analyse, opens_with_verb,
                         top_level_semicolons)
from .labels import SERIES_STYLES, SUB_ITEM_STYLES, Label, match_label
from .parties import ASKS, REACHES, whole_audience
from ..lexicon import Lexicon
from ..model import Item, Span
from .quantities import GOALS_LEAD, find_target
from .segment import Token, tokenize, word_tags
from .sentences import SPACE, Sentence, closing_attribution, leads_in, list_lead_in, one_bracket, title_words
from .statements import NOUN_LIKE, act_as_subject, acts, comments, defines, foretells, has_or_is, judges, lacks, opens_predicate
from .timing import Deadlines
from .zones import PLAN_PERIOD, describes_problem


@dataclass
class Context:
    """What every step of one extraction looks at: the normalised text, the lexicons, which
    characters are quoted, and the text's deadlines (found in one pass)."""

    text: str
    lexicon: Lexicon
    mask: bytearray
    deadlines: Deadlines
    sentences: list[Sentence]
    bare: frozenset[int] = frozenset()  # nodes opened by a label alone on its line (minutes' topics)
    record: bool = False  # the text records a meeting (……主持召开……会议): its part titles are its agenda
    parents: dict[int, int | None] = field(default_factory=dict)  # each numbered unit's parent unit
    inside_until: int = 0  # the text opens inside a part up to here (Structure.inside_until)
    dashes: dict[int, bool] = field(default_factory=dict)  # paragraphs known to open with a dash or not

    def deadline(self, start: int, end: int) -> Span | None:
        return self.deadlines.first(start, end, self.mask)

    def in_part(self, sentence: Sentence) -> bool:
        """Whether the sentence stands in a numbered part that says what it is about (where a bare
        imperative or a figure is a task), or in the part an excerpt opens inside; a topic numbered by a
        label alone on its line says nothing."""
        return (sentence.node is not None and sentence.node not in self.bare) \
            or (sentence.zone == "task" and (sentence.start < self.inside_until or self.dashed(sentence)))

    def dashed(self, sentence: Sentence) -> bool:
        """Whether the sentence stands in a paragraph that a dash opens (`——实施……工程。……`): an item
        of a list of tasks, as a numbered one is."""
        if sentence.para not in self.dashes:  # (once a paragraph: linear in the text)
            self.dashes[sentence.para] = self.text.startswith(DASH_ITEM, self.text.rfind("\n", 0, sentence.start) + 1)
        return self.dashes[sentence.para]

    def target(self, start: int, end: int, deadline: Span | None) -> Span | None:
        """The target in text[start:end], matched where the spaces around figures are closed up
        (`达 95% 以上`), as the text writes it."""
        view = self.deadlines.view
        return view.back(find_target(view.text, view.there(start), view.there(end), self.lexicon,
                                     view.span_there(deadline), view.mask_there(self.mask)))


@dataclass
class Draft:
    """An item being built, with what the later passes need to know about it."""

    item: Item
    sentence: int
    node: int | None
    obliges: bool = False  # a modal verb of obligation asks it (`必须……`, `要抓好……`; not 着力, 确保: adverbs that urge)


#: The opening of a meeting's record: `5月20日，县长……主持召开县政府第49次常务会议，……`.
MEETING_RECORD = re.compile(r"主持召开[^。\n]{0,40}会议")
DASH_ITEM = ("——", "－－", "--")  # a dash opening a paragraph: an item of a list


def _agenda(ctx: Context, sentence: Sentence) -> bool:
    """A part title of a meeting's record: an item of its agenda (`一、审议……`), not a task."""
    return ctx.record and sentence.is_title and len(sentence.path) == 1


def records_meeting(text: str) -> bool:
    """Whether the text opens as the record of a meeting (minutes, a readout), in its first 300
    characters."""
    return MEETING_RECORD.search(text, 0, 300) is not None


def first_of_list_after_lead_in(sentence: Sentence) -> bool:
    """Whether the sentence's label numbers the first item of a list after a lead-in's colon
    (`我们将兴办十件实事：（1）……。`): the sentence is the lead-in's commitment and that item, no
    heading."""
    label = sentence.label
    return label is not None and label.style in SUB_ITEM_STYLES and label.start > sentence.start \
        and any(colon in sentence.text[:label.start - sentence.start] for colon in "：:")


def skipped(sentence: Sentence) -> bool:
    """Past work, problems and the list of attachments are not tasks (a remediation directive among
    problems may be)."""
    return sentence.zone in ("review", "annex") or (sentence.zone == "problem" and not REMEDY.search(sentence.text))


#: What a remediation directive inside a description of problems says: 整改 and the like.
REMEDY = re.compile(r"整改|销号|清零|纠正|解决")
ADDRESS_OPENS = 12  # characters before the reference to the problems: the sentence turns to them, not describes them
#: A sentence that turns to the problems just described to say they will be dealt with.
ADDRESSES_PROBLEMS = re.compile(r"(?:这些问题|上述问题|以上问题|对此|对这些)[^。！!]{0,40}?(?:加以解决|认真解决|切实解决|解决好|着力解决|努力解决|改进|整改)")


def sentence_items(ctx: Context, sentence: Sentence, index: int, tokens: list[Token], begin: int, opens: bool,
                    is_heading: bool) -> Iterable[Draft]:
    """The items of one sentence (none, the sentence, or its `；` parts). `tokens[begin:]` follow
    its label; `opens` when it opens a numbered unit, `is_heading` when that unit has more in it."""
    zone = sentence.zone
    deadline = ctx.deadline(sentence.start, sentence.end)
    whole = analyse(ctx.text, tokens, begin, ctx.lexicon, ctx.mask, deadline)
    cuts = _paired(ctx.text, sentence.start, top_level_semicolons(ctx.text, sentence.start, sentence.end))
    goals = _dated_goals_lead(ctx, sentence)  # (once a sentence: its parts and its rule read it too)
    if whole.past and goals is not None and whole.past_from is not None and whole.past_from >= goals:
        whole.past = False  # 主要目标是：到2030年，……取得重要进展: what is to be reached by then (not
        # ……提出了……的目标：到2018年，……: the lead reports goals set)
    elif whole.past and not REACHED.search(sentence.text) and _dated_goals_after(ctx, sentence, index):
        whole.past, whole.party = False, None  # ……。各级茶园管护水平稳步提升，……取得新进展。: more of
        # the state to reach, its subject what is measured (no party)
    if zone == "problem":  # ……确保6月底前全部整改到位。: a remediation directive among the problems
        if whole.directive and not whole.past and not whole.attitude and deadline is not None and not cuts:
            return [_draft(ctx, sentence, index, sentence.start, sentence.end, whole.kind, whole,
                           "directive.remediation", deadline)]
        addresses = ADDRESSES_PROBLEMS.search(sentence.text)
        if addresses and addresses.start() <= ADDRESS_OPENS and not whole.past:  # 对此，我们将……切实加以解决。
            draft = _draft(ctx, sentence, index, sentence.start, sentence.end, whole.kind, whole,
                           "directive.addresses-problems", deadline)
            draft.item.borderline = True  # (a stock close of a problems paragraph: ../shared marks it so)
            return [draft]
        return []
    if whole.quote and not opens:
        return []
    if is_heading and not sentence.first_in_para and sentence.label is not None \
            and sentence.label.style in SUB_ITEM_STYLES and not _titles_its_item(sentence):
        is_heading = False  # ……。（7）引进……150辆。……: an item numbered inside a paragraph is a task (real gold: all 42)
    if is_heading and _rules_in_parts(ctx, sentence, tokens, begin, cuts):
        is_heading = False  # （五）……X每5年必须……；Y……之前，必须……。: rules in parts, each an item
    if is_heading:
        if zone != "task" or not title_words(sentence) or _is_frame(sentence, ctx.lexicon) \
                or _agenda(ctx, sentence) or ((whole.statement or _reports_done(whole, tokens, begin)) and not whole.directive) \
                or _names_a_topic(ctx, sentence, tokens, begin):  # （一）会议听取了……汇报。 （二）饮用水
            return []
        return [_draft(ctx, sentence, index, sentence.start, sentence.end, "heading", whole, "heading.numbered",
                       deadline)]
    if sentence.is_title and not opens:
        if _heads_series(ctx, sentence, index, whole, tokens, begin):
            draft = _draft(ctx, sentence, index, sentence.start, sentence.end, "heading", whole, "heading.title")
            following = ctx.sentences[index + 1]  # it stands above the series, not in the part before it
            draft.item.path, draft.node = list(following.path[:-1]), ctx.parents.get(following.node)
            return [draft]
        if _heads_paragraph(ctx, sentence, index, whole):  # kept only in a series: `title_lines_in_series`
            return [_draft(ctx, sentence, index, sentence.start, sentence.end, "heading", whole, "heading.title-line")]
        if _assigns_before_list(sentence, whole):
            return [_draft(ctx, sentence, index, sentence.start, sentence.end, whole.kind, whole, _rule(whole),
                           deadline)]
        return []
    if _past_work(ctx, sentence, whole) and not whole.directive and not opens \
            and not _numbered_parts(ctx.text, sentence, cuts) \
            and not (cuts and whole.past_from is not None and whole.past_from > cuts[0]
                     and _result_ahead(ctx.text, whole.past_from, sentence.end)):
        return []  # 去年，全市……达到……；新建……: past work, however many parts it has (not when its only
        # past words, after its first part, name a result to reach: ……开工建设；……水厂二期取得新进展)
    if not whole.directive and len(SOME_DO.findall(sentence.text)) >= 2:
        return []  # 有的……；有的……: what some do, a problem described
    parts = _parts(ctx, sentence, tokens, begin, cuts, goals) if (
        zone != "preamble" or whole.directive or _states_goals(ctx, sentence, index, deadline)) \
        and not _one_statement(ctx, sentence, whole, cuts) else []  # (a figure reported before the parts is no goal)
    if len(parts) > 1:
        drafts = [_draft(ctx, sentence, index, a, b, analysis.kind, analysis, "part.semicolon")
                  for a, b, analysis in parts if not (analysis.quote or (analysis.past and not analysis.directive))]
        _label_parts(ctx.text, drafts)
        _share_subject(ctx, drafts, sentence.start)
        return drafts
    rule = _item_rule(ctx, sentence, index, whole, opens, deadline, tokens, begin, goals)
    if rule is None:
        return []
    if rule == "list.banned":
        return [_draft(ctx, sentence, index, sentence.start, sentence.end, "prohibition", whole, rule, deadline)]
    if whole.party is None and deadline is None and _runs_in(ctx, sentence, index, opens):
        return [_draft(ctx, sentence, index, sentence.start, sentence.end, "heading", whole, "heading.run-in")]
    return [_draft(ctx, sentence, index, sentence.start, sentence.end, whole.kind, whole, rule, deadline)]


def _reports_done(whole: Analysis, tokens: list[Token], begin: int) -> bool:
    """Whether a sentence reports what was done (`……举办了……，效果很好`), not a result to reach
    (`推动……取得新突破`, `……获得感`: past words that set a goal)."""
    return whole.past and any(t.text == DONE for t in tokens[begin:])


def _rules_in_parts(ctx: Context, sentence: Sentence, tokens: list[Token], begin: int, cuts: list[int]) -> bool:
    """Whether a sentence is `；` parts that each say what must be done (a modal in each), not a title."""
    parts = _parts(ctx, sentence, tokens, begin, cuts, None) if cuts else []
    return len(parts) > 1 and all(analysis.directive for _, _, analysis in parts)


def _one_statement(ctx: Context, sentence: Sentence, whole: Analysis, cuts: list[int]) -> bool:
    """A statement whatever its `；` parts (`实践证明，X是……；是……。`, `X，对于……；……，具有重要意义。`): the
    whole asks nothing, a statement frames it in its first clause or its last (not one inside a part:
    `……，理清站所和政事关系；……`), and no lead before a colon opens a list of parts (`……措施包括：……；……`,
    `国务院决定：……；……`, whose statement is the lead's only)."""
    if not cuts or not whole.statement or whole.directive:
        return False
    first = ctx.text[sentence.start:cuts[0]]
    clauses = CLAUSE_SPLIT.split(ctx.text[sentence.start:sentence.end].strip(SPACE + "。！!"))
    return not any(colon in first for colon in "：:") and any(
        ctx.lexicon.search("statement_patterns", clause.strip(SPACE)) for clause in (clauses[0], clauses[-1]))


CLAUSE_SPLIT = re.compile(r"[，,；;]")


RUN_IN_LENGTH = 20
SOME_DO = re.compile(r"(?:^|[；;，,])\s*有的(?!放矢)")


def _runs_in(ctx: Context, sentence: Sentence, index: int, opens: bool) -> bool:
    """A run-in heading (`全力扩大有效投资。` opening a paragraph that details it): a short one-clause
    sentence without a label of its own, first in a paragraph of the tasks that goes on after it (the
    caller checks that it names no party and no time limit: `县水利局要在6月底前……。` is a task)."""
    if opens or sentence.label is not None or not sentence.first_in_para or sentence.zone != "task":
        return False
    following = ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None
    words = sentence.text.strip()
    return (following is not None and following.para == sentence.para and not following.is_attribution
            and _one_short_clause(words) and words.endswith(("。", "！")))


def title_lines_in_series(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """`drafts` with the title lines over paragraphs (`heading.title-line`) that are a part's run-in
    titles: two or more in the same part (`守住一条安全底线` … `织密一张服务网络`), each over a
    paragraph that holds an item. One alone (a part's title whose label a copy lost, `改进站务管理`,
    or a line a copy broke) or over paragraphs of no task (a history's section titles) is none."""
    lines = [d for d in drafts if d.item.rule == "heading.title-line"]
    if not lines:
        return drafts
    with_tasks = {ctx.sentences[d.sentence].para for d in drafts if d.item.rule != "heading.title-line"}
    heading = [d for d in lines if ctx.sentences[d.sentence + 1].para in with_tasks]  # (not a history's titles)
    per_part = Counter(ctx.sentences[d.sentence].node for d in heading)
    kept = {d.sentence for d in heading if per_part[ctx.sentences[d.sentence].node] >= TITLE_LINE_SERIES}
    return [d for d in drafts if d.item.rule != "heading.title-line" or d.sentence in kept]


TITLE_LINE_SERIES = 2  # title lines over paragraphs at least in one part


def parallel_titles(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """`drafts` with the run-in titles a series shows: a sentence shaped as a run-in title (`_runs_in`:
    it opens a paragraph of the tasks that goes on, one short clause), no item by its own words (jieba
    reads some set phrases as names: `廉洁奉公……。`), is a title too when the paragraph before or after
    it in the same part opens with a run-in title of the same length (`美化青禾城区。` beside
    `建强青禾园区。`); not a statement, past work or a sentence with a copula (`发展是……。`)."""
    titles = {d.sentence for d in drafts if d.item.rule == "heading.run-in"}
    taken = {d.sentence for d in drafts}
    firsts = [i for i, s in enumerate(ctx.sentences) if s.first_in_para]
    found = []
    for k, index in enumerate(firsts):
        sentence = ctx.sentences[index]
        words = sentence.text.strip()
        if index in taken or not _runs_in(ctx, sentence, index, False) \
                or any(copula in words for copula in COPULA_CHARACTERS):
            continue
        if not any(n in titles and len(ctx.sentences[n].text.strip()) == len(words)
                   and ctx.sentences[n].path == sentence.path
                   for n in (firsts[j] for j in (k - 1, k + 1) if 0 <= j < len(firsts))):
            continue
        whole = analyse(ctx.text, tokenize(sentence.text, ctx.lexicon, sentence.start), 0, ctx.lexicon, ctx.mask, None)
        if not (whole.statement or whole.past or whole.quote or whole.party is not None):
            found.append(_draft(ctx, sentence, index, sentence.start, sentence.end, "heading", whole, "heading.run-in"))
    return sorted(drafts + found, key=lambda d: d.sentence) if found else drafts


def names_in_lists(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """`drafts` without the titles of a list of names: where most title lines of one series (numbered
    in one style under one parent, at least LIST_OF_NAMES of them, all short) name a thing or a topic
    (`1.科学类（KX）`, `3.建构类（JG）`; `1.资金来源`), a title of the same series that does not open
    with a verb of the lexicon (in its first two words) names one too, whatever jieba reads in it
    (`4.运动类（YD）`: 运动 as a verb used as a noun; `3.执行期限`)."""
    series: dict[tuple[int | None, str], list[int]] = {}
    for index, sentence in enumerate(ctx.sentences):
        if sentence.label is not None and sentence.node is not None and sentence.start == sentence.label.start \
                and sentence.node in ctx.parents:
            series.setdefault((ctx.parents[sentence.node], sentence.label.style), []).append(index)
    dropped: set[int] = set()
    for members in series.values():
        if len(members) < LIST_OF_NAMES or not all(_short_title(ctx, ctx.sentences[i]) for i in members):
            continue
        read = {i: _after_label(ctx, ctx.sentences[i]) for i in members}
        names = sum(1 for i in members if _names_a_thing(ctx, ctx.sentences[i], *read[i])
                    or _names_a_topic(ctx, ctx.sentences[i], *read[i]))
        if 2 * names > len(members):
            dropped.update(i for i in members if not any(opens_with_verb(ctx.text, read[i][0], read[i][1] + k, ctx.lexicon)
                                                         for k in (0, 1)))  # (精心打造……: a word of manner first)
    return [d for d in drafts if d.sentence not in dropped] if dropped else drafts


LIST_OF_NAMES = 3  # title lines at least in a series read as a list of names


def headings_over_nothing(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """`drafts` without the numbered headings that name a thing over nothing to do (`1．合作社重大投资事项。`,
    `3．涉及……方面的问题。` over `主要包括……`): no item in their part nor below it, one clause with a noun
    last and no verb but one that opens it as a 的 phrase's (none that acts: `（三）加强组织领导。` asks for
    an act however little follows it), no marker of a directive."""
    filled: set[int] = set()
    for draft in drafts:
        node = draft.node if draft.item.rule != "heading.numbered" else ctx.parents.get(draft.node)
        while node is not None and node not in filled:
            filled.add(node)
            node = ctx.parents.get(node)
    markers, tags = ctx.lexicon.marker_words, word_tags(ctx.lexicon)

    def names_a_thing(draft: Draft) -> bool:
        """One clause, a noun last, no figure and no verb but one that opens a 的 phrase (not `“联系地址”
        填写……的门牌号码`, `二是体现村情民意。`: they ask; nor `16．镇区新建12座公厕。`: a figure)."""
        tokens, begin = _after_label(ctx, ctx.sentences[draft.sentence])
        words = [t.text for t in tokens[begin:] if t.text.strip() and t.text not in "。；;！!"]
        tail = words[len(words) - words[::-1].index("的"):] if "的" in words else words
        verbs = [k for k, w in enumerate(words) if tags.get(w) == "v"]
        return bool(tail) and not opens_with_verb(ctx.text, tokens, begin, ctx.lexicon) \
            and not CLAUSE_PUNCT.intersection(words) and not any(w in markers for w in words) \
            and tags.get(tail[-1]) in ("n", "vn") and all(k == 0 and "的" in words for k in verbs) \
            and not any(ch.isdigit() for w in words for ch in w)

    return [d for d in drafts if d.item.rule != "heading.numbered" or d.node in filled or not names_a_thing(d)]


def _short_title(ctx: Context, sentence: Sentence) -> bool:
    """A title line of a few words (a note in brackets aside) with no marker of a directive."""
    words = BRACKETED.sub("", title_words(sentence))
    return sentence.is_title and 0 < len(words) <= NAME_LENGTH \
        and not any(marker in words for marker in ctx.lexicon.marker_words)


NAME_LENGTH = 16  # characters at most of a title line that names a thing
BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")


def _after_label(ctx: Context, sentence: Sentence) -> tuple[list[Token], int]:
    """The sentence's tokens and the index of the first word after its label (past spaces and bold marks)."""
    tokens = tokenize(sentence.text, ctx.lexicon, sentence.start)
    end = sentence.label.end if sentence.label is not None else sentence.start
    return tokens, next((k for k, t in enumerate(tokens) if t.start >= end and t.text.strip(" *" + SPACE)), len(tokens))


#: The copulas a run-in title has no character of (`发展是……。`; `directives.COPULAS` adds 有, which
#: opens acts: `有序推进……`).
COPULA_CHARACTERS = ("是", "为")


def _one_short_clause(words: str) -> bool:
    """At most RUN_IN_LENGTH characters and no clause break: what a run-in title can be."""
    return len(words) <= RUN_IN_LENGTH and not any(mark in words for mark in "，,；;：:")


def _titles_its_item(sentence: Sentence) -> bool:
    """Whether a numbered sentence is only its item's title (`（3）改善交通出行。`): short, one clause,
    no figure (not `（7）新增公交车120辆，……`)."""
    words = title_words(sentence)
    return _one_short_clause(words) and not any(ch.isdecimal() for ch in words)


def _attributed(ctx: Context, sentence: Sentence, index: int) -> bool:
    """Whether an attribution follows the sentence in its paragraph (`2.……编制工作（责任处室：……）`):
    work handed to a unit, however it is named."""
    following = ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None
    return following is not None and following.para == sentence.para and following.is_attribution


def _heads_series(ctx: Context, sentence: Sentence, index: int, analysis: Analysis, tokens: list[Token],
                  begin: int) -> bool:
    """An unnumbered title line that says what to do (`大力推进……`) over a numbered series that
    starts on the next line (`1、……`): a chapter heading without a label."""
    following = ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None
    if sentence.label is not None or sentence.zone != "task" or following is None or following.label is None \
            or not following.first_in_para or following.label.value != 1 or leads_in(sentence) \
            or _is_frame(sentence, ctx.lexicon):  # (`今年工作安排` frames what follows)
        return False
    return analysis.imperative or (not analysis.statement and not analysis.past
                                   and acts(ctx.text, ctx.lexicon, sentence, analysis, tokens, begin, None))


def _heads_paragraph(ctx: Context, sentence: Sentence, index: int, analysis: Analysis) -> bool:
    """An unnumbered title line of one short clause that says what to do (`守住一条安全底线`) over the
    paragraph of the tasks after it, in the same part, and not the second line of a title set over
    lines (`弘扬……` / `努力……`): a run-in title set on a line of its own."""
    following = ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None
    before = ctx.sentences[index - 1] if index > 0 else None
    return (sentence.label is None and sentence.zone == "task" and following is not None
            and not (before is not None and before.is_title and before.label is None)
            and following.first_in_para and following.label is None and following.zone == "task"
            and following.node == sentence.node and not following.is_title and not leads_in(sentence)
            and _one_short_clause(title_words(sentence)) and analysis.imperative
            and not (analysis.statement or analysis.past or analysis.quote or analysis.party is not None)
            and not _is_frame(sentence, ctx.lexicon))


#: A sentence quoted whole (`“……。”`): a saying or another speaker's words.
QUOTED_WHOLE = re.compile(r"“[^“”]+”[。！!]?")
#: A question of how or why (`……应当怎样看？`, `为什么要……？`).
ASKS_HOW = re.compile(r"(?:怎样|怎么|如何|为什么|为何)[^。！!；;]*[？?][”’」]*$|吗[？?][！!]?[”’」]*$")

#: What a lead-in's last clause says when it only announces the list under it: `做好以下工作`,
#: `把握三个方面`, `做到“五个坚持”`.
LIST_ANNOUNCED = re.compile(r"(?:以下|下列|[一二三四五六七八九十两几\d]+(?:个|项|条|点|件|类|方面))[^，,；;]*$"
                            r"|“[^”]*[一二三四五六七八九十两\d][^”]*”$")
#: A closing clause that only says the details follow: `，具体安排如下`.
AS_FOLLOWS = re.compile(r"[，,][^，,]*如下$")


def _assigns_before_list(sentence: Sentence, analysis: Analysis) -> bool:
    """A line of its own ending in `：` that names who acts and what they are to do, not only that a
    list follows: `申报单位应按以下顺序，整理申报材料：`, `X负责组织……工作，具体安排如下：` (not
    `各地要重点抓好以下工作：` or `必须做到“五个坚持”：`)."""
    if not leads_in(sentence) or analysis.party is None or not analysis.directive or analysis.past:
        return False
    said = AS_FOLLOWS.sub("", sentence.text.rstrip()[:-1].rstrip())
    return "如下" not in said and not LIST_ANNOUNCED.search(said)


def _label_parts(text: str, drafts: list[Draft]) -> None:
    """`……三件事：一是……；二是……；三是……。`: parts that open with a label of one series (or have it
    right after the `：` or the first `，` of a lead-in: `X要……，一方面……；另一方面……`) get it as the
    last element of their path."""
    labels = []
    for draft in drafts:
        item = draft.item
        colon = max(item.text.rfind("："), item.text.rfind(":"))
        comma = item.text.find("，")
        label = (match_label(text, item.start) or (match_label(text, item.start + colon + 1) if colon >= 0 else None)
                 or (match_label(text, item.start + comma + 1) if comma >= 0 else None))
        labels.append(label)
    if not _one_series([label for label in labels if label is not None]):
        return
    first = labels[0]  # a sentence that opens with the series' first label numbers its unit by it:
    # its parts are that unit's siblings (`（1）……；（2）……；`), not items under it
    siblings = first is not None and first.start == drafts[0].item.start and drafts[0].item.path[-1:] == [first.name]
    for draft, label in zip(drafts, labels):
        if label is not None:
            draft.item.path = draft.item.path[:-1] + [label.name] if siblings else draft.item.path + [label.name]
            draft.item.label = label.name


def _share_subject(ctx: Context, drafts: list[Draft], start: int) -> None:
    """`X要……；……；……。`, `要求X……；……。`: the subject that opens the sentence and its first part's
    directive acts in every later part that names no subject of its own (their party is inherited
    from it). Not the whole audience (我们, 全党: handed down to no item), not a party the first part
    hands its act to (`……，要责成X退还……`), not a subject after an act (`推进……，X要……`: X's own
    clause), nor where a later part opens with a subject the analysis did not name (`Y要……`)."""
    if not drafts or drafts[0].item.start != start or drafts[0].item.party_source != "explicit":
        return
    first, text, lexicon = drafts[0].item, ctx.text, ctx.lexicon
    party = first.party_span
    if party is None or first.party in whole_audience(lexicon):
        return
    lead = text[start:party.start]
    if any(marker in lead for marker in AFTER_PARTY_MARKERS):
        return
    asked = lead.endswith(ASKS)
    if not asked and (_acts_first(lead, lexicon) or not _modal_within(text, party.end, first.end, lexicon)):
        return
    for draft in drafts[1:]:
        item = draft.item
        if item.party is None and not _own_subject(text, item.start, item.end, lexicon):
            item.party, item.party_span, item.party_source = first.party, party, "inherited"


SUBJECT_TO_MODAL = 4  # characters between a subject and its modal (`所有企业都要`, `各部门也一定要`)


def _modal_within(text: str, at: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a modal or a word of commitment stands within a few characters after `at`."""
    clause = _first_clause(text[at:min(end, at + SUBJECT_TO_MODAL + 2)])
    modals = _modals(lexicon)
    return any(token.text in modals for token in tokenize(clause, lexicon))


def _own_subject(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a part's first clause has words before its modal that are no adverbial or label:
    a subject of its own, named or not (`乙区要……`; not `要……`, `同时要……`, `三是要……`)."""
    label = match_label(text, start)
    opening = label.end if label is not None else start
    tokens = tokenize(_first_clause(text[opening:end]), lexicon)
    modals, adverbials = _modals(lexicon), lexicon.set("leading_adverbials")
    modal = next((k for k, token in enumerate(tokens) if token.text in modals), None)
    return modal is not None and any(token.text not in adverbials for token in tokens[:modal])


CLAUSE_OR_LIST_END = re.compile(r"[，,；;。：:]")


def _first_clause(words: str) -> str:
    """`words` up to their first clause break, colon or end mark."""
    return CLAUSE_OR_LIST_END.split(words, maxsplit=1)[0]


def _modals(lexicon: Lexicon) -> frozenset[str]:
    """The modals and the words of commitment (`要`, `必须`, `将`)."""
    return lexicon.set("modals") | lexicon.set("commitments")


def _acts_first(lead: str, lexicon: Lexicon) -> bool:
    """Whether a clause before the subject says what to do (`推进……，X要……`), rather than when or in
    whose voice it is said (`今年，`, `会议强调，`)."""
    clauses = [c for c in re.split(r"[，,]", lead) if c.strip()]
    return any(opens_with_verb(c, tokens, 0, lexicon) for c in clauses
               for tokens in [tokenize(c, lexicon)] if tokens)


def _rule(analysis: Analysis) -> str:
    """The rule id of a sentence (or part) that its analysis makes an item: its first directive
    marker (`directive.modal`, `directive.prohibition`, `directive.commitment`, `directive.resolve`),
    an imperative opening, else a named subject."""
    if analysis.markers:
        return f"directive.{analysis.markers[0].kind}"
    return "imperative.opening" if analysis.imperative else "subject.party"


def _reports_after_marker(ctx: Context, analysis: Analysis, tokens: list[Token]) -> bool:
    """Whether the first past word is the aspect of an act done and follows the first directive
    marker (`……，坚决贯彻……，圆满完成……，锻炼了队伍`): in a speech's opening, an account of the year's
    work, not a directive (not `力争……取得……`, a result to reach, nor `看准了的问题`, a description)."""
    at = analysis.past_from
    return at is not None and at > tokens[analysis.markers[0].token].start \
        and ctx.text.startswith(DONE, at) and not ctx.text.startswith("的", at + 1)


def _past_work(ctx: Context, sentence: Sentence, analysis: Analysis) -> bool:
    """Whether the sentence reports work done: past words, unless inside a numbered part they only say
    what the work is to bring about (`……，使农民……获得更多收益`: `Analysis.achieves`)."""
    return analysis.past and not (analysis.achieves and ctx.in_part(sentence))


def _item_rule(ctx: Context, sentence: Sentence, index: int, analysis: Analysis, opens: bool,
               deadline: Span | None, tokens: list[Token], begin: int, goals: int | None) -> str | None:
    """The rule that makes the sentence an item (see `RULES`), or None when it is not one; `goals` is
    where its goals open after a lead that names them (`_dated_goals_lead`)."""
    if sentence.zone in ("preamble", "closing"):
        if analysis.directive and not analysis.statement and not _reports_after_marker(ctx, analysis, tokens):
            return _rule(analysis)
        return "target.goals" if not analysis.attitude and _states_goals(ctx, sentence, index, deadline) \
            else None  # before the first part (not `要着重说明，定下……6%的目标，……`: the speaker explains a goal)
    if opens and _banned_in_list(ctx, index):
        return "list.banned"
    if opens:  # a numbered sentence, unless it frames, names a thing (not one it sets a figure for:
        # `（2）办理法律援助案件3200件。`), describes a problem (一是……不够多)
        # or only states (首先，我代表……向全镇干部群众拜年)
        if _is_frame(sentence, ctx.lexicon) or _agenda(ctx, sentence) or _names_a_topic(ctx, sentence, tokens, begin) \
                or (_names_a_thing(ctx, sentence, tokens, begin) and not _party_acts(ctx, analysis, tokens)
                    and not _attributed(ctx, sentence, index)
                    and not _sets_a_figure(ctx, sentence, deadline)) \
                or not analysis.directive and (
                analysis.statement or describes_problem(sentence.text, ctx.lexicon)):
            return None
        if not (analysis.directive or analysis.imperative or _label_asks(sentence)) \
                and _qualifies(ctx.text, tokens, begin):
            return None
        return "numbered.item"
    if QUOTED_WHOLE.fullmatch(sentence.text.strip()):
        return None  # “人无信不立。”: a saying or another speaker's words, quoted whole
    if one_bracket(sentence.text.strip().rstrip("。；;")):
        return None  # （0.5分）, （略）: a note in brackets between sentences, no sentence of its own
    if ASKS_HOW.search(sentence.text.strip()):
        return None  # 应当怎样看待……？, 难道还要等上级来催吗？: a question, whatever its modal
    if analysis.directive:
        if act_as_subject(tokens, begin, [marker.token for marker in analysis.markers]):
            return None  # 坚决反对……，是……的立场: what the act is
        if all(marker.token > 0 and tokens[marker.token - 1].text in STILL for marker in analysis.markers) \
                and describes_problem(sentence.text, ctx.lexicon):
            return None  # ……短板还很明显，……还需加快……: what is still lacking, a problem described
        return _rule(analysis)
    if goals is not None and not analysis.past:
        return "target.goals"  # 主要目标是：到2030年，……取得重要进展: goals, whatever their words of result
    due = SETS_DUE.search(sentence.text)
    if due and deadline is not None and deadline.start == sentence.start + due.end() and not analysis.past:
        return "deadline.due"  # 申报截止时间为……: when the work is due
    if analysis.statement:
        return None
    if _past_work(ctx, sentence, analysis) or sentence.text.rstrip("”’」！!").endswith(("？", "?")):
        return None  # past work; a question (发展靠什么？, 这还像话吗？！) asks for no action by itself
    if analysis.imperative and (defines(tokens, begin) or judges(ctx.text, tokens, begin, ctx.lexicon)
                                or lacks(tokens, begin)):
        return None  # 提升服务水平就是……, ……，建设……是重要内容, 实践没有止境: what something is, not what to do
    if (analysis.imperative or analysis.party is not None) and foretells(ctx.text, tokens, begin):
        return None  # 打造……，也将开辟……, 我们……越大，……必将更加丰厚: what something will bring
    if analysis.imperative or (analysis.party is not None and not analysis.attitude
                               and not has_or_is(tokens, analysis.party, ctx.lexicon)
                               and not comments(tokens, begin)):
        return _rule(analysis)
    if ctx.in_part(sentence) and acts(ctx.text, ctx.lexicon, sentence, analysis, tokens, begin, deadline) \
            and not _answers(ctx, index):
        return "imperative.task-part"
    # a bare figure (地区生产总值增长5.6%) is a target inside a numbered part of the text, or after a
    # lead-in that names the goals (主要预期目标是：……)
    if ctx.in_part(sentence) and ctx.target(sentence.start, sentence.end, deadline) is not None:
        return "target.numbered"
    return "target.goals" if _states_goals(ctx, sentence, index, deadline) else None


STILL = frozenset(("还", "仍", "尚", "仍然", "依然"))  # before a modal in a problem: what is still lacking
#: A time limit named, right before its date (`申报截止时间为`, `报送截止日期：`).
SETS_DUE = re.compile(r"截止[时日][间期](?:分别)?[为是：:]")
#: How many sentences back the list of goals may stand (so each sentence looks at a few, not its paragraph).
GOALS_REACH = 12
#: How far after a goals lead-in's colon its date may open (`目标是：到2030年`, `目标是：力争到2030年`).
DATE_AFTER_LEAD = 2
#: A metric set as a task to fulfil: `完成省定任务`, `完成省下达的目标任务`.
GOAL_FULFILLED = re.compile(r"完成[^，,。；;]{0,8}(?:任务|目标)[。；;]?$")


def _dated_goals_lead(ctx: Context, sentence: Sentence) -> int | None:
    """Where the goals open after a lead that names them, when a date opens them (`主要目标是：到2030年，
    ……`) or none of them says it was reached (no `了` or `已`: `主要目标是：……取得明显成效，……`): their
    past words (`取得重要进展`) say what is to be reached; else None."""
    named = GOALS_LEAD.search(sentence.text)
    if named is None:
        return None
    after = sentence.start + named.end()
    if not ctx.text[after:sentence.end].strip(" \u3000*"):
        return None  # `……的目标任务是：` alone: a lead-in, its goals in the sentences after it
    return after if _dated_lead(ctx, sentence) or not REACHED.search(ctx.text, after, sentence.end) else None


def _states_goals(ctx: Context, sentence: Sentence, index: int, deadline: Span | None) -> bool:
    """Quantitative targets after a lead-in that names the goals (`主要预期目标是：……`), or goals
    dated right after it (`主要目标是：到2030年，……基本建立`), or a sentence after such a list in its
    paragraph that sets one more metric, with a figure or as a task to fulfil (`粮食产量稳定在…万吨以上。`,
    `单位能耗下降率完成市定任务。`)."""
    named = GOALS_LEAD.search(sentence.text)
    if named:
        dated = deadline is not None and 0 <= deadline.start - (sentence.start + named.end()) <= DATE_AFTER_LEAD
        return dated or ctx.target(sentence.start, sentence.end, deadline) is not None
    lead = _goals_lead_before(ctx, sentence, index)
    if lead is None:
        return False
    if _dated_lead(ctx, lead):  # 主要目标是：到2027年，……。X持续提升，Y初步形成。: the state to reach by then
        return not REACHED.search(sentence.text)
    if ctx.target(lead.start, lead.end, None) is None:
        return False
    return ctx.target(sentence.start, sentence.end, deadline) is not None or bool(GOAL_FULFILLED.search(sentence.text))


def _goals_lead_before(ctx: Context, sentence: Sentence, index: int) -> Sentence | None:
    """The lead-in naming the goals (`主要预期目标是：……`) earlier in the sentence's paragraph, up to
    GOALS_REACH sentences back, or None."""
    lead = next((ctx.sentences[j] for j in range(index - 1, max(0, index - GOALS_REACH) - 1, -1)
                 if ctx.sentences[j].para != sentence.para or GOALS_LEAD.search(ctx.sentences[j].text)), None)
    return lead if lead is not None and lead.para == sentence.para else None


def _dated_goals_after(ctx: Context, sentence: Sentence, index: int) -> bool:
    """Whether the sentence follows, in its paragraph, a lead-in that names the goals and dates them."""
    lead = _goals_lead_before(ctx, sentence, index)
    return lead is not None and _dated_lead(ctx, lead)


def _dated_lead(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence names the goals and dates them right after (`主要目标是：到2027年，……`), or
    names them as a coming period's (`“十五五”时期全县的奋斗目标是：……`)."""
    named = GOALS_LEAD.search(sentence.text)
    if named is None:
        return False
    if re.search(PLAN_PERIOD, sentence.text[:named.start()]):
        return True
    deadline = ctx.deadline(sentence.start + named.end(), sentence.end)
    return deadline is not None and 0 <= deadline.start - (sentence.start + named.end()) <= DATE_AFTER_LEAD


#: What each rule id in an item's `rule` means.
RULES = {
    "directive.modal": "a directive marker (要, 必须, 确保, 请 …) or an assignment (X负责)",
    "directive.prohibition": "a prohibition marker (严禁, 不得 …)",
    "directive.resolve": "an idiom of resolve (决不姑息 …)",
    "directive.commitment": "the speaker's organisation with 将 (我们将 …)",
    "directive.remediation": "a directive with a time limit to put right problems described around it",
    "directive.addresses-problems": "a problems paragraph's close saying the problems will be dealt with (borderline)",
    "imperative.opening": "opens with a listed verb, a time limit or a framing clause and a verb",
    "imperative.task-part": "inside a numbered part: no subject before its verb, nothing that describes",
    "subject.party": "a named responsible party opens the sentence (局党组每季度 …)",
    "numbered.item": "a numbered sentence that neither frames nor describes a problem",
    "list.banned": "an item of a list of acts a lead-in bans (不得有下列行为：（一）……)",
    "target.numbered": "a quantitative target inside a numbered part (地区生产总值增长5%)",
    "target.goals": "quantitative targets after a lead-in that names the goals (主要预期目标是：……)",
    "heading.numbered": "the numbered heading of a part with items under it",
    "heading.title": "an unnumbered title line that says what to do over a series numbered from 1 under it",
    "heading.run-in": "a short directive opening a paragraph that goes on (全力扩大有效投资。)",
    "heading.title-line": "one of two or more unnumbered title lines of a part that say what to do over the paragraph"
                          " under each (守住一条安全底线)",
    "deadline.due": "a sentence that names the date by which the work is due (……截止时间为……)",
    "part.semicolon": "a `；` part of a sentence whose parts are separately actionable",
    "table.row": "a row of a Word task table",
}


#: A lead-in that bans the acts listed after it (`……不得有下列行为：`, `严禁以下行为：`).
BANS_LIST = re.compile(r"(?:不得|严禁|禁止|不准|不许)[^：:。；;]{0,12}(?:下列|以下|如下)[^：:。；;]{0,8}(?:行为|活动|做法)[：:]")


def _banned_in_list(ctx: Context, index: int) -> bool:
    """Whether a numbered sentence is an item of a list whose lead-in bans the acts listed: each
    item names an act banned, whatever its words."""
    lead = list_lead_in(ctx.sentences, ctx.parents, index)
    return lead is not None and BANS_LIST.search(lead.text) is not None


def _sets_a_figure(ctx: Context, sentence: Sentence, deadline: Span | None) -> bool:
    """Whether a numbered line sets a figure to reach (`办理法律援助案件3200件`), not the copies of a
    material to hand in (`一式3份`)."""
    return ctx.target(sentence.start, sentence.end, deadline) is not None \
        and COPIES.search(sentence.text.rstrip("。；;，, ")) is None


def _names_a_thing(ctx: Context, sentence: Sentence, tokens: list[Token], begin: int) -> bool:
    """A numbered line with nothing under it that names a thing or people (`1.科学类（KX）`, `2.参评
    作品汇总表`, `（一）各部门正、副主任；`): no verb at all, or, on a short title line, not even a
    verb used as a noun (`4.运动类`); or one clause that opens and ends with a noun (`（1）项目
    申请表（附件2）。`, `（2）可行性研究报告一式3份。`: a material to hand in)."""
    tags, markers = word_tags(ctx.lexicon), ctx.lexicon.marker_words
    nouns_only = sentence.is_title and len(title_words(sentence)) <= 16
    if not _has_verb(ctx, tokens[begin:], verbal_nouns=nouns_only):
        return not any(t.text in markers for t in tokens[begin:])  # (not `首先，要统一思想`: a modal asks)
    body = ctx.text[tokens[begin].start:tokens[-1].end] if begin < len(tokens) else ""
    counted = COPIES.search(body.rstrip("。；;，, ")) is not None
    if TITLES_ONLY.fullmatch(body) or (counted and not any(t.text in markers for t in tokens[begin:])
                                       and not opens_with_verb(ctx.text, tokens, begin, ctx.lexicon)):
        return True  # 《……申请表》（附件3）或《……》（附件4）。, ……可行性说明一式5份。: documents to hand in
    words = [t.text for t in tokens[begin:_before_references(ctx.text, tokens, begin)] if t.text not in "《》“”"]
    while words and words[-1] in "。；;":
        words.pop()
    # (a leading adverbial is no head noun: `11.高水平建设……中心。` opens with its verb)
    head = words[1] if len(words) > 1 and words[0] in ctx.lexicon.set("leading_adverbials") else words[0] if words else ""
    return bool(words) and not CLAUSE_PUNCT.intersection(words) \
        and (tags.get(words[0]) in NOUN_LIKE or words[0].endswith(LEVEL)) and tags.get(words[-1]) == "n" \
        and not opens_predicate(head, ctx.lexicon) and not any(w in markers for w in words)


def _party_acts(ctx: Context, analysis: Analysis, tokens: list[Token]) -> bool:
    """Whether a verb comes right after the sentence's party (`（一）各村召开村民大会。`: who does
    what; not `（一）各科室主任、副主任，……干事。`, which names people)."""
    party = analysis.party
    after = next((t for t in tokens if t.start >= party.end and t.text.strip()), None) if party is not None else None
    return after is not None and _has_verb(ctx, [after])


LEVEL = "级"  # the ending of a word that says at which level a thing stands (`省级`, `国家级`)
TOPIC_TITLE = 10  # characters at most of a title that only names its topic
TREND = "化"  # the ending of a word that names a trend (优质化, 均衡化)


def _names_a_topic(ctx: Context, sentence: Sentence, tokens: list[Token], begin: int) -> bool:
    """A heading on a line of its own that only names its topic, a short noun phrase (`（一）畜禽养殖
    环节`, `（二）饮用水`): it opens and ends with a noun and holds no verb (a verb used as a noun
    may stand inside: `生产`); or it names a step by what is done to a noun before it (`（一）资格
    审查`, `（三）专家评审`, `五、总结表彰`: a noun, then the verb closing the title; not `加强……`,
    which opens with its verb); or a thing of something (`_of_a_thing`); or it asks a question to
    discuss (`1、如何留住骨干人员`). Structure, not an item; its label stays in the paths under it."""
    if _label_asks(sentence):
        return False
    tags, markers = word_tags(ctx.lexicon), ctx.lexicon.marker_words
    words = [t.text for t in tokens[begin:] if t.text.strip() and t.text != "*"]  # (`*`: a copy's bold marks)
    if not sentence.is_title:  # 一是优质化。……: an ordinal and one word naming a trend, a topic
        body = [w for w in words if w not in "。；;！!"]
        return sentence.label is not None and sentence.label.style in SERIES_STYLES and len(body) == 1 \
            and body[0].endswith(TREND)  # (not 二是依法行政。, an act jieba tags as a noun too)
    if not words or any(w in markers for w in words):
        return False
    if _names_categories(words):
        return True  # （一）研发类, （二）技能类、服务类
    if CLAUSE_PUNCT.intersection(words):
        return False
    verbs = ctx.lexicon.set("imperative_verbs")
    opens_acting = any(verb in words[0] for verb in verbs)  # (`继续加强`, which jieba tags as a noun)
    if _of_a_thing(words, tags, opens_acting or words[0] in ctx.lexicon.set("leading_adverbials")) \
            or any(w in QUESTION_WORDS for w in words):
        return True  # 三、服务体系的调整; 1、如何留住骨干人员
    if tags.get(words[0]) == "n" and tags.get(words[-1]) in ("v", "vn") and not opens_acting \
            and all(tags.get(w) == "n" for w in words[:-1]):
        return True  # 资格审查, 网络初评 (not `继续加强……建设`)
    return len("".join(words)) <= TOPIC_TITLE and tags.get(words[0]) in NOUN_LIKE and tags.get(words[-1]) == "n" \
        and not _glued(words[0], verbs) and not any(tags.get(w) == "v" or w in verbs for w in words)


def _glued(word: str, verbs: frozenset[str]) -> bool:
    """Whether a word is two of the lexicon's verbs written together (`大力发展`, `全面提高`, which
    the segmenter reads as one name): an act, not a topic (`监督管理`, `组织协调` hold only one)."""
    return any(word[:k] in verbs and word[k:] in verbs for k in range(1, len(word)))


CATEGORY = "类"  # the word that closes the name of a kind (`创业类`, `社会事业类`)
CATEGORY_NAME = 8  # characters at most of one kind's name


def _names_categories(words: list[str]) -> bool:
    """A title that names one kind or a list of kinds (`创业类`, `技能类、服务类`): each
    piece between 、 short and closed by 类."""
    pieces = "".join(w for w in words if w not in "。；;").split("、")
    return all(piece.endswith(CATEGORY) and 1 < len(piece) <= CATEGORY_NAME for piece in pieces)


def _of_a_thing(words: list[str], tags: dict[str, str], opens_acting: bool) -> bool:
    """A title that names a thing of something (`服务体系的调整`, `2026年的重点工作`): no verb
    in it (`精心打造……的社区服务` acts), nor an opening word that acts (`opens_acting`: one that
    holds a verb of the lexicon, or a leading adverbial), and a noun after its last 的."""
    if "的" not in words or opens_acting or any(tags.get(w) == "v" for w in words):
        return False
    tail = words[len(words) - words[::-1].index("的"):]
    return bool(tail) and tags.get(tail[-1]) in ("n", "vn")


def _label_asks(sentence: Sentence) -> bool:
    """Whether the sentence's label itself asks for action (`一要`, `第二要`)."""
    return sentence.label is not None and "要" in sentence.label.text


def _qualifies(text: str, tokens: list[Token], begin: int) -> bool:
    """Every clause ends with `的` and at most a short noun: a member of a list of things or cases
    (`（2）……有抵触的作品。`, `（一）逾期未报的；`), not an action. The caller makes sure the
    sentence neither directs nor opens with a verb of action (`二是办好人民满意的教育。`)."""
    end = _before_references(text, tokens, begin)
    if end <= begin:
        return False
    body = text[tokens[begin].start:tokens[end - 1].end]
    return all(QUALIFIED.search(clause) for clause in CLAUSE_SPLIT.split(body))


QUALIFIED = re.compile(r"的[\u4e00-\u9fff]{0,4}$")
TITLES_ONLY = re.compile(r"(?:《[^《》]+》(?:[（(][^（）()]*[）)])?[或和及、，,]?)+[。；;]?")
COPIES = re.compile(r"一式[^，,。；;]{1,3}份$")


def _before_references(text: str, tokens: list[Token], begin: int) -> int:
    """Index of the first token of what closes the sentence in `tokens[begin:]`: attachment
    references `（附件2）`, the number of copies `一式9份` and end marks, walked back from its end."""
    if begin >= len(tokens):
        return begin
    start, cut = tokens[begin].start, tokens[-1].end
    while cut > start:
        if text[cut - 1] in "。；;，, \u3000":
            cut -= 1
        elif text[cut - 1] in "）)":
            opening = max(text.rfind("（", start, cut - 1), text.rfind("(", start, cut - 1))
            if opening < 0:
                break
            cut = opening
        elif (copies := COPIES.search(text, max(start, cut - 8), cut)) is not None:
            cut = copies.start()
        else:
            break
    return next((i for i in range(begin, len(tokens)) if tokens[i].start >= cut), len(tokens))


def _answers(ctx: Context, index: int) -> bool:
    """`发展靠什么？靠项目。`: the sentence after a question in its paragraph answers it."""
    if index == 0:
        return False
    previous, sentence = ctx.sentences[index - 1], ctx.sentences[index]
    return previous.para == sentence.para and previous.text.rstrip("”’」").endswith(("？", "?"))


def _is_frame(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A title that only frames: `二、重点任务`, `2025年工作安排`, a topic title `一、关于……工作`."""
    if _label_asks(sentence):
        return False  # 一要组织领导。: the label asks for it
    words = title_words(sentence)
    words = re.sub(r"^(?:19|20)\d\d年", "", words)
    if words in lexicon.set("frame_titles"):
        return True
    acts = words.startswith(lexicon.multi_char_verbs + tuple(lexicon.set("imperative_verbs")))
    if sentence.is_title and words.endswith(lexicon.words("frame_titles")) and not acts \
            and not TITLE_MODAL.search(words):
        return True  # 二、“十五”时期目标任务和2026年重点工作: what the part holds, named (not
        # 五、抓好村务重点工作, which asks for it)
    if words.startswith("关于") and (sentence.is_title or (sentence.label is not None and "，" not in words)):
        return True  # 一、关于春耕生产。会议明确，……: the topic of a minutes item, on its first line
    if sentence.is_title and SAYS_OF.search(words):
        return True  # 三、进一步加强……工作的建议: what the speaker puts forward about the work, a frame
    # 整治目标, 考核范围和内容, 2025年教育工作的总体要求和主要目标 (not 加快推进重点任务); a short
    # labelled run-in title too (`（一）申报范围。本次……`), not a directive (`（七）坚决落实整改措施。`)
    if not words.endswith(lexicon.words("frame_endings")):
        return False
    if sentence.is_title:  # (not `（三）施工企业要落实……各项要求`: a directive to a unit)
        return (len(words) <= 8 or not acts) and not TITLE_MODAL.search(words)
    return sentence.label is not None and len(SLOGAN.sub("", words)) <= RUN_IN_FRAME and not acts \
        and not TITLE_MODAL.search(words) \
        and not any(marker in words for marker in lexicon.marker_words if marker != MODAL_YAO)  # (主要职责: no 要)


RUN_IN_FRAME = 6
SLOGAN = re.compile(r"“[^“”，,。]{1,12}”")  # a slogan's name counts for no words of a frame (`2、“两个提升”的发展目标。`)
MODAL_YAO = "要"  # a modal only where TITLE_MODAL reads one (not the 要 of 主要, 重要)
#: A title whose head is what the speaker puts forward (`……工作的建议`, `……的几点意见`): a noun phrase
#: however its modifier opens.
SAYS_OF = re.compile(r"的(?:几点|主要|初步|一些)?(?:建议|意见|设想|考虑|思考|体会)$")
#: A modal in a title (`要`, not the 要 of 要求, 重要, 主要, 需要, 要点, 要素).
TITLE_MODAL = re.compile(r"(?<![重主需只想纪])要(?![求点素务闻件])|必须|应当|务必")


def _has_verb(ctx: Context, tokens: list[Token], verbal_nouns: bool = True) -> bool:
    """Whether any of `tokens` is a verb, or (when `verbal_nouns`) a verb used as a noun
    (`救助工作`), by jieba's tags or the lists of verbs and markers: a part that is only a name
    (`二是家庭农场；`) has none."""
    tags, verbs = word_tags(ctx.lexicon), ctx.lexicon.set("imperative_verbs")
    kinds = ("v", "vn") if verbal_nouns else ("v",)
    return any(tags.get(t.text) in kinds or t.text in verbs or t.text in ctx.lexicon.marker_words for t in tokens)


def _part_label(text: str, start: int, end: int) -> Label | None:
    """The label opening the `；` part text[start:end] (after its spaces), if any."""
    part = text[start:end]
    return match_label(text, start + len(part) - len(part.lstrip()))


#: `既` opening the first half of a pair (not 既定, 既往, 既然, 既有: a word of its own), and `又` the second.
BOTH = re.compile(r"既(?![定往然有])")
AND_ALSO = re.compile(r"\s*又")


def _paired(text: str, start: int, cuts: list[int]) -> list[int]:
    """Where a sentence's `；` parts meet (`cuts`, after each `；`), less the `；` inside a `既……；又……`
    pair: its halves elaborate one directive and stay one item."""
    kept, opening = [], start
    for cut in cuts:
        if not (BOTH.search(text, opening, cut) and AND_ALSO.match(text, cut)):
            kept.append(cut)
        opening = cut
    return kept


def _numbered_parts(text: str, sentence: Sentence, cuts: list[int]) -> bool:
    """Whether the sentence's `；` parts (between its `cuts`) open with labels of one series (`一是……；
    二是……`): each is read on its own, so a past word in one (`……并取得实效`) does not make the sentence
    past work."""
    bounds = [sentence.start] + cuts + [sentence.end]
    return _one_series([label for a, b in zip(bounds, bounds[1:]) if (label := _part_label(text, a, b)) is not None])


def _one_series(labels: list[Label]) -> bool:
    """Whether two or more labels count on in one style (`一是`, `二是`, `三是`)."""
    return len(labels) >= 2 and len({label.style for label in labels}) == 1 \
        and [label.value for label in labels] == list(range(labels[0].value, labels[0].value + len(labels)))


PART_LOOKBACK = 8  # tokens before a `；` part that its analysis may look back on


def _parts(ctx: Context, sentence: Sentence, tokens: list[Token], begin: int, cuts: list[int],
           goals: int | None) -> list[tuple[int, int, Analysis]]:
    """The `；` parts of a sentence (between its `cuts`) with their analyses, when two or more of them
    are actionable; a numbered part that only names someone or something (one clause, no verb) is left out.
    `goals` is where the sentence's goals open after their lead (`_dated_goals_lead`), or None."""
    if not cuts:
        return []
    bounds = [sentence.start] + cuts + [sentence.end]
    parts = []
    starts = [t.start for t in tokens]
    for a, b in zip(bounds, bounds[1:]):
        label = _part_label(ctx.text, a, b)
        opening = label.end if label is not None else a  # (`一是……；二是……`: read after the label)
        first = max(bisect_left(starts, opening), begin) if begin < len(tokens) else len(tokens)
        last = bisect_left(starts, b)
        lo = max(0, first - PART_LOOKBACK)  # (each part reads its own tokens: a sentence of 10,000 `；`
        part_tokens, first = tokens[lo:last], first - lo  # parts stays linear)
        deadline = ctx.deadline(a, b)
        analysis = analyse(ctx.text, part_tokens, first, ctx.lexicon, ctx.mask, deadline)
        dated_goal = goals is not None and b > goals and (  # a goal with its own date, or one not reached
            (deadline is not None and 0 <= deadline.start - max(opening, goals) <= DATE_AFTER_LEAD)
            or not REACHED.search(ctx.text, max(a, goals), b))
        if dated_goal and analysis.past_from is not None and analysis.past_from >= goals:
            analysis.past = False  # 主要目标是：到2030年，……取得重要进展；到2035年，……: a goal dated ahead
        actionable = dated_goal or analysis.directive or (not analysis.past and not analysis.statement and (
            analysis.imperative or ctx.target(a, b, deadline) is not None
            or (ctx.in_part(sentence) and acts(ctx.text, ctx.lexicon, sentence, analysis, part_tokens, first, deadline)
                and (label is None or _has_verb(ctx, part_tokens[first:])))))  # (not `二是家庭农场；`)
        named = label is not None and not actionable and not _has_verb(ctx, part_tokens[first:]) \
            and not any(t.text in "，," for t in part_tokens[first:])
        parts.append((a, b, analysis, actionable, named))
    if any(actionable and not analysis.past for _, _, analysis, actionable, _ in parts):
        for k, (a, b, analysis, actionable, named) in enumerate(parts):
            if not actionable and analysis.past and analysis.past_from is not None \
                    and _result_ahead(ctx.text, analysis.past_from, b):
                analysis.past = False  # ……开工建设；……水厂二期取得新进展: beside plans, a result to reach
                parts[k] = (a, b, analysis, True, named)
    if sum(p[3] for p in parts) < 2:
        return []
    return [(a, b, analysis) for a, b, analysis, _, named in parts if not named]  # (not `②……项目主持人；`: a name in a list)


#: A result named as reached (`取得明显进展`, `取得新突破`).
RESULT_REACHED = re.compile(r"取得[^，,；;。]{0,8}?(?:进展|突破|成效|成果)")
#: Words that say a goal was reached already (`……实现了……`, `已……`); after a result named, 过 too
#: (`取得过……`; not in a goal, where 超过 and 通过 are common).
REACHED = re.compile(r"了|已")
DONE_AFTER = re.compile(rf"{REACHED.pattern}|过")


def _result_ahead(text: str, at: int, end: int) -> bool:
    """Whether the past word at `at` names a result to reach and no word up to `end` says it was
    reached (`……水厂二期取得新进展；` beside plans, not `……取得了新进展`)."""
    return RESULT_REACHED.match(text, at) is not None and not DONE_AFTER.search(text, at, end)


CONTACT = re.compile(r"[（(](?:联系人|联系电话|咨询电话|联系方式)[：:][^（）()]*[）)][。；;]?\s*$")


def _draft(ctx: Context, sentence: Sentence, index: int, start: int, end: int, kind: str, analysis: Analysis,
           rule: str, deadline: Span | None = None) -> Draft:
    """An item for text[start:end]; `deadline` is the sentence's when the item is the whole sentence."""
    text = ctx.text
    while start < end and text[start] in " \u3000\t":
        start += 1
    contact = CONTACT.search(text, start, end)
    if contact is not None and contact.start() > start:
        end = contact.start()  # ……报送工作总结（联系人：……；电话：……）: who to call is no part of the task
    if (start, end) != (sentence.start, sentence.end):
        deadline = ctx.deadline(start, end)
    party = analysis.party if analysis.party and start <= analysis.party.start < end else None
    if party is not None and deadline is not None and deadline.start <= party.start < party.end < deadline.end:
        deadline = Span(text[party.end:deadline.end], party.end, deadline.end)  # 学员|培训期间
    target = None
    if kind != "heading":  # ……5000公里（牵头单位：X）。: the target ends before who leads
        words_end = start + len(text[start:end].rstrip("。；;，, " + SPACE))
        attributed_at = closing_attribution(text, start, words_end, ctx.lexicon.party_heads)
        target = ctx.target(start, end if attributed_at is None else attributed_at, deadline)
    if target is not None and sentence.label is not None and target.start < sentence.label.end < target.end:
        target = Span(text[sentence.label.end:target.end], sentence.label.end, target.end)  # 四是|时长不超过10分钟
    if target is not None and party is not None and target.start <= party.start and party.end < target.end \
            and not text[target.start:party.start].strip() and not COUNTED.match(text, party.end):
        target = Span(text[party.end:target.end], party.end, target.end)  # 省财政|安排资金10亿元: who puts it up is no part of it
    deadline = ctx.deadlines.through(deadline, end, ctx.mask)
    item = Item(
        id="", kind=kind, text=text[start:end], start=start, end=end, path=list(sentence.path),
        zone=sentence.zone, label=sentence.label.name if sentence.label and start == sentence.start else None,
        party=party.text if party else None, party_source="explicit" if party else None, party_span=party,
        deadline=deadline.text if deadline else None, deadline_span=deadline,
        target=target.text if target else None, target_span=target, rule=rule,
    )
    item.borderline = sentence.zone in ("preamble", "closing") or (kind == "heading" and len(sentence.path) == 1)
    return Draft(item, index, sentence.node,
                 any(marker.kind == "modal" and marker.text[-1] in OBLIGING for marker in analysis.markers))


#: What follows a name that is the set its figure counts (`龙头企业要发展到1500个`, `参会人员不得超过150人`):
#: the name belongs to the target, unlike a unit's that puts up a sum (`省财政安排……`).
COUNTED = re.compile(r"(?:要|应|应当|须|必须|力争|都要|均要|都|均|不得)?(?:" + "|".join(sorted(REACHES, key=len, reverse=True)) + ")")
OBLIGING = "要须应当该需必"  # how a modal verb of obligation ends: 要, 必须, 应当, 应该, 需, 务必
