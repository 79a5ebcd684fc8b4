"""Following as a whole: rank the review units for each task of the earlier document, choose its
evidence, judge its indicators and give it a status."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ..errors import SpeechmineError
from ..extract import extract
from ..lexicon import Lexicon, load
from ..model import Item, Result
from ..reading import Source, read
from .indicators import indicator_spans, judge, review_figures
from .model import Evidence, FollowResult, Link
from .rank import Ranker, names, pairs, query_and_content
from .review import (COUNT_AT_END, SECTION_LABEL, THANKS, UNIT_END, lists_done, openers, period_review, plan_period_parts,
                     review_part, sections, titles_section, units as review_units)
from .status import status
from .titles import ancestors, family as title_family, run_in_family
from .words import words

if TYPE_CHECKING:
    import numpy as np

MAX_EVIDENCE = 3
# a unit is evidence when its score reaches MIN_SCORE and, for the second and third, a share of
# the best one (measured on the dev part of the shared pair; see docs/follow.md)
MIN_SCORE = 0.25
NEXT_SHARE = 0.3
MIN_SPECIFIC = 1.1  # the words a task shares with its evidence: IDF in units of a word found once
MIN_SPECIFIC_PROBLEM = 0.9  # less for the problems paragraph, which names a shortfall in few words
MIN_RARITY = 9.0  # and one shared word at least as rare as this in the language (Ranker.rarest)
ALIGN_BONUS = 0.6  # units in the review section aligned with a task's numbered section count this much more
PERIOD_WEIGHT = 0.5  # a unit of a review of the whole plan period (五年来……) beside the year's, when ordering evidence


def _source(document: str | Path | Source) -> Source:
    if isinstance(document, Source):
        return document
    return read(document)


def _home_section(family: list, section) -> int | None:
    """The review section (the index of its first unit) that answers a numbered section of the
    earlier document: the one where its tasks score best, each task counting its best unit there
    (units of section -2 are left out)."""
    import numpy as np

    scores = np.vstack(family)
    best, home = 0.0, None
    for candidate in sorted(set(section.tolist()) - {-2}):
        score = float(scores[:, section == candidate].max(axis=1).mean())
        if score > best:
            best, home = score, candidate
    return home


def _candidates(scores, order: list[int]) -> list[int]:
    """The units in `order` that reach MIN_SCORE and NEXT_SHARE of the first."""
    chosen: list[int] = []
    for i in order:
        if scores[i] < MIN_SCORE or (chosen and scores[i] < NEXT_SHARE * scores[order[0]]):
            break
        chosen.append(i)
    return chosen


def _evidence_of(text: str, units: list[tuple[int, int]], in_problem: list[bool], scores,
                 chosen: list[int]) -> list[Evidence]:
    """The first MAX_EVIDENCE of the units `chosen` (indexes of `units`), as evidence."""
    return [Evidence(text[units[i][0]:units[i][1]], units[i][0], units[i][1], float(scores[i]), in_problem[i])
            for i in chosen[:MAX_EVIDENCE]]


def _not_shown(evidence: list[Evidence], units: list[tuple[int, int]], indexes: list[int]) -> list[int]:
    """The units among `indexes` that `evidence` does not hold yet, in their order."""
    shown = {e.start for e in evidence}
    return [i for i in indexes if units[i][0] not in shown]


#: What may stand before a list's name that opens a clause: nothing, or a word pointing back.
LIST_REFERENCE = re.compile(r"(?:以上|上述|这些)?")


def _names_list(task: str, name: str, count: str) -> bool:
    """Whether a task is about a list as a whole: the list's name ends its first or last clause
    (`办好“八项惠民实事”。`, `……实施好五方面民生实事。`) or opens it (`以上民生实事，我们
    将……`), with the same count if the task gives one (not `推进民生实事和……`: one of its actions)."""
    clauses = [c.strip() for c in re.split(r"[，,；;：:。！!]", re.sub(r"[“”\"]", "", task)) if c.strip()]
    for clause in clauses[:1] + clauses[-1:]:
        at = clause.find(name)
        if at < 0:
            continue
        before = COUNT_AT_END.search(clause[:at])
        if count and before and before.group(0) != count:
            return False
        opens = LIST_REFERENCE.fullmatch(clause[:before.start() if before else at])
        return clause.endswith(name) or bool(opens)
    return False


def _in_plan_period(parts: list[tuple[int, bool]], at: int) -> bool:
    """Whether offset `at` of the earlier document stands in a part on the whole plan period."""
    found = bisect_right(parts, (at, True)) - 1
    return found >= 0 and parts[found][1]


def _as_read(table: dict[str, np.ndarray], item: Item, family: list[Item], lean: np.ndarray | None,
             eligible: np.ndarray) -> np.ndarray:
    """One task's values over the review units (`table`: arrays by item id) as the task is read: a
    title also through the tasks under it, leaning towards its section's review section (`lean`:
    a factor per unit, None when it has none), and nothing from the units that answer only whole
    sections (`eligible` False)."""
    import numpy as np

    values = table[item.id]
    if family:  # a title is also read through the tasks under it
        values = 0.5 * values + sum(table[c.id] for c in family) / len(family)
    if lean is not None:
        values = values * lean
    return np.where(eligible, values, 0.0)


def _share_words(task: str, title: str, lexicon: Lexicon) -> bool:
    """Whether a task and a review section's title share a pair of characters that is no stop word
    (`（七）……生态治理……` and `五是生态建设……` share `生态`; `坚持` and `发展` say nothing)."""
    return bool(set(pairs(task)) & set(pairs(title)) - words(lexicon).stop)


def _nearest(evidence: list[Evidence]) -> list[Evidence]:
    """The units ranked best for a silent task, shown as not about it (`Evidence.about`)."""
    return [replace(e, about=False) for e in evidence]


def follow(earlier: str | Path | Source | Result, later: str | Path | Source,
           lexicons: Sequence[str | Path] = (), date: str | None = None) -> FollowResult:
    """Follow each item of `earlier` (a path, a `Source`, or an extraction `Result`) in `later`
    (a path or `Source`)."""
    import numpy as np  # with bm25s, only when following

    lexicon = load(tuple(str(p) for p in lexicons))
    result = earlier if isinstance(earlier, Result) else extract(_source(earlier), lexicon=lexicon, date=date)
    doc = _source(later)
    text = doc.text
    review, problems = review_part(text, lexicon)
    units = review_units(text, *review, lexicon)
    if not units:
        raise SpeechmineError(f"{doc.name}: no sentence in it to look for the tasks in")
    ranker = Ranker(text, units, lexicon)
    in_problem = [any(pa <= a < pb for pa, pb in problems) for a, _ in units]
    problem = np.array(in_problem, dtype=bool)
    read = {it.id: query_and_content(it.text, lexicon) for it in result.items}  # (query, content words)
    own = {it.id: ranker.scores(read[it.id][0], names(it.text, lexicon)) for it in result.items}
    near = {it.id: ranker.near(read[it.id][0]) for it in result.items}
    opener = openers(text, units)
    section = np.array(sections(text, units, opener))
    # section openers (一是……) and the review's own title answer only whole sections,
    # and the review's thanks (在此，我代表……向……表示衷心的感谢) report no work
    eligible = np.array([opener[i] != i and not (i == 0 and text[b - 1] not in UNIT_END)
                         and not THANKS.search(text, a, b) for i, (a, b) in enumerate(units)], dtype=bool)
    # units that review the whole plan period weigh less when the evidence is put in order
    over_period = period_review(text, units)
    period = np.where(np.array(over_period, dtype=bool) & ~problem, PERIOD_WEIGHT, 1.0)
    unit_at = {a: i for i, (a, _) in enumerate(units)}
    figures = review_figures(text, units, lexicon, over_period)
    named = re.search(r"(20\d\d)年", text[review[0]:units[0][1]]) if units else None
    year = int(named.group(1)) if named else None  # the year the review reports on (its title's)
    finished_lists = lists_done(text, units, lexicon)
    period_parts = plan_period_parts(result.text)
    families = [title_family(result, at) for at in range(len(result.items))]
    by_id = {it.id: it for it in result.items}
    position = {it.id: at for at, it in enumerate(result.items)}
    aligned: dict[str, int] = {}  # a numbered section of the earlier document → its review section
    in_done_list: dict[str, int] = {}  # a task a finished list's title heads → the unit saying so
    links: list[Link] = []
    quiet: list[int] = []  # titles whose own words are not specific enough
    for at, it in enumerate(result.items):
        family = families[at]
        home = next((aligned[p] for p in ancestors(by_id, it) if p in aligned), None)
        lean = np.where(section == home, 1 + ALIGN_BONUS, 1.0) if home is not None else None
        scores, closeness = (_as_read(table, it, family, lean, eligible) for table in (own, near))
        order = np.argsort(-scores, kind="stable").tolist()
        # what the words mean puts in order the units that qualify by the words shared, and the units
        # that fill a reported task's list after them
        meant = scores + closeness
        by_meaning = np.argsort(-meant, kind="stable").tolist()
        numbered = bool(family and it.label and SECTION_LABEL.fullmatch(it.label))
        if numbered and scores[order[0]] > 0:
            found = _home_section([own[c.id] for c in family], np.where(eligible & ~problem, section, -2))
            if found is not None:
                aligned[it.id] = found
        candidates = _candidates(scores, order)
        evidence = _evidence_of(text, units, in_problem, scores, sorted(candidates, key=lambda i: -meant[i]))
        content = read[it.id][1]
        specific = max((ranker.specific(content, order[k]) for k in range(len(evidence))), default=0.0)
        title = units[aligned[it.id]] if it.id in aligned else None  # its review section's first unit
        if title and evidence and titles_section(text, title, opener[aligned[it.id]] == aligned[it.id]) \
                and _share_words(it.text, text[title[0]:title[1]], lexicon):
            # a numbered section is answered by the title of the review section its tasks are found
            # in, when the two name the same work (the review's sections need not follow the plan's)
            a, b = title
            if evidence[0].start != a:
                evidence = [Evidence(text[a:b], a, b, evidence[0].score, False)] + [
                    e for e in evidence if e.start != a][:MAX_EVIDENCE - 1]
        indicators = [judge(span, clause, text, figures, lexicon, due=not _in_plan_period(period_parts, it.start))
                      for span, clause in indicator_spans(it, lexicon)]
        reporting = []  # the units that report the task's figures come first, in the order it sets them
        for ind in indicators:
            if ind.reported is not None:
                i = next(i for i, (a, b) in enumerate(units) if a <= ind.reported.start < b)
                reporting += [i] if i not in reporting else []
        if reporting:
            shown = {units[i][0] for i in reporting}
            evidence = _evidence_of(text, units, in_problem, scores, reporting) + [
                e for e in evidence if e.start not in shown]
        rare = max((ranker.rarest(content, order[k]) for k in range(len(evidence))), default=0.0)
        own_names = words(lexicon).quoted(it.text)
        answered = (specific >= MIN_SPECIFIC and rare >= MIN_RARITY) or bool(
            own_names and any(ranker.names_unit(own_names, order[k]) for k in range(len(evidence)))) or bool(
            evidence and evidence[0].problem and specific >= MIN_SPECIFIC_PROBLEM)
        nearest = evidence
        if not answered and not family and not any(i.reported for i in indicators):
            evidence = []  # shared words too common to say the review speaks of this task
        if evidence and any(period[unit_at[e.start]] < 1 for e in evidence[:MAX_EVIDENCE]):
            # units that review the whole plan period come after the year's own, which may stand
            # lower among the units that qualify
            evidence = sorted(evidence + _evidence_of(text, units, in_problem, scores, _not_shown(
                evidence, units, candidates)), key=lambda e: -e.score * period[unit_at[e.start]])
        state = status(it, evidence[:MAX_EVIDENCE], indicators, content | own_names, lexicon, year)
        finished = next((i for i, name, count in finished_lists if _names_list(it.text, name, count)), None)
        if finished is not None:  # the review says the list this task names was finished as a whole
            evidence = _evidence_of(text, units, in_problem, scores, [finished]) + [
                e for e in evidence if e.start != units[finished][0]]
            state = "missed" if state == "missed" else "done"
            in_done_list.update((c.id, finished) for c in family if c.label)  # its numbered members
        elif it.id in in_done_list:  # a member (`①……`) is done with the list, after a figure of its own
            unit = in_done_list[it.id]
            figure = [e for e in evidence[:1] if any(i.reported and e.start <= i.reported.start < e.end
                                                     for i in indicators)]
            evidence = figure + _evidence_of(text, units, in_problem, scores, [unit]) + [
                e for e in evidence[len(figure):] if e.start != units[unit][0]]
            state = "missed" if state == "missed" else "done"
        if state != "silent" and len(evidence) < MAX_EVIDENCE:  # the next units in rank order fill the list
            evidence += _evidence_of(text, units, in_problem, scores, _not_shown(
                evidence, units, [i for i in by_meaning if meant[i] > 0])[:MAX_EVIDENCE - len(evidence)])
        links.append(Link(it, state, (evidence if state != "silent" else _nearest(nearest))[:MAX_EVIDENCE],
                          indicators))
        if family and not answered:
            quiet.append(at)
    for at in reversed(quiet):  # a title the review answers only through its tasks: innermost first
        if all(links[position[c.id]].status == "silent" for c in families[at]):
            links[at] = Link(result.items[at], "silent", _nearest(links[at].evidence))
    for at, link in enumerate(links):  # a short head inside a paragraph its own words leave silent
        if link.status == "silent" and any(links[position[c.id]].status != "silent"
                                           for c in run_in_family(result, at)):
            links[at] = Link(link.item, "progress", [replace(e, about=True) for e in link.evidence], link.indicators)
    return FollowResult(result, doc.name, text, review, problems, links)
