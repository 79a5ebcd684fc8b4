"""Deadlines and rhythms as written (`年底前`, `6月30日前`, `每季度`, `长期坚持`), found with the
patterns in `lexicons/deadline_patterns.txt`. Turning them into dates is `speechmine.analysis.dates`."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..lexicon import Lexicon
from ..model import Span
from .normalise import ClosedUp
from .segment import tokenize, word_tags


#: An event the work answers when it comes (`一旦发现……，立即……`, `发现险情立即……`): the 立即 after
#: it says how soon to react, as 及时 does, and sets no limit on the item (ANNOTATION.md).
REACTION = re.compile(r"(?:一旦|发现|如有|如遇|遇有|遇到|若有|凡有)[^。；;！!？?]{0,30}$")
REACTION_WORDS = ("立即", "马上", "立刻")


def reacts(text: str, at: int) -> bool:
    """Whether the time word at `at` (`立即`) answers an event named before it in its sentence."""
    return text.startswith(REACTION_WORDS, at) and REACTION.search(text, max(0, at - 30), at) is not None


#: When work starts (`从下半年开始`, `自2026年1月1日起`): a start, not a limit (as `会后`, ANNOTATION.md).
STARTS_FROM = re.compile(r"[^，,。；;：:]{1,12}?(?:开始|起)(?![草来])")
TITLE_REACH = 40  # characters back to the 《 of a document's name


def no_limit(text: str, at: int) -> bool:
    """Whether the time words at `at` set no limit on the work: they answer an event (`reacts`),
    say when it starts, or stand in a document's name (`《关于……确保年底前……的通知》`)."""
    if reacts(text, at):
        return True
    if at > 0 and text[at - 1] in "从自" and STARTS_FROM.match(text, at) is not None:
        return True
    opened = text.rfind("《", max(0, at - TITLE_REACH), at)
    return opened >= 0 and "》" not in text[opened:at] and "\n" not in text[opened:at]


def find_deadline(text: str, start: int, end: int, lexicon: Lexicon, mask: bytearray | None = None) -> Span | None:
    """The earliest deadline in text[start:end] outside quotations (`mask[i]` set = quoted) that
    sets a limit (`no_limit`); of the patterns that match there, the longest match."""
    patterns = lexicon.patterns.get("deadline_patterns", ())
    if not patterns:
        return None
    finder, pos = lexicon.combined("deadline_patterns"), start
    while True:
        found = finder.search(text, pos, end)
        if found is None:
            return None
        at = found.start()
        if not no_limit(text, at):
            stop = max(m.end() for m in (p.match(text, at, end) for p in patterns) if m)
            limit = _limit(text, at, stop, start, lexicon, mask)
            if limit is not None:
                return limit
        pos = at + 1


def _limit(text: str, at: int, stop: int, start: int, lexicon: Lexicon, mask: bytearray | None) -> Span | None:
    """The time limit that the phrase matched at text[at:stop] gives an item starting at `start`, or
    None where it is quoted or names no window (`_window`); with its event (`_with_event`)."""
    if _quoted(text, mask, at, stop):
        return None
    window = _window(text, at, stop, lexicon)
    return None if window is None else _with_event(text, window, start)


def _quoted(text: str, mask: bytearray | None, start: int, stop: int) -> bool:
    """Whether a time phrase at text[start:stop] lies in a quotation (`mask[i]` set = quoted), not
    one that opens with a quoted name after 在 and runs on after it (`在“十四五”期间`), nor one that
    is the whole quotation (`按照“一年开局、两年提速”的要求`: limits said as a slogan)."""
    if mask is None or not mask[start] or (text[start - 1:start] == "“" and text[stop:stop + 1] == "”"):
        return False
    return bool(mask[stop - 1]) or text[start - 1:start] not in WINDOW_LEADS


WINDOW_LEADS = ("在",)
#: How a period in which the work is done ends (`奥运会期间`, `过渡期内`).
PERIOD_ENDS = ("期间", "期内")


def _window(text: str, start: int, stop: int, lexicon: Lexicon) -> Span | None:
    """The time phrase text[start:stop] as the item's limit: without a word that leads to it (`力争|
    “十一五”期间`), and None for a period that a verb before it takes into its object (`制定庙会期间
    交通疏导的……`: a verb of the lexicon, the period, then no verb, adverb or clause break, but what it
    describes; which period the thing made is of, no window of the work). Other time phrases as they are."""
    span = Span(text[start:stop], start, stop)
    if not span.text.endswith(PERIOD_ENDS):
        return span
    lead = next((w for w in LEADS_TO_TIME if span.text.startswith(w)), "")
    if lead and len(span.text) > len(lead) + len(PERIOD_ENDS[0]):
        return Span(text[start + len(lead):stop], start + len(lead), stop)
    words = [t.text for t in tokenize(span.text, lexicon, start)]
    if len(words) < 3 or words[0] not in lexicon.set("imperative_verbs"):
        return span  # (整治攻坚期内……, 受处分期间……: an event's name opens it, not a verb of the work)
    after = tokenize(text[stop:stop + AFTER_PERIOD], lexicon, stop)
    acted = not after or after[0].text[0] in CLAUSE_STARTS or after[0].text[0] in ACTING_NEXT \
        or word_tags(lexicon).get(after[0].text) in ("v", "d", "ad")
    return span if acted else None  # (学习集训期间不再……: what is done in it follows, not a noun it describes)


AFTER_PERIOD = 6  # characters after a period read for what follows it (`……期间|城市运行……`, `……期间|不再……`)
ACTING_NEXT = "不要应须必也都均一将"  # the first character of an adverb or a modal after a window


#: A time span to do something in (`30天内`, `10日之内`), and the event it may be counted from, right
#: before it after a preposition or a comma (`应于目录更新后30天内`, `在收到通知后的5个工作日内`), or
#: right after 在, 于 or 自 without 后 (`在约谈、通报3个工作日内`, `自检查结束之日起10日内`; not
#: `控制在3个工作日内`, a limit): the limit as written keeps the event (not a subject before it:
#: `企业获批后3个月内` gives `3个月内`).
DURATION = re.compile(r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})个?(?:工作日|日|天|小时|分钟|月|周|星期)之?内")
_EVENT = r"(?:(?![在要将于对把应须])[\u4e00-\u9fff“”、]){2,10}?"
EVENT_BEFORE = re.compile(rf"(?<=[，,；;：:于在自]){_EVENT}后的?$|(?<=(?<![缩制短减持])[于在自]){_EVENT}$")
EVENT_REACH = 13  # characters an event and its 后的 may take


def _with_event(text: str, span: Span, start: int) -> Span:
    """`span`, or, when it is a time span counted from an event named right before it (not before
    `start`), the event and the span."""
    if not DURATION.fullmatch(span.text):
        return span
    event = EVENT_BEFORE.search(text, max(start, span.start - EVENT_REACH), span.start)
    return span if event is None else Span(text[event.start():span.end], event.start(), span.end)


#: Time limits that only say "on schedule" (`按时完成……`): no time point of a schedule of their own;
#: the schedule an attribution gives is the limit (`……按时完成……。（完成时限：11月底）`).
ON_SCHEDULE = frozenset(("按时", "按期", "如期"))


class Deadlines:
    """The deadlines of one text, found in a single pass; `first` answers for any stretch of it.
    Matching runs on the text with the spaces around its figures closed up (`9 月 16 日前`); spans
    are the text's own."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.view = ClosedUp(text)
        self.text, self.lexicon = self.view.text, lexicon
        patterns = lexicon.patterns.get("deadline_patterns", ())
        self.starts = [m.start() for m in lexicon.combined("deadline_patterns").finditer(self.text)
                       if not no_limit(self.text, m.start())] if patterns else []

    def first(self, start: int, end: int, mask: bytearray | None = None) -> Span | None:
        """What `find_deadline(text, start, end, …)` gives, without searching the text again."""
        view = self.view
        return view.back(self._first(view.there(start), view.there(end), view.mask_there(mask)))

    def through(self, first: Span | None, end: int, mask: bytearray | None = None) -> Span | None:
        """An item's deadline as written, up to `end`: from its first time point to the last, when
        each opens a clause of its own (`5月底前完成拆迁，10月底前主体完工`: ANNOTATION.md, several
        time points of one item make one span; not `落实汛期巡查责任，汛期……`, whose first 汛期
        names the duty, nor a word that only says "on schedule", `ON_SCHEDULE`)."""
        view = self.view
        mask = view.mask_there(mask)
        first = view.span_there(first)
        if first is None or not _opens_clause(self.text, first.start) or first.text in ON_SCHEDULE:
            return view.back(first)
        last = first
        while (later := self._first(last.end, view.there(end), mask)) is not None \
                and _opens_clause(self.text, later.start) and later.text not in ON_SCHEDULE:
            last = later
        return view.back(first if last is first else Span(self.text[first.start:last.end], first.start, last.end))

    def _first(self, start: int, end: int, mask: bytearray | None) -> Span | None:
        i = bisect_left(self.starts, start)
        if i == len(self.starts) or self.starts[i] >= end:
            return None
        at = self.starts[i]
        patterns = self.lexicon.patterns["deadline_patterns"]
        stop = max((m.end() for m in (p.match(self.text, at, end) for p in patterns) if m), default=0)
        if stop <= at:  # the single pass matched beyond `end`: look inside the stretch itself
            return find_deadline(self.text, start, end, self.lexicon, mask)
        limit = _limit(self.text, at, stop, start, self.lexicon, mask)
        return find_deadline(self.text, at + 1, end, self.lexicon, mask) if limit is None else limit


#: What may stand between a clause's start and a time point that opens it (`确保年底前……`, `在……`).
TIME_LEADS = frozenset(("", "确保", "力争", "争取", "要在", "在", "于", "要", "并于", "并在"))
LEADS_TO_TIME = ("确保", "力争", "争取")  # what may open a period's phrase and is no part of it
CLAUSE_STARTS = "，,；;：:。\n"


def _opens_clause(text: str, at: int) -> bool:
    """Whether a time point at `at` opens its clause, after at most a word that leads to it."""
    before = text[max(0, at - 4):at]
    return before[max(before.rfind(c) for c in CLAUSE_STARTS) + 1:] in TIME_LEADS
