"""Writing a result out: JSON, a Markdown checklist, CSV, Excel, Word, the GraphML task graph and
the HTML review page.

`write(result, path)` picks the format from `fmt` or the path's suffix and writes atomically;
the `render_*` functions return the text or bytes. Same input, byte-identical output.
"""
from __future__ import annotations

from pathlib import Path

from .checklist import VIEWS
from ..errors import SpeechmineError
from ..model import Result
from ..writing import write_bytes_atomic, write_text_atomic
from .columns import NEAR_DAYS
from .csvfmt import render_csv
from .jsonfmt import render_json
from .markdown import render_markdown

FORMATS = ("md", "csv", "xlsx", "docx", "json", "graphml", "html")
TEXT_FORMATS = ("md", "csv", "json", "html")
_ALIASES = {"markdown": "md", "xls": "xlsx", "excel": "xlsx", "word": "docx", "htm": "html"}

__all__ = ["FORMATS", "TEXT_FORMATS", "format_for", "render", "render_csv", "render_json",
           "render_markdown", "write"]


def format_for(path: Path | str | None, fmt: str | None = None) -> str:
    """The output format: `fmt` if given, else from the path's suffix (SpeechmineError if unknown)."""
    if fmt is None:
        suffix = Path(path).suffix.lower().lstrip(".") if path else ""
        if not suffix:
            raise SpeechmineError(
                f"{path}: cannot tell the output format without a suffix "
                f"(use one of: {', '.join('.' + f for f in FORMATS)}, or --format)")
        fmt = suffix
    fmt = _ALIASES.get(fmt.lower(), fmt.lower())
    if fmt not in FORMATS:
        raise SpeechmineError(
            f"{path or 'output'}: unknown output format '{fmt}' (use one of: {', '.join(FORMATS)})")
    return fmt


def render(result: Result, fmt: str, by: str = "part", title: str | None = None) -> str:
    """A text format (md, csv, json, html) as a string."""
    if by not in VIEWS:
        raise SpeechmineError(f"unknown view '{by}' (use: {', '.join(VIEWS)})")
    if fmt == "md":
        return render_markdown(result, by=by, title=title)
    if fmt == "csv":
        return render_csv(result, by=by)
    if fmt == "json":
        return render_json(result)
    if fmt == "html":
        from .review import render_review

        return render_review([result], by=by, title=title)
    raise SpeechmineError(f"'{fmt}' is a binary format: give an output file with -o")


def write(result: Result, path: Path | str, fmt: str | None = None, by: str = "part",
          title: str | None = None, near_days: int | None = None) -> None:
    """Write `result` to `path` in `fmt` (default: from the suffix), atomically; `near_days` sets
    the 蓝 (near the deadline) rule of an `.xlsx` (default: `NEAR_DAYS`)."""
    path = Path(path)
    fmt = format_for(path, fmt)
    if by not in VIEWS:
        raise SpeechmineError(f"unknown view '{by}' (use: {', '.join(VIEWS)})")
    if fmt in TEXT_FORMATS:
        write_text_atomic(path, render(result, fmt, by=by, title=title))
    elif fmt == "xlsx":
        from .xlsx import render_xlsx

        write_bytes_atomic(path, render_xlsx(result, by=by, title=title,
                                             near_days=NEAR_DAYS if near_days is None else near_days))
    elif fmt == "docx":
        from .docxfmt import render_docx

        write_bytes_atomic(path, render_docx(result, by=by, title=title))
    else:
        from .graph import write_graph

        write_graph(result, path, fmt="graphml")
