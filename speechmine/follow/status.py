"""The status of a link: done, progress, missed or silent."""
from __future__ import annotations

from ..lexicon import Lexicon
from ..model import Item
from .indicators import CLAUSE
from .model import Evidence, Indicator
from .words import FollowWords, words

FINISHABLE = ("完成", "建成", "通车", "办好", "开放", "举办", "竣工", "组建", "挂牌", "投产")  # tasks with an end


def status(item: Item, evidence: list[Evidence], indicators: list[Indicator], content: set[str],
           lexicon: Lexicon) -> str:
    """The status of a link; `content`: the task's content words."""
    cues = words(lexicon)
    if not evidence and not any(i.verdict for i in indicators):
        return "silent"
    verdicts = [i.verdict for i in indicators]
    if "missed" in verdicts:
        return "missed"
    if verdicts and all(v == "met" for v in verdicts):
        return "done"
    if any(verdicts) or not evidence or evidence[0].problem or item.kind == "heading":
        return "progress"
    if any(w in item.text for w in FINISHABLE) and any(_reports_finished(c, content, cues) for c in CLAUSE.findall(
            cues.blanket.sub("", evidence[0].text))):
        return "done"
    return "progress"


def _reports_finished(clause: str, content: set[str], cues: FollowWords) -> bool:
    """Whether a clause of the review reports finished something the task names: it shares a
    word of three characters or two words with the task, says outside the longer shared names
    (`全面建成小康社会`) that it is finished (`如期通车`), and not that it is under way (`加快推进`)."""
    shared = [w for w in content if w in clause]
    if not (len(shared) >= 2 or any(len(w) >= 3 for w in shared)):
        return False
    rest = clause
    for word in sorted((w for w in shared if len(w) >= 4), key=len, reverse=True):
        rest = rest.replace(word, "|")
    return any(w in rest for w in cues.completion) and not any(w in clause for w in cues.ongoing)


