"""Reading a path, stdin or bytes into a `Source`, by kind: plain text, Word, PDF.

Offsets everywhere refer to `Source.text` exactly as decoded here (see `reading.source`).
"""
from __future__ import annotations

import sys
from pathlib import Path

from ..errors import SpeechmineError
from .source import CONVERTIBLE_SUFFIXES, PDF_SUFFIXES, WORD_SUFFIXES, Source, decode, shown_lines, utf8_lines


def read_bytes(data: bytes, name: str = "<stdin>", keep_lines: bool = False) -> Source:
    """Decode text (or read a PDF's); its paragraphs are restored unless `keep_lines` (hard-wrapped
    text copied from a PDF, lines pasted together or cut apart: see `reflow.restore_paragraphs`)."""
    from .reflow import restore_paragraphs

    if data.startswith(b"%PDF-"):
        from . import pdf as pdf_reader

        return pdf_reader.read_pdf(name, data)
    text, encoding = decode(data, name)
    if not keep_lines:
        text = restore_paragraphs(text)
    source = Source(name=name, text=text, encoding=encoding)
    if encoding == "gb18030":
        mixed = utf8_lines(data)
        if mixed:
            source.warnings.append(
                f"{name}: read as GBK, but line {shown_lines(mixed)} is UTF-8 (mixed encodings): those lines "
                "are garbled; save the whole file as UTF-8 and run again")
    return source


def read(source: str | Path, keep_lines: bool = False) -> Source:
    """Read a path (`.txt` and other plain text, `.pdf` with a text layer, `.docx`, or
    `.doc/.wps/.odt/.rtf` through LibreOffice) or `-` for standard input. Hard-wrapped text is
    re-flowed unless `keep_lines`."""
    if str(source) == "-":
        return read_bytes(sys.stdin.buffer.read(), "<stdin>", keep_lines)
    path = Path(source)
    if not path.exists():
        raise SpeechmineError(f"{path}: no such file")
    if path.is_dir():
        raise SpeechmineError(f"{path}: is a folder, not a document")
    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES or suffix in CONVERTIBLE_SUFFIXES:
        from . import word as docx_reader

        return docx_reader.read_word(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpeechmineError(f"{path}: cannot read ({exc.strerror})") from None
    if suffix in PDF_SUFFIXES:
        from . import pdf as pdf_reader

        return pdf_reader.read_pdf(path, data)
    if data.startswith(b"PK\x03\x04"):
        raise SpeechmineError(f"{path}: this is a zip archive (a Word file?); give it a .docx name")
    return read_bytes(data, str(path), keep_lines)
