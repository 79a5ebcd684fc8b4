"""PDFs, hard-wrapped text and LibreOffice formats: the same items as the original text.

PDFs are made here (tests/pdf_fixtures.py, reportlab's STSong-Light) from the project's own
documents; with ../shared present the evaluation corpus is checked too. The LibreOffice tests
run the real `soffice` (.ci/run installs it) and skip, saying why, only where it is missing.
"""
from __future__ import annotations

import shutil
import subprocess
import threading
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from pdf_fixtures import make_blank_pdf, make_pdf
from speechmine import extract
from speechmine.scale.batch import expand
from speechmine.cli import main
from speechmine.errors import SpeechmineError
from speechmine.reading import Source, read, read_bytes
from speechmine.reading.reflow import is_hard_wrapped, reflow_text

ROOT = Path(__file__).resolve().parent.parent
OWN = sorted(ROOT.glob("tests/data*/*.txt"))
SHARED = ROOT.parent / "shared" / "corpus"
SHARED_DOCS = sorted(SHARED.glob("*.txt")) + sorted(SHARED.glob("real/*.txt"))
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it")


def _has_chinese_font() -> bool:
    """Whether fontconfig knows a font with Chinese glyphs (LibreOffice prints Chinese with one)."""
    listed = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True) if shutil.which("fc-list") else None
    return bool(listed and listed.stdout.strip())


#: A PDF that LibreOffice prints carries the text of its fonts' glyphs: without a Chinese font,
#: every character comes out as one fallback glyph.
needs_soffice_pdf = pytest.mark.skipif(SOFFICE is None or not _has_chinese_font(), reason=(
    "LibreOffice (soffice) or a Chinese font (fc-list :lang=zh) is missing; .ci/run installs both"))

PLAN = """关于做好春季农村公路养护工作的通知
各乡镇人民政府，县直有关单位：
为切实做好今年春季农村公路养护工作，保障群众安全便捷出行，经县政府同意，现将有关事项通知如下。
一、开展路况排查。各乡镇人民政府要在3月31日前完成辖区内农村公路路况排查，对坑槽、沉陷、边沟堵塞等病害逐段登记造册，建立问题清单和整改台账，排查结果报县交通运输局汇总。县交通运输局要组织技术人员分片包干，对排查发现的危桥险段逐一复核，提出处置意见，确保不漏一处隐患。
二、集中整治病害。县交通运输局要在5月底前完成县道病害集中整治，乡村道病害由各乡镇负责在6月底前整治到位。
三、强化资金保障。县财政局要及时拨付养护补助资金，县审计局要加强资金使用情况的监督检查。
"""
TABLE = [["序号", "工作任务", "牵头单位", "完成时限"],
         ["1", "完成路况排查", "各乡镇", "3月31日前"],
         ["2", "整治县道病害", "县交通运输局", "5月底前"]]


def _keys(result) -> Counter:
    return Counter((item.text, tuple(item.path), item.party, item.deadline) for item in result.items)


def _parity(pairs) -> float:
    """The share of items, over all documents, that both readings give alike."""
    same = total = 0
    for original, other in pairs:
        a, b = _keys(original), _keys(other)
        same += sum((a & b).values())
        total += max(sum(a.values()), sum(b.values()))
    return same / total


def _wrap(text: str, width: int = 28) -> str:
    """`text` cut every `width` characters, as copied out of a PDF."""
    return "".join(line[i:i + width] + "\n" for line in text.splitlines() for i in range(0, max(len(line), 1), width))


def _pdf_pairs(documents, tmp_path):
    for number, path in enumerate(documents):
        text = path.read_text(encoding="utf-8")
        pdf = make_pdf(tmp_path / f"{number}.pdf", text)
        yield extract(Source(str(path), text)), extract(read(pdf))


def _wrapped_pairs(documents):
    for path in documents:
        text = path.read_text(encoding="utf-8")
        yield extract(Source(str(path), text)), extract(read_bytes(_wrap(text).encode("utf-8"), str(path)))


# --- parity: the same items from the PDF, and from text wrapped at 28 characters ----------------

def test_pdf_of_our_documents_gives_the_same_items(tmp_path):
    assert _parity(_pdf_pairs(OWN, tmp_path)) >= 0.98


def test_hard_wrapped_copies_of_our_documents_give_the_same_items():
    assert _parity(_wrapped_pairs(OWN)) >= 0.98


@pytest.mark.skipif(not SHARED_DOCS, reason="../shared/corpus is not here (a user's clone)")
def test_pdf_of_the_corpus_gives_the_same_items(tmp_path):
    assert _parity(_pdf_pairs(SHARED_DOCS, tmp_path)) >= 0.98


@pytest.mark.skipif(not SHARED_DOCS, reason="../shared/corpus is not here (a user's clone)")
def test_hard_wrapped_corpus_gives_the_same_items():
    assert _parity(_wrapped_pairs(SHARED_DOCS)) >= 0.98


# --- what a printed page adds: headers, page numbers, tables, the 版记 ------------------------

@pytest.fixture
def printed(tmp_path) -> Path:
    body = PLAN + ("四、加强督促检查。" + "各乡镇要把春季养护工作纳入年度考核，定期通报进展情况，" * 12 + "确保按时完成。\n")
    return make_pdf(tmp_path / "notice.pdf", body, header=("某某县人民政府办公室", "县政办发〔2025〕3号"),
                    table=TABLE, distribution=["抄送：县委办公室，县人大常委会办公室。",
                                               "某某县人民政府办公室　　　　2025年3月1日印发"])


def test_page_furniture_is_left_out_and_paragraphs_rebuilt(printed):
    text = read(printed).text
    lines = text.splitlines()
    assert "— 1 —" not in text and "县政办发" not in text and "抄送" not in text and "印发" not in lines[-1]
    assert lines[:3] == [line for line in PLAN.splitlines()[:3]]
    assert lines[3] == PLAN.splitlines()[3]  # a paragraph of five printed lines is one line again
    last = next(line for line in lines if line.startswith("四、"))
    assert last.endswith("确保按时完成。")  # it breaks across pages: joined over the page break
    assert ["\t".join(row) for row in TABLE] == [line for line in lines if "\t" in line]


def test_a_letter_spaced_title_is_one_line_not_a_table_row(tmp_path):
    pdf = make_pdf(tmp_path / "t.pdf", "工作方案\n" + PLAN, title_spacing=24, header=None)
    assert read(pdf).text.splitlines()[0] == "工作方案"


@pytest.mark.parametrize("page_number", ["-{}-", "第{}页", "- {} -"])
def test_other_page_number_styles(tmp_path, page_number):
    pdf = make_pdf(tmp_path / "p.pdf", PLAN * 3, page_number=page_number, header=None)
    assert read(pdf).text.splitlines()[3] == PLAN.splitlines()[3]
    assert all(not line.strip("-第页 ").isdigit() for line in read(pdf).text.splitlines())


def test_items_of_a_pdf_point_into_its_text(printed):
    result = extract(str(printed))  # the Python API takes the path
    assert result.items and all(result.text[it.start:it.end] == it.text for it in result.items)
    assert any(it.party == "县交通运输局" and it.deadline == "5月底前" for it in result.items)


def test_text_command_prints_what_pdf_offsets_refer_to(printed):
    result = CliRunner().invoke(main, ["text", str(printed)])
    assert result.exit_code == 0 and result.output == read(printed).text


def test_a_renamed_pdf_is_read_as_a_pdf(printed, tmp_path):
    renamed = tmp_path / "notice.txt"
    renamed.write_bytes(printed.read_bytes())
    assert read(renamed).text == read(printed).text


@pytest.mark.parametrize("make, message", [
    (lambda p: make_blank_pdf(p), "no text layer"),
    (lambda p: p.write_bytes(b"%PDF-1.4\n garbage"), "cannot read this PDF"),
    (lambda p: p.write_bytes(b""), "cannot read this PDF"),
])
def test_bad_pdf_is_one_clear_line(tmp_path, make, message):
    path = tmp_path / "bad.pdf"
    make(path)
    with pytest.raises(SpeechmineError, match=message) as err:
        read(path)
    assert "\n" not in str(err.value)
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_a_pdf_on_standard_input_is_read(printed):
    result = CliRunner().invoke(main, ["text", "-"], input=printed.read_bytes())
    assert result.exit_code == 0 and result.output == read(printed).text


def test_batch_takes_pdfs_from_a_folder(printed):
    assert str(printed) in expand([printed.parent])


# --- hard-wrapped text -------------------------------------------------------------------------

def test_our_documents_are_not_taken_for_hard_wrapped():
    assert not any(is_hard_wrapped(path.read_text(encoding="utf-8")) for path in OWN)


def test_wrapped_text_is_detected_and_reflowed():
    wrapped = _wrap(PLAN, 28)
    assert is_hard_wrapped(wrapped)
    assert reflow_text(wrapped) == PLAN


def test_a_series_inside_a_paragraph_stays_in_it_when_a_member_starts_a_line():
    """`……。八是……` wrapped so that `八是` opens a line: the series ran inside the paragraph, so the
    line goes on with it (a label after a sentence's end otherwise starts a paragraph)."""
    members = "".join(f"{n}是抓好第{n}项重点工作，务求实效。" for n in "一二三四五")
    text = "会议对全年工作作出部署。" + members + "\n二、抓好安全生产\n要压实各方责任，消除各类隐患。\n"
    width = len("会议对全年工作作出部署。") + len("一是抓好第一项重点工作，务求实效。")
    wrapped = _wrap(text, width)
    assert any(line.startswith("二是") for line in wrapped.splitlines())  # a member opens a line
    assert reflow_text(wrapped) == text


def test_page_numbers_in_copied_text_are_dropped():
    lines = _wrap(PLAN, 28).splitlines(keepends=True)
    assert reflow_text("".join(lines[:5] + ["— 2 —\n"] + lines[5:])) == PLAN
    assert reflow_text("".join(lines[:5] + ["\n", "-2-\n", "\n"] + lines[5:])) == PLAN


def test_keep_lines_keeps_the_breaks(tmp_path):
    path = tmp_path / "copied.txt"
    path.write_text(_wrap(PLAN, 28), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["text", str(path)]).output == PLAN
    assert runner.invoke(main, ["text", "--keep-lines", str(path)]).output == _wrap(PLAN, 28)
    kept = runner.invoke(main, ["extract", "--keep-lines", str(path)])
    flowed = runner.invoke(main, ["extract", str(path)])
    assert kept.exit_code == flowed.exit_code == 0 and kept.output != flowed.output


def test_wrapped_stdin_is_reflowed():
    result = CliRunner().invoke(main, ["text", "-"], input=_wrap(PLAN, 30).encode("utf-8"))
    assert result.output == PLAN


# --- LibreOffice: .docx → .pdf/.doc/.wps, for real ----------------------------------------------

def _soffice(source: Path, fmt: str, folder: Path) -> Path:
    """`source` converted by LibreOffice to `fmt` (a suffix, with filter options after a colon)."""
    folder.mkdir(exist_ok=True)
    subprocess.run([SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=300)
    return folder / f"{source.stem}.{fmt.split(':')[0]}"


@pytest.fixture(scope="module")
def speech_docx() -> Path:
    return ROOT / "examples" / "speech.docx"


@needs_soffice_pdf
def test_docx_printed_to_pdf_by_libreoffice_gives_the_same_items(speech_docx, tmp_path):
    pdf = _soffice(speech_docx, "pdf", tmp_path)
    assert _parity([(extract(read(speech_docx)), extract(read(pdf)))]) >= 0.98


@needs_soffice
def test_doc_and_wps_saved_by_libreoffice_give_the_same_items(speech_docx, tmp_path):
    doc = _soffice(speech_docx, "doc", tmp_path)
    wps = tmp_path / "speech.wps"  # a .wps of WPS Office is the same compound file as a .doc
    shutil.copy(doc, wps)
    expected = _keys(extract(read(speech_docx)))
    results: dict[str, Counter] = {}

    def convert(path: Path) -> None:
        results[path.suffix] = _keys(extract(read(path)))

    threads = [threading.Thread(target=convert, args=(path,)) for path in (doc, wps)]
    for thread in threads:  # two conversions at once: each has its own LibreOffice profile
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {".doc": expected, ".wps": expected}


def test_fonts_without_a_unicode_map_are_one_clear_line(tmp_path, monkeypatch):
    from speechmine.reading import pdf as pdf_reader

    glyphs = [[pdf_reader._Char(f"(cid:{n})", 10.0 * n, 10.0 * n + 10, 700.0) for n in range(30)]]
    monkeypatch.setattr(pdf_reader, "_pages_chars", lambda path, data: glyphs)
    path = tmp_path / "fonts.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(SpeechmineError, match="do not say which characters"):
        read(path)


def test_checklist_of_a_pdf(printed, tmp_path):
    result = CliRunner().invoke(main, ["checklist", str(printed)])
    assert result.exit_code == 0 and "县交通运输局" in result.output and "县政办发" not in result.output


@needs_soffice_pdf
def test_a_pdf_that_forbids_copying_is_read(speech_docx, tmp_path):
    """Published PDFs often carry a permission password (no copying, no changes): still read."""
    options = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
               '"PermissionPassword":{"type":"string","value":"owner"},'
               '"EnableCopyingOfContent":{"type":"boolean","value":"false"}}')
    pdf = _soffice(speech_docx, options, tmp_path)
    assert b"/Encrypt" in pdf.read_bytes()
    assert _parity([(extract(read(speech_docx)), extract(read(pdf)))]) >= 0.98


def test_a_pdf_with_a_user_password_is_one_clear_line(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(path), encrypt=StandardEncryption("secret", ownerPassword="owner"))
    pdf.drawString(100, 700, "locked")
    pdf.save()
    with pytest.raises(SpeechmineError, match="password-protected"):
        read(path)


def _running(pid: int) -> bool:
    """Whether process `pid` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[-1][:1] not in "ZX"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc to watch processes")
def test_a_conversion_that_hangs_is_stopped_with_its_helpers(tmp_path, monkeypatch):
    """A `soffice` that starts a helper and hangs: one line after the time limit, both ended."""
    import os
    import signal
    import stat
    import sys
    import time

    from speechmine.reading import word as docx_reader

    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    helper = tmp_path / "helper.pid"
    fake.write_text(f"#!{sys.executable}\nimport subprocess, time\n"
                    f"child = subprocess.Popen([{sys.executable!r}, '-c', 'import time; time.sleep(60)'], "
                    "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
                    f"open({str(helper)!r}, 'w').write(str(child.pid))\ntime.sleep(60)\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(fake.parent))
    monkeypatch.setattr(docx_reader, "CONVERT_TIMEOUT", 2)
    path = tmp_path / "slow.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(SpeechmineError, match="did not finish converting it within 2 s"):
        read(path)
    pid = int(helper.read_text())
    for _ in range(50):
        if not _running(pid):
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        pytest.fail("the helper LibreOffice started is still running")


@needs_soffice_pdf
def test_word_header_and_page_number_footer_are_left_out_of_its_pdf(tmp_path):
    """examples/speech.txt as a Word file with a running header and a `— N —` footer (a PAGE
    field), printed to PDF by LibreOffice: the furniture goes, the items stay."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    text = (ROOT / "examples" / "speech.txt").read_text(encoding="utf-8")
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    section = document.sections[0]
    section.header.paragraphs[0].text = "某某市交通运输局\t\t内部资料"
    footer = section.footer.paragraphs[0]
    footer.add_run("— ")
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer.add_run(" —")
    source = tmp_path / "speech.docx"
    document.save(str(source))
    pdf = _soffice(source, "pdf", tmp_path / "out")
    printed = read(pdf).text
    assert "内部资料" not in printed and "— 2 —" not in printed
    assert _parity([(extract(Source("speech.txt", text)), extract(read(pdf)))]) >= 0.98


@needs_soffice_pdf
def test_a_table_cell_that_wraps_stays_in_its_row(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("各乡镇人民政府：现将任务分解表印发给你们，请认真抓好落实。")
    rows = [["序号", "工作任务", "牵头单位", "完成时限"],
            ["1", "完成辖区内农村公路路况排查，建立问题清单和整改台账", "各乡镇人民政府", "3月31日前"],
            ["2", "整治县道病害", "县交通运输局", "5月底前"]]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for cells, values in zip(table.rows, rows):
        for cell, value in zip(cells.cells, values):
            cell.text = value
    document.add_paragraph("县交通运输局要加强督促检查。")
    document.save(str(tmp_path / "table.docx"))
    lines = read(_soffice(tmp_path / "table.docx", "pdf", tmp_path / "out")).text.splitlines()
    assert lines == [document.paragraphs[0].text, *("\t".join(row) for row in rows), "县交通运输局要加强督促检查。"]
