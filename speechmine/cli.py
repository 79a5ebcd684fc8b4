"""The `speechmine` command: a thin click layer over the library.

Every command turns a SpeechmineError (and an OSError on output) into one line on stderr and
exit code 1; a usage error exits 2, as click does.
"""
from __future__ import annotations

import functools
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import click

from .errors import SpeechmineError

if TYPE_CHECKING:
    from .model import Result


def friendly(func: Callable) -> Callable:
    """Report SpeechmineError and OS errors as one line and a non-zero exit, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except SpeechmineError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from None

    return wrapper


@click.group()
@click.version_option(package_name="speechmine")
def main() -> None:
    """Turn Chinese speeches and policy texts into task items and checklists."""


def as_source(argument: str) -> str | Path:
    """A SOURCE argument is always a path (or `-`), never text to extract."""
    return argument if argument == "-" else Path(argument)


def not_an_input(output: str | None, sources: Sequence[str | Path]) -> None:
    """Refuse an output file that is one of the input documents (it would be overwritten)."""
    if not output or not Path(output).exists():
        return
    for source in sources:
        if str(source) != "-" and Path(source).exists() and Path(output).samefile(source):
            raise click.UsageError(f"{output} is also an input document: writing there would "
                                   "overwrite it; give another -o file")


def warn(results: Sequence[Result]) -> None:
    """Print what reading the documents found doubtful (mixed encodings, …) on standard error."""
    for result in results:
        for message in result.meta.get("warnings", []):
            click.echo(f"Warning: {message}", err=True)


def emit(text: str, output: str | None) -> None:
    """Write `text` to the file `output` (atomically), or to standard output."""
    from .writing import write_text_atomic

    if output:
        write_text_atomic(Path(output), text)
    else:
        sys.stdout.write(text)


lexicon_option = click.option(
    "--lexicon", "lexicons", multiple=True, type=click.Path(dir_okay=False),
    help="Extra lexicon file (your own units, one per line; [section] headers extend other lists).")

date_option = click.option(
    "--date", "doc_date", default=None, metavar="YYYY-MM-DD",
    help="The document's date, for due dates (default: from the .docx or a dated line; never today).")

segmenter_option = click.option(
    "--segmenter", type=click.Choice(["jieba", "rjieba"]), default="jieba", show_default=True,
    help="Word segmenter: rjieba extracts faster once running (pip install 'speechmine[fast]'), same items.")


@main.command()
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default=None,
              help="Output format (default: from -o's suffix, else json).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write here instead of standard output.")
@lexicon_option
@date_option
@segmenter_option
@friendly
def extract(source: str, fmt: str | None, output: str | None, lexicons: tuple[str, ...],
            doc_date: str | None, segmenter: str) -> None:
    """Extract task items from SOURCE (a .txt/.docx path, or - for stdin)."""
    from . import extract as run_extract
    from .export import render_json, render_markdown
    from .segment import using
    not_an_input(output, [source])
    with using(segmenter):
        result = run_extract(as_source(source), lexicons=list(lexicons), date=doc_date)
    warn([result])
    if fmt is None:
        fmt = "md" if output and Path(output).suffix.lower() == ".md" else "json"
    emit(render_markdown(result) if fmt == "md" else render_json(result), output)


@main.command()
@click.argument("source")
@friendly
def text(source: str) -> None:
    """Print the plain text of SOURCE that all offsets refer to (Word numbering labels included)."""
    from .reading import read

    plain = read(source).text
    click.echo(plain, nl=not plain.endswith("\n"))


def _date_option(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date like 2025-06-30") from None


today_option = click.option(
    "--today", callback=lambda ctx, param, value: _date_option(value), default=None,
    metavar="DATE", help="The day warnings are computed for, e.g. 2025-06-30 (default: today).")
near_days_option = click.option(
    "--near-days", type=click.IntRange(min=0), default=None,
    help="Warn 蓝 (near the deadline) this many days ahead (default: 3).")


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write here: .md .csv .xlsx .docx .json or .graphml "
                   "(default: Markdown on standard output). An existing .xlsx/.csv/.md "
                   "checklist is updated, keeping what staff entered (backup: FILE.bak).")
@click.option("--format", "fmt", default=None,
              type=click.Choice(["md", "csv", "xlsx", "docx", "json", "graphml"]),
              help="Output format (default: from -o's suffix).")
@click.option("--title", default=None, help="Title of the table (default: from the file name).")
@click.option("--by", type=click.Choice(["part", "party"]), default="part", show_default=True,
              help="One section per part of the speech, or one per lead unit.")
@today_option
@near_days_option
@lexicon_option
@date_option
@segmenter_option
@click.option("--wait", is_flag=True,
              help="When another update holds the ledger (or Excel has it open), wait for it "
                   "instead of stopping.")
@friendly
def checklist(sources: tuple[str, ...], output: str | None, fmt: str | None, title: str | None,
              by: str, today: date | None, near_days: int | None, lexicons: tuple[str, ...],
              doc_date: str | None, segmenter: str, wait: bool) -> None:
    """Write the follow-up checklist (任务分解表) of SOURCES.

    Several speeches, or an -o file that already exists (.xlsx, .csv, .md), make a tracking
    ledger: tasks are matched to the existing rows, staff entries kept, new tasks marked 新增,
    tasks gone from the speech kept and marked 已删除; a summary is printed.
    """
    from . import extract as run_extract
    from . import tracking
    from .export import format_for
    from .locking import hold
    from .segment import using

    if output:
        fmt = format_for(output, fmt)
    not_an_input(output, sources)
    if len(sources) > 1 and not (output and fmt in tracking.LEDGER_FORMATS):
        raise click.UsageError("several speeches make one ledger: give -o FILE.xlsx, .csv or .md")
    with using(segmenter):
        results = [run_extract(as_source(source), lexicons=list(lexicons), date=doc_date) for source in sources]
    warn(results)
    if output and fmt in tracking.LEDGER_FORMATS:
        with hold(Path(output), wait=wait):   # decided under the lock: no other update creates it meanwhile
            if len(sources) > 1 or Path(output).exists():
                summary = tracking.update(
                    Path(output), results, fmt=fmt, by=by, title=title, today=today,
                    near_days=tracking.NEAR_DAYS if near_days is None else near_days)
                click.echo(str(summary))
                return
            _write_checklist(results[0], output, fmt, by, title, near_days)
    else:
        _write_checklist(results[0], output, fmt, by, title, near_days)


def _write_checklist(result: Result, output: str | None, fmt: str | None, by: str,
                     title: str | None, near_days: int | None) -> None:
    """A plain checklist (not a ledger) to `output`, or Markdown on standard output."""
    from .export import render, write

    if output and fmt == "xlsx" and near_days is not None:
        from .export.xlsx import render_xlsx
        from .writing import write_bytes_atomic

        write_bytes_atomic(Path(output), render_xlsx(result, by=by, title=title,
                                                     near_days=near_days))
    elif output:
        write(result, Path(output), fmt=fmt, by=by, title=title)
    else:
        sys.stdout.write(render(result, fmt or "md", by=by, title=title))


@main.command()
@click.argument("ledger", type=click.Path(dir_okay=False))
@today_option
@click.option("--by", type=click.Choice(["party"]), default=None,
              help="Add a table of figures per lead unit.")
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text",
              show_default=True, help="A terminal table, or Markdown / JSON for a report.")
@near_days_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write the report here instead of standard output.")
@friendly
def status(ledger: str, today: date | None, by: str | None, fmt: str, near_days: int | None,
           output: str | None) -> None:
    """Report the progress of a checklist LEDGER (.xlsx, .csv, .md): counts by status, share
    done, and each task 红 overdue, 黄 behind schedule or 蓝 near its deadline."""
    from . import tracking

    report = tracking.status(Path(ledger), today=today,
                             near_days=tracking.NEAR_DAYS if near_days is None else near_days)
    emit(tracking.render_report(report, fmt, by=by), output)


@main.command()
@click.argument("source")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write here: .graphml, or .json for node-link JSON "
                   "(default: node-link JSON on standard output).")
@click.option("--format", "fmt", type=click.Choice(["graphml", "json"]), default=None,
              help="Output format (default: from -o's suffix).")
@lexicon_option
@friendly
def graph(source: str, output: str | None, fmt: str | None, lexicons: tuple[str, ...]) -> None:
    """Write the task graph of SOURCE: structure, responsible units, cited documents."""
    from . import extract as run_extract
    from .graph import build_graph, graph_format, render_graph_json, write_graph

    if output:
        fmt = graph_format(output, fmt)
    not_an_input(output, [source])
    result = run_extract(as_source(source), lexicons=list(lexicons))
    if output:
        write_graph(result, Path(output), fmt=fmt)
    elif fmt == "graphml":
        raise click.UsageError("GraphML needs an output file: give -o FILE.graphml")
    else:
        sys.stdout.write(render_graph_json(build_graph(result)))

@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The JSON Lines file: one line per document, its items or its error.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--resume", is_flag=True,
              help="Skip documents that already have a result line in the output; append the rest.")
@lexicon_option
@segmenter_option
@friendly
def batch(paths: tuple[str, ...], output: str, jobs: int | None, resume: bool, lexicons: tuple[str, ...],
          segmenter: str) -> None:
    """Extract task items from many documents (files, or folders of .txt/.docx) into one .jsonl."""
    import contextlib

    from .batch import expand, run_batch

    documents = expand(paths)
    not_an_input(output, documents)
    bar = (click.progressbar(length=len(documents), label="Extracting", file=sys.stderr)
           if sys.stderr.isatty() else contextlib.nullcontext())
    with bar as progress:
        summary = run_batch(documents, Path(output), jobs=jobs, resume=resume, lexicons=lexicons,
                            segmenter=segmenter, advance=progress.update if progress else None)
    if summary.failed:
        raise click.ClickException(
            f"{len(summary.failed)} of {summary.total} documents failed (their error lines are in {output})")

if __name__ == "__main__":
    main()
