"""Numbering labels at a sentence start (`一、` `（一）` `1.` `①` `一是` `首先` …): their styles,
the number each is written with, and `match_label`, which reads one at a given place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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

STYLE_DIGITS = {"①": CIRCLED, "⑴": PARENTHESISED, "㈠": PARENTHESISED_CN, "Ⅰ.": ROMAN}

# (style, pattern at a sentence start, group holding the number, how the label is written)
LABEL_STYLES: tuple[tuple[str, re.Pattern], ...] = (
    ("一、", re.compile(rf"({CN})(?:、|[.．](?![\d.．]))")),  # 一、 一． 一.
    ("（一）", re.compile(rf"[（(]({CN})[）)]")),
    ("㈠", re.compile(rf"([{PARENTHESISED_CN}])")),
    ("（1）", re.compile(r"[（(](\d{1,2})[）)]")),
    ("⑴", re.compile(rf"([{PARENTHESISED}])")),
    ("Ⅰ.", re.compile(rf"([{ROMAN}])(?:[.．、]|(?=[ \u3000]))")),
    ("1.1", re.compile(r"(?:\d{1,2})[.．](\d{1,2})(?=[ \u3000]|[^\d.．%％万亿千百倍个元年月日号])")),
    ("1.", re.compile(r"(\d{1,2})[.．](?=(?:19|20)\d\d年|[^\d.．])")),  # 3.2026年底前… is 3.
    ("1、", re.compile(r"(\d{1,2})、")),
    ("1)", re.compile(r"(\d{1,2})[)）](?![\d.．])")),
    ("①", re.compile(rf"([{CIRCLED}])")),
    ("一是", re.compile(rf"({CN})是(?![非否])")),
    ("一要", re.compile(rf"({CN})要(?![求素点闻])")),
    ("第一章", re.compile(rf"第({CN})章")),
    ("第一节", re.compile(rf"第({CN})节")),
    ("第一条", re.compile(rf"第({CN})条")),
    ("第一", re.compile(rf"第({CN})[，,、：:]")),
    ("首先", re.compile(r"(首先|其次|再次|最后)(?=[，,、：:]|要)")),
    ("一方面", re.compile(r"(一方面|另一方面)(?=[，,、：:]|要)")),
)


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
            return self.text.rstrip("、.．")
        if self.style == "1)":
            return self.text.rstrip(")）")
        if self.style in ("第一", "首先"):  # 第三，continuing 首先、其次 is of style 首先
            return self.text.rstrip("，,、：:")
        return self.text


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
        end = m.end() if style not in ("首先", "一方面") else m.start() + len(raw)
        return Label(style, value, (written or text)[m.start():end], m.start(), end)
    return None
