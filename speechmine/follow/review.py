"""The later document: its review part, its problems paragraphs, and the review cut into units."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..analysis.sentences import HEADING_MARK, Sentence, after_heading_mark, title_words
from ..analysis.structure import build
from .words import words

UNIT_END = "；;。！？!?"


def review_part(text: str, lexicon: Lexicon) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The review part of `text` (start, end) and its problems paragraphs (from the sentence where
    a problem cue matches to the end of its paragraph). When no title reviews, the text before
    its first top-level part that frames plans (`二、2026年工作安排`), else the whole text."""
    sentences = build(text, lexicon).sentences
    first = next((i for i, s in enumerate(sentences) if s.zone in ("review", "problem")), None)
    if first is None:  # no title reviews: the text before its first part of plans, else all of it
        plan = next((i for i, s in enumerate(sentences) if i and _plans(s, lexicon)), len(sentences))
        chosen = sentences[:plan]
        start, end = 0, (chosen[-1].end if plan < len(sentences) and chosen else len(text))
    else:
        part = sentences[first].path[:1]
        while part and first > 0 and sentences[first - 1].path[:1] == part and sentences[first - 1].zone != "preamble":
            first -= 1  # a part that holds a review paragraph (过去一年，……) reviews from its title on
        last = first
        for i in range(first + 1, len(sentences)):
            if (sentences[i].zone == "task" and not (part and sentences[i].path[:1] == part)) \
                    or sentences[i].zone == "preamble":
                break
            last = i
        chosen = sentences[first:last + 1]
        start, end = sentences[first].start, sentences[last].end
    problems: list[tuple[int, int]] = []
    opened: int | None = None
    for s in chosen:
        if opened is not None and s.para != opened:
            opened = None
        if opened is None and lexicon.search("problem_cues", s.text) and (
                s.first_in_para or s.zone == "problem" or "清醒" in s.text):
            opened = s.para
            problems.append((s.start, s.end))
        elif opened is not None:
            problems[-1] = (problems[-1][0], s.end)
    return (start, end), problems


def _plans(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A top-level part title that frames the plans (`二、2026年工作安排`, `三、“十五五”时期目标任务`)."""
    if sentence.label is None or len(sentence.path) != 1 or not sentence.is_title:
        return False
    words = title_words(sentence)
    return words in lexicon.set("frame_titles") or words.endswith(lexicon.words("frame_endings"))


#: A unit that thanks (`我代表市人民政府，向……表示衷心的感谢`, `……致以崇高的敬意`): it reports no work.
THANKS = re.compile(r"代表[^。；;]*?向[^。；;]*?(?:感谢|敬意|问候)|(?:表示|致以)(?:衷心|诚挚|崇高)的?(?:感谢|敬意|问候)")
SECTION_LABEL = re.compile(r"[（(]?[一二三四五六七八九十]+[)）、]?")  # （一） 四、: a section, not 一是
_OPENER = re.compile(r"[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、"
                     r"|\d{1,2}[.．、](?!\d)")  # (`3.培植财源税源。`, not `1.1亿元`)


def openers(text: str, units: list[tuple[int, int]]) -> list[int | None]:
    """For each unit, the index of the unit that opens its section of the review (`一是……`); the
    review part's own title (`一、2023年工作回顾`, its first unit without an end mark) opens none."""
    out: list[int | None] = []
    current = None
    for index, (a, b) in enumerate(units):
        if index == 0 and text[b - 1] not in UNIT_END:
            out.append(None)
            continue
        if _OPENER.match(text, a) and b - a <= 40:
            current = index
        out.append(current)
    return out


SECTION_TITLE = 20  # characters at most in an unlabelled first unit that titles its section


def titles_section(text: str, unit: tuple[int, int], labelled: bool) -> bool:
    """Whether the first unit of a review section titles it: labelled (`一是……`, `（二）……`), or one
    short clause (`生态环境持续向好。`), not a paragraph's topic sentence (`过去一年，我们……，以……。`)."""
    body = text[unit[0]:unit[1]].rstrip(UNIT_END)
    return labelled or (len(body) <= SECTION_TITLE and not re.search(r"[，,；;：:、]", body))


def sections(text: str, units: list[tuple[int, int]], opener: list[int | None]) -> list[int]:
    """For each unit, the index of the first unit of its section: the labelled section it stands
    in (from `一是……` to the next), or else its paragraph (a review of unlabelled paragraphs, or
    the paragraphs before the first label)."""
    out: list[int] = []
    first_of: dict[int, int] = {}
    for index, (a, _) in enumerate(units):
        paragraph = first_of.setdefault(text.rfind("\n", 0, a), index)
        out.append(paragraph if opener[index] is None else opener[index])
    return out


def units(text: str, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The review cut into units at sentence ends and `；`, each trimmed of spaces; a unit that
    is only a blanket claim (six Chinese characters or fewer beside it) is left out."""
    blanket = words(lexicon).blanket
    units = []
    begin = start
    for i in range(start, end + 1):
        if i == end or text[i] in UNIT_END or text[i] == "\n":
            a, b = begin, (i + 1 if i < end and text[i] != "\n" else i)
            while a < b and text[a].isspace():
                a += 1
            if text.startswith("#", a) and not text[text.rfind("\n", 0, a) + 1:a].strip():
                a = after_heading_mark(text, a, b)  # (`## 一、……` opening a line)
            while b > a and text[b - 1].isspace():
                b -= 1
            if len(re.sub(r"[^\u4e00-\u9fff]", "", blanket.sub("", text[a:b]))) >= 6:
                units.append((a, b))
            begin = i + 1
    return units


#: A list of tasks the review says was finished as a whole: `“八项惠民实事”全面完成`,
#: `五方面民生实事圆满完成`, `市县重点民生实事如期完成` (its name, then how it was finished).
_LIST_DONE = re.compile(r"([^，,。；;：:、！!？?]{3,24}?)(?:全面|圆满|全部|如期|顺利)(?:完成|办结|兑现)")
_COUNT = r"(?:[\d一二三四五六七八九十百两]+(?:大|项|件|类|个|方面))+"
#: The count a list's name opens with (`八项`, `6类20件`, `五方面`), and one that ends a text.
LIST_COUNT, COUNT_AT_END = re.compile("^" + _COUNT), re.compile(_COUNT + "$")
LIST_NAME = 4  # characters at least in a list's name without its count
#: The levels of government a list's name may open with (`省市`, `市级`), left out to compare it with a task's.
_LEVEL_PREFIX = re.compile(r"^(?:省市|市县|县乡|[省市县区]级)")


def lists_done(text: str, units: list[tuple[int, int]], lexicon: Lexicon) -> list[tuple[int, str, str]]:
    """For each unit that says a list of tasks was finished as a whole (not a blanket claim on the
    year's targets): (the unit's index, the list's name without its count or the levels it opens
    with, the count or "")."""
    blanket = words(lexicon).blanket
    found = []
    for index, (a, b) in enumerate(units):
        for m in _LIST_DONE.finditer(text, a, b):
            name = re.sub(r"^(?:20\d\d年)?|的$", "", re.sub(r"[“”\"]", "", m.group(1)).strip())
            count = LIST_COUNT.match(name)
            core = name[count.end():] if count else _LEVEL_PREFIX.sub("", name)
            if len(core) >= LIST_NAME and not blanket.search("完成" + core):  # (各项目标任务顺利完成)
                found.append((index, core, count.group(0) if count else ""))
    return found


#: A paragraph that reviews the whole plan period: one of its first two sentences opens with
#: `五年来`, `这五年`, `过去的五年` or `“十四五”时期是`; one that reviews the year opens `过去的一年`,
#: `刚刚过去的2025年`, `即将过去的2025年` (a report given in December), `一年来`.
_SALUTED = re.compile(r"^各位代表[！!，,：:]\s*")
_PERIOD_OPENS = re.compile(r"(?:这五年|五年来|过去(?:的)?五年|“[^”]{2,6}”(?:时期是|以来)|回顾“[^”]{2,6}”)")
_YEAR_OPENS = re.compile(r"(?:过去的一年|(?:刚刚|即将)过去的(?:一年|20\d\d年)|一年来|过去一年)")


def period_review(text: str, units: list[tuple[int, int]]) -> list[bool]:
    """For each unit, whether it stands in a review of the whole plan period (the five years),
    from the paragraph that opens such a review to one that opens a review of the year."""
    out: list[bool] = []
    period, paragraph = False, None
    for a, b in units:
        start = text.rfind("\n", 0, a) + 1
        if start != paragraph:
            paragraph = start
            end = text.find("\n", start)
            body = _SALUTED.sub("", text[start:end if end >= 0 else len(text)].strip())
            head = re.split(r"(?<=[。！？!?])", body)[:2]
            if any(_PERIOD_OPENS.match(s.strip()) for s in head):
                period = True
            elif _YEAR_OPENS.match(head[0].strip() if head else ""):
                period = False
        out.append(period)
    return out


#: A top-level part title on the whole plan period (`二、“十四五”时期的主要目标任务`, `二、今后五年发展目标`):
#: its targets fall due at the period's end, not in the year the next report reviews.
_LINE_OPENING = r"[ \u3000\t]*(?:" + HEADING_MARK.pattern + ")?"  # (spaces, a Markdown heading's marks)
_PLAN_PERIOD_PART = re.compile(_LINE_OPENING + r"[一二三四五六七八九十]+、[^\n]*?(?:“十[一二三四五六七八九]五”|今后五年|未来五年)")
_PART_TITLE = re.compile("^" + _LINE_OPENING + "[一二三四五六七八九十]+、", re.M)


def plan_period_parts(text: str) -> list[tuple[int, bool]]:
    """Where each top-level part of `text` starts, and whether it is on the whole plan period."""
    return [(m.start(), bool(_PLAN_PERIOD_PART.match(text, m.start()))) for m in _PART_TITLE.finditer(text)]
