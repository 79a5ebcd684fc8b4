"""Giving items what the text says around them: the units of attributions (a line or a bracket
after the item, or inside its sentence), the party of their numbered unit, and stable ids and
parents."""
from __future__ import annotations

import hashlib
import re

from .directives import CLAUSE_PUNCT
from .items import Context, Draft
from .labels import SERIES_STYLES, SUB_ITEM_STYLES
from ..model import Item, Span
from .parties import QUALIFIER, Attribution, parse_attribution, unit_names
from .sentences import Sentence, is_attribution, list_lead_in
from .structure import Structure
from .timing import ON_SCHEDULE


def _dates_better(attributed: str, own: str | None) -> bool:
    """Whether an attribution's time limit replaces the item's own: the item names none, or only
    says it is on schedule."""
    return own is None or (own in ON_SCHEDULE and attributed not in ON_SCHEDULE)


def apply_attributions(drafts: list[Draft], attributions: list[tuple[int, Attribution]],
                        structure: Structure) -> None:
    """Give each attribution's lead unit, other units and time limit to the items it covers: the
    numbered unit it closes, else the items of its paragraph (or of the paragraph before a line).
    `〔责任单位：…，下同〕` also covers the units after it under the same parent, up to the next
    attribution (later attributions are applied later, so they win)."""
    sentences = structure.sentences
    if not attributions:
        return
    opening_of: dict[int, Sentence] = {}
    for s in sentences:
        opening_of.setdefault(s.para, s)
    by_para: dict[int, list[Draft]] = {}
    by_node: dict[int, list[Draft]] = {}
    for d in drafts:
        by_para.setdefault(sentences[d.sentence].para, []).append(d)
        if d.node is not None:
            by_node.setdefault(d.node, []).append(d)
    children: dict[int, list[int]] = {}
    for n in structure.nodes:
        if n.parent is not None:
            children.setdefault(n.parent, []).append(n.index)

    def inside(node: int) -> list[Draft]:
        """The drafts of numbered unit `node` and the units within it (costs the unit's size)."""
        found, stack = [], [node]
        while stack:
            current = stack.pop()
            found += by_node.get(current, [])
            stack += children.get(current, [])
        return found

    bound = last = -1
    for index, attribution in attributions:
        if not all(s.is_attribution for s in sentences[last + 1:index]):
            bound = last  # each covers the sentences after the previous one (责任单位：… then 完成时限：…: both)
        last = index
        sentence = sentences[index]
        para, first_line = sentence.para, index  # (first_line: where this attribution's lines begin)
        if sentence.first_in_para and index > 0:  # a line of its own (after others: 责任单位：… then 完成时限：…)
            before = index - 1
            while before > 0 and sentences[before].is_attribution:
                before -= 1
            para, first_line = sentences[before].para, before + 1
        opening = opening_of.get(para)
        node = opening.node if opening is not None and opening.label is not None else None
        if sentence.first_in_para:  # a line of its own after ①…③ belongs to the item they detail
            while node is not None and structure.nodes[node].label.style in SUB_ITEM_STYLES \
                    and structure.nodes[node].parent is not None:
                node = structure.nodes[node].parent
            node = _list_closed(structure, node, first_line, index, children)
        if node is None and opening is not None:
            node = _titled_unit(structure, opening, children) or _closed_unit(structure, opening, index, children)
        if node is not None:
            covered = [d for d in inside(node) if bound < d.sentence < index]
        else:
            covered = [d for d in by_para.get(para, []) if bound < d.sentence < index]
        if attribution.carries_on and node is not None:
            parent = structure.nodes[node].parent
            later = drafts if parent is None else inside(parent)
            covered += [d for d in later if d.sentence > index and d.node is not None and d.node != parent]
        for draft in covered:
            item = draft.item
            if attribution.lead and item.party_source != "explicit":
                item.party, item.party_span, item.party_source = (
                    attribution.lead.text, attribution.lead, "attribution")
                item.co_party_spans = list(attribution.others)
            elif attribution.lead and item.party == attribution.lead.text:
                item.co_party_spans = list(attribution.others)
            item.co_parties = [u.text for u in item.co_party_spans]
            if attribution.deadline and _dates_better(attribution.deadline.text, item.deadline):
                item.deadline, item.deadline_span = attribution.deadline.text, attribution.deadline


def _list_closed(structure: Structure, node: int | None, first: int, index: int,
                 children: dict[int, list[int]]) -> int | None:
    """The unit an attribution on a line of its own after the last item of a list (`（一）……\n1.……\n
    2.……\n（牵头单位：……）` then `（二）`) covers: the list's parent, when no item of the list has an
    attribution of its own; else `node`, the last item."""
    parent = structure.nodes[node].parent if node is not None else None
    if parent is None or children.get(parent, [])[-1:] != [node] or len(children[parent]) < 2:
        return node
    sentences = structure.sentences
    last = index  # the attribution's lines run from `first` (`责任单位：……`) to `last` (`完成时限：……`)
    while last + 1 < len(sentences) and sentences[last + 1].is_attribution:
        last += 1
    if any(s.is_attribution for s in sentences[structure.nodes[parent].sentence:first]):
        return node
    following = sentences[last + 1] if last + 1 < len(sentences) else None
    return parent if following is None or following.node not in (node, parent) else node


def _closed_unit(structure: Structure, opening: Sentence, index: int, children: dict[int, list[int]]) -> int | None:
    """The numbered unit, with no numbered unit within it, whose last words the attribution at
    `index` is (`（五）……。……\n……\n……。（责任单位：……）` then `（六）`): it covers the unit's paragraphs
    before its own, from the unit's title on."""
    node = opening.node
    if node is None or node in children:
        return None
    if any(m > index and not structure.sentences[m].is_attribution for m in structure.nodes[node].members):
        return None  # the unit goes on after it: it closes its paragraph only
    following = structure.sentences[index + 1] if index + 1 < len(structure.sentences) else None
    return node if following is None or following.node != node else None


def _titled_unit(structure: Structure, opening: Sentence, children: dict[int, list[int]]) -> int | None:
    """The numbered unit whose title stands on a line of its own above the paragraph that `opening`
    opens (`（二）强化要素保障` over `……。（责任单位：……）`), when no numbered unit lies within it:
    the attribution closing the paragraph covers the title too."""
    node = opening.node
    if node is None or node in children:
        return None
    title = structure.sentences[structure.nodes[node].sentence]
    return node if title.is_title and title.para != opening.para else None


INLINE_BRACKET = re.compile(r"[（(][^（()）\n]{2,80}[）)]")
JOINT = re.compile(r"(?:会同|联合|协同)([^，,。；;：:]{2,60}?)(?:等(?:有关)?(?:部门|单位))?(?=[，,。；;]|共同|一起|研究|制定|出台|开展)")


def apply_inline_attributions(ctx: Context, drafts: list[Draft]) -> None:
    """An attribution inside the item's own sentence (`……修订（市卫健委牵头，市第一人民医院配合）。`,
    `（责任单位：……）`) gives that item its lead and other units, and its time limit where it states
    none; `X要会同Y、Z……` makes Y and Z the item's other units (`co_parties`)."""
    for draft in drafts:
        item = draft.item
        for m in INLINE_BRACKET.finditer(ctx.text, item.start, item.end):
            closing = not ctx.text[m.end():item.end].strip("。；;，, ")  # a bare list only where it closes the item
            if not is_attribution(m.group(), ctx.lexicon.party_heads if closing else ()):
                continue
            attribution = parse_attribution(ctx.text, m.start(), m.end(), lambda _, a, b: ctx.deadlines.first(a, b))
            if attribution.lead is None:
                continue
            if item.party_source != "explicit":
                item.party, item.party_span, item.party_source = attribution.lead.text, attribution.lead, "attribution"
            if item.party == attribution.lead.text:
                item.co_party_spans = list(attribution.others)
            if attribution.deadline and _dates_better(attribution.deadline.text, item.deadline):
                item.deadline, item.deadline_span = attribution.deadline.text, attribution.deadline
        if item.party_source == "explicit" and not item.co_party_spans and item.party_span is not None:
            joint = JOINT.match(ctx.text, _after_marker(ctx.text, item.party_span.end, item.end))
            if joint:
                end = joint.end(1)
                deadline = ctx.deadlines.first(joint.start(1), end, ctx.mask)
                if deadline is not None:  # 会同市发改委尽快制定……, 会同Y于6月底前……
                    end = deadline.start - (ctx.text[deadline.start - 1] in "于在")
                item.co_party_spans = unit_names(ctx.text, joint.start(1), end)
        item.co_parties = [span.text for span in item.co_party_spans]


def _after_marker(text: str, at: int, end: int) -> int:
    """Where the words after a party's name and its modal start (`市卫健委要|会同……`)."""
    for marker in ("必须", "要", "将", "应", "须"):
        if text.startswith(marker, at) and at + len(marker) < end:
            return at + len(marker)
    return at


def inherit_parties(drafts: list[Draft], structure: Structure, whole: frozenset[str]) -> None:
    """Items without a party of their own take the party of their numbered unit: named in its
    heading, else in its first task item in the unit's opening paragraph (not in a bare topic's:
    `Structure.bare`; not in a later paragraph: `第一，……` then paragraphs of argument, then
    `……各支部都要……`, whose party is its sentence's own; nor after a numbered heading run into its
    paragraph that a modal verb asks: `（八）必须坚持……，……。……涉及各个方面。各部门都要……`, the heading
    is the unit's first sentence and a later one's party is that sentence's own, as ANNOTATION.md's
    `party` says: `_first_sentences`); the items of a rule's list take the party of its lead-in's unit
    (`X不得有下列行为：（一）……`). The words for the `whole` audience (`parties.whole_audience`: 我们, 全党)
    are handed down to no item."""
    group_party: dict[int, Item] = {}
    asking = {draft.node: _first_sentences(structure, draft) for draft in drafts
              if _obliging_heading(structure, draft)}
    seen: set[int] = set(structure.bare())  # a bare topic names no party: its items keep their own
    for draft in drafts:
        node = draft.node
        if node is None:
            continue
        item = draft.item
        if item.kind == "heading" and structure.nodes[node].sentence == draft.sentence:
            if item.party and item.party not in whole:
                group_party[node] = item
            continue
        if node not in seen:
            seen.add(node)
            first = _opening_paragraph(structure, node, draft.sentence) if node not in asking \
                else draft.sentence in asking[node]
            if node not in group_party and first and item.party_source == "explicit" and item.party not in whole \
                    and not QUALIFIER.match(item.party):
                group_party[node] = item  # (not 我们/大家: the whole audience is no unit's party; nor 有条件的地区: some units)
    parents = structure.parents()
    for node in structure.nodes:  # the items of a rule's list: `X不得有下列行为：（一）……`
        lead = list_lead_in(structure.sentences, parents, node.sentence)
        if node.index not in group_party and node.parent in group_party and lead is not None and RULES_LIST in lead.text:
            group_party[node.index] = group_party[node.parent]
    for draft in drafts:
        item, node = draft.item, draft.node
        if item.party or node is None or node not in group_party:
            continue
        label = structure.nodes[node].label
        if item.kind == "heading" and structure.nodes[node].sentence == draft.sentence \
                and (label is None or label.style in SERIES_STYLES):
            continue  # 一要……。各级党组织要……: a speech's ordinal heads a point, not the party's work
        source = group_party[node]
        item.party, item.party_span, item.party_source = source.party, source.party_span, "inherited"
        item.co_parties, item.co_party_spans = list(source.co_parties), list(source.co_party_spans)


#: What a rule's lead-in calls the list after it (`……不得有下列行为：`, `……应当报告下列事项：`); a report's
#: `……着重抓好以下几件事：` hands its subject (全市上下, 市政府) to none of its parts.
RULES_LIST = "下列"


def _obliging_heading(structure: Structure, draft: Draft) -> bool:
    """Whether the draft is its numbered unit's heading, run into its paragraph (not a title on a line
    of its own: the part's name) and asked by a modal verb of obligation (`（八）必须坚持……。`), not a
    speech's point (`二是队伍要务实。`: argued before its party is named)."""
    if not draft.obliges or draft.node is None or structure.nodes[draft.node].sentence != draft.sentence:
        return False
    label = structure.nodes[draft.node].label
    return not structure.sentences[draft.sentence].is_title and (label is None or label.style not in SERIES_STYLES)


def _first_sentences(structure: Structure, heading: Draft) -> tuple[int, ...]:
    """The sentences that may name the party of a unit whose heading a modal verb asks: the heading's
    own, and when it is one clause (`3、要依法行政。各级政府要……`), the sentence right after it."""
    if CLAUSE_PUNCT.intersection(heading.item.text):
        return (heading.sentence,)
    return heading.sentence, _first_after(structure, heading.node)


def _first_after(structure: Structure, node: int) -> int:
    """The first sentence after numbered unit `node`'s heading, read past the rest of a title broken
    over two lines (`三、持续改进政府` / `作风和服务水平`)."""
    sentences = structure.sentences
    after = structure.nodes[node].sentence + 1
    while after < len(sentences) and sentences[after].is_title and sentences[after].label is None:
        after += 1
    return after


def _opening_paragraph(structure: Structure, node: int, sentence: int) -> bool:
    """Whether `sentence` stands in the paragraph that numbered unit `node` opens, or, when its
    heading stands alone on its line (its title perhaps broken over two), in the next paragraph."""
    sentences = structure.sentences
    at = structure.nodes[node].sentence
    head, para = sentences[at].para, sentences[sentence].para
    if para == head:
        return True
    after = _first_after(structure, node)
    return after < len(sentences) and sentences[at + 1].para != head and para == sentences[after].para


#: A bracket that closes a title: a phase's time (`（一）摸底排查阶段（3月底前）。`, `（一）动员部署（2026年9月）`)
CLOSING_BRACKET = re.compile(r"([（(][^（()）]{2,30}[）)])[。：:]?$")
STAGED = re.compile(r"(?:阶段|步骤)\s*$")


def inherit_stage_times(drafts: list[Draft], structure: Structure) -> None:
    """Items of a schedule's phase that state no time limit of their own take the phase's, written
    in brackets closing its title: a bracket that holds the time alone (`（一）动员部署（2026年9月）`),
    or one after a phase's name that holds it among other words (`（二）集中整改阶段（4月至8月，……）`);
    or opening the first sentence after a phase's name (`（一）准备阶段。2026年1月至2月，……`), which
    the title takes too."""
    phase: dict[int, Item] = {}
    named: dict[int, Item] = {}  # a phase's title without its time, until its first sentence
    for draft in drafts:
        item, node = draft.item, draft.node
        if node is None:
            continue
        if item.kind == "heading" and structure.nodes[node].sentence == draft.sentence:
            if _phase_title(item):
                phase[node] = item
                continue
            if item.deadline is None and STAGED.search(item.text.rstrip("。：: ")):
                named[node] = item
                continue
        title = named.pop(node, None)
        span = item.deadline_span
        if title is not None and span is not None and _own_clause(item, span):
            title.deadline, title.deadline_span = item.deadline, span
            phase[node] = title
            continue
        while node is not None and node not in phase:  # the phase's own items and those of its parts
            node = structure.nodes[node].parent
        source = phase.get(node) if node is not None else None
        if source is not None and item.deadline is None:
            item.deadline, item.deadline_span = source.deadline, source.deadline_span


def _own_clause(item: Item, span: Span) -> bool:
    """Whether a time limit is a clause of its own at the item's start (`2026年1月至2月，……`)."""
    return span.start == item.start and item.text[span.end - item.start:span.end - item.start + 1] in ("，", ",")


def _phase_title(heading: Item) -> bool:
    """Whether a heading's title closes with its phase's time in brackets."""
    title = CLOSING_BRACKET.search(heading.text.rstrip())
    span = heading.deadline_span
    if title is None or span is None:
        return False
    opens, closes = heading.start + title.start(1), heading.start + title.end(1)
    alone = span.start == opens + 1 and span.end == closes - 1
    return alone or (STAGED.search(heading.text, 0, title.start(1)) is not None and opens < span.start < closes)


def finish(drafts: list[Draft], structure: Structure) -> list[Item]:
    """Set stable ids and parents."""
    heading_of: dict[int, str] = {}
    used: set[str] = set()
    cursor: dict[str, int] = {}
    items = []
    for draft in drafts:
        item = draft.item
        item.id = stable_id(item.text, used, cursor)
        if item.kind == "heading" and draft.node is not None and structure.nodes[draft.node].sentence == draft.sentence:
            heading_of[draft.node] = item.id
            node = structure.nodes[draft.node].parent
        else:
            node = draft.node
        while node is not None and node not in heading_of:
            node = structure.nodes[node].parent
        item.parent = heading_of.get(node) if node is not None else None
        items.append(item)
    return items


NOT_IN_ID = re.compile(r"[\s\W_*]+")


def stable_id(text: str, used: set[str], cursor: dict[str, int]) -> str:
    """`t` + 8 hex digits of the SHA-1 of the sentence without spaces, punctuation and `*`
    (so re-spacing or re-punctuating a speech keeps ids); repeats get `-2`, `-3`. `cursor` keeps
    the last suffix tried per id, so n repeats cost n probes, not n²/2."""
    base = "t" + hashlib.sha1(NOT_IN_ID.sub("", text).encode("utf-8")).hexdigest()[:8]
    n = cursor.get(base, 1)
    candidate = base if n == 1 else f"{base}-{n}"
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    cursor[base] = n
    used.add(candidate)
    return candidate
