"""The results of following: evidence units, indicators, links and the whole `FollowResult`."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Item, Result, Span

STATUSES = ("done", "progress", "missed", "silent")
STATUS_NAMES = {"done": "已完成", "progress": "推进中", "missed": "未完成", "silent": "未提及"}


@dataclass(frozen=True)
class Evidence:
    """A unit of the later text about a task: verbatim, with offsets into `FollowResult.later_text`.
    `about` is False for the nearest units shown beside a silent task, which were not judged to
    speak of it (a reader checks the silence against them)."""

    text: str
    start: int
    end: int
    score: float
    problem: bool = False
    about: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "score": round(self.score, 3),
                "problem": self.problem, "about": self.about}


@dataclass(frozen=True)
class Indicator:
    """One quantitative target of a task and what the later text reports for it.

    `verdict` is `met`, `missed`, or None when no comparable figure is reported (or the target
    is not due, or not a figure the review can answer, such as a per-county count)."""

    target: Span
    value: float | None
    unit: str | None
    modifier: str | None
    reported: Span | None = None
    reported_value: float | None = None
    verdict: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"target": self.target.text, "target_start": self.target.start,
                "target_end": self.target.end, "value": self.value, "unit": self.unit,
                "modifier": self.modifier, "reported": self.reported.to_dict() if self.reported else None,
                "reported_value": self.reported_value, "verdict": self.verdict}


@dataclass
class Link:
    """An item of the earlier document with its evidence (best first), status and indicators. A
    silent task's evidence is the nearest units of the review, each with `about` False."""

    item: Item
    status: str
    evidence: list[Evidence] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)

    @property
    def reported_value(self) -> str | None:
        """The reported figures of the judged indicators, `；`-joined (None: none reported)."""
        found = [i.reported.text for i in self.indicators if i.reported is not None]
        return "；".join(dict.fromkeys(found)) or None

    def to_dict(self) -> dict[str, Any]:
        it = self.item
        return {"id": it.id, "task": it.text, "task_start": it.start, "task_end": it.end,
                "kind": it.kind, "path": list(it.path), "target": it.target, "status": self.status,
                "evidence": [e.text for e in self.evidence],
                "evidence_spans": [e.to_dict() for e in self.evidence],
                "reported_value": self.reported_value,
                "indicators": [i.to_dict() for i in self.indicators]}


@dataclass
class FollowResult:
    """What `follow` returns: the earlier document's extraction, the later text, the review part
    found in it (`review`, offsets into `later_text`) and one link per earlier item."""

    earlier: Result
    later_source: str
    later_text: str
    review: tuple[int, int]
    problems: list[tuple[int, int]]
    links: list[Link]

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for link in self.links if link.status == s) for s in STATUSES}

    def to_dict(self) -> dict[str, Any]:
        return {"earlier": self.earlier.source, "later": self.later_source,
                "review": {"start": self.review[0], "end": self.review[1]},
                "problems": [{"start": a, "end": b} for a, b in self.problems],
                "counts": self.counts(), "links": [link.to_dict() for link in self.links]}

