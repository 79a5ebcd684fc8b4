from hypothesis import given
from hypothesis import strategies as st

from speechmine.lexicon import lexicon_path, read_entries
from speechmine.analysis.normalise import char_table, normalise, ClosedUp
from speechmine.model import Span


def test_traditional_to_simplified():
    assert normalise("縣委辦公室負責組織實施") == "县委办公室负责组织实施"
    assert normalise("區農業農村局牽頭，衛健局配合") == "区农业农村局牵头，卫健局配合"
    assert normalise("黨組織書記要帶頭講黨課") == "党组织书记要带头讲党课"


def test_simplified_and_plain_text_unchanged():
    text = "各级党组织要落实主体责任，确保2024年底前完成1.2万人培训。"
    assert normalise(text) == text
    assert normalise("see http://example.com/a?b=1, ok: yes (really)") == \
        "see http://example.com/a?b=1, ok: yes (really)"


def test_ascii_punctuation_in_chinese_text():
    assert normalise("牵头单位:县发改局;责任单位:县财政局") == "牵头单位：县发改局；责任单位：县财政局"
    assert normalise("(县医保局牵头,县财政局配合)") == "（县医保局牵头，县财政局配合）"
    assert normalise("确保完成!是否到位?") == "确保完成！是否到位？"


def test_numbers_and_dots_stay():
    assert normalise("新增1,200人") == "新增1,200人"
    assert normalise("会议10:30开始") == "会议10:30开始"
    assert normalise("1.做好1.2万亩") == "1.做好1.2万亩"


def test_comma_next_to_chinese_after_a_number():
    assert normalise("增长5%,新增8家") == "增长5%，新增8家"
    assert normalise("县发改局, 县财政局") == "县发改局， 县财政局"


def test_brackets_are_converted_as_pairs():
    assert normalise("(1)加强监管") == "（1）加强监管"
    assert normalise("各县(市、区)民政局") == "各县（市、区）民政局"
    assert normalise("(局办公室牵头,各县(市、区)民政局负责)") == "（局办公室牵头，各县（市、区）民政局负责）"
    assert normalise("（市医保局牵头)") == "（市医保局牵头）"
    assert normalise("f(x) = (a)") == "f(x) = (a)"


def test_full_width_digits_and_percent_become_ascii():
    assert normalise("增长６．５％") == "增长6．5%"


def test_offsets_on_the_copy_are_offsets_into_the_original():
    original = "1.健全救助體系。(牽頭單位:市民政局;責任單位:各縣民政局)\n"
    copy = normalise(original)
    start = copy.index("牵头单位：")
    assert original[start:start + 5] == "牽頭單位:"
    assert copy[copy.index("责任单位"):].startswith("责任单位：各县民政局）")


@given(st.text(alphabet=st.sampled_from(list("縣县區a1,.:;()!? （）\n二級務實") + ["２", "％"]), max_size=60))
def test_same_length_always(text):
    assert len(normalise(text)) == len(text)


@given(st.text(max_size=80))
def test_same_length_for_any_text(text):
    assert len(normalise(text)) == len(text)


def test_lexicon_file_format():
    path = lexicon_path("traditional")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    pairs = [entry.split() for entry in read_entries(lines)]
    assert len(pairs) >= 300
    assert all(len(p) == 2 and len(p[0]) == 1 and len(p[1]) == 1 and p[0] != p[1] for p in pairs)
    traditional = [p[0] for p in pairs]
    assert len(traditional) == len(set(traditional))
    assert not {p[1] for p in pairs} & set(traditional)  # no chains: one step reaches simplified
    for char in "區縣級務實產業們將領導黨組織單責負時紀檢監會議辦設發開農鄉鎮衛醫療":
        assert char in traditional
    assert char_table()[ord("區")] == "区"


def test_spaces_around_figures_are_closed_up_and_spans_come_back_as_written():
    text = "请于 9 月 30 日前报送，覆盖率达\u00a095%\u00a0以上。2025 2026 两年。5G 基站"
    view = ClosedUp(text)
    assert view.text == "请于9月30日前报送，覆盖率达95%以上。2025 2026两年。5G 基站"  # not between two figures
    start = view.text.index("9月30日前")
    assert view.back(Span("9月30日前", start, start + 6)) == Span("9 月 30 日前", 3, 12)
    assert view.there(3) == start and view.span_there(Span("9 月 30 日前", 3, 12)).text == "9月30日前"
    assert ClosedUp("没有空格的文本").back(Span("空格", 2, 4)) == Span("空格", 2, 4)


def test_deadlines_and_targets_are_found_between_spaces_and_kept_verbatim():
    from speechmine import extract
    text = ("二、工作要求\n各高校要于 2026 年 9 月 30 日前完成申报，线上办理率达 95% 以上。\n"
            "请于 10 月 16 日— 23 日 ，登录平台报送材料。\n")
    assert extract(text).items[-1].deadline == "10 月 16 日— 23 日"
    item = extract(text).items[-2]
    assert item.deadline == "2026 年 9 月 30 日前" and item.to_dict()["due"] == "2026-09-30"
    assert item.target == "线上办理率达 95% 以上"
    assert text[item.deadline_span.start:item.deadline_span.end] == item.deadline
