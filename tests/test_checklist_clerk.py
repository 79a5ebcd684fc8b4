"""A checklist a clerk can hand out as it is: one test per class of defect, on texts written for
these tests (a health commission's 工作要点, a bureau's internal speech, a work-safety speech)."""
from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from click.testing import CliRunner

from speechmine import extract
from speechmine.export.checklist import (ASSIGNED, CLOSING, SUGGESTED, default_title, rows,
                                  sections, short_action, target_cell)
from speechmine.cli import main
from speechmine.export import render_markdown, write
from speechmine.reading import read
from speechmine.analysis.suggest import is_internal, parse_units, speaker_line

from docx_fixtures import P, build

PLAN = """宁川市卫生健康委员会2024年工作要点

一、总体要求
坚持以人民健康为中心，推动全市卫生健康事业高质量发展。
二、重点任务
（一）提升公共卫生服务能力
1.完善卫生应急体系，2024年10月底前完成市级突发公共卫生事件应急预案修订。
2.加强疾病预防控制。
各区县卫生健康局要在6月底前完成疾控机构标准化建设。
年内全市儿童免疫规划疫苗接种率达到95%以上，孕产妇系统管理率达到90%，高血压患者规范管理率达到65%。
（二）加强安全生产
重点企业要在9月底前完成隐患自查，规上工业企业要组织从业人员参加安全培训不少于16学时。
我们要时刻绷紧安全这根弦。
大家要以钉钉子精神抓好落实。
三、保障措施
（一）加强组织领导
每季度调度一次工作进展，年底前形成年度总结报告。（牵头单位：市卫生健康委员会办公室；责任单位：规划财务科、各区县卫生健康局）
以上任务请各单位认真抓好落实。
"""


@pytest.fixture(scope="module")
def plan():
    return extract(PLAN)


def _row(result, fragment):
    return next(r for r in rows(result) if fragment in r.item.text)


# ---------------------------------------------------------------- 1 document date

def test_text_year_wins_over_an_old_template_date(tmp_path):
    path = build(tmp_path / "old.docx", [P(line) for line in PLAN.splitlines() if line],
                 created=datetime(2013, 12, 23, 23, 15))
    result = extract(path)
    assert result.doc_date == "2024-01-01"
    assert _row(result, "年内全市").due == date(2024, 12, 31)


def test_file_date_of_the_title_year_is_kept_and_a_far_one_ignored(tmp_path):
    lines = [P(line) for line in PLAN.splitlines() if line]
    assert read(build(tmp_path / "a.docx", lines, created=datetime(2024, 3, 1, 2))).doc_date == "2024-03-01"
    speech = [P("在全县安全生产工作会议上的讲话"), P("2023年全县安全形势总体平稳。"), P("各乡镇要加强巡查。")]
    assert read(build(tmp_path / "b.docx", speech, created=datetime(2013, 12, 24))).doc_date is None
    assert read(build(tmp_path / "c.docx", speech, created=datetime(2024, 1, 9))).doc_date == "2024-01-09"


def test_no_date_found_is_said_once_with_the_date_hint(tmp_path):
    source = tmp_path / "speech.txt"
    source.write_text("各乡镇要加强巡查。\n各部门要在6月底前完成整改。\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["checklist", str(source), "-o", str(tmp_path / "t.xlsx")])
    assert run.exit_code == 0
    assert run.stderr.count("--date") == 1 and "no document date" in run.stderr


# ---------------------------------------------------------------- 2 numbered items that are tasks

def test_a_heading_that_asks_for_action_is_a_row(plan):
    texts = [r.item.text for r in rows(plan)]
    assert any(t.startswith("1.完善卫生应急体系") for t in texts)
    assert _row(plan, "完善卫生应急体系").deadline.startswith("2024年10月底前")
    assert not any(t.startswith("2.加强疾病预防控制") for t in texts)   # it only groups


# ---------------------------------------------------------------- 3 lead units

def test_lead_unit_is_never_a_pronoun_or_a_cut_short_sector(plan):
    assert _row(plan, "我们要时刻").lead_unit == ""
    assert _row(plan, "大家要以").lead_unit == ""
    assert _row(plan, "我们要时刻").item.party == "我们"            # the JSON keeps it as written
    leads = {r.lead_unit for r in rows(plan)}
    assert not leads & {"我们", "大家", "企业", "各企业主要负责人"}
    by_party = [s.title for s in sections(plan, by="party")]
    assert "我们" not in by_party and "大家" not in by_party


def test_a_bare_sector_word_shows_with_its_modifiers():
    result = extract("二、重点任务\n重点企业要在9月底前完成隐患自查。\n企业要落实主体责任。\n")
    first, second = rows(result)
    assert first.item.party == "企业"                                   # as extraction cut it
    assert first.lead_unit == "重点企业" and second.lead_unit == ""


def test_a_sentence_with_its_own_subject_does_not_show_an_inherited_unit():
    result = extract("二、重点任务\n（一）强化企业主体责任\n各企业主要负责人要履行安全生产第一责任人职责。\n"
                     "规上工业企业要组织从业人员参加安全培训不少于16学时。\n各专业救援队伍要加强实战演练。\n"
                     "安全稳定工作要常抓不懈。\n")
    leads = [r.lead_unit for r in rows(result)]
    assert leads == ["各企业主要负责人", "规上工业企业", "各专业救援队伍", "各企业主要负责人"]


# ---------------------------------------------------------------- 5 suggestions

INTERNAL = """在局机关全面从严治党工作会议上的讲话
局党组书记、局长  王明
同志们：
一、加强政治建设
全局党员干部要加强政治文化建设。
二、加强纪律建设
要深化廉政教育，筑牢思想防线。
三、加强基层党建
要提升党支部组织力。
局属各单位要落实“三会一课”制度。
"""


def test_an_internal_speech_gets_no_city_bureau_suggestions():
    assert is_internal(INTERNAL)
    result = extract(INTERNAL)
    assert not [r.lead_unit for r in rows(result) if r.lead_unit.startswith(SUGGESTED)]


def test_own_unit_list_gives_the_only_suggestions(tmp_path):
    units = tmp_path / "units.txt"
    units.write_text("# our offices\n局机关党委 机关党委 : 党支部 三会一课 组织力\n"
                     "局纪检组 纪检组 : 廉政 纪律\n", encoding="utf-8")
    assert parse_units(["局人事科 人事 科 : 职称"])[0].keywords == ("职称", "人事")
    result = extract(INTERNAL, units=str(units))
    suggested = {r.item.text[:6]: r.lead_unit for r in rows(result) if r.lead_unit.startswith(SUGGESTED)}
    assert suggested == {"要深化廉政教": f"{SUGGESTED}局纪检组", "要提升党支部": f"{SUGGESTED}局机关党委"}
    run = CliRunner().invoke(main, ["checklist", "-", "--units", str(units)], input=INTERNAL)
    assert run.exit_code == 0 and f"{SUGGESTED}局纪检组" in run.stdout


def test_a_suggestion_names_only_a_unit_the_document_assigns_work_to():
    alone = extract("县政府2025年工作安排\n二、重点任务\n新建高标准农田2万亩。\n")
    assert alone.items[0].extra.get("suggested_party") is None
    named = extract("县政府2025年工作安排\n二、重点任务\n新建高标准农田2万亩。\n县农业农村局要做好春耕备耕。\n")
    assert named.items[0].extra["suggested_party"] == "县农业农村局"


def test_the_speakers_own_bureau_is_not_suggested():
    text = ("在全市教育工作会议上的讲话\n市教育局局长  李华\n同志们：\n二、重点任务\n"
            "扩大学位供给，新建中小学校5所。\n市教育局要牵头做好招生工作。\n")
    assert speaker_line(text) == "市教育局局长  李华"
    result = extract(text)
    assert result.items[0].extra.get("suggested_party") is None


def test_a_missing_unit_list_is_one_clear_error(tmp_path):
    run = CliRunner().invoke(main, ["checklist", "-", "--units", str(tmp_path / "none.txt")], input=INTERNAL)
    assert run.exit_code == 1 and "unit list not found" in run.stderr and "Traceback" not in run.output


# ---------------------------------------------------------------- 6 columns that say something

def test_action_phrase_is_short_and_never_the_whole_task(plan):
    for row in rows(plan):
        assert len(row.action) <= 30
        assert row.action != row.item.text.strip().rstrip("。")
    assert _row(plan, "各区县卫生健康局要在6月底前").action == "完成疾控机构标准化建设"
    assert short_action(_row(plan, "我们要时刻").item) == "时刻绷紧安全这根弦"


def test_responsible_only_where_more_units_are_named(plan):
    assert _row(plan, "各区县卫生健康局要").responsible == ""
    office = _row(plan, "每季度调度")
    assert office.lead_unit == "市卫生健康委员会办公室"
    assert office.cooperating == "规划财务科、各区县卫生健康局"
    assert office.responsible == "市卫生健康委员会办公室、规划财务科、各区县卫生健康局"


def test_targets_as_metric_and_value_all_of_them(plan):
    assert target_cell(_row(plan, "规上工业企业").item) == "不少于16学时"
    cell = _row(plan, "年内全市儿童").target
    assert cell.split("；") == ["接种率达到95%以上", "管理率达到90%", "管理率达到65%"] or \
        all(v in cell for v in ("95%", "90%", "65%"))
    assert "年内" not in cell and "全市" not in cell.split("；")[0][:2]


def test_targets_without_a_comparison_keep_every_quantity():
    result = extract("二、重点任务\n年内在城区主干道两侧新建口袋公园12个、改造老旧小区30个。\n"
                     "完成城区127所学校食堂明厨亮灶改造。\n")
    assert [r.target for r in rows(result)] == ["新建口袋公园12个、改造老旧小区30个",
                                                 "完成城区127所学校食堂明厨亮灶改造"]


# ---------------------------------------------------------------- 7 交办日期 from the start

def test_a_fresh_checklist_has_its_assignment_date(plan, tmp_path):
    path = tmp_path / "t.xlsx"
    write(plan, path)
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[2]]
    assert header[-1] == ASSIGNED
    assigned = {ws.cell(row=r, column=len(header)).value for r in range(3, ws.max_row + 1)}
    assert assigned == {datetime(2024, 1, 1)}
    rules = [rule.formula[0] for rng in ws.conditional_formatting for rule in rng.rules]
    assert any("TODAY()-$R3" in f for f in rules)                      # 黄 counts from 交办日期
    text = io.StringIO()
    write(plan, tmp_path / "t.csv")
    table = list(csv.reader(io.StringIO((tmp_path / "t.csv").read_text(encoding="utf-8-sig"))))
    assert table[0][-1] == ASSIGNED and table[1][-1] == "2024-01-01"
    assert not text.getvalue()


# ---------------------------------------------------------------- 8 layout

def test_sections_have_titles_and_closing_items_come_last(plan):
    titles = [s.title for s in sections(plan)]
    assert titles[0] == "一、总体要求" and "三、保障措施" in titles
    assert titles[-1] == CLOSING and sections(plan)[-1].rows[0].item.text.startswith("以上任务")


def test_markdown_has_a_heading_for_every_part(plan):
    headings = [line for line in render_markdown(plan).splitlines() if line.startswith("## ")]
    assert headings == ["## 一、总体要求", "## 二、重点任务", "## 三、保障措施"]


def test_a_slogan_line_is_not_the_title():
    result = extract("踔厉奋发 笃行不怠\n宁川市应急管理局2024年工作要点\n二、重点任务\n各乡镇要加强巡查。\n")
    assert default_title(result) == "宁川市应急管理局2024年工作要点任务分解表"


def test_page_numbers_in_word_and_printed_excel(plan, tmp_path):
    write(plan, tmp_path / "t.docx")
    with zipfile.ZipFile(tmp_path / "t.docx") as z:
        footer = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
    assert " PAGE " in footer and " NUMPAGES " in footer and "第 " in footer and " 页 共 " in footer
    write(plan, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"


# ---------------------------------------------------------------- 9 rough edges

def _invoke(*args: str, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


def test_extract_refuses_a_suffix_it_cannot_write(tmp_path):
    source = tmp_path / "s.txt"
    source.write_text(PLAN, encoding="utf-8")
    run = _invoke("extract", source, "-o", tmp_path / "out.xlsx")
    assert run.exit_code == 1 and "speechmine checklist" in run.stderr
    assert not (tmp_path / "out.xlsx").exists()


def test_missing_output_folder_is_one_clear_line(tmp_path):
    source = tmp_path / "s.txt"
    source.write_text(PLAN, encoding="utf-8")
    run = _invoke("checklist", source, "-o", tmp_path / "missing" / "t.xlsx")
    assert run.exit_code == 1
    assert run.stderr.strip() == f"Error: {tmp_path / 'missing' / 't.xlsx'}: the folder {tmp_path / 'missing'} does not exist"
    assert ".tmp" not in run.stderr


def test_status_of_a_speech_says_what_status_reads(tmp_path):
    source = tmp_path / "speech.txt"
    source.write_text(PLAN, encoding="utf-8")
    run = _invoke("status", source)
    assert run.exit_code == 1 and "checklist ledger" in run.stderr and "unknown output format" not in run.stderr


@pytest.mark.parametrize("data, kind", [(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG")])  # PDFs: test_pdf.py
def test_pdf_and_images_are_not_read_as_text(tmp_path, data, kind):
    source = tmp_path / "x.txt"
    source.write_bytes(data)
    run = _invoke("extract", source)
    assert run.exit_code == 1 and kind in run.stderr and "not text" in run.stderr


def test_batch_says_what_it_skips(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("各乡镇要加强巡查。\n", encoding="utf-8")
    (folder / "b.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    run = _invoke("batch", folder, "-o", tmp_path / "out.jsonl", "--jobs", "1")
    assert run.exit_code == 0 and "skipping 1 file" in run.stderr and "b.xls" in run.stderr


def test_first_checklist_run_says_what_it_wrote(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text(PLAN, encoding="utf-8")
    out = tmp_path / "t.xlsx"
    run = _invoke("checklist", source, "-o", out, "--today", "2024-07-15")
    count = len(rows(extract(PLAN)))
    assert run.exit_code == 0
    assert run.stdout.strip() == f"wrote {out}: {count} tasks, 1 overdue on 2024-07-15"
