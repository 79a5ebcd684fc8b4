"""Issue 16: outputs that cannot be weaponised, inputs that cannot crash or exhaust a writer,
a ledger that refuses what would lose staff work. The repros of the issue, one test each."""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import speechmine
from speechmine import tracking
from speechmine.cli import main

INJECTION = '各单位要=HYPERLINK("http://x.example","点击填报")。\n县水利局要@SUM(1+1)加强巡查。\n'
CONTROLS = "县水利局要加强\x0b巡查\x0c管理\x1b工作。\n各乡镇要落实责任。\n"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def formulas(path: Path) -> list[str]:
    workbook = openpyxl.load_workbook(path)
    return [f"{ws.title}!{cell.coordinate}" for ws in workbook.worksheets for row in ws.iter_rows()
            for cell in row if cell.data_type == "f"]


def test_no_formula_from_the_speech_in_any_xlsx(tmp_path):
    source = tmp_path / "inj.txt"
    source.write_text(INJECTION, encoding="utf-8")
    plain, ledger = tmp_path / "plain.xlsx", tmp_path / "ledger.xlsx"
    assert run("checklist", source, "-o", plain).exit_code == 0
    assert run("checklist", source, "-o", ledger).exit_code == 0
    assert run("checklist", source, "-o", ledger).exit_code == 0  # the update (and hidden sheet)
    for path in (plain, ledger):
        assert formulas(path) == []
        texts = [c.value for ws in openpyxl.load_workbook(path).worksheets
                 for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert any(t.startswith("=HYPERLINK(") for t in texts)  # still there, as text


def test_csv_cells_that_would_run_start_with_a_quote_and_read_back_unchanged(tmp_path):
    source = tmp_path / "inj.txt"
    source.write_text(INJECTION, encoding="utf-8")
    for out in (tmp_path / "plain.csv", tmp_path / "ledger.csv"):
        assert run("checklist", source, "-o", out).exit_code == 0
        cells = [v for row in csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")))
                 for v in row]
        assert not [v for v in cells if v[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert "'=HYPERLINK(\"http://x.example\",\"点击填报\")" in cells
    ledger = tmp_path / "ledger.csv"
    again = run("checklist", source, "-o", ledger)
    assert "保留 2 项" in again.output and "相似匹配 0 项" in again.output


def test_staff_formula_in_their_own_column_stays_a_formula(tmp_path):
    source = tmp_path / "s.txt"
    source.write_text(INJECTION, encoding="utf-8")
    ledger = tmp_path / "L.xlsx"
    tracking.update(ledger, [speechmine.extract(source)])
    workbook = openpyxl.load_workbook(ledger)
    ws = workbook.worksheets[0]
    header = [c.value for c in ws[2]]
    ws.cell(row=3, column=header.index("备注") + 1, value="=LEN(C3)")
    ws.cell(row=4, column=header.index("备注") + 1, value="=typed as text").data_type = "s"
    workbook.save(ledger)
    tracking.update(ledger, [speechmine.extract(source)])
    ws = openpyxl.load_workbook(ledger).worksheets[0]
    note = header.index("备注") + 1
    assert ws.cell(row=3, column=note).data_type == "f" and ws.cell(row=3, column=note).value == "=LEN(C3)"
    assert ws.cell(row=4, column=note).data_type == "s"


@pytest.mark.parametrize("suffix", ["xlsx", "docx", "graphml", "csv", "md", "json"])
def test_control_characters_inside_a_sentence_are_written(tmp_path, suffix):
    source = tmp_path / "ctl.txt"
    source.write_text(CONTROLS, encoding="utf-8")
    out = tmp_path / f"out.{suffix}"
    result = run("checklist" if suffix != "graphml" else "graph", source, "-o", out)
    assert result.exit_code == 0, result.output
    if suffix == "xlsx":
        texts = [c.value for row in openpyxl.load_workbook(out).worksheets[0].iter_rows()
                 for c in row if isinstance(c.value, str)]
        assert "县水利局要加强\n巡查\n管理 工作。" in texts
    elif suffix in ("docx", "graphml"):
        data = zipfile.ZipFile(out).read("word/document.xml") if suffix == "docx" else out.read_bytes()
        assert "巡查".encode() in data and b"\x1b" not in data
