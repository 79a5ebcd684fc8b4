"""The structure of a speech: paragraphs, sentences, the hierarchy of their numbering labels (each
read by `speechmine.analysis.labels`) and zones.

Label styles are ranked by the order in which they first appear in the document, not by a fixed
table: a label of a style already open closes everything below it; a new style opens a level
below the current one. A label only counts where its number continues the sequence of its style
(一 → 二 → 三) or starts a new one (一), so `第一时间` or a stray `2.` does not restructure a speech.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .labels import SUB_ITEM_STYLES, Label, match_label
from ..lexicon import Lexicon
from .segment import tokenize, word_tags

SENTENCE_END = "。！？!?"
CLOSERS = "”’」』）)】〕》"
OPENERS = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〔": "〕"}
SPACE = " \t\u3000\ufeff\xa0"


@dataclass
class Sentence:
    """A sentence of the source (a title line counts as one), with its place in the structure."""

    start: int
    end: int
    text: str
    para: int
    first_in_para: bool
    label: Label | None = None
    path: tuple[str, ...] = ()
    node: int | None = None
    zone: str = "task"
    is_title: bool = False
    is_attribution: bool = False


@dataclass
class Node:
    """An open numbered unit: its label, depth, the sentence that opens it and its parent node."""

    index: int
    label: Label
    depth: int
    sentence: int
    parent: int | None
    path: tuple[str, ...]
    members: list[int] = field(default_factory=list)


@dataclass
class Structure:
    text: str
    sentences: list[Sentence]
    nodes: list[Node]


ATTRIBUTION_START = re.compile(
    r"^[（(〔\[【]?\s*(?:牵头|责任|配合|协同)(?:单位|部门|科室|处室)\s*[：:]"
    r"|^[（(〔\[【]?\s*(?:完成时限|完成时间|完成期限|时间进度|时间节点|牵头领导)\s*[：:]")
ATTRIBUTION_WORDS = re.compile(r"牵头|负责|配合|参与|责任单位|责任科室|完成时限|下同")


def _one_bracket(text: str) -> bool:
    """True when text is a single bracketed group: the bracket that opens it closes at its end."""
    if not text or text[0] not in "（(〔[【" or text[-1] not in "）)〕]】":
        return False
    depth = 0
    for i, ch in enumerate(text):
        if ch in "（(〔[【":
            depth += 1
        elif ch in "）)〕]】":
            depth -= 1
            if depth == 0 and i < len(text) - 1:
                return False
    return "。" not in text


def is_attribution(text: str) -> bool:
    """True for `（牵头单位：…）`, `（X牵头，Y配合）`, `（X负责，2024年9月底前完成）`, `责任单位：…` lines."""
    text = text.strip()
    return bool(ATTRIBUTION_START.match(text) and "。" not in text[:-1]) or (
        _one_bracket(text) and bool(ATTRIBUTION_WORDS.search(text)))


PAGE_NUMBER = re.compile(r"^[\s\-—–－―‒·•]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–－―‒·•]*$")


def is_page_number(text: str) -> bool:
    """`— 3 —`, `-3-`, `第3页`, `3/12`, `第 3 页 共 12 页`: a line that is only a page number."""
    return bool(PAGE_NUMBER.match(text.strip()))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed of surrounding spaces."""
    spans = []
    for m in re.finditer(r"[^\r\n]+", text):
        start, end = m.start(), m.end()
        while start < end and text[start] in SPACE:
            start += 1
        while end > start and text[end - 1] in SPACE:
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


_BRACKETS = re.compile("[" + re.escape("".join(OPENERS) + "".join(OPENERS.values())) + "]")
_BREAKS = re.compile("[" + re.escape("".join(OPENERS) + "".join(OPENERS.values()) + SENTENCE_END) + "]")
_CLOSING = frozenset(OPENERS.values())


def _balanced(text: str, start: int, end: int) -> bool:
    depth = 0
    for match in _BRACKETS.finditer(text, start, end):
        if match.group() in OPENERS:
            depth += 1
        else:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of the paragraph text[start:end]: ends at 。！？ outside quotes and brackets
    (when they balance), closing quotes and brackets after the stop belong to the sentence."""
    track = _balanced(text, start, end)
    spans, depth, begin, i = [], 0, start, start
    while True:
        found = _BREAKS.search(text, i, end)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if track and ch in OPENERS:
            depth += 1
        elif track and ch in _CLOSING:
            depth = max(0, depth - 1)
            if depth == 0 and text[i - 1] in SENTENCE_END and ch not in "）)":  # …到底。”
                spans.append((begin, i + 1))
                begin = i + 1
                while begin < end and text[begin] in SPACE:
                    begin += 1
        elif ch in SENTENCE_END and depth == 0:
            j = i + 1
            while j < end and (text[j] in SENTENCE_END or (text[j] in CLOSERS and text[j] not in "）)")):
                j += 1
            spans.append((begin, j))
            begin = j
            while begin < end and text[begin] in SPACE:
                begin += 1
            i = j
            continue
        i += 1
    if begin < end:
        spans.append((begin, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _lists_inline(label: Label, sentence: str) -> bool:
    """`一是……不够多，二是……不够新。`: the series runs inside one sentence, so it is a list, not
    structure."""
    if label.style not in ("一是", "一要") or label.value >= 10:
        return False
    following = "一二三四五六七八九十"[label.value] + label.style[-1]
    return following in sentence[len(label.text):]


OPENING_STYLES = ("一、", "（一）", "㈠", "Ⅰ.", "第一章", "第一节", "1.", "1、", "（1）", "⑴")


def _accept(label: Label, stack: list[Node], seen: dict[str, int], opens_para: bool) -> bool:
    """Whether `label` continues or starts a sequence given the open units and the last number
    seen of each style anywhere before. Numbering may run on across parts (（一）…（五） under 一、,
    （六） under 二、), and a style's first label may start anywhere where it opens a paragraph (an
    excerpt that begins at `（三）`)."""
    for node in stack:
        if node.label.style == label.style:
            prev = node.label.value
            return label.value == prev + 1 or label.value == 1 or (label.value == 99 and prev >= 1)
    if label.value == 1:
        return True
    if label.style in seen:
        return label.value == seen[label.style] + 1
    return (opens_para or not seen) and label.style in OPENING_STYLES


def _paragraph_labels(text: str, written: str | None) -> dict[tuple[str, int], list[int]]:
    """Where each label (style, number) opens a paragraph."""
    found: dict[tuple[str, int], list[int]] = {}
    for start, _ in paragraphs(text):
        label = match_label(text, start, written)
        if label is not None:
            found.setdefault((label.style, label.value), []).append(start)
    return found


def _resumes(label: Label, seen: dict[str, int], opening: dict[tuple[str, int], list[int]], opens_para: bool) -> bool:
    """A series the text joins in its middle (an excerpt from `第四，……`): the first label of its
    style, opening a paragraph, with the next number opening a later paragraph (`第五，……`)."""
    return opens_para and label.style not in seen and any(
        at > label.start for at in opening.get((label.style, label.value + 1), ()))


SERIES_STYLES = ("一是", "一要", "第一", "首先", "一方面")


def _label_at(text: str, sentence: Sentence, stack: list[Node], written: str | None) -> Label | None:
    """The label that opens `sentence`: at its start, or the first of a series right after a lead-in's
    colon (`今年重点抓好以下工作：一是……。`). Ordinals of two kinds make one series (`首先……其次……
    第三……`, `第一……第二……最后……`)."""
    label = match_label(text, sentence.start, written)
    if label is None:
        colon = min((i for i in (sentence.text.find("："), sentence.text.find(":")) if i >= 0), default=-1)
        label = match_label(text, sentence.start + colon + 1, written) if colon > 0 else None
        if label is None or label.style not in SERIES_STYLES or label.value != 1:
            return None
    open_styles = {node.label.style: node.label.value for node in stack}
    if label.style in open_styles or label.style not in ("第一", "首先"):
        return label  # its own series is open (首先……其次……最后 inside 第二)
    if label.style == "第一" and open_styles.get("首先") == label.value - 1:
        return replace(label, style="首先")
    if label.style == "首先" and label.value == 99 and "第一" in open_styles:
        return replace(label, style="第一")
    return label


class _Series:
    """Whether the units before a `一是……`-style unit, in its series, each held one paragraph: then
    the unit covers its own paragraph only, not the paragraphs after it (counted as units open)."""

    def __init__(self) -> None:
        self._last: dict[tuple[int | None, str], Node] = {}
        self._single: dict[tuple[int | None, str], bool] = {}
        self._ended: set[int] = set()

    def opened(self, node: Node, sentences: list[Sentence]) -> None:
        key = (node.parent, node.label.style)
        previous = self._last.get(key)
        if previous is not None:
            self._single[key] = self._single.get(key, True) and len({sentences[m].para for m in previous.members}) == 1
            if node.label.style in SERIES_STYLES + SUB_ITEM_STYLES and node.label.value >= 2 and self._single[key]:
                self._ended.add(node.index)
        self._last[key] = node

    def ended(self, node: Node) -> bool:
        return node.index in self._ended


def build(text: str, lexicon: Lexicon, headings: dict[int, int] | None = None,
          written: str | None = None) -> Structure:
    """Split `text` into sentences, find labels, and give each sentence its path and zone.
    `headings` maps a paragraph's start offset to its Word heading level (标题 1 → 1): such a
    paragraph without a typed or automatic label is structure all the same. `written` is the
    original of a normalised `text`: labels in paths are written as there (`(一)` stays `(一)`)."""
    headings = headings or {}
    sentences: list[Sentence] = []
    nodes: list[Node] = []
    stack: list[Node] = []
    seen: dict[str, int] = {}
    series = _Series()
    closing_from: int | None = None
    opening = _paragraph_labels(text, written)
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        active = _active_depth(stack, sentences)
        para_text = text[p_start:p_end]
        if is_page_number(para_text):
            continue  # a page number left in the text (copied from print) stands in no part
        pieces = [(p_start, p_end)] if is_attribution(para_text) else split_sentences(text, p_start, p_end)
        for s_index, (s_start, s_end) in enumerate(pieces):
            sentence = Sentence(s_start, s_end, text[s_start:s_end], p_index, s_index == 0)
            sentence.is_attribution = is_attribution(sentence.text)
            sentence.is_title = len(pieces) == 1 and sentence.text.rstrip(CLOSERS)[-1:] not in tuple(SENTENCE_END)
            label = None if sentence.is_attribution else _label_at(text, sentence, stack, written)
            if label and not (_accept(label, stack, seen, s_index == 0) or _resumes(label, seen, opening, s_index == 0)) \
                    or label and _lists_inline(label, sentence.text):
                label = None
            if label is None and s_index == 0 and stack and active == len(stack) and series.ended(stack[-1]):
                stack.pop()
                active = len(stack)
            if label is None and s_index == 0 and p_start in headings:
                style = f"标题{headings[p_start]}"
                previous = next((n.label.value for n in reversed(stack) if n.label.style == style), 0)
                label = Label(style, previous + 1, "", s_start, s_start, title_of(text[p_start:p_end]))
            if label:
                if closing_from is not None and s_index == 0 and (label.style not in SERIES_STYLES or label.value > 1):
                    closing_from = None  # the parts go on: the salutation before them closed nothing
                sentence.label = label
                seen[label.style] = label.value
                same = next((i for i, node in enumerate(stack) if node.label.style == label.style), None)
                del stack[same if same is not None else active:]
                parent = stack[-1] if stack else None
                node = Node(len(nodes), label, len(stack), len(sentences), parent.index if parent else None,
                            (parent.path if parent else ()) + (label.name,))
                nodes.append(node)
                series.opened(node, sentences)
                stack.append(node)
                active = len(stack)
            if label is None and stack and _ends_review(sentence, sentences[stack[0].sentence], lexicon):
                stack.clear()  # `2019年工作安排` after `一、2018年工作回顾`: the review part is over
                active = 0
            if stack and _closing(sentence, stack):
                closing_from = len(sentences)
                if not (len(pieces) == 1 and SALUTATION.match(sentence.text)):  # (a `各位代表！` line closes only if the text ends soon)
                    stack.clear()
                    active = 0
            elif stack and _sums_up(sentence):
                stack.clear()
                active = 0
            if active and not SALUTATION.match(sentence.text):  # a salutation line stands in no part
                current = stack[active - 1]
                sentence.node = current.index
                sentence.path = current.path
                current.members.append(len(sentences))
            sentences.append(sentence)
    if closing_from is not None and len({s.para for s in sentences[closing_from:]}) > CLOSING_PARAGRAPHS:
        closing_from = None  # too long for a closing: a salutation in the middle of the text
    if closing_from is not None:
        for at in range(closing_from, len(sentences)):  # a closing stands in no part
            sentence = sentences[at]
            if sentence.node is not None:
                nodes[sentence.node].members.remove(at)
                sentence.node, sentence.path = None, ()
    _set_zones(sentences, nodes, lexicon, closing_from)
    return Structure(text, sentences, nodes)


CLOSING = re.compile(r"^(?:同志们|各位代表|各位委员)[，,！!]")
CLOSING_PARAGRAPHS = 3  # a closing is its salutation's paragraph and at most two more


def _ends_review(sentence: Sentence, part: Sentence, lexicon: Lexicon) -> bool:
    """An unlabelled title line that neither reviews nor describes problems, in a part whose title
    reviews, ends that part (the text has turned to its tasks without a label of the part style)."""
    return (sentence.is_title and sentence.first_in_para and part.label is not None
            and not SALUTATION.match(sentence.text)
            and _part_zone(sentence, lexicon) == "task" and _part_zone(part, lexicon) == "review")


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
    return sentence.first_in_para and sentence.label is None and bool(CLOSING.match(sentence.text))


SUMS_UP = re.compile(r"^[^。；]{0,40}?(?:以上|上述)(?:议定|各项|所列)?(?:事项|工作|任务|措施|要求)")


def _sums_up(sentence: Sentence) -> bool:
    """`会议强调，各单位要把以上议定事项……` opening a paragraph: it speaks to every part, so it and
    what follows stand in none of them (its zone stays as it is: these are tasks)."""
    return sentence.first_in_para and sentence.label is None and bool(SUMS_UP.match(sentence.text))


def title_words(sentence: Sentence) -> str:
    """A heading's words without its label and end punctuation."""
    start = sentence.label.end - sentence.start if sentence.label else 0
    return sentence.text[start:].strip(" ，,、：:。" + SPACE)


def _problem(text: str, lexicon: Lexicon) -> bool:
    return lexicon.search("problem_cues", text)


def _part_zone(sentence: Sentence, lexicon: Lexicon) -> str:
    """review when every clause of the part's title reviews past work or the situation (`一、2024年
    工作回顾`, `一、清醒认识今年防汛形势`), not when one clause asks for action (`一、认清形势，压实
    责任`); problem when it describes problems; else task."""
    words = title_words(sentence)
    cues = lexicon.words("review_cues")
    clauses = [c for c in re.split(r"[，,；;、]", words) if c]
    if clauses and all(_reviews(clause, cues, lexicon) for clause in clauses):
        return "review"
    if _describes_problems(clauses, cues, lexicon):
        return "problem"
    return "task"


def _describes_problems(clauses: list[str], cues: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A title describes problems when, in a clause of it, a problem cue (`存在的问题`, `短板`) is not
    the object of a verb before it (`补短板`, `着力解决……存在的突出问题`: what is to be done), unless
    the clause reviews (`总结分析……取得成绩和存在问题`)."""
    tags = word_tags(lexicon)
    for clause in clauses:
        found = lexicon.combined("problem_cues").search(clause)
        if found is None:
            continue
        acted_on = any(tags.get(t.text) == "v" for t in tokenize(clause[:found.start()], lexicon))
        if not acted_on or any(cue in clause for cue in cues):
            return True
    return False


def _reviews(clause: str, cues: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A title clause reviews when it holds a review cue, unless the cue opens it as a verb whose
    object is another action (`总结表彰`, `总结推广典型经验`: what is still to be done; not
    `回顾总结`, `总结经验`)."""
    found = [cue for cue in cues if cue in clause]
    if not found:
        return False
    opening = next((cue for cue in found if clause.startswith(cue)), None)
    if opening is None or len(found) > 1:
        return True
    rest = tokenize(clause[len(opening):], lexicon)
    return not (rest and word_tags(lexicon).get(rest[0].text) == "v")


def _set_zones(sentences: list[Sentence], nodes: list[Node], lexicon: Lexicon, closing_from: int | None) -> None:
    """Zones: the preamble (before the first part label, or the salutation and the paragraph after
    it when labels only come inline); the closing (from `同志们，…` after the parts); review for a
    part whose title reviews past work (problem from the paragraph where it turns to problems) and
    for an unlabelled paragraph that opens like a review (`去年，…`); problem for a part whose title
    describes problems; task elsewhere."""
    first = _preamble_end(sentences, nodes, lexicon)
    top_style = nodes[0].label.style if nodes else None
    zone, paragraph_review = "task", False
    openers = tuple(lexicon.words("review_openers"))
    for i, sentence in enumerate(sentences):
        if closing_from is not None and i >= closing_from:
            sentence.zone = "closing"
            continue
        if i < first:
            sentence.zone = "preamble"
            continue
        if sentence.label and sentence.first_in_para and sentence.label.style == top_style \
                and sentence.node is not None and nodes[sentence.node].depth == 0:
            zone = _part_zone(sentence, lexicon)  # a part opens a paragraph; inline labels do not
        elif zone == "review" and sentence.is_title and sentence.node is None and sentence.label is None:
            zone = _part_zone(sentence, lexicon)  # (see _ends_review)
        elif zone == "review" and sentence.first_in_para and _problem(sentence.text, lexicon):
            zone = "problem"
        if sentence.first_in_para:
            paragraph_review = sentence.label is None and sentence.text.startswith(openers)
        sentence.zone = "review" if paragraph_review and zone == "task" else zone
    _mark_annex_lists(sentences)


ANNEX_LIST = re.compile(r"^附件[：:]")
CONTACT_LINE = re.compile(r"^(?:联系人|联系电话|联系方式|咨询电话|电话|传真|邮箱|电子邮箱|E-mail|邮寄地址|地址)[：:]", re.I)


def _mark_annex_lists(sentences: list[Sentence]) -> None:
    """`附件：1.……申请表` and the title lines after it (`2.……汇总表`, the signature, the date) name the
    attachments, and a paragraph of contact details (`联系人：……`) gives them: zone annex, which
    holds no task and no part of the numbered item before it."""
    annex = False
    for sentence in sentences:
        if sentence.first_in_para:
            annex = bool(ANNEX_LIST.match(sentence.text)) or (annex and sentence.is_title)
            contact = bool(CONTACT_LINE.match(sentence.text))
        if annex or contact:
            sentence.zone = "annex"


SALUTATION = re.compile(r"^(?:同志们|各位代表|各位委员|各位领导)[：:，,！!]?$")


ADDRESSEE = re.compile(r"^[^。；;！!？?]{2,60}[：:]$")


def _starts_mid_part(opening: list[Sentence], lexicon: Lexicon) -> bool:
    """Whether the text before the first part is the end of a part, not a preamble: an excerpt that
    starts in the middle of a part opens with an action (`加快……。`, `积极推动……`), with no
    salutation (`同志们：`) or addressee line (`各区教育局：`) before it."""
    body = [s for s in opening if not s.is_title or SALUTATION.match(s.text) or ADDRESSEE.match(s.text)]
    if not body or any(SALUTATION.match(s.text) or ADDRESSEE.match(s.text) for s in body):
        return False
    words = body[0].text
    adverbials = sorted(lexicon.words("leading_adverbials"), key=len, reverse=True)
    while (lead := next((a for a in adverbials if words.startswith(a)), None)) is not None:
        words = words[len(lead):].lstrip("，,")
    return words.startswith(lexicon.multi_char_verbs)


def _preamble_end(sentences: list[Sentence], nodes: list[Node], lexicon: Lexicon) -> int:
    """Index of the first sentence after the preamble."""
    if nodes and sentences[nodes[0].sentence].first_in_para and nodes[0].label.style not in SERIES_STYLES \
            and not _starts_mid_part(sentences[:nodes[0].sentence], lexicon):
        return nodes[0].sentence  # (`一是……` opening a paragraph does not open the body: 会议强调，…一是…)
    salutation = next((s.para for s in sentences[:40] if SALUTATION.match(s.text)), None)
    if salutation is None or not all(s.is_title for s in sentences if s.para < salutation):
        # (a salutation opens the body only after the title lines: one in the text addresses no one new)
        return next((i for i, s in enumerate(sentences) if not s.is_title), 0)
    after = next((s.para for s in sentences if s.para > salutation), salutation)  # its next paragraph
    return next((i for i, s in enumerate(sentences) if s.para > after), len(sentences))
