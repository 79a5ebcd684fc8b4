import datetime as dt

import pytest

from speechmine.analysis.dates import DocDate
from speechmine.errors import SpeechmineError
from speechmine.analysis.suggest import (Department, is_standing, level_of, load_departments, parse_departments,
                                suggest_deadline, suggest_party, with_level)


@pytest.mark.parametrize("sentence, level, unit", [
    ("年内新增省级数字化车间3个，培育专精特新企业5家。", "县", "县工信局"),
    ("落实就业优先政策，新增城镇就业3000人。", "县", "县人社局"),
    ("新建学校2所，增加学位1800个。", "市", "市教育局"),
    ("建设高标准农田3万亩，确保粮食产量稳定。", "县", "县农业农村局"),
    ("加快农村公路提质改造，新改建公路80公里。", "区", "区交通运输局"),
    ("新建社区养老服务站6个，做好困难群众救助。", "县", "县民政局"),
    ("推进乡镇卫生院标准化建设。", "县", "县卫健局"),
    ("提高医保基金使用效率，参保率稳定在95%以上。", "县", "县医保局"),
    ("扩大有效投资，推进重点项目40个。", "县", "县发改局"),
    ("深入开展招商引资，促进消费回升。", "县", "县商务局"),
    ("加强预算管理，用好专项债券。", "县", "县财政局"),
    ("改造老旧小区燃气管网20公里。", "县", "县住建局"),
    ("持续改善空气质量，确保水质达标。", "县", "县生态环境局"),
    ("提升景区服务，打响文旅品牌。", "县", "县文化和旅游局"),
    ("开展矿山修复，严守耕地红线。", "县", "县自然资源局"),
    ("优化营商环境，支持民营经济发展。", "县", "县发改局"),
    ("加强农村人居环境整治。", "县", "县农业农村局"),
    ("推进农村供水保障工程。", "县", "县水利局"),
])
def test_suggest_party_by_topic(sentence, level, unit):
    assert suggest_party(sentence, level) == unit


def test_no_topic_word_no_suggestion():
    assert suggest_party("以实干论英雄，凭实绩比高低。") is None
    assert suggest_party("") is None


def test_longer_keywords_weigh_more_and_ties_go_to_the_first_line():
    departments = parse_departments([
        "# comment", "", "养老 = 民政局", "养老保险 = 人社局", "学校 = 教育局", "校园 学校 = 体育局"])
    assert suggest_party("扩大养老保险覆盖面", "县", departments) == "县人社局"
    assert suggest_party("加强学校管理", "县", departments) == "县教育局"  # tie: first line
    assert suggest_party("学校校园安全", "县", departments) == "县体育局"  # 4 > 2


def test_level_prefix_is_added_unless_the_name_has_one():
    assert with_level("发改局", "市") == "市发改局"
    assert with_level("市场监管局", "县") == "县市场监管局"
    assert with_level("市生态环境局某县分局", "县") == "市生态环境局某县分局"
    assert with_level("县城投集团", "县") == "县城投集团"
    assert with_level("发改局", "") == "发改局"
    departments = parse_departments(["空气 = 市生态环境局某县分局"])
    assert suggest_party("改善空气质量", "县", departments) == "市生态环境局某县分局"


def test_level_of():
    assert level_of("全县上下要……县委、县政府高度重视……我县") == "县"
    assert level_of("全市民政系统……市委市政府……县级民政部门") == "市"
    assert level_of("全区各街道要……区委部署") == "区"
    assert level_of("城市更新、市场监管") == ""  # 城市, 市场 are not cues
    assert level_of("全县 全市") == "县"  # a tie goes 县, 市, 区


def test_load_departments_from_a_user_file(tmp_path):
    path = tmp_path / "units.txt"
    path.write_text("# my units\n道路 桥梁 = 县城投集团\n", encoding="utf-8")
    departments = load_departments(str(path))
    assert departments == (Department("县城投集团", ("道路", "桥梁")),)
    assert suggest_party("修建道路桥梁", "县", departments) == "县城投集团"


def test_bad_department_lines_and_missing_file_raise_one_line_errors(tmp_path):
    with pytest.raises(SpeechmineError, match="keyword"):
        parse_departments(["只有关键词没有单位"])
    with pytest.raises(SpeechmineError, match="keyword"):
        parse_departments(["= 发改局"])
    with pytest.raises(SpeechmineError, match="cannot read"):
        load_departments(str(tmp_path / "missing.txt"))


def test_shipped_department_list():
    departments = load_departments()
    assert len(departments) >= 25
    names = [d.name for d in departments]
    assert len(names) == len(set(names))
    for name in ("发改局", "教育局", "人社局", "住建局", "农业农村局", "民政局", "卫健局", "工信局",
                 "商务局", "交通运输局", "财政局"):
        assert name in names


@pytest.mark.parametrize("deadline, hint, doc, expected", [
    (None, None, dt.date(2025, 2, 10), ("年底前", "2025-12-31")),
    (None, "annual", DocDate(dt.date(2024, 1, 1), "year", (0, 4)), ("年底前", "2024-12-31")),
    (None, None, "2024-12-20", ("年底前", "2024-12-31")),
    (None, "ongoing", dt.date(2025, 2, 10), ("长期坚持", None)),
    (None, "ongoing", None, ("长期坚持", None)),
    (None, None, None, (None, None)),
    ("6月底前", None, dt.date(2025, 2, 10), (None, None)),
    ("每季度", "ongoing", dt.date(2025, 2, 10), (None, None)),
])
def test_suggest_deadline(deadline, hint, doc, expected):
    assert suggest_deadline(deadline, hint, doc) == expected


@pytest.mark.parametrize("sentence, standing", [
    ("持续深化作风建设。", True),
    ("常态化开展安全检查。", True),
    ("建立长效管护机制。", True),
    ("坚持依法决策。", True),
    ("年内建成污水处理厂。", False),
])
def test_is_standing(sentence, standing):
    assert is_standing(sentence) is standing


def test_one_character_keywords_count_too():
    from speechmine.analysis.suggest import Department, suggest_party

    departments = (Department("卫健局", ("医",)), Department("教育局", ("学校",)))
    assert suggest_party("推进乡镇卫生院医疗设备更新", "县", departments) == "县卫健局"
