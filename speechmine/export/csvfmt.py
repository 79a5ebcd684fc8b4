"""The checklist as CSV: UTF-8 with a byte-order mark and CRLF lines, so Excel and WPS open the
Chinese text correctly."""
from __future__ import annotations

import csv
import io
from typing import Iterable, Sequence

from .checklist import ASSIGNED, COLUMNS, assigned_date, sections
from ..model import Result
from .cells import csv_cell
from .columns import GROUP_COLUMN


def render_csv(result: Result, by: str = "part") -> str:
    """One row per task item, with the `交办日期` after the checklist columns; with `by="party"` a
    leading `分组` column names the lead unit."""
    grouped = by == "party"
    assigned = assigned_date(result)
    body = []
    for section in sections(result, by):
        for row in section.rows:
            record = row.record()
            body.append(([section.title] if grouped else []) + [str(record[c]) for c in COLUMNS]
                        + [assigned.isoformat() if assigned else ""])
    return table_csv(([GROUP_COLUMN] if grouped else []) + list(COLUMNS) + [ASSIGNED], body)


def table_csv(header: Sequence[str], body: Iterable[Sequence[str]]) -> str:
    """A table as CSV text: a byte-order mark, CRLF lines, no cell a spreadsheet runs as a formula
    (the checklist here, the tracking ledger in `tracking.tables`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for values in [header, *body]:
        writer.writerow([csv_cell(value) for value in values])
    return "\ufeff" + out.getvalue()
