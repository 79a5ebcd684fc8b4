"""A text cut into paragraphs and sentences (`Sentence`), the numbered units that hold them
(`Node`), attribution lines (`（牵头单位：……）`) and page numbers left in the text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .labels import Label

SENTENCE_END = "。！？!?"
CLOSERS = "”’」』）)】〕》"
OPENERS = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〔": "〕"}
SPACE = " \t\u3000\ufeff\xa0\u2002\u2003\u2009"  # (Word indents with em spaces too)
#: A Markdown copy's heading mark before a line's text (`## 一、……`, `### 第六章　……`): no part of it.
HEADING_MARK = re.compile(r"#{1,6}[ \t\u3000]+(?=\S)")


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

    @property
    def plain(self) -> str:
        """The sentence as read, without a Markdown copy's bold marks (`**同志们，……**`): for tests of
        how it opens or ends, not for offsets."""
        return self.text.replace("**", "")


_LEAD_IN_END = re.compile(r"[：:][\s*]*$")


def leads_in(sentence: Sentence) -> bool:
    """Whether the sentence ends in a colon (past spaces and a Markdown copy's closing bold marks,
    `……主要做了以下工作：**`): a lead-in to what follows."""
    return bool(_LEAD_IN_END.search(sentence.text))


def list_lead_in(sentences: list[Sentence], parents: dict[int, int | None], index: int) -> Sentence | None:
    """The sentence that leads in (`leads_in`) the list whose item sentence `index` opens (`……不得有
    下列行为：` before `（一）……；（二）……`): the parent unit's sentence right before the list's first
    item, or None."""
    node = sentences[index].node
    parent = parents.get(node) if node is not None else None
    if parent is None:
        return None
    k = index - 1
    while k >= 0 and sentences[k].node != parent and parents.get(sentences[k].node) == parent:
        k -= 1  # (the items listed before it)
    return sentences[k] if k >= 0 and sentences[k].node == parent and leads_in(sentences[k]) else None


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


#: A role field may name two kinds of unit at once: `责任处室、单位：……`.
BOTH_KINDS = r"(?:[、/](?:单位|部门|科室|处室))?"
#: What a unit does in a role named before its kind (`牵头单位`, `监管单位`, `实施部门`).
ROLE_DOES = r"(?:牵头|责任|配合|参与|协同|监管|主管|实施|承办)"
ATTRIBUTION_START = re.compile(
    r"^[（(〔\[【]?\s*" + ROLE_DOES + r"(?:[\u4e00-\u9fff]{2})?(?:单位|部门|科室|处室)" + BOTH_KINDS + r"\s*[：:]"
    r"|^[（(〔\[【]?\s*(?:完成时限|完成时间|完成期限|时间进度|时间节点|牵头领导)\s*[：:]")
ATTRIBUTION_WORDS = re.compile(r"牵头|负责|配合|参与|责任单位|责任科室|完成时限|下同")


def one_bracket(text: str) -> bool:
    """True when text is a single bracketed group: the bracket that opens it closes at its end, and
    holds no full stop, unless one follows a lead unit (a note after the units: `以下均需……`)."""
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
    return "。" not in text or "牵头" in text[:text.index("。")]  # (X牵头，……。以下均需……，不再列出)


def is_attribution(text: str, heads: tuple[str, ...] = ()) -> bool:
    """True for `（牵头单位：…）`, `（X牵头，Y配合）`, `（X负责，2024年9月底前完成）`, `责任单位：…` lines,
    and, given the endings of unit names (`heads`), a bracket that only lists units (`（区农业局、区
    水利局、各相关乡镇）`)."""
    text = text.strip()
    if ATTRIBUTION_START.match(text) and "。" not in text[:-1]:
        return True
    bracket = text.rstrip("。；;")
    return one_bracket(bracket) and (bool(ATTRIBUTION_WORDS.search(text)) or _lists_units(bracket[1:-1], heads))


def _lists_units(body: str, heads: tuple[str, ...]) -> bool:
    """Whether `body` is only unit names joined by 、 (each ending with one of `heads`)."""
    names = re.split(r"[、，,]", body)
    return bool(heads) and all(2 < len(name) <= 20 and name.endswith(heads)
                               and re.fullmatch(r"[\u4e00-\u9fff]+", name) for name in names)


PAGE_NUMBER = re.compile(r"^[\s\-—–－―‒·•]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–－―‒·•]*$")


def is_page_number(text: str) -> bool:
    """`— 3 —`, `-3-`, `第3页`, `3/12`, `第 3 页 共 12 页`: a line that is only a page number."""
    return bool(PAGE_NUMBER.match(text.strip()))


def after_heading_mark(text: str, start: int, end: int) -> int:
    """Where a line's words begin when a Markdown heading mark stands at `start` (`## 一、……`), else `start`."""
    mark = HEADING_MARK.match(text, start, end)
    return mark.end() if mark else start


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed of surrounding spaces and of a Markdown heading
    mark (`## `), so that a heading's label opens its paragraph."""
    spans = []
    for m in re.finditer(r"[^\r\n]+", text):
        start, end = m.start(), m.end()
        while start < end and text[start] in SPACE:
            start += 1
        start = after_heading_mark(text, start, end)
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


#: A short note in brackets between two sentences of a speech's record (`（鼓掌）`, `（笑声）`): no
#: numbering label (`（一）`) and no list.
ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{1,8}[）)]")
NUMERAL_LABEL = re.compile(r"[（(][一二三四五六七八九十百零〇]+[）)]")


def _note_at(text: str, start: int, end: int) -> int | None:
    """Where a bracketed note that opens text[start:end] ends (after a stop right behind it), when
    more text follows it: an attribution (`（市司法局牵头）`) or an aside (`（鼓掌）`) between two
    sentences of a paragraph."""
    if start >= end or text[start] not in "（(":
        return None
    depth, close = 0, None
    for i in range(start, end):
        depth += text[i] in "（(" or -(text[i] in "）)")
        if depth == 0:
            close = i
            break
    note = text[start:close + 1] if close is not None else ""
    if not (is_attribution(note) or ASIDE.fullmatch(note) and not NUMERAL_LABEL.fullmatch(note)):
        return None
    after = close + 1
    while after < end and text[after] in SENTENCE_END + "；;":
        after += 1
    return after if text[after:end].strip() else None


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
            closed = _note_at(text, begin, end)
            if closed is not None:  # ……。（X牵头）Next sentence: the bracket closes the sentence before
                spans.append((begin, closed))
                begin = closed
            i = max(j, begin)
            continue
        i += 1
    if begin < end:
        bracket = closing_attribution(text, begin, end)
        if bracket is not None:  # 3.……编制工作（牵头领导：……；责任处室：……）: the bracket is no part of the title
            spans.append((begin, bracket))
            begin = bracket
        spans.append((begin, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def closing_attribution(text: str, start: int, end: int, heads: tuple[str, ...] = ()) -> int | None:
    """Where a bracketed attribution that ends text[start:end], after words of its own and no stop
    (a title line: `……编制工作(责任处室：办公室)`), opens; given the endings of unit names (`heads`),
    a bracket that only lists units counts too (`is_attribution`)."""
    close = end
    while close > start and text[close - 1] in SPACE:
        close -= 1
    if close - start < 4 or text[close - 1] not in "）)":
        return None
    depth = 0
    for i in range(close - 1, start, -1):
        depth += (text[i] in "）)") - (text[i] in "（(")
        if depth == 0:
            return i if i - start >= 2 and is_attribution(text[i:close], heads) else None
    return None



def title_words(sentence: Sentence) -> str:
    """A heading's words without its label, end punctuation and a Markdown copy's bold marks (at its
    ends, or inside where a copy slipped: `**一、2023年工作回**顾`)."""
    start = sentence.label.end - sentence.start if sentence.label else 0
    return sentence.text[start:].replace("**", "").strip(" ，,、：:。*" + SPACE)
