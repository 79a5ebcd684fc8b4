"""The pipeline: read → structure → items (with parties, deadlines, targets) → result.

    >>> result = extract("speech.txt")                # a path
    >>> result = extract("各区县要在年底前完成……。")   # or the text itself
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from .dates import find_doc_date
from .directives import Analysis, _first_content, analyse, quote_mask, top_level_semicolons
from .enrich import enrich
from .errors import SpeechmineError
from .lexicon import Lexicon, load
from .model import Item, Result, Span
from .normalise import normalise
from .parties import PRONOUNS, Attribution, parse_attribution, unit_names
from .quantities import find_target
from .reading import Source, read
from .segment import Token, tokenize, using
from .segment import word_tags
from .structure import Sentence, Structure, build, is_attribution, match_label, title_words
from .timing import Deadlines


def extract(source: str | Path | Source, lexicons: Sequence[str | Path] = (), lexicon: Lexicon | None = None,
            date: str | dt.date | None = None, suggest: bool = True, segmenter: str | None = None,
            units: str | Path | None = None) -> Result:
    """Extract task items from a path, `-` (stdin), a `Source`, or the text itself.

    A string is taken as a path when it names an existing file (or is `-`), else as the text.
    `lexicons` adds the user's lexicon files (see lexicons/README.md). `date` is the document's
    date (ISO string or date); without it the date comes from the .docx properties or a dated
    line in the text, never from today. `suggest=False` leaves out the drafting suggestions;
    `units` is the organisation's own unit list they draw on (`speechmine.suggest.load_units`).
    `segmenter` is "jieba" or "rjieba" (`pip install speechmine[fast]`); None keeps the current one
    (jieba, unless inside `speechmine.segment.using(...)`).
    """
    lexicon = lexicon or load(tuple(str(p) for p in lexicons))
    if isinstance(source, Source):
        doc = source
    elif isinstance(source, Path) or source == "-" or _looks_like_path(source):
        doc = read(source)
    else:
        doc = Source(name="<text>", text=source)
    doc_date, date_source = _document_date(doc, date)
    if segmenter is None:
        items = extract_items(doc.text, lexicon, doc.headings)
    else:
        with using(segmenter):
            items = extract_items(doc.text, lexicon, doc.headings)
    if doc.task_rows:
        items = _merge_table_rows(items, doc.task_rows)
    enrich(items, doc.text, doc_date, suggest, units)
    meta: dict[str, Any] = {"doc_date_source": date_source} if doc_date else {}
    if doc.warnings:
        meta["warnings"] = list(doc.warnings)
    title = document_title(doc.text)
    if title:
        meta["title"] = title
    return Result(source=doc.name, text=doc.text, items=items, doc_date=doc_date, meta=meta)


def document_title(text: str) -> str | None:
    """The document's title from its first line (`在2025年全市交通运输工作会议上的讲话` →
    `2025年全市交通运输工作会议`), or None when the text opens with a sentence or a label."""
    first = next((line.strip(" \u3000\t") for line in text.splitlines() if line.strip(" \u3000\t")), "")
    if not first or len(first) > 50 or re.search(r"[。！？；：:]$|[。！？]", first) or match_label(first, 0):
        return None
    return re.sub(r"^在(.+?)上的(?:讲话|发言|报告)$", r"\1", first)


def _document_date(doc: Source, date: str | dt.date | None) -> tuple[str | None, str | None]:
    if date is not None:
        try:
            return (date if isinstance(date, dt.date) else dt.date.fromisoformat(str(date))).isoformat(), "option"
        except ValueError:
            raise SpeechmineError(f"--date {date}: not a date; write it as YYYY-MM-DD") from None
    if doc.doc_date:
        return doc.doc_date, "document"
    found = find_doc_date(doc.text)
    if found is None:
        return None, None
    return found.iso, "text" if found.precision == "day" else "title year"


def _merge_table_rows(items: list[Item], rows: Sequence) -> list[Item]:
    """Items of a Word task table (任务分解表), one per row, in place of the row's text lines."""
    spans = [(row.text.start, max(s.end for s in [row.text, row.party, row.deadline, *row.co_parties] if s))
             for row in rows]
    kept = [it for it in items if not any(a < it.end and it.start < b for a, b in spans)]
    used, cursor = {it.id for it in kept}, {}
    for row in rows:
        item = Item(id=_stable_id(row.text.text, used, cursor), kind="task", text=row.text.text, start=row.text.start,
                    end=row.text.end, path=[row.number] if row.number else [], label=row.number or None,
                    party=row.party.text if row.party else None, party_span=row.party,
                    party_source="table" if row.party else None, co_parties=[s.text for s in row.co_parties],
                    co_party_spans=list(row.co_parties),
                    deadline=row.deadline.text if row.deadline else None, deadline_span=row.deadline,
                    rule="table.row")
        kept.append(item)
    return sorted(kept, key=lambda it: it.start)


def _looks_like_path(value: str) -> bool:
    if "\n" in value or len(value) > 1024:
        return False
    try:
        exists = Path(value).is_file()
    except (OSError, ValueError):   # too long for a file name, or a NUL in it: text
        return False
    return exists or bool(re.search(r"\.(txt|docx?|wps|odt|rtf|md|pdf)$", value, re.I))


@dataclass
class _Context:
    """What every step of one extraction looks at: the normalised text, the lexicons, which
    characters are quoted, and the text's deadlines (found in one pass)."""

    text: str
    lexicon: Lexicon
    mask: bytearray
    deadlines: Deadlines
    sentences: list[Sentence]

    def deadline(self, start: int, end: int) -> Span | None:
        return self.deadlines.first(start, end, self.mask)

    def target(self, start: int, end: int, deadline: Span | None) -> Span | None:
        return find_target(self.text, start, end, self.lexicon, deadline, self.mask)


@dataclass
class _Draft:
    """An item being built, with what the later passes need to know about it."""

    item: Item
    sentence: int
    node: int | None


def extract_items(original: str, lexicon: Lexicon, headings: dict[int, int] | None = None) -> list[Item]:
    """Task items of `original`, in document order. Matching runs on a normalised copy of the same
    length (simplified characters, full-width punctuation); texts and offsets are the original's."""
    text = normalise(original)
    structure = build(text, lexicon, headings, original)
    mask = quote_mask(text)
    ctx = _Context(text, lexicon, mask, Deadlines(text, lexicon), structure.sentences)
    drafts: list[_Draft] = []
    attributions: list[tuple[int, Attribution]] = []
    members = {node.index: [m for m in node.members if not structure.sentences[m].is_attribution
                            and structure.sentences[m].zone not in ("review", "problem")]
               for node in structure.nodes}
    parents = {node.parent for node in structure.nodes if node.parent is not None}
    for index, sentence in enumerate(structure.sentences):
        if sentence.is_attribution:
            attributions.append((index, parse_attribution(
                text, sentence.start, sentence.end, lambda _, a, b: ctx.deadlines.first(a, b))))
            continue
        if sentence.zone == "review" or (sentence.zone == "problem" and not REMEDY.search(sentence.text)):
            continue  # past work and problems are not tasks: no need to segment them
        tokens = tokenize(sentence.text, lexicon, sentence.start)
        begin = 0
        if sentence.label:
            while begin < len(tokens) and tokens[begin].start < sentence.label.end:
                begin += 1
        opens = sentence.node is not None and structure.nodes[sentence.node].sentence == index
        is_heading = opens and (len(members[sentence.node]) > 1 or sentence.node in parents)
        drafts.extend(_sentence_items(ctx, sentence, index, tokens, begin, opens, is_heading))
    _apply_attributions(drafts, attributions, structure)
    _apply_inline_attributions(ctx, drafts)
    _inherit_parties(drafts, structure)
    items = _finish(drafts, structure)
    if text != original:
        for item in items:
            _restore(item, original)
    return items


def _restore(item: Item, original: str) -> None:
    """Point an item's texts back at the original (un-normalised) source."""
    item.text = original[item.start:item.end]
    for name in ("party", "deadline", "target"):
        span = getattr(item, f"{name}_span")
        if span is not None:
            span = Span(original[span.start:span.end], span.start, span.end)
            setattr(item, f"{name}_span", span)
            setattr(item, name, span.text)
    item.co_party_spans = [Span(original[s.start:s.end], s.start, s.end) for s in item.co_party_spans]
    item.co_parties = [s.text for s in item.co_party_spans]


#: What a remediation directive inside a description of problems says: 整改 and the like.
REMEDY = re.compile(r"整改|销号|清零|纠正|解决")


def _sentence_items(ctx: _Context, sentence: Sentence, index: int, tokens: list[Token], begin: int, opens: bool,
                    is_heading: bool) -> Iterable[_Draft]:
    zone = sentence.zone
    deadline = ctx.deadline(sentence.start, sentence.end)
    whole = analyse(ctx.text, tokens, begin, ctx.lexicon, ctx.mask, deadline)
    if zone == "problem":  # ……确保5月底前全部整改销号。: a remediation directive among the problems
        if whole.directive and not whole.past and not whole.attitude and deadline is not None \
                and not top_level_semicolons(ctx.text, sentence.start, sentence.end):
            return [_draft(ctx, sentence, index, sentence.start, sentence.end, whole.kind, whole,
                           "directive.remediation", deadline)]
        return []
    if whole.quote and not opens:
        return []
    if is_heading:
        if zone != "task" or _is_frame(sentence, ctx.lexicon):
            return []
        return [_draft(ctx, sentence, index, sentence.start, sentence.end, "heading", whole, "heading.numbered",
                       deadline)]
    if sentence.is_title and not opens:
        return []
    if whole.past and not whole.directive and not opens:
        return []  # 去年，全市……达到……；新建……: past work, however many parts it has
    parts = _parts(ctx, sentence, tokens, begin)
    if len(parts) > 1:
        drafts = [_draft(ctx, sentence, index, a, b, analysis.kind, analysis, "part.semicolon")
                  for a, b, analysis in parts if not (analysis.quote or (analysis.past and not analysis.directive))]
        _label_parts(ctx.text, drafts)
        return drafts
    rule = _item_rule(ctx, sentence, index, whole, opens, deadline, tokens, begin)
    if rule is None:
        return []
    if whole.party is None and deadline is None and _runs_in(ctx, sentence, index, opens):
        return [_draft(ctx, sentence, index, sentence.start, sentence.end, "heading", whole, "heading.run-in")]
    return [_draft(ctx, sentence, index, sentence.start, sentence.end, whole.kind, whole, rule, deadline)]


RUN_IN_LENGTH = 20


def _runs_in(ctx: _Context, sentence: Sentence, index: int, opens: bool) -> bool:
    """A run-in heading (`全力化解重大风险。` opening a paragraph that details it): a short one-clause
    sentence without a label of its own, first in a paragraph of the tasks that goes on after it (the
    caller checks that it names no party and no time limit: `县水利局要在6月底前……。` is a task)."""
    if opens or sentence.label is not None or not sentence.first_in_para or sentence.zone != "task":
        return False
    following = ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None
    words = sentence.text.strip()
    return (following is not None and following.para == sentence.para and not following.is_attribution
            and len(words) <= RUN_IN_LENGTH and words.endswith(("。", "！"))
            and not any(mark in words for mark in "，,；;：:"))


def _label_parts(text: str, drafts: list[_Draft]) -> None:
    """`……三件事：一是……；二是……；三是……。`: parts that open with a label of one series (or have it
    right after the `：` or the first `，` of a lead-in: `X要……，一方面……；另一方面……`) get it as the
    last element of their path."""
    labels = []
    for draft in drafts:
        item = draft.item
        colon = max(item.text.rfind("："), item.text.rfind(":"))
        comma = item.text.find("，")
        label = (match_label(text, item.start) or (match_label(text, item.start + colon + 1) if colon >= 0 else None)
                 or (match_label(text, item.start + comma + 1) if comma >= 0 else None))
        labels.append(label)
    found = [label for label in labels if label is not None]
    if len(found) < 2 or len({label.style for label in found}) > 1 or \
            [label.value for label in found] != list(range(found[0].value, found[0].value + len(found))):
        return
    for draft, label in zip(drafts, labels):
        if label is not None:
            draft.item.path.append(label.name)
            draft.item.label = label.name


def _rule(analysis: Analysis) -> str:
    """The rule id of a sentence (or part) that its analysis makes an item: its first directive
    marker (`directive.modal`, `directive.prohibition`, `directive.commitment`, `directive.resolve`),
    an imperative opening, else a named subject."""
    if analysis.markers:
        return f"directive.{analysis.markers[0].kind}"
    return "imperative.opening" if analysis.imperative else "subject.party"


def _item_rule(ctx: _Context, sentence: Sentence, index: int, analysis: Analysis, opens: bool,
               deadline: Span | None, tokens: list[Token], begin: int) -> str | None:
    """The rule that makes the sentence an item (see `RULES`), or None when it is not one."""
    if sentence.zone in ("preamble", "closing"):
        return _rule(analysis) if analysis.directive and not analysis.statement else None
    if opens:  # a numbered sentence, unless it frames or describes a problem (一是……不够多)
        if _is_frame(sentence, ctx.lexicon) or not (
                analysis.directive or not ctx.lexicon.search("problem_cues", sentence.text)):
            return None
        return "numbered.item"
    if analysis.directive:
        return _rule(analysis)
    if analysis.statement:
        return None
    if analysis.past or sentence.text.rstrip("”’」").endswith(("？", "?")):
        return None  # past work; a question (发展靠什么？) asks for no action by itself
    if analysis.imperative or (analysis.party is not None and not analysis.attitude):
        return _rule(analysis)
    if sentence.node is not None and _acts(ctx, sentence, analysis, tokens, begin, deadline) \
            and not _answers(ctx, index):
        return "imperative.task-part"
    # a bare figure (地区生产总值增长5.6%) is a target inside a numbered part of the text, or after a
    # lead-in that names the goals (主要预期目标是：……)
    lead = sentence.text.split("：", 1)[0] if "：" in sentence.text else ""
    if (sentence.node is not None or "目标" in lead) \
            and ctx.target(sentence.start, sentence.end, deadline) is not None:
        return "target.numbered" if sentence.node is not None else "target.goals"
    return None


#: What each rule id in an item's `rule` means.
RULES = {
    "directive.modal": "a directive marker (要, 必须, 确保, 请 …) or an assignment (X负责)",
    "directive.prohibition": "a prohibition marker (严禁, 不得 …)",
    "directive.resolve": "an idiom of resolve (决不姑息 …)",
    "directive.commitment": "the speaker's organisation with 将 (我们将 …)",
    "directive.remediation": "a directive with a time limit to put right problems described around it",
    "imperative.opening": "opens with a listed verb, a time limit or a framing clause and a verb",
    "imperative.task-part": "inside a numbered part: no subject before its verb, nothing that describes",
    "subject.party": "a named responsible party opens the sentence (局党组每季度 …)",
    "numbered.item": "a numbered sentence that neither frames nor describes a problem",
    "target.numbered": "a quantitative target inside a numbered part (地区生产总值增长5%)",
    "target.goals": "quantitative targets after a lead-in that names the goals (主要预期目标是：……)",
    "heading.numbered": "the numbered heading of a part with items under it",
    "heading.run-in": "a short directive opening a paragraph that goes on (全力化解重大风险。)",
    "part.semicolon": "a `；` part of a sentence whose parts are separately actionable",
    "table.row": "a row of a Word task table",
}


COPULAS = frozenset(("是", "就是", "才是", "正是", "乃是", "即是", "即", "成为", "属于", "意味着", "在于", "贵在",
                     "重在", "难在"))
CLAUSE_ENDS = frozenset("，,；;：:")


def _acts(ctx: _Context, sentence: Sentence, analysis: Analysis, tokens: list[Token], begin: int,
          deadline: Span | None) -> bool:
    """A sentence inside a numbered part of the tasks that says what to do without a modal or a
    listed verb (`孵化培育……`, `科学调整……`, `专项治理……`, `对……加大扶持力度`): no subject before its
    first verb (it opens with a verb, an adverb, an idiom, a preposition or a manner word such as
    专项 before a verb, by jieba's dictionary tags), no clause that describes (`X是……`, `X为……`),
    no attitude, problem or lead-in (`……：`)."""
    if analysis.attitude or sentence.text.rstrip().endswith(("：", ":")) \
            or ctx.lexicon.search("problem_cues", sentence.text):
        return False
    tags = word_tags(ctx.lexicon)
    clause: list[str] = []
    for i in range(begin, len(tokens)):
        word = tokens[i].text
        if word in CLAUSE_ENDS:
            clause = []
            continue
        if clause and (word in COPULAS or word == "得" or (word == "为" and _copular_wei(tokens, i, clause, tags))):
            return False  # 高新区的每一步发展，都是……, 这段话讲得……: a description
        clause.append(word)
    first = _first_content(tokens, begin, deadline, ctx.lexicon)
    if first >= len(tokens):
        return False
    if _opens_predicate(ctx, tokens[first].text):
        return True
    # 专项治理……, 深度研究……: a two-character manner word right before a verb
    return (len(tokens[first].text) == 2 and first + 1 < len(tokens)
            and tags.get(tokens[first + 1].text) in ("v", "vn"))


def _copular_wei(tokens: list[Token], i: int, clause: list[str], tags: dict[str, str]) -> bool:
    """为 as `is` (`服务对象为……`), not `for` (`以……为……`, `鼓励企业为贫困地区提供……`: a verb follows)."""
    if {"以", "把", "将", "作", "使"} & set(clause):
        return False
    for tok in tokens[i + 1:]:
        if tok.text in CLAUSE_ENDS or tok.text in "。！？":
            return True
        if tags.get(tok.text) == "v":
            return False
    return True


def _answers(ctx: _Context, index: int) -> bool:
    """`发展靠什么？靠项目。`: the sentence after a question in its paragraph answers it."""
    if index == 0:
        return False
    previous, sentence = ctx.sentences[index - 1], ctx.sentences[index]
    return previous.para == sentence.para and previous.text.rstrip("”’」").endswith(("？", "?"))


def _opens_predicate(ctx: _Context, word: str) -> bool:
    """Whether `word` can open a predicate: a verb, an adverb, a preposition, an idiom (not a noun
    or pronoun that would be a subject). A word jieba does not know goes by its first character."""
    tags = word_tags(ctx.lexicon)
    tag = tags.get(word)
    if tag not in PREDICATE_TAGS and len(word) > 1:  # jieba tags many verb phrases as nouns (动员, 统筹安排)
        tag = tags.get(word[0])
    return tag in PREDICATE_TAGS or word in ctx.lexicon.set("imperative_verbs") \
        or word in ctx.lexicon.set("framing_prepositions")


PREDICATE_TAGS = ("v", "vn", "m")


def _is_frame(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A title that only frames: `二、重点任务`, `2025年工作安排`, a topic title `一、关于……工作`."""
    words = title_words(sentence)
    words = re.sub(r"^(?:19|20)\d\d年", "", words)
    if words in lexicon.set("frame_titles"):
        return True
    if words.startswith("关于") and (sentence.is_title or (sentence.label is not None and "，" not in words)):
        return True  # 一、关于春耕生产。会议明确，……: the topic of a minutes item, on its first line
    # 整治目标, 考核范围和内容, 2025年教育工作的总体要求和主要目标 (not 加快推进重点任务)
    return sentence.is_title and words.endswith(lexicon.words("frame_endings")) and (
        len(words) <= 8 or not words.startswith(lexicon.multi_char_verbs + tuple(lexicon.set("imperative_verbs"))))




def _parts(ctx: _Context, sentence: Sentence, tokens: list[Token], begin: int) -> list[tuple[int, int, Analysis]]:
    """The `；` parts of a sentence with their analyses, when two or more of them are actionable."""
    cuts = top_level_semicolons(ctx.text, sentence.start, sentence.end)
    if not cuts:
        return []
    bounds = [sentence.start] + cuts + [sentence.end]
    parts = []
    starts = [t.start for t in tokens]
    for a, b in zip(bounds, bounds[1:]):
        first = max(bisect_left(starts, a), begin) if begin < len(tokens) else len(tokens)
        last = bisect_left(starts, b)
        part_tokens = tokens[:last]
        deadline = ctx.deadline(a, b)
        analysis = analyse(ctx.text, part_tokens, first, ctx.lexicon, ctx.mask, deadline)
        actionable = analysis.directive or (not analysis.past and (
            analysis.imperative or ctx.target(a, b, deadline) is not None))
        parts.append((a, b, analysis, actionable))
    if sum(p[3] for p in parts) < 2:
        return []
    return [(a, b, analysis) for a, b, analysis, _ in parts]


def _draft(ctx: _Context, sentence: Sentence, index: int, start: int, end: int, kind: str, analysis: Analysis,
           rule: str, deadline: Span | None = None) -> _Draft:
    """An item for text[start:end]; `deadline` is the sentence's when the item is the whole sentence."""
    text = ctx.text
    while start < end and text[start] in " \u3000\t":
        start += 1
    if (start, end) != (sentence.start, sentence.end):
        deadline = ctx.deadline(start, end)
    party = analysis.party if analysis.party and start <= analysis.party.start < end else None
    if party is not None and deadline is not None and deadline.start <= party.start < party.end < deadline.end:
        deadline = Span(text[party.end:deadline.end], party.end, deadline.end)  # 学员|培训期间
    target = None if kind == "heading" else ctx.target(start, end, deadline)
    item = Item(
        id="", kind=kind, text=text[start:end], start=start, end=end, path=list(sentence.path),
        zone=sentence.zone, label=sentence.label.name if sentence.label and start == sentence.start else None,
        party=party.text if party else None, party_source="explicit" if party else None, party_span=party,
        deadline=deadline.text if deadline else None, deadline_span=deadline,
        target=target.text if target else None, target_span=target, rule=rule,
    )
    item.borderline = sentence.zone in ("preamble", "closing") or (kind == "heading" and len(sentence.path) == 1)
    return _Draft(item, index, sentence.node)


def _apply_attributions(drafts: list[_Draft], attributions: list[tuple[int, Attribution]],
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
    by_para: dict[int, list[_Draft]] = {}
    by_node: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_para.setdefault(sentences[d.sentence].para, []).append(d)
        if d.node is not None:
            by_node.setdefault(d.node, []).append(d)
    children: dict[int, list[int]] = {}
    for n in structure.nodes:
        if n.parent is not None:
            children.setdefault(n.parent, []).append(n.index)

    def inside(node: int) -> list[_Draft]:
        """The drafts of numbered unit `node` and the units within it (costs the unit's size)."""
        found, stack = [], [node]
        while stack:
            current = stack.pop()
            found += by_node.get(current, [])
            stack += children.get(current, [])
        return found

    for index, attribution in attributions:
        sentence = sentences[index]
        para = sentence.para
        if sentence.first_in_para and index > 0:
            para = sentences[index - 1].para
        opening = opening_of.get(para)
        node = opening.node if opening is not None and opening.label is not None else None
        if sentence.first_in_para:  # a line of its own after ①…③ belongs to the item they detail
            while node is not None and structure.nodes[node].label.style in SUB_ITEM_STYLES \
                    and structure.nodes[node].parent is not None:
                node = structure.nodes[node].parent
        if node is not None:
            covered = [d for d in inside(node) if d.sentence < index]
        else:
            covered = [d for d in by_para.get(para, []) if d.sentence < index]
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
            if attribution.deadline and item.deadline is None:
                item.deadline, item.deadline_span = attribution.deadline.text, attribution.deadline


INLINE_BRACKET = re.compile(r"[（(][^（()）\n]{2,80}[）)]")
JOINT = re.compile(r"(?:会同|联合|协同)([^，,。；;：:]{2,60}?)(?:等(?:有关)?(?:部门|单位))?(?=[，,。；;]|共同|一起|研究|制定|出台|开展)")


def _apply_inline_attributions(ctx: _Context, drafts: list[_Draft]) -> None:
    """An attribution inside the item's own sentence (`……修订（市卫健委牵头，市第一人民医院配合）。`,
    `（责任单位：……）`) gives that item its lead and other units, and its time limit where it states
    none; `X要会同Y、Z……` makes Y and Z the item's other units (`co_parties`)."""
    for draft in drafts:
        item = draft.item
        for m in INLINE_BRACKET.finditer(ctx.text, item.start, item.end):
            if not is_attribution(m.group()):
                continue
            attribution = parse_attribution(ctx.text, m.start(), m.end(), lambda _, a, b: ctx.deadlines.first(a, b))
            if attribution.lead is None:
                continue
            if item.party_source != "explicit":
                item.party, item.party_span, item.party_source = attribution.lead.text, attribution.lead, "attribution"
            if item.party == attribution.lead.text:
                item.co_party_spans = list(attribution.others)
            if attribution.deadline and item.deadline is None:
                item.deadline, item.deadline_span = attribution.deadline.text, attribution.deadline
        if item.party_source == "explicit" and not item.co_party_spans and item.party_span is not None:
            joint = JOINT.match(ctx.text, _after_marker(ctx.text, item.party_span.end, item.end))
            if joint:
                item.co_party_spans = unit_names(ctx.text, joint.start(1), joint.end(1))
        item.co_parties = [span.text for span in item.co_party_spans]


def _after_marker(text: str, at: int, end: int) -> int:
    """Where the words after a party's name and its modal start (`市卫健委要|会同……`)."""
    for marker in ("必须", "要", "将", "应", "须"):
        if text.startswith(marker, at) and at + len(marker) < end:
            return at + len(marker)
    return at


SUB_ITEM_STYLES = ("①", "（1）", "1)")


def _inherit_parties(drafts: list[_Draft], structure: Structure) -> None:
    """Items without a party of their own take the party of their numbered unit: named in its
    heading, else in its first task item."""
    group_party: dict[int, Item] = {}
    seen: set[int] = set()
    for draft in drafts:
        node = draft.node
        if node is None:
            continue
        item = draft.item
        if item.kind == "heading" and structure.nodes[node].sentence == draft.sentence:
            if item.party and item.party not in PRONOUNS:
                group_party[node] = item
            continue
        if node not in seen:
            seen.add(node)
            if node not in group_party and item.party_source == "explicit" and item.party not in PRONOUNS:
                group_party[node] = item  # (not 我们/大家: the whole audience is no unit's party)
    for draft in drafts:
        item, node = draft.item, draft.node
        if item.party or node is None or node not in group_party:
            continue
        if item.kind == "heading" and structure.nodes[node].sentence == draft.sentence:
            continue
        source = group_party[node]
        item.party, item.party_span, item.party_source = source.party, source.party_span, "inherited"
        item.co_parties, item.co_party_spans = list(source.co_parties), list(source.co_party_spans)


def _finish(drafts: list[_Draft], structure: Structure) -> list[Item]:
    """Set stable ids and parents."""
    heading_of: dict[int, str] = {}
    used: set[str] = set()
    cursor: dict[str, int] = {}
    items = []
    for draft in drafts:
        item = draft.item
        item.id = _stable_id(item.text, used, cursor)
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


def _stable_id(text: str, used: set[str], cursor: dict[str, int]) -> str:
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
