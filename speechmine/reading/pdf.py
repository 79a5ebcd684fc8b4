"""Reading PDFs with a text layer: the body text with its paragraphs rebuilt, page furniture left out.

`read_pdf` reads each character and where it stands with pdfminer.six, gathers them into
printed lines (by baseline; a wide gap inside a line separates table cells, kept joined by a tab,
and a cell's wrapped text goes back into its row), drops page furniture, then rebuilds the paragraphs with `reflow.rebuild`. Furniture is a page
number (`— 3 —`, `-3-`, `第3页`) at a page's top or foot, a running header or footer (a line
at the top or foot of at least two pages and 40 % of them, digits aside) and the 版记 at the
foot of the last page (抄送…, …印发). A PDF without a text layer (a scan) is refused with one
line: there is no OCR. See docs/pdf.md.
"""
from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SpeechmineError
from .source import Source
from .reflow import Line, is_page_number, rebuild

MARGIN_LINES = 2  # lines at a page's top and foot that may be furniture
DISTRIBUTION = re.compile(r"^(?:抄送|抄报|分送)[：:]|\d{4}年\d{1,2}月\d{1,2}日印发$")


@dataclass
class _Char:
    text: str
    x0: float
    x1: float
    y: float  # the baseline


@dataclass
class _PrintedLine:
    """A line of a page: its cells (runs of characters with no wide gap), left to right."""

    y: float
    cells: list[list[_Char]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\t".join("".join(ch.text for ch in cell).strip() for cell in self.cells)

    @property
    def x0(self) -> float:
        return self.cells[0][0].x0

    @property
    def x1(self) -> float:
        return self.cells[-1][-1].x1


def read_pdf(path: str | Path, data: bytes | None = None) -> Source:
    """Read the text layer of the PDF at `path`, or of `data` (its bytes, already read; `path`
    then only names it), as the module's docstring says."""
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise SpeechmineError(f"{path}: cannot read ({exc.strerror})") from None
    pages = _pages_chars(path, data)
    chars = [ch for page in pages for ch in page if not ch.text.isspace()]
    if not chars:
        raise SpeechmineError(
            f"{path}: this PDF has no text layer (a scanned image?); speechmine does not do OCR: "
            "ask for the original document, or run OCR first")
    unmapped = sum(1 for ch in chars if ch.text.startswith("(cid:"))
    if unmapped > len(chars) // 20:
        raise SpeechmineError(
            f"{path}: the fonts of this PDF do not say which characters their glyphs are "
            f"({unmapped} of {len(chars)} unreadable); ask for the original document")
    pages = [[ch for ch in page if not ch.text.startswith("(cid:")] for page in pages]
    chars = [ch for ch in chars if not ch.text.startswith("(cid:")]
    unit = _unit(chars)
    lines = _drop_furniture([_join_wrapped_cells(_lines(page, unit), unit) for page in pages])
    return Source(name=str(path), text=rebuild(_with_gaps(lines), unit))


def _pages_chars(path: str | Path, data: bytes) -> list[list[_Char]]:
    """Each page's characters with their left and right edges and baseline (pdfminer.six,
    without its layout analysis: the lines are found here)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages = []
    try:
        for page in PDFPage.get_pages(io.BytesIO(data)):
            interpreter.process_page(page)
            pages.append([_Char(item.get_text(), item.x0, item.x1, item.matrix[5])
                          for item in device.get_result() if isinstance(item, LTChar)])
    except Exception as exc:  # noqa: BLE001 - pdfminer has many error types; all mean a bad file
        reason = ("it is password-protected" if "password" in f"{type(exc).__name__} {exc}".lower()
                  else f"it is damaged or not a PDF: {type(exc).__name__}")
        raise SpeechmineError(f"{path}: cannot read this PDF ({reason})") from None
    return pages


def _unit(chars: list[_Char]) -> float:
    """The width of a CJK character in the body text (its most common advance), in points."""
    widths = [round(ch.x1 - ch.x0, 1) for ch in chars if "\u4e00" <= ch.text <= "\u9fff" and ch.x1 > ch.x0]
    return statistics.mode(widths) if widths else statistics.median(ch.x1 - ch.x0 for ch in chars) * 2 or 10.0


def _lines(chars: list[_Char], unit: float) -> list[_PrintedLine]:
    """The page's printed lines, top to bottom: characters of one baseline (within a third of a
    character), left to right, cut into cells where a gap of a character or more opens (but a
    line of single characters far apart is one letter-spaced cell: `通　　知`)."""
    lines: list[_PrintedLine] = []
    for ch in sorted(chars, key=lambda c: -c.y):
        if lines and abs(lines[-1].y - ch.y) <= unit / 3:
            lines[-1].cells[0].append(ch)
        else:
            lines.append(_PrintedLine(ch.y, [[ch]]))
    for line in lines:
        row = sorted(line.cells[0], key=lambda c: c.x0)
        cells = [[row[0]]]
        for ch in row[1:]:
            if ch.x0 - cells[-1][-1].x1 >= unit and not ch.text.isspace():
                cells.append([ch])
            else:
                cells[-1].append(ch)
        cells = [cell for cell in cells if "".join(c.text for c in cell).strip()]
        if len(cells) > 1 and all(len("".join(c.text for c in cell).strip()) == 1 for cell in cells):
            cells = [[ch for cell in cells for ch in cell if not ch.text.isspace()]]  # letter-spaced
        line.cells = cells
    return [line for line in lines if line.cells]


def _join_wrapped_cells(lines: list[_PrintedLine], unit: float) -> list[_PrintedLine]:
    """The lines with a table cell's wrapped text put back in its row: a line just below a row
    whose every cell starts at one of the row's columns (not the first) and ends before the
    next column goes into those cells."""
    joined: list[_PrintedLine] = []
    above = None  # the baseline of the line last read
    for line in lines:
        row = joined[-1] if joined else None
        columns = _continued_columns(row, line, unit) if row and above - line.y <= 2 * unit else None
        if columns:
            for column, cell in zip(columns, line.cells):
                row.cells[column].extend(cell)
        else:
            joined.append(line)
        above = line.y
    return joined


def _continued_columns(row: _PrintedLine, line: _PrintedLine, unit: float) -> list[int] | None:
    """The row's columns (by index) that the cells of `line` continue, or None."""
    if len(row.cells) < 2:
        return None
    starts = [cell[0].x0 for cell in row.cells]
    columns = []
    for cell in line.cells:
        column = next((n for n, x in enumerate(starts) if abs(cell[0].x0 - x) <= unit / 2), None)
        if not column or (column + 1 < len(starts) and cell[-1].x1 > starts[column + 1]):
            return None
        columns.append(column)
    return columns


def _furniture_key(line: _PrintedLine) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))


def _drop_furniture(pages: list[list[_PrintedLine]]) -> list[list[_PrintedLine]]:
    """The pages without page numbers, running headers and footers, and the 版记 of the last page."""
    def margins(lines: list[_PrintedLine]) -> list[_PrintedLine]:
        return lines[:MARGIN_LINES] + lines[-MARGIN_LINES:]

    seen = Counter(key for lines in pages for key in {_furniture_key(line) for line in margins(lines)})
    running = {key for key, count in seen.items() if count >= 2 and count >= 0.4 * len(pages)}
    kept = []
    for lines in pages:
        edge = {id(line) for line in margins(lines)}
        kept.append([line for line in lines
                     if id(line) not in edge
                     or not (is_page_number(line.text) or _furniture_key(line) in running)])
    last = kept[-1] if kept else []
    for index in range(max(0, len(last) - 6), len(last)):
        if DISTRIBUTION.search(re.sub(r"\s+", "", last[index].text)):
            del last[index:]
            break
    return kept


def _with_gaps(pages: list[list[_PrintedLine]]) -> list[Line]:
    """The printed lines as `Line`s, `gap_before` set where the space above a line is half again
    the usual line pitch (a paragraph set off by space rather than by indentation)."""
    pitches = [above.y - below.y for lines in pages for above, below in zip(lines, lines[1:])]
    pitch = statistics.median(pitches) if pitches else 0.0
    result: list[Line] = []
    for lines in pages:
        for number, line in enumerate(lines):
            gap = number > 0 and pitch > 0 and lines[number - 1].y - line.y > 1.5 * pitch
            result.append(Line(line.text, line.x0, line.x1, gap_before=gap, cells=len(line.cells)))
    return result
