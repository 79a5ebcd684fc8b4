"""The pipeline: read → structure → items (`analysis.items`: which sentences, with their
deadlines and targets) → parties and ids (`analysis.assign`) → enrich → result.

    >>> result = extract("speech.txt")                # a path
    >>> result = extract("各区县要在年底前完成……。")   # or the text itself
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Sequence

from .analysis.assign import (NOT_IN_ID, apply_attributions, apply_inline_attributions, finish, inherit_parties,
                               inherit_stage_times, stable_id)
from .analysis.dates import find_doc_date
from .analysis.directives import quote_mask
from .analysis.enrich import enrich
from .errors import SpeechmineError
from .analysis.items import (RULES, Context, Draft, first_of_list_after_lead_in, headings_over_nothing, names_in_lists,
                              parallel_titles, records_meeting, sentence_items, skipped, title_lines_in_series)
from .lexicon import Lexicon, load
from .model import Item, Result, Span
from .analysis.normalise import normalise
from .analysis.parties import Attribution, parse_attribution, whole_audience
from .reading import Source, read
from .analysis.segment import tokenize, using
from .analysis.structure import build
from .analysis.timing import Deadlines
from .analysis.title import document_title

__all__ = ["extract", "extract_items", "document_title", "RULES", "NOT_IN_ID"]


def extract(source: str | Path | Source, lexicons: Sequence[str | Path] = (), lexicon: Lexicon | None = None,
            date: str | dt.date | None = None, suggest: bool = True, segmenter: str | None = None,
            units: str | Path | None = None) -> Result:
    """Extract task items from a path, `-` (stdin), a `Source`, or the text itself.

    A string is taken as a path when it names an existing file (or is `-`), else as the text.
    `lexicons` adds the user's lexicon files (see lexicons/README.md). `date` is the document's
    date (ISO string or date); without it the date comes from the .docx properties or a dated
    line in the text, never from today. `suggest=False` leaves out the drafting suggestions;
    `units` is the organisation's own unit list they draw on (`speechmine.analysis.suggest.load_units`).
    `segmenter` is "jieba" or "rjieba" (`pip install speechmine[fast]`); None keeps the current one
    (jieba, unless inside `speechmine.analysis.segment.using(...)`).
    """
    lexicon = lexicon or load(tuple(str(p) for p in lexicons))
    if isinstance(source, Source):
        doc = source
    elif isinstance(source, Path) or source == "-" or _looks_like_path(source):
        doc = read(source)
    else:
        doc = Source(name="<text>", text=source)
    doc_date, date_source = _document_date(doc, date)
    year = int(doc_date[:4]) if doc_date else None
    if segmenter is None:
        items = extract_items(doc.text, lexicon, doc.headings, year)
    else:
        with using(segmenter):
            items = extract_items(doc.text, lexicon, doc.headings, year)
    if doc.task_rows:
        items = _merge_table_rows(items, doc.task_rows)
    enrich(items, doc.text, doc_date, suggest, units, lexicon)
    meta: dict[str, Any] = {"doc_date_source": date_source} if doc_date else {}
    if doc.warnings:
        meta["warnings"] = list(doc.warnings)
    title = document_title(doc.text)
    if title:
        meta["title"] = title
    return Result(source=doc.name, text=doc.text, items=items, doc_date=doc_date, meta=meta)


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
        item = Item(id=stable_id(row.text.text, used, cursor), kind="task", text=row.text.text, start=row.text.start,
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


def extract_items(original: str, lexicon: Lexicon, headings: dict[int, int] | None = None,
                  year: int | None = None) -> list[Item]:
    """Task items of `original`, in document order. Matching runs on a normalised copy of the same
    length (simplified characters, full-width punctuation); texts and offsets are the original's.
    `year` is the document's year (None: read from the text, see `analysis.structure.build`)."""
    text = normalise(original)
    structure = build(text, lexicon, headings, original, year)
    mask = quote_mask(text)
    ctx = Context(text, lexicon, mask, Deadlines(text, lexicon), structure.sentences, structure.bare(),
                  records_meeting(text), structure.parents(), structure.inside_until)
    drafts: list[Draft] = []
    attributions: list[tuple[int, Attribution]] = []
    members = {node.index: [m for m in node.members if not structure.sentences[m].is_attribution
                            and structure.sentences[m].zone not in ("review", "problem", "annex")]
               for node in structure.nodes}
    parents = {node.parent for node in structure.nodes
               if node.parent is not None and structure.sentences[node.sentence].zone != "annex"}
    for index, sentence in enumerate(structure.sentences):
        if sentence.is_attribution:
            attributions.append((index, parse_attribution(
                text, sentence.start, sentence.end, lambda _, a, b: ctx.deadlines.first(a, b))))
            continue
        if skipped(sentence):
            continue  # past work and problems are not tasks: no need to segment them
        tokens = tokenize(sentence.text, lexicon, sentence.start)
        begin = 0
        led = first_of_list_after_lead_in(sentence)  # read whole: its lead-in says who does what
        if sentence.label and not led:
            while begin < len(tokens) and tokens[begin].start < sentence.label.end:
                begin += 1
        opens = sentence.node is not None and structure.nodes[sentence.node].sentence == index
        is_heading = opens and not led and (len(members[sentence.node]) > 1 or sentence.node in parents)
        drafts.extend(sentence_items(ctx, sentence, index, tokens, begin, opens, is_heading))
    drafts = headings_over_nothing(ctx, names_in_lists(ctx, parallel_titles(ctx, title_lines_in_series(ctx, drafts))))
    apply_attributions(drafts, attributions, structure)
    apply_inline_attributions(ctx, drafts)
    inherit_parties(drafts, structure, whole_audience(lexicon))
    inherit_stage_times(drafts, structure)
    items = finish(drafts, structure)
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
