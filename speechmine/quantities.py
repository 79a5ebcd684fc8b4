"""Quantitative targets as written (`不少于**次`, `覆盖率达到95%以上`, `新建高标准农田2.5万亩`).

A quantity is a number (Arabic, Chinese, or the redaction `**`) with a unit from
`lexicons/target_units.txt`. It is a target when a word of `target_verbs.txt` stands before it in
its clause, or 以上/左右/以内/以下 follows it, and it is not a date, an age, an ordinal or a count
that only qualifies a noun (`28个重点项目`). The target span runs from the start of the clause of
the first target (after a leading deadline) to the end of the last one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon
from .model import Span

NUMBER = r"(?:\d+(?:\.\d+)?|\*\*+|[一二三四五六七八九十百千万两]+)(?:\.\d+)?(?:万|亿|千)?"
_CN_DIGITS = "一二三四五六七八九十百千万两"
# A quantity's number starts where a run of Chinese digits starts (or one digit in, after 第, a
# digit or a point, which bar the run's start): a start inside the run can match only where the
# run's start would have, so trying it made a long run of digits quadratic.
FIRST_NUMBER = (rf"(?:\d+(?:\.\d+)?|\*\*+|(?:(?<![{_CN_DIGITS}])|(?<=[第\d.][{_CN_DIGITS}]))"
                rf"[{_CN_DIGITS}]+)(?:\.\d+)?(?:万|亿|千)?")
MODIFIER_AFTER = ("以上", "左右", "以内", "以下", "之内")
NOUN_COUNT_UNITS = ("个", "名", "项", "家", "所", "类", "条", "批", "支", "本", "件", "次", "处", "部", "座", "套")
LEADING_WORDS = ("要", "必须", "务必", "确保", "力争", "切实", "努力", "争取")
CLAUSE_BREAK = "，,；;：:。！？!?"


@lru_cache(maxsize=8)
def _quantity_pattern(units: tuple[str, ...]) -> re.Pattern:
    ordered = sorted(units, key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in ordered)
    return re.compile(rf"(?<![第\d.])({FIRST_NUMBER})(?:(?:至|到|-|~|—)({NUMBER}))?({unit_alt})")


def _clause_start(text: str, start: int, at: int) -> int:
    i = at
    while i > start and text[i - 1] not in CLAUSE_BREAK:
        i -= 1
    return i


def find_target(text: str, start: int, end: int, lexicon: Lexicon, deadline: Span | None = None,
                mask: bytearray | None = None) -> Span | None:
    """The target span in text[start:end], or None."""
    pattern = _quantity_pattern(lexicon.words("target_units"))
    verbs = tuple(lexicon.words("target_verbs"))
    comparators = tuple(lexicon.words("target_comparators"))
    hits: list[tuple[int, int]] = []
    for m in pattern.finditer(text, start, end):
        if mask is not None and mask[m.start()]:
            continue
        number, unit = m.group(1), m.group(3)
        q_end = m.end()
        after = text[q_end:q_end + 2]
        chinese = not re.search(r"\d", number)  # Chinese digits or the redaction **
        clause = text[_clause_start(text, start, m.start()):m.start()]
        right_after_verb = any(v in clause[-len(v) - 2:] for v in verbs)  # 完成剩余37家企业改造
        has_verb = right_after_verb or any(v in clause for v in verbs)
        modified = after in MODIFIER_AFTER
        if modified:
            q_end += 2
            if text[q_end:q_end + 1] == "的" and not text.startswith(("的目标", "的任务"), q_end):
                continue  # 5万元以下的村, 25户以上的自然村: a threshold that qualifies a noun
        if chinese and not (modified or any(c in clause[-len(c) - 3:] for c in comparators)):
            continue
        nxt = text[q_end:q_end + 1]
        ends_clause = not nxt or nxt in CLAUSE_BREAK or nxt in "”）)"
        if unit in NOUN_COUNT_UNITS and not (modified or ends_clause or right_after_verb):
            continue  # 28个重点项目: a count that qualifies a noun
        if not (has_verb or modified or (ends_clause and not chinese)):
            continue
        if unit in NOUN_COUNT_UNITS and not (modified or ends_clause):
            while q_end < end and text[q_end] not in CLAUSE_BREAK:  # 完成12处农村供水工程改造
                q_end += 1
        hits.append((m.start(), q_end))
    if not hits:
        return None
    first = _clause_start(text, start, hits[0][0])
    if deadline is not None and deadline.start == first:
        first = deadline.end
    while first < hits[0][0]:
        if text[first] in "，, ":
            first += 1
            continue
        lead = next((w for w in LEADING_WORDS if text.startswith(w, first)), None)
        if lead is None:
            break
        first += len(lead)
    last = hits[-1][1]
    return Span(text[first:last], first, last)
