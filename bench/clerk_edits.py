#!/usr/bin/env python3
"""How many checklist rows a clerk would still have to edit, per document of ../shared/corpus.

    python bench/clerk_edits.py [--shared ../shared] [--show]

For each speech/plan with gold (corpus/*.txt with gold/NAME.json, corpus/real/*.txt with NAME.json)
the checklist rows (`speechmine.export.checklist.rows`) are matched to the gold task items by overlap of
their source spans. A gold item needs an edit when it has no row (missing), or its row's 牵头单位
differs from the gold party (a unit or group; the gold's pronouns and null mean an empty cell; a
（建议） suggestion counts as filled in), or its 完成时限 or 具体要求/量化目标 misses the gold
deadline/target. Gold headings count as needing a row when they carry a deadline or target.
Rows that match no gold item are counted apart (`extra`), as are （建议） cells (`suggested`;
`lead_suggested`: wrong leads that are suggestions), 牵头单位 cells holding a pronoun or a bare
sector word (`pronoun_lead`) and 任务要点 cells over 30 characters or nearly the whole 工作任务
(`same_action`).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from speechmine import extract
from speechmine.export.checklist import SUGGESTED, rows

PRONOUNS = re.compile(r"^(?:我们|咱们|大家|同志们|同志|你们|各位|我|全局)$")
SECTOR = ("企业", "单位", "部门", "学校", "医院", "机构", "行业", "群众", "干部", "党员", "职工")


def gold_items(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["items"] if isinstance(data, dict) else data


def locate(text: str, items: list[dict]) -> list[tuple[int, int] | None]:
    spans, cursor = [], 0
    for it in items:
        at = text.find(it["text"].strip(), cursor)
        if at < 0:
            at = text.find(it["text"].strip())
        spans.append(None if at < 0 else (at, at + len(it["text"].strip())))
        if at >= 0:
            cursor = at + 1
    return spans


def close(a: str, b: str) -> bool:
    a, b = re.sub(r"\s", "", a), re.sub(r"\s", "", b)
    if not a or not b:
        return a == b
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= 0.8 * len(long_)


def target_ok(gold: str, shown: str) -> bool:
    """The cell shows the gold target: the same text, or every number of it in a cell not much
    longer (several targets joined by ；, each as metric and value)."""
    if close(gold, shown):
        return True
    numbers = re.findall(r"\d+(?:\.\d+)?|\*\*", gold)
    return bool(numbers) and all(n in shown for n in numbers) and len(shown) <= 1.25 * len(gold) + 4


def same_unit(gold: str, shown: str) -> bool:
    gold, shown = gold.strip(), shown.strip()
    if not gold or not shown:
        return gold == shown
    return gold == shown or gold in shown.split("、")[0] or shown in gold and len(shown) >= 0.6 * len(gold)


def measure(source: Path, gold_path: Path, show: bool = False) -> dict:
    result = extract(source)
    text = result.text
    gold = gold_items(gold_path)
    needed = [(g, sp) for g, sp in zip(gold, locate(text, gold))
              if sp and (g.get("kind") != "heading" or g.get("deadline") or g.get("target"))]
    table = rows(result)
    used: set[int] = set()
    counts = {"gold": len(needed), "rows": len(table), "missing": 0, "lead": 0, "due": 0,
              "target": 0, "edit": 0, "extra": 0, "suggested": 0, "pronoun_lead": 0,
              "same_action": 0, "lead_suggested": 0}
    for g, (a, b) in needed:
        best, overlap = None, 0
        for n, row in enumerate(table):
            o = min(b, row.item.end) - max(a, row.item.start)
            if o > overlap:
                best, overlap = n, o
        problems = []
        if best is None or overlap < 0.5 * min(b - a, table[best].item.end - table[best].item.start):
            problems.append("missing")
        else:
            used.add(best)
            row = table[best]
            party = g.get("party") or ""
            expected = "" if PRONOUNS.match(party) else party
            shown = row.lead_unit.removeprefix(SUGGESTED)
            if not same_unit(expected, shown):
                problems.append("lead")
                counts["lead_suggested"] += row.lead_unit.startswith(SUGGESTED)
            if g.get("deadline") and not close(g["deadline"], row.deadline.removeprefix(SUGGESTED)) \
                    and g["deadline"] not in row.deadline:
                problems.append("due")
            shown_target = row.target if hasattr(row, "target") else row.item.target
            if g.get("target") and not target_ok(g["target"], shown_target or ""):
                problems.append("target")
        for p in problems:
            counts[p] += 1
        if problems:
            counts["edit"] += 1
            if show:
                print(f"  {'/'.join(problems):14} {g['text'][:50]}  gold={g.get('party')}|{g.get('deadline')}|{g.get('target')}"
                      + ("" if "missing" in problems else f"  row={table[best].lead_unit}|{table[best].deadline}|{table[best].item.target}"))
    for n, row in enumerate(table):
        if n not in used and not any(min(b, row.item.end) > max(a, row.item.start) for _, (a, b) in needed):
            counts["extra"] += 1
        if row.lead_unit.startswith(SUGGESTED):
            counts["suggested"] += 1
        if PRONOUNS.match(row.lead_unit) or row.lead_unit in SECTOR:
            counts["pronoun_lead"] += 1
        action = row.action.strip()
        if action and (len(action) > 30 or len(action) >= 0.8 * len(row.item.text.strip())):
            counts["same_action"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1] / ".." / "shared"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    corpus = Path(args.shared) / "corpus"
    if not corpus.is_dir():
        sys.exit(f"{corpus}: not found (give --shared)")
    pairs = [(p, corpus / "gold" / f"{p.stem}.json") for p in sorted(corpus.glob("*.txt"))]
    pairs += [(p, p.with_suffix(".json")) for p in sorted((corpus / "real").glob("*.txt"))]
    keys = ("gold", "rows", "edit", "missing", "lead", "due", "target", "extra", "suggested",
            "lead_suggested", "pronoun_lead", "same_action")
    print("document".ljust(44) + " ".join(k.rjust(7) for k in keys))
    total = dict.fromkeys(keys, 0)
    for source, gold in pairs:
        if not gold.exists():
            continue
        if args.show:
            print(source.name)
        counts = measure(source, gold, args.show)
        print(source.stem[:43].ljust(44) + " ".join(str(counts[k]).rjust(7) for k in keys))
        for k in keys:
            total[k] += counts[k]
    print("total".ljust(44) + " ".join(str(total[k]).rjust(7) for k in keys))


if __name__ == "__main__":
    main()
