"""Checklist rows built from a hand-made result (no extractor involved).

`sample_result()` is shared by the other export and graph tests.
"""
from __future__ import annotations

import pytest

from speechmine.export.checklist import (COLUMNS, UNASSIGNED, action_phrase, display_numbers, rows,
                                  sections)
from speechmine.errors import SpeechmineError
from speechmine.model import Item, Result, Span

SPEECH = """关于做好交通运输重点工作的讲话

同志们：
今天召开会议，部署今年重点工作。大家要认真抓好会议精神的贯彻落实。
一、统一思想，明确目标
（一）提高站位。各区县交通运输局要加快推进农村公路提质改造，年底前完成改造里程不少于120公里。要严格落实《农村公路养护管理办法》。
（二）压实责任。
1.市交通运输局、市财政局要会同有关部门建立资金保障机制，6月30日前出台实施细则。
2.严禁挤占挪用专项资金。
二、加强保障
我们将每季度开展一次督导检查。要把安全生产放在首位，对照《安全生产责任清单》逐项落实。（牵头单位：市应急管理局；责任单位：各区县政府）
"""


def _span(text: str, within: Item | None = None) -> Span:
    start = SPEECH.find(text, within.start if within else 0)
    assert start >= 0, text
    return Span(text, start, start + len(text))


def _item(item_id: str, kind: str, text: str, path: list[str], **fields) -> Item:
    start = SPEECH.find(text)
    assert start >= 0, text
    return Item(id=item_id, kind=kind, text=text, start=start, end=start + len(text), path=path,
                **fields)


def sample_result() -> Result:
    """A small speech: two parts, groups, explicit, inherited, attributed and suggested parties."""
    t0 = _item("t0", "task", "大家要认真抓好会议精神的贯彻落实。", [], zone="preamble",
               borderline=True)
    h1 = _item("h1", "heading", "一、统一思想，明确目标", ["一"], label="一")
    h2 = _item("h2", "heading", "（一）提高站位。", ["一", "（一）"], label="（一）", parent="h1")
    t1 = _item("t1", "task", "各区县交通运输局要加快推进农村公路提质改造，年底前完成改造里程不少于120公里。",
               ["一", "（一）"], parent="h2", party="各区县交通运输局", party_source="explicit",
               deadline="年底前", target="不少于120公里")
    t1.party_span = _span("各区县交通运输局", t1)
    t1.deadline_span = _span("年底前", t1)
    t1.target_span = _span("不少于120公里", t1)
    t2 = _item("t2", "task", "要严格落实《农村公路养护管理办法》。", ["一", "（一）"], parent="h2",
               extra={"suggested_party": "市交通运输局", "suggested_deadline": "长期"})
    h3 = _item("h3", "heading", "（二）压实责任。", ["一", "（二）"], label="（二）", parent="h1")
    t3 = _item("t3", "task", "1.市交通运输局、市财政局要会同有关部门建立资金保障机制，6月30日前出台实施细则。",
               ["一", "（二）"], label="1", parent="h3", party="市交通运输局",
               party_source="explicit", co_parties=["市财政局"], deadline="6月30日前",
               extra={"due": "2025-06-30"})
    t3.party_span = _span("市交通运输局", t3)
    t4 = _item("t4", "prohibition", "2.严禁挤占挪用专项资金。", ["一", "（二）"], label="2",
               parent="h3", party="市交通运输局", party_source="inherited", party_span=t3.party_span)
    h4 = _item("h4", "heading", "二、加强保障", ["二"], label="二")
    t5 = _item("t5", "commitment", "我们将每季度开展一次督导检查。", ["二"], parent="h4",
               deadline="每季度")
    t6 = _item("t6", "task", "要把安全生产放在首位，对照《安全生产责任清单》逐项落实。（牵头单位：市应急管理局；责任单位：各区县政府）",
               ["二"], parent="h4", party="市应急管理局", party_source="attribution",
               co_parties=["各区县政府"])
    t6.party_span = _span("市应急管理局", t6)
    items = [t0, h1, h2, t1, t2, h3, t3, t4, h4, t5, t6]
    for it in items:
        assert SPEECH[it.start:it.end] == it.text
    return Result(source="交通工作讲话.txt", text=SPEECH, items=items)


def by_id(result_rows):
    return {row.item.id: row for row in result_rows}


def test_one_row_per_non_heading_item_in_reading_order():
    result = sample_result()
    got = rows(result)
    assert [row.item.id for row in got] == ["t0", "t1", "t2", "t3", "t4", "t5", "t6"]
    assert [row.seq for row in got] == list(range(1, 8))
    assert all(len(row.cells()) == len(COLUMNS) for row in got)


def test_display_numbers_follow_the_speech_structure():
    numbers = display_numbers(sample_result())
    assert numbers["h1"] == "一"
    assert numbers["h2"] == "一.（一）"
    assert numbers["t1"] == "一.（一）-1"
    assert numbers["t2"] == "一.（一）-2"
    assert numbers["t3"] == "一.（二）.1"
    assert numbers["t4"] == "一.（二）.2"
    assert numbers["t0"] == "正文-1"
    assert len(set(numbers.values())) == len(numbers)


def test_a_lone_task_under_a_heading_does_not_take_the_heading_number():
    result = sample_result()
    result.items = [it for it in result.items if it.id != "t5"]
    numbers = display_numbers(result)
    assert numbers["h4"] == "二" and numbers["t6"] == "二-1"


def test_columns_carry_party_deadline_target_and_source_offsets():
    result = sample_result()
    rec = {row.item.id: row.record() for row in rows(result)}
    assert rec["t1"]["牵头单位"] == "各区县交通运输局"
    assert rec["t1"]["完成时限"] == "年底前"
    assert rec["t1"]["具体要求/量化目标"] == "不少于120公里"
    assert rec["t1"]["工作任务"] == result.item("t1").text
    assert rec["t1"]["任务ID"] == "t1"
    assert rec["t3"]["配合单位"] == "市财政局"
    assert rec["t3"]["责任单位"] == "市交通运输局、市财政局"
    assert rec["t3"]["截止日期"] == "2025-06-30"
    assert rec["t1"]["状态"] == "未启动" and rec["t1"]["是否销号"] == "否"
    t1 = result.item("t1")
    assert rec["t1"]["原文出处"] == f"第{t1.start + 1}–{t1.end}字"


def test_suggested_values_are_marked_and_notes_explain_the_row():
    rec = {row.item.id: row.record() for row in rows(sample_result())}
    assert rec["t2"]["牵头单位"] == "（建议）市交通运输局"
    assert rec["t2"]["完成时限"] == "（建议）长期"
    assert rec["t2"]["责任单位"] == ""
    assert "禁止性要求" in rec["t4"]["备注"] and "承自上级" in rec["t4"]["备注"]
    assert "承诺" in rec["t5"]["备注"]
    assert "待确认" in rec["t0"]["备注"]


@pytest.mark.parametrize("item_id, phrase", [
    ("t1", "加快推进农村公路提质改造，年底前完成改造里程不少于120公里"),
    ("t2", "严格落实《农村公路养护管理办法》"),
    ("t3", "会同有关部门建立资金保障机制，6月30日前出台实施细则"),
    ("t4", "严禁挤占挪用专项资金"),
    ("t5", "每季度开展一次督导检查"),
    ("t6", "把安全生产放在首位，对照《安全生产责任清单》逐项落实"),
    ("t0", "认真抓好会议精神的贯彻落实"),
])
def test_action_phrase_drops_label_party_modal_and_attribution(item_id, phrase):
    assert action_phrase(sample_result().item(item_id)) == phrase


def test_action_phrase_keeps_yaoqiu_and_object_jiang():
    item = Item(id="x", kind="task", text="各单位将问题整改到位。", start=0, end=11, path=[],
                party="各单位")
    assert action_phrase(item) == "将问题整改到位"
    item = Item(id="y", kind="task", text="要求各地加强巡查。", start=0, end=9, path=[])
    assert action_phrase(item) == "要求各地加强巡查"


def test_by_party_groups_rows_per_lead_unit_with_unassigned_last():
    groups = sections(sample_result(), by="party")
    titles = [g.title for g in groups]
    assert titles == ["各区县交通运输局", "市交通运输局", "市应急管理局", UNASSIGNED]
    assert [r.item.id for r in groups[1].rows] == ["t3", "t4"]
    assert [r.item.id for r in groups[-1].rows] == ["t0", "t2", "t5"]
    assert all([r.seq for r in g.rows] == list(range(1, len(g.rows) + 1)) for g in groups)


def test_by_part_sections_are_titled_by_top_level_headings():
    groups = sections(sample_result(), by="part")
    assert [g.title for g in groups] == ["（未编号部分）", "一、统一思想，明确目标", "二、加强保障"]
    assert [r.seq for g in groups for r in g.rows] == list(range(1, 8))


def test_unknown_view_is_a_clear_error():
    with pytest.raises(SpeechmineError, match="unknown view"):
        rows(sample_result(), by="leader")
