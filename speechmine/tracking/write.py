"""Writing the checklist of speeches to a file, as `speechmine checklist -o FILE` does."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Sequence

from ..errors import SpeechmineError
from ..export import format_for, write
from ..export.checklist import rows
from ..locking import hold
from ..model import Result
from .ledger import LEDGER_FORMATS
from .merge import update


def write_checklist(results: Sequence[Result], output: Path | str, fmt: str | None = None,
                    by: str = "part", title: str | None = None, today: date | None = None,
                    near_days: int | None = None, wait: bool = False) -> str:
    """Write the checklist of `results` to `output` and say in one line what was written.

    Several speeches, or an `.xlsx`/`.csv`/`.md` file that exists, make a tracking ledger
    (`update`: staff entries kept; its summary is returned). Otherwise a plain checklist is
    written in `fmt` (default: from the suffix) and the line is `written_summary`'s.
    `near_days` sets the 蓝 (near the deadline) rule of an `.xlsx` (default: `NEAR_DAYS`)."""
    output = Path(output)
    fmt = format_for(output, fmt)
    if not results:
        raise SpeechmineError("no speech to write a checklist of")
    if len(results) > 1 and fmt not in LEDGER_FORMATS:
        raise SpeechmineError("several speeches make one ledger: give an .xlsx, .csv or .md file")
    if fmt in LEDGER_FORMATS:
        with hold(output, wait=wait):   # decided under the lock: no other update creates it meanwhile
            if len(results) > 1 or output.exists():
                return str(update(output, results, fmt=fmt, by=by, title=title, today=today,
                                  near_days=near_days, wait=wait))
            write(results[0], output, fmt=fmt, by=by, title=title, near_days=near_days)
    else:
        write(results[0], output, fmt=fmt, by=by, title=title, near_days=near_days)
    return written_summary(results[0], output, today or date.today())


def written_summary(result: Result, output: Path | str, today: date) -> str:
    """What a first checklist run wrote: `wrote 任务分解表.xlsx: 40 tasks, 3 overdue on 2025-06-30`."""
    table = rows(result)
    overdue = sum(1 for row in table if row.due is not None and row.due < today)
    return f"wrote {output}: {len(table)} tasks, {overdue} overdue on {today.isoformat()}"
