"""The status of a link: done, progress, missed or silent."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Item
from .indicators import CLAUSE, STARTS
from .model import Evidence, Indicator
from .words import FollowWords, words

FINISHABLE = ("完成", "建成", "通车", "办好", "开放", "举办", "竣工", "组建", "挂牌", "投产", "投用",
              "投入使用", "开通", "交付", "启用", "落成", "封顶")  # tasks with an end
#: A clause that sets a start (`启动……改造`, `开工改造……47个`): its end is reached when the review says
#: it started (not `加快已开工项目`).
_SETS_START = re.compile(r"\s*(?:力争|加快|推动|全面|年内|尽快)?(?P<start>%s)" % "|".join(STARTS))


def _finishable(clause: str) -> bool:
    """Whether a clause of a task has an end: a finishing word, or a start it sets."""
    return any(w in clause for w in FINISHABLE) or _SETS_START.match(clause) is not None
# a deadline in a task (`6月底前`, `上半年`, `年底前`) and a date in the review (`10月`, `2024年3月`)
_DEADLINE = re.compile(r"(\d{1,2})月(?:(?:底|末)(?:前|以前|之前)?|份?(?:前|以前|之前))|(上半年)|(前三季度|三季度末)|(年底前|年内|年底|年末)")
_TARGET_MET = re.compile(r"(?:超额|全部|提前|如期)完成(?:了)?(?:全年|年度|省定|市定)?(?:目标|任务)")
_NOT_YET = re.compile(r"(?:尚未|仍未|未能|没有|未)(?:全部|全面|如期|按期|按时)?(?:建成|完成|完工|竣工|投产|投用|通车|开放|开通|落地|达到|达标)")
_DATE = re.compile(r"(?<![\d\-—–~至到])(?:(20\d\d)年)?(\d{1,2})月(?:\d{1,2}日)?")  # not `1—11月`, a period
_DATE_ONLY = re.compile(r"(?:截至|截止|到|于|在)?(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末|份)?")


def deadline_month(text: str) -> int | None:
    """The month a task is due by (`6月底前`, `6月底` → 6, `上半年` → 6, `年底前` → 12), or None."""
    m = _DEADLINE.search(text)
    if m is None:
        return None
    if m.group(1):
        month = int(m.group(1))
        return month if 1 <= month <= 12 else None
    return 6 if m.group(2) else 9 if m.group(3) else 12


def status(item: Item, evidence: list[Evidence], indicators: list[Indicator], content: set[str],
           lexicon: Lexicon, year: int | None = None) -> str:
    """The status of a link; `content`: the task's content words and quoted names; `year`: the year
    the review reports on (a completion dated in a later year is late)."""
    cues = words(lexicon)
    if not evidence and not any(i.verdict for i in indicators):
        return "silent"
    verdicts = [i.verdict for i in indicators]
    if "missed" in verdicts:
        return "missed"
    due = deadline_month(item.text)
    task_clauses = CLAUSE.findall(item.text)
    if verdicts and all(v == "met" for v in verdicts):
        late = due is not None and any(i.reported and _late(i.reported.text, due, year) for i in indicators)
        # every target met makes the task done (the annotators' rule), whatever its clauses without
        # a figure (`建成……` beside `新建5G基站700座以上`) report
        return "missed" if late else "done"  # (late: the figure reached, but after the deadline)
    if any(verdicts) or not evidence or evidence[0].problem or item.kind == "heading":
        return "progress"
    if _TARGET_MET.search(evidence[0].text) and _reports_finished(evidence[0].text, item.text, content, cues):
        return "done"  # `超额完成年度目标` of what the task names
    # a clause without an end that the evidence does not speak of (`抓好全民阅读推广` beside
    # `举办……读书节`): the task is not finished as a whole
    unreported = [c for c in task_clauses if not _finishable(c)
                  and not any(w in c and w in evidence[0].text for w in content)]
    if any(_finishable(c) for c in task_clauses) and not unreported:
        clauses = CLAUSE.findall(cues.blanket.sub("", evidence[0].text))
        # a part finished (`一期……封顶`) dates the task's end too: finished after the deadline, the
        # deadline was missed
        begun = [c for c in clauses if _reports_finished(c, item.text, content, cues, partly=True)]
        finished = [c for c in begun if _reports_finished(c, item.text, content, cues)]
        dates = [c for c in clauses if _DATE_ONLY.fullmatch(c.strip())]  # `10月，……建成`
        if due is not None and any(_late(c, due, year) for c in begun + (dates if begun else [])):
            return "missed"
        if finished:
            return "done"
    return "progress"


def _late(clause: str, due: int, year: int | None) -> bool:
    """Whether a clause dates what it reports after the month `due` (of `year`, when known).

    In the review of a year, a January with no year of its own (`1月14日首批封顶`) is the next
    year's, when the report is given: the year's plan, adopted in its first weeks, does not set as
    due by a later month what was finished that January."""
    for m in _DATE.finditer(clause):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            continue
        if m.group(1) and year is not None and int(m.group(1)) != year:
            return int(m.group(1)) > year
        if month > due or (month == 1 < due and not m.group(1) and year is not None):
            return True
    return False


def _reports_finished(clause: str, task: str, content: set[str], cues: FollowWords, partly: bool = False) -> bool:
    """Whether a clause of the review reports finished something the task names: it shares a
    word of three characters or two words with the task, says that it is finished (`如期通车`)
    outside the longer shared names (`全面建成小康社会`: a cue inside a phrase the task also has,
    with two characters of it on each side), and not that it is under way (`加快推进`) — unless
    `partly`, which also takes a part finished (`一期……封顶`)."""
    shared = [w for w in content if w in clause]
    if not (len(shared) >= 2 or any(len(w) >= 3 for w in shared)):
        return False
    rest = clause
    for word in sorted((w for w in shared if len(w) >= 4), key=len, reverse=True):
        rest = rest.replace(word, "|")
    if not partly and any(w in clause and w not in task for w in cues.ongoing):  # `一期` of a task on its 一期
        return False
    if _NOT_YET.search(clause):  # `尚未建成`, `未能如期完工`
        return False
    starts = tuple(m.group("start") for c in CLAUSE.findall(task) if (m := _SETS_START.match(c)))
    return any(w in rest and not _inside_shared_name(clause, w, task) for w in cues.completion + starts)


def _inside_shared_name(text: str, cue: str, task: str) -> bool:
    """Whether every `cue` of `text` stands inside a phrase of `task` (two characters each side)."""
    at = text.find(cue)
    while at >= 0:
        if at < 2 or text[at - 2:at + len(cue) + 2] not in task:
            return False
        at = text.find(cue, at + 1)
    return True
