"""The checklist as CSV: UTF-8 with a byte-order mark and CRLF lines, so Excel and WPS open the
Chinese text correctly."""
from __future__ import annotations

import csv
import io

from .checklist import ASSIGNED, COLUMNS, assigned_date, sections
from ..model import Result
from .cells import csv_cell
from .columns import GROUP_COLUMN


def render_csv(result: Result, by: str = "part") -> str:
    """One row per task item, with the `交办日期` after the checklist columns; with `by="party"` a
    leading `分组` column names the lead unit."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    grouped = by == "party"
    writer.writerow(([GROUP_COLUMN] if grouped else []) + list(COLUMNS) + [ASSIGNED])
    assigned = assigned_date(result)
    for section in sections(result, by):
        for row in section.rows:
            record = row.record()
            writer.writerow([csv_cell(str(v)) for v in
                             ([section.title] if grouped else []) + [record[c] for c in COLUMNS]
                             + [assigned.isoformat() if assigned else ""]])
    return "\ufeff" + out.getvalue()
