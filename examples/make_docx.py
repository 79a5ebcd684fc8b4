"""Turn a plain-text speech into a .docx whose outline labels are Word automatic numbering.

    python examples/make_docx.py examples/speech.txt -o examples/speech.docx

Each line becomes a paragraph. A line that starts with a typed outline label — `一、` `（一）`
`1.` `（1）` `①` — becomes a paragraph of one multilevel list (levels 1-5, `chineseCounting` or
`decimal` / `decimalEnclosedCircle`, `lvlText` copied from the typed label, e.g. `（%2）`) with
the label removed from its text, so Word shows the label by numbering. A label Word's counting
would not reproduce (a skipped or repeated number, or a different bracket or dot than the
level's first label) stays typed. Everything else (`一是`, `第一，`, `首先`) stays plain text.

The document date (core properties) is `--date`, else the full date written in the speech (its
dateline or signature), else none.
The output is byte-identical for the same input.
"""
from __future__ import annotations

import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import click
import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

try:
    import speechmine  # noqa: F401
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from speechmine.analysis.dates import find_doc_date  # noqa: E402
from speechmine.errors import SpeechmineError  # noqa: E402
from speechmine.reading import read  # noqa: E402
from speechmine.writing import write_bytes_atomic  # noqa: E402

_CN = "一二三四五六七八九十"
# (level, number format, pattern): groups `open`, `n`, `close`
LEVELS = (
    (0, "chineseCounting", re.compile(rf"^(?P<open>)(?P<n>[{_CN}]{{1,3}})(?P<close>、)")),
    (1, "chineseCounting", re.compile(rf"^(?P<open>[（(])(?P<n>[{_CN}]{{1,3}})(?P<close>[）)])")),
    (2, "decimal", re.compile(r"^(?P<open>)(?P<n>[0-9]{1,2})(?P<close>[.．、])(?![0-9])")),
    (3, "decimal", re.compile(r"^(?P<open>[（(])(?P<n>[0-9]{1,2})(?P<close>[）)])")),
    (4, "decimalEnclosedCircle", re.compile(r"^(?P<open>)(?P<n>[①-⑳])(?P<close>)")),
)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _value(number: str) -> int:
    if number.isdigit() and number.isascii():
        return int(number)
    if "①" <= number <= "⑳":
        return ord(number) - ord("①") + 1
    tens, ten, units = number.partition("十")
    if not ten:
        return _CN.index(number) + 1
    return (_CN.index(tens) + 1 if tens else 1) * 10 + (_CN.index(units) + 1 if units else 0)


@dataclass
class Conversion:
    """The .docx bytes and which labels became automatic numbering."""

    data: bytes
    automatic: int = 0
    typed: list[str] = field(default_factory=list)


@dataclass
class _Outline:
    """The list being built: each level's template and start, and Word's counters."""

    templates: dict[int, str] = field(default_factory=dict)
    starts: dict[int, int] = field(default_factory=dict)
    counts: dict[int, int] = field(default_factory=dict)

    def take(self, level: int, template: str, value: int) -> bool:
        """True when Word's numbering shows exactly this label here (and count it)."""
        if level not in self.templates:
            self.templates[level] = template
            self.starts[level] = value if level == 0 else 1
        expected = self.counts[level] + 1 if level in self.counts else self.starts[level]
        if self.templates[level] != template or value != expected:
            return False
        self.counts[level] = value
        for deeper in [lvl for lvl in self.counts if lvl > level]:
            del self.counts[deeper]
        return True


def _label(line: str) -> tuple[int, str, str, int] | None:
    """(level, lvlText template, typed label, value) of a line's typed outline label."""
    for level, _fmt, pattern in LEVELS:
        match = pattern.match(line)
        if match:
            template = f"{match['open']}%{level + 1}{match['close']}"
            return level, template, match.group(0), _value(match["n"])
    return None


def _numbering_xml(outline: _Outline, abstract_id: int) -> str:
    levels = []
    for level, fmt, _pattern in LEVELS:
        if level in outline.templates:
            levels.append(
                f'<w:lvl w:ilvl="{level}"><w:start w:val="{outline.starts[level]}"/>'
                f'<w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/>'
                f'<w:lvlText w:val="{outline.templates[level]}"/><w:lvlJc w:val="left"/></w:lvl>')
    return (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>')


def convert(text: str, doc_date: str | None = None) -> Conversion:
    """Build the .docx for a plain-text speech (one paragraph per line)."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    abstract_id = 1 + max((int(a.get(qn("w:abstractNumId"))) for a in
                           numbering.iterfind(qn("w:abstractNum"))), default=-1)
    num_id = 1 + max((int(n.get(qn("w:numId"))) for n in numbering.iterfind(qn("w:num"))),
                     default=0)
    outline = _Outline()
    result = Conversion(b"")
    for line in text.replace("\r\n", "\n").split("\n"):
        found = _label(line)
        if found is not None and outline.take(found[0], found[1], found[3]):
            paragraph = document.add_paragraph(line[len(found[2]):])
            paragraph._p.get_or_add_pPr().insert(0, parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{found[0]}"/>'
                f'<w:numId w:val="{num_id}"/></w:numPr>'))
            result.automatic += 1
            continue
        if found is not None:
            result.typed.append(found[2])
        document.add_paragraph(line)
    if outline.templates:
        first_num = numbering.find(qn("w:num"))
        abstract = parse_xml(_numbering_xml(outline, abstract_id))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    if doc_date is None:
        written = find_doc_date(text)
        doc_date = written.iso if written is not None and written.precision == "day" else None
    _set_date(document, doc_date)
    result.data = _stable_zip(document)
    return result


def _set_date(document, iso_date: str | None) -> None:
    """Created/modified = midnight China time of `iso_date`; no date: remove them."""
    properties = document.core_properties
    if iso_date is None:
        for name in ("created", "modified"):
            for element in properties._element.findall(f"{{http://purl.org/dc/terms/}}{name}"):
                properties._element.remove(element)
        return
    stamp = datetime.fromisoformat(iso_date) - timedelta(hours=8)  # UTC, as Word stores it
    properties.created = stamp
    properties.modified = stamp


def _stable_zip(document) -> bytes:
    """The saved document with fixed zip timestamps, so the same input gives the same bytes."""
    saved = io.BytesIO()
    document.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            stable = zipfile.ZipInfo(info.filename, ZIP_TIME)
            stable.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(stable, source.read(info.filename))
    return out.getvalue()


@click.command()
@click.argument("speech", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="The .docx to write (default: SPEECH with a .docx suffix).")
@click.option("--date", "doc_date", default=None, help="Document date YYYY-MM-DD.")
def main(speech: str, output: str | None, doc_date: str | None) -> None:
    """Write SPEECH (a .txt with typed labels) as a .docx with automatic numbering."""
    if doc_date is not None:
        try:
            doc_date = date.fromisoformat(doc_date).isoformat()
        except ValueError:
            raise click.BadParameter(f"{doc_date!r} is not a date YYYY-MM-DD",
                                     param_hint="--date") from None
    try:
        conversion = convert(read(speech).text, doc_date)
    except SpeechmineError as exc:
        raise click.ClickException(str(exc)) from None
    target = Path(output) if output else Path(speech).with_suffix(".docx")
    write_bytes_atomic(target, conversion.data)
    kept = f"; kept typed: {' '.join(conversion.typed)}" if conversion.typed else ""
    click.echo(f"{target}: {conversion.automatic} labels as automatic numbering{kept}")


if __name__ == "__main__":
    main()
