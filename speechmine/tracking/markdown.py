"""Merging the checklist of new speeches into a Markdown ledger: ticks, text typed after a task
line and notes written under it stay with their task; tasks gone from the speech move under
`REMOVED_HEADING`."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from ..export.columns import KEPT, LABELS, NEW
from ..export.markdown import markdown_lines
from ..model import Result
from .ledger import REMOVED_HEADING, MdBlock, MdChunk, read_markdown
from .match import Entry, Old, plan, renamed_sources, source_name


def render_md(path: Path, results: Sequence[Result], by: str, title: str | None
               ) -> tuple[str, list[Entry]]:
    created = not path.exists()
    chunks = [] if created else read_markdown(path)
    for chunk in chunks:
        chunk.source = re.split(r"[\\/]", chunk.source)[-1]
    olds = [Old(index=n, id=b.id, text=b.text, source=chunk.source, removed=b.removed, data=b)
            for n, (chunk, b) in enumerate((c, b) for c in chunks for b in c.blocks
                                          if b.kind == "task")]
    renamed_sources(path, olds, results)
    entries = plan(olds, results)
    names = {source_name(r): r for r in results}
    out: list[str] = []
    emitted: set[str] = set()
    for chunk in chunks:
        if chunk.source not in names:
            out.append("\n".join(chunk.lines).strip("\n"))
        elif chunk.source not in emitted:
            emitted.add(chunk.source)
            out.append(_md_chunk(names[chunk.source], chunk.source, entries, chunks, by, title,
                                 created))
    for name, result in names.items():
        if name not in emitted:
            out.append(_md_chunk(result, name, entries, chunks, by, title, created))
    return "\n\n".join(out) + "\n", entries


def _md_chunk(result: Result, name: str, entries: list[Entry], chunks: list[MdChunk], by: str,
              title: str | None, created: bool) -> str:
    mine = [e for e in entries if e.source == name]
    by_id = {e.row.item.id: e for e in mine if e.row is not None}
    olds = [c for c in chunks if c.source == name]
    heading_notes = {b.id: b.notes for c in olds for b in c.blocks if b.kind == "heading"}
    lines = markdown_lines(result, by=by, title=title)
    out: list[str] = []
    i = 0
    while i < len(lines):
        text, kind, item_id = lines[i]
        if kind == "task":                      # the next line is its reference line
            out += _md_task(text, lines[i + 1][0], by_id.get(item_id), created)
            i += 2
            continue
        out.append(text)
        if kind == "source":
            out += [note for c in olds for note in c.notes]
        elif kind == "heading":
            out += heading_notes.pop(item_id, [])
        i += 1
    gone = [e.old.data for e in mine if e.row is None and e.old is not None]
    leftover = [note for notes in heading_notes.values() for note in notes]
    if gone or leftover:
        out += ["", REMOVED_HEADING, ""]
        for block in gone:
            ref = block.lines[1] if block.removed or block.lines[1].endswith("已删除") else \
                block.lines[1] + " · 已删除"
            out += [block.lines[0], ref] + block.notes
        out += leftover
    return "\n".join(out)


def _md_task(line: str, ref: str, entry: Entry | None, created: bool) -> list[str]:
    generated = line[len("- [ ] "):-len("\\")]   # the line as written, less its hard break
    if entry is None or entry.old is None:
        mark = "" if created else f" · {LABELS[NEW]}"
        return [line, ref + mark]
    old: MdBlock = entry.old.data
    body = generated
    if old.body != generated:
        if old.body.startswith(generated):
            body = old.body                       # text typed before the line break
        elif entry.change == KEPT and entry.row is not None and old.text == entry.row.item.text:
            body = old.body                       # the same sentence, a line staff edited
    label = LABELS.get(entry.change)
    tick = "x" if old.checked else " "
    return [f"- [{tick}] {body}\\{old.after}", ref + (f" · {label}" if label else "")] + old.notes
