"""Reading Word documents: the text as Word shows it, automatic numbering labels included.

`read_word` returns a `Source` whose `text` has one line per paragraph of the document body in
document order (tables row by row, one line per row, cells joined by a tab); headers, footers,
comments, footnotes, text boxes, deleted and hidden text are left out. `.doc`, `.wps`, `.odt`
and `.rtf` files are converted to `.docx` with LibreOffice first. See docs/word.md.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from ..analysis.dates import file_date_fits, find_doc_date
from ..errors import SpeechmineError
from ..model import Span
from ..analysis.numbering import Counters, Numbering
from .reflow import restore_paragraphs
from .source import CONVERTIBLE_SUFFIXES, Source, check_archive
from .tables import TaskColumns, TaskRow

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CONVERT_TIMEOUT = 300  # seconds LibreOffice may take to convert one .doc/.wps/.odt/.rtf file
CHINA_TIME = timezone(timedelta(hours=8))
W_VAL = qn("w:val")
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED_INSIDE = {qn("w:pPr"), qn("w:rPr"), qn("w:txbxContent"), qn("w:moveFrom"), qn("w:del"),
                   _MC_FALLBACK}
_TEXT_TAGS = (qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr"),
              qn("w:noBreakHyphen"))
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)


def read_word(path: Path) -> Source:
    """Read a `.docx` (or, through LibreOffice, a `.doc/.wps/.odt/.rtf`) file."""
    path = Path(path)
    if not path.exists():
        raise SpeechmineError(f"{path}: no such file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpeechmineError(f"{path}: cannot read ({exc.strerror})") from None
    if not data:
        raise SpeechmineError(f"{path}: the file is empty")
    if data.startswith(OLE_MAGIC) and "EncryptionInfo".encode("utf-16-le") in data:
        raise SpeechmineError(
            f"{path}: the document is password-protected; remove the password in Word "
            "(File > Info > Protect Document) and save it again")
    if path.suffix.lower() in CONVERTIBLE_SUFFIXES or data.startswith(OLE_MAGIC):
        with tempfile.TemporaryDirectory(prefix="speechmine-") as tmp:
            return _read_docx(_convert(path, Path(tmp)), str(path))
    return _read_docx(path, str(path))


def _convert(path: Path, folder: Path) -> Path:
    """Convert `path` to .docx in `folder` with LibreOffice; return the new file."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        raise SpeechmineError(
            f"{path}: reading this kind of file needs LibreOffice (install it, e.g. "
            "`apt install libreoffice-writer`, so that `soffice` is on PATH) or save it as .docx")
    (folder / "out").mkdir()
    command = [program, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
               "--convert-to", "docx", "--outdir", str(folder / "out"), str(path.resolve())]
    try:  # its own process group, so that a conversion that hangs is stopped with its helpers
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True)
    except OSError as exc:
        raise SpeechmineError(f"{path}: LibreOffice failed to convert it ({exc})") from None
    try:
        out, err = process.communicate(timeout=CONVERT_TIMEOUT)
    except subprocess.TimeoutExpired:
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.communicate()
        raise SpeechmineError(
            f"{path}: LibreOffice did not finish converting it within {CONVERT_TIMEOUT} s") from None
    converted = folder / "out" / f"{path.stem}.docx"
    if not converted.is_file():
        said = (err or out or "").strip().splitlines()
        why = f": {said[-1]}" if said else ""
        raise SpeechmineError(f"{path}: LibreOffice could not convert it to .docx{why}")
    return converted


def _open(path: Path, name: str) -> docx.document.Document:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            check_archive(archive, name)
            damaged = archive.testzip()
    except zipfile.BadZipFile:
        with path.open("rb") as handle:
            zipped = handle.read(4) == b"PK\x03\x04"
        raise SpeechmineError(
            f"{name}: the Word file is damaged (broken zip archive)" if zipped
            else f"{name}: not a Word document (a .docx file is a zip archive; this is not one)"
        ) from None
    except OSError as exc:
        raise SpeechmineError(f"{name}: cannot read ({exc.strerror or exc})") from None
    except (zlib.error, EOFError, NotImplementedError, ValueError):  # undecodable members
        raise SpeechmineError(f"{name}: the Word file is damaged (unreadable zip data)") from None
    if damaged is not None:
        raise SpeechmineError(f"{name}: the Word file is damaged (bad data in {damaged})")
    if not any(n.startswith("word/") for n in names):
        kind = ("an Excel workbook" if any(n.startswith("xl/") for n in names)
                else "a PowerPoint file" if any(n.startswith("ppt/") for n in names)
                else "an OpenDocument file (rename it .odt)" if "content.xml" in names
                else "a zip archive")
        raise SpeechmineError(f"{name}: not a Word document ({kind})")
    try:
        return docx.Document(str(path))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors …
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SpeechmineError(f"{name}: cannot read this Word document ({detail})") from None


def _read_docx(path: Path, name: str) -> Source:
    document = _open(path, name)
    reader = _Reader(document)
    reader.read_blocks(document.element.body)
    text = "\n".join(reader.lines)
    if not reader.headings and not reader.task_rows:  # (their offsets are the paragraphs' as read)
        text = restore_paragraphs(text, cut_lines=False)  # (a PDF made Word, paragraphs pasted onto one line)
    if not text.strip():
        raise SpeechmineError(f"{name}: the document has no text")
    return Source(name=name, text=text, doc_date=document_date(text, document),
                  task_rows=reader.task_rows, headings=reader.headings)


class _Styles:
    """Paragraph styles: the numbering and heading level a paragraph gets from its style."""

    def __init__(self, document: docx.document.Document) -> None:
        root = document.styles.element
        self.by_id = {s.get(qn("w:styleId")): s for s in root.iterfind(qn("w:style"))}
        self.default = next((sid for sid, s in self.by_id.items()
                             if s.get(qn("w:type")) == "paragraph"
                             and s.get(qn("w:default")) in ("1", "true")), None)
        self.num_ids = {sid: num_id for sid, s in self.by_id.items()
                        if s.get(qn("w:type")) == "numbering"
                        and (num_id := _num_pr(s.find(qn("w:pPr")))[0]) is not None}

    def chain(self, style_id: str | None) -> list:
        """The style and the styles it is based on, nearest first."""
        out, seen = [], set()
        while style_id and style_id not in seen and style_id in self.by_id:
            seen.add(style_id)
            style = self.by_id[style_id]
            out.append(style)
            based = style.find(qn("w:basedOn"))
            style_id = based.get(W_VAL) if based is not None else None
        return out

    def paragraph_style(self, p) -> str | None:
        ppr = p.find(qn("w:pPr"))
        pstyle = ppr.find(qn("w:pStyle")) if ppr is not None else None
        return pstyle.get(W_VAL) if pstyle is not None else self.default

    def numbering(self, p, numbering: Numbering) -> tuple[str, int] | None:
        """(numId, ilvl) of a paragraph, from its own `numPr` or its style chain; None if none."""
        num_id, ilvl = _num_pr(p.find(qn("w:pPr")))
        style_id = self.paragraph_style(p)
        if num_id is None:
            for style in self.chain(style_id):
                style_num, style_lvl = _num_pr(style.find(qn("w:pPr")))
                if style_num is not None:
                    num_id, style_id = style_num, style.get(qn("w:styleId"))
                    ilvl = ilvl if ilvl is not None else style_lvl
                    break
        if num_id is None or num_id == "0":
            return None
        if ilvl is None:
            ilvl = numbering.level_for_style(num_id, style_id or "") or 0
        return num_id, ilvl

    def heading_level(self, p) -> int | None:
        """1-9 for a heading paragraph (Heading N / 标题 N style or an outline level), else None."""
        level = _outline_level(p.find(qn("w:pPr")))
        if level is not None:
            return level
        for style in self.chain(self.paragraph_style(p)):
            name = style.find(qn("w:name"))
            match = _HEADING_NAME.match((name.get(W_VAL) or "").strip()) if name is not None \
                else None
            if match:
                return int(match.group(1))
            level = _outline_level(style.find(qn("w:pPr")))
            if level is not None:
                return level
        return None


def _num_pr(ppr) -> tuple[str | None, int | None]:
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num_pr is None:
        return None, None
    num_id = num_pr.find(qn("w:numId"))
    ilvl = num_pr.find(qn("w:ilvl"))
    try:
        level = int(ilvl.get(W_VAL)) if ilvl is not None else None
    except (TypeError, ValueError):
        level = None
    return (num_id.get(W_VAL) if num_id is not None else None), level


def _outline_level(ppr) -> int | None:
    outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    try:
        value = int(outline.get(W_VAL)) if outline is not None else 9
    except (TypeError, ValueError):
        return None
    return value + 1 if 0 <= value < 9 else None


class _Reader:
    """Walks the body, collecting lines, heading offsets and task-table rows."""

    def __init__(self, document: docx.document.Document) -> None:
        self.styles = _Styles(document)
        try:
            root = document.part.part_related_by(RT.NUMBERING).element
        except KeyError:
            root = None
        self.numbering = Numbering(root, self.styles.num_ids)
        self.counters = Counters(self.numbering)
        self.lines: list[str] = []
        self.offset = 0
        self.headings: dict[int, int] = {}
        self.task_rows: list[TaskRow] = []

    def add_line(self, line: str) -> int:
        start = self.offset
        self.lines.append(line)
        self.offset += len(line) + 1
        return start

    def read_blocks(self, parent) -> None:
        for kind, element in _blocks(parent):
            if kind == "p":
                line = self.paragraph_text(element)
                start = self.add_line(line)
                level = self.styles.heading_level(element)
                if level is not None and line.strip():
                    self.headings[start] = level
            else:
                self.read_table(element)

    def paragraph_text(self, p) -> str:
        """The paragraph as Word shows it: automatic label, then the text of its runs."""
        text = _runs_text(p)
        numbered = self.styles.numbering(p, self.numbering)
        label = self.counters.label(*numbered) if numbered else None
        if label is None:
            return text
        return label + text if text else label.rstrip()

    def cell_text(self, tc) -> str:
        parts = []
        for kind, element in _blocks(tc):
            if kind == "p":
                parts.append(self.paragraph_text(element))
            else:
                parts.extend(" ".join(self.cell_text(cell) for cell in _cells(tr))
                             for tr in _rows(element))
        return " ".join(part for part in parts if part.strip())

    def read_table(self, tbl) -> None:
        columns: TaskColumns | None = None
        origin: dict[int, Span] = {}  # grid column → span of the cell a vertical merge continues
        for tr in _rows(tbl):
            line_start = self.offset
            fields: list[str] = []
            position = 0
            spans: dict[int, Span] = {}
            grid = 0
            for tc in _cells(tr):
                tc_pr = tc.find(qn("w:tcPr"))
                span_cols = _grid_span(tc_pr)
                if _continues_merge(tc_pr):
                    if grid in origin:
                        spans[grid] = origin[grid]
                    grid += span_cols
                    continue
                text = self.cell_text(tc)
                if fields:
                    position += 1
                stripped = text.strip()
                start = line_start + position + (len(text) - len(text.lstrip()))
                spans[grid] = origin[grid] = Span(stripped, start, start + len(stripped))
                fields.append(text)
                position += len(text)
                grid += span_cols
            self.add_line("\t".join(fields))
            if columns is None:
                columns = TaskColumns.from_header(spans)
            elif not columns.is_header(spans):
                row = columns.task_row(spans)
                if row is not None:
                    self.task_rows.append(row)


def _blocks(parent):
    """(kind, element) for the paragraphs and tables of a body or cell, content controls opened."""
    for child in parent:
        if child.tag == qn("w:p"):
            yield "p", child
        elif child.tag == qn("w:tbl"):
            yield "tbl", child
        elif child.tag in (qn("w:sdt"), qn("w:customXml")):
            content = child.find(qn("w:sdtContent")) if child.tag == qn("w:sdt") else child
            if content is not None:
                yield from _blocks(content)


def _children(element, tag: str):
    """The `tag` children of `element` (`w:tr` of a table, `w:tc` of a row), also those inside a
    content control (`w:sdt`)."""
    for child in element:
        if child.tag == qn(tag):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _children(content, tag)


def _rows(tbl):
    return _children(tbl, "w:tr")


def _cells(tr):
    return _children(tr, "w:tc")


def _grid_span(tc_pr) -> int:
    span = tc_pr.find(qn("w:gridSpan")) if tc_pr is not None else None
    try:
        return max(1, int(span.get(W_VAL))) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _continues_merge(tc_pr) -> bool:
    merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
    return merge is not None and merge.get(W_VAL, "continue") == "continue"


def _runs_text(p) -> str:
    """The visible text of a paragraph's runs (insertions, hyperlinks, fields and content
    controls included; deleted, moved-away and hidden text, text boxes left out)."""
    out = []
    for element in p.iter(*_TEXT_TAGS):
        if not _shown(element, p):
            continue
        tag = element.tag
        if tag == qn("w:t"):
            out.append(element.text or "")
        elif tag in (qn("w:tab"), qn("w:ptab")):
            out.append("\t")
        elif tag == qn("w:noBreakHyphen"):
            out.append("-")
        elif tag == qn("w:cr") or element.get(qn("w:type"), "textWrapping") == "textWrapping":
            out.append("\n")
    return "".join(out)


def _shown(element, p) -> bool:
    node = element.getparent()
    while node is not None and node is not p:
        if node.tag in _SKIPPED_INSIDE:
            return False
        if node.tag == qn("w:r"):
            rpr = node.find(qn("w:rPr"))
            vanish = rpr.find(qn("w:vanish")) if rpr is not None else None
            if vanish is not None and vanish.get(W_VAL, "true") not in ("0", "false", "off"):
                return False
        node = node.getparent()
    return True


# --- the document date ---------------------------------------------------------------------

def document_date(text: str, document: docx.document.Document) -> str | None:
    """The document's date (ISO): a full date written in the text (the dateline under a speech's
    title or the signature date at the end, see `dates.find_doc_date`), else the creation date in
    the core properties, else their last-modified date (stored in UTC; taken in China time), when
    it fits the text's years (`dates.file_date_fits`: an old template's date does not), else the
    year in the title (as its 1 January)."""
    written = find_doc_date(text)
    if written is not None and written.precision == "day":
        return written.iso
    properties = document.core_properties
    for stamp in (properties.created, properties.modified):
        if isinstance(stamp, datetime):
            if stamp.tzinfo is None:
                stamp = stamp.replace(tzinfo=timezone.utc)
            day = stamp.astimezone(CHINA_TIME).date()
            if file_date_fits(day, text, written):
                return day.isoformat()
    return written.iso if written is not None else None
