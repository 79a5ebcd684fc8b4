"""Text that goes into a spreadsheet or an XML file, made safe on the way out.

- A cell whose text starts with `= + - @`, a tab or a carriage return would be run as a formula by
  Excel, WPS or LibreOffice (OWASP, "CSV injection"). In an `.xlsx` such a cell is written with
  the string type; in a `.csv`, where no type exists, with a leading `'` that spreadsheets hide
  and `uncsv` removes on reading back. A cell staff wrote as a formula in a ledger workbook comes
  back as a `Formula` and is written as one.
- XML 1.0 forbids most control characters; Word puts `\\v` (line break) and `\\f` (page break)
  inside sentences. `xml_safe` turns those two into a newline and the others into a space, one
  character for one, for `.xlsx`, `.docx` and `.graphml`. JSON, Markdown and CSV keep the text.
"""
from __future__ import annotations

import re
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Formula(str):
    """A cell that was a formula in the workbook staff keep: written back as a formula."""


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 forbids (`\\v` and `\\f` become newlines)."""
    return _NOT_XML.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else " ", text)


def csv_cell(value: str) -> str:
    """A CSV cell that no spreadsheet runs as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def uncsv(value: str) -> str:
    """A CSV cell as written before `csv_cell`."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value


def set_cell(cell: Any, value: Any) -> None:
    """Put `value` in an openpyxl cell: text as text (never a formula, no control characters),
    a `Formula` as a formula, anything else as it is."""
    if isinstance(value, Formula):
        cell.value = str(value)
    elif isinstance(value, str):
        cell.value = xml_safe(value)
        if cell.data_type == "f":
            cell.data_type = "s"
    else:
        cell.value = value
