"""The printable Word 任务分解表, read back with python-docx."""
from __future__ import annotations

import zipfile
from datetime import datetime, timezone

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from speechmine.export import write
from speechmine.export.docxfmt import COLUMNS
from test_export_checklist import sample_result


def _east_asian_font(run) -> str | None:
    fonts = run._element.rPr.rFonts
    return fonts.get(qn("w:eastAsia"))


@pytest.fixture(scope="module")
def document(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "tasks.docx"
    write(sample_result(), path, title="交通工作任务分解表")
    return docx.Document(str(path))


def test_title_in_heiti_and_landscape_page(document):
    title = document.paragraphs[0]
    assert title.text == "交通工作任务分解表"
    assert _east_asian_font(title.runs[0]) == "黑体"
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height


def test_header_row_repeats_and_uses_heiti(document):
    table = document.tables[0]
    header = table.rows[0]
    assert [c.text for c in header.cells] == list(COLUMNS)
    flag = header._tr.trPr.find(qn("w:tblHeader"))
    assert flag is not None and flag.get(qn("w:val")) == "true"
    assert _east_asian_font(header.cells[0].paragraphs[0].runs[0]) == "黑体"
    assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None
               for row in table.rows[1:])


def test_rows_under_part_rows_with_numbers_parties_and_fangsong(document):
    table = document.tables[0]
    texts = [[c.text for c in row.cells] for row in table.rows[1:]]
    # a merged row per top-level part, then its tasks
    assert texts[0] == ["（未编号部分）"] * len(COLUMNS)
    assert texts[2] == ["一、统一思想，明确目标"] * len(COLUMNS)
    task = dict(zip(COLUMNS, texts[3]))
    assert task["序号"] == "2"
    assert task["任务编号"] == "一.（一）-1"
    assert task["牵头单位"] == "各区县交通运输局"
    assert task["完成时限"] == "年底前"
    assert task["工作任务"] == sample_result().item("t1").text
    run = table.rows[4].cells[2].paragraphs[0].runs[0]
    assert _east_asian_font(run) == "仿宋_GB2312"
    tasks = [row for row in texts if len(set(row)) > 1]
    assert len(tasks) == 7


def test_by_party_one_table_per_lead_unit(tmp_path):
    path = tmp_path / "p.docx"
    write(sample_result(), path, by="party")
    doc = docx.Document(str(path))
    headings = [p.text for p in doc.paragraphs if p.text.startswith("牵头单位：")]
    assert headings == ["牵头单位：各区县交通运输局（1项）", "牵头单位：市交通运输局（2项）",
                        "牵头单位：市应急管理局（1项）", "牵头单位：全体/未明确（3项）"]
    assert [len(t.rows) - 1 for t in doc.tables] == [1, 2, 1, 3]
    assert [c.text for c in doc.tables[1].columns[1].cells[1:]] == ["一.（二）.1", "一.（二）.2"]


def test_two_writes_are_byte_identical_with_fixed_dates(tmp_path):
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    write(sample_result(), first)
    write(sample_result(), second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
    props = docx.Document(str(first)).core_properties
    assert props.created == props.modified == datetime(2000, 1, 1, tzinfo=timezone.utc)
