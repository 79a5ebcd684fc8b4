"""The review page as a file: every item marked at its offsets, no URL, deterministic; the CLI; and
corrections coming back through a CSV ledger (the browser side is in test_review_browser.py)."""
from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import speechmine
from speechmine import export
from speechmine.export.checklist import ASSIGNED, COLUMNS, assigned_date, rows
from speechmine.cli import main
from speechmine.export.review import excluded_sentences, render_review
from speechmine.tracking import EDITED_COLUMN, EXCLUDED, LABELS, status, update

ROOT = Path(__file__).resolve().parent.parent
SPEECH = ROOT / "examples" / "speech.txt"
PLAN = ROOT / "examples" / "plan.txt"

# anything that would make a browser fetch or link out: a scheme URL, a protocol-relative URL,
# a src/href/action that is not data: or an anchor, CSS url() or @import
EXTERNAL = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://|[\"'(=\s]//[a-z0-9]"
                      r"|\b(?:src|href|action|srcset|poster)(?:\s*=\s*[\"'](?!data:|#)|=(?![\"'\s]))"
                      r"|\burl\s*\(\s*[\"']?(?!data:)|@import")


class Marks(HTMLParser):
    """The text content of each document's `.text` element and where each mark starts in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.marks: list[dict[str, tuple[int, str]]] = []
        self.zones: list[list[str]] = []
        self._depth = 0
        self._open: list[tuple[str | None, int]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self._depth:
            self._depth += 1
            self._open.append((a.get("data-id") if tag == "mark" else None, len(self.texts[-1])))
            if tag == "span" and "ex" in (a.get("class") or "").split():
                self.zones[-1].append(a["class"])
        elif tag == "div" and a.get("class") == "text":
            self._depth = 1
            self.texts.append("")
            self.marks.append({})
            self.zones.append([])

    def handle_endtag(self, tag):
        if not self._depth:
            return
        self._depth -= 1
        if self._depth:
            item_id, start = self._open.pop()
            if item_id:
                self.marks[-1][item_id] = (start, self.texts[-1][start:])

    def handle_data(self, data):
        if self._depth:
            self.texts[-1] += data


def parse(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def speech():
    return speechmine.extract(SPEECH)


def test_every_item_is_marked_at_its_offsets(speech):
    page = render_review([speech, speechmine.extract(PLAN)])
    marks = parse(page)
    assert marks.texts[0] == speech.text
    assert set(marks.marks[0]) == {it.id for it in speech.items}
    for it in speech.items:
        assert marks.marks[0][it.id] == (it.start, it.text)
    assert len(marks.texts) == 2 and len(marks.marks[1]) > 40


def test_kinds_fields_and_borderline_have_their_own_classes(speech):
    page = render_review([speech])
    for it in speech.items:
        tag = re.search(rf'<mark class="([^"]+)" id="d0-s-{it.id}"', page).group(1).split()
        assert f"k-{it.kind}" in tag and ("borderline" in tag) == it.borderline
    assert {"k-task", "k-heading", "k-prohibition", "k-commitment"} <= {
        f"k-{it.kind}" for it in speech.items}
    for name in ("party", "deadline", "target", "co"):
        assert f'class="f f-{name}' in page or f" f-{name}" in page


def test_left_out_sentences_are_shaded_with_their_reason(speech):
    found = excluded_sentences(speech)
    zones = {ex.zone for ex in found}
    assert {"review", "preamble"} <= zones
    spans = [(it.start, it.end) for it in speech.items]
    assert not any(a < ex.end and ex.start < b for ex in found for a, b in spans)
    page = render_review([speech])
    assert "回顾以往工作，不列为任务 · 规则：zone.review" in page
    quoted = speechmine.extract("二、重点工作\n习近平总书记指出，“必须坚持人民至上。”\n各区县要在年底前完成排查。\n")
    assert [ex.zone for ex in excluded_sentences(quoted)] == ["quotation"]


def test_the_page_has_no_external_url(speech, tmp_path):
    export.write(speech, tmp_path / "x.html")
    page = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert not EXTERNAL.findall(page)
    assert "default-src 'none'" in page           # and the browser is told to fetch nothing
    for bad in ('<img src="pic.png">', "a{background:url(x.png)}", '<a href="//cdn.example/x.js">',
                "<script src=x.js>", "@import 'a.css'"):
        assert EXTERNAL.search(bad), bad
    assert not EXTERNAL.search('a.href = URL.createObjectURL(blob); <link rel="icon" href="data:,">')


def test_a_url_in_the_speech_stays_text():
    result = speechmine.extract("二、重点工作\n各区县要在年底前登录http://example.org/a&c=<2>填报。\n")
    page = render_review([result])
    marks = parse(page)
    assert marks.texts[0] == result.text
    assert "http://example.org/a&amp;c=&lt;2&gt;" in page
    assert not re.search(r"(?i)(?:src|href)\s*=\s*[\"']?http", page)


def test_carriage_returns_and_markup_keep_offsets():
    text = "二、重点工作\r\n各区县要在年底前完成<b>排查</b>。\r\n</script>市教育局要每月调度一次。\r\n"
    result = speechmine.extract(text)
    page = render_review([result])
    marks = parse(page)
    assert marks.texts[0] == text
    assert "</script>" not in page.split('<script type="application/json" class="docdata">')[1].split("</script>")[0]
    for it in result.items:
        assert marks.marks[0][it.id] == (it.start, it.text)


def test_same_input_same_bytes(speech, tmp_path):
    export.write(speech, tmp_path / "a.html")
    export.write(speechmine.extract(SPEECH), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_rows_carry_the_checklist_columns(speech):
    page = render_review([speech], by="party")
    assert f'"columns": {str(list(COLUMNS)).replace(chr(39), chr(34))}' in page
    assert page.count('<tr class="row') == len(rows(speech))
    assert "各单位任务数" in page


def test_cli_review_writes_one_page_for_several_documents(tmp_path):
    out = tmp_path / "review.html"
    done = CliRunner().invoke(main, ["review", str(SPEECH), str(PLAN), "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert f"2 份文件，任务 {len(rows(speechmine.extract(SPEECH))) + len(rows(speechmine.extract(PLAN)))} 项" \
        in done.output
    page = out.read_text(encoding="utf-8")
    assert page.count('role="tab"') == 2 and page.count('<section class="doc"') == 2


def test_cli_review_takes_a_folder(tmp_path):
    folder = tmp_path / "会议"
    folder.mkdir()
    for name, source in (("a.txt", SPEECH), ("b.txt", PLAN)):
        (folder / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "review.html"
    done = CliRunner().invoke(main, ["review", str(folder), "-o", str(out)])
    assert done.exit_code == 0, done.output
    page = out.read_text(encoding="utf-8")
    assert '>a.txt</button>' in page and '>b.txt</button>' in page


def test_cli_review_refuses_another_format(tmp_path):
    done = CliRunner().invoke(main, ["review", str(SPEECH), "-o", str(tmp_path / "r.xlsx")])
    assert done.exit_code == 2 and "HTML" in done.output
    assert not (tmp_path / "r.xlsx").exists()


def test_cli_review_missing_source_is_one_line(tmp_path):
    done = CliRunner().invoke(main, ["review", str(tmp_path / "none.txt"), "-o", str(tmp_path / "r.html")])
    assert done.exit_code == 1 and "Traceback" not in done.output
    assert not (tmp_path / "r.html").exists()


# ---------------------------------------------------------------- corrections through a CSV ledger

def _page_csv(result, removed=(), edits=None, added=()) -> str:
    """The CSV the page's 导出 writes (as test_review_browser checks against the browser)."""
    edits = edits or {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(list(COLUMNS) + [ASSIGNED, "变更", EDITED_COLUMN])
    assigned = assigned_date(result).isoformat()
    n = 0
    for row in rows(result):
        n += 1
        record = dict(row.record(), 序号=n, **edits.get(row.item.id, {}))
        writer.writerow([record[c] for c in COLUMNS] + [assigned]
                        + [LABELS[EXCLUDED] if row.item.id in removed else "",
                           "、".join(edits.get(row.item.id, {}))])
    for text in added:
        n += 1
        writer.writerow([{"序号": n, "工作任务": text, "任务编号": "人工新增"}.get(c, "") for c in COLUMNS]
                        + [assigned, "人工新增", ""])
    return "\ufeff" + out.getvalue()


def test_corrections_survive_checklist_updates(tmp_path, speech):
    by_id = {row.item.id: row for row in rows(speech)}
    # 牵头单位 changed to another unit the sentence names, or emptied: without 人工修改 an update
    # would take either for text speechmine wrote and refresh it
    moved = next(r for r in rows(speech) if r.lead_unit and "市交通运输局" in r.item.text
                 and r.lead_unit != "市交通运输局")
    dropped = next(r for r in rows(speech) if r.item.borderline)
    emptied = next(r for r in rows(speech) if r.lead_unit and r.item.party_explicit
                   and r.item.id not in {moved.item.id, dropped.item.id})
    timed = next(r for r in rows(speech) if r.deadline != "2025年9月底前"
                 and r.item.id not in {moved.item.id, dropped.item.id, emptied.item.id})
    ledger = tmp_path / "ledger.csv"
    ledger.write_text(_page_csv(
        speech, removed={dropped.item.id},
        edits={moved.item.id: {"牵头单位": "市交通运输局"}, emptied.item.id: {"牵头单位": ""},
               timed.item.id: {"完成时限": "2025年9月底前", "截止日期": "2025-09-30"}},
        added=["全市交通运输系统要强化安全意识。"]), encoding="utf-8", newline="")
    for _ in range(2):                     # a second update must keep them too
        summary = update(ledger, [speechmine.extract(SPEECH)], fmt="csv")
        assert summary.excluded == 1 and summary.new == 0 and summary.removed == 0
        assert summary.untouched == 1
        table = list(csv.DictReader(io.StringIO(ledger.read_text(encoding="utf-8-sig"))))
        got = {r["任务ID"]: r for r in table if r["任务ID"]}
        assert got[moved.item.id]["牵头单位"] == "市交通运输局" != by_id[moved.item.id].lead_unit
        assert got[emptied.item.id]["牵头单位"] == "" != by_id[emptied.item.id].lead_unit
        assert got[timed.item.id]["完成时限"] == "2025年9月底前"
        assert got[timed.item.id]["截止日期"] == "2025-09-30"
        assert got[dropped.item.id]["变更"] == LABELS[EXCLUDED]
        assert {r["交办日期"] for r in table} == {speech.doc_date}
        assert [r["工作任务"] for r in table if not r["任务ID"]] == ["全市交通运输系统要强化安全意识。"]
        assert len(table) == len(rows(speech)) + 1
    report = status(ledger)
    assert report.total == len(rows(speech))         # one task left out, one added
    assert report.removed == 1


def test_without_the_edited_column_an_emptied_cell_is_refilled(tmp_path, speech):
    """Why the page writes 人工修改: the plain-CSV rule alone loses these corrections."""
    emptied = next(r for r in rows(speech) if r.lead_unit and r.item.party_explicit)
    ledger = tmp_path / "ledger.csv"
    text = _page_csv(speech, edits={emptied.item.id: {"牵头单位": ""}})
    ledger.write_text(text.replace(f",{EDITED_COLUMN}\r\n", ",列X\r\n"), encoding="utf-8", newline="")
    update(ledger, [speech], fmt="csv")
    table = {r["任务ID"]: r for r in csv.DictReader(io.StringIO(ledger.read_text(encoding="utf-8-sig")))}
    assert table[emptied.item.id]["牵头单位"] == emptied.lead_unit


def test_an_overlapping_item_does_not_unmark_the_rest():
    from speechmine.model import Item, Result

    text = "各区县要完成排查工作并上报结果。市教育局要每月调度。"
    items = [Item("t1", "task", text[0:10], 0, 10, ["一"]), Item("t2", "task", text[5:16], 5, 16, ["一"]),
             Item("t3", "task", text[16:], 16, len(text), ["一"])]
    marks = parse(render_review([Result("x.txt", text, items)]))
    assert marks.texts[0] == text
    assert marks.marks[0] == {"t1": (0, text[0:10]), "t3": (16, text[16:])}


def test_an_items_rule_shows_on_hover_when_the_extraction_records_one():
    result = speechmine.extract("二、重点工作\n各区县要在年底前完成排查。\n")
    item = result.items[-1]
    if item.to_dict().get("rule") is None:          # an extraction that records no rule
        assert "规则：" not in render_review([result]).split('class="text"')[1].split("</div>")[0]
        item.extra["rule"] = "directive.modal"
    rule = item.to_dict()["rule"]
    assert re.search(rf'id="d0-s-{item.id}"[^>]*title="[^"]*规则：{re.escape(rule)}"',
                     render_review([result]))
