"""The structure of a speech: the hierarchy of its numbering labels (each read by
`speechmine.analysis.labels`) over its sentences (`speechmine.analysis.sentences`), and the zones
they stand in (`speechmine.analysis.zones`).

Label styles are ranked by the order in which they first appear in the document, not by a fixed
table: a label of a style already open closes everything below it; a new style opens a level
below the current one. A label only counts where its number continues the sequence of its style
(一 → 二 → 三) or starts a new one (一), so `第一时间` or a stray `2.` does not restructure a speech.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..lexicon import Lexicon
from .dates import find_doc_date
from .labels import INNER_STYLES, SERIES_STYLES, Label, match_label
from .sentences import (CLOSERS, SENTENCE_END, SPACE, Node, Sentence, is_attribution, is_page_number, leads_in,
                        paragraphs, split_sentences, title_words)
from .zones import SALUTATION, ends_review, opens_inside_part, part_zone, set_zones, year_of_parts


@dataclass
class Structure:
    text: str
    sentences: list[Sentence]
    nodes: list[Node]
    #: Where the first part starts when the text opens inside a part whose label was cut away (an
    #: excerpt): the sentences before it stand in that part. 0 otherwise.
    inside_until: int = 0

    def bare(self) -> frozenset[int]:
        """The nodes opened by a label alone on its line (minutes number their topics so): they say
        neither what to do nor who does it."""
        return frozenset(node.index for node in self.nodes if not title_words(self.sentences[node.sentence]))

    def parents(self) -> dict[int, int | None]:
        """Each node's parent node, by index (None for a top-level part)."""
        return {node.index: node.parent for node in self.nodes}


def _lists_inline(label: Label, sentence: str) -> bool:
    """`一是……不够多，二是……不够新。`, `……：（一）……；（二）……。`, `……：（1）……；（2）……。`: the
    series runs inside one sentence, so it is a list, not structure."""
    if label.style not in ("一是", "一要", "（一）", "（1）") or label.value >= 10:
        return False
    at = sentence.find(label.text)
    rest = sentence[at + len(label.text):]
    if label.style == "（1）":  # ……：（1）……；（2）……。 (after a lead-in; opening the sentence, it numbers it)
        return at > 0 and any(f"{label.value + 1}{closing}" in rest for closing in "）)")
    number = "一二三四五六七八九十"[label.value]
    following = f"（{number}）" if label.style == "（一）" else number + label.style[-1]
    return following in rest


MAX_SKIP = 9  # chapters a stitched excerpt may leave out between two of its paragraphs (（三） then （八）)
CHAPTER_STYLES = ("一、", "（一）")  # (a list numbered 1. then 3. is text: a number out of sequence)
UNIT_RANKS = ("第一篇", "第一章", "第一节", "第一条")  # units named by their word, the larger first
OPENING_STYLES = ("一、", "（一）", "㈠", "Ⅰ.", "第一篇", "第一章", "第一节", "1.", "1、", "（1）", "⑴")


def _accept(label: Label, stack: list[Node], seen: dict[str, int], opens_para: bool) -> bool:
    """Whether `label` continues or starts a sequence given the open units and the last number
    seen of each style anywhere before. Numbering may run on across parts (（一）…（五） under 一、,
    （六） under 二、), and a style's first label may start anywhere where it opens a paragraph (an
    excerpt that begins at `（三）`)."""
    def skips(prev: int) -> bool:  # chapters left out between two paragraphs (`（三）` then `（八）`)
        return opens_para and label.style in CHAPTER_STYLES and prev + 1 < label.value <= prev + MAX_SKIP

    for node in stack:
        if node.label.style == label.style:
            prev = node.label.value
            return label.value == prev + 1 or label.value == 1 or (label.value == 99 and prev >= 1) or skips(prev)
    if label.value == 1:
        return True
    if label.style in seen:  # (a part a copy lost, its unit closed since by a salutation: `一、` … `三、`)
        return label.value == seen[label.style] + 1 or skips(seen[label.style])
    return (opens_para or not seen) and label.style in OPENING_STYLES


def _second_after_colon(label: Label, sentences: list[Sentence], p_index: int) -> bool:
    """`二是……` after a sentence of the same paragraph whose own label came first and that opened the
    series after its colon (`2.材料要求：一是……。二是……`): the series' second member."""
    if label.style not in ("一是", "一要") or label.value != 2 or not sentences or sentences[-1].para != p_index:
        return False
    return re.search(r"[：:]\s*一" + label.style[-1], sentences[-1].text) is not None


def _paragraph_labels(text: str, starts: list[int], written: str | None) -> dict[tuple[str, int], list[int]]:
    """Where each label (style, number) opens a paragraph (`starts`: where the paragraphs start)."""
    found: dict[tuple[str, int], list[int]] = {}
    for start in starts:
        label = match_label(text, start, written)
        if label is not None:
            found.setdefault((label.style, label.value), []).append(start)
    return found


def _resumes(label: Label, seen: dict[str, int], opening: dict[tuple[str, int], list[int]], opens_para: bool) -> bool:
    """A series the text joins in its middle (an excerpt from `第四，……`): the first label of its
    style, opening a paragraph, with the next number opening a later paragraph (`第五，……`)."""
    return opens_para and label.style not in seen and _next_opens_later(label, opening)


def _next_opens_later(label: Label, opening: dict[tuple[str, int], list[int]]) -> bool:
    """Whether the number after `label`'s opens a paragraph after it: the series goes on from it."""
    return any(at > label.start for at in opening.get((label.style, label.value + 1), ()))


DEFINES_TERM = re.compile(r"[^，,。；;]{1,20}[：:]")  # a short term and its colon: an entry of notes


def _skips_one(label: Label, stack: list[Node], opening: dict[tuple[str, int], list[int]], opens_para: bool,
               text: str) -> bool:
    """A member after a number the text lost (`6．……` then `8．……`, the 7 run into a line before by a
    copy from print): it opens a paragraph one number past the open unit's next, and the number after
    it opens a later paragraph, so the series goes on from it (a lone `3.` after `1.` is still text)."""
    same = next((node for node in reversed(stack) if node.label.style == label.style), None)
    return opens_para and same is not None and label.value == same.label.value + 2 \
        and _next_opens_later(label, opening) \
        and not DEFINES_TERM.match(text, label.end)  # (not `15.“四好农村路”：……`: a glossary's term)


def _last_members(opening: dict[tuple[str, int], list[int]]) -> dict[str, int]:
    """Where the last paragraph that a series' later member opens (`其次`, `二是`) starts, by style."""
    last: dict[str, int] = {}
    for (style, value), starts in opening.items():
        if style in SERIES_STYLES and value >= 2:
            last[style] = max(last.get(style, -1), *starts)
    return last


def _alone(label: Label, last_members: dict[str, int]) -> bool:
    """Whether a series' first member (`首先要……`) is never followed by another opening a paragraph
    (`其次`, `第二`, `二是`, `最后`): then it heads its own paragraph only."""
    if label.style not in SERIES_STYLES or label.value != 1:
        return False
    styles = ("第一", "首先") if label.style in ("第一", "首先") else (label.style,)
    return all(last_members.get(style, -1) <= label.start for style in styles)


#: Styles one series may slip between: Arabic numbers written with either mark (5. then 6、), and
#: ordinals with 要 or 是 (一要, 二要, 三是要, 四要).
TWINS = {"1.": "1、", "1、": "1.", "一是": "一要", "一要": "一是"}
SHORT_LEAD = 6  # characters before the comma of a lead-in that a series may follow (会议强调，一是……)
#: Chapter styles whose first label may follow a lead-in's colon inside a paragraph, as a series
#: does (`今年要做好以下几项工作：（一）……。`).
AFTER_LEAD_IN = ("（一）", "（1）")
#: A paragraph or a sentence that a Markdown copy opens in bold (`**一、2023年工作回顾**`,
#: `……。**二是……。**……`): its label stands after the marks.
MARKDOWN_BOLD = re.compile(r"\*\*(?!\*)")


def _label_at(text: str, sentence: Sentence, stack: list[Node], written: str | None) -> Label | None:
    """The label that opens `sentence`: at its start, or the first of a series right after a lead-in's
    colon (`今年重点抓好以下工作：一是……。`) or a short lead-in's comma (`会议要求，一是……。`). Ordinals of two kinds make one series (`首先……其次……
    第三……`, `第一……第二……最后……`)."""
    bold = 2 if MARKDOWN_BOLD.match(sentence.text) else 0
    label = match_label(text, sentence.start + bold, written) or _run_on(text, sentence, stack, written)
    if label is None:
        colon = min((i for i in (sentence.text.find("："), sentence.text.find(":")) if i >= 0), default=-1)
        comma = colon < 0 and 0 < sentence.text.find("，") <= SHORT_LEAD
        if comma:
            colon = sentence.text.find("，")  # 会议强调，一是……: a short lead-in and its comma
        label = match_label(text, sentence.start + colon + 1, written) if colon > 0 else None
        if label is None or label.style not in SERIES_STYLES + AFTER_LEAD_IN or label.value != 1:
            return None
        if comma and not _second_follows(text, label):
            return None  # 办好这件事，首先要靠……: "first of all", no series in its paragraph
    open_styles = {node.label.style: node.label.value for node in stack}
    twin = TWINS.get(label.style)
    if twin is not None and label.style not in open_styles and open_styles.get(twin) == label.value - 1:
        return replace(label, style=twin)  # 5. then 6、 then 7.: one series, its wording slipped
    if label.style in open_styles or label.style not in ("第一", "首先"):
        return label  # its own series is open (首先……其次……最后 inside 第二)
    if label.style == "第一" and open_styles.get("首先") == label.value - 1:
        return replace(label, style="首先")
    if label.style == "首先" and label.value == 99 and "第一" in open_styles:
        return replace(label, style="第一")
    return label


#: `11.121人才梯队项目。`: a number, its point, and the name that opens with a figure.
RUN_ON_NUMBER = re.compile(r"(\d{1,3})[.．](?=\d)")


def _run_on(text: str, sentence: Sentence, stack: list[Node], written: str | None) -> Label | None:
    """A `1.` label run on into a figure (`11.121人才梯队项目。`, read alone as the number 11.121),
    when it opens a paragraph and its number is the next of a `1.` series open there."""
    m = RUN_ON_NUMBER.match(text, sentence.start) if sentence.first_in_para else None
    if m is None or not any(node.label.style == "1." and node.label.value + 1 == int(m.group(1)) for node in stack):
        return None
    return Label("1.", int(m.group(1)), (written or text)[m.start():m.end()], m.start(), m.end())


LISTS = ("1.", "1、")  # styles that may number a list after a lead-in
#: The member of a list, counted under its parent (a plan numbers 1．… on through its parts), from
#: which, when each before it held one paragraph, it holds its own only (`二、` `1．……` to `4．……`,
#: then a paragraph of the part's: `……应有所侧重。`).
SINGLE_RUN = 3
#: The second member of a series, by the style of its first (`首先……其次……`, `一是……二是……`).
SECOND_MEMBERS = {"一是": ("二是", "二要"), "一要": ("二要", "二是"), "第一": ("第二", "其次"),
                  "首先": ("其次", "第二", "再次", "最后"), "一方面": ("另一方面",)}


def _second_follows(text: str, label: Label) -> bool:
    """Whether the paragraph of a series' first member goes on to its second (`……，首先……。其次，……`),
    within SECOND_REACH characters (so a paragraph of many lead-ins is read in linear time)."""
    end = text.find("\n", label.end, label.end + SECOND_REACH)
    stretch = text[label.end:end if end >= 0 else label.end + SECOND_REACH]
    return any(second in stretch for second in SECOND_MEMBERS.get(label.style, (label.name,)))


SECOND_REACH = 3000


class _Series:
    """Whether the units before a `一是……`-style unit, in its series, each held one paragraph: then
    the unit covers its own paragraph only, not the paragraphs after it (counted as units open). So
    does a unit numbered 1. or 1、 in a list that a lead-in's colon opened (`材料包括：` 1．…… 2．……),
    and one of any list from its third member under its parent on (`SINGLE_RUN`)."""

    def __init__(self) -> None:
        self._last: dict[tuple[int | None, str], Node] = {}
        self._single: dict[tuple[int | None, str], bool] = {}
        self._listed: set[tuple[int | None, str]] = set()  # series that follow a lead-in's colon
        self._ended: set[int] = set()
        self._members: dict[tuple[int | None, str], int] = {}  # how many units of the series have opened

    def opened(self, node: Node, sentences: list[Sentence]) -> None:
        key = (node.parent, node.label.style)
        self._members[key] = self._members.get(key, 0) + 1
        previous = self._last.get(key)
        if previous is None and sentences and leads_in(sentences[-1]):
            self._listed.add(key)
        if previous is not None:
            self._single[key] = self._single.get(key, True) and len({sentences[m].para for m in previous.members}) == 1
            if node.label.value >= 2 and self._single[key] and (
                    node.label.style in INNER_STYLES or (node.label.style in LISTS and (
                        key in self._listed or self._members[key] >= SINGLE_RUN))):
                self._ended.add(node.index)
        self._last[key] = node

    def ended(self, node: Node) -> bool:
        return node.index in self._ended


def build(text: str, lexicon: Lexicon, headings: dict[int, int] | None = None,
          written: str | None = None, year: int | None = None) -> Structure:
    """Split `text` into sentences, find labels, and give each sentence its path and zone.
    `headings` maps a paragraph's start offset to its Word heading level (标题 1 → 1): such a
    paragraph without a typed or automatic label is structure all the same. `written` is the
    original of a normalised `text`: labels in paths are written as there (`(一)` stays `(一)`).
    `year` is the document's year (a part on an earlier year's work is a review); None reads it
    from the text (`dates.find_doc_date`)."""
    headings = headings or {}
    sentences: list[Sentence] = []
    nodes: list[Node] = []
    stack: list[Node] = []
    seen: dict[str, int] = {}
    series = _Series()
    closing_from: int | None = None
    closed: tuple[int, Node] | None = None  # a salutation that opened a task part's body, and that part
    suspended: tuple[int, list[Node]] | None = None  # the parts a salutation cleared, and where its paragraph ends
    given_back: int | None = None  # where the sentences start that follow a salutation that closed nothing
    spans = paragraphs(text)
    opening = _paragraph_labels(text, [start for start, _ in spans], written)
    last_members = _last_members(opening)
    for p_index, (p_start, p_end) in enumerate(spans):
        active = _active_depth(stack, sentences)
        para_text = text[p_start:p_end]
        if is_page_number(para_text):
            continue  # a page number left in the text (copied from print) stands in no part
        pieces = [(p_start, p_end)] if is_attribution(para_text, lexicon.party_heads) \
            else split_sentences(text, p_start, p_end)
        for s_index, (s_start, s_end) in enumerate(pieces):
            sentence = Sentence(s_start, s_end, text[s_start:s_end], p_index, s_index == 0)
            sentence.is_attribution = is_attribution(sentence.text, lexicon.party_heads)
            sentence.is_title = len(pieces) == 1 and sentence.text.rstrip(CLOSERS)[-1:] not in tuple(SENTENCE_END)
            label = None if sentence.is_attribution else _label_at(text, sentence, stack, written)
            if label and not (_accept(label, stack, seen, s_index == 0) or _resumes(label, seen, opening, s_index == 0)
                              or _skips_one(label, stack, opening, s_index == 0, text)
                              or _second_after_colon(label, sentences, p_index)) \
                    or label and _lists_inline(label, sentence.text):
                label = None
            if label is None and s_index == 0 and stack and active == len(stack) and (
                    series.ended(stack[-1]) or _alone(stack[-1].label, last_members)):
                stack.pop()
                active = len(stack)
            if label is None and s_index == 0 and p_start in headings:
                style = f"标题{headings[p_start]}"
                previous = next((n.label.value for n in reversed(stack) if n.label.style == style), 0)
                label = Label(style, previous + 1, "", s_start, s_start, title_of(text[p_start:p_end]))
            if label:
                if closing_from is not None and s_index == 0 and (label.style not in SERIES_STYLES or label.value > 1):
                    closing_from = None  # the parts go on: the salutation before them closed nothing
                    if suspended is not None and _goes_on(label, suspended[1]):
                        given_back, stack[:] = suspended  # (`各位代表，……` inside a part): its parts stand as before it
                        active = _active_depth(stack, sentences)
                    suspended = None
                sentence.label = label
                outer = _joins_outer(label, stack, seen, nodes[0] if nodes else None)
                seen[label.style] = label.value
                same = next((i for i, node in enumerate(stack) if node.label.style == label.style), None)
                del stack[0 if outer else same if same is not None else active:]
                parent = stack[-1] if stack else None
                if given_back is not None and parent is not None:  # what stood between is the parent's
                    _reopen(sentences, (given_back, parent), len(sentences))
                given_back = None
                node = Node(len(nodes), label, len(stack), len(sentences), parent.index if parent else None,
                            (parent.path if parent else ()) + (label.name,))
                nodes.append(node)
                series.opened(node, sentences)
                stack.append(node)
                active = len(stack)
            if label is None and stack and ends_review(sentence, sentences[stack[0].sentence], lexicon):
                stack.clear()  # `2019年工作安排` after `一、2018年工作回顾`: the review part is over
                active = 0
            if stack and _closing(sentence, stack):
                closing_from = len(sentences)
                if not (len(pieces) == 1 and SALUTATION.match(sentence.plain)):  # (a `各位代表！` line closes only if the text ends soon)
                    if closed is None and len(stack) == 1 and p_index - sentences[stack[0].sentence].para <= PART_OPENING \
                            and stack[0].label.style == "一、" and part_zone(sentences[stack[0].sentence], lexicon) == "task":
                        closed = (len(sentences), stack[0])  # a task part's body may open with a salutation
                    parts = stack[:active] or (suspended[1] if suspended is not None else [])
                    suspended = (len(sentences) + len(pieces), parts)  # (from the paragraph after it; a second
                    # salutation before any part went on keeps the parts the first one closed)
                    stack.clear()
                    active = 0
            elif stack and _sums_up(sentence):
                stack.clear()
                active = 0
            if active and not SALUTATION.match(sentence.plain):  # a salutation line stands in no part
                current = stack[active - 1]
                sentence.node = current.index
                sentence.path = current.path
                current.members.append(len(sentences))
            sentences.append(sentence)
    if closing_from is not None:  # the closing is the last salutation's: `各位代表，……必须……` before it is a section
        closing_from = max(i for i in range(closing_from, len(sentences))
                           if i == closing_from or (sentences[i].first_in_para and CLOSING.match(sentences[i].plain)))
    if closing_from is not None:
        notes = next((i for i in range(closing_from, len(sentences)) if NOTES_TITLE.match(sentences[i].plain)),
                     len(sentences))  # (a report's glossary after its closing is no part of the closing's length)
        if len({s.para for s in sentences[closing_from:notes]}) > CLOSING_PARAGRAPHS:
            closing_from = None  # too long for a closing: a salutation in the middle of the text
    if closing_from is not None and SALUTATION.match(sentences[closing_from].plain) \
            and not any(CLOSING_CALL.search(s.text) for s in sentences[closing_from:]):
        closing_from = None  # `各位代表！` on its own line before more of the parts: no call closes the text
    if closing_from is not None and any(s.label is not None for s in sentences[closing_from:]):
        closing_from = None  # `各位代表！做好……，一是……二是……`: a closing numbers nothing; the parts go on
    if closed is not None and (closing_from is None or closing_from > closed[0]):
        _reopen(sentences, closed, len(sentences) if closing_from is None else closing_from)
    if closing_from is not None:
        for at in range(closing_from, len(sentences)):  # a closing stands in no part
            sentence = sentences[at]
            if sentence.node is not None:
                nodes[sentence.node].members.remove(at)
                sentence.node, sentence.path = None, ()
    inside_at = opens_inside_part(sentences, nodes, lexicon)
    if year is None:
        dated = find_doc_date(text)
        year = dated.date.year if dated else None
        if dated is None or dated.precision == "year":  # (a year alone may be a part title's: `一、2013年……`)
            year = max(year or 0, year_of_parts(sentences, nodes) or 0) or None
    set_zones(sentences, nodes, lexicon, closing_from, inside_at is not None, year)
    return Structure(text, sentences, nodes, 0 if inside_at is None else sentences[inside_at].start)


CLOSING = re.compile(r"^(?:同志们|各位代表|各位委员)[，,！!]")
#: A salutation this many paragraphs or fewer after a top-level task part's title opens the part's
#: body (`四、加强政府自身建设` / `各位代表，……我们将……`) when a later salutation closes the text.
PART_OPENING = 2
CLOSING_PARAGRAPHS = 3  # a closing is its salutation's paragraph and at most two more
#: The title of the notes a report may end with, on a line of its own (`名词解释`, `附：名词解释`, `注释：`).
NOTES_TITLE = re.compile(r"^(?:附[：:])?(?:名词|术语)?(?:解释|注解|注释|释义)[：:]?$")
#: What a closing says after its salutation: a call to the audience to strive together.
CLOSING_CALL = re.compile(r"让我们|奋斗|奋进|奋力|努力|团结|携手|拼搏|前进|征程|衷心|祝愿|谢谢")


def _reopen(sentences: list[Sentence], closed: tuple[int, Node], closing_from: int) -> None:
    """Give the part whose body a salutation opened (`closed`: where, and the part) back to the
    sentences after it that stand in no part, up to the closing or the next label."""
    start, node = closed
    for at in range(start, closing_from):
        sentence = sentences[at]
        if sentence.node is not None or sentence.label is not None:
            break
        if not SALUTATION.match(sentence.plain):
            sentence.node, sentence.path = node.index, node.path
            node.members.append(at)


def _goes_on(label: Label, parts: list[Node]) -> bool:
    """Whether a label after a salutation goes on with the parts the salutation had closed: the next
    number of one of them (`（五）` after `（四）`), or the first section of the innermost
    (`（一）` under `二、`)."""
    if any(node.label.style == label.style and label.value == node.label.value + 1 for node in parts):
        return True
    inner = parts[-1].label.style if parts else None
    return label.value == 1 and inner in CHAPTER_STYLES[:-1] \
        and label.style == CHAPTER_STYLES[CHAPTER_STYLES.index(inner) + 1]


def _joins_outer(label: Label, stack: list[Node], seen: dict[str, int], first: Node | None) -> bool:
    """Whether a numbering label met for the first time, past its first number (`二、……`), stands
    above the speaker's ordinals open before it (`第二，……` of an excerpt that opened inside part
    一), or above the chapters of an excerpt that opened past its first (`（六）……` of part 一;
    `first`: the text's first unit): a list under them would start at 一, so this one goes on the
    text's own parts. So does the next number of the text's parts after a salutation closed them and
    a series of ordinals stood alone (`一、……` `各位代表，……一是……三是……` `二、……`), or sections did
    (`一、……` `各位代表，……` `（一）……` `二、……`), and a unit whose word
    ranks above every unit open (`第十七篇` after `第五十七章` of an excerpt: 篇 holds 章, 章 holds 节)."""
    if label.value < 2 or label.style in INNER_STYLES or not stack:
        return False
    if label.style in UNIT_RANKS and all(node.label.style in UNIT_RANKS for node in stack):
        return UNIT_RANKS.index(label.style) < min(UNIT_RANKS.index(node.label.style) for node in stack)
    if all(node.label.style in SERIES_STYLES for node in stack):
        return label.style not in seen or label.value == seen[label.style] + 1
    if label.style == CHAPTER_STYLES[0] and label.style in seen and 1 <= label.value - seen[label.style] <= MAX_SKIP \
            and all(node.label.style not in UNIT_RANKS and node.label.style != label.style for node in stack):
        return True  # `二、` after `一、`, a salutation and the sections `（一）`… that stood alone after it
    return label.style not in seen and first is not None and first.label.value >= 2 \
        and stack[0].label.style == first.label.style and label.style in CHAPTER_STYLES \
        and first.label.style in CHAPTER_STYLES \
        and CHAPTER_STYLES.index(label.style) < CHAPTER_STYLES.index(first.label.style)  # (not `（五）` under `二、`)


def _active_depth(stack: list[Node], sentences: list[Sentence]) -> int:
    """How much of the stack a new paragraph stands in. An inline label (not at a paragraph start:
    `……。二是……`) covers the rest of its paragraph only; it stays dormant on the stack, so that
    a paragraph opening with the next label of its series (`四是……`) continues it."""
    for i, node in enumerate(stack):
        if not sentences[node.sentence].first_in_para:
            return i
    return len(stack)


def title_of(paragraph: str) -> str:
    """A short name for an unlabelled Word heading, used as its path element."""
    words = paragraph.strip(" 。" + SPACE)
    return words if len(words) <= 16 else words[:15] + "…"


def _closing(sentence: Sentence, stack: list[Node]) -> bool:
    """`同志们，…` opening a paragraph after the numbered parts closes them (with labels only
    inline, the stack may be dormant but is not empty)."""
    return sentence.first_in_para and sentence.label is None and bool(CLOSING.match(sentence.plain))


SUMS_UP = re.compile(r"^[^。；]{0,40}?(?<![级模万亿岁%\d年])(?<!满足|符合|达到|具备)(?:以上|上述)(?:议定|各项|所列|重大|重点)?(?:事项|工作|任务|措施|要求)")


def _sums_up(sentence: Sentence) -> bool:
    """`会议强调，各单位要把以上议定事项……` opening a paragraph: it speaks to every part, so it and
    what follows stand in none of them (its zone stays as it is: these are tasks); not `满足以上要求的
    项目……`, the things one part is about."""
    return sentence.first_in_para and sentence.label is None and bool(SUMS_UP.match(sentence.plain))
