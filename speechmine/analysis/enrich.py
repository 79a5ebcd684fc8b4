"""Fields derived from what an item says: due dates from deadlines, values from targets, and
drafting suggestions (`suggested_party`, `suggested_deadline`, `suggested_due`) for items whose text
names no unit or time limit. Suggestions go in fields of their own and never overwrite the text's.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .dates import resolve
from ..lexicon import Lexicon
from ..model import Item
from .suggest import (fits_document, is_internal, is_standing, level_of, load_departments, load_units,
                      speaker_line, suggest_deadline, suggest_party)
from .targets import parse_target


def enrich(items: Sequence[Item], text: str, doc_date: str | None, suggest: bool = True,
           units: str | Path | None = None, lexicon: Lexicon | None = None) -> None:
    """Add `due`, `deadline_kind`, `rhythm` (and `next_due` for rhythms), `target_value`, `target_unit`, `target_modifier`,
    `target_max` and, with `suggest`, the suggested fields to each item's `extra`. Target units
    are those of `lexicon` (default: the shipped lexicons).

    A suggested party comes from `units` (the organisation's own unit list, `suggest.load_units`)
    when given; else from the shipped departments, kept only when the document's items name that
    unit as a party elsewhere, it is not the speaker's own organisation and the document is no
    internal speech (see `speechmine.analysis.suggest`)."""
    level = level_of(text) if suggest else ""
    own = load_units(str(units)) if suggest and units else None
    departments = own or (load_departments() if suggest and not is_internal(text) else ())
    speaker = speaker_line(text)
    parties = {name for item in items for name in (item.party, *item.co_parties)
               if name and name not in speaker}
    for item in items:
        if item.deadline:
            due = resolve(item.deadline, doc_date)
            # a time limit that has no calendar date of its own (汛期前, 春节前) is still a date limit
            item.extra.update({"due": due.due, "deadline_kind": due.deadline_kind or "date", "rhythm": due.rhythm})
            if due.deadline_kind == "rhythm":
                # a repeating limit (每月5日前) has no one due date; its first one is `next_due`
                item.extra.update({"due": None, "next_due": due.due})
        if item.target:
            target = parse_target(item.target, lexicon)
            item.extra.update({"target_value": target.value, "target_unit": target.unit,
                               "target_modifier": target.modifier, "target_max": target.value_max})
        if not suggest or item.kind == "heading" or item.zone != "task":
            continue
        if item.party is None:
            unit = suggest_party(item.text, "" if own else level or "县", departments) if departments else None
            item.extra["suggested_party"] = unit if own or unit is None or fits_document(unit, parties) else None
        if item.deadline is None:
            hint = "ongoing" if is_standing(item.text) else None
            deadline, due = suggest_deadline(None, hint, doc_date)
            if deadline:
                item.extra["suggested_deadline"] = deadline
                item.extra["suggested_due"] = due
