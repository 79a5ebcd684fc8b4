"""Building .docx test files in code: paragraphs, numbering XML, styles, tables, core properties."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

W = nsdecls("w")


def lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    """A `w:lvl` element."""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'{extra}<w:lvlText w:val="{text}"/></w:lvl>')


def abstract_num(abstract_id: int, *levels: str, extra: str = "") -> str:
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{extra}{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, *overrides: str) -> str:
    return (f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f'{"".join(overrides)}</w:num>')


def start_override(ilvl: int, start: int) -> str:
    return f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'


def numbering(*parts: str) -> str:
    """A numbering.xml root holding the given abstractNum and num elements (abstracts first)."""
    ordered = sorted(parts, key=lambda part: not part.startswith("<w:abstractNum"))
    return f"<w:numbering {W}>{''.join(ordered)}</w:numbering>"


@dataclass
class P:
    """A paragraph: text, optional direct numbering (numId, ilvl), style name, raw run XML."""

    text: str = ""
    num: tuple[int, int | None] | None = None
    style: str | None = None
    xml: str = ""


@dataclass
class Table:
    """A table: rows of cell texts; `merge_down` = (row, col) cells merged with the cell below,
    `merge_right` = (row, first col, last col) cells merged across."""

    rows: list[list[str]]
    merge_down: list[tuple[int, int]] = field(default_factory=list)
    merge_right: list[tuple[int, int, int]] = field(default_factory=list)


@dataclass
class Style:
    """A paragraph style to add: name, base style name, numbering (numId, ilvl or None)."""

    name: str
    base: str | None = None
    num: tuple[int, int | None] | None = None
    outline: int | None = None


def _num_pr(num_id: int, ilvl: int | None) -> str:
    level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
    return f'<w:numPr {W}>{level}<w:numId w:val="{num_id}"/></w:numPr>'


def build(path: Path, blocks: list, numbering_xml: str | None = None,
          styles: list[Style] = (), created: datetime | None = None,
          modified: datetime | None = None, no_dates: bool = False) -> Path:
    """Write a .docx with these blocks (P, Table) to `path` and return `path`."""
    document = docx.Document()
    if numbering_xml is not None:
        document.part.numbering_part._element = parse_xml(numbering_xml)
    for style in styles:
        added = document.styles.add_style(style.name, WD_STYLE_TYPE.PARAGRAPH)
        if style.base:
            added.base_style = document.styles[style.base]
        ppr = added.element.get_or_add_pPr()
        if style.num is not None:
            ppr.insert(0, parse_xml(_num_pr(*style.num)))
        if style.outline is not None:
            ppr.append(parse_xml(f'<w:outlineLvl {W} w:val="{style.outline}"/>'))
    for block in blocks:
        if isinstance(block, Table):
            _add_table(document, block)
            continue
        paragraph = document.add_paragraph(block.text, style=block.style)
        if block.num is not None:
            paragraph._p.get_or_add_pPr().insert(0, parse_xml(_num_pr(*block.num)))
        if block.xml:
            for child in parse_xml(f"<w:p {W}>{block.xml}</w:p>"):
                paragraph._p.append(child)
    properties = document.core_properties
    if no_dates:
        for name in ("created", "modified"):
            for element in properties._element.findall(
                    f"{{http://purl.org/dc/terms/}}{name}"):
                properties._element.remove(element)
    if created is not None:
        properties.created = created
    if modified is not None:
        properties.modified = modified
    document.save(str(path))
    return path


def _add_table(document, block: Table) -> None:
    table = document.add_table(rows=len(block.rows), cols=max(len(r) for r in block.rows))
    for r, row in enumerate(block.rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for r, c in block.merge_down:
        keep = table.cell(r, c).text
        table.cell(r, c).merge(table.cell(r + 1, c)).text = keep
    for r, first, last in block.merge_right:
        keep = table.cell(r, first).text
        table.cell(r, first).merge(table.cell(r, last)).text = keep
