"""Whatever the text, extraction does not fail and every item points at its own source text."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from speechmine import extract

PIECES = ["一、", "（二）", "3.", "二是", "一要", "第一，", "首先，", "另一方面，", "要", "必须", "严禁",
          "各区县", "教育局", "将", "年底前", "每季度", "不少于", "**", "15", "个", "%", "以上", "。", "；",
          "，", "“", "”", "（", "）", "牵头单位：", "市民政局", "指出，", "同志们，", "\n", "\r\n", " ",
          "加强管理", "确保", "局党组", "了", "取得", "目标是：", "增长6%左右", "繁體區縣", "(", ")", ":"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=60))
def test_items_always_point_at_their_text(pieces):
    text = "".join(pieces)
    result = extract(text) if text.strip() and text != "-" else None  # "-" is standard input
    if result is None:
        return
    ids = set()
    for item in result.items:
        assert result.text[item.start:item.end] == item.text
        assert item.id not in ids
        ids.add(item.id)
        for span in (item.party_span, item.deadline_span, item.target_span, *item.co_party_spans):
            if span is not None:
                assert result.text[span.start:span.end] == span.text


def test_same_input_same_output():
    text = "二、重点任务\n一是要加强领导。各区县要在年底前完成。\n"
    assert extract(text).to_dict() == extract(text).to_dict()
