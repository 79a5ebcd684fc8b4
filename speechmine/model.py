"""The object model: a speech's extraction result and its task items.

Offsets (`start`, `end`) are character offsets into `Result.text`, the decoded source text:
`result.text[item.start:item.end] == item.text` for every item, and the same holds for every
`Span` of a field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

TASK_ID = re.compile(r"t[0-9a-f]{8}(?:-\d+)?")
"""An item's id: `t` and 8 hex digits of its sentence's hash, `-2`, `-3` … for repeats."""
KINDS = ("task", "heading", "prohibition", "commitment")
ZONES = ("preamble", "review", "problem", "task", "closing", "annex")


@dataclass(frozen=True)
class Span:
    """A stretch of the source text: a field's value and where it stands."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Item:
    """One task item: a sentence (or `；` part) of the source that asks for future action.

    `party` is who must act: stated in this sentence (`party_source == "explicit"`), given by an
    attribution such as `（牵头单位：…）` (`"attribution"`), or inherited from the enclosing
    numbered item (`"inherited"`); `party_span` points at where it is written in every case.
    `rule` is the id of the rule that made the sentence an item (`speechmine.analysis.items.RULES`).
    """

    id: str
    kind: str
    text: str
    start: int
    end: int
    path: list[str]
    zone: str = "task"
    parent: str | None = None
    label: str | None = None
    borderline: bool = False
    party: str | None = None
    party_source: str | None = None
    party_span: Span | None = None
    co_parties: list[str] = field(default_factory=list)
    co_party_spans: list[Span] = field(default_factory=list)
    deadline: str | None = None
    deadline_span: Span | None = None
    target: str | None = None
    target_span: Span | None = None
    rule: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def party_explicit(self) -> bool:
        return self.party_source == "explicit"

    def to_dict(self) -> dict[str, Any]:
        spans = {
            name: span.to_dict()
            for name, span in (("party", self.party_span), ("deadline", self.deadline_span),
                               ("target", self.target_span))
            if span is not None
        }
        if self.co_party_spans:
            spans["co_parties"] = [span.to_dict() for span in self.co_party_spans]
        data: dict[str, Any] = {
            "id": self.id,
            "parent": self.parent,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "path": list(self.path),
            "label": self.label,
            "zone": self.zone,
            "borderline": self.borderline,
            "rule": self.rule,
            "party": self.party,
            "party_explicit": self.party_explicit,
            "party_source": self.party_source,
            "co_parties": list(self.co_parties),
            "deadline": self.deadline,
            "target": self.target,
            "spans": spans,
        }
        data.update(self.extra)
        return data


@dataclass
class Result:
    """What `speechmine.extract` returns: the source text and its task items in document order."""

    source: str
    text: str
    items: list[Item]
    doc_date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source}
        if self.doc_date:
            data["doc_date"] = self.doc_date
        data.update(self.meta)
        data["items"] = [item.to_dict() for item in self.items]
        return data

    def item(self, item_id: str) -> Item:
        """The item with this id (KeyError when there is none)."""
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def children(self, item_id: str | None) -> list[Item]:
        """Items whose parent is `item_id` (None: the top-level items)."""
        return [it for it in self.items if it.parent == item_id]
