"""Word's automatic numbering: rebuild the labels (`一、` `（一）` `1.` `1.1` `①`) Word shows.

`Numbering` reads a document's `numbering.xml`; `Counters` walks the numbered paragraphs in
document order and returns each one's label, counting the way Word does:

- one counter set per list (per `abstractNum`): `num`s sharing an `abstractNum` continue each
  other, except where a `num` has a `lvlOverride` with a `startOverride` (or a whole `w:lvl`
  with a `w:start`), which restarts that level the first time the `num` is used at it;
- a level restarts when a shallower level is used (or, with `w:lvlRestart`, a level shallower
  than the one named; `lvlRestart 0` never restarts);
- `lvlText` templates hold one or more `%n` (level n's current number in level n's format, or in
  decimal when the level is `w:isLgl`).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace

from docx.oxml.ns import qn

W_VAL = qn("w:val")
MAX_LEVELS = 9

_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CN_LEGAL_UNITS = ("", "拾", "佰", "仟")
_CN_UNITS = ("", "十", "百", "千")
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_NO_SPACE_AFTER = ("No", "So", "Sm")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _chinese(n: int, digits: str = _CN_DIGITS, units: tuple[str, ...] = _CN_UNITS,
             zero: str = "零", short_ten: bool = True) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十 (n < 10000)."""
    if n <= 0 or n >= 10000:
        return str(n)
    places = [int(ch) for ch in str(n)]
    out: list[str] = []
    pending_zero = False
    for i, digit in enumerate(places):
        unit = units[len(places) - 1 - i]
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append(zero)
            pending_zero = False
        if not (short_ten and digit == 1 and unit == units[1] and not out):
            out.append(digits[digit])
        out.append(unit)
    return "".join(out)


def _letters(n: int, alphabet: str) -> str:
    """Word's letter numbering: A … Z, then AA, BB …, then AAA …"""
    if n <= 0:
        return str(n)
    return alphabet[(n - 1) % 26] * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, symbol in _ROMAN:
        while n >= value:
            out.append(symbol)
            n -= value
    return "".join(out)


def _circled(n: int) -> str:
    """① … ⑳; larger numbers fall back to decimal, as Word does."""
    return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)


def format_number(n: int, fmt: str) -> str:
    """`n` written in the Word number format `fmt` (`w:numFmt/@w:val`); unknown formats: decimal."""
    if fmt in ("bullet", "none"):
        return ""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return _chinese(n)
    if fmt == "chineseLegalSimplified":
        return _chinese(n, _CN_LEGAL_DIGITS, _CN_LEGAL_UNITS, short_ten=False)
    if fmt == "ideographTraditional":
        return _HEAVENLY_STEMS[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "decimalEnclosedCircle":
        return _circled(n)
    if fmt == "upperLetter":
        return _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if fmt == "lowerLetter":
        return _letters(n, "abcdefghijklmnopqrstuvwxyz")
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in str(n))
    return str(n)


@dataclass(frozen=True)
class Level:
    """One `w:lvl`: start value, number format, label template and restart rule."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    legal: bool = False
    restart: int | None = None
    style: str | None = None
    suffix: str = "tab"


@dataclass
class AbstractList:
    levels: dict[int, Level] = field(default_factory=dict)
    style_link: str | None = None


@dataclass
class ListInstance:
    """One `w:num`: the abstract list it uses and its per-level overrides."""

    abstract_id: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)


def _val(element, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return None if child is None else child.get(W_VAL)


def _int(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(lvl, base: Level | None = None) -> Level:
    """Read a `w:lvl`; in a `lvlOverride`, what it leaves out comes from `base`."""
    base = base or Level()
    legal = lvl.find(qn("w:isLgl"))
    return Level(
        start=_int(_val(lvl, "w:start"), base.start),
        fmt=_val(lvl, "w:numFmt") or base.fmt,
        text=_val(lvl, "w:lvlText") if lvl.find(qn("w:lvlText")) is not None else base.text,
        legal=(legal.get(W_VAL, "1") not in ("0", "false", "off")) if legal is not None
        else base.legal,
        restart=_int(_val(lvl, "w:lvlRestart"), base.restart),
        style=_val(lvl, "w:pStyle") or base.style,
        suffix=_val(lvl, "w:suff") or base.suffix,
    )


class Numbering:
    """The lists of one document, read from its `numbering.xml` root element (or none)."""

    def __init__(self, root=None, style_num_ids: dict[str, str] | None = None) -> None:
        self.abstracts: dict[str, AbstractList] = {}
        self.instances: dict[str, ListInstance] = {}
        self._style_num_ids = style_num_ids or {}
        if root is None:
            return
        for abstract in root.iterfind(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.iterfind(qn("w:lvl")):
                ilvl = _int(lvl.get(qn("w:ilvl")), None)
                if ilvl is not None:
                    levels[ilvl] = _level(lvl)
            link = _val(abstract, "w:numStyleLink")
            self.abstracts[abstract.get(qn("w:abstractNumId"))] = AbstractList(levels, link)
        for num in root.iterfind(qn("w:num")):
            instance = ListInstance(_val(num, "w:abstractNumId") or "")
            for override in num.iterfind(qn("w:lvlOverride")):
                ilvl = _int(override.get(qn("w:ilvl")), None)
                if ilvl is None:
                    continue
                start = _int(_val(override, "w:startOverride"), None)
                if start is not None:
                    instance.starts[ilvl] = start
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    level = _level(lvl, self._abstract_level(instance, ilvl))
                    instance.levels[ilvl] = level
                    if lvl.find(qn("w:start")) is not None:
                        instance.starts.setdefault(ilvl, level.start)
            self.instances[num.get(qn("w:numId"))] = instance

    def abstract_id(self, num_id: str) -> str | None:
        """The abstract list behind `num_id`, following a `numStyleLink` to its list style."""
        instance = self.instances.get(num_id)
        if instance is None:
            return None
        abstract_id = instance.abstract_id
        for _ in range(4):
            abstract = self.abstracts.get(abstract_id)
            if abstract is None or not abstract.style_link:
                break
            linked = self.instances.get(self._style_num_ids.get(abstract.style_link, ""))
            if linked is None:
                break
            abstract_id = linked.abstract_id
        return abstract_id if abstract_id in self.abstracts else None

    def _abstract_level(self, instance: ListInstance, ilvl: int) -> Level | None:
        abstract = self.abstracts.get(instance.abstract_id)
        return abstract.levels.get(ilvl) if abstract else None

    def level(self, num_id: str, ilvl: int) -> Level | None:
        """The effective definition of level `ilvl` of list `num_id` (overrides applied)."""
        instance = self.instances.get(num_id)
        if instance is None:
            return None
        if ilvl in instance.levels:
            return instance.levels[ilvl]
        abstract_id = self.abstract_id(num_id)
        level = self.abstracts[abstract_id].levels.get(ilvl) if abstract_id else None
        if level is not None and ilvl in instance.starts:
            level = replace(level, start=instance.starts[ilvl])
        return level

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        """The level whose `w:pStyle` names `style_id` (how a style picks its list level)."""
        abstract_id = self.abstract_id(num_id)
        if abstract_id is None:
            return None
        for ilvl, level in sorted(self.abstracts[abstract_id].levels.items()):
            if level.style == style_id:
                return ilvl
        return None


class Counters:
    """Counts numbered paragraphs in document order and rebuilds their labels."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self._counts: dict[str, list[int | None]] = {}
        self._restarted: set[tuple[str, int]] = set()

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance list `num_id` at level `ilvl` and return the label Word shows before the
        paragraph's text, separator included; None when it shows none (a bullet, no list)."""
        numbering = self.numbering
        level = numbering.level(num_id, ilvl)
        abstract_id = numbering.abstract_id(num_id)
        if level is None or abstract_id is None or not 0 <= ilvl < MAX_LEVELS:
            return None
        counts = self._counts.setdefault(abstract_id, [None] * MAX_LEVELS)
        if ilvl in numbering.instances[num_id].starts and (num_id, ilvl) not in self._restarted:
            self._restarted.add((num_id, ilvl))
            counts[ilvl] = None
        current = counts[ilvl]
        counts[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            deeper_level = numbering.level(num_id, deeper)
            restart = deeper if deeper_level is None or deeper_level.restart is None \
                else deeper_level.restart
            if ilvl < restart:
                counts[deeper] = None
        if level.fmt == "bullet":
            return None
        text = self._render(level, num_id, counts)
        if not text:
            return None
        return text + _separator(text, level.suffix)

    def _render(self, level: Level, num_id: str, counts: list[int | None]) -> str:
        out: list[str] = []
        template = level.text or ""
        i = 0
        while i < len(template):
            ch = template[i]
            if ch == "%" and i + 1 < len(template) and template[i + 1] in "123456789":
                ref = int(template[i + 1]) - 1
                ref_level = self.numbering.level(num_id, ref) or Level()
                value = counts[ref] if counts[ref] is not None else ref_level.start
                fmt = "decimal" if level.legal and ref_level.fmt != "none" else ref_level.fmt
                out.append(format_number(value, fmt))
                i += 2
                continue
            out.append(ch)
            i += 1
        return "".join(out)


def _separator(label: str, suffix: str) -> str:
    """What stands between a label and the text: nothing after punctuation or a circled number
    (`一、` `（一）` `1.` `①`) or with `w:suff nothing`; else one space for Word's tab or space
    (`1.1 加强…`, `第一章 总则`)."""
    if suffix == "nothing" or unicodedata.category(label[-1]) in _NO_SPACE_AFTER \
            or unicodedata.category(label[-1]).startswith(("P", "Z")):
        return ""
    return " "
