"""PDFs made in the tests, laid out as a 公文 is printed: a two-column running header, a page
number `— N —` at the foot, paragraphs indented by two characters and wrapped at the measure,
optional table rows and a 抄送/印发 block. reportlab's built-in `STSong-Light` CID font needs no
font file, and the text layer it writes reads back as the characters written."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT, SIZE, LEADING = "STSong-Light", 16, 28
PAGE_W, PAGE_H = 595, 842
LEFT, MEASURE = 73.5, 448  # 28 characters of 16 pt
TOP, LINES_PER_PAGE = 760, 22

pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _wrap(text: str, first: float, rest: float) -> list[str]:
    """Cut `text` into lines no wider than `first` (the first line) then `rest` points."""
    lines, line, room = [], "", first
    for ch in text:
        if line and pdfmetrics.stringWidth(line + ch, FONT, SIZE) > room + 0.01:
            lines.append(line)
            line, room = "", rest
        line += ch
    if line:
        lines.append(line)
    return lines


def make_pdf(path: Path, text: str, *, header: tuple[str, str] | None = ("某某市人民政府办公室", "内部资料"),
             page_number: str = "— {} —", table: Sequence[Sequence[str]] = (),
             distribution: Sequence[str] = (), title_lines: int = 1, title_spacing: float = 0) -> Path:
    """Write `text` (one paragraph a line) to `path` as a PDF; return `path`.

    The first `title_lines` non-empty lines are centred (a title, `title_spacing` points between
    its characters), the rest indented by two characters. `table` rows are drawn after the text, one cell per column; `distribution`
    lines (抄送…, …印发) close the last page.
    """
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    pdf.setTitle("test")
    rows: list[tuple[float, str, float] | list[str]] = []  # (x, line, spacing) or a table row
    paragraphs = [line.strip(" \u3000") for line in text.splitlines() if line.strip(" \u3000")]
    for number, paragraph in enumerate(paragraphs):
        if number < title_lines:
            width = pdfmetrics.stringWidth(paragraph, FONT, SIZE) + title_spacing * (len(paragraph) - 1)
            rows.extend((LEFT + max(0.0, (MEASURE - width) / 2), line, title_spacing)
                        for line in _wrap(paragraph, MEASURE, MEASURE))
            continue
        for index, line in enumerate(_wrap(paragraph, MEASURE - 2 * SIZE, MEASURE)):
            rows.append((LEFT + (2 * SIZE if index == 0 else 0), line, 0))
    rows.extend(list(row) for row in table)
    pages = [rows[i:i + LINES_PER_PAGE] for i in range(0, len(rows), LINES_PER_PAGE)] or [[]]
    for page, lines in enumerate(pages, start=1):
        if header:
            pdf.setFont(FONT, 10.5)
            pdf.drawString(LEFT, PAGE_H - 50, header[0])
            pdf.drawRightString(LEFT + MEASURE, PAGE_H - 50, header[1])
            pdf.line(LEFT, PAGE_H - 56, LEFT + MEASURE, PAGE_H - 56)
        pdf.setFont(FONT, SIZE)
        y = TOP
        for row in lines:
            if isinstance(row, list):
                column = MEASURE / len(row)
                for n, cell in enumerate(row):
                    pdf.drawString(LEFT + n * column + 4, y, cell)
            else:
                pdf.drawString(row[0], y, row[1], charSpace=row[2])
            y -= LEADING
        if page == len(pages) and distribution:
            pdf.setFont(FONT, 14)
            for n, line in enumerate(distribution):
                pdf.drawString(LEFT + SIZE / 2, 130 - n * LEADING, line)
        if page_number:
            pdf.setFont(FONT, 14)
            pdf.drawCentredString(PAGE_W / 2, 50, page_number.format(page))
        pdf.showPage()
    pdf.save()
    return path


def make_blank_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF with pages and drawings but no text layer, as a scanner makes it."""
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    for _ in range(pages):
        pdf.rect(LEFT, 100, MEASURE, 600, fill=1)
        pdf.showPage()
    pdf.save()
    return path
