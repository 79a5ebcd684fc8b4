"""Issue 16, defects 4 and 5: inputs built to find quadratic steps or crashes give the same items
as the straightforward algorithms did. Their speed is measured by bench/bench.py (scaling rows),
not here: these tests pin what the linear rewrites must keep."""
import random
import re

import speechmine
from speechmine.analysis import quantities
from speechmine.lexicon import load
from speechmine.analysis.labels import cn_to_int, match_label

LEX = load()


def test_malformed_chinese_numbers_are_no_labels_and_no_crash():
    for text in ["（十十）各单位要加强管理。", "二二、各单位要加强管理。", "第二二，各单位要加强管理。",
                 "一一要加强管理。"]:
        result = speechmine.extract(text)
        assert [item.text for item in result.items if item.kind == "task"] == [text], text
    assert match_label("（十十）加强", 0) is None
    for bad in ("十十", "二二", "一十十", "十一十"):
        try:
            cn_to_int(bad)
        except ValueError:
            continue
        raise AssertionError(bad)
    assert [cn_to_int(n) for n in ("一", "十", "十二", "二十", "九十九")] == [1, 10, 12, 20, 99]


def test_repeated_sentences_number_their_ids_in_order():
    result = speechmine.extract("各单位要加强管理。\n" * 300)
    ids = [item.id for item in result.items]
    assert ids[0].startswith("t") and len(set(ids)) == 300
    assert ids[1:] == [f"{ids[0]}-{n}" for n in range(2, 301)]


def test_attributive_modal_still_describes_in_a_long_clause():
    # 是……的 around a modal: a description; the same modal without 是 directs
    described = "这项工作" + "是必须啃下的硬骨头" * 200 + "。"
    directed = "这项工作" + "必须啃下的硬骨头" * 200 + "。"
    assert not [i for i in speechmine.extract(described).items if i.kind == "task"]
    assert [i for i in speechmine.extract(directed).items if i.kind == "task"]


def test_the_linear_quantity_pattern_finds_what_the_plain_one_found():
    units = LEX.words("target_units")
    alternatives = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    plain = re.compile(rf"(?<![第\d.])({quantities.NUMBER})(?:(?:至|到|-|~|—)({quantities.NUMBER}))?"
                       rf"({alternatives})")
    linear = quantities._quantity_pattern(tuple(units))
    alphabet = list("一二三四五六七八九十百千万两第.12*至-个亿元人亩米点次，的要") + ["百分点", "千米"]
    rng = random.Random(16)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        # (groups 1-2 of the linear pattern read a percentage written out, 百分之……: no words of it here)
        assert [(m.span(), m.groups()[2:]) for m in linear.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_attribution_lines_reach_their_own_unit_only():
    units = ["县水利局" if k % 2 else "县交通局" for k in range(9)]
    text = "".join(f"（{n}）要加强第{n}项管理。（责任单位：{unit}）\n"
                   for n, unit in zip("一二三四五六七八九", units))
    parties = [item.party for item in speechmine.extract(text).items if item.kind == "task"]
    assert parties == units


def test_many_semicolon_parts_each_become_an_item():
    text = "；".join(f"县{n}局要加强管理" for n in "一二三四五六七八九") + "。"
    tasks = [item for item in speechmine.extract(text).items if item.kind == "task"]
    assert len(tasks) == 9
