"""Reading Word documents: automatic numbering labels, headings, tables, task tables, dates,
errors, LibreOffice conversion, the `text` command, and .txt/.docx parity of examples/make_docx.py."""
from __future__ import annotations

import importlib.util
import os
import stat
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from docx_fixtures import (P, Style, Table, abstract_num, build, lvl, num, numbering,
                           start_override)
from speechmine.cli import main as cli
from speechmine.reading.word import TaskRow, read_word
from speechmine.errors import SpeechmineError
from speechmine.analysis.numbering import format_number
from speechmine.reading import read

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def lines(source) -> list[str]:
    return source.text.split("\n")


def one_list(tmp_path: Path, levels: list[str], paragraphs: list[P], *nums: str) -> list[str]:
    """Read a document with abstractNum 1 made of `levels` and num 1 (plus `nums`)."""
    xml = numbering(abstract_num(1, *levels), num(1, 1), *nums)
    return lines(read_word(build(tmp_path / "list.docx", paragraphs, numbering_xml=xml)))


# --- number formats and templates -----------------------------------------------------------

FORMATS = [
    # numFmt, lvlText, start, the labels of three paragraphs
    ("decimal", "%1.", 1, ["1.", "2.", "3."]),
    ("chineseCounting", "%1、", 9, ["九、", "十、", "十一、"]),
    ("chineseCountingThousand", "（%1）", 19, ["（十九）", "（二十）", "（二十一）"]),
    ("ideographTraditional", "%1、", 9, ["壬、", "癸、", "甲、"]),
    ("decimalEnclosedCircle", "%1", 19, ["⑲", "⑳", "21 "]),
    ("upperLetter", "%1.", 25, ["Y.", "Z.", "AA."]),
    ("lowerLetter", "%1)", 1, ["a)", "b)", "c)"]),
    ("upperRoman", "%1.", 3, ["III.", "IV.", "V."]),
    ("lowerRoman", "(%1)", 8, ["(viii)", "(ix)", "(x)"]),
    ("decimalZero", "%1.", 9, ["09.", "10.", "11."]),
    ("decimalFullWidth", "%1．", 1, ["１．", "２．", "３．"]),
    ("chineseLegalSimplified", "第%1条", 10, ["第壹拾条 ", "第壹拾壹条 ", "第壹拾贰条 "]),
    ("bullet", "•", 1, ["", "", ""]),
    ("none", "附件", 1, ["附件 ", "附件 ", "附件 "]),
]


@pytest.mark.parametrize("fmt, template, start, labels", FORMATS, ids=[f[0] for f in FORMATS])
def test_each_number_format_shows_the_label_word_shows(tmp_path, fmt, template, start, labels):
    texts = ["加强学习", "狠抓落实", "健全机制"]
    got = one_list(tmp_path, [lvl(0, fmt, template, start=start)],
                   [P(t, num=(1, 0)) for t in texts])
    assert got == [label + t for label, t in zip(labels, texts)]


@pytest.mark.parametrize("n, expected", [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"),
                                         (99, "九十九"), (100, "一百"), (105, "一百零五"),
                                         (110, "一百一十"), (1010, "一千零一十")])
def test_chinese_counting_numbers(n, expected):
    assert format_number(n, "chineseCounting") == expected
    assert format_number(n, "chineseCountingThousand") == expected


def test_roman_and_letters_beyond_the_first_round():
    assert format_number(1994, "upperRoman") == "MCMXCIV"
    assert format_number(53, "lowerLetter") == "aaa"
    assert format_number(4, "unknownFormat") == "4"


def test_templates_with_several_levels_and_legal_numbering(tmp_path):
    levels = [lvl(0, "chineseCounting", "第%1章"), lvl(1, "decimal", "%1.%2"),
              lvl(2, "decimal", "%1.%2.%3", extra="<w:isLgl/>")]
    got = one_list(tmp_path, levels, [
        P("总则", num=(1, 0)), P("目的", num=(1, 1)), P("依据", num=(1, 2)),
        P("范围", num=(1, 1)), P("任务", num=(1, 0)), P("重点", num=(1, 1))])
    # %1 in a chineseCounting level stays Chinese, except in the isLgl level (decimal)
    assert got == ["第一章 总则", "一.1 目的", "1.1.1 依据", "一.2 范围", "第二章 任务", "二.1 重点"]


def test_nested_levels_reset_when_a_shallower_level_advances(tmp_path):
    levels = [lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", "（%2）"),
              lvl(2, "decimal", "%3."), lvl(3, "decimal", "（%4）")]
    got = one_list(tmp_path, levels, [
        P("总体要求", num=(1, 0)), P("重点任务", num=(1, 0)), P("抓项目", num=(1, 1)),
        P("扩投资", num=(1, 2)), P("细化", num=(1, 3)), P("分解", num=(1, 3)),
        P("优环境", num=(1, 2)), P("细化", num=(1, 3)), P("抓改革", num=(1, 1)),
        P("破壁垒", num=(1, 2)), P("保障措施", num=(1, 0)), P("加强领导", num=(1, 1))])
    assert got == ["一、总体要求", "二、重点任务", "（一）抓项目", "1.扩投资", "（1）细化",
                   "（2）分解", "2.优环境", "（1）细化", "（二）抓改革", "1.破壁垒",
                   "三、保障措施", "（一）加强领导"]


def test_lvl_restart_zero_keeps_counting_across_the_upper_level(tmp_path):
    levels = [lvl(0, "chineseCounting", "%1、"),
              lvl(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>')]
    got = one_list(tmp_path, levels, [P("甲", num=(1, 0)), P("子", num=(1, 1)),
                                      P("乙", num=(1, 0)), P("丑", num=(1, 1))])
    assert got == ["一、甲", "1.子", "二、乙", "2.丑"]


def test_start_override_restarts_and_nums_of_one_list_share_counters(tmp_path):
    got = one_list(tmp_path, [lvl(0, "decimal", "%1.")], [
        P("甲", num=(1, 0)), P("乙", num=(1, 0)),
        P("丙", num=(2, 0)), P("丁", num=(2, 0)),     # num 2: startOverride 5
        P("戊", num=(3, 0))],                          # num 3: same list, no override
        num(2, 1, start_override(0, 5)), num(3, 1))
    assert got == ["1.甲", "2.乙", "5.丙", "6.丁", "7.戊"]


def test_separate_lists_count_separately(tmp_path):
    xml = numbering(abstract_num(1, lvl(0, "decimal", "%1.")),
                    abstract_num(2, lvl(0, "chineseCounting", "%1、")), num(1, 1), num(2, 2))
    source = read_word(build(tmp_path / "two.docx", [
        P("甲", num=(1, 0)), P("一", num=(2, 0)), P("乙", num=(1, 0)), P("二", num=(2, 0))],
        numbering_xml=xml))
    assert lines(source) == ["1.甲", "一、一", "2.乙", "二、二"]


def test_level_override_replaces_the_format(tmp_path):
    override = ('<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                '<w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1、"/></w:lvl></w:lvlOverride>')
    got = one_list(tmp_path, [lvl(0, "decimal", "%1.")],
                   [P("甲", num=(1, 0)), P("乙", num=(2, 0)), P("丙", num=(2, 0))],
                   num(2, 1, override))
    assert got == ["1.甲", "A、乙", "B、丙"]


def test_num_id_zero_and_unknown_lists_show_no_label(tmp_path):
    styles = [Style("要点", base="Normal", num=(1, 0))]
    xml = numbering(abstract_num(1, lvl(0, "decimal", "%1.")), num(1, 1))
    source = read_word(build(tmp_path / "zero.docx", [
        P("甲", style="要点"), P("不编号", style="要点", num=(0, None)), P("乙", style="要点"),
        P("无此列表", num=(42, 0))], numbering_xml=xml, styles=styles))
    assert lines(source) == ["1.甲", "不编号", "2.乙", "无此列表"]


def test_numbering_inherited_through_the_style_chain(tmp_path):
    styles = [Style("一级标题样式", base="Normal", num=(1, 0)),
              Style("一级派生", base="一级标题样式"),                    # inherits numId and ilvl
              Style("二级样式", base="Normal", num=(1, 1)),
              Style("二级派生", base="二级样式")]
    levels = [lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", "（%2）")]
    xml = numbering(abstract_num(1, *levels), num(1, 1))
    source = read_word(build(tmp_path / "styles.docx", [
        P("总体要求", style="一级标题样式"), P("落实", style="二级派生"),
        P("重点任务", style="一级派生"), P("推进", style="二级样式"), P("正文")],
        numbering_xml=xml, styles=styles))
    assert lines(source) == ["一、总体要求", "（一）落实", "二、重点任务", "（一）推进", "正文"]


def test_a_style_picks_its_level_through_the_levels_pstyle(tmp_path):
    styles = [Style("条款", base="Normal", num=(1, None))]
    levels = [lvl(0, "chineseCounting", "%1、"),
              lvl(1, "decimal", "%2.", extra='<w:pStyle w:val="条款"/>')]
    xml = numbering(abstract_num(1, *levels), num(1, 1))
    source = read_word(build(tmp_path / "pstyle.docx", [
        P("总则", num=(1, 0)), P("甲", style="条款"), P("乙", style="条款")],
        numbering_xml=xml, styles=styles))
    assert lines(source) == ["一、总则", "1.甲", "2.乙"]


def test_builtin_list_number_style_of_the_default_template(tmp_path):
    source = read_word(build(tmp_path / "builtin.docx", [
        P("第一项", style="List Number"), P("第二项", style="List Number")]))
    assert lines(source) == ["1.第一项", "2.第二项"]


def test_num_style_link_follows_the_list_style(tmp_path):
    xml = numbering(abstract_num(1, lvl(0, "upperRoman", "%1.")),
                    abstract_num(2, extra='<w:numStyleLink w:val="ListStyle"/>'),
                    num(1, 1), num(2, 2))
    path = build(tmp_path / "link.docx", [P("甲", num=(2, 0)), P("乙", num=(2, 0))],
                 numbering_xml=xml)
    # add a numbering style ListStyle whose numPr points at num 1
    _add_numbering_style(path, "ListStyle", 1)
    assert lines(read_word(path)) == ["I.甲", "II.乙"]


def _add_numbering_style(path: Path, style_id: str, num_id: int) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document(str(path))
    document.styles.element.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="numbering" w:styleId="{style_id}">'
        f'<w:name w:val="{style_id}"/><w:pPr><w:numPr><w:numId w:val="{num_id}"/></w:numPr>'
        f'</w:pPr></w:style>'))
    document.save(str(path))


# --- paragraph text, headings ----------------------------------------------------------------

def test_visible_run_text_only(tmp_path):
    runs = ('<w:r><w:t>保留</w:t></w:r>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>'
            '<w:del w:id="1" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>'
            '<w:r><w:tab/><w:t>制表</w:t><w:br/><w:t>换行</w:t><w:br w:type="page"/></w:r>')
    source = read_word(build(tmp_path / "runs.docx", [P("开头", xml=runs)]))
    assert source.text == "开头保留插入\t制表\n换行"


def test_headings_keep_their_text_and_are_recorded(tmp_path):
    styles = [Style("标题 2"), Style("大标题", base="Heading 1"), Style("大纲", outline=2)]
    source = read_word(build(tmp_path / "headings.docx", [
        P("讲话标题", style="Heading 1"), P("同志们："), P("第一部分", style="标题 2"),
        P("正文。"), P("派生", style="大标题"), P("大纲级别", style="大纲"),
        P("", style="Heading 1")], styles=styles))
    assert lines(source)[:6] == ["讲话标题", "同志们：", "第一部分", "正文。", "派生", "大纲级别"]
    offsets = {source.text[start:].split("\n")[0]: level
               for start, level in source.headings.items()}
    assert offsets == {"讲话标题": 1, "第一部分": 2, "派生": 1, "大纲级别": 3}


# --- tables --------------------------------------------------------------------------------

def test_plain_table_flows_row_by_row(tmp_path):
    table = Table([["项目", "金额", "备注"], ["道路", "120", "新建"], ["桥梁", "80", ""]],
                  merge_right=[(2, 1, 2)])
    source = read_word(build(tmp_path / "plain.docx", [P("前文"), table, P("后文")]))
    assert lines(source) == ["前文", "项目\t金额\t备注", "道路\t120\t新建", "桥梁\t80", "后文"]
    assert source.task_rows == []


def test_vertically_merged_cells_are_written_once(tmp_path):
    table = Table([["类别", "事项"], ["交通", "修路"], ["", "架桥"]], merge_down=[(1, 0)])
    source = read_word(build(tmp_path / "vmerge.docx", [table]))
    assert lines(source) == ["类别\t事项", "交通\t修路", "架桥"]


TASKS = [["序 号", "工作任务", "牵头单位", "责任单位", "完成时限"],
         ["1", "新建农村公路300公里", "县交通运输局", "县财政局、各乡镇（街道）人民政府",
          "2025年12月底前"],
         ["2", "完成危桥改造40座", "", "县公路中心 县应急局", ""],
         ["3", "", "县发改局", "", "长期"]]


def test_task_table_rows_parties_deadlines_and_offsets(tmp_path):
    source = read_word(build(tmp_path / "tasks.docx",
                             [P("附件"), Table(TASKS, merge_down=[(1, 2)])]))
    rows = source.task_rows
    assert [type(r) for r in rows] == [TaskRow, TaskRow]  # row 3 has no task: skipped
    first, second = rows
    assert first.number == "1" and first.text.text == "新建农村公路300公里"
    assert first.party.text == "县交通运输局"
    assert [p.text for p in first.co_parties] == ["县财政局", "各乡镇（街道）人民政府"]
    assert first.deadline.text == "2025年12月底前"
    # the merged 牵头单位 cell covers row 2 too; its own units are the other parties
    assert second.party.text == "县交通运输局"
    assert [p.text for p in second.co_parties] == ["县公路中心", "县应急局"]
    assert second.deadline is None
    for row in rows:
        for span in [row.text, row.party, row.deadline, *row.co_parties]:
            if span is not None:
                assert source.text[span.start:span.end] == span.text


def test_task_table_without_lead_column_takes_the_first_responsible_unit(tmp_path):
    table = Table([["序号", "重点任务", "责任单位", "完成时间"],
                   ["一", "开展专项整治", "县市场监管局；县公安局", "6月底前"]])
    source = read_word(build(tmp_path / "resp.docx", [table]))
    (row,) = source.task_rows
    assert (row.number, row.party.text, [p.text for p in row.co_parties], row.deadline.text) \
        == ("一", "县市场监管局", ["县公安局"], "6月底前")
    assert source.text[row.party.start:row.party.end] == "县市场监管局"


def test_task_table_with_a_title_row_and_automatic_row_numbers(tmp_path):
    xml = numbering(abstract_num(1, lvl(0, "decimal", "%1")), num(1, 1))
    path = build(tmp_path / "autonum.docx", [Table(
        [["2025年重点任务分解表", "", ""], ["序号", "任务", "牵头单位"],
         ["", "推进数字政府建设", "县数据局"], ["", "优化营商环境", "县发改局"]],
        merge_right=[(0, 0, 2)])], numbering_xml=xml)
    _number_first_column(path, rows=(2, 3))
    source = read_word(path)
    assert [(r.number, r.text.text, r.party.text) for r in source.task_rows] == [
        ("1", "推进数字政府建设", "县数据局"), ("2", "优化营商环境", "县发改局")]
    assert lines(source)[0] == "2025年重点任务分解表"


def _number_first_column(path: Path, rows: tuple[int, ...]) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document(str(path))
    table = document.tables[0]
    for r in rows:
        p = table.rows[r].cells[0].paragraphs[0]._p
        p.get_or_add_pPr().insert(0, parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
    document.save(str(path))


# --- the document date ---------------------------------------------------------------------

def test_date_from_core_properties_in_china_time(tmp_path):
    # 2024-03-14 17:30 UTC is already 15 March in China
    path = build(tmp_path / "core.docx", [P("正文")], created=datetime(2024, 3, 14, 17, 30))
    assert read_word(path).doc_date == "2024-03-15"


def test_modified_date_when_there_is_no_created_date(tmp_path):
    path = build(tmp_path / "mod.docx", [P("正文")], no_dates=True,
                 modified=datetime(2023, 6, 1, 2, 0))
    assert read_word(path).doc_date == "2023-06-01"


def test_signature_date_wins_over_core_properties(tmp_path):
    path = build(tmp_path / "sig.docx", [P("正文。"), P("县人民政府办公室"), P("2024年12月30日")],
                 created=datetime(2025, 1, 5))
    assert read_word(path).doc_date == "2024-12-30"


def test_no_date_at_all(tmp_path):
    assert read_word(build(tmp_path / "nodate.docx", [P("正文")], no_dates=True)).doc_date is None


# --- errors and conversion -----------------------------------------------------------------

def _one_line_error(path: Path) -> str:
    with pytest.raises(SpeechmineError) as info:
        read(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    return message


def test_missing_file(tmp_path):
    assert "no such file" in _one_line_error(tmp_path / "absent.docx")


def test_corrupt_zip(tmp_path):
    good = build(tmp_path / "good.docx", [P("正文")]).read_bytes()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(good[: len(good) // 2])
    assert "damaged" in _one_line_error(bad)


def test_text_file_named_docx(tmp_path):
    path = tmp_path / "plain.docx"
    path.write_text("这不是Word文件", encoding="utf-8")
    assert "not a Word document" in _one_line_error(path)


@pytest.mark.parametrize("member, kind", [("xl/workbook.xml", "Excel"), ("readme.txt", "zip")])
def test_zip_that_is_not_a_word_document(tmp_path, member, kind):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, "x")
    message = _one_line_error(path)
    assert "not a Word document" in message and kind in message


def test_encrypted_document(tmp_path):
    path = tmp_path / "secret.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
                     + "EncryptionInfo".encode("utf-16-le") + b"\0" * 100)
    assert "password" in _one_line_error(path)


def test_empty_file(tmp_path):
    path = tmp_path / "zero.docx"
    path.write_bytes(b"")
    assert "empty" in _one_line_error(path)


def test_document_without_text(tmp_path):
    assert "no text" in _one_line_error(build(tmp_path / "empty.docx", [P(""), P("  ")]))


@pytest.fixture
def no_libreoffice(tmp_path, monkeypatch):
    empty = tmp_path / "emptybin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


def _fake_soffice(folder: Path, result: Path | None) -> None:
    """A `soffice` that 'converts' by copying `result` (or fails when None)."""
    folder.mkdir(exist_ok=True)
    script = folder / "soffice"
    copy = (f"import shutil; shutil.copy({str(result)!r}, Path(out) / (Path(src).stem + '.docx'))"
            if result else "print('Error: source file could not be loaded'); sys.exit(1)")
    script.write_text(f"#!{sys.executable}\nimport sys\nfrom pathlib import Path\n"
                      "args = sys.argv[1:]\nout = args[args.index('--outdir') + 1]\n"
                      f"src = args[-1]\n{copy}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


def test_doc_without_libreoffice_says_what_to_install(tmp_path, no_libreoffice):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "LibreOffice" in _one_line_error(path)


@pytest.mark.parametrize("suffix", [".doc", ".wps", ".odt", ".rtf"])
def test_other_formats_are_converted_with_libreoffice(tmp_path, monkeypatch, suffix):
    converted = build(tmp_path / "converted.docx", [P("转换后的正文")])
    _fake_soffice(tmp_path / "bin", converted)
    monkeypatch.setenv("PATH", str(tmp_path / "bin") + os.pathsep + os.environ["PATH"])
    original = tmp_path / f"speech{suffix}"
    original.write_bytes(b"{\\rtf1 whatever}")
    source = read(original)
    assert source.text == "转换后的正文" and source.name == str(original)


def test_failed_conversion_is_one_line(tmp_path, monkeypatch):
    _fake_soffice(tmp_path / "bin", None)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    path = tmp_path / "broken.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "could not be loaded" in _one_line_error(path)


# --- the `text` command --------------------------------------------------------------------

def test_text_command_prints_the_text_offsets_refer_to(tmp_path):
    xml = numbering(abstract_num(1, lvl(0, "chineseCounting", "%1、")), num(1, 1))
    path = build(tmp_path / "cli.docx", [P("总体要求", num=(1, 0)), P("要抓好落实。")],
                 numbering_xml=xml)
    result = CliRunner().invoke(cli, ["text", str(path)])
    assert result.exit_code == 0 and result.output == "一、总体要求\n要抓好落实。\n"


def test_text_command_error_is_one_line(tmp_path):
    path = tmp_path / "bad.docx"
    path.write_bytes(b"PK\x03\x04broken")
    result = CliRunner().invoke(cli, ["text", str(path)])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "damaged" in result.output


# --- examples/make_docx.py: typed labels → automatic numbering, same text ------------------

def _make_docx_module():
    spec = importlib.util.spec_from_file_location("make_docx", ROOT / "examples" / "make_docx.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_docx"] = module
    spec.loader.exec_module(module)
    return module


make_docx = _make_docx_module()

TYPED = """关于做好全年工作的讲话
（2025年3月6日）

同志们：
二、重点任务
（一）抓项目
1.要扩大有效投资，年底前完成投资50亿元。
（1）各区县要细化方案。
（2）市发改委要加强调度。
2.要优化营商环境。
①压减审批时限。
②推行告知承诺。
（二）保民生
1.要稳定就业。
3.这个序号跳了号，保留手打。
三、保障措施
一是加强领导。二是压实责任。
"""


def test_make_docx_turns_labels_into_numbering_and_keeps_the_text(tmp_path):
    conversion = make_docx.convert(TYPED)
    path = tmp_path / "typed.docx"
    path.write_bytes(conversion.data)
    assert conversion.automatic == 11 and conversion.typed == ["3."]
    source = read_word(path)
    assert source.text == TYPED
    assert source.doc_date == "2025-03-06"
    with zipfile.ZipFile(path) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        numbering_xml = archive.read("word/numbering.xml").decode("utf-8")
    assert "二、重点任务" not in body and ">重点任务<" in body   # the label is numbering now
    assert 'w:val="（%2）"' in numbering_xml and 'w:val="chineseCounting"' in numbering_xml
    assert make_docx.convert(TYPED).data == conversion.data     # byte-identical


def test_make_docx_command(tmp_path):
    speech = tmp_path / "speech.txt"
    speech.write_text(TYPED, encoding="utf-8")
    result = CliRunner().invoke(make_docx.main, [str(speech), "--date", "2025-01-02"])
    assert result.exit_code == 0 and "11 labels" in result.output
    source = read_word(tmp_path / "speech.docx")
    assert source.doc_date == "2025-03-06"  # the date written in the text wins
    bad = CliRunner().invoke(make_docx.main, [str(speech), "--date", "2025-13-01"])
    assert bad.exit_code == 2


def _extract():
    try:
        from speechmine.extract import extract
    except ImportError:
        pytest.skip("speechmine.extract is not importable yet")
    return extract


def _same_extraction(txt: Path, tmp_path: Path) -> None:
    extract = _extract()
    docx_path = tmp_path / (txt.stem + ".docx")
    docx_path.write_bytes(make_docx.convert(read(txt).text).data)
    from_txt, from_docx = read(txt), read(docx_path)
    assert [line.rstrip() for line in lines(from_docx)] == \
        [line.rstrip() for line in from_txt.text.replace("\r\n", "\n").split("\n")]

    def items(path):
        return [(it.kind, it.text, it.path, it.party, it.co_parties, it.deadline)
                for it in extract(path).items]

    assert items(docx_path) == items(txt)


@pytest.mark.parametrize("name", ["speech.txt", "plan.txt"])
def test_example_txt_and_docx_give_the_same_items(tmp_path, name):
    txt = ROOT / "examples" / name
    if not txt.exists():
        pytest.skip(f"examples/{name} is not written yet")
    _same_extraction(txt, tmp_path)


def test_shipped_example_docx_matches_the_txt():
    txt, docx_path = ROOT / "examples" / "speech.txt", ROOT / "examples" / "speech.docx"
    if not docx_path.exists():
        pytest.skip("examples/speech.docx is not generated yet")
    assert read(docx_path).text == read(txt).text
    assert docx_path.read_bytes() == make_docx.convert(read(txt).text).data, \
        "examples/speech.docx is stale: run python examples/make_docx.py examples/speech.txt"


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared corpus (../shared) is not here")
@pytest.mark.parametrize("name", sorted(p.name for p in SHARED.glob("*.txt"))
                         if SHARED.is_dir() else [])
def test_shared_corpus_txt_and_docx_give_the_same_items(tmp_path, name):
    _same_extraction(SHARED / name, tmp_path)


def test_a_word_file_made_from_a_pdf_has_its_paragraphs_rebuilt(tmp_path):
    """Each printed line a paragraph of its own (a PDF turned into Word): the paragraphs come back,
    also where a title in bold held fewer characters on its line."""
    body = ("一年来，全县上下围绕项目建设和民生改善两条主线，扎实推进各项工作，经济运行稳中有进，社会大局和谐稳定，"
            "群众获得感持续增强。全年新开工项目八十六个，完成投资一百二十亿元，新建幼儿园五所。")
    title = "（一）扩大有效投资，推动项目建设提速增效。坚持把项目建设作为经济工作的主抓手，"
    rest = "实行领导包联和专班推进，全年新开工重点项目九十个以上，完成投资一百三十亿元以上。"
    lines = [body[i:i + 30] for i in range(0, len(body), 30)] + [title[:27], title[27:] + rest[:30 - len(title[27:])]]
    tail = rest[30 - len(title[27:]):]
    lines += [tail[i:i + 30] for i in range(0, len(tail), 30)]
    path = build(tmp_path / "wrapped.docx", [P("各位代表："), P("一、2023年工作回顾")] + [P(line) for line in lines])
    text = read_word(path).text
    assert text.splitlines()[2:] == [body, title + rest]
