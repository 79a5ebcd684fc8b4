"""Rebuilding paragraphs from printed lines: a PDF's text layer or text copied out of a PDF.

A printed page breaks a paragraph into lines of the page's measure. `rebuild` joins a line to
the one before when that one runs to the right margin and nothing marks a new paragraph: an
indented line, a blank line or a wider gap, a numbering label after a sentence's end, a table row
(a line of several cells, kept as one line with its cells joined by a tab). Both readers describe
a line the same way, by where it starts and ends on the line's measure (points for a PDF, display
columns for text, a CJK character counting two), so one set of rules serves both.
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..analysis.labels import SERIES_STYLES, match_label
from ..analysis.sentences import ATTRIBUTION_START, is_page_number

SENTENCE_END = "。！？：；…"
CLOSERS = "”’」』）)》"


@dataclass
class Line:
    """A printed line: its text (cells joined by a tab), where it starts and ends, and whether a
    paragraph gap (a blank line, more space than the usual leading) comes before it."""

    text: str
    x0: float
    x1: float
    gap_before: bool = False
    cells: int = 1


def rebuild(lines: list[Line], unit: float) -> str:
    """The text of `lines` with paragraphs rebuilt: one paragraph (or table row) a line.

    `unit` is the width of one CJK character in the lines' measure (points, or 2 columns).
    """
    body = [line for line in lines if line.cells == 1 and line.text]
    if not body:
        return "\n".join(line.text for line in lines) + ("\n" if lines else "")
    left = statistics.mode(round(line.x0 / (unit / 2)) for line in body) * (unit / 2)
    right = _right_margin(body, unit)
    slack = _slack(body, right, unit)
    exact = slack <= 1.5 * unit and _exact(body, right, unit)
    paragraphs: list[str] = []
    previous: Line | None = None
    last_label: dict[str, int] = {}  # the number last seen at a line's start, per label style
    inside: dict[str, int] = {}  # the series members seen inside the paragraph (after a sentence's end)
    for line in lines:
        label = match_label(line.text, 0)
        next_in_series = label is not None and last_label.get(label.style) == label.value - 1
        inline = label is not None and label.style in SERIES_STYLES and inside.get(label.style) == label.value - 1
        attribution = paragraphs and ATTRIBUTION_START.match(paragraphs[-1])
        if previous is not None and _continues(previous, line, left, right - slack, unit, inline) and not (
                exact and paragraphs[-1] == previous.text and _heading(previous, right, unit)) \
                and not (label is not None and (next_in_series or attribution)):
            paragraphs[-1] += line.text  # (`2.` after `1.`, or a label after an attribution, starts anew)
            inside.update(_series_inside(line.text, 0))
        else:
            paragraphs.append(line.text)
            inside = _series_inside(line.text, 1)
        if label is not None:
            last_label[label.style] = label.value
        previous = line
    return "\n".join(paragraph.rstrip() for paragraph in paragraphs) + "\n"


def _series_inside(text: str, skip: int) -> dict[str, int]:
    """The series labels (`一是`, `第一，`) that stand after a sentence's end in `text`, or at its
    start unless `skip`: the highest number of each style."""
    found: dict[str, int] = {}
    starts = [0] * (not skip) + [m.end() for m in re.finditer(r"[。；;！？]", text)]
    for at in starts:
        label = match_label(text, at)
        if label is not None and label.style in SERIES_STYLES:
            found[label.style] = max(found.get(label.style, 0), label.value)
    return found


def _right_margin(body: list[Line], unit: float) -> float:
    """Where full lines end: the furthest right end that at least a quarter of the lines reach
    within one character (the measure, when most lines run to it)."""
    ends = sorted((line.x1 for line in body), reverse=True)
    need = max(1, len(ends) // 4)
    for end in ends:
        if sum(1 for other in ends if end - unit <= other <= end + 0.01) >= need:
            return end
    return ends[0]


def _slack(body: list[Line], right: float, unit: float) -> float:
    """How far short of the margin a full line may end: 1.5 characters in justified text, up to
    2.5 when the right edge is ragged (a character that did not fit, or two kept off a line's
    start by the rule that a line does not begin with a comma)."""
    near = sorted(line.x1 for line in body if line.x1 >= right - 3 * unit)
    spread = right - near[len(near) // 10] + unit / 2
    return min(max(spread, 1.5 * unit), 2.5 * unit)


def _exact(body: list[Line], right: float, unit: float) -> bool:
    """Whether full lines end at the margin itself (justified text, text cut at a number of
    characters): nine in ten of the lines near the margin end within a quarter character of it."""
    near = sorted(line.x1 for line in body if line.x1 >= right - 3 * unit)
    return right - near[len(near) // 10] <= unit / 4


def _heading(line: Line, right: float, unit: float) -> bool:
    """A numbered heading on a line of its own (`二、提升抓落实的精准度`) where full lines end at the
    margin itself: it opens with a label, has no punctuation at its end and stops short of it."""
    end = line.text.rstrip()[-1:]
    return (line.x1 < right - unit / 2 and match_label(line.text, 0) is not None
            and not unicodedata.category(end or " ").startswith("P"))


MID_SENTENCE_SHORT = 4  # characters short of the margin a line cut mid-sentence may end (a bold title holds fewer)


def _continues(previous: Line, line: Line, left: float, full: float, unit: float, inline: bool = False) -> bool:
    """Whether `line` goes on with the paragraph that `previous` ends (`full`: where a line that
    ran to the margin ends at the least; `inline`: the line opens with the next member of a series
    that runs inside the paragraph, `七是……。` then `八是……`)."""
    if previous.cells > 1 or line.cells > 1 or line.gap_before or not previous.text or not line.text:
        return False
    if line.x0 > left + unit / 2:  # a paragraph goes on at the left margin; an indented,
        return False               # centred or right-aligned line starts one
    end = previous.text.rstrip()
    ended = end[-1:] in "）)" or end.rstrip(CLOSERS)[-1:] in SENTENCE_END
    if previous.x1 < full - (0 if ended else MID_SENTENCE_SHORT * unit):  # a short line ends its paragraph;
        return False  # mid-sentence a line may stop short before a number or word kept whole, or in bold
    # after a sentence's end, a numbering label or an attribution line (`牵头单位：…`) starts anew
    return not (ended and ((match_label(line.text, 0) is not None and not inline) or ATTRIBUTION_START.match(line.text)))


def display_width(text: str) -> int:
    """Columns `text` takes in a fixed-width font (a CJK character counts two), or two a
    character when that is more: text cut at a number of characters or at a width both line up."""
    return max(2 * len(text), sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text))


def text_lines(text: str) -> list[Line]:
    """The lines of plain text as `Line`s in display columns (indentation counted), blank lines
    marking the next line's `gap_before`, page-number lines (and the blank lines around them)
    dropped."""
    lines: list[Line] = []
    gap = after_page_number = False
    for raw in text.splitlines():
        stripped = raw.strip(" \u3000\t")
        if not stripped:
            gap = gap or not after_page_number
            continue
        if is_page_number(stripped):  # the blank lines around it are the page break's
            gap, after_page_number = False, True
            continue
        after_page_number = False
        indent = raw[:len(raw) - len(raw.lstrip(" \u3000\t"))]
        x0 = display_width(indent)
        lines.append(Line(raw[len(indent):], x0, x0 + display_width(stripped), gap,
                          cells=1 + len(re.findall(r"\t+", stripped))))
        gap = False
    return lines


OVER = 8  # display columns a line may run past the measure (a justified line holds more punctuation)


def is_hard_wrapped(text: str) -> bool:
    """True for text with lines cut at a fixed width, as copied from a PDF: at least 30 % of the
    lines have nearly the most common length (the measure) and most of them end mid-sentence,
    and hardly any line is longer."""
    ends = [line.strip(" \u3000\t") for line in text.splitlines() if line.strip(" \u3000\t")]
    widths = [display_width(line) for line in ends]
    if len(widths) < 6:
        return False
    common = Counter(width for width in widths if width >= 20).most_common(1)
    if not common:
        return False
    measure = common[0][0]
    full = [line for line, width in zip(ends, widths) if measure - 3 <= width <= measure + 1]
    over = sum(1 for width in widths if width > measure + OVER)
    open_ended = sum(1 for line in full if line.rstrip(CLOSERS)[-1:] not in SENTENCE_END)
    return len(full) >= max(3, 0.3 * len(widths)) and over <= 0.1 * len(widths) and open_ended >= 0.6 * len(full)


def reflow_text(text: str) -> str:
    """Hard-wrapped text with its paragraphs rebuilt (see `rebuild`)."""
    return rebuild(text_lines(text), unit=2)


def restore_paragraphs(text: str, cut_lines: bool = True) -> str:
    """`text` with its paragraphs as written: re-flowed when hard-wrapped, else split where pasted
    onto one line and, when `cut_lines`, joined where a copied page cut a sentence."""
    if is_hard_wrapped(text):
        return reflow_text(text)
    text = split_run_in_indents(text)
    return join_broken_lines(text) if cut_lines else text


#: Marks that cannot open a line of their own: one that does was cut from the line before (`……保持` /
#: `全国第一` / `。农村……`, a web page's highlighted words on lines of their own).
CONTINUING = "。，、；：！？）」』”’"
BROKEN_AFTER = 40  # characters: a line this long that stops without an end mark was cut in a copy
SHORT_WHOLE = 12  # characters: a line this short that ends with ： or ！ stands whole (各位代表：, 同志们！)
FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}(?:URL)?[：:]")  # 发文单位：, 来源URL：, 联系电话：


def join_broken_lines(text: str) -> str:
    """Lines cut inside a sentence when a page was copied (a highlighted word left on a line of its
    own: `……产量保持` / `全国第一` / `。……`) joined back: a line that opens with a mark that cannot
    open one, and a line after a sentence left open (it stops on a Chinese character, and has a
    comma in it or a length no title has) unless either is a title or a dashed list line."""
    out: list[str] = []
    for line in text.split("\n"):
        body = line.strip(" \u3000\t")
        previous = out[-1].rstrip(" \u3000\t") if out else ""
        whole = (len(body) <= SHORT_WHOLE and body[-1:] in "：:！!") or FIELD.match(body)  # 各位代表：, 发文单位：……
        if body and previous and (body[0] in CONTINUING or (
                _left_open(previous) and not whole and match_label(body, 0) is None and not body.startswith("—")
                and not _title_before_paragraph(previous, body))):
            out[-1] = previous + body
        else:
            out.append(line)
    return "\n".join(out)


def _title_before_paragraph(line: str, body: str) -> bool:
    """Whether a short line left open (`砥砺奋进五年，谱写发展新篇`: a title with a comma, no end mark)
    stands before a whole paragraph (as long as a cut line would be, and ending a sentence): a title
    over its paragraph, not a sentence cut in a copy (whose rest is a highlighted word or two)."""
    return len(line.lstrip(" \u3000\t")) < BROKEN_AFTER and line[-1:] not in "，、" \
        and len(body) >= BROKEN_AFTER and body.rstrip(CLOSERS)[-1:] in "。！？!?"


def _left_open(line: str) -> bool:
    """A line that stops inside a sentence: on a comma or a Chinese character (not a number, an
    address or an end mark), with a comma in it or longer than a title, and not a title (a numbered
    line with no sentence's end in it) or a dashed line."""
    body = line.lstrip(" \u3000\t")
    if FIELD.match(body):
        return False  # 标题：……, 联系地址：……: a field of a page or a form, whole
    if line[-1:] in "“‘（《":
        return True  # 二、“ / 十四五 / ”时期……: a quotation or bracket opened and not closed
    if not re.match(r"[\u4e00-\u9fff，、]", line[-1:]) or body.startswith("—"):
        return False
    if match_label(body, 0) is not None and "。" not in body:
        return False  # （一）扩大有效投资，推动……: a title
    return line[-1] in "，、" or "，" in body or len(body) >= BROKEN_AFTER


RUN_IN_INDENT = re.compile(r"(?<=\S)(?=[\u3000\u2003]{2,}\S)")
RUN_IN_PART = re.compile(r"(?<=[。！？])(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\S)")


def split_run_in_indents(text: str) -> str:
    """Paragraphs run together on one line that still open with their indent (two full-width or em
    spaces: `……提出意见。一、……回顾  过去的一年，……`), as a web page pasted without its line breaks:
    a line break goes before each indent and before each part label after a sentence's end. Text
    with more line breaks than such indents is left as it is."""
    indents = len(RUN_IN_INDENT.findall(text))
    if indents < 3 or indents <= text.count("\n"):
        return text
    return RUN_IN_PART.sub("\n", RUN_IN_INDENT.sub("\n", text))
