"""Quantitative targets as numbers: `不少于15家` → Target(15, "家", "at_least").

`parse_target(text)` reads the first quantity of a target as written (the extractor finds the
span): its value with `万`/`亿` applied (`1.2万人` → 12000 人, `一千二百万人` → 12000000 人), the unit
from `lexicons/target_units.txt` (or in Latin letters right after a comparison word: `不低于1080P`),
and a modifier — `at_least` (`不少于` `不低于` `以上` `突破` …), `at_most` (`不超过` `控制在…以内` …),
`about` (`左右` `约` `近`), `range` (`3至5个`, `5%和6.5%左右`, with `value_max`) or `exact`. A redacted
number (`不少于**次`) has value None: unknown, not zero; its unit and modifier are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, Union


from ..lexicon import Lexicon, load

Number = Union[int, float]
MODIFIERS = ("at_least", "about", "at_most", "range", "exact")

_WIDTH = {0xFF10 + d: str(d) for d in range(10)} | {ord("％"): "%", ord("＊"): "*", ord("．"): "."}
CN_POINT = "点"  # the decimal point of a number in Chinese digits (`七点五`)
#: A decimal in Chinese digits (`百分之七点五`, `一点三倍`): the digits after its 点.
CN_DECIMAL = f"(?:{CN_POINT}[零〇一二三四五六七八九]+)?"
_QUANTITY = re.compile(
    r"(?P<redacted>\*+)|(?P<arabic>\d+(?:,\d{3})*(?:\.\d+)?)"
    rf"|(?P<cn>(?:[零〇一二两三四五六七八九]|十)[零〇一二两三四五六七八九十百千万亿]*{CN_DECIMAL})")
PER_CENT = "百分之"  # 增长百分之八: the unit before the number, as older texts write it
_AFTER_NUMBER = re.compile(r"(?P<approx>[余多])?(?P<mult>万亿|亿|万)?")
_RANGE_JOIN = re.compile(r"\s*(?P<join>至|到|—|–|-|~|～|－|和|、)\s*")
_MULTIPLIERS = {None: 1, "万": 10 ** 4, "亿": 10 ** 8, "万亿": 10 ** 12}
_BEFORE = {
    "at_least": ("不少于", "不低于", "不小于", "不下于", "至少", "最少", "超过", "突破", "多于", "高于", "大于"),
    "at_most": ("不超过", "不高于", "不多于", "不大于", "最多", "控制在", "低于", "少于", "小于"),
}
_COMPARISONS = (*_BEFORE["at_least"], *_BEFORE["at_most"], "达到", "达")
_ADJACENT_ABOUT = ("大约", "约", "接近", "将近", "近")
_AFTER = (("及以上", "at_least"), ("以上", "at_least"), ("以下", "at_most"), ("以内", "at_most"),
          ("之内", "at_most"), ("左右", "about"), ("上下", "about"))
#: 半 after a unit adds a half (`2天半`); not where a unit follows it (`5个半天` is five half-days).
HALF = r"半(?=[，。；、,;：:）)]|以|左|的|$)"
_HALF = re.compile(HALF)
_LETTERS = re.compile("[A-Za-z]+")
_CLAUSE_END = "，,；;。：:！？\n"


@dataclass(frozen=True)
class Target:
    """A parsed target; `value` None with a modifier means the number is redacted or unreadable."""

    value: Number | None
    unit: str | None
    modifier: str | None
    value_max: Number | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit, "modifier": self.modifier,
                "value_max": self.value_max}


#: Units of an age or a number of years: a target only in figures after a comparison that sets a
#: level to reach (`人均预期寿命达到75岁`, `受教育年限提高到9.5年`), never a calendar year
#: (`超过2020年`), a limit (`最长不超过一年`), a condition (`超过5年`) nor a span (`力争2—3年……`).
COMPARED_ONLY = ("岁", "年")
SETS_A_LEVEL = ("达到", "提高到", "提高至")  # the comparisons that set a level to reach


def counts_as_target(figure: str | None, before: str) -> bool:
    """Whether a quantity whose unit (or whole figure) is `figure`, after the words `before`, may be
    a target: any unit but an age or a number of years, and those only after `SETS_A_LEVEL`."""
    return figure is None or not figure.endswith(COMPARED_ONLY) or before.endswith(SETS_A_LEVEL)


@dataclass(frozen=True)
class _Quantity:
    value: Decimal | None
    unit: str | None
    approx: bool
    start: int
    end: int


@lru_cache(maxsize=8)
def _units(listed: tuple[str, ...]) -> tuple[str, ...]:
    """The lexicon's `target_units`, longest first (so 千瓦时 wins over 千瓦)."""
    words = {w.translate(_WIDTH) for w in listed}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _number(value: Decimal) -> Number:
    return int(value) if value == value.to_integral_value() else float(value)


CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
            "八": 8, "九": 9}
CN_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}


def cn_to_number(text: str) -> int | None:
    """The value of a Chinese numeral (`十五`, `一百零五`, `一千二百万`, `三亿五千万`), else None."""
    result = section = digit = 0
    after_digit = False
    for ch in text:
        if ch in CN_DIGIT:
            if after_digit and digit and CN_DIGIT[ch]:
                return None  # 二三: two digits in a row is not a numeral
            digit, after_digit = CN_DIGIT[ch], True
            continue
        after_digit = False
        if ch in CN_SMALL_UNIT:
            if not digit and ch != "十":
                return None
            section += (digit or 1) * CN_SMALL_UNIT[ch]
        elif ch in CN_BIG_UNIT:
            section += digit
            if not (section or result):
                return None
            if ch == "亿":
                result = (result + section) * CN_BIG_UNIT[ch]
            else:
                result += section * CN_BIG_UNIT[ch]
            section = 0
        else:
            return None
        digit = 0
    return result + section + digit if text else None


def _cn_value(token: str) -> tuple[Decimal, int] | None:
    """The value of the longest readable prefix of a Chinese numeral run, and that prefix's length."""
    for size in range(len(token), 0, -1):
        value = cn_to_number(token[:size])
        if value is not None:
            return Decimal(value), size
    return None


def _quantity_at(text: str, match: re.Match, units: tuple[str, ...]) -> _Quantity | None:
    """The quantity starting at `match`: number, approximation mark, multiplier and unit."""
    end = match.end()
    if match.group("arabic"):
        following = text[end:end + 1]
        if following.isascii() and following.isalpha() and text[:match.start()].endswith(_COMPARISONS):
            letters = _LETTERS.match(text, end).group()  # 不低于1080P: a unit in letters
            value = Decimal(match.group("arabic").replace(",", ""))
            return _Quantity(value, letters, False, match.start(), end + len(letters))
        if (following.isascii() and following.isalpha()) or (len(match.group("arabic")) == 4 and following == "年"):
            return None  # 4A级, 5G, a year
        value: Decimal | None = Decimal(match.group("arabic").replace(",", ""))
    elif match.group("cn"):
        whole, point, fraction = match.group("cn").partition(CN_POINT)
        read = _cn_value(whole)
        if read is None:
            return None
        value, end = read[0], match.start() + read[1]
        if point and read[1] == len(whole):  # 七点五: the digits after 点 are tenths, hundredths
            value += Decimal("0." + "".join(str(CN_DIGIT[ch]) for ch in fraction))
            end += len(point) + len(fraction)
    else:
        value = None
    extra = _AFTER_NUMBER.match(text, end)  # 600余万: 余 before the multiplier
    if value is not None:
        value *= _MULTIPLIERS[extra.group("mult")]
    end = extra.end()
    unit = next((u for u in units if text.startswith(u, end)), None)
    end += len(unit or "")
    if unit is None and text.endswith(PER_CENT, 0, match.start()):
        unit = "%"  # 百分之八: a percentage written out
    half = _HALF.match(text, end) if unit else None
    if half:  # 2天半
        end = half.end()
        value = value + Decimal("0.5") if value is not None else None
    return _Quantity(value, unit, bool(extra.group("approx")), match.start(), end)


def _quantities(text: str, units: tuple[str, ...]) -> list[_Quantity]:
    """The quantities of `text` in order; Chinese numerals only when no digits or `**` are written."""
    found = [(m.group("cn") is None, q) for m in _QUANTITY.finditer(text) if (q := _quantity_at(text, m, units))]
    in_digits = [q for digits, q in found if digits]
    return in_digits or [q for _, q in found]


def _before_modifier(prefix: str) -> str | None:
    """The modifier a word in the clause before the number gives (`不少于`, `控制在`, `约`)."""
    clause = re.split(f"[{_CLAUSE_END}]", prefix)[-1]
    if clause.endswith(_ADJACENT_ABOUT):
        return "about"
    hits = [(pos + len(word), len(word), modifier)
            for modifier, words in _BEFORE.items() for word in words if (pos := clause.rfind(word)) >= 0]
    # the word nearest the number wins; at the same place the longer one (不超过 over 超过)
    return max(hits)[2] if hits else None


def parse_target(text: str | None, lexicon: Lexicon | None = None) -> Target:
    """The first quantity of a target as written; `Target(None, None, None)` when there is none.
    Units are the `target_units` of `lexicon` (default: the shipped lexicons)."""
    if not text:
        return Target(None, None, None)
    text = text.translate(_WIDTH)
    quantities = [q for q in _quantities(text, _units((lexicon or load()).words("target_units")))
                  if counts_as_target(q.unit, text[:q.start])]
    if not quantities:
        return Target(None, None, None)
    first = quantities[0]
    value = _number(first.value) if first.value is not None else None
    end, unit = first.end, first.unit
    if len(quantities) > 1:
        join = _RANGE_JOIN.match(text, first.end)
        second = quantities[1]
        if join and join.end() == second.start and (
                first.unit == second.unit or (join.group("join") not in "和、" and first.unit is None)):
            maximum = _number(second.value) if second.value is not None else None
            return Target(value, second.unit, "range", maximum)
    modifier = _before_modifier(text[:first.start])
    if modifier is None:
        rest = text[end:].lstrip()
        modifier = next((m for word, m in _AFTER if rest.startswith(word)), None)
    if modifier is None:
        modifier = "at_least" if first.approx else "exact"
    return Target(value, unit, modifier)
