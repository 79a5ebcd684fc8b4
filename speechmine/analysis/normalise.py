"""A normalised copy of a text for matching: simplified characters, full-width punctuation.

`normalise(text)` maps character by character, so the copy has exactly the length of the input and
every offset found on the copy is an offset into the original:

- traditional characters become simplified ones (the 1:1 table in `lexicons/traditional.txt`);
- full-width digits and `％` become ASCII (`２０２４` → `2024`);
- ASCII `: ; ! ? , ( )` become `： ； ！ ？ ， （ ）` where they stand in Chinese text (a Chinese
  character or Chinese punctuation next to them, skipping spaces); inside ASCII text such as
  `1,200`, `10:30` or a URL they stay. A `(`…`)` pair is converted as a pair. `.` always stays
  (`1.2万`, `1.` labels).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..errors import SpeechmineError
from ..lexicon import lexicon_path, read_entries
from ..model import Span

_PUNCT = {":": "：", ";": "；", "!": "！", "?": "？", ",": "，", "(": "（", ")": "）"}
_WIDTH = {0xFF10 + d: str(d) for d in range(10)} | {ord("％"): "%"}
_SPACES = " \t\u3000"
_ASCII_PUNCT = re.compile("[" + re.escape("".join(_PUNCT)) + "]")


@lru_cache(maxsize=1)
def char_table() -> dict[int, str]:
    """The `str.translate` table: traditional → simplified and full-width digits → ASCII."""
    path = lexicon_path("traditional")
    table = dict(_WIDTH)
    for entry in read_entries(path.read_text(encoding="utf-8").splitlines()):
        pair = entry.split()
        if len(pair) != 2 or len(pair[0]) != 1 or len(pair[1]) != 1:
            raise SpeechmineError(f"{path}: expected one character, a space, one character: {entry}")
        table[ord(pair[0])] = pair[1]
    return table


def is_cjk(ch: str | None) -> bool:
    """A Chinese character, Chinese/full-width punctuation, or the quotes and dashes of Chinese text."""
    if not ch:
        return False
    code = ord(ch)
    return (0x3000 <= code <= 0x303F or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF
            or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF or ch in "“”‘’—…·")


def _neighbour(text: str, i: int, step: int) -> str | None:
    """The nearest character from `i` in direction `step` that is not a space (None at a line end)."""
    i += step
    while 0 <= i < len(text) and text[i] in _SPACES:
        i += step
    if 0 <= i < len(text) and text[i] not in "\r\n":
        return text[i]
    return None


def _in_chinese(text: str, i: int) -> bool:
    return is_cjk(_neighbour(text, i, -1)) or is_cjk(_neighbour(text, i, 1))


def normalise(text: str) -> str:
    """The matching copy of `text`: same length, simplified script, full-width punctuation."""
    copy = text.translate(char_table())
    found = list(_ASCII_PUNCT.finditer(text))
    if not found:
        return copy
    out = list(copy)
    opened: list[int] = []
    for match in found:
        i, ch = match.start(), match.group()
        if ch == "(":
            opened.append(i)
        elif ch == ")" and opened:
            start = opened.pop()
            if (_in_chinese(text, start) or _in_chinese(text, i)
                    or any(is_cjk(c) for c in text[start + 1:i])):
                out[start], out[i] = "（", "）"
        elif _in_chinese(text, i):
            out[i] = _PUNCT[ch]
    for start in opened:
        if _in_chinese(text, start):
            out[start] = "（"
    return "".join(out)


#: Spaces a copy from a web page or a PDF leaves around figures (`2026 年 1 月`, `达 95% 以上`).
_FIGURE_SPACES = re.compile(r"(?<=[\d%])[ \u00a0\u2002\u2003\u3000]+(?=[^\d\s])|(?<=[^\d\s])[ \u00a0\u2002\u2003\u3000]+(?=\d)")


class ClosedUp:
    """A copy of a text with the spaces between a figure and a word taken out, for the patterns of
    deadlines and targets (`9 月 16 日前` reads as `9月16日前`), and the way back to the text's
    offsets. A text without such spaces is its own copy."""

    def __init__(self, text: str) -> None:
        self.original = text
        self._mask: tuple[bytearray | None, bytearray | None] = (None, None)
        gaps = list(_FIGURE_SPACES.finditer(text))
        if not gaps:
            self.text, self._back, self._there = text, None, None
            return
        kept = bytearray(b"\x01") * len(text)
        for gap in gaps:
            kept[gap.start():gap.end()] = bytes(gap.end() - gap.start())
        self._back = [i for i in range(len(text)) if kept[i]] + [len(text)]  # copy offset -> text offset
        self._there = [0] * (len(text) + 1)  # text offset -> copy offset (of the next kept character)
        j = 0
        for i in range(len(text)):
            self._there[i] = j
            j += kept[i]
        self._there[len(text)] = j
        self.text = "".join(ch for ch, keep in zip(text, kept) if keep)

    def there(self, at: int) -> int:
        """The copy's offset of the text's offset `at`."""
        return at if self._there is None else self._there[at]

    def back(self, span: Span | None) -> Span | None:
        """A span of the copy as a span of the text (its words as the text writes them)."""
        if span is None or self._back is None:
            return span
        start, end = self._back[span.start], self._back[span.end - 1] + 1
        return Span(self.original[start:end], start, end)

    def span_there(self, span: Span | None) -> Span | None:
        """A span of the text as a span of the copy (the inverse of `back`)."""
        if span is None or self._back is None:
            return span
        start, end = self.there(span.start), self.there(span.end)
        return Span(self.text[start:end], start, end)

    def mask_there(self, mask: bytearray | None) -> bytearray | None:
        """A mask of the text's characters (quoted ones set) for the copy's, made once per mask."""
        if mask is None or self._back is None:
            return mask
        if mask is not self._mask[0]:
            self._mask = (mask, bytearray(mask[i] for i in self._back[:-1]))
        return self._mask[1]
