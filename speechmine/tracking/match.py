"""Which task of a new version of a speech is which row of the ledger.

Tasks are matched by 任务ID (the stable id of the sentence), then, for sentences that were edited,
by similarity: `difflib` ratio ≥ `SIMILARITY` on the sentence without spaces and punctuation,
one-to-one, best pairs first (ties: nearest position, then reading order). `plan` lays out the
updated ledger's rows, each an `Entry` saying what happened to it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Sequence

from ..analysis.assign import NOT_IN_ID
from ..errors import SpeechmineError
from ..export.checklist import Row, rows
from ..export.columns import EXCLUDED, KEPT, NEW, REMOVED, RESTORED, SIMILAR, UNTOUCHED
from ..model import Result

SIMILARITY = 0.7


def source_name(result: Result) -> str:
    """How a ledger names a speech (来源文件): its file name without folders."""
    return re.split(r"[\\/]", result.source)[-1] or result.source


def _key(text: str) -> str:
    return NOT_IN_ID.sub("", text)


@dataclass
class Old:
    """A row (or Markdown block) of the previous file as the merge sees it."""

    index: int
    id: str
    text: str
    source: str
    removed: bool
    data: Any
    identified: bool = True
    excluded: bool = False


@dataclass
class Entry:
    """One row of the updated ledger: what happened to it, its old row and its new checklist row."""

    change: str
    source: str
    old: Old | None = None
    row: Row | None = None
    result: Result | None = None


def match(olds: Sequence[Old], new: Sequence[Row]) -> dict[int, int]:
    """Old position → new position: equal ids first, then similar sentences (one-to-one)."""
    pairs: dict[int, int] = {}
    first: dict[str, int] = {}
    for i, old in enumerate(olds):
        if old.id and old.identified:
            first.setdefault(old.id, i)
    taken: set[int] = set()
    for k, row in enumerate(new):
        i = first.get(row.item.id)
        if i is not None and i not in pairs:
            pairs[i] = k
            taken.add(k)
    rest_old = [i for i, old in enumerate(olds) if i not in pairs and old.identified and old.text]
    rest_new = [k for k in range(len(new)) if k not in taken]
    candidates = []
    for i in rest_old:
        a = _key(olds[i].text)
        for k in rest_new:
            matcher = SequenceMatcher(None, a, _key(new[k].item.text), autojunk=False)
            if matcher.real_quick_ratio() < SIMILARITY or matcher.quick_ratio() < SIMILARITY:
                continue
            ratio = matcher.ratio()
            if ratio >= SIMILARITY:
                distance = abs(i / max(len(olds), 1) - k / max(len(new), 1))
                candidates.append((-ratio, distance, i, k))
    for _, _, i, k in sorted(candidates):
        if i not in pairs and k not in taken:
            pairs[i] = k
            taken.add(k)
    return pairs


def _assign_sources(olds: list[Old], results: Sequence[Result]) -> None:
    """Rows without 来源文件 belong to the row above's speech; a checklist that never named its
    speech (a plain export) belongs to the given speech sharing most task ids with it."""
    if not any(old.source for old in olds):
        ids = {old.id for old in olds if old.id}
        shared = [(len(ids & {it.id for it in r.items}), -n) for n, r in enumerate(results)]
        best = max(shared, default=(0, 0))
        owner = source_name(results[-best[1]]) if best[0] else ""
        for old in olds:
            old.source = owner
        return
    current = next(old.source for old in olds if old.source)
    for old in olds:
        current = old.source = old.source or current


def plan(olds: list[Old], results: Sequence[Result]) -> list[Entry]:
    """The rows of the updated ledger in order: each speech's tasks in reading order where its old
    rows stood (new speeches last), unmatched old rows right after the row they followed."""
    _assign_sources(olds, results)
    by_source = {source_name(r): r for r in results}
    entries: list[Entry] = []
    done: set[str] = set()
    for old in olds:
        if old.source not in by_source:
            entries.append(Entry(UNTOUCHED, old.source, old))
        elif old.source not in done:
            done.add(old.source)
            entries += _block(old.source, by_source[old.source], olds)
    for name, result in by_source.items():
        if name not in done:
            entries += _block(name, result, olds)
    return entries


def _block(name: str, result: Result, all_olds: list[Old]) -> list[Entry]:
    olds = [old for old in all_olds if old.source == name]
    new = rows(result, "part")
    pairs = match(olds, new)
    anchored: dict[int, list[Old]] = {}
    anchor = -1
    for i, old in enumerate(olds):
        if i in pairs:
            anchor = pairs[i]
        else:
            anchored.setdefault(anchor, []).append(old)
    matched = {k: olds[i] for i, k in pairs.items()}

    def leftovers(k: int) -> list[Entry]:
        return [Entry(REMOVED if old.identified else UNTOUCHED, name, old)
                for old in anchored.get(k, [])]

    entries = leftovers(-1)
    for k, row in enumerate(new):
        old = matched.get(k)
        if old is None:
            change = NEW
        elif old.excluded:
            change = EXCLUDED
        elif old.removed:
            change = RESTORED
        else:
            change = KEPT if old.id == row.item.id else SIMILAR
        entries.append(Entry(change, name, old, row, result))
        entries += leftovers(k)
    return entries


def renamed_sources(path: Path, olds: Sequence[Old], results: Sequence[Result]) -> None:
    """Refuse a speech whose tasks the ledger holds under another 来源文件 (the file was renamed):
    the update would add every task a second time."""
    given = {source_name(r) for r in results}
    held: dict[str, set[str]] = {}
    for old in olds:
        if old.source and old.source not in given and old.id:
            held.setdefault(old.source, set()).add(old.id.split("-")[0])
    for result in results:
        name = source_name(result)
        if any(old.source == name for old in olds):
            continue
        ids = {item.id.split("-")[0] for item in result.items if item.kind == "task"}
        for source, known in held.items():
            if ids and len(ids & known) * 2 >= len(ids):
                raise SpeechmineError(
                    f"{path}: the tasks of {name} are already in the ledger as 来源文件 {source} "
                    f"(renamed file?); give it its old name, or change 来源文件 {source} to {name} "
                    "in the ledger, so that its rows are matched instead of added again")
