"""Reading: a file, stdin or bytes in, one `Source` (plain text that all offsets refer to) out.

`source` holds `Source` and decoding; `files` reads by kind: `word` reads .docx (and converts .doc/.wps/.odt/.rtf),
`pdf` reads a PDF's text layer; `reflow` rebuilds paragraphs from hard-wrapped lines.
"""
from .files import read, read_bytes
from .source import (CONVERTIBLE_SUFFIXES, PDF_SUFFIXES, WORD_SUFFIXES, Source, check_archive, decode,
                     utf8_lines)

__all__ = ["CONVERTIBLE_SUFFIXES", "PDF_SUFFIXES", "WORD_SUFFIXES", "Source", "check_archive", "decode",
           "read", "read_bytes", "utf8_lines"]
