"""Numbering labels at a sentence start (`一、` `（一）` `1.` `①` `一是` `首先` …): their styles,
the number each is written with, and `match_label`, which reads one at a given place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import lexicon_dir

CN_NUM = "零一二三四五六七八九"
CN = "[一二三四五六七八九十]{1,3}"
_CN_NUMBER = re.compile("[零一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?")


def cn_to_int(text: str) -> int:
    """一 → 1, 十二 → 12, 二十三 → 23 (up to 99); ValueError for what is no number (十十, 二二)."""
    if text.isdigit():
        return int(text)
    if not _CN_NUMBER.fullmatch(text):
        raise ValueError(f"not a Chinese number: {text}")
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_NUM.index(tens) if tens else 1) * 10 + (CN_NUM.index(ones) if ones else 0)
    return CN_NUM.index(text)


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
PARENTHESISED_CN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
SEQUENCE_WORDS = {"首先": 1, "其次": 2, "再次": 3, "最后": 99}
SIDE_WORDS = {"一方面": 1, "另一方面": 2}

#: The styles of items inside a numbered item (`（1）` under `1.`): they detail their parent.
SUB_ITEM_STYLES = ("①", "（1）", "1)")
SERIES_STYLES = ("一是", "一要", "第一", "首先", "一方面")  # ordinals of a series inside a part
#: Styles that number a part's inner series or sub-items rather than the text's own parts.
INNER_STYLES = SERIES_STYLES + SUB_ITEM_STYLES

STYLE_DIGITS = {"①": CIRCLED, "⑴": PARENTHESISED, "㈠": PARENTHESISED_CN, "Ⅰ.": ROMAN}

def _label_styles() -> tuple[tuple[str, re.Pattern], ...]:
    """The label styles of `lexicons/label_styles.txt`, in order, their patterns compiled."""
    digits = {"{CN}": CN, "{CIRCLED}": CIRCLED, "{PARENTHESISED}": PARENTHESISED,
              "{PARENTHESISED_CN}": PARENTHESISED_CN, "{ROMAN}": ROMAN}
    styles = []
    for line in (lexicon_dir() / "label_styles.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            style, pattern = line.split("\t", 1)
            for placeholder, value in digits.items():
                pattern = pattern.replace(placeholder, value)
            styles.append((style, re.compile(pattern)))
    return tuple(styles)


#: (style, pattern at a sentence start whose group 1 holds the number), tried in this order.
LABEL_STYLES = _label_styles()


@dataclass(frozen=True)
class Label:
    """A numbering label at a sentence start: its style, number, text and where it stands.
    A Word heading paragraph without a label gets an empty one whose `title` names it."""

    style: str
    value: int
    text: str
    start: int
    end: int
    title: str | None = None

    @property
    def name(self) -> str:
        """The label as a path element: 一, （一）, 1, ①, 一是, 一要, 第一, 首先, 一方面."""
        if self.title is not None:
            return self.title
        if self.style in ("一、", "1.", "1、", "Ⅰ."):
            return self.text.rstrip("、.． \u3000")
        if self.style == "1)":
            return self.text.rstrip(")）")
        if self.style in ("第一", "首先"):  # 第三，continuing 首先、其次 is of style 首先
            return self.text.rstrip("，,、：:")
        return self.text


def _counts_on(text: str, at: int, value: int) -> bool:
    """Whether the number `value` written before `at` goes on to the next one (`二、三环路`,
    `三、四季度`: two numbers of one phrase, not a label; not `一、二〇二三年`, a year)."""
    following = CN_NUM[value + 1] if value + 1 < len(CN_NUM) else None
    return following is not None and text.startswith(following, at) and text[at + 1:at + 2] not in ("〇", "零", "十")


def match_label(text: str, pos: int, written: str | None = None) -> Label | None:
    """The label starting exactly at `pos` in `text`, if any; its text is taken from `written`
    (the original of a normalised `text`, same length) when given."""
    for style, pattern in LABEL_STYLES:
        m = pattern.match(text, pos)
        if not m:
            continue
        raw = m.group(1)
        if style == "首先":
            value = SEQUENCE_WORDS[raw]
        elif style == "一方面":
            value = SIDE_WORDS[raw]
        elif style in STYLE_DIGITS:
            value = STYLE_DIGITS[style].index(raw) + 1
        else:
            try:
                value = cn_to_int(raw)
            except ValueError:
                continue  # （十十）, 二二、: no number, so no label of this style
            if style == "一、" and _counts_on(text, m.end(), value):
                continue
        end = m.end() if style not in ("首先", "一方面") else m.start() + len(raw)
        return Label(style, value, (written or text)[m.start():end], m.start(), end)
    return None
