"""Document dates and deadlines as real dates.

`find_doc_date(text)` reads the date a document carries (a dated line under the title, a signature
date at the end, or failing those the year in its title); it never falls back to today's date.
`resolve(deadline, doc_date)` turns a deadline as written (`6月底前`, `上半年`, `每月5日前`,
`长期坚持`) into a `Due`: the ISO date at the END of the stated span, its kind and, for a rhythm, the
rhythm.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Iterable, Union

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3,
              "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_WIDTH = {0xFF10 + d: str(d) for d in range(10)}
_SP = r"[ \t\u3000]*"
_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR = r"(?:19|20)\d\d|(?:一九|二[〇零○Ｏ])[〇零○Ｏ一二三四五六七八九]{2}"
_DATE = re.compile(rf"({_YEAR}){_SP}年{_SP}({_NUM}){_SP}月{_SP}({_NUM}){_SP}[日号]")
_TITLE_YEAR = re.compile(rf"({_YEAR})年")


def cn_number(text: str) -> int | None:
    """An Arabic or small Chinese number (`12`, `十二`, `三十一`, year digits `二〇二四`), else None."""
    text = text.translate(_WIDTH)
    if text.isdigit():
        return int(text)
    if text and all(ch in _CN_DIGITS for ch in text):
        if len(text) == 1:
            return _CN_DIGITS[text]
        return int("".join(str(_CN_DIGITS[ch]) for ch in text)) if len(text) == 4 else None
    match = re.fullmatch(r"([一二三四五六七八九])?十([一二三四五六七八九])?", text)
    if match:
        tens = _CN_DIGITS[match.group(1)] if match.group(1) else 1
        return tens * 10 + (_CN_DIGITS[match.group(2)] if match.group(2) else 0)
    return None


def _make_date(year: int, month: int, day: int | None = None) -> dt.date | None:
    """The date, or the month's last day when `day` is None; None for an impossible date."""
    if not (1 <= month <= 12):
        return None
    last = calendar.monthrange(year, month)[1]
    day = last if day is None else day
    return dt.date(year, month, day) if 1 <= day <= last else None


# ---------------------------------------------------------------- document date

@dataclass(frozen=True)
class DocDate:
    """A document's date; `precision` is "year" when only a title year gave it (then Jan 1)."""

    date: dt.date
    precision: str
    span: tuple[int, int]

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def _line_spans(text: str) -> list[tuple[int, str]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            spans.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return spans


def _date_in(line: str, offset: int, alone: bool) -> DocDate | None:
    ascii_line = line.translate(_WIDTH)
    for match in _DATE.finditer(ascii_line):
        before, after = ascii_line[:match.start()].strip(), ascii_line[match.end():].strip()
        if alone:
            ok = before in ("", "（", "(", "〔") and after in ("", "）", ")", "〕")
        else:  # under the title: （2025年2月18日在全县……会议上） or ——2025年1月15日在……
            ok = (before in ("（", "(") and after.endswith(("）", ")"))) or before in ("——", "—")
        year, month, day = (cn_number(g) for g in match.groups())
        date = _make_date(year, month, day) if ok and None not in (year, month, day) else None
        if date:
            return DocDate(date, "day", (offset + match.start(), offset + match.end()))
    return None


def find_doc_date(text: str) -> DocDate | None:
    """The document's date: a dated line near the top, else a signature date among the last lines,
    else the year in the title (`宁川市民政局2024年工作要点` → 2024-01-01, precision "year")."""
    lines = _line_spans(text)
    for offset, line in lines[:8]:
        found = _date_in(line, offset, alone=True) or _date_in(line, offset, alone=False)
        if found:
            return found
    for offset, line in reversed(lines[-6:]):
        found = _date_in(line, offset, alone=True)
        if found:
            return found
    for offset, line in lines[:3]:
        if "。" in line or "回顾" in line or len(line) > 60:
            continue
        match = _TITLE_YEAR.search(line.translate(_WIDTH))
        year = cn_number(match.group(1)) if match else None
        if year:
            return DocDate(dt.date(year, 1, 1), "year", (offset + match.start(1), offset + match.end(1)))
    return None


def file_date_fits(file_date: dt.date, text: str, written: DocDate | None = None) -> bool:
    """Whether a file's own date (a .docx's core properties) can stand for the document's date.

    Dates in the text win: a title year (`2024年工作要点`) takes a file date of that year only; else
    the file date must fall in a year the text names or the year after one (a January speech
    reviewing last year). Files made from an old template carry its date (python-docx's is 2013):
    a date far from the text's years is ignored. A text that names no year cannot contradict it."""
    if written is not None:
        return written.precision == "year" and file_date.year == written.date.year
    years = {cn_number(m.group(1)) for m in _TITLE_YEAR.finditer(text.translate(_WIDTH))}
    years.discard(None)
    return not years or any(file_date.year in (year, year + 1) for year in years)


# ---------------------------------------------------------------- deadlines

KINDS = ("date", "period", "rhythm", "ongoing")
DateLike = Union[dt.date, DocDate, str, None]


@dataclass(frozen=True)
class Due:
    """A resolved deadline: `due` is an ISO date (end of the span) or None when it has no date."""

    due: str | None
    deadline_kind: str | None
    rhythm: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"due": self.due, "deadline_kind": self.deadline_kind, "rhythm": self.rhythm}


UNKNOWN = Due(None, None, None)

_RHYTHMS = (
    (re.compile(r"每个?工作日|每日|每天"), "daily"),
    (re.compile(r"每周|每个?星期|一周一(?![日号])"), "weekly"),
    (re.compile(r"每半年|半年一(?![日号])"), "half-yearly"),
    (re.compile(r"每个?季度?|按季度?|一季度?一(?![日号])"), "quarterly"),
    (re.compile(r"每个?学期|一学期一"), "per-term"),
    (re.compile(r"每个?月|按月|(?<![\d〇零一二三四五六七八九十年])一月一(?![日号])"), "monthly"),
    (re.compile(r"每一?年度?|按年度?|一年一(?![日号])"), "yearly"),
)
_ONGOING = ("长期坚持", "长期", "持续推进", "持续", "常态化", "长效", "经常性", "常年", "久久为功")
_URGENT = ("限时", "限期", "尽快", "立即", "即时", "马上", "第一时间")
_POINT = re.compile(
    rf"(?:(?P<year>{_YEAR})年|(?P<rel>今年|本年|当年|明年|次年|下一年))?"
    r"(?:(?P<fy>年底|年末)|(?P<yin>年内|全年|年度内|本年度|年度)"
    rf"|(?P<month>{_NUM})月份?(?:(?P<day>{_NUM})[日号]|(?P<part>底|末|上旬|中旬|下旬|中))?"
    r"|第?(?P<quarter>[一二三四1-4])季度(?P<qend>末|底)?"
    r"|(?P<half>上半年|下半年)"
    r"|(?P<term>秋季|春季)(?:学期)?开学"
    r"|(?P<ye>底|末|内))?")
_PLAN = re.compile(r"十([一二三四五六七八九])五")
_REL_YEAR = {"今年": 0, "本年": 0, "当年": 0, "明年": 1, "次年": 1, "下一年": 1}
_COUNTS = frozenset("一二两三四五六七八九十几0123456789")  # (a count before 年内 makes it a span: 三年内, 几年内)


def as_date(value: DateLike) -> dt.date | None:
    """A `datetime.date` from a date, a `DocDate` or an ISO string (None stays None)."""
    if isinstance(value, DocDate):
        return value.date
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return value


def _prepare(text: str) -> str:
    return re.sub(r"[\s“”\"'《》]", "", text.translate(_WIDTH))


def _add_year(date: dt.date) -> dt.date:
    """The same day a year later (Feb 29 becomes Feb 28)."""
    return dt.date(date.year + 1, date.month, min(date.day, calendar.monthrange(date.year + 1, date.month)[1]))


def _span_end(g: dict[str, str | None], text: str, after: str, year: int) -> tuple[dt.date | None, str]:
    """(end of the span, kind) for one match of `_POINT` in the year `year`."""
    if g["fy"]:
        return dt.date(year, 12, 31), "date"
    if g["yin"]:
        return dt.date(year, 12, 31), "period"
    if g["month"]:
        month, part = cn_number(g["month"]), g["part"]
        day = cn_number(g["day"]) if g["day"] else None
        if month is None or (g["day"] and day is None):
            return None, "date"
        if day is None and part is None:
            if not after.startswith(("前", "之前", "以前")):
                return _make_date(year, month), "period"
            if month == 1:  # 1月前: before January begins
                return dt.date(year - 1, 12, 31), "date"
            return _make_date(year, month - 1), "date"  # 6月前: before June begins
        day = {"上旬": 10, "中旬": 20, "中": 15}.get(part or "", day)
        return _make_date(year, month, day), "date"
    if g["quarter"]:
        return _make_date(year, cn_number(g["quarter"]) * 3), "date" if g["qend"] else "period"
    if g["half"]:
        return (dt.date(year, 6, 30) if g["half"] == "上半年" else dt.date(year, 12, 31)), "period"
    if g["term"]:
        return _make_date(year, 8 if g["term"] == "秋季" else 2), "date"
    dated = g["ye"] in ("底", "末") or text.startswith(("到", "至")) or "前" in after
    return dt.date(year, 12, 31), "date" if dated else "period"


def _point(text: str, ref: dt.date | None) -> tuple[dt.date | None, str] | None:
    """(due, kind) for a dated deadline (due None when it needs a document date that is missing),
    None when `text` states no date or period."""
    for match in _POINT.finditer(text):
        g = match.groupdict()
        written_year = bool(g["year"] or g["rel"])
        if not written_year and not any(g[k] for k in ("fy", "yin", "month", "quarter", "half", "term")):
            continue  # empty, or a bare 底/末/内
        if g["yin"] and not written_year and text[match.start() - 1:match.start()] in _COUNTS:
            continue  # 三年内, 2年内: a span of years from the start of the work, not this year's end
        if g["year"]:
            year: int | None = cn_number(g["year"])
        else:
            year = ref.year + _REL_YEAR[g["rel"]] if ref and g["rel"] else None
        due, kind = _span_end(g, text, text[match.end():], year or (ref.year if ref else 2000))
        if due is None:
            return None
        if year is None and ref is None:
            return None, kind
        if not written_year and due < ref - dt.timedelta(days=31):
            due = _add_year(due)
        until = _WINDOW_END.match(text, match.end())
        if until:  # a window (`3月15日至5月31日`, `2025年至2026年`, `9月16日—23日`) is due at its end
            day = _DAY_ONLY.match(text, until.end())
            number = cn_number(day.group(1)) if day else None
            if number:
                return _make_date(due.year, due.month, number), "date"
            end = _point(text[until.end():], due)
            if end is not None and end[0] is not None:
                return (end[0] if end[0] >= due else _add_year(end[0])), end[1]
        return due, kind
    return None


_DAY_ONLY = re.compile(rf"({_NUM})[日号](?!\d)")  # a window's end in the month it starts in
_WINDOW_END = re.compile(r"起?[，,]?(?:至|到|—|－|-|~|～)(?=\d|[一二三四五六七八九十〇]|今年|明年|次年)")


def _next_after(ref: dt.date, candidates: Iterable[dt.date]) -> dt.date:
    return min(d for d in candidates if d > ref)


def _rhythm_due(rhythm: str, rest: str, ref: dt.date | None) -> dt.date | None:
    """The next date after `ref` that a rhythm with a stated day (`每月5日前`, `每季度末`) falls on."""
    if ref is None:
        return None
    years = (ref.year, ref.year + 1)
    end = re.match(r"(?:年|月|季度?)?(?:底|末)", rest)
    if rhythm == "monthly":
        day_match = re.match(rf"({_NUM})[日号]", rest)
        if not (day_match or end):
            return None
        day = cn_number(day_match.group(1)) if day_match else 31
        if not day:
            return None
        return _next_after(ref, (_make_date(y, m, min(day, calendar.monthrange(y, m)[1]))
                                 for y in years for m in range(1, 13)))
    if rhythm in ("quarterly", "half-yearly") and end:
        months = (3, 6, 9, 12) if rhythm == "quarterly" else (6, 12)
        return _next_after(ref, (_make_date(y, m) for y in years for m in months))
    if rhythm == "yearly":
        found = (dt.date(ref.year, 12, 31), "date") if end else _point(rest, dt.date(ref.year, 1, 1))
        if found and found[0]:
            return found[0] if found[0] > ref else _add_year(found[0])
    return None


def resolve(deadline_text: str | None, doc_date: DateLike = None) -> Due:
    """The `Due` of a deadline as written, with year-less forms placed by the document date.

    A year-less date takes the document's year, or the next year when it would fall more than a
    month before the document date (a December speech's `3月底前` is next March). Unknown text
    gives `Due(None, None, None)`.
    """
    if not deadline_text:
        return UNKNOWN
    text, ref = _prepare(deadline_text), as_date(doc_date)
    for pattern, rhythm in _RHYTHMS:
        match = pattern.search(text)
        if match:
            due = _rhythm_due(rhythm, text[match.end():], ref)
            return Due(due.isoformat() if due else None, "rhythm", rhythm)
    plan = _PLAN.search(text)
    if plan:
        number = cn_number(plan.group(1)) + 10
        return Due(f"{1955 + 5 * number}-12-31", "period")
    found = _point(text, ref)
    if found:
        due, kind = found
        return Due(due.isoformat() if due else None, kind)
    if any(word in text for word in _ONGOING):
        return Due(None, "ongoing")
    if any(word in text for word in _URGENT):
        return Due(None, "date")
    return UNKNOWN
