"""Issue 16: outputs that cannot be weaponised, inputs that cannot crash or exhaust a writer,
a ledger that refuses what would lose staff work. The repros of the issue, one test each."""
from __future__ import annotations

import csv
import os
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import speechmine
from speechmine import tracking
from speechmine.tracking import merge
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
        assert [v for v in cells if v.startswith("'=HYPERLINK(")]   # the cell is there, as text
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


@pytest.mark.parametrize("suffix", ["xlsx", "docx"])
def test_control_characters_in_a_unit_or_the_title_are_written(tmp_path, suffix):
    source = tmp_path / "ctl.txt"
    source.write_text("县水利\x1b局要加强\x0b巡查管理工作。\n各乡镇要落实责任。\n", encoding="utf-8")
    for n, args in enumerate((["--by", "party"], ["--title", "督办\x0c台账"])):
        result = run("checklist", source, "-o", tmp_path / f"out{n}.{suffix}", *args)
        assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- defect 1: locking

SPEECH_B = "县水利局要在汛期前完成病险水库除险加固。\n县农业农村局要推进高标准农田建设。\n"
SPEECH_C = "县教育局要在9月前完成校舍安全排查。\n县卫生健康局要加强基层医疗机构建设。\n"


def sources(tmp_path: Path) -> tuple[Path, Path]:
    b, c = tmp_path / "b.txt", tmp_path / "c.txt"
    b.write_text(SPEECH_B, encoding="utf-8")
    c.write_text(SPEECH_C, encoding="utf-8")
    return b, c


def ids_in(path: Path) -> list[str]:
    from speechmine.tracking.ledger import read_table

    return [str(r.get("任务ID")) for r in read_table(path, path.suffix[1:]).rows]


def test_staff_save_during_an_update_is_merged_not_lost(tmp_path, monkeypatch):
    b, c = sources(tmp_path)
    ledger = tmp_path / "L.xlsx"
    assert run("checklist", b, "-o", ledger).exit_code == 0
    workbook = openpyxl.load_workbook(ledger)
    ws = workbook.worksheets[0]
    header = [cell.value for cell in ws[2]]
    ws.cell(row=3, column=header.index("状态") + 1, value="已完成")
    ws.cell(row=2, column=len(header) + 1, value="督查人")
    ws.cell(row=3, column=len(header) + 1, value="王科长")
    render, saved = merge.render_table, []

    def staff_saves_meanwhile(*args, **kwargs):
        out = render(*args, **kwargs)
        if not saved:
            saved.append(True)
            workbook.save(ledger)             # Excel saves while speechmine merges
        return out

    monkeypatch.setattr(merge, "render_table", staff_saves_meanwhile)
    result = run("checklist", b, c, "-o", ledger)
    assert result.exit_code == 0, result.output
    rows = openpyxl.load_workbook(ledger).worksheets[0]
    header = [cell.value for cell in rows[2]]
    assert "督查人" in header
    values = [[cell.value for cell in row] for row in rows.iter_rows(min_row=3)]
    assert values[0][header.index("状态")] == "已完成" and values[0][header.index("督查人")] == "王科长"
    assert len(values) == 4


def test_two_commands_at_once_both_land(tmp_path):
    import subprocess
    import sys

    b, c = sources(tmp_path)
    ledger = tmp_path / "L.xlsx"
    command = [sys.executable, "-m", "speechmine.cli", "checklist"]
    runs = [subprocess.Popen(command + [str(s), "-o", str(ledger), "--wait"], stderr=subprocess.PIPE)
            for s in (b, c)]
    assert [p.wait(timeout=120) for p in runs] == [0, 0]
    expected = {i.id for s in (b, c) for i in speechmine.extract(s).items}
    assert set(ids_in(ledger)) == expected and len(ids_in(ledger)) == len(expected)


def test_a_held_ledger_stops_an_update_and_wait_queues(tmp_path):
    import threading

    from speechmine import locking

    b, _ = sources(tmp_path)
    ledger = tmp_path / "L.csv"
    assert run("checklist", b, "-o", ledger).exit_code == 0
    before = ledger.read_bytes()
    lock = locking.lock_path(ledger)
    lock.write_text(f"{locking.HOST} {os.getpid()} 科员甲 2026-01-01T09:00:00\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["checklist", str(b), "-o", str(ledger)])
    assert result.exit_code == 1 and "another update is running" in result.output
    assert "--wait" in result.output and ledger.read_bytes() == before
    threading.Timer(0.5, lock.unlink).start()
    result = run("checklist", b, "-o", ledger, "--wait")
    assert result.exit_code == 0 and not lock.exists()


def test_two_threads_of_one_process_take_turns(tmp_path):
    import threading
    import time

    from speechmine import locking

    ledger, order = tmp_path / "L.csv", []

    def update(n: int) -> None:
        with locking.hold(ledger, wait=True):
            order.append(n)
            time.sleep(0.2)
            order.append(n)

    threads = [threading.Thread(target=update, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert order in ([0, 0, 1, 1], [1, 1, 0, 0])


def test_a_lock_of_a_dead_process_is_taken_over(tmp_path):
    import subprocess
    import sys

    from speechmine import locking

    b, _ = sources(tmp_path)
    ledger = tmp_path / "L.md"
    assert run("checklist", b, "-o", ledger).exit_code == 0
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    locking.lock_path(ledger).write_text(f"{locking.HOST} {gone.pid} x 2026-01-01T09:00:00\n")
    assert run("checklist", b, "-o", ledger).exit_code == 0
    assert not locking.lock_path(ledger).exists()


def test_an_open_workbook_is_not_updated_under_excel(tmp_path):
    b, _ = sources(tmp_path)
    ledger = tmp_path / "L.xlsx"
    assert run("checklist", b, "-o", ledger).exit_code == 0
    (tmp_path / "~$L.xlsx").write_bytes(b"owner")
    result = CliRunner().invoke(main, ["checklist", str(b), "-o", str(ledger)])
    assert result.exit_code == 1 and "~$L.xlsx" in result.output


def test_an_update_that_another_save_overwrote_does_not_report_success(tmp_path, monkeypatch):
    from speechmine import writing

    b, c = sources(tmp_path)
    ledger = tmp_path / "L.csv"
    assert run("checklist", b, "-o", ledger).exit_code == 0
    old = ledger.read_bytes()
    write = writing.write_bytes_atomic

    def then_excel_saves_its_copy(path, data):
        write(path, data)
        if Path(path) == ledger:
            ledger.write_bytes(old)

    monkeypatch.setattr(merge, "write_bytes_atomic", then_excel_saves_its_copy)
    result = CliRunner().invoke(main, ["checklist", str(b), str(c), "-o", str(ledger)])
    assert result.exit_code == 1 and "run again" in result.output


# ---------------------------------------------------------------- defect 7: links, read-only, inputs

def test_a_symlinked_ledger_stays_a_link(tmp_path):
    b, c = sources(tmp_path)
    real = tmp_path / "share" / "L.csv"
    real.parent.mkdir()
    assert run("checklist", b, "-o", real).exit_code == 0
    link = tmp_path / "L.csv"
    link.symlink_to(real)
    assert run("checklist", b, c, "-o", link).exit_code == 0
    assert link.is_symlink() and len(ids_in(real)) == 4


def test_a_read_only_ledger_is_refused(tmp_path):
    b, c = sources(tmp_path)
    ledger = tmp_path / "L.csv"
    assert run("checklist", b, "-o", ledger).exit_code == 0
    ledger.chmod(0o444)
    before = ledger.read_bytes()
    result = CliRunner().invoke(main, ["checklist", str(b), str(c), "-o", str(ledger)])
    assert result.exit_code == 1 and "read-only" in result.output
    assert ledger.read_bytes() == before


def test_an_output_that_is_an_input_is_refused(tmp_path):
    b, _ = sources(tmp_path)
    before = b.read_bytes()
    for args in (["checklist", b, "-o", b, "--format", "md"], ["extract", b, "-o", b, "--format", "md"],
                 ["batch", tmp_path, "-o", b]):
        result = CliRunner().invoke(main, [str(a) for a in args])
        assert result.exit_code == 2 and "input document" in result.output, args
    assert b.read_bytes() == before


# ---------------------------------------------------------------- defect 10: stale temporary files

def test_temporary_files_of_killed_writes_are_cleaned_up(tmp_path):
    import subprocess
    import sys

    from speechmine.writing import HOST

    b, _ = sources(tmp_path)
    out = tmp_path / "out.md"
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stale = tmp_path / f".out.md.{HOST}-{gone.pid}.abc123.tmp"
    mine = tmp_path / f".out.md.{HOST}-{os.getpid()}.def456.tmp"   # a write still running
    other = tmp_path / ".notes.md.x.tmp"                             # not ours
    for path in (stale, mine, other):
        path.write_text("half", encoding="utf-8")
    assert run("checklist", b, "-o", out).exit_code == 0
    assert not stale.exists() and mine.exists() and other.exists()


# ---------------------------------------------------------------- defect 6: dates written back

DATED = ("关于做好防汛工作的讲话\n（2025年3月1日）\n"
         + "".join(f"县{unit}要在2025年{m}月{d}日前完成{work}。\n" for unit, m, d, work in [
             ("水利局", 4, 30, "病险水库除险加固"), ("应急管理局", 5, 15, "防汛物资储备"),
             ("自然资源局", 5, 31, "地质灾害隐患排查"), ("交通运输局", 6, 30, "危桥改造")]))


def test_dates_as_excel_writes_them_back_still_warn(tmp_path):
    source = tmp_path / "flood.txt"
    source.write_text(DATED, encoding="utf-8")
    ledger = tmp_path / "L.csv"
    assert run("checklist", source, "-o", ledger).exit_code == 0
    today = "2025-12-01"
    before = tracking.status(ledger, today=__import__("datetime").date.fromisoformat(today))
    assert len(before.warned("红")) == 4
    rows = list(csv.reader(io.StringIO(ledger.read_text(encoding="utf-8-sig"))))
    due = rows[0].index("截止日期")
    for n, row in enumerate(rows[1:]):           # as Excel saves it: GBK, CRLF, its own date forms
        y, m, d = row[due].split("-")
        row[due] = [f"{y}/{int(m)}/{int(d)}", f"{y}年{int(m)}月{int(d)}日", f"{y}/{int(m)}/{int(d)} 0:00",
                    f"{y}.{m}.{d}"][n % 4]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    ledger.write_bytes(out.getvalue().encode("gbk"))
    result = run("status", ledger, "--today", today, "--format", "json")
    assert __import__("json").loads(result.output)["overdue"].__len__() == 4


def test_a_date_cell_in_a_workbook_counts():
    from datetime import date, datetime

    from speechmine.tracking.ledger import as_date

    assert as_date(datetime(2025, 6, 30)) == as_date("2025/6/30") == as_date("2025年6月30日") \
        == date(2025, 6, 30)
    assert as_date("2025/13/30") is None and as_date("六月底") is None


# ---------------------------------------------------------------- defect 9: no silent restructuring

def _renamed(ledger: Path, old: str, new: str) -> None:
    workbook = openpyxl.load_workbook(ledger)
    ws = workbook.worksheets[0]
    for cell in ws[2]:
        if cell.value == old:
            cell.value = new
    workbook.save(ledger)


@pytest.mark.parametrize("column,renamed", [("任务ID", "任务编码"), ("状态", "办理状态")])
def test_a_renamed_key_column_is_refused_not_duplicated(tmp_path, column, renamed):
    b, _ = sources(tmp_path)
    ledger = tmp_path / "L.xlsx"
    assert run("checklist", b, "-o", ledger).exit_code == 0
    _renamed(ledger, column, renamed)
    before = ledger.read_bytes()
    result = CliRunner().invoke(main, ["checklist", str(b), "-o", str(ledger)])
    assert result.exit_code == 1 and renamed in result.output and column in result.output
    assert ledger.read_bytes() == before


def test_a_renamed_speech_file_is_refused_not_added_twice(tmp_path):
    b, c = sources(tmp_path)
    ledger = tmp_path / "L.csv"
    assert run("checklist", b, c, "-o", ledger).exit_code == 0
    renamed = tmp_path / "b-final.txt"
    renamed.write_text(SPEECH_B, encoding="utf-8")
    result = CliRunner().invoke(main, ["checklist", str(renamed), "-o", str(ledger)])
    assert result.exit_code == 1 and "b.txt" in result.output and "b-final.txt" in result.output
    assert len(ids_in(ledger)) == 4


def test_a_staff_sheet_with_a_task_column_is_left_alone(tmp_path):
    b, c = sources(tmp_path)
    ledger = tmp_path / "L.xlsx"
    assert run("checklist", b, "-o", ledger).exit_code == 0
    workbook = openpyxl.load_workbook(ledger)
    own = workbook.create_sheet("我的汇总")
    own.append(["工作任务", "说明"])
    own.append(["月度调度会材料", "办公室整理"])
    workbook.save(ledger)
    assert run("checklist", b, c, "-o", ledger).exit_code == 0
    workbook = openpyxl.load_workbook(ledger)
    assert [[v for v in r] for r in workbook["我的汇总"].iter_rows(values_only=True)] == [
        ["工作任务", "说明"], ["月度调度会材料", "办公室整理"]]
    assert len(ids_in(ledger)) == 4


# ---------------------------------------------------------------- defect 3: zip bombs

def padded_docx(path: Path, padding: int, level: int = 9) -> Path:
    """A real .docx whose document.xml carries `padding` bytes of spaces (valid XML)."""
    from docx import Document

    small = path.with_name("small.docx")
    document = Document()
    document.add_paragraph("各单位要加强安全管理。")
    document.save(small)
    with zipfile.ZipFile(small) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * padding, 1)
            target.writestr(info.filename, data)
    return path


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    bomb = padded_docx(tmp_path / "bomb.docx", 50_000_000)
    assert bomb.stat().st_size < 200_000
    result = CliRunner().invoke(main, ["extract", str(bomb)])
    assert result.exit_code == 1 and "SPEECHMINE_MAX_ZIP_RATIO" in result.output
    assert "zip bomb" in result.output


def test_the_unzip_limits_can_be_lowered_and_raised(tmp_path):
    doc = padded_docx(tmp_path / "big.docx", 3_000_000)
    low = CliRunner(env={"SPEECHMINE_MAX_UNZIPPED_MB": "2"}).invoke(main, ["extract", str(doc)])
    assert low.exit_code == 1 and "SPEECHMINE_MAX_UNZIPPED_MB=" in low.output
    raised = CliRunner(env={"SPEECHMINE_MAX_ZIP_RATIO": "100000"}).invoke(main, ["extract", str(doc)])
    assert raised.exit_code == 0 and "各单位要加强安全管理" in raised.output


def test_a_bomb_in_place_of_a_ledger_workbook_is_refused(tmp_path):
    b, _ = sources(tmp_path)
    ledger = tmp_path / "L.xlsx"
    assert run("checklist", b, "-o", ledger).exit_code == 0
    with zipfile.ZipFile(ledger, "a") as archive:
        archive.writestr("xl/padding.bin", b"\0" * 20_000_000, compress_type=zipfile.ZIP_DEFLATED)
    result = CliRunner().invoke(main, ["status", str(ledger)])
    assert result.exit_code == 1 and "zip bomb" in result.output


# ---------------------------------------------------------------- defect 10: the smaller ones

def test_a_utf8_line_in_a_gbk_file_is_reported(tmp_path):
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes("各单位要加强管理。\n".encode("gbk") * 3 + "请各单位认真贯彻落实\n".encode("utf-8")
                      + "各乡镇要落实责任。\n".encode("gbk"))
    result = CliRunner().invoke(main, ["extract", str(mixed)])
    assert result.exit_code == 0 and "line 4 is UTF-8" in result.stderr
    assert speechmine.extract(mixed).meta["warnings"]
    broken = tmp_path / "broken.txt"
    broken.write_bytes("各单位要加强管理。\n".encode("gbk") * 3 + "县水利局要完成除险加固。\n".encode("utf-8"))
    result = CliRunner().invoke(main, ["extract", str(broken)])
    assert result.exit_code == 1 and "mixed encodings: line 4" in result.stderr
    clean = tmp_path / "clean.txt"
    clean.write_bytes("各单位要加强管理。\n各乡镇要落实责任。\n".encode("gbk"))
    assert "warnings" not in speechmine.extract(clean).meta


def test_long_text_without_a_line_break_is_text_not_a_file_name():
    text = "各单位要切实加强安全生产管理，确保不发生重大事故。" * 12
    assert len(text.encode("utf-8")) > 255
    assert speechmine.extract(text).items


def test_a_file_of_ideographic_spaces_is_empty(tmp_path):
    blank = tmp_path / "blank.txt"
    blank.write_text("\u3000\u3000\n\u3000 \n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(blank)])
    assert result.exit_code == 1 and "empty" in result.stderr
