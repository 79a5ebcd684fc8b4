"""The earlier document's structure as following reads it: titles and the tasks they head."""
from __future__ import annotations

import re

from ..model import Item, Result

TITLE_LENGTH = 10  # a sentence this short heads the tasks after it


def _brief(item: Item) -> bool:
    """At most TITLE_LENGTH characters, its closing marks aside."""
    return len(item.text.strip(" 。；;")) <= TITLE_LENGTH


def _short(item: Item) -> bool:
    """Brief and without figures: a sentence that may head the tasks after it."""
    return _brief(item) and not re.search(r"\d", item.text)


def is_title(item: Item, text: str) -> bool:
    """A heading, or a short sentence without figures that opens a paragraph and is followed by
    more of it: it heads the tasks after it (`深化大气污染防治。……`)."""
    if item.kind == "heading":
        return True
    if not _short(item):
        return False
    line_end = text.find("\n", item.end)
    rest = text[item.end:line_end if line_end >= 0 else len(text)]
    return (item.start == 0 or text[item.start - 1] == "\n") and bool(rest.strip())


def ancestors(by_id: dict[str, Item], item: Item) -> list[str]:
    """The ids of the items above `item`, nearest first."""
    out, parent = [], item.parent
    while parent is not None and parent in by_id:
        out.append(parent)
        parent = by_id[parent].parent
    return out


def family(result: Result, at: int) -> list[Item]:
    """The items a title heads: for a heading, those under it (children, their children, …); for
    a short title sentence, or a run-in heading with no items under it (`强化投资拉动。……`), the
    items after it with the same parent, up to the next title."""
    item = result.items[at]
    if not is_title(item, result.text):
        return []
    found: list[Item] = []
    if item.kind == "heading":
        ids = {item.id}
        for other in result.items[at + 1:]:
            if other.parent in ids:
                ids.add(other.id)
                found.append(other)
        if found:
            return found
    for other in result.items[at + 1:]:
        if other.parent != item.parent or is_title(other, result.text):
            break
        found.append(other)
    return found


def run_in_family(result: Result, at: int) -> list[Item]:
    """The items a short sentence inside a paragraph may head (`……。做优金融业。推动……。支持……。`):
    those after it in its paragraph with the same parent, up to the next short sentence. Such a
    sentence is a task of its own as often as a head (`……。举办第三届桃花节。开展……`), so following
    reads it by its own words first (see `speechmine.follow.core`)."""
    item = result.items[at]
    text = result.text
    if not _short(item) or is_title(item, text):  # (a title at a paragraph's start has its `family`)
        return []
    line_end = text.find("\n", item.end)
    line_end = line_end if line_end >= 0 else len(text)
    found: list[Item] = []
    for other in result.items[at + 1:]:
        if other.start >= line_end or other.parent != item.parent or _brief(other):
            break
        found.append(other)
    return found

