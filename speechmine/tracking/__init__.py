"""Follow-up tracking: a checklist that lives for months.

`update(path, results)` merges the checklist of one or more speeches into a ledger (`.xlsx`,
`.csv`, `.md`) keeping what staff entered; `status(path, today)` reads a ledger back and reports
progress and the 红/黄/蓝 warnings; `render_report` prints that report. The jobs, one module each:
`write` (`write_checklist`: a first checklist or a ledger update), `match` (which new task is which
old row), `tables` and `markdown` (merging rows), `merge` (the update itself), `progress` (status
and warnings), `report` (rendering), `ledger` (reading and writing the files).
"""
from ..export.columns import EDITED_COLUMN, EXCLUDED, LABELS, NEAR_DAYS
from .ledger import LEDGER_FORMATS
from .match import SIMILARITY, Entry, Old, match, plan, source_name
from .merge import Summary, update
from .progress import Report, TaskState, normal_status, status, warning
from .report import render_report
from .write import write_checklist, written_summary

__all__ = ["EDITED_COLUMN", "EXCLUDED", "LABELS", "LEDGER_FORMATS", "NEAR_DAYS", "SIMILARITY", "Entry",
           "Old", "Report", "Summary", "TaskState", "match", "normal_status", "plan", "render_report",
           "source_name", "status", "update", "warning", "write_checklist", "written_summary"]
