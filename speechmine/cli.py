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


def check_output(output: str | None) -> None:
    """Refuse an output path whose folder does not exist, before any work is done."""
    if output:
        folder = Path(output).parent
        if not folder.is_dir():
            raise SpeechmineError(f"{output}: the folder {folder} does not exist")


def warn_undated(result: "Result") -> None:
    """One line on stderr when the document's date was not found: due dates stay empty."""
    if result.doc_date is None and result.items:
        click.echo(f"{result.source}: no document date found (no dated line, title year or file date), "
                   "so 截止日期 stays empty and no overdue warning can fire; give --date YYYY-MM-DD",
                   err=True)


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

units_option = click.option(
    "--units", type=click.Path(dir_okay=False), default=None,
    help="Your organisation's own units, one a line with short names (`局办公室 办公室 : 会务 督办`): "
         "the only units suggested for tasks that name none (default: only units the document names).")

keep_lines_option = click.option(
    "--keep-lines", is_flag=True,
    help="Keep every line break of a text file: by default hard-wrapped text (copied from a PDF, "
         "a break every 25-35 characters) is re-flowed into paragraphs.")


def read_source(argument: str, keep_lines: bool = False):
    """Read a SOURCE argument (a path or `-`), re-flowing hard-wrapped text unless `keep_lines`."""
    from .reading import read

    return read(as_source(argument), keep_lines=keep_lines)


def output_option(help_text: str, required: bool = False) -> Callable:
    return click.option("-o", "--output", required=required, type=click.Path(dir_okay=False), default=None,
                        help=help_text)


def title_option(what: str) -> Callable:
    return click.option("--title", default=None, help=f"Title of the {what} (default: from the file name).")


def by_option(help_text: str) -> Callable:
    return click.option("--by", type=click.Choice(["part", "party"]), default="part", show_default=True,
                        help=help_text)


segmenter_option = click.option(
    "--segmenter", type=click.Choice(["jieba", "rjieba"]), default="jieba", show_default=True,
    help="Word segmenter: rjieba extracts faster once running (pip install 'speechmine[fast]'), same items.")


@main.command()
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default=None,
              help="Output format (default: from -o's suffix, else json).")
@output_option("Write here instead of standard output.")
@click.option("--rules", is_flag=True, help="In Markdown, show the id of the rule that made each line an item.")
@lexicon_option
@date_option
@units_option
@segmenter_option
@keep_lines_option
@friendly
def extract(source: str, fmt: str | None, output: str | None, rules: bool, lexicons: tuple[str, ...],
            doc_date: str | None, units: str | None, segmenter: str, keep_lines: bool) -> None:
    """Extract task items from SOURCE (a .txt/.docx/.pdf/.doc/.wps path, or - for stdin)."""
    from . import extract as run_extract
    from .export import render_json, render_markdown
    from .analysis.segment import using

    suffix = Path(output).suffix.lower() if output else ""
    if fmt is None and suffix not in ("", ".json", ".md"):
        raise SpeechmineError(
            f"{output}: extract writes .json or .md; for a checklist in this format run "
            f"`speechmine checklist {source} -o {output}`")
    check_output(output)
    not_an_input(output, [source])
    with using(segmenter):
        result = run_extract(read_source(source, keep_lines), lexicons=list(lexicons), date=doc_date,
                             units=units)
    warn([result])
    if fmt is None:
        fmt = "md" if suffix == ".md" else "json"
    emit(render_markdown(result, rules=rules) if fmt == "md" else render_json(result), output)


@main.command()
@click.argument("predicted")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--source", "source_path", default=None,
              help="The source text, when PREDICTED is a JSON extraction (default: the gold file's \"doc\", "
                   "beside it, else the extraction's \"source\").")
@click.option("--json", "as_json", is_flag=True, help="Print every figure and list as JSON.")
@click.option("--show", is_flag=True, help="List the missed and the spurious items.")
@lexicon_option
@date_option
@friendly
def evaluate(predicted: str, gold: str, source_path: str | None, as_json: bool, show: bool,
             lexicons: tuple[str, ...], doc_date: str | None) -> None:
    """Score task items against GOLD.json, made by hand per ANNOTATION.md. PREDICTED is a document
    (it is extracted first) or the JSON of `speechmine extract`."""
    import json

    from . import extract as run_extract
    from .evaluate import evaluate as score, load_gold, load_prediction

    gold_items = load_gold(gold)
    if predicted.lower().endswith(".json"):
        items, text = load_prediction(predicted, gold, source_path)
        scores = score(items, gold_items, text)
    else:
        scores = score(run_extract(as_source(predicted), lexicons=list(lexicons), date=doc_date), gold_items)
    if as_json:
        click.echo(json.dumps(scores.to_dict(), ensure_ascii=False, indent=1))
        return
    if show:
        for line in scores.missed:
            click.echo(f"missed:   {line}")
        for line in scores.spurious:
            click.echo(f"spurious: {line}")
        for line in scores.unlocated:
            click.echo(f"not in the source: {line}")
    click.echo(scores.summary())


@main.command()
@click.argument("source")
@keep_lines_option
@friendly
def text(source: str, keep_lines: bool) -> None:
    """Print the plain text of SOURCE that all offsets refer to (Word numbering labels included;
    a PDF's or hard-wrapped text's paragraphs rebuilt)."""
    plain = read_source(source, keep_lines).text
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
@output_option("Write here: .md .csv .xlsx .docx .json or .graphml "
               "(default: Markdown on standard output). An existing .xlsx/.csv/.md "
               "checklist is updated, keeping what staff entered (backup: FILE.bak).")
@click.option("--format", "fmt", default=None,
              type=click.Choice(["md", "csv", "xlsx", "docx", "json", "graphml"]),
              help="Output format (default: from -o's suffix).")
@title_option("table")
@by_option("One section per part of the speech, or one per lead unit.")
@today_option
@near_days_option
@lexicon_option
@date_option
@units_option
@segmenter_option
@keep_lines_option
@click.option("--wait", is_flag=True,
              help="When another update holds the ledger (or Excel has it open), wait for it "
                   "instead of stopping.")
@friendly
def checklist(sources: tuple[str, ...], output: str | None, fmt: str | None, title: str | None,
              by: str, today: date | None, near_days: int | None, lexicons: tuple[str, ...],
              doc_date: str | None, units: str | None, segmenter: str, keep_lines: bool,
              wait: bool) -> None:
    """Write the follow-up checklist (任务分解表) of SOURCES.

    Several speeches, or an -o file that already exists (.xlsx, .csv, .md), make a tracking
    ledger: tasks are matched to the existing rows, staff entries kept, new tasks marked 新增,
    tasks gone from the speech kept and marked 已删除; a summary is printed.
    """
    from . import extract as run_extract
    from .analysis.segment import using
    from .export import format_for, render
    from .tracking import LEDGER_FORMATS, write_checklist

    if output:
        fmt = format_for(output, fmt)
    check_output(output)
    not_an_input(output, sources)
    if len(sources) > 1 and not (output and fmt in LEDGER_FORMATS):
        raise click.UsageError("several speeches make one ledger: give -o FILE.xlsx, .csv or .md")
    with using(segmenter):
        results = [run_extract(read_source(source, keep_lines), lexicons=list(lexicons), date=doc_date,
                               units=units)
                   for source in sources]
    for result in results:
        warn_undated(result)
    warn(results)
    if output:
        click.echo(write_checklist(results, output, fmt=fmt, by=by, title=title, today=today,
                                   near_days=near_days, wait=wait))
    else:
        sys.stdout.write(render(results[0], fmt or "md", by=by, title=title))


@main.command()
@click.argument("sources", nargs=-1, required=True)
@output_option("The review page to write (.html): one file, opens offline in any browser.", required=True)
@title_option("page")
@by_option("Group the checklist by part of the speech, or by lead unit.")
@lexicon_option
@date_option
@segmenter_option
@friendly
def review(sources: tuple[str, ...], output: str, title: str | None, by: str,
           lexicons: tuple[str, ...], doc_date: str | None, segmenter: str) -> None:
    """Write a review page of SOURCES (files, or folders of .txt/.docx; a tab each): the text with
    every item highlighted beside its checklist, corrections in the page, 导出 to a CSV that
    `checklist -o FILE.csv` takes as the ledger."""
    from . import extract as run_extract
    from .scale.batch import expand
    from .export.checklist import rows
    from .export import format_for
    from .export.review import render_review
    from .lexicon import load
    from .analysis.segment import using

    if format_for(output) != "html":
        raise click.UsageError("the review page is HTML: give -o FILE.html")
    lexicon = load(tuple(lexicons))
    with using(segmenter):
        results = [run_extract(as_source(source), lexicon=lexicon, date=doc_date)
                   for source in expand(sources)]
    emit(render_review(results, by=by, title=title, lexicon=lexicon), output)
    click.echo(f"{output}：{len(results)} 份文件，任务 {sum(len(rows(r)) for r in results)} 项")


@main.command()
@click.argument("ledger", type=click.Path(dir_okay=False))
@today_option
@click.option("--by", type=click.Choice(["party"]), default=None,
              help="Add a table of figures per lead unit.")
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text",
              show_default=True, help="A terminal table, or Markdown / JSON for a report.")
@near_days_option
@output_option("Write the report here instead of standard output.")
@friendly
def status(ledger: str, today: date | None, by: str | None, fmt: str, near_days: int | None,
           output: str | None) -> None:
    """Report the progress of a checklist LEDGER (.xlsx, .csv, .md): counts by status, share
    done, and each task 红 overdue, 黄 behind schedule or 蓝 near its deadline."""
    from . import tracking

    check_output(output)
    report = tracking.status(Path(ledger), today=today, near_days=near_days)
    emit(tracking.render_report(report, fmt, by=by), output)


@main.command()
@click.argument("source")
@output_option("Write here: .graphml, or .json for node-link JSON "
               "(default: node-link JSON on standard output).")
@click.option("--format", "fmt", type=click.Choice(["graphml", "json"]), default=None,
              help="Output format (default: from -o's suffix).")
@lexicon_option
@friendly
def graph(source: str, output: str | None, fmt: str | None, lexicons: tuple[str, ...]) -> None:
    """Write the task graph of SOURCE: structure, responsible units, cited documents."""
    from . import extract as run_extract
    from .export.graph import build_graph, graph_format, render_graph_json, write_graph

    if output:
        fmt = graph_format(output, fmt)
    check_output(output)
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
@output_option("The JSON Lines file: one line per document, its items or its error.", required=True)
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--resume", is_flag=True,
              help="Skip documents that already have a result line in the output; append the rest.")
@lexicon_option
@segmenter_option
@friendly
def batch(paths: tuple[str, ...], output: str, jobs: int | None, resume: bool, lexicons: tuple[str, ...],
          segmenter: str) -> None:
    """Extract task items from many documents (files, or folders of .txt/.docx/.pdf) into one .jsonl."""
    import contextlib

    from .scale.batch import expand, run_batch

    check_output(output)
    skipped: list[str] = []
    documents = expand(paths, skipped)
    skipped = [name for name in skipped if Path(name).resolve() != Path(output).resolve()]
    if skipped:
        shown = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
        click.echo(f"skipping {len(skipped)} file(s) that are not .txt or .docx: {shown}", err=True)
    not_an_input(output, documents)
    bar = (click.progressbar(length=len(documents), label="Extracting", file=sys.stderr)
           if sys.stderr.isatty() else contextlib.nullcontext())
    with bar as progress:
        summary = run_batch(documents, Path(output), jobs=jobs, resume=resume, lexicons=lexicons,
                            segmenter=segmenter, advance=progress.update if progress else None)
    if summary.failed:
        raise click.ClickException(
            f"{len(summary.failed)} of {summary.total} documents failed (their error lines are in {output})")


@main.command()
@click.argument("earlier")
@click.argument("later")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write the 承诺兑现表 here: .xlsx .md .html or .json (default: Markdown on standard output).")
@click.option("--force", is_flag=True, help="Replace the -o file if it exists.")
@lexicon_option
@date_option
@friendly
def follow(earlier: str, later: str, output: str | None, force: bool, lexicons: tuple[str, ...],
           doc_date: str | None) -> None:
    """Follow the tasks of EARLIER (a work report, a speech) in LATER (next year's report, a
    年终总结): evidence, status done/progress/missed/silent and reported figures per task."""
    from .export.followfmt import render_follow_markdown, write_follow
    from .follow import follow as run_follow

    result = run_follow(as_source(earlier), as_source(later), lexicons=list(lexicons), date=doc_date)
    if output:
        write_follow(result, output, overwrite=force)
        click.echo(f"{output}: {len(result.links)} 项", err=True)
    else:
        sys.stdout.write(render_follow_markdown(result))


if __name__ == "__main__":
    main()
