"""Scoring extracted items against a gold file made by hand (ANNOTATION.md's "Scoring" section).

    >>> scores = evaluate(extract("speech.txt"), load_gold("speech.gold.json"))
    >>> scores.f1, scores.party, scores.path

Both sides are located in the source text by their verbatim `text`. A gold item is found when
predicted items cover at least half of its characters; a predicted item is correct when at least
half of its characters lie inside gold items (borderline ones included) and it does not cover most
of three or more of them. Borderline gold items are not required. On found items, the party and
the innermost path label are compared, and `deadline`/`target` get an F1 over the values either
side gives (a value on a missed gold item counts as missed). Values agree when one contains the
other; the `exact_` figures also ask the shorter to be at least 80 % of the longer.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .errors import SpeechmineError
from .model import Result

Fields = Mapping[str, Any]
_LABEL_NOISE = re.compile(r"[\s、，,.．。:：()（）\[\]【】第]")
TIGHT = 0.8


@dataclass
class Scores:
    """What `evaluate` measures for one document (fractions in 0..1, rounded to three places)."""

    gold: int
    predicted: int
    found: int
    correct: int
    precision: float
    recall: float
    f1: float
    party: float
    path: float
    deadline_f1: float
    target_f1: float
    exact_party: float
    exact_deadline_f1: float
    exact_target_f1: float
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    unlocated: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        """One line: `P 1.000  R 0.980  F1 0.990  party …`."""
        return (f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  party {self.party:.3f}  "
                f"path {self.path:.3f}  deadline-F1 {self.deadline_f1:.3f}  target-F1 {self.target_f1:.3f}  "
                f"exact-target-F1 {self.exact_target_f1:.3f}  (gold {self.gold}, predicted {self.predicted})")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The items of a gold file (`{"doc": …, "items": [...]}` or a bare list)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise SpeechmineError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SpeechmineError(f"{path}: not a JSON gold file ({exc})") from None
    items = data.get("items") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise SpeechmineError(f"{path}: expected an object with a list \"items\"")
    return [it for it in items if isinstance(it, dict) and isinstance(it.get("text"), str) and it["text"].strip()]


def load_prediction(path: str | Path, gold: str | Path, source: str | Path | None = None) -> tuple[list[dict[str, Any]], str]:
    """The items of a `speechmine extract` JSON file and the source text they refer to: `source`,
    else the gold file's `doc` beside it, else the extraction's own `source`."""
    from .reading import read

    items = load_gold(path)
    if source is None:
        candidates = []
        for data_path in (gold, path):
            try:
                data = json.loads(Path(data_path).read_text(encoding="utf-8-sig"))
            except (OSError, ValueError):
                continue
            name = data.get("doc") or data.get("source") if isinstance(data, dict) else None
            if name:
                candidates += [Path(data_path).parent / name, Path(name)]
        source = next((c for c in candidates if c.is_file()), None)
        if source is None:
            raise SpeechmineError(f"{path}: cannot tell which source text the items come from: give --source")
    return items, read(source).text


def _spans(text: str, items: Sequence[Fields]) -> list[tuple[int, int] | None]:
    """Where each item's text stands, searching on from the previous hit (then from the start)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for item in items:
        words = item["text"].strip()
        at = text.find(words, cursor)
        if at < 0:
            at = text.find(words)
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(words)))
        cursor = at + 1
    return spans


def _covered(size: int, spans: Iterable[tuple[int, int] | None]) -> bytearray:
    cover = bytearray(size)
    for span in spans:
        if span:
            cover[span[0]:span[1]] = b"\x01" * (span[1] - span[0])
    return cover


def _share(span: tuple[int, int], cover: bytearray) -> float:
    return sum(cover[span[0]:span[1]]) / max(1, span[1] - span[0])


def _value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[-1] if value else ""
    return str(value).strip()


def _agree(gold: Any, predicted: Any, tight: bool = False) -> bool:
    g, p = _value(gold), _value(predicted)
    if not g or not p:
        return g == p
    if g == p:
        return True
    contained = g in p or p in g
    return contained and (not tight or min(len(g), len(p)) >= TIGHT * max(len(g), len(p)))


def _label(path: Any) -> str:
    return _LABEL_NOISE.sub("", _value(path))


def _f1(hits: int, predicted: int, gold: int) -> float:
    if not predicted and not gold:
        return 1.0
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def evaluate(predicted: Result | Sequence[Fields], gold: Sequence[Fields], text: str | None = None) -> Scores:
    """Score `predicted` (a Result, or item dicts with `text` and the fields) against `gold` items
    in `text` (the source text; a Result brings its own)."""
    if isinstance(predicted, Result):
        text = predicted.text if text is None else text
        predicted = [item.to_dict() for item in predicted.items]
    if text is None:
        raise SpeechmineError("evaluate: the source text is needed to place the items")
    predicted = [p for p in predicted if isinstance(p.get("text"), str) and p["text"].strip()]
    gold_spans, pred_spans = _spans(text, gold), _spans(text, predicted)
    lost = [g["text"][:40] for g, span in zip(gold, gold_spans) if span is None]
    if lost:
        raise SpeechmineError(f"gold items not in the source text: {'; '.join(lost[:3])}")
    pred_cover, gold_cover = _covered(len(text), pred_spans), _covered(len(text), gold_spans)
    required = [(g, span) for g, span in zip(gold, gold_spans) if not g.get("borderline")]
    found = [(g, span) for g, span in required if _share(span, pred_cover) >= 0.5]

    def swallows(span: tuple[int, int]) -> int:
        return sum(1 for g in gold_spans if min(span[1], g[1]) - max(span[0], g[0]) >= (g[1] - g[0]) / 2)

    correct = [span for span in pred_spans if span and _share(span, gold_cover) >= 0.5 and swallows(span) <= 2]

    def best(span: tuple[int, int]) -> Fields:
        overlaps = [(min(span[1], q[1]) - max(span[0], q[0]), i) for i, q in enumerate(pred_spans) if q]
        overlap, index = max(overlaps, key=lambda o: (o[0], -o[1]), default=(0, -1))
        return predicted[index] if overlap > 0 else {}

    party = path = exact_party = 0
    counts = {name: [0, 0, 0, 0] for name in ("deadline", "target")}  # hits, exact hits, predicted, gold
    for name, c in counts.items():
        c[3] += sum(bool(_value(g.get(name))) for g, span in required if _share(span, pred_cover) < 0.5)
    for g, span in found:
        p = best(span)
        party += _agree(g.get("party"), p.get("party"))
        exact_party += _agree(g.get("party"), p.get("party"), tight=True)
        path += _label(g.get("path")) == _label(p.get("path"))
        for name, c in counts.items():
            gv, pv = _value(g.get(name)), _value(p.get(name))
            c[0] += bool(gv and pv and _agree(gv, pv))
            c[1] += bool(gv and pv and _agree(gv, pv, tight=True))
            c[2] += bool(pv)
            c[3] += bool(gv)
    precision = len(correct) / len(predicted) if predicted else 0.0
    recall = len(found) / len(required) if required else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    k = max(1, len(found))
    return Scores(
        gold=len(required), predicted=len(predicted), found=len(found), correct=len(correct),
        precision=round(precision, 3), recall=round(recall, 3), f1=round(f1, 3),
        party=round(party / k, 3), path=round(path / k, 3),
        deadline_f1=_f1(counts["deadline"][0], *counts["deadline"][2:]),
        target_f1=_f1(counts["target"][0], *counts["target"][2:]),
        exact_party=round(exact_party / k, 3),
        exact_deadline_f1=_f1(counts["deadline"][1], *counts["deadline"][2:]),
        exact_target_f1=_f1(counts["target"][1], *counts["target"][2:]),
        missed=[g["text"][:60] for g, span in required if _share(span, pred_cover) < 0.5],
        spurious=[p["text"][:60] for p, span in zip(predicted, pred_spans) if span and _share(span, gold_cover) < 0.5],
        unlocated=[p["text"][:60] for p, span in zip(predicted, pred_spans) if span is None],
    )
