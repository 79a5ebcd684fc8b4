import pytest
from hypothesis import given
from hypothesis import strategies as st

from speechmine.analysis.targets import MODIFIERS, Target, parse_target


@pytest.mark.parametrize("text, value, unit, modifier", [
    ("增长6%左右", 6, "%", "about"),
    ("增长7.5%左右", 7.5, "%", "about"),
    ("约15%", 15, "%", "about"),
    ("近600万人次", 6_000_000, "人次", "about"),
    ("不少于15家", 15, "家", "at_least"),
    ("达到95%以上", 95, "%", "at_least"),
    ("稳定在38万亩以上", 380_000, "亩", "at_least"),
    ("不低于符合条件人数的15%", 15, "%", "at_least"),
    ("突破600万人次", 6_000_000, "人次", "at_least"),
    ("15亿元以上", 1_500_000_000, "元", "at_least"),
    ("600余万元", 6_000_000, "元", "at_least"),
    ("三百余万人", 3_000_000, "人", "at_least"),
    ("控制在3%以内", 3, "%", "at_most"),
    ("不超过5次", 5, "次", "at_most"),
    ("不高于2%", 2, "%", "at_most"),
    ("1.2万人", 12_000, "人", "exact"),
    ("一千二百万人", 12_000_000, "人", "exact"),
    ("2.5万亩", 25_000, "亩", "exact"),
    ("10万千瓦", 100_000, "千瓦", "exact"),
    ("新增就业1,200人", 1200, "人", "exact"),
    ("提高2个百分点", 2, "个百分点", "exact"),
    ("建成示范村三个", 3, "个", "exact"),
    ("保持100%", 100, "%", "exact"),
])
def test_forms(text, value, unit, modifier):
    target = parse_target(text)
    assert (target.value, target.unit, target.modifier, target.value_max) == (value, unit, modifier, None)
    assert type(target.value) is type(value)


@pytest.mark.parametrize("text, value, value_max, unit", [
    ("5%和6.5%左右", 5, 6.5, "%"),
    ("3至5个", 3, 5, "个"),
    ("3-5个", 3, 5, "个"),
    ("1万至1.5万人", 10_000, 15_000, "人"),
])
def test_ranges(text, value, value_max, unit):
    assert parse_target(text) == Target(value, unit, "range", value_max)


def test_two_targets_with_different_units_are_not_a_range():
    assert parse_target("新建3个、改造5家") == Target(3, "个", "exact")


@pytest.mark.parametrize("text, unit, modifier", [
    ("不少于**次", "次", "at_least"),
    ("**%", "%", "exact"),
    ("达到**%以上", "%", "at_least"),
    ("不少于＊＊场", "场", "at_least"),
    ("**万元", "元", "exact"),
])
def test_redacted_value_is_unknown_not_zero(text, unit, modifier):
    target = parse_target(text)
    assert target.value is None and target.value != 0
    assert (target.unit, target.modifier) == (unit, modifier)


def test_full_width_digits_and_percent():
    assert parse_target("不少于６期") == Target(6, "期", "at_least")
    assert parse_target("达到９８％") == Target(98, "%", "exact")


def test_skips_grades_and_years_before_the_quantity():
    assert parse_target("创建国家4A级旅游景区1家") == Target(1, "家", "exact")
    assert parse_target("2025年新增8家") == Target(8, "家", "exact")


def test_digits_win_over_chinese_numerals():
    assert parse_target("实施三年行动，新增12家") == Target(12, "家", "exact")


@pytest.mark.parametrize("text", ["", None, "完成上级下达的目标任务", "全覆盖"])
def test_no_quantity(text):
    assert parse_target(text) == Target(None, None, None)


def test_unknown_unit_is_none():
    assert parse_target("增长8") == Target(8, None, "exact")


def test_to_dict():
    assert parse_target("3至5个").to_dict() == {"value": 3, "unit": "个", "modifier": "range", "value_max": 5}


@given(st.text(alphabet=st.sampled_from(list("0123456789.,*％%一二两三十百千万亿零个家人元亩次以上左右内至和、不少于超过控制在约近余多")),
               max_size=16))
def test_parse_target_never_raises(text):
    target = parse_target(text)
    assert target.modifier is None or target.modifier in MODIFIERS
    assert target.modifier is not None or target.value is None


@pytest.mark.parametrize("text, value", [
    ("十五", 15), ("二十三", 23), ("一百零五", 105), ("两千", 2000), ("一万二千", 12000),
    ("一千二百万", 12_000_000), ("三亿五千万", 350_000_000), ("二三", None), ("百", None), ("", None),
])
def test_chinese_numerals(text, value):
    from speechmine.analysis.targets import cn_to_number

    assert cn_to_number(text) == value


def test_a_target_unit_from_the_users_lexicon_is_the_items_unit(tmp_path):
    """`[target_units] 盏` in a --lexicon file: the target is found and its unit is 盏 (the
    shipped list has no 盏, so this fails when the unit is read from the shipped lexicon alone)."""
    import speechmine
    from speechmine.lexicon import load

    assert "盏" not in load().words("target_units")
    extra = tmp_path / "units.txt"
    extra.write_text("[target_units]\n盏\n", encoding="utf-8")
    text = "二、重点工作\n各区县要在年底前新建路灯不少于500盏。\n"
    item = next(it for it in speechmine.extract(text, lexicons=[extra]).items if it.kind == "task")
    assert item.target is not None and "500盏" in item.target
    assert (item.extra["target_value"], item.extra["target_unit"], item.extra["target_modifier"]) == \
        (500, "盏", "at_least")
    plain = next(it for it in speechmine.extract(text).items if it.kind == "task")
    assert plain.extra.get("target_unit") != "盏"
