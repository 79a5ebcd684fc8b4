"""Documents as they arrive, not as they were annotated: each document with a gold file is changed
the way real copies differ, and scored again on the items still in it (not a test).

    python bench/robustness.py            # every set bench/quality.py knows, less the held-out quarter
    python bench/robustness.py --set real # one set (a prefix of its name)
    python bench/robustness.py A.txt B.txt  # your own documents, each with its gold beside it
                                          # (A.gold.json or A.json, in ../shared/ANNOTATION.md's form)

Changes (the words added are the project's own):
  salutation   `各位代表！`, `同志们：` or `同志们，` on a line of its own before a paragraph
               (at four places of the text)
  cut-label    the text from a paragraph that opens with a label on (an excerpt at `（五）`)
  cut-body     the text from an unlabelled paragraph on (every second one of 30 characters or more)
  pages        a page number (`— 2 —`, `第2页 共9页`) after every sixth line, as copied from print
  indented     every paragraph indented by two em spaces, or two full-width spaces (as Word files are)
  review-head  a salutation, a review part `一、……工作回顾` and a title line before the text
  wrapped      every paragraph cut into lines of 26 / 30 / 34 characters, read from a file (text
               copied from a PDF: speechmine re-flows it)
  docx         the paragraphs saved as a Word document and read from it
  markdown     as a Markdown copy bolds them: each title line, and each paragraph's first sentence
               when it is short (a run-in title: `**深化改革开放。**……`)
  headings     as a Markdown copy marks its title lines as headings: `## ` before a part's title
               (`一、……`, or a title line without a label), `### ` before any other labelled title
A case *loses* when its F1 falls more than 0.05 below the whole document's, or its path agreement
does (not asked of a cut: the labels of the parts it cut away are in the gold paths).
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import speechmine  # noqa: E402
from quality import documents  # noqa: E402
from speechmine.errors import SpeechmineError  # noqa: E402
from speechmine.evaluate import evaluate, load_gold  # noqa: E402
from speechmine.reading import read  # noqa: E402

LABEL = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）"
                   r"|第[一二三四五六七八九十]+[，、]|[一二三四五六七八九十]+是)")
REVIEW_HEAD = ("各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n"
               "过去一年，全区上下团结一心，经济社会发展取得新成效。\n全年地区生产总值增长6.5%，城镇新增就业5000人。\n"
               "今年工作安排\n")
LOSS = 0.05

Case = tuple[str, str | Path, list[dict]]  # what was done, the changed text (or file), the gold items in it


def salutations(text: str, gold: list[dict], folder: Path) -> Iterator[Case]:
    lines = text.split("\n")
    for at in range(1, len(lines), max(1, len(lines) // 4)):
        for words in ("各位代表！", "同志们：", "同志们，"):
            yield f"{words} before line {at}", "\n".join(lines[:at] + [words] + lines[at:]), gold


def cuts(text: str, gold: list[dict], labelled: bool) -> Iterator[Case]:
    lines = text.split("\n")
    start = 0
    for at, line in enumerate(lines):
        if at and (bool(LABEL.match(line)) if labelled else (not LABEL.match(line) and len(line) >= 30 and at % 2 == 0)):
            kept = [item for item in gold if text.find(item["text"], start) >= 0]
            if len(kept) >= 3:
                yield f"from line {at}", "\n".join(lines[at:]), kept
        start += len(line) + 1


def pages(text: str, gold: list[dict], folder: Path) -> Iterator[Case]:
    lines = text.split("\n")
    for mark in ("— {} —", "第{}页 共9页"):
        paged = [out for n, line in enumerate(lines)
                 for out in ([line, mark.format(n // 6 + 2)] if n % 6 == 5 else [line])]
        yield mark, "\n".join(paged), gold


def indented(text: str, gold: list[dict], folder: Path) -> Iterator[Case]:
    for indent, name in (("\u2003\u2003", "em spaces"), ("\u3000\u3000", "full-width spaces")):
        yield f"two {name}", "\n".join(indent + line if line else line for line in text.split("\n")), gold


def review_head(text: str, gold: list[dict], folder: Path) -> Iterator[Case]:
    yield "review part and title before", REVIEW_HEAD + text, gold


def wrapped(text: str, gold: list[dict], folder: Path) -> Iterator[Case]:
    for width in (26, 30, 34):
        lines = [paragraph[i:i + width] for paragraph in text.split("\n")
                 for i in range(0, max(len(paragraph), 1), width)]
        path = folder / f"wrapped{width}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        yield f"lines of {width}", path, gold


def word(text: str, gold: list[dict], folder: Path) -> Iterator[Case]:
    import docx

    document = docx.Document()
    for paragraph in text.split("\n"):
        document.add_paragraph(paragraph)
    path = folder / "document.docx"
    document.save(path)
    yield "as .docx", path, gold


RUN_IN = 25  # characters: a first sentence up to this long is bolded as a run-in title


def markdown(text: str, gold: list[dict], folder: Path) -> Iterator[Case]:
    lines = []
    for line in text.split("\n"):
        end = line.find("。") + 1
        if line.strip() and not end:
            line = f"**{line}**"
        elif 0 < end <= RUN_IN:
            line = f"**{line[:end]}**{line[end:]}"
        lines.append(line)
    yield "titles and run-in titles bold", "\n".join(lines), gold


def headings(text: str, gold: list[dict], folder: Path) -> Iterator[Case]:
    lines = []
    for line in text.split("\n"):
        title = line.strip() and "。" not in line
        if title:
            label = LABEL.match(line.strip())
            part = label is None or ("、" in label.group(0) and not label.group(0)[0].isdigit())
            line = ("## " if part else "### ") + line.strip()
        lines.append(line)
    yield "title lines as headings", "\n".join(lines), gold


CHANGES: dict[str, Callable[[str, list[dict], Path], Iterator[Case]]] = {
    "salutation": salutations,
    "cut-label": lambda text, gold, folder: cuts(text, gold, labelled=True),
    "cut-body": lambda text, gold, folder: cuts(text, gold, labelled=False),
    "pages": pages,
    "indented": indented,
    "review-head": review_head,
    "wrapped": wrapped,
    "docx": word,
    "markdown": markdown,
    "headings": headings,
}


def given(files: list[Path]) -> list[tuple[str, str, Path, Path]]:
    """(set, name, source, gold) for documents named on the command line: the gold is NAME.gold.json
    or NAME.json beside NAME.txt; a document without one is left out with a line saying so."""
    found = []
    for source in files:
        gold = next((g for g in (source.with_suffix(".gold.json"), source.with_suffix(".json")) if g.is_file()), None)
        if gold is None:
            print(f"{source}: no gold file beside it (NAME.gold.json or NAME.json), left out")
            continue
        found.append((source.parent.name, source.stem, source, gold))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="", help="only the sets whose name starts with this")
    parser.add_argument("files", nargs="*", type=Path, help="documents of your own, each with its gold beside it")
    args = parser.parse_args()
    totals = {name: [0, 0] for name in CHANGES}
    for group, name, source, gold_path in (given(args.files) if args.files else documents()):
        if group.endswith("held out") or not group.startswith(args.set):
            continue
        text = read(source).text
        gold = load_gold(gold_path)
        whole = evaluate(speechmine.extract(text), gold)
        for change, make in CHANGES.items():
            with tempfile.TemporaryDirectory() as folder:
                for what, changed, kept in make(text, gold, Path(folder)):
                    totals[change][0] += 1
                    try:
                        scores = evaluate(speechmine.extract(changed), kept)
                    except SpeechmineError as error:  # the text read back lost a gold sentence
                        totals[change][1] += 1
                        print(f"{group:14s} {name[:36]:36s} {change:11s} {what:24s} {error}")
                        continue
                    path_lost = not change.startswith("cut") and scores.path < whole.path - LOSS
                    if scores.f1 < whole.f1 - LOSS or path_lost:
                        totals[change][1] += 1
                        print(f"{group:14s} {name[:36]:36s} {change:11s} {what:24s} F1 {whole.f1:.3f} -> {scores.f1:.3f}"
                              f"  recall {whole.recall:.3f} -> {scores.recall:.3f}  path {whole.path:.3f} -> {scores.path:.3f}")
    print("\n| change | cases | cases that lose |\n| --- | --- | --- |")
    for change, (cases, lost) in totals.items():
        print(f"| {change} | {cases} | {lost} |")


if __name__ == "__main__":
    main()
