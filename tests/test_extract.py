"""Task items: what counts, their kinds, parties, deadlines, targets, paths and offsets."""
import pytest

import speechmine
from speechmine import extract

SPEECH = """在全市水利工作会议上的讲话
（2025年3月6日）
同志们：
今天召开会议，主要任务是部署今年工作。大家要认真学习、抓好落实。
一、过去一年工作回顾
一年来，全市新建水库3座，完成投资12亿元。一是防汛能力明显增强。全面完成病险水库除险加固。
同时也要看到，还存在一些问题。一是基层力量薄弱；二是资金保障不足。
二、今年重点工作
水利部部长指出，要坚持节水优先。这是重要的要求，也是主要任务。
一方面，要抓好防汛抗旱。
一要压实防汛责任。各区县水利局要在5月底前完成汛前检查，确保每座水库落实责任人。要加强值班值守。
二要提升监测能力。要新建雨量站不少于50个，年底前监测覆盖率达到95%以上。严禁擅离职守。对失职失责的，决不姑息。
另一方面，要推进节水型社会建设。市水利局将会同市发展改革委制定节水方案。各县（市、区）要加快推进灌区改造，每季度报送进展；农业农村部门要推广高效节水灌溉。
同志们，会后各区县要于3月20日前报送贯彻落实情况。让我们共同努力！
"""


@pytest.fixture(scope="module")
def result():
    return extract(SPEECH)


def by_text(result, start):
    matches = [it for it in result.items if it.text.startswith(start)]
    assert matches, f"no item starts with {start!r}"
    return matches[0]


def test_every_item_is_verbatim_with_offsets(result):
    assert result.items
    for it in result.items:
        assert result.text[it.start:it.end] == it.text
        for span in (it.party_span, it.deadline_span, it.target_span):
            if span is not None:
                assert result.text[span.start:span.end] == span.text


def test_review_problems_and_quotes_are_not_tasks(result):
    texts = [it.text for it in result.items]
    assert not any("新建水库3座" in t or "病险水库" in t for t in texts)
    assert not any("基层力量薄弱" in t for t in texts)
    assert not any(t.startswith("水利部部长指出") for t in texts)


def test_yao_inside_words_does_not_trigger(result):
    assert not any(it.text.startswith("这是重要的要求") for it in result.items)


def test_headings_and_paths(result):
    heading = by_text(result, "一要压实防汛责任")
    assert heading.kind == "heading"
    assert heading.path == ["二", "一方面", "一要"]
    task = by_text(result, "要加强值班值守")
    assert task.kind == "task"
    assert task.path == ["二", "一方面", "一要"]
    assert task.parent == heading.id
    side = by_text(result, "一方面，要抓好防汛抗旱")
    assert side.kind == "heading" and heading.parent == side.id


def test_kinds(result):
    assert by_text(result, "严禁擅离职守").kind == "prohibition"
    assert by_text(result, "对失职失责的，决不姑息").kind == "task"
    commitment = by_text(result, "市水利局将会同")
    assert commitment.kind == "commitment" and commitment.party == "市水利局"


def test_party_explicit_then_inherited_from_first_sentence(result):
    first = by_text(result, "各区县水利局要在5月底前")
    assert first.party == "各区县水利局" and first.party_explicit
    later = by_text(result, "要加强值班值守")
    assert later.party == "各区县水利局" and later.party_source == "inherited"
    assert later.party_span == first.party_span


def test_a_group_without_a_party_in_its_first_sentence_inherits_nothing(result):
    assert by_text(result, "严禁擅离职守").party is None


def test_deadlines_and_targets(result):
    first = by_text(result, "各区县水利局要在5月底前")
    assert first.deadline == "5月底前"
    monitor = by_text(result, "要新建雨量站")
    assert monitor.deadline == "年底前"
    assert "不少于50个" in monitor.target and monitor.target.endswith("95%以上")
    closing = by_text(result, "同志们，会后各区县要")
    assert closing.deadline == "3月20日前" and closing.path == []


def test_semicolon_splits_separately_actionable_parts(result):
    first = by_text(result, "各县（市、区）要加快推进灌区改造")
    assert first.text.endswith("；")
    assert first.party == "各县（市、区）" and first.deadline == "每季度"
    second = by_text(result, "农业农村部门要推广")
    assert second.party == "农业农村部门"


def test_preamble_directive_is_borderline(result):
    item = by_text(result, "大家要认真学习")
    assert item.borderline and item.zone == "preamble" and item.path == []


def test_ids_are_unique_and_stable():
    first = extract(SPEECH)
    again = extract(SPEECH.replace("。", "。 "))
    assert len({it.id for it in first.items}) == len(first.items)
    assert [it.id for it in first.items] == [it.id for it in again.items]


def test_attributions_give_lead_and_co_units_and_deadline():
    text = ("二、重点任务\n"
            "1.完善农村供水体系。加快实施供水管网改造。（牵头单位：市水利局；责任单位：各区县人民政府、市财政局）\n"
            "2.推进河湖治理，开展河道清淤。(市生态环境局牵头,市水利局配合)\n"
            "3.建设数字孪生流域平台。\n责任单位：市大数据中心、市水利局  完成时限：2025年10月底前\n"
            "4.开展节水宣传。（市水利局负责，2025年6月底前完成）\n")
    result = extract(text)
    heading = by_text(result, "1.完善农村供水体系")
    assert heading.kind == "heading" and heading.party == "市水利局" and heading.party_source == "attribution"
    task = by_text(result, "加快实施供水管网改造")
    assert task.party == "市水利局" and task.co_parties == ["各区县人民政府", "市财政局"]
    assert by_text(result, "2.推进河湖治理").party == "市生态环境局"
    assert by_text(result, "2.推进河湖治理").co_parties == ["市水利局"]
    third = by_text(result, "3.建设数字孪生")
    assert third.kind == "task" and third.path == ["二", "3"]
    assert third.party == "市大数据中心" and third.deadline == "2025年10月底前"
    fourth = by_text(result, "4.开展节水宣传")
    assert fourth.party == "市水利局" and fourth.deadline == "2025年6月底前"
    assert not any(it.text.startswith(("（", "(", "责任单位")) for it in result.items)


def test_user_lexicon_adds_a_unit(tmp_path):
    text = "二、重点任务\n城投每月开展管网巡查，确保供水安全。\n"
    assert extract(text).items[0].party is None
    lexicon = tmp_path / "units.txt"
    lexicon.write_text("# 我们的单位\n城投\n", encoding="utf-8")
    assert extract(text, lexicons=[lexicon]).items[0].party == "城投"


def test_user_lexicon_sections_extend_other_lists(tmp_path):
    text = "清零农村饮水隐患。\n"  # outside a numbered part, only a listed verb makes an imperative
    assert extract(text).items == []
    lexicon = tmp_path / "mine.txt"
    lexicon.write_text("[imperative_verbs]\n清零\n", encoding="utf-8")
    assert [it.text for it in extract(text, lexicons=[lexicon]).items] == ["清零农村饮水隐患。"]


def test_bad_lexicon_section_is_an_error(tmp_path):
    lexicon = tmp_path / "bad.txt"
    lexicon.write_text("[nonsense]\nx\n", encoding="utf-8")
    with pytest.raises(speechmine.SpeechmineError, match="unknown lexicon section"):
        extract("要加强管理。", lexicons=[lexicon])


def test_result_json_shape(result):
    data = result.to_dict()
    assert set(data) >= {"source", "items"}
    item = data["items"][0]
    assert {"id", "parent", "kind", "text", "start", "end", "party", "deadline", "target", "path",
            "zone"} <= set(item)


def test_document_date_and_due_dates(result):
    assert result.doc_date == "2025-03-06" and result.meta["doc_date_source"] == "text"
    first = by_text(result, "各区县水利局要在5月底前")
    assert first.extra["due"] == "2025-05-31" and first.extra["deadline_kind"] == "date"
    quarterly = by_text(result, "各县（市、区）要加快推进灌区改造")
    assert quarterly.extra["deadline_kind"] == "rhythm" and quarterly.extra["rhythm"] == "quarterly"


def test_a_december_speech_means_next_year():
    result = extract("二、重点任务\n各区县要在3月底前完成排查。\n", date="2024-12-20")
    assert result.doc_date == "2024-12-20" and result.meta["doc_date_source"] == "option"
    assert result.items[0].extra["due"] == "2025-03-31"


def test_bad_date_option_is_an_error():
    with pytest.raises(speechmine.SpeechmineError, match="YYYY-MM-DD"):
        extract("要加强管理。", date="next week")


def test_targets_gain_value_unit_and_modifier(result):
    monitor = by_text(result, "要新建雨量站")
    assert monitor.extra["target_value"] == 50
    assert monitor.extra["target_unit"] == "个" and monitor.extra["target_modifier"] == "at_least"


def test_suggestions_fill_only_what_the_text_leaves_open():
    text = ("县政府2025年工作安排\n二、重点任务\n新建高标准农田2万亩。\n县教育局要在9月底前建成城东学校。\n"
            "县农业农村局要做好春耕备耕。\n")
    result = extract(text)
    farmland, school, _ = result.items
    assert farmland.party is None and farmland.extra["suggested_party"] == "县农业农村局"
    assert farmland.extra["suggested_deadline"] == "年底前" and farmland.extra["suggested_due"] == "2025-12-31"
    assert school.party == "县教育局" and "suggested_party" not in school.extra
    assert "suggested_deadline" not in school.extra
    assert extract(text, suggest=False).items[0].extra.get("suggested_party") is None


def test_traditional_script_and_ascii_punctuation_match_like_simplified():
    simplified = "二、重点任务\n1.加强农村供水。各区县要在年底前完成改造。（牵头单位：市水利局；责任单位：市财政局）\n"
    traditional = "二、重點任務\n1.加強農村供水。各區縣要在年底前完成改造。(牽頭單位:市水利局;責任單位:市財政局)\n"
    a, b = extract(simplified), extract(traditional)
    assert [(i.kind, i.path, i.deadline) for i in a.items] == [(i.kind, i.path, i.deadline) for i in b.items]
    task = b.items[1]
    assert task.text == "各區縣要在年底前完成改造。" and task.party == "各區縣"
    assert b.items[0].party == "市水利局" and b.items[0].co_parties == ["市財政局"]
    assert b.text[task.party_span.start:task.party_span.end] == "各區縣"


def test_document_title_from_the_first_line():
    assert extract("在2025年全市水利工作会议上的讲话\n二、任务\n要加强管理。").meta["title"] == "2025年全市水利工作会议"
    assert "title" not in extract("二、任务\n要加强管理。").meta


def test_a_label_is_never_part_of_a_party():
    result = extract("二、重点工作\n（一）县交通局要在9月底前完成国道改造。\n（二）强化养护\n1.各乡镇要加强巡查。\n")
    assert [it.party for it in result.items if it.kind != "heading"] == ["县交通局", "各乡镇"]


def test_unit_names_may_hold_verbs():
    result = extract("二、重点\n一要抓好公路。各区县交通运输局要加快建设。市公路事业发展中心要在4月底前完成排查。\n")
    assert result.items[-1].party == "市公路事业发展中心" and result.items[-1].party_explicit


def test_more_attribution_styles():
    text = ("二、重点任务\n1.推进思政课建设，组建名师工作室4个。【牵头：德育科；配合：教研室】\n"
            "2.加强校园安全。各学校每月开展一次排查。（责任科室：安全科、后勤科）\n"
            "3.推进数字校园建设。(信息中心牵头,电教馆、各学校参与)\n")
    result = extract(text)
    first = by_text(result, "1.推进思政课建设")
    assert first.kind == "task" and first.party == "德育科" and first.co_parties == ["教研室"]
    assert by_text(result, "2.加强校园安全").party == "安全科"
    assert by_text(result, "各学校每月开展一次排查").party == "各学校"  # its own subject wins
    third = by_text(result, "3.推进数字校园建设")
    assert third.party == "信息中心" and third.co_parties == ["电教馆", "各学校"]


def test_an_attribution_ending_a_title_line_is_left_out_of_its_text_and_assigns_it():
    """A division of work (`职责分工`) whose lines name a piece of work, no verb, and end in a bracket
    with a leading official and the unit in charge (`责任处室、单位：` names both kinds at once)."""
    text = ("五、职责分工\n1.园区配套规划编制工作(牵头领导：陈明;责任处室：综合处)\n"
            "2.产业园区配套设施规划编制(牵头领导：周立;责任处室、单位：产业处、市发展中心)\n")
    result = extract(text)
    assert [it.text for it in result.items] == ["1.园区配套规划编制工作", "2.产业园区配套设施规划编制"]
    assert [(it.party, it.co_parties) for it in result.items] == [("综合处", []), ("产业处", ["市发展中心"])]


def test_the_items_of_a_phase_take_its_time_unless_they_state_their_own():
    text = ("三、实施步骤\n（一）摸底排查阶段（2026年3月底前）。各镇要全面排查辖区隐患。建立问题台账。\n"
            "（二）集中整改阶段（2026年4月至8月）。各镇要对照台账逐项整改，6月底前完成过半。\n"
            "（三）总结验收（各镇负责，2026年9月底前）。各镇要开展回头看。\n")
    deadlines = [it.deadline for it in extract(text).items]
    # (三) names no phase, and its bracket holds more than a time
    assert deadlines == ["2026年3月底前"] * 3 + ["2026年4月至8月", "6月底前", "2026年9月底前", None]


def test_a_title_closed_by_its_time_alone_is_a_phase_down_to_its_parts():
    text = ("三、时间安排\n（一）动员部署（2026年9月）\n1.召开动员会。\n各镇要制定工作方案。\n"
            "（二）全面推进（2026年10月－2027年6月底）\n1.开展集中整治。\n各镇要建立问题台账，12月底前完成首轮排查。\n")
    assert [(it.text, it.deadline) for it in extract(text).items] == [
        ("（一）动员部署（2026年9月）", "2026年9月"), ("1.召开动员会。", "2026年9月"),
        ("各镇要制定工作方案。", "2026年9月"), ("（二）全面推进（2026年10月－2027年6月底）", "2026年10月－2027年6月底"),
        ("1.开展集中整治。", "2026年10月－2027年6月底"), ("各镇要建立问题台账，12月底前完成首轮排查。", "12月底前")]


def test_a_phase_whose_first_sentence_opens_with_its_time():
    text = ("四、实施步骤\n（一）动员准备阶段。2026年1月至2月，完成方案编制。启动平台招标工作。\n"
            "（二）上线运行阶段。各地要组织试运行。\n")
    assert [(it.text, it.deadline) for it in extract(text).items] == [
        ("（一）动员准备阶段。", "2026年1月至2月"), ("2026年1月至2月，完成方案编制。", "2026年1月至2月"),
        ("启动平台招标工作。", "2026年1月至2月"), ("（二）上线运行阶段。", None), ("各地要组织试运行。", None)]


def test_a_list_of_units_in_groups_and_a_lead_that_leads_and_answers():
    """`（A、B，C等按职责分工负责）`: the comma only groups the list; the first unit leads.
    `（A牵头负责）`: A, without its role words."""
    text = ("二、重点任务\n1.开展污染源排查。（县环保局、县农业局，县海关等按职责分工负责）\n"
            "2.建立监测体系。（县环保局牵头负责）\n")
    result = extract(text)
    first = by_text(result, "1.开展污染源排查")
    assert first.party == "县环保局" and first.co_parties == ["县农业局", "县海关"]
    assert by_text(result, "2.建立监测体系").party == "县环保局"
    grouped = extract("二、重点任务\n1.开展河道清理。（县环保局牵头，县农业局、县水利局，县林业局配合）\n")
    assert by_text(grouped, "1.开展河道清理").co_parties == ["县农业局", "县水利局", "县林业局"]  # as written
    joined = extract("二、重点任务\n1.开展桥梁巡查。（县交通运输局及各乡镇按职责分工负责）\n"
                     "2.落实防汛物资。（县应急管理局以及各乡镇负责）\n")
    assert (by_text(joined, "1.开展桥梁巡查").party, by_text(joined, "1.开展桥梁巡查").co_parties) == ("县交通运输局", ["各乡镇"])
    assert by_text(joined, "2.落实防汛物资").party == "县应急管理局"


def test_questions_and_reported_speech_are_not_tasks():
    text = "二、重点任务\n发展靠什么？靠项目。有企业反映，一些审批仍然要跑好几个窗口。要加快审批改革。\n"
    assert [it.text for it in extract(text).items] == ["要加快审批改革。"]


def test_an_attribution_marked_xia_tong_carries_on_to_the_next_units():
    text = ("二、重点任务\n1.加强供水保障。〔责任单位：市水利局，下同〕\n2.推进河湖治理。\n"
            "3.开展节水宣传。（市宣传部负责）\n")
    result = extract(text)
    assert [it.party for it in result.items] == ["市水利局", "市水利局", "市宣传部"]


def test_an_attribution_closing_the_paragraph_under_a_title_line_covers_the_title():
    text = ("三、保障措施\n（一）加强组织领导\n成立工作专班，统筹推进各项工作。建立月调度机制。"
            "（责任单位：市发展改革委、市财政局）\n（二）强化要素保障\n加大财政资金投入。（责任单位：市财政局）\n"
            "统筹用地指标。（责任单位：市自然资源局）\n（三）营造良好氛围\n1.加强宣传。开展系列宣传活动。（责任单位：市委宣传部）\n")
    parties = {it.text: it.party for it in extract(text).items}
    assert parties["（一）加强组织领导"] == "市发展改革委"
    assert parties["（二）强化要素保障"] == "市财政局"  # the first attribution under it
    assert parties["统筹用地指标。"] == "市自然资源局"
    assert parties["（三）营造良好氛围"] is None  # a group of numbered items: each has its own


def test_an_attribution_closing_a_numbered_item_of_several_paragraphs_covers_all_of_them():
    text = ("二、重点任务\n（一）优化审批服务。推行并联审批。\n压缩办理时限。\n落实首问负责制。"
            "（责任单位：市行政审批局、市发改委）\n（二）加强要素保障。统筹用地指标。（责任单位：市自然资源局）\n")
    parties = [(it.text, it.party) for it in extract(text).items]
    assert parties == [("（一）优化审批服务。", "市行政审批局"), ("推行并联审批。", "市行政审批局"),
                       ("压缩办理时限。", "市行政审批局"), ("落实首问负责制。", "市行政审批局"),
                       ("（二）加强要素保障。", "市自然资源局"), ("统筹用地指标。", "市自然资源局")]


def test_an_attribution_line_after_a_list_with_none_of_its_own_covers_the_whole_group():
    text = ("四、重点任务\n（一）完善物流网络\n统筹布局物流节点。\n1.推进园区规划衔接。\n2.建设多式联运站场。\n"
            "（牵头单位：市交通运输局，责任单位：市发改委）\n（二）培育市场主体\n引进物流龙头企业。\n（牵头单位：市商务局）\n")
    assert [it.party for it in extract(text).items] == ["市交通运输局"] * 4 + ["市商务局"] * 2
    own = extract(text.replace("1.推进园区规划衔接。\n", "1.推进园区规划衔接。（责任单位：市资源规划局）\n"))
    assert [it.party for it in own.items][:4] == [None, None, "市资源规划局", "市交通运输局"]  # the last item only


def test_an_attribution_bracket_may_end_with_a_note_after_its_units():
    text = ("二、主要任务\n1．开展耕地质量调查\n2026年底前，查清全市耕地质量等级。"
            "（市农业农村局牵头，市财政局配合，各区政府抓好落实。以下各项均由各区政府组织实施，不另列出）\n"
            "2．建设监测网络\n每年开展一次例行监测。（市生态环境局牵头）\n")
    result = extract(text)
    assert [(it.text, it.party) for it in result.items] == [
        ("1．开展耕地质量调查", "市农业农村局"), ("2026年底前，查清全市耕地质量等级。", "市农业农村局"),
        ("2．建设监测网络", "市生态环境局"), ("每年开展一次例行监测。", "市生态环境局")]


def test_a_year_end_and_a_yearly_rhythm_as_written():
    text = "二、主要任务\n2027年年底，各县要建成一批示范点。\n每年度安排专项资金不少于500万元。\n"
    assert [it.deadline for it in extract(text).items] == ["2027年年底", "每年度"]


def test_a_window_with_its_end_date_is_a_deadline():
    text = ("二、具体措施\n自2026年1月1日起至2027年12月31日止，对新建冷链仓储项目减半收取配套费。\n"
            "延长小微企业房租减免政策的执行期限至2027年6月30日。\n自2026年3月1日起，取消小微企业年检收费。\n")
    assert [it.deadline for it in extract(text).items] == [
        "自2026年1月1日起至2027年12月31日止", "执行期限至2027年6月30日", None]  # a start alone bounds nothing


def test_durations_rhythms_and_immediacy_are_deadlines():
    text = ("二、重点任务\n要在巡察反馈后2个月内报送整改情况。\n每3小时发布一次预报。\n"
            "各区要立即启动应急响应。\n按季度分析研判运行情况。\n能立即整改的马上整改，其余要限期整改。\n"
            "各乡镇要尽早完成摸底排查。\n")
    deadlines = [it.deadline for it in extract(text).items]
    # vague limits count, and a span counted from an event keeps the event (ANNOTATION.md: as written)
    assert deadlines == ["巡察反馈后2个月内", "每3小时", "立即", "按季度", "限期", "尽早"]


def test_contact_lines_and_context_statements_are_not_tasks():
    text = "二、重点任务\n当前，全区服务业比重仅为41%。\n值班电话：0591-1234567（24小时）\n要加快发展服务业。\n"
    assert [it.text for it in extract(text).items] == ["要加快发展服务业。"]


def test_items_keep_to_the_model_and_children_follow_parents(result):
    from speechmine.model import KINDS, ZONES

    assert {it.kind for it in result.items} <= set(KINDS)
    assert {it.zone for it in result.items} <= set(ZONES)
    heading = by_text(result, "一要压实防汛责任")
    assert [it.text for it in result.children(heading.id)][:1] == ["各区县水利局要在5月底前完成汛前检查，确保每座水库落实责任人。"]
    assert result.item(heading.id) is heading


def test_labelled_semicolon_parts_and_meeting_minutes():
    text = ("二、重点任务\n重点抓好三件事：一是扩面积，新增油茶1500亩；二是建基地，建成蔬菜基地2个；三是创品牌。\n"
            "重点扶持三类主体：一是种粮大户；二是家庭农场；三是合作社。\n"
            "三、其他事项\n会议指出，全县参保率为94.2%，低于全市平均水平。\n会议强调，各乡镇要压实防汛责任。\n"
            "一是县水利局负责全县水库安全度汛，严禁擅离职守。\n")
    result = extract(text)
    paths = {it.text: it.path for it in result.items}
    assert paths["二是建基地，建成蔬菜基地2个；"] == ["二", "二是"]
    assert paths["重点抓好三件事：一是扩面积，新增油茶1500亩；"] == ["二", "一是"]
    assert paths["重点扶持三类主体：一是种粮大户；二是家庭农场；三是合作社。"] == ["二"]   # one item
    assert "会议指出，全县参保率为94.2%，低于全市平均水平。" not in paths
    assert by_text(result, "会议强调").party == "各乡镇"
    assigned = by_text(result, "一是县水利局负责")
    assert assigned.kind == "task" and assigned.party == "县水利局"


def test_quote_mask_covers_quotations_and_open_quotes_to_the_line_end():
    from speechmine.analysis.directives import quote_mask

    text = "他说“要「抓好」落实”。要干\n“未闭合要\n要做"
    mask = quote_mask(text)
    quoted = "".join(ch for ch, m in zip(text, mask) if m)
    assert quoted == "“要「抓好」落实”“未闭合要\n"


def test_notice_arrangements_and_labels_before_a_year():
    text = ("二、有关要求\n培训时间为5月12日至16日，共5天。\n学员须于5月11日17时前报到。\n学员报到时请携带身份证。\n"
            "三、重点任务\n（一）路网建设\n1.2026年底前完成通硬化路150公里。\n2025年汛前完成渡口隐患排查。\n")
    result = extract(text)
    texts = [it.text for it in result.items]
    assert "培训时间为5月12日至16日，共5天。" not in texts
    assert "学员须于5月11日17时前报到。" in texts and "学员报到时请携带身份证。" in texts
    assert by_text(result, "1.2026年底前").path == ["三", "（一）", "1"]
    assert by_text(result, "2025年汛前").deadline == "2025年汛前"


def test_minutes_items_topics_and_a_paragraph_for_all_of_them():
    text = ("经研究，会议议定以下事项：\n"
            "一、关于春耕生产。会议明确，由镇农业服务办牵头，镇财政所配合，月底前完成农田核查。各村要落实管护责任。\n"
            "二、关于汛前准备。会议要求：\n1.镇应急办要修订应急预案。预案修订稿下周一前提交镇党委会审定。\n"
            "2.由镇社会事务办牵头，镇执法队配合，4月25日前制定行动方案。\n"
            "会议强调，各村、镇直各部门要把以上议定事项抓实抓细。镇党政办要每双月调度一次办理进展。\n")
    result = extract(text)
    texts = [it.text for it in result.items]
    assert not any(t.startswith(("一、关于", "二、关于")) for t in texts)  # a topic, not a task
    first = by_text(result, "会议明确")
    assert (first.party, first.deadline, first.path) == ("镇农业服务办", "月底前", ["一"])
    assert by_text(result, "各村要落实").party == "各村"
    handed_in = by_text(result, "预案修订稿")
    assert handed_in.kind == "task" and handed_in.deadline == "下周一前" and handed_in.path == ["二", "1"]
    assert by_text(result, "2.由镇社会事务办牵头").party == "镇社会事务办"
    assert by_text(result, "会议强调").path == [] and not by_text(result, "会议强调").borderline
    assert by_text(result, "镇党政办要每双月").deadline == "每双月"


def test_a_paragraph_that_sums_up_the_parts_closes_them_and_dash_items_are_tasks():
    text = ("（五）守牢安全底线。健全应急指挥体系，加强森林防火和防汛抗旱。\n"
            "（六）办好民生实事。扩大公办托位供给，推进老旧管网更新。\n"
            "推进以上重点任务，必须抓住牵动全局的重大项目。\n"
            "——实施山区供水保障工程。到2028年，山区集中供水入户率达到93%以上。"
            "市级财政每年安排专项资金支持管网改造。\n")
    result = extract(text)
    assert by_text(result, "推进以上重点任务").path == []
    assert by_text(result, "市级财政每年").path == [] and by_text(result, "市级财政每年").kind == "task"
    assert by_text(result, "扩大公办托位").path == ["（六）"]


def test_a_series_opened_after_the_colon_of_a_numbered_line_goes_on_in_its_sentences():
    text = ("四、有关要求\n1.人员要求：每个小组由3名学生组成。\n"
            "2.材料要求：一是提交的报告要内容完整，以文字为主。二是图片清晰，分辨率不低于300dpi。"
            "三是录音要清楚。四是时长不超过10分钟。\n")
    result = extract(text)
    assert by_text(result, "二是图片").path == ["四", "2", "二是"]
    assert by_text(result, "三是录音").path == ["四", "2", "三是"]
    assert by_text(result, "四是时长").target == "时长不超过10分钟"  # the label is no part of it


def test_a_label_is_no_part_of_a_target():
    result = extract("（七）办好民生实事\n今年办好以下实事：\n①补充配置学校电脑3万台，新增学生宿舍床位600个。\n")
    assert by_text(result, "①补充").target == "补充配置学校电脑3万台，新增学生宿舍床位600个"


def test_the_side_of_the_work_a_sentence_turns_to_is_no_subject():
    result = extract("（二）完善基础设施\n交通方面，建成环城公路。电力方面，建成两座变电站，加快配电网改造。\n")
    assert by_text(result, "电力方面").kind == "task"


def test_a_rate_per_month_is_no_rhythm_and_a_closing_numbers_nothing():
    text = ("（五）兜牢民生底线\n困难群众救助标准从每人每月520元提高到560元；护林员每月补助600元。"
            "每季度开展一次入户走访。\n"
            "各位代表！做好今年工作，必须锤炼政府队伍，努力让群众更满意。一是坚持依法行政。二是提高服务效能。\n")
    result = extract(text)
    assert by_text(result, "困难群众").deadline is None and by_text(result, "护林员").deadline is None
    assert by_text(result, "每季度").deadline == "每季度"
    assert by_text(result, "二是提高").path == ["二是"]


def test_an_excerpt_from_a_late_review_chapter_is_review_up_to_the_plans():
    text = ("（六）聚焦群众关切，办好身边实事。\n"
            "过去一年，我们把群众冷暖放在心上。统筹做好就业、社保两件事。城镇新增就业2.1万人。\n"
            "总结一年的工作，我们体会到：干事创业离不开真抓实干。\n"
            "我们也清醒地看到，前进中还有不少短板：产业底子薄，创新动力弱。\n"
            "二、今年主要工作安排\n"
            "（一）全力以赴稳增长\n加快项目建设，扩大有效投资。\n")
    texts = [it.text for it in extract(text).items]
    assert texts == ["（一）全力以赴稳增长", "加快项目建设，扩大有效投资。"]


def test_a_problems_paragraph_closing_on_dealing_with_them_gives_a_borderline_item():
    text = ("一、去年工作回顾\n去年，我们新建学校三所。\n"
            "我们也清醒地看到，工作中还有一些短板：企业规模偏小，公共服务有欠账。对此，我们将拿出过硬办法，认真加以解决。\n"
            "二、今年工作安排\n（一）扩大有效投资\n加快项目建设。\n")
    result = extract(text)
    close = by_text(result, "对此，我们将")
    assert close.borderline and close.deadline is None
    assert not any(it.text.startswith("我们也清醒") for it in result.items)


def test_a_salutation_opening_the_government_part_keeps_its_sentences_in_it():
    text = ("（六）守牢安全底线\n加强应急能力建设。\n"
            "四、加强政府自身建设\n"
            "各位代表，政府的样子就是群众眼里的样子。我们将依法用权，欢迎各方监督。\n"
            "提升服务效能。优化审批流程，压减办理时限。\n"
            "转变工作作风。深入基层调研，帮助解决实际问题。\n"
            "各位代表！让我们团结一心，为建设美好家园而努力奋斗！\n")
    result = extract(text)
    assert by_text(result, "优化审批").path == ["四"]
    assert by_text(result, "深入基层").path == ["四"]


def test_a_salutation_inside_a_part_closes_none_of_its_sections():
    """`各位代表，……` between two sections of the review (a thanks paragraph in the middle) leaves the
    parts as they were: the next section stays in part 一, and part 二 is the text's own part."""
    text = ("一、2023年工作回顾\n（一）项目建设加快推进。新开工项目120个。\n"
            "各位代表，项目建设给群众出行带来不便，大家给予了理解和支持。\n"
            "（二）民生保障持续加强。新增城镇就业1.2万人。\n"
            "二、2024年主要工作\n（一）扩大有效投资。加快推进重点项目建设。\n（二）办好民生实事。新建社区食堂10个。\n")
    result = extract(text)
    assert by_text(result, "加快推进重点项目").path == ["二", "（一）"]
    assert by_text(result, "新建社区食堂").path == ["二", "（二）"]
    assert not [it for it in result.items if it.text.startswith(("新增城镇就业", "（二）民生保障"))]  # review, no tasks


def test_a_salutation_before_the_first_section_of_a_task_part_keeps_the_part():
    text = ("一、2023年工作回顾\n全县经济稳中有进。\n二、2024年主要工作\n今年的预期目标定为：全县生产总值增长6.5%。\n"
            "各位代表，围绕全年目标，我们把力量集中在下面几项工作上。\n"
            "（一）扩大有效投资。加快推进重点项目建设。\n（二）办好民生实事。新建社区食堂10个。\n")
    result = extract(text)
    assert by_text(result, "加快推进重点项目").path == ["二", "（一）"]
    assert by_text(result, "新建社区食堂").path == ["二", "（二）"]


def test_the_last_salutation_closes_the_text_after_one_in_the_middle_of_its_last_part():
    text = ("二、今年主要工作\n（一）扩大有效投资。加快推进重点项目建设。\n三、加强政府自身建设\n"
            "各位代表！我们将以更实的作风抓落实。\n——坚持依法行政。严格规范公正文明执法。\n"
            "——提升服务效能。压减审批办理时限。\n——强化廉政建设。持续纠治形式主义。\n"
            "各位代表！新征程催人奋进。让我们团结一心，为建设美好家园而努力奋斗！\n")
    result = extract(text)
    assert by_text(result, "压减审批").path == ["三"]
    assert not [it for it in result.items if "让我们" in it.text and not it.borderline]


def test_the_next_part_after_a_salutation_and_a_series_of_lessons_is_no_member_of_the_series():
    text = ("一、2023年工作回顾\n全县经济稳中有进。\n各位代表，回看这一年，我们有几点体会：\n"
            "一是必须坚持项目为王。\n二是必须坚持改革创新。\n"
            "二、2024年主要工作\n（一）扩大有效投资。加快推进重点项目建设。\n")
    result = extract(text)
    assert by_text(result, "加快推进重点项目").path == ["二", "（一）"]
    assert by_text(result, "加快推进重点项目").zone == "task"


def test_a_series_inline_before_a_salutation_does_not_hold_the_parts_after_it():
    """`一是……二是……` inside a paragraph of part 一 is dormant when `各位代表，……` comes: the review's
    sections after the salutation stand in part 一, and part 二's tasks are found."""
    text = ("一、过去五年工作回顾\n这五年，我们一步一个脚印抓落实。一是项目建设成效明显。二是改革开放不断深化。\n"
            "各位代表，过去这一年全县上下重点抓了几件事。\n"
            "（一）项目建设加快推进。新开工项目120个。\n（二）民生保障持续加强。新增城镇就业1.2万人。\n"
            "二、2024年主要工作\n（一）扩大有效投资。加快推进重点项目建设。\n")
    result = extract(text)
    assert by_text(result, "加快推进重点项目").path == ["二", "（一）"]
    assert not [it for it in result.items if it.text.startswith("新开工")]


def test_a_heading_that_only_names_its_topic_is_structure_not_an_item():
    text = ("二、重点任务\n（一）畜禽养殖环节\n1.加强养殖场日常巡查。\n2.开展兽药残留抽检。\n"
            "（二）饮用水\n1.加强水质监测。\n（三）强化项目建设\n1.加快推进重点项目。\n")
    result = extract(text)
    assert [it.text for it in result.items if it.kind == "heading"] == ["（三）强化项目建设"]
    assert by_text(result, "1.加强水质监测").path == ["二", "（二）", "1"]

def test_an_immediate_reaction_to_an_event_is_no_deadline_but_a_monthly_rhythm_is():
    text = ("二、重点任务\n1.开展校园食堂食材抽检，每个月至少抽检2批次，一旦发现问题食材，立即下架封存。\n"
            "2.加强养殖场巡查，发现问题立即整改。\n3.市水务局要立即组织水库巡查。\n")
    result = extract(text)
    assert by_text(result, "1.开展校园食堂").deadline == "每个月"
    assert by_text(result, "2.加强养殖场").deadline is None  # how soon to react, as 及时
    assert by_text(result, "3.市水务局").deadline == "立即"  # the work itself, at once

def test_a_part_on_the_situation_and_the_tasks_turns_to_tasks_where_it_sets_the_years_targets():
    text = ("一、去年工作回顾\n全县经济稳中有进。\n二、今年的形势和任务\n"
            "从外部看，市场需求仍在恢复之中，不确定因素较多。\n"
            "综合各方面情况，今年主要预期目标是：全县生产总值增长6.5%左右；城镇新增就业3000人以上。\n"
            "（一）扩大有效投资。加快推进重点项目建设。\n")
    result = extract(text)
    assert by_text(result, "加快推进重点项目").zone == "task"
    assert any("生产总值增长6.5%左右" in it.text for it in result.items)
    assert not [it for it in result.items if it.text.startswith("从外部看")]

def test_a_level_word_opens_a_unit_name_but_not_a_list_of_things():
    result = extract("二、重点任务\n由镇应急管理办牵头，开展隐患排查。\n乡道、村道沿线不得堆放杂物。\n"
                     "县、乡两级要压实责任。\n镇要加强管理。\n")
    assert by_text(result, "由镇应急管理办").party == "镇应急管理办"
    things = by_text(result, "乡道")
    assert things.party_source != "explicit" and things.party == "镇应急管理办"  # inherited; not 乡, not 乡道、村
    assert by_text(result, "县、乡两级").party == "县、乡两级" and by_text(result, "镇要").party == "镇"


def test_a_lead_in_before_one_side_and_the_other():
    text = ("二、重点工作\n第一，压实防汛责任。各乡镇要落实责任人。\n第二，抓好隐患排查。县水利局要牵头开展大检查，一方面要对病险水库逐库落实度汛措施，"
            "主汛期前完成除险；另一方面要对堤防逐段排查。汛期各乡镇要严格执行值班制度。\n"
            "三、清醒认识当前防汛形势\n我们要把思想统一到部署上来。\n")
    result = extract(text)
    one = by_text(result, "县水利局要牵头")
    assert one.path == ["二", "第二", "一方面"] and one.deadline == "主汛期前"
    assert by_text(result, "另一方面").path == ["二", "第二", "另一方面"]
    assert by_text(result, "汛期各乡镇").party == "各乡镇"
    assert all(not it.text.startswith("我们要把思想") for it in result.items)  # a part about the situation


def test_windows_and_vague_limits_are_deadlines():
    text = ("二、重点任务\n汛期各乡镇要严格执行24小时值班制度。\n要在节假日等重点时段加强客流监测。\n"
            "要做好岁末年初重要商品保供工作。\n各县当年引进工业项目3个。\n要按期完成校舍改造任务。\n"
            "培训期间学员不得请假。\n对未按期完成任务的，严肃问责。\n今年计划改造的小区要在10月底前全部开工。\n"
            "切实履行好防汛期间值守职责。\n")
    deadlines = [it.deadline for it in extract(text).items]
    assert deadlines == ["汛期", "节假日等重点时段", "岁末年初", "当年", "按期", "培训期间", None, "10月底前",
                         "防汛期间"]  # the window, not the verb before it


def test_a_weekday_or_an_hour_between_the_date_and_qian_stays_in_the_deadline():
    text = ("请各单位于4月26日（周五）前报送申报材料。\n请各县于5月8日（星期一）17:30前报送汇总表。\n"
            "请各校于6月3日16时前报送名单。\n")
    deadlines = [it.deadline for it in extract(text).items]
    assert deadlines == ["4月26日（周五）前", "5月8日（星期一）17:30前", "6月3日16时前"]


def test_goals_without_a_figure_at_the_end_of_the_list_stay_in_the_target():
    text = ("（一）预期目标\n今年全区主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在4%以内，"
            "居民人均可支配收入与经济增长同步，完成市下达的节能减排目标任务。\n"
            "今年全区主要预期目标是：地区生产总值增长6%左右，在实际工作中争取更好结果。\n"
            "（二）港口建设\n要加快码头建设，港口集装箱吞吐量达到300万标箱。\n")
    targets = [it.target for it in extract(text).items if it.target]
    assert targets == ["地区生产总值增长6%左右，城镇调查失业率控制在4%以内，居民人均可支配收入与经济增长同步，"
                       "完成市下达的节能减排目标任务", "地区生产总值增长6%左右", "港口集装箱吞吐量达到300万标箱"]


def test_several_dates_make_one_deadline_and_the_first_three_quarters_are_no_limit():
    text = ("各村要把前三季度的进度表和年度台账分别于9月10日、12月20日前交镇党政办。\n"
            "各乡镇要在三季度末前完成验收。\n")
    deadlines = [it.deadline for it in extract(text).items]
    assert deadlines == ["9月10日、12月20日前", "三季度末前"]


def test_goals_before_the_first_part_are_a_task():
    """An excerpt that opens with the year's expected targets, before its first numbered part."""
    text = ("今年全县经济社会发展主要预期目标是：地区生产总值增长6%左右，城镇新增就业3000人以上。\n"
            "（三）抓好项目建设\n要加快园区建设。\n")
    first = extract(text).items[0]
    assert (first.kind, first.rule, first.path) == ("task", "target.goals", [])
    assert first.target == "地区生产总值增长6%左右，城镇新增就业3000人以上"
