import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from speechmine.analysis.dates import KINDS, DocDate, Due, cn_number, find_doc_date, resolve

JAN = dt.date(2024, 1, 15)
DEC = dt.date(2024, 12, 10)


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize("text, value", [
    ("7", 7), ("12", 12), ("３", 3), ("三", 3), ("十", 10), ("十二", 12), ("二十", 20),
    ("三十一", 31), ("二〇二四", 2024), ("二零二五", 2025), ("", None), ("十百", None), ("三季", None),
])
def test_cn_number(text, value):
    assert cn_number(text) == value


# ---------------------------------------------------------------- document date

def test_dated_line_under_title():
    text = "在全镇安全生产工作会议上的讲话\n（2025年2月18日）\n李四\n\n同志们：\n要在6月1日前完成排查。\n"
    found = find_doc_date(text)
    assert found == DocDate(dt.date(2025, 2, 18), "day", found.span)
    assert text[found.span[0]:found.span[1]] == "2025年2月18日"


def test_bracketed_line_with_occasion_and_dash_line():
    assert find_doc_date("讲话\n（2023年11月3日在全区会议上）\n正文。").date == dt.date(2023, 11, 3)
    report = "政府工作报告\n——2025年1月9日在某县人民代表大会上\n各位代表："
    assert find_doc_date(report).date == dt.date(2025, 1, 9)


def test_signature_date_in_chinese_numerals():
    text = "关于做好汛期值守的通知\n\n各单位要落实值班制度。\n\n某县水利局\n二〇二四年三月一日\n"
    found = find_doc_date(text)
    assert (found.date, found.precision) == (dt.date(2024, 3, 1), "day")
    assert text[found.span[0]:found.span[1]] == "二〇二四年三月一日"


def test_signature_date_in_full_width_digits():
    assert find_doc_date("通知\n正文。\n某局\n２０２３年１０月８日").date == dt.date(2023, 10, 8)


def test_top_date_wins_over_signature():
    text = "讲话\n（2024年5月6日）\n正文。\n2024年6月7日\n"
    assert find_doc_date(text).date == dt.date(2024, 5, 6)


def test_title_year_is_year_precision():
    text = "某市农业农村局2024年工作要点\n\n2023年是……的一年。\n"
    found = find_doc_date(text)
    assert (found.date, found.precision, found.iso) == (dt.date(2024, 1, 1), "year", "2024-01-01")
    assert text[found.span[0]:found.span[1]] == "2024"


def test_dates_inside_sentences_are_not_the_document_date():
    text = "各部门要高度重视。\n要在2024年6月30日前完成。\n做好收尾工作。"
    assert find_doc_date(text) is None


def test_no_date_is_none_not_today():
    assert find_doc_date("同志们：\n今年要做好各项工作。\n") is None
    assert find_doc_date("") is None


def test_impossible_date_is_skipped():
    assert find_doc_date("讲话\n正文。\n某局\n2024年2月30日") is None
    # near the top, the impossible day still gives the year
    found = find_doc_date("讲话\n（2024年2月30日）\n正文。")
    assert (found.date, found.precision) == (dt.date(2024, 1, 1), "year")


def test_review_heading_year_is_not_the_document_year():
    assert find_doc_date("一、2023年工作回顾\n过去一年。") is None


# ---------------------------------------------------------------- deadlines

@pytest.mark.parametrize("text, jan, dec, kind", [
    ("2024年6月底前", "2024-06-30", "2024-06-30", "date"),
    ("2025年3月前", "2025-02-28", "2025-02-28", "date"),
    ("9月底前", "2024-09-30", "2025-09-30", "date"),
    ("3月底前", "2024-03-31", "2025-03-31", "date"),
    ("三月底前", "2024-03-31", "2025-03-31", "date"),
    ("6月前", "2024-05-31", "2025-05-31", "date"),
    ("6月中旬前", "2024-06-20", "2025-06-20", "date"),
    ("2月底前", "2024-02-29", "2025-02-28", "date"),
    ("年底前", "2024-12-31", "2024-12-31", "date"),
    ("年内", "2024-12-31", "2024-12-31", "period"),
    ("今年内", "2024-12-31", "2024-12-31", "period"),
    ("明年底前", "2025-12-31", "2025-12-31", "date"),
    ("上半年", "2024-06-30", "2025-06-30", "period"),
    ("下半年", "2024-12-31", "2024-12-31", "period"),
    ("三季度末", "2024-09-30", "2025-09-30", "date"),
    ("一季度", "2024-03-31", "2025-03-31", "period"),
    ("第四季度", "2024-12-31", "2024-12-31", "period"),
    ("12月31日前", "2024-12-31", "2024-12-31", "date"),
    ("十二月三十一日前", "2024-12-31", "2024-12-31", "date"),
    ("于2月3日前", "2024-02-03", "2025-02-03", "date"),
    ("11月", "2024-11-30", "2024-11-30", "period"),
    ("到2025年", "2025-12-31", "2025-12-31", "date"),
    ("2025年底", "2025-12-31", "2025-12-31", "date"),
    ("2026年", "2026-12-31", "2026-12-31", "period"),
    ("“十四五”期间", "2025-12-31", "2025-12-31", "period"),
    ("十五五末", "2030-12-31", "2030-12-31", "period"),
    ("秋季开学前", "2024-08-31", "2025-08-31", "date"),
    ("春季开学前", "2024-02-29", "2025-02-28", "date"),
])
def test_dated_deadlines(text, jan, dec, kind):
    assert resolve(text, JAN) == Due(jan, kind, None)
    assert resolve(text, DEC) == Due(dec, kind, None)


@pytest.mark.parametrize("text, due", [
    ("3月15日至5月31日", "2024-05-31"),
    ("5月至9月", "2024-09-30"),
    ("2020年12月14日至2021年1月18日", "2021-01-18"),
    ("12月1日至1月15日", "2025-01-15"),  # the end runs into the next year
    ("自2024年1月1日起至2025年12月31日止", "2025-12-31"),
    ("2024年至2025年", "2025-12-31"),
    ("2024年10月－2025年6月底", "2025-06-30"),  # a full-width dash
    ("9月16日—23日", "2024-09-23"),  # the end in the month the window starts in
    ("5月6日至8日", "2024-05-08"),
])
def test_a_window_is_due_at_its_end(text, due):
    assert resolve(text, JAN).due == due


def test_by_a_year_is_dated_whether_written_with_dao_or_zhi():
    assert resolve("至2025年", JAN) == resolve("到2025年", JAN) == Due("2025-12-31", "date", None)


def test_a_span_of_years_is_not_this_years_end():
    # `三年内` counts years from the start of the work: not due at the end of the document's year
    assert resolve("三年内", JAN).due is None
    assert resolve("2年内", JAN).due is None
    assert resolve("年内", JAN) == Due("2024-12-31", "period", None)
    assert resolve("2025年内", JAN).due == "2025-12-31"


def test_december_rollover_only_beyond_a_month():
    # a November-dated plan still means this year's October; a month and more back means next year
    assert resolve("10月底前", dt.date(2024, 11, 20)).due == "2024-10-31"
    assert resolve("9月底前", dt.date(2024, 11, 20)).due == "2025-09-30"


@pytest.mark.parametrize("text, rhythm", [
    ("每月", "monthly"), ("每季度", "quarterly"), ("每季", "quarterly"), ("每学期", "per-term"),
    ("每年", "yearly"), ("每半年", "half-yearly"), ("每周", "weekly"), ("每天", "daily"),
    ("一月一调度", "monthly"), ("一季度一通报", "quarterly"), ("一年一度", "yearly"),
])
def test_rhythms_without_a_day_have_no_due(text, rhythm):
    assert resolve(text, JAN) == Due(None, "rhythm", rhythm)
    assert resolve(text, DEC) == Due(None, "rhythm", rhythm)


@pytest.mark.parametrize("text, doc, due", [
    ("每月5日前", JAN, "2024-02-05"),
    ("每月5日前", DEC, "2025-01-05"),
    ("每月5日前", dt.date(2024, 3, 4), "2024-03-05"),
    ("每月31日前", dt.date(2024, 1, 31), "2024-02-29"),
    ("每月底前", JAN, "2024-01-31"),
    ("每季度末", JAN, "2024-03-31"),
    ("每季度末", DEC, "2024-12-31"),
    ("每半年末", dt.date(2024, 7, 1), "2024-12-31"),
    ("每年12月底前", JAN, "2024-12-31"),
    ("每年3月31日前", DEC, "2025-03-31"),
    ("每年年底前", DEC, "2024-12-31"),
])
def test_rhythm_with_a_day_is_due_on_the_next_such_date(text, doc, due):
    resolved = resolve(text, doc)
    assert resolved.due == due and resolved.deadline_kind == "rhythm"


@pytest.mark.parametrize("text", ["长期坚持", "长期", "持续推进", "常态化", "常态化开展"])
def test_ongoing(text):
    assert resolve(text, JAN) == Due(None, "ongoing", None)


@pytest.mark.parametrize("text", ["限时", "尽快", "立即"])
def test_urgent_is_a_date_without_due(text):
    assert resolve(text, DEC) == Due(None, "date", None)


@pytest.mark.parametrize("text", ["", None, "认真研究", "xyz", "底", "第三"])
def test_unknown_text_gives_an_empty_due(text):
    assert resolve(text, JAN) == Due(None, None, None)


def test_without_document_date_only_stated_years_resolve():
    assert resolve("9月底前", None) == Due(None, "date", None)
    assert resolve("年内", None) == Due(None, "period", None)
    assert resolve("2024年9月底前", None).due == "2024-09-30"
    assert resolve("每月5日前", None) == Due(None, "rhythm", "monthly")


def test_document_date_forms_are_interchangeable():
    doc = DocDate(DEC, "day", (0, 10))
    assert resolve("3月底前", doc) == resolve("3月底前", "2024-12-10") == resolve("3月底前", DEC)
    assert resolve("3月底前", "not a date").due is None


def test_year_precision_document_date_never_rolls_over():
    title_year = DocDate(dt.date(2025, 1, 1), "year", (0, 4))
    assert resolve("上半年", title_year).due == "2025-06-30"
    assert resolve("1月底前", title_year).due == "2025-01-31"


def test_full_width_digits_and_spaces():
    assert resolve("２０２４年 ６月底前", JAN).due == "2024-06-30"


def test_to_dict():
    assert resolve("每月5日前", JAN).to_dict() == {"due": "2024-02-05", "deadline_kind": "rhythm",
                                                  "rhythm": "monthly"}


_DEADLINE_CHARS = list("0123456789〇零一二两三四五六七八九十年月日号底末前内上中下旬半季度每周学期长期坚持限时到“”秋春开")


@given(st.text(alphabet=st.sampled_from(_DEADLINE_CHARS), max_size=12),
       st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31))))
def test_resolve_never_raises(text, doc):
    due = resolve(text, doc)
    assert due.deadline_kind is None or due.deadline_kind in KINDS
    if due.due:
        dt.date.fromisoformat(due.due)


@given(st.text(alphabet=st.sampled_from(_DEADLINE_CHARS + ["\n", "（", "）"]), max_size=40))
def test_find_doc_date_never_raises(text):
    found = find_doc_date(text)
    assert found is None or found.precision in ("day", "year")
