"""The checklist as a printable Word 任务分解表 (python-docx).

Landscape A4, a 黑体 title, a table whose header row repeats on every page, 仿宋_GB2312 body text;
fonts are set for East Asian text too (`w:eastAsia`), which is what Word uses for Chinese.
With `by="part"` a merged row introduces each top-level part; with `by="party"` each lead unit
gets its own heading and table, starting on a new page.
"""
from __future__ import annotations

import io
from pathlib import PurePath

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from .checklist import Row, default_title, sections
from ..model import Result
from .cells import xml_safe
from .ooxml import FIXED_TIME, normalize

TITLE_FONT = "黑体"
BODY_FONT = "仿宋_GB2312"
COLUMNS = {"序号": 1.2, "任务编号": 2.0, "工作任务": 7.2, "具体要求/量化目标": 2.7, "牵头领导": 1.2,
           "牵头单位": 2.6, "配合单位": 2.2, "完成时限": 2.0, "进展情况": 2.2, "备注": 2.4}
"""The printed columns and their widths in cm (they fill a landscape A4 page inside 2 cm margins)."""


def set_font(run, name: str, size: float, bold: bool = False) -> None:
    """Set a run's font for Latin and East Asian text alike."""
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _write(cell: _Cell, text: str, font: str, size: float, bold: bool = False,
           center: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(paragraph.add_run(xml_safe(text)), font, size, bold)


def _shade(cell: _Cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _row_flag(row, tag: str) -> None:
    flag = OxmlElement(tag)
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _cell_values(row: Row) -> dict[str, str]:
    record = row.record()
    return {name: str(record[name]) for name in COLUMNS}


def _table(document, rows_and_parts: list[Row | str]) -> Table:
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    header = table.rows[0]
    _row_flag(header, "w:tblHeader")
    _row_flag(header, "w:cantSplit")
    for cell, name in zip(header.cells, COLUMNS):
        _write(cell, name, TITLE_FONT, 10.5, bold=True, center=True)
        _shade(cell, "D9D9D9")
    for entry in rows_and_parts:
        cells = table.add_row().cells
        if isinstance(entry, str):
            merged = cells[0].merge(cells[-1])
            _write(merged, entry, TITLE_FONT, 10.5)
            continue
        for cell, (name, value) in zip(cells, _cell_values(entry).items()):
            _write(cell, value, BODY_FONT, 10.5, center=name in ("序号", "完成时限"))
    for column, width in zip(table.columns, COLUMNS.values()):
        column.width = Cm(width)  # the table grid, which LibreOffice and WPS lay out by
    for row in table.rows:
        if len({id(cell._tc) for cell in row.cells}) == 1:
            continue  # a merged part row
        for cell, width in zip(row.cells, COLUMNS.values()):
            cell.width = Cm(width)
    return table


def _heading(document, text: str, size: float, page_break: bool = False) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_break:
        paragraph.add_run().add_break(WD_BREAK.PAGE)
    set_font(paragraph.add_run(xml_safe(text)), TITLE_FONT, size)


def _field(paragraph, instruction: str) -> None:
    """A Word field (`PAGE`, `NUMPAGES`) that Word, WPS and LibreOffice fill in when laying out."""
    run = paragraph.add_run()
    set_font(run, BODY_FONT, 10.5)
    begin, separate, end = (OxmlElement("w:fldChar") for _ in range(3))
    for element, kind in ((begin, "begin"), (separate, "separate"), (end, "end")):
        element.set(qn("w:fldCharType"), kind)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    shown = OxmlElement("w:t")
    shown.text = "1"
    for element in (begin, code, separate, shown, end):
        run._r.append(element)


def _page_numbers(section) -> None:
    """`第 1 页 共 N 页` centred in the footer of every page."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in ("第 ", "PAGE", " 页 共 ", "NUMPAGES", " 页"):
        if piece.isupper():
            _field(paragraph, piece)
        else:
            set_font(paragraph.add_run(piece), BODY_FONT, 10.5)


def render_docx(result: Result, by: str = "part", title: str | None = None) -> bytes:
    """The document as bytes, identical for identical input."""
    title = title or default_title(result)
    groups = sections(result, by)
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.0)
    _page_numbers(section)
    _heading(document, title, 18)
    count = sum(len(g.rows) for g in groups)
    note = document.add_paragraph()
    note.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(note.add_run(xml_safe(f"来源：{PurePath(result.source).name}　共{count}项")), BODY_FONT, 12)
    if by == "party":
        for index, group in enumerate(groups):
            _heading(document, f"牵头单位：{group.title}（{len(group.rows)}项）", 14,
                     page_break=index > 0)
            _table(document, list(group.rows))
    else:
        entries: list[Row | str] = []
        for group in groups:
            entries.append(group.title)
            entries.extend(group.rows)
        _table(document, entries)
    props = document.core_properties
    props.title, props.author, props.last_modified_by = xml_safe(title), "speechmine", "speechmine"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    props.comments = ""
    out = io.BytesIO()
    document.save(out)
    return normalize(out.getvalue())
