"""Shapes met in real published documents (issue "Real documents"), on text written for these tests:
numbering that runs on across parts, label styles, bare imperatives in task parts, run-in headings,
zones, parties, targets as metric and value, and why each item is an item."""
import json

import pytest
from click.testing import CliRunner

from speechmine import extract
from speechmine.cli import main
from speechmine.analysis.items import RULES


def items(text: str) -> list:
    return extract(text).items


#: A second part after a sentence under test: one with a figure, for targets and goals.
PARK = "（二）抓民生。新建口袋公园6个。"


def in_part(sentence: str, opening: str = "二、工作要求\n（一）健全机制。", closing: str = "（二）各村要加强巡查。") -> dict:
    """The items found when `sentence` stands in a numbered part (after `opening`, before `closing`),
    by their text."""
    return {it.text: it for it in items(f"{opening}{sentence}\n{closing}\n")}


def test_numbering_runs_on_across_parts():
    text = ("一、夯实产业基础\n（一）加快园区建设。推进标准厂房建设。\n（二）培育龙头企业。支持企业技术改造。\n"
            "二、提升公共服务\n（三）办好民生实事。新建社区食堂。\n（四）加强基层医疗。推进家庭医生签约。\n")
    paths = {it.text: it.path for it in items(text)}
    assert paths["（三）办好民生实事。"] == ["二", "（三）"]
    assert paths["新建社区食堂。"] == ["二", "（三）"]
    assert paths["推进家庭医生签约。"] == ["二", "（四）"]


def test_an_excerpt_may_open_at_any_number_of_a_part_style():
    text = "（五）优化营商环境。推行惠企政策免申即享。\n（六）扩大有效投资。加快重点项目前期工作。\n"
    paths = {it.text: it.path for it in items(text)}
    assert paths["加快重点项目前期工作。"] == ["（六）"]


@pytest.mark.parametrize("first, second", [("⑴", "⑵"), ("㈠", "㈡"), ("Ⅰ.", "Ⅱ."), ("1.1 ", "1.2 "), ("一．", "二．")])
def test_more_label_styles(first, second):
    text = f"{first}加强组织领导。各镇要成立工作专班。\n{second}强化督促检查。各镇要每月报送进展。\n"
    found = items(text)
    assert [it.kind for it in found] == ["heading", "task", "heading", "task"]
    assert found[3].path[-1] == second.strip().rstrip(".．")


def test_a_series_of_one_paragraph_each_does_not_cover_the_next_paragraph():
    text = ("会议强调，做好明年工作要抓好以下重点任务。\n一是稳定工业增长。推动传统产业升级。\n"
            "二是扩大有效需求。实施消费提振行动。\n会议要求，各地要做好岁末年初保供稳价工作。\n")
    last = items(text)[-1]
    assert last.text.startswith("会议要求") and last.path == []


def test_bare_imperatives_in_a_numbered_part_whatever_their_verb():
    text = ("一、重点任务\n（一）壮大特色产业。深度挖掘红色文化资源，打造一批研学线路。专项治理农村乱占耕地建房问题。"
            "孵化培育一批本地种业企业。园区今天的模样，都是一锤一锤干出来的。这份报告写得十分扎实。\n")
    rules = {it.text: it.rule for it in items(text)}
    assert rules["深度挖掘红色文化资源，打造一批研学线路。"] == "imperative.task-part"
    assert rules["专项治理农村乱占耕地建房问题。"] == "imperative.task-part"
    assert "孵化培育一批本地种业企业。" in rules
    assert "园区今天的模样，都是一锤一锤干出来的。" not in rules  # a description
    assert "这份报告写得十分扎实。" not in rules


def test_a_short_name_in_quotes_after_a_verb_of_saying_is_no_quotation():
    text = "二、进度安排\n各科室按照分工做好年度总结，11月底前提出“十五五”工作思路。\n"
    assert [it.party for it in items(text)] == ["各科室"]


def test_a_numbered_title_that_asks_to_keep_to_rules_is_a_heading():
    text = "四、有关要求\n（一）严守工作纪律。各检查组要轻车简从。\n（二）加强信息报送。各地要每周报送进展。\n"
    assert [(it.kind, it.text) for it in items(text)][0] == ("heading", "（一）严守工作纪律。")


def test_what_an_action_is_worth_said_at_its_end_is_no_task():
    text = "二、重点工作\n（一）抓好安全生产。守住安全底线，落实企业主体责任至关重要。各镇要每月开展排查。\n"
    assert [it.text for it in items(text)][1:] == ["各镇要每月开展排查。"]


def test_what_is_needed_is_no_modal():
    text = "二、重点工作\n（四）加强应急装备建设，保障抢险救援所需物资储备和日常维护。\n"
    assert [(it.party, it.rule) for it in items(text)] == [(None, "numbered.item")]  # not the party 保障抢险救援所


def test_an_adverbial_is_no_description_in_a_bare_imperative():
    text = ("二、检查重点\n（一）生产恢复方面。摸清各县生产进度、原料供给特别是骨干企业用工等情况。"
            "特别是外地务工人员返岗较慢，用工缺口是主要困难。\n")
    rules = {it.text: it.rule for it in items(text)}
    assert rules["摸清各县生产进度、原料供给特别是骨干企业用工等情况。"] == "imperative.task-part"
    assert "特别是外地务工人员返岗较慢，用工缺口是主要困难。" not in rules  # opening with it, it describes


def test_an_excerpt_that_opens_inside_a_part_reads_its_opening_as_in_that_part():
    text = ("加快园区建设。深度挖掘红色文化资源，打造一批研学线路。专项治理农村乱占耕地建房问题。\n"
            "（三）抓好民生保障\n要办好十件实事。\n")
    rules = {it.text: it.rule for it in items(text)}
    assert rules["深度挖掘红色文化资源，打造一批研学线路。"] == "imperative.task-part"
    assert rules["专项治理农村乱占耕地建房问题。"] == "imperative.task-part"
    # a preamble before the first part is no part: its bare imperatives count only with a listed verb
    assert "深度挖掘红色文化资源。" not in {it.text for it in items("今年是开局之年。深度挖掘红色文化资源。\n（三）抓好民生保障\n")}


def test_outside_numbered_parts_only_listed_verbs_and_markers_count():
    assert [it.text for it in items("深度挖掘红色文化资源。\n")] == []


def test_a_run_in_heading_opens_its_paragraph():
    text = "一、重点任务\n（一）稳住经济大盘。全力扩大有效投资。加快专项债项目开工，年内开工项目不少于30个。\n"
    found = items(text)
    kinds = {it.text: (it.kind, it.rule) for it in found}
    assert kinds["（一）稳住经济大盘。"][0] == "heading"
    text = "一、重点任务\n全力扩大有效投资。加快专项债项目开工，年内开工项目不少于30个。\n"
    kinds = {it.text: (it.kind, it.rule) for it in items(text)}
    assert kinds["全力扩大有效投资。"] == ("heading", "heading.run-in")
    assert kinds["加快专项债项目开工，年内开工项目不少于30个。"][0] == "task"


def test_a_unit_with_a_time_limit_is_no_run_in_heading():
    text = "三、下步打算\n县水利局要在6月底前完成堤防加固。严禁在河道内违规采砂。\n"
    assert items(text)[1].kind == "task"


def test_a_title_with_one_action_clause_is_no_review():
    text = "一、认清形势，压实责任\n各乡镇要在3月底前签订安全生产责任书。\n"
    assert [it.text for it in items(text) if it.kind == "task"] == ["各乡镇要在3月底前签订安全生产责任书。"]
    text = "一、清醒认识当前安全生产形势\n去年全县事故起数下降。各乡镇要深刻汲取教训。\n"
    assert [it.text for it in items(text) if it.kind == "task"] == []


def test_a_remediation_directive_among_problems_is_a_task():
    text = ("一、存在的问题\n一是部分河道清理不彻底。二是少数单位整改不及时；有的台账不完整。"
            "对上述问题，各乡镇要逐一建立清单，确保6月底前全部整改到位。\n二、下步工作\n要加强巡查。\n")
    found = {it.text: it for it in items(text)}
    item = found["对上述问题，各乡镇要逐一建立清单，确保6月底前全部整改到位。"]
    assert (item.rule, item.deadline, item.party) == ("directive.remediation", "6月底前", "各乡镇")
    assert not any("台账不完整" in text for text in found)


def test_every_unit_of_a_level_is_a_party_and_the_audience_is_inherited_by_no_one():
    text = ("一、重点任务\n（一）提升服务能力。各区要在年底前建成社区卫生服务中心。\n"
            "（二）扩大有效投资。我们将全力推进重点项目。加快专项债券发行使用。\n")
    parties = {it.text: it.party for it in items(text)}
    assert parties["各区要在年底前建成社区卫生服务中心。"] == "各区"
    assert parties["我们将全力推进重点项目。"] == "我们"
    assert parties["加快专项债券发行使用。"] is None


def test_a_name_before_a_figure_is_no_party():
    text = "一、重点任务\n（一）保障经费。确保各县（市、区）财政资金年内足额到位。\n"
    item = items(text)[-1]
    assert item.party is None


@pytest.mark.parametrize("sentence, target", [
    ("要提高农村供水保障水平，农村自来水普及率达到95%以上。", "农村自来水普及率达到95%以上"),
    ("每学期组织消防疏散演练不少于2次。", "不少于2次"),
    ("年内完成800户老旧小区的改造任务。", "完成800户老旧小区的改造任务"),
    ("加快推进15个安置区域的配套道路建设。", None),
    ("网格员应每月至少上门走访2次独居老人。", "至少上门走访2次"),
    ("全镇固定资产投资完成率要达到80%以上。", "固定资产投资完成率要达到80%以上"),  # the area is the subject's
    ("着力引进投资超10亿元的产业项目。", None),
])
def test_targets_are_the_metric_and_its_value(sentence, target):
    found = items("一、重点任务\n（一）工作要求。" + sentence + "\n")
    assert found[-1].target == target


def test_every_item_says_which_rule_made_it():
    result = extract("二、重点任务\n（一）加强领导。各镇要成立专班。严禁弄虚作假。深度挖掘特色资源。\n")
    rules = [it.rule for it in result.items]
    assert rules == ["heading.numbered", "directive.modal", "directive.prohibition", "imperative.task-part"]
    assert all(rule in RULES for rule in rules)
    assert [it["rule"] for it in result.to_dict()["items"]] == rules


def test_extract_shows_rules_in_markdown_on_request(tmp_path):
    source = tmp_path / "s.txt"
    source.write_text("二、重点任务\n各镇要成立专班。\n", encoding="utf-8")
    plain = CliRunner().invoke(main, ["extract", str(source), "--format", "md"])
    with_rules = CliRunner().invoke(main, ["extract", str(source), "--format", "md", "--rules"])
    assert "规则" not in plain.output
    assert "规则 `directive.modal`" in with_rules.output


GOLD = {"doc": "s.txt", "items": [
    {"text": "各镇要在6月底前成立专班。", "kind": "task", "borderline": False, "party": "各镇",
     "deadline": "6月底前", "target": None, "path": ["二"]},
    {"text": "各村要每月排查一次隐患。", "kind": "task", "borderline": False, "party": "各村",
     "deadline": "每月", "target": None, "path": ["二"]}]}


@pytest.fixture
def annotated(tmp_path):
    (tmp_path / "s.txt").write_text("二、重点任务\n各镇要在6月底前成立专班。各村要每月排查一次隐患。\n", encoding="utf-8")
    (tmp_path / "s.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_evaluate_a_document_against_its_gold(annotated):
    result = CliRunner().invoke(main, ["evaluate", str(annotated / "s.txt"), str(annotated / "s.gold.json")])
    assert result.exit_code == 0
    assert result.output == ("P 1.000  R 1.000  F1 1.000  party 1.000  path 1.000  deadline-F1 1.000  "
                             "target-F1 1.000  exact-target-F1 1.000  (gold 2, predicted 2)\n")


def test_evaluate_an_extraction_json_finds_its_source_beside_the_gold(annotated):
    extracted = annotated / "pred.json"
    CliRunner().invoke(main, ["extract", str(annotated / "s.txt"), "-o", str(extracted)])
    result = CliRunner().invoke(main, ["evaluate", str(extracted), str(annotated / "s.gold.json"), "--json"])
    scores = json.loads(result.output)
    assert (scores["f1"], scores["gold"], scores["predicted"], scores["spurious"]) == (1.0, 2, 2, [])


def test_evaluate_lists_misses_on_request(annotated):
    gold = dict(GOLD, items=[{"text": "二、重点任务", "kind": "heading", "borderline": False, "party": None,
                              "path": ["二"]}] + GOLD["items"])
    (annotated / "g2.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(annotated / "s.txt"), str(annotated / "g2.json"), "--show"])
    assert result.output.splitlines()[0] == "missed:   二、重点任务"
    assert "R 0.667" in result.output


def test_evaluate_with_a_bad_gold_file_is_one_line_and_exit_1(annotated):
    (annotated / "bad.json").write_text("{", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(annotated / "s.txt"), str(annotated / "bad.json")])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "not a JSON gold file" in result.output


def test_a_party_before_its_time_window():
    text = "四、纪律要求\n（二）学习纪律。学员培训期间需按时签到。学员结业时请交回房卡。\n"
    found = {it.text: it for it in items(text)}
    item = found["学员培训期间需按时签到。"]
    assert (item.party, item.deadline) == ("学员", "培训期间")
    assert found["学员结业时请交回房卡。"].party == "学员"


def test_who_asks_is_no_part_of_the_party_asked():
    text = ("镇党委书记刘平主持召开专题会议。\n会议要求各村要在6月底前完成排查。\n刘平要求包村干部要每周入户走访。\n"
            "他要求镇直各单位要加强配合。\n这就要求我们必须加快转型步伐。\n符合要求的企业要及时申报补贴。\n")
    parties = {it.text: it.party for it in items(text)}
    assert parties["会议要求各村要在6月底前完成排查。"] == "各村"
    assert parties["刘平要求包村干部要每周入户走访。"] == "包村干部"
    assert parties["他要求镇直各单位要加强配合。"] == "镇直各单位"
    assert parties["这就要求我们必须加快转型步伐。"] in (None, "我们")
    assert parties["符合要求的企业要及时申报补贴。"] == "符合要求的企业"  # 要求 in the party's own words


def test_an_organisation_is_a_party_but_not_an_action_on_one():
    text = ("会议强调，各级工会组织要组织职工开展劳动竞赛。\n社会组织要依法规范开展活动。\n"
            "坚持未经登记的组织不得开展募捐活动。\n")
    parties = {it.text: it.party for it in items(text)}
    assert parties["会议强调，各级工会组织要组织职工开展劳动竞赛。"] == "各级工会组织"
    assert parties["社会组织要依法规范开展活动。"] == "社会组织"
    assert parties["坚持未经登记的组织不得开展募捐活动。"] is None


def test_an_attribution_inside_the_sentence_gives_its_units_to_that_item():
    text = ("二、重点任务\n1.健全防汛体系，9月底前完成县级防汛预案修编（县水利局防汛科牵头，县应急局、县气象局配合）。\n"
            "2.开展河道采砂专项检查（责任单位：县水政监察大队）。\n3.年内培训基层水管员200名（县人社局牵头）。\n")
    found = items(text)
    assert [(it.party, it.party_source, it.co_parties) for it in found] == [
        ("县水利局防汛科", "attribution", ["县应急局", "县气象局"]),
        ("县水政监察大队", "attribution", []),
        ("县人社局", "attribution", [])]
    assert not any(it.extra.get("suggested_party") for it in found)


def test_a_meetings_assessment_is_no_task_but_what_it_then_asks_is():
    text = ("为解决企业用水问题，副县长召开现场办公会。\n"
            "会议认为，该项目已经全面投产，县直各相关部门和镇政府一定要靠前服务、跟踪问效。\n"
            "会议认为，当前企业生产经营总体平稳。\n会议要求：\n一、由县水务局牵头，尽快完成供水管网接驳。\n")
    texts = [it.text for it in items(text)]
    assert "会议认为，该项目已经全面投产，县直各相关部门和镇政府一定要靠前服务、跟踪问效。" in texts
    assert "会议认为，当前企业生产经营总体平稳。" not in texts


def test_units_described_by_what_they_are_or_do_are_a_party():
    sentences = ["排放重点污染物的企业要按时公开监测数据。", "对逾期未整改的企业要依法处理。",
                 "80%以上的乡镇卫生院要配备远程诊疗设备。", "疫情较重的乡镇要加密排查频次。"]
    parties = {s: items(s + "\n")[-1].party for s in sentences}
    assert parties["排放重点污染物的企业要按时公开监测数据。"] == "排放重点污染物的企业"
    assert parties["疫情较重的乡镇要加密排查频次。"] == "疫情较重的乡镇"
    assert parties["对逾期未整改的企业要依法处理。"] is None  # the firms are acted on
    assert parties["80%以上的乡镇卫生院要配备远程诊疗设备。"] is None  # a share: a target


def test_units_joined_with_hui_tong_are_co_parties():
    item = items("二、重点任务\n县住建局要会同县财政局、县自然资源局，在6月底前出台改造补助办法。\n")[-1]
    assert (item.party, item.co_parties, item.deadline) == ("县住建局", ["县财政局", "县自然资源局"], "6月底前")
    assert [s.text for s in item.co_party_spans] == item.co_parties


def test_a_figures_name_and_a_four_character_phrase_are_no_party_and_no_modal():
    text = ("一、主要目标\n（一）学前教育。全县普惠性幼儿园覆盖率85%以上。人人都要爱护公共设施。\n"
            "会议指出，当前市场供多需少，价格承压。\n")
    found = {it.text: it for it in items(text)}
    assert found["全县普惠性幼儿园覆盖率85%以上。"].party is None
    assert found["人人都要爱护公共设施。"].party == "人人"
    assert "会议指出，当前市场供多需少，价格承压。" not in found


def test_a_definition_is_no_task():
    text = "一、重点任务\n（一）优化服务。提升服务水平就是让群众办事少跑腿。提升服务水平，让群众办事少跑腿。\n"
    texts = [it.text for it in items(text)]
    assert "提升服务水平就是让群众办事少跑腿。" not in texts
    assert "提升服务水平，让群众办事少跑腿。" in texts


def test_a_series_title_with_calls_to_act_after_its_first_clause_states_no_result():
    text = ("同志们：\n今天召开全市工作会议。首先，我代表市委向大家致以问候！\n"
            "一是深入学习贯彻上级会议精神，确保全市工作沿着正确方向推进。要把学习成果转化为发展动力。\n"
            "二是牢记争先进位要求，筑牢产业发展根基，大力推动制造业转型升级。要加快培育新兴产业集群。\n")
    texts = [it.text for it in items(text)]
    assert "二是牢记争先进位要求，筑牢产业发展根基，大力推动制造业转型升级。" in texts
    assert "要加快培育新兴产业集群。" in texts


def test_what_an_action_will_bring_is_no_task():
    text = "一、重点任务\n（一）建设产业高地。培育壮大先进制造业集群，也将带动全省就业结构持续优化。推动传统产业转型升级。\n"
    texts = [it.text for it in items(text)]
    assert "培育壮大先进制造业集群，也将带动全省就业结构持续优化。" not in texts
    believed = "我们现在付出的努力越多，将来的收获必将越丰厚。"
    assert believed not in [it.text for it in items("一、重点任务\n（一）建设产业高地。" + believed + "\n")]
    assert "推动传统产业转型升级。" in texts


def test_what_an_action_is_worth_is_no_task():
    text = ("一、重点任务\n（一）推进乡村振兴。抓住发展机遇，建设美丽乡村是重要内容、有力支撑。发展特色产业是增收的关键。"
            "鼓励企业特别是小微企业参与乡村建设。宣传“服务是第一责任”的理念。把安全生产作为头等大事，营造人人都是安全员的良好氛围。\n")
    texts = [it.text for it in items(text)]
    assert "抓住发展机遇，建设美丽乡村是重要内容、有力支撑。" not in texts
    assert "发展特色产业是增收的关键。" not in texts
    judged = ("一、重点任务\n（一）改善生态。保护好生态环境，是全县最重要的任务，也是群众最关心的事。"
              "积极融入区域协作是开放的应有之义。把发展是第一要务贯穿于各项工作。"
              "全面贯彻实施生态保护条例是全县工作的主线。始终把发展是第一要务贯穿于各项工作。\n")
    texts_judged = [it.text for it in items(judged)]
    assert "保护好生态环境，是全县最重要的任务，也是群众最关心的事。" not in texts_judged
    assert "积极融入区域协作是开放的应有之义。" not in texts_judged
    assert "把发展是第一要务贯穿于各项工作。" in texts_judged
    assert "全面贯彻实施生态保护条例是全县工作的主线。" not in texts_judged
    assert "始终把发展是第一要务贯穿于各项工作。" in texts_judged
    for task in ("鼓励企业特别是小微企业参与乡村建设。", "宣传“服务是第一责任”的理念。", "把安全生产作为头等大事，营造人人都是安全员的良好氛围。"):
        assert task in texts


def test_a_modal_with_no_verb_after_it_is_no_directive():
    text = ("二、重点工作\n（一）办好民生实事。坚持群众有所呼、政府有所应，推动养老服务扩面提质。\n"
            "民生无小事，落实为要。\n")
    found = {it.text: it for it in items(text)}
    assert found["坚持群众有所呼、政府有所应，推动养老服务扩面提质。"].party is None
    assert "民生无小事，落实为要。" not in found
    quoted = "今年要抓好以下工作。\n更加注重就业优先，确保“零就业”家庭动态清零。\n"  # a quotation mark after 确保
    assert "更加注重就业优先，确保“零就业”家庭动态清零。" in [it.text for it in items(quoted)]


def test_people_congresses_and_conferences_are_parties_and_a_units_work_is_not_the_unit():
    text = "一、加强监督\n各级人大要依法开展执法检查。县政协要围绕中心工作开展协商议政。\n"
    found = {it.text: it for it in items(text)}
    assert found["各级人大要依法开展执法检查。"].party == "各级人大"
    assert found["县政协要围绕中心工作开展协商议政。"].party == "县政协"
    rule_of_law = "依法履行各项职能，确保政府工作始终依法依规推进。"
    assert {it.text: it.party for it in items(rule_of_law + "\n")}[rule_of_law] is None


def test_a_subject_after_an_event_clause_or_before_a_preposition():
    text = ("一、重点任务\n（一）强化服务。老人登记后，乡镇卫生院为其安排一次体检。"
            "家庭医生对签约居民每年开展一次健康评估。\n（二）完善设施。2026年底前，每个村建成1个便民服务点。\n")
    parties = {it.text: it.party for it in items(text)}
    assert parties["老人登记后，乡镇卫生院为其安排一次体检。"] == "乡镇卫生院"
    assert parties["家庭医生对签约居民每年开展一次健康评估。"] == "家庭医生"
    assert parties["2026年底前，每个村建成1个便民服务点。"] is None  # a date is no event clause


def test_a_party_described_by_what_it_does():
    text = "四、有关要求\n（二）请参加培训的同志于开班前30分钟到会场报到。希望参赛的单位按时提交作品。\n"
    parties = [it.party for it in items(text)]
    assert parties == ["参加培训的同志", "参赛的单位"]


def test_every_unit_named_after_the_opening_modal():
    item = items("二、重点任务\n要加强统筹协调，各乡镇各部门结合实际抓好落实。\n")[-1]
    assert item.party == "各乡镇各部门"


def test_a_body_named_by_its_own_words_opens_the_sentence():
    text = "七、评审程序\n（一）初评\n1.专家评审委员会根据评审标准对申报材料进行初评。初评结果报组委会审定。\n"
    found = [it for it in items(text) if it.kind != "heading" or it.label == "1"]
    assert [it.party for it in found] == ["专家评审委员会", "专家评审委员会"]


def test_a_numbered_line_that_names_a_thing_is_no_item():
    text = "三、申报材料\n（一）材料清单\n1.申报汇总表（附表1）\n2.作品照片及电子文件\n3.各单位要于5月10日前报送材料。\n"
    assert [it.text for it in items(text) if it.kind != "heading"] == ["3.各单位要于5月10日前报送材料。"]


def test_a_title_that_opens_with_a_review_word_as_a_verb_is_a_task_part():
    text = ("一、活动安排\n区教育局组织开展校园科技节活动。\n"
            "二、总结表彰\n1.向获得一等奖的学生颁发证书。\n2.向各校通报活动结果。\n"
            "三、工作回顾\n1.向获得一等奖的学生颁发了证书。\n")
    texts = [it.text for it in items(text)]
    assert "1.向获得一等奖的学生颁发证书。" in texts
    assert "2.向各校通报活动结果。" in texts
    assert "1.向获得一等奖的学生颁发了证书。" not in texts  # 工作回顾 still reviews


def test_a_past_word_inside_the_object_of_a_preposition_reports_nothing():
    text = "一、扶持措施\n（一）加大奖励。对取得省级认定的企业给予一次性奖励。\n"
    assert "对取得省级认定的企业给予一次性奖励。" in [it.text for it in items(text)]


def test_work_assigned_by_you_fu_ze_is_a_task_with_its_whole_party():
    text = ("各镇（街道）：\n为做好今年农村道路养护，现将有关事项通知如下。本次养护的具体实施工作由县交通运输局"
            "公路养护中心负责。\n一、工作要求\n各镇要在5月底前完成排查。\n本通知未尽事宜，由县交通运输局负责解释。\n")
    found = {it.text: it for it in items(text)}
    item = found["本次养护的具体实施工作由县交通运输局公路养护中心负责。"]
    assert item.party == "县交通运输局公路养护中心" and item.rule == "directive.modal"
    assert "本通知未尽事宜，由县交通运输局负责解释。" not in found


def test_a_numbered_line_without_a_verb_names_people_or_things():
    text = ("一、参加对象\n（一）各科室正、副科长（主任），各中心负责人；\n（二）各乡镇分管领导，农业服务中心主任。\n"
            "二、有关要求\n（一）请各单位于3月5日前报送参会名单。\n")
    texts = [it.text for it in items(text)]
    assert not any(t.startswith(("（一）各科室", "（二）各乡镇")) for t in texts)
    assert "（一）请各单位于3月5日前报送参会名单。" in texts


def test_ordinals_of_two_kinds_make_one_series():
    text = ("一、提高站位\n首先，要统一思想。各镇要传达会议精神。\n其次，要压实责任。各部门要分解任务。\n"
            "第三，要强化督查。督查室要每月通报。\n"
            "二、抓好重点\n第一，稳就业。人社局要开展招聘活动。\n第二，保民生。民政局要落实救助政策。\n"
            "最后，防风险。应急局要排查隐患。\n")
    paths = {it.text: it.path for it in items(text)}
    assert paths["督查室要每月通报。"] == ["一", "第三"]
    assert paths["应急局要排查隐患。"] == ["二", "最后"]


def test_a_series_may_open_after_a_lead_ins_colon():
    text = ("二、突出重点\n今年要抓好以下工作：一是扩大有效投资。全年新开工项目50个。"
            "二是培育新兴产业。要加快布局数字经济。\n")
    found = {it.text: it for it in items(text)}
    assert found["今年要抓好以下工作：一是扩大有效投资。"].path == ["二", "一是"]
    assert found["全年新开工项目50个。"].path == ["二", "一是"]
    assert found["要加快布局数字经济。"].path == ["二", "二是"]


def test_attribution_lines_one_after_another_all_cover_the_item_above():
    text = ("二、重点任务\n1.深化一网通办。推动政务服务事项全部纳入一体化平台办理。\n"
            "责任单位：市政务服务局、市大数据局\n完成时限：2025年6月底前\n")
    found = {it.text: it for it in items(text)}
    task = found["推动政务服务事项全部纳入一体化平台办理。"]
    assert (task.party, task.co_parties, task.deadline) == ("市政务服务局", ["市大数据局"], "2025年6月底前")



def test_several_brackets_in_one_item_each_cover_the_sentences_after_the_previous_one():
    text = ("一、提升数字服务\n（一）推进掌上办事。上线移动办事大厅。推动200项事项掌上可办。（市行政审批局牵头）"
            "整合各类便民热线。（市政府办公室、市大数据局牵头）建设统一预约平台。（市大数据局牵头）\n")
    found = {it.text: it for it in items(text)}
    assert found["（一）推进掌上办事。"].party == "市行政审批局"  # the heading: the first bracket's
    assert found["推动200项事项掌上可办。"].party == "市行政审批局"
    assert (found["整合各类便民热线。"].party, found["整合各类便民热线。"].co_parties) == ("市政府办公室", ["市大数据局"])
    assert found["建设统一预约平台。"].party == "市大数据局"  # not swallowed by the bracket before it


def test_a_series_of_what_some_do_describes_a_problem():
    text = ("三、转变作风\n少数干部作风不实。有的遇事推诿、层层上交，不催不办；有的习惯坐在办公室里听汇报，"
            "情况不明。要坚决纠正这些问题。\n")
    texts = [it.text for it in items(text)]
    assert not any("有的" in t for t in texts) and "要坚决纠正这些问题。" in texts


def test_finally_announcing_the_points_to_come_is_no_task():
    text = "三、几点要求\n最后，我再给大家提两点要求。一要抓好落实。要把任务分解到人。\n"
    assert "最后，我再给大家提两点要求。" not in [it.text for it in items(text)]


def test_an_excerpt_that_leaves_parts_out_keeps_the_labels_it_has():
    text = ("（一）稳定工业增长。推动重点企业满产达产。\n（二）扩大有效投资。推动项目早开工早见效。\n"
            "（五）改善生态环境。推进河湖综合治理。\n")
    paths = {it.text: it.path for it in items(text)}
    assert paths["（五）改善生态环境。"] == ["（五）"]
    assert paths["推进河湖综合治理。"] == ["（五）"]


@pytest.mark.parametrize("text, parties", [
    # a time limit, then who acts
    ("二、时间安排\n（一）单位申报。5月20日前，企业在系统中填报项目信息。\n"
     "（二）审核推荐。6月10日前，各县区教育局完成材料审核。\n",
     {"5月20日前，企业在系统中填报项目信息。": "企业", "6月10日前，各县区教育局完成材料审核。": "各县区教育局"}),
    # a part of a month in a schedule, then who acts
    ("三、工作安排\n（一）初审。4月下旬，县教育局通过平台汇总各校申报材料。\n"
     "（二）复核。5月初，市教育局根据初审意见组织复核。\n",
     {"4月下旬，县教育局通过平台汇总各校申报材料。": "县教育局", "5月初，市教育局根据初审意见组织复核。": "市教育局"}),
])
def test_the_subject_after_a_leading_time_is_the_party(text, parties):
    found = {it.text: it.party for it in items(text)}
    assert {sentence: found[sentence] for sentence in parties} == parties


def test_a_readout_that_opens_with_a_day_names_no_party_from_its_event():
    event = "3月12日，县教育局召开全县教育系统工作会议，深入学习贯彻上级会议精神，安排部署全年重点工作。"
    text = event + "\n会议要求，各学校要抓好开学准备。\n"
    assert event not in [it.text for it in items(text)]


def test_a_decision_on_a_problem_it_addresses_is_an_item_of_the_unit_named_after_you():
    text = ("会议要求：\n一、由县住建局牵头，尽快完成老旧小区改造方案。\n"
            "二、针对部分小区存在的停车难问题，由青山区政府从方便群众出发，进一步挖掘停车资源。\n"
            "三、针对企业反映的用地手续问题，由自然资源、住建、交通部门按照各自职责，尽快帮助企业办结手续，确保企业按期开工。\n")
    found = {it.text: it for it in items(text)}
    second = "二、针对部分小区存在的停车难问题，由青山区政府从方便群众出发，进一步挖掘停车资源。"
    third = "三、针对企业反映的用地手续问题，由自然资源、住建、交通部门按照各自职责，尽快帮助企业办结手续，确保企业按期开工。"
    assert found[second].party == "青山区政府"
    assert found[third].party == "自然资源、住建、交通部门"


def test_from_one_state_to_another_names_no_party():
    text = ("三、重点工作\n推动城市管理由突击整治向长效管理转变，由政府包办向多方共治转变。\n"
            "推动职业院校由12所增加到15所。\n")
    parties = {it.text: it.party for it in items(text)}
    assert parties["推动城市管理由突击整治向长效管理转变，由政府包办向多方共治转变。"] is None
    assert parties["推动职业院校由12所增加到15所。"] is None


def test_an_unnumbered_title_over_a_numbered_series_is_a_heading_above_it():
    text = ("着力推进城市数字化\n1、完善城市感知网络\n推进路灯杆、信号杆多杆合一。\n2、建设城市数据平台\n汇聚各部门公共数据。\n"
            "全面提升数字服务水平\n1、推进掌上办事\n推动高频事项掌上可办。\n下面着重抓好几件事：\n1、优化营商环境\n压减审批时限。\n")
    found = {it.text: it for it in items(text)}
    assert (found["全面提升数字服务水平"].kind, found["全面提升数字服务水平"].path) == ("heading", [])
    assert found["推动高频事项掌上可办。"].path == ["1"]
    assert "下面着重抓好几件事：" not in found  # a lead-in, not a title


def test_a_report_whose_part_labels_were_lost_gives_tasks_from_its_plan_only():
    text = ("各位代表：\n受县人民政府委托，我向大会作工作报告，请予审议。\n上年工作回顾\n一年来，全县经济运行稳中有进。\n"
            "（一）项目建设提速。新开工项目86个，完成投资120亿元。\n（二）民生保障有力。新建幼儿园5所。\n"
            "今年工作安排\n（一）扩大有效投资。要加快推进重点项目建设。\n（二）办好民生实事。新建幼儿园4所。\n")
    texts = [it.text for it in items(text)]
    assert texts == ["（一）扩大有效投资。", "要加快推进重点项目建设。", "（二）办好民生实事。", "新建幼儿园4所。"]


def test_figures_reported_before_the_first_part_are_no_items():
    text = ("各位代表：\n过去一年，全市经济稳中有进。\n机场旅客吞吐量增长12%；港口货物吞吐量增长8%。\n"
            "一、今年工作安排\n要加快建设城市绿道。\n")
    assert [it.text for it in items(text)] == ["要加快建设城市绿道。"]


def test_the_report_s_formula_asking_the_congress_to_review_it_is_no_task():
    text = ("各位代表：\n受县人民政府委托，我向大会作工作报告，请予审议，并请各位政协委员提出意见。\n"
            "一、今年工作安排\n要加快建设城市绿道。\n")
    assert [it.text for it in items(text)] == ["要加快建设城市绿道。"]

def test_after_a_list_of_one_paragraph_items_the_next_paragraph_returns_to_the_parent():
    text = ("二、申报程序\n1.申报。各单位按要求报送材料，材料包括：\n（1）项目申请书。\n（2）可行性研究报告。\n"
            "所有材料须于6月10日前报送科技处。\n2.评审。科技处组织专家评审。\n")
    paths = {it.text: it.path for it in items(text)}
    assert paths["所有材料须于6月10日前报送科技处。"] == ["二", "1"]


def test_the_list_of_attachments_at_the_end_of_a_notice_holds_no_tasks():
    text = ("各单位：\n一、工作要求\n请各单位于5月10日前报送统计表。\n附件：\n1.关于开展统计工作的通知\n"
            "2.年度统计表\n县统计局\n2025年4月1日\n")
    texts = [it.text for it in items(text)]
    assert texts == ["请各单位于5月10日前报送统计表。"]


@pytest.mark.parametrize("sentence", [
    "环境经历着深刻调整。",                             # 着: what is happening
    "未来一个时期，消费潜力会不断释放。",                # 会: a forecast
    "列宁把学习看作终身的事业。",                       # a person's name is no verb
    "总之，推进改革开放，是发展的必由之路。",            # a clause opening with 是 describes
    "创新源于实践，又服务实践。",                       # 源于 relates, it does not ask
    "当然，开放决不是无序的开放，而是有管理的开放。",    # 决不是……而是: a contrast, no ban
    "能不能守住底线，是对我们的考验。",                 # 能不能: a question
    "今年以来，我多次讲，要把稳就业放在首位。",          # the speaker recalls earlier words
    "我们认为，合作共赢仍是大势所趋。",                 # an opinion
    "事实证明，开放带来进步，封闭必然落后。",           # a lesson
    "比如，关于开放的论述，关于合作的论述。",            # an example
])
def test_commentary_in_a_speech_is_no_task(sentence):
    text = f"一、稳住经济大盘\n要深刻把握形势变化。{sentence}\n"
    texts = [it.text for it in items(text)]
    assert "要深刻把握形势变化。" in texts and sentence not in texts


def test_zhe_after_the_first_verb_of_a_clause_still_asks():
    text = "一、稳住经济大盘\n要深刻把握形势变化。带着问题深入基层调研。\n"
    assert "带着问题深入基层调研。" in [it.text for it in items(text)]


def test_a_numbered_material_to_hand_in_is_no_task():
    text = ("二、申报要求\n1.申报。各单位按要求报送材料，材料包括：\n（1）企业申请使用专项资金情况表（附件1）。\n"
            "（2）企业参加培训人员名单一式3份。\n（3）向主管部门报送推荐意见。\n")
    texts = [it.text for it in items(text)]
    assert "（1）企业申请使用专项资金情况表（附件1）。" not in texts and "（2）企业参加培训人员名单一式3份。" not in texts
    assert "（3）向主管部门报送推荐意见。" in texts


def test_a_numbered_list_of_cases_ending_in_de_is_no_task():
    text = ("三、参评要求\n2.有下列情形之一的作品不予受理：\n（1）抄袭他人设计的作品。\n（2）曾在往届评选中获奖的作品，"
            "未按时提交材料的作品。\n（3）逾期报送的；\n（4）各单位要于6月1日前报送合格的作品。\n"
            "（5）办好群众满意的活动。\n四要建设过硬的评审队伍。\n")
    texts = [it.text for it in items(text)]
    assert not any(t.startswith(("（1）", "（2）", "（3）")) for t in texts)
    assert {"（4）各单位要于6月1日前报送合格的作品。", "（5）办好群众满意的活动。", "四要建设过硬的评审队伍。"} <= set(texts)


def test_shu_li_opens_an_action_though_its_object_holds_a_copula():
    text = "二、优化服务\n四是提升服务水平。树立人人都是服务员的理念，主动上门服务企业。\n"
    assert "树立人人都是服务员的理念，主动上门服务企业。" in [it.text for it in items(text)]


MINUTES = ("2026年3月2日，县长主持召开县政府常务会议，研究以下事项。\n一\n会议传达学习省安全生产电视电话会议精神。\n"
           "会议强调，一是各乡镇要压实属地责任，全面排查风险隐患。二是县应急局要加强督导检查。\n"
           "二\n会议听取了县住建局关于老旧小区改造的汇报。\n推进老旧小区改造，对于改善群众居住条件具有重要意义。\n"
           "会议要求，一是县住建局要在4月底前完成施工招标。二是各有关单位要密切配合。\n")


def test_minutes_topics_numbered_by_a_bare_numeral_line_and_series_after_a_lead_in():
    found = {it.text: it for it in items(MINUTES)}
    assert "一" not in found and "二" not in found  # the label lines are no items
    assert found["会议强调，一是各乡镇要压实属地责任，全面排查风险隐患。"].path == ["一", "一是"]
    assert found["二是县应急局要加强督导检查。"].path == ["一", "二是"]
    first = found["会议要求，一是县住建局要在4月底前完成施工招标。"]
    assert first.path == ["二", "一是"] and first.party == "县住建局" and first.deadline == "4月底前"
    assert "会议传达学习省安全生产电视电话会议精神。" not in found  # what the meeting did
    assert "推进老旧小区改造，对于改善群众居住条件具有重要意义。" not in found  # why it matters


def test_the_agenda_titles_of_a_meeting_record_are_no_headings():
    text = ("3月2日，县长主持召开县政府第12次常务会议。\n一、传达学习全省安全生产会议精神，研究安全生产工作\n"
            "会议强调，各乡镇要压实属地责任。\n县应急局要加强督导检查。\n二 、研究城区停车难治理工作\n"
            "会议要求，县公安局要在6月底前完成停车泊位施划。\n")
    found = {it.text: it for it in items(text)}
    assert not any(t.startswith(("一、", "二 、")) for t in found)
    assert found["会议要求，县公安局要在6月底前完成停车泊位施划。"].path == ["二"]
    # the same titles in a speech head its parts
    speech = text.replace("3月2日，县长主持召开县政府第12次常务会议。", "同志们：")
    assert any(t.startswith("一、") for t in (it.text for it in items(speech)))


def test_what_the_meeting_heard_is_no_heading_and_the_present_moment_is_no_task():
    text = ("3月2日，县长主持召开县政府第12次常务会议。\n一、关于安全生产工作\n（一）会议听取了县应急局关于安全生产工作的汇报。\n"
            "（二）压实安全责任。\n当前正值春耕备耕的关键时期，抓好农资安全责任重大。\n各乡镇要开展农资市场检查。\n")
    texts = [it.text for it in items(text)]
    assert not any(t.startswith(("（一）会议听取", "当前正值")) for t in texts)
    assert "各乡镇要开展农资市场检查。" in texts


def test_ge_di_qu_is_a_party_and_a_state_after_que_bao_names_none():
    text = "一、重点任务\n各地区要加强补贴资金监管。\n二、边界管理\n组织开展界线联合检查，确保边界地区和谐稳定。\n"
    parties = {it.text: it.party for it in items(text) if it.kind == "task"}
    assert parties == {"各地区要加强补贴资金监管。": "各地区", "组织开展界线联合检查，确保边界地区和谐稳定。": None}


def test_national_bodies_and_lists_closed_by_deng_are_parties_and_a_condition_is_none():
    text = ("一、重点任务\n（一）简化审批流程。\n国家林草局会同有关部门制定森林防火补助办法。\n"
            "（二）细化补贴标准。\n水利部、应急部等部门按职责分工抓紧修订防汛预案。\n"
            "（三）严肃追责。\n工作人员监管失职，造成严重后果的，要依规依纪追责。\n")
    found = {it.text: it for it in items(text)}
    assert found["（一）简化审批流程。"].kind == "heading"
    assert found["国家林草局会同有关部门制定森林防火补助办法。"].party == "国家林草局"
    assert found["水利部、应急部等部门按职责分工抓紧修订防汛预案。"].party == "水利部、应急部等部门"
    assert found["工作人员监管失职，造成严重后果的，要依规依纪追责。"].party != "工作人员"


def test_the_whole_place_shang_xia_is_a_party():
    found = {it.text: it.party for it in items("二、重点任务\n全县上下要凝心聚力、苦干实干。\n建立问题台账，上下密切联动，限时整改。\n")}
    assert found == {"全县上下要凝心聚力、苦干实干。": "全县上下", "建立问题台账，上下密切联动，限时整改。": "全县上下"}


def test_minutes_assign_work_with_ze_cheng_and_their_last_agenda_title_is_no_task():
    text = ("1月7日，县长主持召开县人民政府第1次常务会议。\n一、审议《县政府工作报告（审议稿）》\n"
            "会议原则同意该报告，责成县政府办按照会议意见修改完善。\n截至目前，全县已办结建议14件。\n"
            "会议指出， 各乡镇要抓好报告落实。\n二、审议《县国民经济和社会发展计划（征求意见稿）》\n")
    found = {it.text: it for it in items(text)}
    assert found["会议原则同意该报告，责成县政府办按照会议意见修改完善。"].party == "县政府办"
    assert found["会议指出， 各乡镇要抓好报告落实。"].party == "各乡镇"  # a space left after the comma
    assert not any(t.startswith(("截至目前", "二、", "一、")) for t in found)


def test_the_subject_after_the_meetings_voice_is_the_party():
    text = "一、关于河道治理\n会议明确， 县水利局履行牵头职责，统筹推进河道清淤工作。\n"
    assert [it.party for it in items(text)] == ["县水利局"]


def test_a_party_name_is_never_cut_inside_a_word():
    text = "二、重点任务\n各级国土资源部门要加强巡查。\n由各县民政部门确定承接培训的机构。\n"
    assert [it.party for it in items(text)] == ["各级国土资源部门", "各县民政部门"]


def test_a_bracket_that_only_lists_units_is_an_attribution_led_by_the_first():
    text = ("二、重点任务\n（一）整治河道周边污染。全面清理河道两侧的垃圾堆放点。\n（县农业局、县水利局、各相关乡镇）\n"
            "（二）加强沟通协调。加强与上级部门（市水利局、市农业局）的沟通，争取项目支持。\n")
    found = {it.text: it for it in items(text)}
    assert "（县农业局、县水利局、各相关乡镇）" not in found
    assert found["全面清理河道两侧的垃圾堆放点。"].party == "县农业局"
    assert found["加强与上级部门（市水利局、市农业局）的沟通，争取项目支持。"].party is None  # an aside, not who acts


def test_a_bare_topic_hands_no_party_down():
    text = MINUTES + "三\n会议听取了县财政局的汇报。\n会议强调，县财政局要加快资金拨付。\n要加强资金使用监管。\n"
    found = {it.text: it for it in items(text)}
    assert found["会议强调，县财政局要加快资金拨付。"].party == "县财政局"
    assert found["要加强资金使用监管。"].party is None  # the topic's first sentence names no one


def test_a_forecast_with_bi_jiang_is_no_task():
    text = "二、工作要求\n三是严守纪律。这类看似平常的饭局，一旦越过纪律红线，必将追悔莫及。要管住自身言行。\n"
    texts = [it.text for it in items(text)]
    assert "这类看似平常的饭局，一旦越过纪律红线，必将追悔莫及。" not in texts and "要管住自身言行。" in texts


#: Sentences of a speech's argument, each beside a directive in the same numbered part: no task.
ARGUMENT = {
    "cannot be": "光靠开会发文件，落实不会自动到位。",
    "cannot be, a verb + 不成": "基础打不牢，楼房盖不成。",
    "a comparison": "坐在办公室里听汇报，都不如到田间地头看一看。",
    "what a task weighs": "抓好明年的各项工作，意义非常重大。",
    "what a task weighs, 责任": "守护好这片山水，责任十分重大。",
    "what a task weighs, two": "守护好这片山水，使命光荣、责任重大。",
    "words told to us": "老一辈革命家告诫我们，不要满足于已有的成绩。",
    "words told to all": "老书记常常教导大家：干部要多到群众中去。",
    "a question of how": "我们应当怎样看待这些变化？",
    "a question of why": "为什么要把服务前移到村里？",
    "what will be, 总是要": "这些问题，最后总是要解决的。",
    "what will be, 迟早要": "不抓落实，再好的蓝图迟早要落空。",
}


@pytest.mark.parametrize("saying", ARGUMENT.values(), ids=ARGUMENT.keys())
def test_a_speechs_argument_is_no_task(saying):
    text = f"二、工作要求\n（二）狠抓落实。{saying}各乡镇要建立问题清单。\n"
    texts = [it.text for it in items(text)]
    assert saying not in texts and "各乡镇要建立问题清单。" in texts


def test_numbered_semicolon_parts_of_one_sentence_are_read_after_their_labels():
    text = ("三、明年工作计划\n（一）提升监测能力\n一是新建自动气象站12个，提升站网密度；二是强化设备维护，"
            "提高运行质量；三是完善预警发布流程并取得实效。\n")
    found = {it.text: it for it in items(text)}
    parts = ["一是新建自动气象站12个，提升站网密度；", "二是强化设备维护，提高运行质量；", "三是完善预警发布流程并取得实效。"]
    assert [found[p].path for p in parts] == [["三", "（一）", "一是"], ["三", "（一）", "二是"], ["三", "（一）", "三是"]]
    assert found[parts[0]].target == "新建自动气象站12个"


def test_a_commitment_that_goes_on_to_tell_another_unit_what_to_do_is_a_task():
    text = ("二、工作要求\n（一）加强领导。局主要领导将每季度听取一次进展汇报，各责任科室要明确一名联络员。"
            "我们将逐项跟踪问效，切实抓好落实。\n")
    kinds = {it.text: it.kind for it in items(text)}
    assert kinds["局主要领导将每季度听取一次进展汇报，各责任科室要明确一名联络员。"] == "task"
    assert kinds["我们将逐项跟踪问效，切实抓好落实。"] == "commitment"  # its own actions only


@pytest.mark.parametrize("lead", ["特别是", "尤其是"])
def test_a_party_after_an_adverbial_that_jieba_cuts_in_two(lead):
    sentence = f"{lead}各乡镇党委书记要带头深入一线。"
    text = f"二、工作要求\n（一）压实责任。各地要高度重视。{sentence}\n"
    assert next(it for it in items(text) if it.text == sentence).party == "各乡镇党委书记"


def test_an_action_after_an_adverbial_that_jieba_cuts_in_two():
    sentence = "尤其是对独居老人和留守儿童，做到每周上门走访一次。"
    text = f"二、工作要求\n（一）做实走访。各村要建立走访台账。{sentence}\n"
    assert sentence in [it.text for it in items(text)]


def test_a_title_that_tells_a_unit_to_meet_requirements_is_a_heading_not_a_frame():
    text = ("三、工作要求\n（一）施工企业要严格落实安全生产各项要求\n施工企业应当每月开展一次隐患排查。\n"
            "（二）其他有关要求\n各单位应当按时报送材料。\n")
    found = {it.text: it.kind for it in items(text)}
    assert found["（一）施工企业要严格落实安全生产各项要求"] == "heading"
    assert "（二）其他有关要求" not in found and "三、工作要求" not in found


def test_the_chair_of_the_meeting_a_record_reports_speaks_for_it():
    text = ("本报讯 3月5日，县政府召开全县春耕生产工作会议。县委副书记、县长周明远主持会议并讲话。\n"
            "周明远强调，各乡镇要抓紧抢修水毁农田设施，确保春耕不误农时。\n"
            "周明远最后强调，要压实工作责任。\n"
            "上级领导曾强调，粮食安全是国之大者。\n")
    texts = [it.text for it in items(text)]
    assert "周明远强调，各乡镇要抓紧抢修水毁农田设施，确保春耕不误农时。" in texts
    assert "周明远最后强调，要压实工作责任。" in texts
    assert "上级领导曾强调，粮食安全是国之大者。" not in texts  # another speaker


@pytest.mark.parametrize("between", ["", "总的来说，这一年的变化看得见。\n"])
def test_an_excerpt_opening_inside_a_part_at_a_speakers_ordinal_finds_the_parts_after_it(between):
    text = ("第一，农村道路通达水平大幅提升。全年新修村道120公里。\n第二，村级集体经济发展成效明显。\n"
            + between + "二、正视前进路上的短板\n部分村级组织带动能力偏弱。\n三、抓好明年的几项重点工作\n"
            "要把村道养护列入年度考核。\n要办好农民夜校。\n")
    found = {it.text: it for it in items(text)}
    assert found["要把村道养护列入年度考核。"].path == ["三"]
    assert found["要办好农民夜校。"].zone == "task"


def test_a_salutation_line_near_the_end_closes_the_text_only_before_a_call():
    body = ("二、今年重点工作\n（一）扩大有效投资\n全力抓好项目建设。新开工亿元以上项目30个。\n"
            "全力优化营商环境。推行企业开办一日办结。\n各位代表！\n全力支持企业发展。新增规上工业企业20家。\n"
            "全力促进消费升级。举办汽车消费节2场。\n")
    texts = [it.text for it in items(body)]
    assert "新增规上工业企业20家。" in texts and "举办汽车消费节2场。" in texts  # the parts go on
    closing = body + "各位代表！\n新的一年，让我们团结一心、接续奋斗，为建设美好家园而努力！\n"
    zones = {it.text: it.zone for it in items(closing)}
    assert zones["举办汽车消费节2场。"] == "task"
    assert all(zone != "closing" for zone in zones.values())  # the call itself asks for no task


def test_a_goal_after_the_list_of_goals_in_its_paragraph_is_a_goal_too():
    text = ("今年是开局之年。今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业1.2万人。"
            "粮食产量稳定在40万吨以上。单位能耗下降率完成市定任务。设定上述目标，我们反复作了测算。\n"
            "一、扩大有效投资\n要加快推进重点项目建设。\n")
    found = {it.text: it for it in items(text)}
    assert found["粮食产量稳定在40万吨以上。"].target == "粮食产量稳定在40万吨以上"
    assert "单位能耗下降率完成市定任务。" in found
    assert "设定上述目标，我们反复作了测算。" not in found


def test_a_verb_the_lists_lack_then_a_run_of_actions_is_a_task():
    text = ("镇党委、镇政府：\n今年全镇工作的总体要求是凝心聚力、苦干实干。\n涵养本地红色文化品牌，盘活闲置村史馆，"
            "组织开展好农民丰收节活动，推进移风易俗。\n")
    assert "涵养本地红色文化品牌，盘活闲置村史馆，组织开展好农民丰收节活动，推进移风易俗。" in [it.text for it in items(text)]


def test_a_yi_yao_label_asks_even_before_a_framing_title():
    text = "三、保障措施\n一要组织领导。各科室要明确专人负责。\n二要加强督查。办公室要定期通报进展。\n"
    headings = [it.text for it in items(text) if it.kind == "heading"]
    assert headings == ["一要组织领导。", "二要加强督查。"]


def test_a_series_whose_punctuation_slips_stays_one_series():
    text = ("三、责任分工\n5.县住建局要排查在建工地。\n6、县应急局要排查危化品企业。\n7.各乡镇要排查人员密集场所。\n")
    found = {it.text: it for it in items(text)}
    assert "三、责任分工" not in found  # a framing title
    assert [found[t].path for t in found] == [["三", "5"], ["三", "6"], ["三", "7"]]


def test_understanding_asked_together_with_an_action_is_a_task():
    text = ("二、工作要求\n各村要充分认识做好秸秆禁烧的重要性，把它摆上重要日程，组建巡查队伍，"
            "加强田间值守。\n我们要清醒看到不足：检查覆盖面不广；加强队伍建设任重道远。\n")
    texts = [it.text for it in items(text)]
    assert texts[0].startswith("各村要充分认识") and not any(t.startswith("我们要清醒看到") for t in texts)


def test_a_contact_bracket_at_the_end_is_no_part_of_the_task():
    text = ("三、有关要求\n6月10日前，各单位要报送实施方案；9月15日前，报送工作总结（联系人：县消防救援大队 张明；"
            "电话：12345678）。\n")
    assert [it.text for it in items(text)] == ["6月10日前，各单位要报送实施方案；", "9月15日前，报送工作总结"]


REVIEW_EXCERPT = ("一是队伍作风不断改进。聚焦基层减负，精简会议文件三成。\n二是监督机制更加完善。"
                  "坚持抓早抓小，谈话提醒干部120人次。\n总结成绩的同时，我们也要清醒看到存在的问题。"
                  "一是担当意识还不够强。\n二、明年工作安排\n要持续精简会议文件。\n")


@pytest.mark.parametrize("head", ["", "一年以来，全局上下齐心协力，各项工作稳步推进。\n"])
def test_an_excerpt_that_opens_inside_a_review_reads_it_as_review(head):
    texts = [it.text for it in items(head + REVIEW_EXCERPT)]
    assert texts == ["要持续精简会议文件。"]


def test_a_numbered_document_title_or_a_count_of_copies_is_no_task():
    text = ("二、申报材料\n1.申报。各学院按要求报送下列材料：\n（1）拟开设课程可行性说明一式5份。\n"
            "（2）《专业设置申请表》（附件3）或《专业设置备案表》（附件4）。\n（3）向教务处报送推荐意见。\n")
    texts = [it.text for it in items(text)]
    assert not any(t.startswith(("（1）", "（2）")) for t in texts) and "（3）向教务处报送推荐意见。" in texts


def test_an_excerpt_opening_with_results_stated_subject_first_reads_them_as_review():
    text = ("一是财政收入保持平稳增长。全年完成一般公共预算收入12.3亿元。\n二是“青禾快线”建设提档升级。"
            "新建改建公交站台60座。\n三是营商环境持续优化。新增市场主体3200户。\n二、明年工作安排\n要持续优化营商环境。\n")
    assert [it.text for it in items(text)] == ["要持续优化营商环境。"]


def test_a_month_part_opening_a_schedule_step_is_its_time_limit():
    text = "二、工作安排\n1.评审。6月底，科技处组织专家开展评审。\n2.公布。9月初，公布评审结果。\n"
    found = {it.text: it for it in items(text)}
    assert found["6月底，科技处组织专家开展评审。"].deadline == "6月底"
    assert found["9月初，公布评审结果。"].deadline == "9月初"


def test_minutes_co_parties_stop_at_the_time_limit_and_a_decision_is_no_task():
    text = ("一、关于城市更新工作\n会议要求，市住建局要会同市发改委尽快制定年度实施计划。\n"
            "会议同意市财政局提出的资金安排方案。\n")
    found = {it.text: it for it in items(text)}
    assert found["会议要求，市住建局要会同市发改委尽快制定年度实施计划。"].co_parties == ["市发改委"]
    assert "会议同意市财政局提出的资金安排方案。" not in found


def test_jiang_as_ba_is_no_commitment_and_zhi_yao_is_no_modal():
    text = ("一、总体情况\n二、下步打算\n成绩的取得，关键在于我们将群众的期盼作为工作的方向，抓实发展之基和发展之要。\n"
            "我们将把群众的期盼作为工作的方向。\n")
    texts = [it.text for it in items(text)]
    assert "我们将把群众的期盼作为工作的方向。" in texts
    assert not any(t.startswith("成绩的取得") for t in texts)


def test_a_critical_point_is_no_time_limit():
    text = "一、重点任务\n（一）深化教学改革。在提升教学质量的关节点上下功夫。\n"
    found = {it.text: it for it in items(text)}
    assert found["在提升教学质量的关节点上下功夫。"].deadline is None


def test_a_topic_of_nouns_then_what_to_do_about_it_is_a_task():
    text = ("二、推动产业升级\n（一）壮大先进制造业。\n汽车产业重点抓好整车和关键部件两条链，加快新车型导入。\n"
            "医药产业围绕创新药布局研发平台。\n海洋经济聚焦港口物流建设航运中心。\n")
    texts = [it.text for it in items(text)]
    assert "汽车产业重点抓好整车和关键部件两条链，加快新车型导入。" in texts
    assert "医药产业围绕创新药布局研发平台。" in texts and "海洋经济聚焦港口物流建设航运中心。" in texts


def test_the_date_a_notice_takes_effect_is_no_task():
    text = "三、其他\n各单位要认真执行。本办法自印发之日起施行。\n"
    texts = [it.text for it in items(text)]
    assert "各单位要认真执行。" in texts and "本办法自印发之日起施行。" not in texts


def test_a_short_labelled_run_in_title_that_frames_is_no_heading():
    text = ("三、申报要求\n（一）申报范围。本次申报面向全市中小学校。\n（二）申报流程。各校于5月10日前提交申报书。\n"
            "（三）坚决落实整改措施。各校要建立问题台账。\n")
    texts = [it.text for it in items(text)]
    assert "（一）申报范围。" not in texts and "（二）申报流程。" not in texts
    assert "（三）坚决落实整改措施。" in texts and "各校于5月10日前提交申报书。" in texts


def test_you_before_a_unit_and_its_verb_names_who_does_it():
    text = ("二、建设任务\n（一）组建团队。由高校结合自身优势组建研究团队，开展专题研究。\n"
            "（二）完善网络。继续健全由县卫健局、乡镇卫生院构成的两级监测网络。\n")
    found = {it.text: it for it in items(text)}
    assert found["由高校结合自身优势组建研究团队，开展专题研究。"].party == "高校"
    assert found["继续健全由县卫健局、乡镇卫生院构成的两级监测网络。"].party is None


def test_a_semicolon_part_with_a_topic_and_its_verb_is_an_item_of_its_own():
    text = ("三、工作重点\n（一）推进均衡发展。全面实施均衡度考核，争取达标乡镇覆盖率达80%以上；"
            "示范村创建数量继续保持全县领先。\n")
    texts = [it.text for it in items(text)]
    assert "全面实施均衡度考核，争取达标乡镇覆盖率达80%以上；" in texts
    assert "示范村创建数量继续保持全县领先。" in texts


def test_contact_lines_and_the_attachments_list_are_no_part_of_the_last_item():
    text = ("一、组织机构\n主办单位：市安委办\n二、有关要求\n（一）请各单位于5月20日前报送联系人信息。\n"
            "（二）竞赛期间，各单位要严格遵守竞赛纪律。\n联系人：张三，电话：12345678\n附件：1.竞赛报名表\n2.竞赛题库\n")
    found = {it.text: it for it in items(text)}
    assert "一、组织机构" not in found
    last = found["（二）竞赛期间，各单位要严格遵守竞赛纪律。"]
    assert last.kind == "task" and last.path == ["二", "（二）"]
    assert not any(t.startswith("联系人") or "题库" in t for t in found)


def test_a_lead_in_line_that_assigns_work_is_a_task_but_one_that_only_announces_a_list_is_not():
    text = ("一、职责分工\n区教育局负责组织本区学校初审和汇总工作，具体安排如下：\n（一）学校自查。\n"
            "各校在规定时间内完成自查并形成报告。\n二、材料报送\n申报学校应结合本校情况，按下列次序，整理并装订申报材料：\n"
            "1.申报表。\n2.自查报告。\n三、工作要求\n各学校要重点抓好以下工作：\n1.加强组织领导。\n2.严格审核把关。\n")
    found = {it.text: it for it in items(text)}
    assigns = found["区教育局负责组织本区学校初审和汇总工作，具体安排如下："]
    assert (assigns.kind, assigns.party, assigns.path) == ("task", "区教育局", ["一"])
    assert found["申报学校应结合本校情况，按下列次序，整理并装订申报材料："].party == "申报学校"
    assert "各学校要重点抓好以下工作：" not in found  # it only announces the list under it
    announced = items("做好今年工作，我们要把项目建设作为总抓手，重点做好四方面工作：\n一、扩大有效投资\n加快项目建设。\n")
    assert [it.text for it in announced] == ["一、扩大有效投资", "加快项目建设。"]


@pytest.mark.parametrize("title", ["名词解释", "附件2 名词解释", "《本报告》有关内容名词注释", "注释", "**名词解释**"])
def test_the_glossary_a_report_ends_with_holds_no_tasks(title):
    text = ("二、今年工作安排\n（一）扩大有效投资。加快推进重点项目建设。\n各位代表！让我们团结一心，为建设美好家园而努力奋斗！\n"
            f"{title}\n1.“两个倍增”：推动全县工业产值和税收五年内实现倍增。\n2.“一网通办”：依托政务服务平台，实现政务服务事项网上办理。\n")
    texts = [it.text for it in items(text)]
    assert texts[:2] == ["（一）扩大有效投资。", "加快推进重点项目建设。"]
    assert not [t for t in texts if "两个倍增" in t or "一网通办" in t]


@pytest.mark.parametrize("title", ["注 释", "附：名词注释和说明", "名词注解：", "《本文》有关术语的说明", "有关词语解释",
                                   "有关用语释义", "名词术语解释", "名词解释和有关说明", "《本报告》相关缩略语"])
def test_a_glossary_under_another_of_its_titles_holds_no_tasks(title):
    test_the_glossary_a_report_ends_with_holds_no_tasks(title)


def test_an_annex_after_the_glossary_is_read_again():
    text = ("二、今年工作安排\n（一）稳住工业大盘。分批推进技改项目落地。\n名词解释\n"
            "1.“两个倍增”：推动全县工业产值和税收五年内实现倍增。\n附件1\n今年十件民生实事\n"
            "一、新建城区公办幼儿园\n年度目标：在城北片区新建公办幼儿园4所，共增学位1260个。\n")
    texts = [it.text for it in items(text)]
    assert not [t for t in texts if "两个倍增" in t]
    assert "年度目标：在城北片区新建公办幼儿园4所，共增学位1260个。" in texts


def test_the_glossary_ends_at_a_title_that_explains_no_term():
    text = ("二、今年工作安排\n（一）稳住工业大盘。分批推进技改项目落地。\n名词注解：\n"
            "“两个倍增”：推动全县工业产值和税收五年内实现倍增。\n（转下页）\n“一网通办”：依托平台网上办理政务服务。\n"
            "附件：\n今年十件民生实事\n一、新建城区公办幼儿园\n年度目标：在城北片区增设普惠幼儿园3处，共增学位900个。\n")
    texts = [it.text for it in items(text)]
    assert not [t for t in texts if "两个倍增" in t or "一网通办" in t]  # (a bracketed page note ends nothing)
    assert "年度目标：在城北片区增设普惠幼儿园3处，共增学位900个。" in texts
    titled = text.replace("附件：\n", "")  # a title with no colon closes the notes too
    assert "年度目标：在城北片区增设普惠幼儿园3处，共增学位900个。" in [it.text for it in items(titled)]
    grouped = ("二、今年工作安排\n（一）稳住工业大盘。分批推进技改项目落地。\n名词解释\n一、去年工作回顾\n"
               "“两个倍增”：推动全县工业产值和税收五年内实现倍增。\n二、今年工作安排\n“一网通办”：依托平台网上办理政务服务。\n"
               "相关数据说明\n数据来源：县统计局快报，全年数据以年报为准。\n")
    notes = [it.text for it in items(grouped)]  # notes grouped under the report's part titles, then more notes
    assert not [t for t in notes if "两个倍增" in t or "一网通办" in t or "数据" in t]


def test_a_look_at_the_situation_from_one_side_is_no_task():
    text = ("二、今年工作安排\n（一）把握发展形势。\n从外部环境看，市场需求逐步回暖，新的增长点不断涌现；"
            "从本县实际看，产业转型压力依然较大，项目储备还不够充足。\n从全省来看，各县比拼项目的氛围日益浓厚。\n"
            "从长远看，要加快培育特色产业集群。\n")
    texts = [it.text for it in items(text)]
    assert texts == ["（一）把握发展形势。", "从长远看，要加快培育特色产业集群。"]


def test_a_report_on_inspections_gives_no_tasks_from_its_background_or_its_announcement():
    text = ("为切实做好今年农机安全检查工作，现就有关事项通知如下：\n一、基本情况\n本次检查覆盖全市6个县区，"
            "共抽查农机合作社120家。\n大部分受检单位能够落实安全制度，台账基本齐全。\n二、整改要求\n"
            "针对检查发现的问题，现提出如下意见。\n（一）农机合作社要健全安全管理制度。各合作社应当在每年春耕前完成机具年检。\n")
    texts = [it.text for it in items(text)]
    assert texts == ["（一）农机合作社要健全安全管理制度。", "各合作社应当在每年春耕前完成机具年检。"]


@pytest.mark.parametrize("verb", ["扛牢", "扛稳", "扛起"])
def test_shouldering_a_responsibility_opens_a_task(verb):
    text = f"二、今年工作安排\n（三）推进乡村振兴。\n{verb}耕地保护责任。严守耕地红线，建设高标准农田5万亩。\n"
    found = {it.text: it for it in items(text)}
    assert found[f"{verb}耕地保护责任。"].kind == "heading"


@pytest.mark.parametrize("sentence", ["高水平举办第三届茶文化节。", "多渠道增加城乡居民收入。", "广泛开展全民健身活动。",
                                      "铸牢中华民族共同体意识。", "锚定现代农业发展方向，培育龙头企业。",
                                      "树牢产业为先理念，壮大主导产业。", "高标准建设现代农业产业园。"])
def test_openers_jieba_tags_as_names_or_cuts_apart_open_a_task(sentence):
    text = f"二、今年工作安排\n（四）推进各项事业。\n加快建设体育公园。{sentence}\n"
    assert sentence in [it.text for it in items(text)]



def test_a_dash_that_leads_a_line_hides_no_verb():
    text = "二、今年工作安排\n（九）加强政府建设。\n——深化干部队伍建设，提升服务效能。坚决纠治形式主义。\n"
    found = {it.text: it for it in items(text)}
    assert found["——深化干部队伍建设，提升服务效能。"].rule == "imperative.opening"


def test_what_an_action_is_to_achieve_and_a_potential_le_are_no_past_work():
    text = ("二、今年工作安排\n（二）推进区域协同。\n推动县域产业协作取得新进展。\n"
            "加强乡镇卫生院建设，让群众看得起病、看得了病。\n")
    texts = [it.text for it in items(text)]
    assert "推动县域产业协作取得新进展。" in texts
    assert "加强乡镇卫生院建设，让群众看得起病、看得了病。" in texts


@pytest.mark.parametrize("sentence", ["精准落实稳岗就业扶持政策。", "充分发挥行业协会桥梁作用，引导企业守法经营。"])
def test_a_manner_word_before_a_listed_verb_and_a_verb_jieba_tags_as_a_noun_open_a_task(sentence):
    text = f"二、今年工作安排\n（二）优化营商环境。\n加快建设政务服务平台。{sentence}\n"
    assert sentence in [it.text for it in items(text)]


@pytest.mark.parametrize("sentence", ["深入践行节约资源就是保护环境的理念，推进垃圾分类。",
                                      "坚定践行守护青山就是守护未来的理念，优化审批流程。"])
def test_a_copula_inside_the_name_of_an_idea_does_not_make_a_definition(sentence):
    text = f"二、今年工作安排\n（五）推进绿色发展。\n加快建设生态公园。{sentence}\n"
    assert sentence in [it.text for it in items(text)]
    assert "提升服务水平就是提升企业的竞争力。" not in [it.text for it in items(
        "二、今年工作安排\n（五）优化营商环境。\n提升服务水平就是提升企业的竞争力。\n")]


def test_a_part_that_calls_to_see_the_problems_faced_describes_them():
    text = ("一、充分肯定去年工作成绩\n去年全县农业生产稳中有进。\n二、高度重视全县发展面临的困难挑战\n"
            "——项目储备不足。全县在建项目规模偏小，后续接续乏力。\n——要素保障偏紧。用地指标紧张，融资渠道较窄。\n"
            "三、着力解决群众面临的突出困难问题\n（一）加快补齐民生短板。各乡镇要在6月底前完成排查。\n")
    texts = [it.text for it in items(text)]
    assert not [t for t in texts if "项目储备" in t or "全县在建项目" in t or "用地指标" in t]
    assert "各乡镇要在6月底前完成排查。" in texts


def test_a_condition_and_a_purpose_may_both_frame_the_action():
    sentence = ("在汛期应急响应状态下，为有效解决山区独居老人无法使用智能手机获取预警信息的困难，组织村干部上门通知，"
                "为山区群众特别是独居、失能等困难老人，提供送水送药等上门服务。")
    text = ("二、重点任务\n（一）做好汛期出行保障。\n1．加强桥梁巡查。各镇要每周巡查一次。\n"
            "2．保障山区群众基本生活需要。" + sentence + "\n")
    assert [it.text[:10] for it in items(text) if it.kind == "task"] == ["各镇要每周巡查一次。", sentence[:10]]


@pytest.mark.parametrize("word", ["考验", "使命", "责任"])
def test_an_action_named_as_a_trial_or_a_duty_is_a_statement(word):
    sentence = f"办好全县群众期盼的十件实事，是各级干部的共同{word}。"
    assert [it.text for it in items("（一）改善民生。" + sentence + "\n") if it.kind == "task"] == []


@pytest.mark.parametrize("sentence, party", [("有条件的乡镇要开通夜间便民服务窗口。", "有条件的乡镇"),
                                             ("随着客流回升，符合条件的景区要有序恢复预约接待。", "符合条件的景区"),
                                             ("完善站点布局，符合条件的村要设立快递代收点。", "县商务局")])
def test_units_picked_out_by_a_condition_are_the_party_of_their_sentence_only(sentence, party):
    text = f"（一）完善便民服务网络。县商务局要统筹推进。{sentence}组织开展便民服务宣传。\n"
    found = {it.text: it.party for it in items(text)}
    assert found[sentence] == party
    assert found["组织开展便民服务宣传。"] == "县商务局"


def test_setting_up_a_platform_opens_a_task_and_what_it_is_to_achieve_is_no_past_work():
    sentence = "搭建村级电商服务平台，由快递企业和合作社共同帮助农户获得稳定销路，增加农民收入。"
    text = f"二、重点任务\n（三）拓宽农产品销售渠道。\n1．完善县乡村物流体系。{sentence}\n"
    assert sentence in [it.text for it in items(text) if it.kind == "task"]


@pytest.mark.parametrize("sentence", [
    "抓好秋粮收储，是稳住全年农业基本盘的重要一环。",          # an action named, then what it is
    "正是因为各村提前清淤，今年汛期才没有出现内涝。",          # because ..., only then ...
    "困难年代，干部群众同吃一锅饭、同干一块田。",              # a time in the past
    "抓好秋粮收储，不仅关系农民增收，更关系全县粮食安全。",    # not only ..., but also ...
    "“民以食为天。”",                                      # a saying quoted whole
    "“千里之行，始于足下”。",                               # ... with its full stop outside
    "借此机会，我代表县政府向各位表示衷心感谢！",            # thanks
    "这样干下去怎么对得起群众？！",                         # a question, however exclaimed
    "抓粮食生产不是一时之事，而是长远之计。",               # not this, but that
    "我们正处在转型升级的关键时期，任务十分艰巨。",          # where we stand
    "我们高兴地看到，返乡创业的年轻人一年比一年多。",        # what we see
    "推进乡村全面振兴，人才是关键因素。"])                   # what an action turns on
def test_what_a_speech_argues_with_is_no_task(sentence):
    text = f"二、做好下半年工作\n（一）抓好粮食生产。\n各乡镇要组织秋收。{sentence}\n"
    found = [it.text for it in items(text)]
    assert "各乡镇要组织秋收。" in found and sentence not in found


@pytest.mark.parametrize("sentence", ["（二）首先，我代表镇党委、镇政府，向全镇干部群众拜年！",
                                      "（二）办好这次运动会意义十分重大。"])
def test_a_numbered_sentence_that_only_states_is_no_task(sentence):
    text = f"二、下半年工作\n（一）抓好粮食生产。各乡镇要组织秋收。\n{sentence}\n"
    assert sentence not in [it.text for it in items(text)]


def test_not_only_but_also_in_a_purpose_clause_or_with_a_modal_stays_a_task():
    sentences = ["推进集镇改造，让集镇不仅有新面貌，更加有好环境。", "各村不仅要管好水渠，而且要管好机井。"]
    text = "二、做好下半年工作\n（一）改善农村环境。\n" + "".join(sentences) + "\n"
    found = [it.text for it in items(text)]
    assert all(s in found for s in sentences)


def test_a_range_a_unit_must_approve_is_a_task_but_a_range_defined_is_not():
    text = ("三、报名安排\n（一）报名范围。\n报名范围为全县户籍适龄学生。\n"
            "各校招生范围由县教育局审核后报县政府备案。\n")
    found = [it.text for it in items(text)]
    assert "各校招生范围由县教育局审核后报县政府备案。" in found
    assert "报名范围为全县户籍适龄学生。" not in found


def test_a_name_that_holds_the_character_da_is_no_comparison():
    found = {it.text: it.target for it in items(
        "二、重点工作\n（一）壮大工业经济。\n加快推进宏达利二期、金山科技等项目建设。\n全县规上工业产值达1.2万亿元。\n")}
    assert found["加快推进宏达利二期、金山科技等项目建设。"] is None
    assert found["全县规上工业产值达1.2万亿元。"] == "规上工业产值达1.2万亿元"


def test_the_sum_invested_in_a_project_gives_its_size_not_a_target():
    found = {it.text: it.target for it in items(
        "二、重点工作\n（一）扩大有效投资。\n推进建设投资35亿元的智能装备产业园。\n完成固定资产投资120亿元。\n")}
    assert found["推进建设投资35亿元的智能装备产业园。"] is None
    assert found["完成固定资产投资120亿元。"] is not None


@pytest.mark.parametrize("limit", ["在规定时间内", "按规定时间", "按照规定的时间节点"])
def test_the_time_set_by_the_rules_is_a_time_limit(limit):
    sentence = f"各乡镇要{limit}完成危房排查并上报县住建局。"
    found = {it.text: it.deadline for it in items(f"二、工作要求\n（一）抓好排查。{sentence}\n")}
    assert found[sentence] == limit


def test_a_numbered_heading_takes_the_party_its_first_sentence_names_but_a_speakers_ordinal_does_not():
    plan = "二、主要任务\n（一）加强道路养护。县交通运输局要建立养护台账。全面排查桥梁隐患。\n"
    found = {it.text: it.party for it in items(plan)}
    assert found["（一）加强道路养护。"] == "县交通运输局"
    assert found["全面排查桥梁隐患。"] == "县交通运输局"
    speech = "第一，抓好道路养护。县交通运输局要建立养护台账。全面排查桥梁隐患。\n"
    assert {it.text: it.party for it in items(speech)}["第一，抓好道路养护。"] is None


def test_an_understanding_asked_for_with_actions_after_an_adverb_is_a_task():
    sentence = "各村干部要深刻认识肩负的使命，时刻保持高度警觉，经常深入农户、查找不足。"
    found = {it.text: it.party for it in items(f"二、工作要求\n（一）强化责任担当。{sentence}\n")}
    assert found.get(sentence) == "各村干部"


@pytest.mark.parametrize("sentence, deadline", [
    ("公立医院应于目录调整后15天内完成采购评估。", "目录调整后15天内"),
    ("各单位要在收到通知后的5个工作日内报送材料。", "收到通知后的5个工作日内"),
    ("审批部门要在10个工作日内办结。", "10个工作日内"),
    ("县教育局收到通知后5日内报送名单。", "5日内"),  # no preposition before the event: a subject may open it
])
def test_a_span_counted_from_an_event_keeps_the_event(sentence, deadline):
    assert items(sentence + "\n")[-1].deadline == deadline


@pytest.mark.parametrize("sentence, deadline", [
    # several time points that each open a clause make one span (ANNOTATION.md)
    ("抓紧实施宿舍楼改造，确保年初开工，年底前竣工。", "年初开工，年底前"),
    ("5月底前完成征地拆迁，10月底前主体完工。", "5月底前完成征地拆迁，10月底前"),
    # not a time word inside a clause's object, nor a second one in the same clause
    ("各村要落实汛期巡查责任，汛期每天安排专人巡查。", "汛期"),
    ("各区县要在5月底前完成汛前检查。", "5月底前"),
])
def test_time_points_that_open_their_clauses_make_one_deadline(sentence, deadline):
    assert items("二、重点任务\n" + sentence + "\n")[-1].deadline == deadline


def test_a_subject_that_only_has_or_is_something_sets_no_task():
    texts = [it.text for it in items("今年工作任务艰巨。我们有良好的产业基础和充足的人才储备。我们要抓住机遇。\n")]
    assert "我们有良好的产业基础和充足的人才储备。" not in texts and "我们要抓住机遇。" in texts


def test_a_numbered_task_may_open_with_an_adverbial_before_its_verb():
    text = ("二、重点工作\n1.加快布局三个科创平台。\n责任单位：市科技局\n2.高水平建设城西科技文化中心。\n"
            "责任单位：市发改委\n3.科创平台清单。\n")
    assert [it.text for it in items(text)] == ["1.加快布局三个科创平台。", "2.高水平建设城西科技文化中心。"]


@pytest.mark.parametrize("sentence, deadline", [
    ("各科室要确保2026年目标任务按期办结。", "按期"),  # the year names the tasks, it sets no limit
    ("各牵头单位应分别于4月10日、7月10日、10月10日和2027年1月10日前报送进展情况。",
     "4月10日、7月10日、10月10日和2027年1月10日前"),
])
def test_a_year_that_names_the_tasks_and_a_list_of_dates_joined_by_he(sentence, deadline):
    assert items("二、工作要求\n" + sentence + "\n")[-1].deadline == deadline


def test_before_a_year_is_a_limit_where_it_opens_a_clause():
    text = ("二、重点任务\n2028年前，建成覆盖全县的充电网络。\n对2019年前已收储的地块，开展环境调查。\n"
            "确保2000年前建成的小区全部完成改造。\n")
    assert [it.deadline for it in items(text)] == ["2028年前", None, None]


def test_a_year_right_before_what_is_to_be_finished_in_it_is_its_limit():
    text = "二、重点任务\n2026年全面完成门户网站升级改造工作。\n推进数据共享，2027年实现全覆盖。\n2026年是关键之年。\n"
    assert [(it.text, it.deadline) for it in items(text)] == [
        ("2026年全面完成门户网站升级改造工作。", "2026年"), ("推进数据共享，2027年实现全覆盖。", "2027年")]


def test_an_adverb_of_manner_may_stand_before_the_opening_verb():
    text = ("初步遴选首批商户开展跟踪帮扶，三年累计创建示范店30家。纵深推进清廉机关建设。"
            "成功举办首届农产品博览会。可以提高群众的参与热情。\n")  # (an outcome and a possibility: no task)
    assert [it.text for it in items(text)] == ["初步遴选首批商户开展跟踪帮扶，三年累计创建示范店30家。",
                                               "纵深推进清廉机关建设。"]


def test_a_topic_qualified_by_a_time_word_may_open_a_task_in_a_part():
    text = "二、重点工作\n（一）培育新兴产业\n未来医药产业重点培育一批配套企业。\n蓝山集镇垃圾收集转运工程。\n"
    assert [it.text for it in items(text)][1:] == ["未来医药产业重点培育一批配套企业。"]


def test_a_college_and_a_teacher_before_its_modal_are_parties():
    text = "二、工作安排\n各学院安排任课教师做好试卷印制工作。\n实验课主讲教师应按时发布课程公告。\n"
    assert [it.party for it in items(text)] == ["各学院", "实验课主讲教师"]


def test_a_yes_or_no_question_asks_for_nothing_whatever_its_modal():
    texts = [it.text for it in items("这件事难道还要等上级来催吗？各科室要主动对接企业。\n")]
    assert texts == ["各科室要主动对接企业。"]


def test_a_meeting_that_asks_may_be_followed_by_a_bare_imperative():
    texts = [it.text for it in items("会议听取了项目进展汇报。\n会议要求，加快推进园区道路建设。会议指出，加快推进园区建设意义重大。\n")]
    assert texts == ["会议要求，加快推进园区道路建设。"]


def test_a_clause_that_places_the_present_in_a_period_states_no_task():
    text = ("二、重点任务\n（一）稳住经济大盘\n虽然外部压力加大，但我县仍处在重要的发展机遇期，园区转型加快推进。\n"
            "加快推进园区转型。\n")
    assert [it.text for it in items(text)][1:] == ["加快推进园区转型。"]


def test_a_party_that_only_owns_the_subject_sets_no_task():
    texts = [it.text for it in items("我们今天的每一步，都在建设更加美好的家乡。我们抓紧修订考核办法。\n")]
    assert texts == ["我们抓紧修订考核办法。"]


def test_a_modal_that_asks_only_to_have_an_understanding_sets_no_task():
    texts = [it.text for it in items("对于这个问题，各级干部都要有足够清醒的认识。各级干部都要有担当，主动解决问题。\n")]
    assert texts == ["各级干部都要有担当，主动解决问题。"]


@pytest.mark.parametrize("sentence, deadline", [("各县要于次月5日前上报进展情况。", "次月5日前"),
                                                ("到2020年年底，各煤矿要完成智能化改造。", "到2020年年底")])
def test_next_months_day_and_a_years_end_written_twice_are_deadlines(sentence, deadline):
    assert items("二、要求\n" + sentence + "\n")[-1].deadline == deadline


@pytest.mark.parametrize("sentence, deadline", [
    ("至2027年，建成3个区域冷链物流中心。", "至2027年"),
    ("2026年至2027年，新增科技孵化器5家以上。", "2026年至2027年"),
    ("截至2025年，全区已建成冷链物流中心2个。", None),  # as of: a figure reached, no limit
])
def test_a_year_a_clause_opens_with_is_a_limit_as_written(sentence, deadline):
    found = [it for it in items("二、重点任务\n（一）发展现代物流\n" + sentence + "\n") if it.text == sentence]
    assert (found[0].deadline if found else None) == deadline


def test_this_years_work_names_the_scope_not_a_time_limit():
    text = ("会议要求，各单位要认真总结今年工作成效，谋划好明年重点任务。\n"
            "各单位要在今年完成档案数字化工作。\n")
    found = {it.text: it for it in items(text)}
    assert found["会议要求，各单位要认真总结今年工作成效，谋划好明年重点任务。"].deadline is None
    assert found["各单位要在今年完成档案数字化工作。"].deadline == "今年"


def test_a_readouts_he_after_the_person_addressed_the_meeting_is_the_meetings_voice():
    text = ("学院召开教职工大会。\n院长王明作了题为《奋进新征程》的主题报告。他指出：学院将以人才培养为中心，全面提升办学质量。\n"
            "党委书记李强进行了总结。他指出，全体教师要坚定信心，狠抓落实。\n"
            "习近平总书记在座谈会上发表重要讲话。他强调，要坚持人民至上。\n")
    found = {it.text: it for it in items(text)}
    assert found["他指出：学院将以人才培养为中心，全面提升办学质量。"].kind == "commitment"
    assert found["他指出，全体教师要坚定信心，狠抓落实。"].party == "全体教师"
    assert "他强调，要坚持人民至上。" not in found  # a quotation of another speaker


def test_a_holiday_or_flood_season_drawing_near_is_the_window_of_the_work():
    text = ("会议强调，国庆中秋临近，各乡镇要全面排查燃气安全隐患。\n汛期来临，各村要落实巡堤查险人员。\n"
            "各单位要按时报送节日值班表。\n")
    found = {it.text: it for it in items(text)}
    assert found["会议强调，国庆中秋临近，各乡镇要全面排查燃气安全隐患。"].deadline == "国庆中秋临近"
    assert found["汛期来临，各村要落实巡堤查险人员。"].deadline == "汛期来临"


def test_a_line_saying_what_was_done_heads_the_reviews_sections():
    # `主要做了……工作：` under a labelled review title opens its sections （一）…, which report work
    # done; it neither ends the review nor turns it into tasks
    text = ("一、2025年工作回顾\n过去一年，全县经济稳中有进，主要指标好于预期。\n主要做了三个方面工作：\n"
            "（一）聚力项目建设。新开工重点项目42个，完成投资86亿元。\n"
            "（二）用心保障民生。新建社区食堂16个，改造老旧小区31个。\n"
            "（三）从严治理政府。制定权责清单，压减会议文件三成。\n"
            "二、2026年工作安排\n（一）扩大有效投资。要新开工重点项目45个。\n")
    found = {it.text: it.path for it in items(text)}
    assert found["要新开工重点项目45个。"] == ["二", "（一）"]
    assert not any(t.startswith(("新开工重点项目42个", "制定权责清单")) for t in found)


def test_a_plan_whose_title_a_copy_ran_on_after_the_problems_paragraph():
    # an unlabelled bold title of the plans run on with its first paragraph (`**2026年工作部署** 今年
    # ……的总体要求是：`) after the problems paragraph opens the tasks
    text = ("**2025年工作回顾**\n去年，全县经济稳中有进。新开工重点项目42个。\n"
            "同时也要看到，县域经济仍有短板，产业层次偏低。\n"
            "**2026年工作部署** 今年全县工作的总体要求是：稳字当头，干字为先。\n"
            "要新开工重点项目45个。严格落实林长制，管护好每一片林子。\n")
    found = [it.text for it in items(text)]
    assert "要新开工重点项目45个。" in found and "严格落实林长制，管护好每一片林子。" in found


def test_a_part_after_the_sections_of_a_review_title_line_without_a_label():
    # the review part's title has no label (`2025年工作回顾`; in Markdown copies `**一、……**`), a
    # lead-in title line heads its sections （一）…, a salutation closes them; the plan part's own
    # `二、` then opens the tasks, not the problems paragraph before it
    text = ("各位代表：\n下面由我代表县政府报告过去一年的工作和今年的打算。\n2025年工作回顾\n"
            "去年，全县经受住了多重考验，主要指标好于预期。\n一年来，全县上下重点抓了这样几件事：\n"
            "（一）产业家底更厚实。建成标准化厂房12万平方米，规上工业企业净增15家。\n"
            "（二）城乡面貌有了新变化。改造旧小区9个，建成小游园6处。\n（三）民生底子更牢靠。城镇新增就业5200人。\n"
            "各位代表，这些成绩凝聚着全县干部群众的心血和汗水。\n"
            "当然也要清醒地看到，县域产业层次偏低，县城带动力偏弱。\n二、2026年工作安排\n"
            "（一）壮大县域工业。推动园区提档扩容。\n（二）办好民生实事。新建城乡公共厕所20座。\n")
    found = {it.text: it.path for it in items(text)}
    assert found["推动园区提档扩容。"] == ["二", "（一）"]
    assert "新建城乡公共厕所20座。" in found
    assert not any(t.startswith("建成标准化厂房") for t in found)  # the review's sections stay review


def test_an_attribution_on_two_lines_after_numbered_points_covers_their_section():
    text = ("二、主要任务\n（一）开展自查。各科室对照职责梳理办事事项。\n1.梳理事项清单。\n"
            "2.对无依据的证明材料，应予以取消。\n3.精简办理环节。\n责任单位：各科室、各窗口\n完成时限：5月20日前\n"
            "（二）集中整改。对自查出的问题逐项整改。\n")
    found = {it.text: it for it in items(text)}
    for text_ in ("（一）开展自查。", "2.对无依据的证明材料，应予以取消。", "3.精简办理环节。"):
        assert found[text_].deadline == "5月20日前", text_
    assert found["2.对无依据的证明材料，应予以取消。"].party == "各科室"
    assert found["对自查出的问题逐项整改。"].deadline is None


@pytest.mark.parametrize("sentence", [
    "时间一长，有的同志就说不清为什么要干、要干成什么样。",
    "群众常问，村里怎么要把这笔钱用在修路上。",
])
def test_a_modal_asked_about_is_no_directive(sentence):
    text = f"三、下步工作\n（一）抓好作风建设。\n{sentence}\n"
    assert sentence not in {it.text for it in items(text)}


def test_a_modal_after_whatever_is_still_a_directive():
    sentence = "无论如何都要在汛前完成堤防加固。"
    text = f"三、下步工作\n（一）抓好防汛准备。\n{sentence}\n"
    assert sentence in {it.text for it in items(text)}


@pytest.mark.parametrize("sentence", [
    "全县异地搬迁1.2万名群众，县城还集中安置3000名进城务工人员，相当于新增一个大镇的人口。",
    "这项改革，省里相关厅局正在研究。",
])
def test_what_a_figure_amounts_to_or_what_is_under_way_is_no_task(sentence):
    text = f"二、今年重点工作\n（三）完善交通网络。\n推进县乡道提档升级。{sentence}\n"
    found = {it.text for it in items(text)}
    assert "推进县乡道提档升级。" in found
    assert sentence not in found


def test_a_task_part_pushing_on_work_under_way_is_still_a_task():
    sentence = "加快推进正在建设的污水处理厂。"
    text = f"二、今年重点工作\n（四）改善生态环境。\n{sentence}\n"
    assert sentence in {it.text for it in items(text)}


def test_a_party_named_after_paragraphs_of_argument_is_its_sentences_own():
    text = ("第一，把学习抓在经常。\n理论学习是干部成长的基础，这一点大家都清楚。\n"
            "学习不能一阵风，各支部都要建立月度学习制度。要把学习记录纳入年底考评。\n"
            "第二，把作风严在日常。\n各科室要带头改进会风文风。要精简会议数量。\n")
    found = {it.text: it.party for it in items(text)}
    assert found["学习不能一阵风，各支部都要建立月度学习制度。"] == "各支部"
    assert found["要把学习记录纳入年底考评。"] is None
    assert found["要精简会议数量。"] == "各科室"  # named in the paragraph the point opens


@pytest.mark.parametrize("sentence, deadline", [
    ("从下半年开始，省里要组织开展一次全面普查。", None),
    ("自2027年1月1日起，各单位要按新标准执行。", None),
    ("各乡镇要认真学习《关于确保年底前完成改厕任务的通知》。", None),
    ("各乡镇要在年底前完成，从6月起每月报送进度。", "年底前"),
])
def test_when_work_starts_or_a_documents_name_sets_no_limit(sentence, deadline):
    text = f"二、工作安排\n（一）抓好普查准备。\n{sentence}\n"
    found = {it.text: it.deadline for it in items(text)}
    assert found[sentence] == deadline


def test_a_title_set_over_several_lines_is_read_as_one():
    # a part's title over three lines: its last line (`……发展成绩单`) names a result, yet the
    # part is the plan its first line names; the review's own title lines stay review
    text = ("各位代表：\n下面由我代表县政府报告过去一年的工作和今年的打算。\n回顾2025年工作\n"
            "我们一起拼过闯过\n县域发展迈上新的台阶\n一年来，我们盯住项目不放松，开工建设产业项目26个。\n"
            "一年来，我们盯住民生不松劲，城镇新增就业5200人。\n"
            "当然也要清醒地看到，县域产业层次偏低，公共服务欠账较多。\n"
            "做好2026年工作\n我们要鼓足干劲再出发\n奋力书写更加亮眼的发展成绩单\n"
            "今年的预期目标是：全县生产总值增长6%左右。\n"
            "（一）抓项目扩投资。年内新谋划项目不少于100个。\n（二）抓民生补短板。新建城区学校3所。\n")
    found = {it.text for it in items(text)}
    assert "年内新谋划项目不少于100个。" in found
    assert "新建城区学校3所。" in found
    assert not any("开工建设产业项目" in t for t in found)


def test_an_excerpt_that_opens_in_the_problems_paragraph():
    text = ("当然，我们也清醒地看到，眼下的困难还不少。一是工业投资增长乏力，产业升级还需加快；"
            "二是农村公共服务欠账较多，服务效率还需提升。这些问题，我们会逐一想办法解决。\n"
            "二、2026年工作安排\n（一）扩大有效投资。全年实施重点项目120个。\n")
    found = {it.text for it in items(text)}
    assert "全年实施重点项目120个。" in found
    assert not any("还需" in t for t in found)  # the problems stay problems


def test_a_step_named_by_what_is_done_to_a_noun_is_a_topic_title():
    text = ("四、评选程序\n（一）资格审查\n各区教育局对申报材料进行审核，于5月10日前报送市教育局。\n"
            "（二）专家评审\n市教育局组织专家对作品进行评审。\n五、工作要求\n（一）加强组织领导\n"
            "各区要高度重视，确保评选工作公平公正。\n")
    found = {it.text: it.path for it in items(text)}
    assert "（一）资格审查" not in found and "（二）专家评审" not in found
    assert found["市教育局组织专家对作品进行评审。"] == ["四", "（二）"]
    assert "（一）加强组织领导" in found  # a heading that opens with its verb stays one


def test_a_title_naming_a_thing_of_something_or_asking_a_question_is_structure():
    text = ("三、服务体系的调整\n各片区要按新的服务半径重新划分网格。\n四、推进中可能遇到的问题\n"
            "1、如何留住骨干人员\n对服务满三年的骨干，要在职称评定上给予倾斜。\n"
            "五、精心打造有特色的社区服务\n各社区要每季度开展一次服务评议。\n")
    found = {it.text: it.path for it in items(text)}
    for title in ("三、服务体系的调整", "1、如何留住骨干人员"):
        assert title not in found, title
    assert found["对服务满三年的骨干，要在职称评定上给予倾斜。"] == ["四", "1"]
    assert "五、精心打造有特色的社区服务" in found  # it acts: a heading


def test_a_topic_title_is_structure_in_an_excerpt_too():
    # an excerpt that opens at a numbered point: the titles after it head nothing the structure
    # can see, and are still topics, not items
    text = ("1.作品须为教师自己设计制作的玩教具。\n2.每所幼儿园限报3件作品。\n七、评选程序\n（一）网络初评\n"
            "组织专家对网上提交的材料进行初评。\n（二）专家复评\n八、总结表彰\n")
    found = {it.text for it in items(text)}
    assert not {"（一）网络初评", "（二）专家复评", "八、总结表彰"} & found
    assert "组织专家对网上提交的材料进行初评。" in found


def test_an_excerpt_that_opens_with_the_years_goals_keeps_them():
    # `不高于` compares a figure with its bound: no problem described
    text = ("全县今年的主要目标：经济总量增长6%；万元产值能耗不高于0.45吨标准煤；农民收入稳步增长。\n"
            "（一）壮大县域工业。推动园区提档扩容。\n")
    found = {it.text for it in items(text)}
    assert "万元产值能耗不高于0.45吨标准煤；" in found
    assert "推动园区提档扩容。" in found


def test_a_readout_that_opens_with_a_purpose_naming_problems():
    text = ("为帮助园区企业解决用工中存在的问题，3月5日上午，副县长带领人社、税务等部门到园区召开现场办公会。\n"
            "会议认为，园区企业用工需求旺盛，县直各部门一定要全力做好服务。会议要求：\n"
            "一、由县人社局牵头，4月底前组织一次专场招聘会。\n")
    found = {it.text: it for it in items(text)}
    assert "会议认为，园区企业用工需求旺盛，县直各部门一定要全力做好服务。" in found  # no problems paragraph
    assert found["一、由县人社局牵头，4月底前组织一次专场招聘会。"].deadline == "4月底前"


def test_an_attribution_whose_role_names_what_the_lead_does_and_opens_with_its_time_limit():
    # `牵头考核单位`: a role with a word between its halves; the time limit stands before the field
    text = ("一、便民服务\n1．升级社区服务站的自助终端，方便群众就近办事。（7月底前完成，牵头考核单位：区民政局、区数据局）\n"
            "2．完善服务站的评价机制。（9月底取得明显成效，牵头落实单位：区政务服务中心）\n")
    found = {it.text: it for it in items(text)}
    first = found["1．升级社区服务站的自助终端，方便群众就近办事。"]
    assert (first.party, first.deadline) == ("区民政局", "7月底前")
    second = found["2．完善服务站的评价机制。"]
    assert (second.party, second.deadline) == ("区政务服务中心", "9月底")


def test_a_months_end_before_what_is_to_be_done_is_a_deadline():
    text = ("一、重点项目\n力争城东污水厂6月底完成主体工程。\n推进滨江大道改造，8月末全线通车。\n"
            "各镇要报送截至6月底的项目进度。\n")
    found = {it.text: it for it in items(text)}
    assert found["力争城东污水厂6月底完成主体工程。"].deadline == "6月底"
    assert found["推进滨江大道改造，8月末全线通车。"].deadline == "8月末"
    assert found["各镇要报送截至6月底的项目进度。"].deadline is None  # as of June, no time limit


def test_a_straight_quote_closes_a_curly_one():
    # a text typed with both kinds of mark (`“一窗通办"`): the quotation ends there, and the `；`
    # parts after it are items of their own
    text = ("一、政务服务\n1．提升热线服务水平。一是推行“一窗通办\"，减少群众跑腿次数；二是开展满意度回访，"
            "及时改进服务；三是建立诉求办理的督办机制。\n")
    found = [it.text for it in items(text)]
    assert "一是推行“一窗通办\"，减少群众跑腿次数；" in found
    assert "三是建立诉求办理的督办机制。" in found


def test_a_note_in_brackets_between_sentences_is_no_item():
    text = "一、文化服务\n1．建设线上文化馆，发布公益培训课程。（0.5分）（11月底前完成，牵头考核单位：区文旅局）\n（下转第2版）\n"
    found = {it.text: it for it in items(text)}
    assert set(found) == {"1．建设线上文化馆，发布公益培训课程。"}
    assert found["1．建设线上文化馆，发布公益培训课程。"].party == "区文旅局"


@pytest.mark.parametrize("statement", [
    "没有乡村的振兴，就没有全县的振兴。",  # what follows from an absence
    "服务没有终点，创新也没有止境。",  # what a thing lacks
    "探索没有止境，奉献也没有终点。",  # the same, its first word a verb of the lists
    "我们党从建党之初就把人民放在心上，这是我们不变的初心。",  # a clause that says what it is
    "但从调研情况看，还不同程度地存在调研不深入、不系统，落实不到位的问题。",  # a problem, its list cut by commas
])
def test_statements_in_a_task_part_of_a_speech_are_no_items(statement):
    text = f"一、加强理论学习\n{statement}各级党组织要把学习摆在首位。\n"
    found = [it.text for it in items(text)]
    assert statement not in found
    assert "各级党组织要把学习摆在首位。" in found


def test_a_subject_that_lacks_something_is_told_apart_from_an_action_on_those_that_lack_it():
    text = "一、安全生产\n督促没有完成整改的企业限期整改。\n改进考核办法，主要看服务质量提高没有，群众满意没有。\n"
    found = [it.text for it in items(text)]
    assert "督促没有完成整改的企业限期整改。" in found
    assert "改进考核办法，主要看服务质量提高没有，群众满意没有。" in found  # `……没有，` asks whether


def test_a_chapter_label_after_a_lead_ins_colon_opens_its_chapter():
    # `……工作：（一）……` in one paragraph: the first chapter's label follows the lead-in's colon
    text = ("今年全县的发展目标：经济总量增长6%左右。\n重点抓好以下两个方面的工作：（一）稳住经济大盘。"
            "深化项目谋划，全力争取上级资金。调度措施靠前发力、持续发力。\n（二）扩大有效需求。发展夜间经济。\n")
    found = {it.text: it for it in items(text)}
    assert found["重点抓好以下两个方面的工作：（一）稳住经济大盘。"].path == ["（一）"]
    assert found["深化项目谋划，全力争取上级资金。"].path == ["（一）"]
    assert "调度措施靠前发力、持续发力。" in found  # a bare imperative inside the chapter
    assert found["发展夜间经济。"].path == ["（二）"]


def test_chapter_labels_inside_one_sentence_are_a_list():
    text = "一、申报要求\n申报材料包括：（一）申报表；（二）项目方案；（三）承诺书。各单位要按时报送。\n"
    paths = {it.text: it.path for it in items(text)}
    assert paths["各单位要按时报送。"] == ["一"]


def test_a_subject_set_off_by_a_comma_before_its_modal_is_the_party():
    text = ("一、加强作风建设\n各级领导干部，都要带头遵守纪律。\n二、推进项目建设\n今年，要加快推进项目建设。\n"
            "三、做好防汛准备\n各镇，务必在汛期前完成隐患排查。\n")
    parties = {it.text: it.party for it in items(text)}
    assert parties["各级领导干部，都要带头遵守纪律。"] == "各级领导干部"
    assert parties["各镇，务必在汛期前完成隐患排查。"] == "各镇"
    assert parties["今年，要加快推进项目建设。"] is None  # a time, not a subject


def test_an_excerpt_that_begins_with_its_review_title_reads_the_review_as_review():
    # the review part's title on the first line, its label lost: not the document's own title
    text = ("2025年工作回顾\n2025年是很不寻常的一年。\n过去一年，全县上下迎难而上，经济总量预计增长6%。\n"
            "这一年，我们把稳住经济大盘放在首位，运行总体平稳。出台一批帮扶措施，为企业减负5亿元。\n"
            "2026年主要工作\n加快推进重点项目建设。\n")
    assert [it.text for it in items(text)] == ["加快推进重点项目建设。"]


@pytest.mark.parametrize("title", ["2025年工作回顾", "**2025年工作回顾**"])
def test_the_next_part_after_a_review_title_whose_label_was_lost(title):
    # `二、` right after the review (no sections under it): the review's own `一、` was lost, and
    # `二、` opens the plans
    text = (f"{title}\n2025年是很不寻常的一年。\n这一年，我们着力改善城市环境，新建口袋公园12个。\n"
            "二、2026年工作安排\n加快推进重点项目建设。\n")
    assert [it.text for it in items(text)] == ["加快推进重点项目建设。"]


def test_a_markdown_copy_extracts_as_its_plain_text():
    # a Markdown copy sets part titles and run-in heads in bold: the labels stand after the marks
    plain = ("一、2025年工作回顾\n过去一年，全县经济运行总体平稳。\n一是项目建设提速。新开工项目30个。\n"
             "二、2026年工作安排\n（一）扩大有效投资。加快推进重点项目建设。\n一是抓好项目谋划。建立项目储备库。\n")
    marked = ("**一、2025年工作回顾**\n过去一年，全县经济运行总体平稳。\n**一是项目建设提速。**新开工项目30个。\n"
              "**二、2026年工作安排**\n**（一）扩大有效投资。**加快推进重点项目建设。\n**一是抓好项目谋划。**建立项目储备库。\n")
    def shown(text):
        return [(it.text.replace("**", ""), it.kind, it.path) for it in items(text)]
    assert shown(marked) == shown(plain)
    assert ("加快推进重点项目建设。", "task", ["二", "（一）"]) in shown(marked)


@pytest.mark.parametrize("plain, marked", [
    ("一、2025年工作回顾\n全年新开工项目30个。\n二、2026年工作安排\n（一）把项目投资抓紧抓实\n县里的重点项目要加紧推进。\n",
     "## 一、2025年工作回顾\n全年新开工项目30个。\n## 二、2026年工作安排\n### （一）把项目投资抓紧抓实\n县里的重点项目要加紧推进。\n"),
    ("第三章　提升城市品质\n第一节　完善交通网络\n新建城市道路十条。\n第二节　建设海绵城市\n改造易涝点二十处。\n",
     "### 第三章　提升城市品质\n#### 第一节　完善交通网络\n新建城市道路十条。\n####　第二节　建设海绵城市\n改造易涝点二十处。\n"),
])
def test_a_markdown_copy_with_heading_marks_extracts_as_its_plain_text(plain, marked):
    # a Markdown copy marks its titles as headings (`## 二、……`, `### 第三章　……`): the labels stand
    # after the marks, and each item's text and offsets stay those of the source
    def shown(text):
        return [(it.text, it.kind, it.path) for it in items(text)]
    assert shown(marked) == shown(plain)
    assert len([path for _, _, path in shown(marked) if len(path) == 2]) >= 2
    assert all(marked[it.start:it.end] == it.text for it in items(marked))


def test_past_words_after_a_causing_verb_say_what_a_task_is_to_bring():
    # inside a numbered part, `……，使农民获得……` says what the work is for: the sentence is a task;
    # a result reported in a later clause (`……，取得显著成效`, `……，使……取得了……`) stays no task
    def found(sentence):
        return [it.text for it in items("一、发展特色农业\n" + sentence + "\n") if it.kind != "heading"]
    assert found("按各村条件种好特色果蔬，使农户获得更多经营收益。") == ["按各村条件种好特色果蔬，使农户获得更多经营收益。"]
    assert found("按各村条件种好特色果蔬，让村集体取得稳定收入。") == ["按各村条件种好特色果蔬，让村集体取得稳定收入。"]
    assert found("全镇特色种植稳步发展，取得显著成效。") == []
    assert found("按各村条件种好特色果蔬，使农户取得了明显收益。") == []


def test_a_year_in_chinese_numerals_is_a_deadline():
    found = {it.text: it for it in items("一、脱贫攻坚\n到二〇二〇年，全县危旧校舍全部改造完毕。\n")}
    item = found["到二〇二〇年，全县危旧校舍全部改造完毕。"]
    assert item.deadline == "到二〇二〇年"
    assert item.extra["due"] == "2020-12-31"


def test_a_span_of_years_is_the_deadline():
    found = {it.text: it for it in items("一、稳就业\n对招收本县困难家庭劳动力的工厂，三年内按人头给予补贴。\n")}
    assert found["对招收本县困难家庭劳动力的工厂，三年内按人头给予补贴。"].deadline == "三年内"


def test_only_hashes_and_a_space_are_a_heading_mark():
    from speechmine.analysis.sentences import paragraphs

    text = "## 一、总体要求\n#1号线年内通车。\n####### 七个井号\n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["一、总体要求", "#1号线年内通车。", "####### 七个井号"]


def test_two_numbers_of_one_phrase_are_no_label():
    """`二、三号线` inside a review paragraph names two lines, not part 二: the real part 二 that
    follows still opens the tasks."""
    text = ("一、去年工作回顾\n（一）城市建设加快。地铁一号线建成通车。二、三号线改造初见成效。\n"
            "二、奋发有为，以新的业绩迎接建城三十周年\n（一）加快交通建设。推进四号线前期工作。\n")
    found = {it.text: it for it in items(text)}
    assert "二、三号线改造初见成效。" not in found
    assert found["推进四号线前期工作。"].path == ["二", "（一）"]


def test_a_title_that_meets_what_is_ahead_with_results_is_no_review():
    """`以……的优异成绩迎接……` names results still to come: its part holds tasks."""
    text = ("一、过去一年工作回顾\n全年新建学校五所。\n"
            "二、乘势而上，以全区各项事业的优异成绩迎接新的一年\n（一）提升学前教育水平。新建幼儿园三所。\n")
    found = {it.text: it for it in items(text)}
    assert found["新建幼儿园三所。"].zone == "task"
    assert "全年新建学校五所。" not in found


def test_an_unlabelled_title_on_the_situation_and_the_tasks_opens_its_parts_as_tasks():
    text = ("2025年工作回顾\n全年新建学校五所，新增就业八千人。\n"
            "2026年面临的形势和任务\n今年外部环境依然复杂。\n"
            "一、抓好项目投资，夯实产业基础\n加快重点项目建设。\n二、办好民生实事，提升生活品质\n新建幼儿园三所。\n")
    texts = {it.text: it for it in items(text)}
    assert texts["加快重点项目建设。"].path == ["一"]
    assert texts["新建幼儿园三所。"].zone == "task"
    assert "全年新建学校五所，新增就业八千人。" not in texts


def test_every_level_of_a_body_is_a_party():
    """`各级财政要……` names the finance units of every level though 财政 ends no unit's name."""
    text = "三、管好用好资金\n各级财政要优先保障基层运转，从严控制一般性开支。\n要加强资金绩效管理。\n"
    parties = {it.text: it.party for it in items(text)}
    assert parties["各级财政要优先保障基层运转，从严控制一般性开支。"] == "各级财政"
    assert parties["要加强资金绩效管理。"] == "各级财政"
    assert parties["三、管好用好资金"] == "各级财政"


@pytest.mark.parametrize("sentence", ["重点查找本单位在服务企业方面存在的突出问题。", "加快补齐山区学校的师资短板。"])
def test_acting_on_problems_is_a_task(sentence):
    """A problem named as the object of the verb that opens the clause is what to do about it."""
    text = f"二、抓好整改\n（一）查摆问题。{sentence}\n"
    assert sentence in {it.text for it in items(text)}


@pytest.mark.parametrize("sentence", ["部分单位存在作风不实的问题。", "补短板的任务依然很重。"])
def test_problems_described_stay_out(sentence):
    text = f"二、抓好整改\n（一）查摆问题。{sentence}\n"
    assert sentence not in {it.text for it in items(text)}


def test_a_modal_inside_a_prepositions_object_directs_nothing():
    """`对确保……至关重要` says what matters; the copula sentence is no task."""
    text = "二、抓好检查\n（一）明确任务。检查阶段是承上启下的阶段，对确保活动取得实效至关重要。各支部要制定方案。\n"
    found = {it.text for it in items(text)}
    assert "检查阶段是承上启下的阶段，对确保活动取得实效至关重要。" not in found
    assert "各支部要制定方案。" in found


def test_before_an_event_named_after_zai_is_a_deadline():
    text = "一、开好专题会\n在专题组织生活会召开之前，支部书记要逐一谈心。\n在此之前，要做好准备。\n"
    deadlines = {it.text: it.deadline for it in items(text)}
    assert deadlines["在专题组织生活会召开之前，支部书记要逐一谈心。"] == "专题组织生活会召开之前"
    assert deadlines["在此之前，要做好准备。"] is None


def test_a_dated_time_limit_before_the_subject():
    """`2026年6月30日前，市级主管部门……`: the subject after a full date and its comma is the party."""
    text = "一、组织验收\n2026年6月30日前，市级自然资源主管部门完成对县级图斑的验收。\n"
    (task,) = [it for it in items(text) if it.kind == "task"]
    assert task.party == "市级自然资源主管部门"


def test_a_list_numbered_after_a_lead_ins_colon_runs_over_its_sentences():
    """`……兴办五件实事：（1）……。（2）……。`: each numbered sentence is an item of its own, with its label."""
    text = ("四、加强政府自身建设\n压缩会议和差旅经费，严控楼堂馆所建设。\n"
            "各位代表！我们将用心兴办三件民生实事：（1）启动建设城东学校。新建公办幼儿园6所。"
            "（2）推动城镇新增就业1.2万人。（3）对城东两处菜市场完成提档升级。\n")
    found = {it.text: it for it in items(text)}
    assert found["（2）推动城镇新增就业1.2万人。"].path == ["（2）"]
    assert found["（3）对城东两处菜市场完成提档升级。"].path == ["（3）"]
    assert found["新建公办幼儿园6所。"].path == ["（1）"]


def test_a_list_numbered_inside_one_sentence_stays_its_parts():
    text = "二、主要目标\n到年底，力争实现以下目标：（1）全县生产总值增长7.5%左右；（2）税收收入增长6.5%。工作中，我们将抓好落实。\n"
    paths = {it.text: it.path for it in items(text)}
    assert paths["到年底，力争实现以下目标：（1）全县生产总值增长7.5%左右；"] == ["二", "（1）"]
    assert paths["（2）税收收入增长6.5%。"] == ["二", "（2）"]


def test_an_ideas_name_holds_no_definition():
    """`践行绿色就是竞争力理念` names an idea: the sentence acts, it does not define."""
    text = "（一）守好生态底色。围绕建设践行绿色就是竞争力理念示范县，推动产业与生态同步提升。深入开展污染治理。\n"
    assert "围绕建设践行绿色就是竞争力理念示范县，推动产业与生态同步提升。" in {it.text for it in items(text)}


def test_a_numbered_sentence_of_parts_numbered_alike_gives_each_part_its_own_label():
    """`（1）……；（2）……；（3）……。` opening a paragraph: siblings, each with its label (not `（1）`, `（1）`)."""
    text = "（六）办好民生实事。今年重点办好三件实事。\n（1）建成安置房1.2万套；（2）完成老旧小区改造17个；（3）建成公办幼儿园20所。\n"
    paths = {it.text: it.path for it in items(text)}
    assert paths["（1）建成安置房1.2万套；"] == ["（六）", "（1）"]
    assert paths["（2）完成老旧小区改造17个；"] == ["（六）", "（2）"]


def test_an_item_numbered_inside_a_paragraph_heads_nothing():
    """`……。（2）改造……80公里；……。完成……。`: an item numbered inside a paragraph is a task (its `；`
    parts too), though more sentences follow it."""
    text = ("（七）办好民生实事。今年将兴办两件实事：（1）新建幼儿园6所。扩建学校2所。"
            "（2）改造燃气管道80公里；推进电表改造。完成公厕改造30座。\n")
    found = {it.text: it for it in items(text)}
    assert found["（2）改造燃气管道80公里；"].kind == "task"
    assert found["推进电表改造。"].path == ["（七）", "（2）"]
    assert found["完成公厕改造30座。"].path == ["（七）", "（2）"]


@pytest.mark.parametrize("sentence", ["一诺千金。", "这也便于群众就近办事。", "抓好项目建设，成败在于落实。"])
def test_sayings_comments_and_where_an_outcome_lies_are_no_tasks(sentence):
    text = f"第一，要压实责任。各级干部要把责任扛在肩上。{sentence}要加强督查。\n"
    found = {it.text for it in items(text)}
    assert sentence not in found
    assert "要加强督查。" in found


def test_an_item_numbered_inside_a_paragraph_that_is_only_its_title_heads_it():
    text = "（七）办好民生实事。今年将兴办两件实事：（1）新建幼儿园6所。（2）改善交通出行。新辟公交线路10条。\n"
    found = {it.text: it for it in items(text)}
    assert found["（2）改善交通出行。"].kind == "heading"
    assert found["新辟公交线路10条。"].path == ["（七）", "（2）"]


def test_a_numbered_line_that_sets_a_figure_is_a_task_though_its_words_read_as_nouns():
    """`（2）办理法律援助案件3200件。` inside a list of works: the figure makes it a task (jieba tags 办理
    a noun), unlike `（2）……名单一式3份。`, a material to hand in."""
    text = "（八）办好民生实事。今年将办好两件实事：（1）新建幼儿园6所。（2）办理法律援助案件3200件。\n"
    found = {it.text: it for it in items(text)}
    assert found["（2）办理法律援助案件3200件。"].target == "办理法律援助案件3200件"


def test_a_unit_then_when_it_acts_is_the_subject():
    """`市级主管部门在验收时，要……`: the unit opens the sentence and the clause says when it acts (not
    `居民签约后，家庭医生要……`, whose subject follows the clause)."""
    text = "一、工作要求\n市级主管部门在验收时，要逐宗核实。\n居民签约后，家庭医生要建立健康档案。\n"
    parties = {it.text: it.party for it in items(text)}
    assert parties["市级主管部门在验收时，要逐宗核实。"] == "市级主管部门"
    assert parties["居民签约后，家庭医生要建立健康档案。"] == "家庭医生"


def test_a_party_that_singles_out_some_of_its_units_is_named_whole():
    """`各级领导干部特别是一把手，必须……`: the subject as written takes in the units it singles out."""
    text = "一、压实责任\n各级领导干部特别是一把手，必须带头抓落实。\n乡镇党委特别是主要负责同志要靠前指挥。\n"
    parties = {it.text: it.party for it in items(text)}
    assert parties["各级领导干部特别是一把手，必须带头抓落实。"] == "各级领导干部特别是一把手"
    assert parties["乡镇党委特别是主要负责同志要靠前指挥。"] == "乡镇党委特别是主要负责同志"


def test_an_ordinal_and_one_word_naming_a_trend_is_no_item():
    """`一是优质化。……`: an ordinal and a word naming a trend describe where things go; the sentences
    after it still count, and an ordinal with an act (`二是依法行政。`) stays."""
    text = ("二、发展态势\n（一）把握大势。一是智能化。课堂要用好数字资源。二是依法行政。各部门要依法履职。\n")
    found = {it.text for it in items(text)}
    assert "一是智能化。" not in found
    assert "课堂要用好数字资源。" in found
    assert "二是依法行政。" in found


def test_a_window_or_time_limit_before_the_name_is_no_part_of_the_party():
    text = "一、纪律\n培训期间学员不得请假。\n年内各开发区要引进一批重大项目。\n"
    parties = {it.text: it.party for it in items(text)}
    assert parties["培训期间学员不得请假。"] == "学员"
    assert parties["年内各开发区要引进一批重大项目。"] == "各开发区"


def test_a_set_phrase_that_jieba_calls_a_name_opens_an_action():
    """`清正廉洁……`, `采取措施……`: four-character set phrases that jieba's dictionary tags as a
    person's name were read as a subject, and the sentence as no task."""
    text = ("二、2027年重点工作\n（一）稳定就业\n开发一批公益性岗位。采取措施帮助困难企业稳岗扩岗。\n"
            "（二）提升政府效能\n清正廉洁带队伍。常态纠治“四风”，管好用好经费。\n")
    kinds = {it.text: it.kind for it in items(text)}
    assert kinds["采取措施帮助困难企业稳岗扩岗。"] == "task"
    assert kinds["清正廉洁带队伍。"] == "heading"


def test_a_title_its_neighbours_show_is_a_run_in_title():
    """`廉洁奉公……。` is no item by its words (jieba reads the phrase as a person's name); between
    run-in titles of its length it is one too, and a statement of that length is not."""
    text = ("四、加强政府自身建设\n依法行政提效能。规范行政执法程序，细化裁量基准。\n"
            "廉洁奉公树新风。坚决扛起从严治党责任，深入整治形式主义。\n"
            "真抓实干强执行。健全督查考核机制，推动各项部署落地。\n"
            "作风就是形象。各级干部要带头转变作风，多到基层一线。\n")
    kinds = {it.text: it.kind for it in items(text)}
    assert kinds["廉洁奉公树新风。"] == "heading"
    assert "作风就是形象。" not in kinds


def test_a_lead_in_in_bold_is_no_more_an_item_than_the_same_line_plain():
    # a Markdown copy bolds the line that leads into the year's parts; it stays a lead-in
    plain = ("二、今年的主要任务\n今年的政府工作，要坚持稳中求进，一件接着一件办。\n着重办好以下几件事：\n"
             "（一）扩大有效投资。加快推进城市道路改造。\n（二）提升公共服务。新建三所社区托育中心。\n")
    bold = plain.replace("着重办好以下几件事：", "**着重办好以下几件事：**")
    assert [it.text for it in items(bold)] == [it.text for it in items(plain)]
    assert not any("以下几件事" in it.text for it in items(bold))


def test_bold_marks_inside_a_paragraph_change_no_item():
    # a Markdown copy bolds a run-in title and each lead clause after it
    plain = ("坚持稳中求进，确保全年目标如期实现。\n稳住工业基本盘。多措并举扩大技改投资，加快推进老旧设备更新。"
             "织密民生保障网，完善困难群众救助制度。\n")
    bold = plain.replace("稳住工业基本盘。多措并举扩大技改投资，", "**稳住工业基本盘。多措并举扩大技改投资，**") \
        .replace("织密民生保障网，", "**织密民生保障网，**")
    assert [it.text.replace("**", "") for it in items(bold)] == [it.text for it in items(plain)]
    assert "织密民生保障网，完善困难群众救助制度。" in [it.text for it in items(plain)]


def test_a_label_in_bold_inside_a_paragraph_is_read_after_the_marks():
    text = ("二、突出重点\n**一是扩大有效投资。**全年新开工项目50个。**二是培育新兴产业。**要加快布局数字经济。"
            "**三是优化营商环境。**推行惠企政策免申即享。\n")
    found = {it.text.replace("**", ""): it for it in items(text)}
    assert found["要加快布局数字经济。"].path == ["二", "二是"]
    assert found["推行惠企政策免申即享。"].path == ["二", "三是"]


def test_a_closing_in_bold_closes_the_parts_as_the_plain_one_does():
    plain = ("一、抓好重点工作\n（一）加强防汛备汛。各乡镇要全面排查堤防隐患。\n（二）保障城乡供水。水务局要做好水源调度。\n"
             "同志们，任务艰巨，责任重大。各单位要于5月底前报送落实情况。\n")
    bold = plain.replace("同志们，任务艰巨，责任重大。", "**同志们，任务艰巨，责任重大。**")
    for text in (plain, bold):
        paths = {it.text.replace("**", ""): it.path for it in items(text)}
        assert paths["各单位要于5月底前报送落实情况。"] == []
        assert paths["水务局要做好水源调度。"] == ["一", "（二）"]


def test_a_part_title_in_bold_that_only_names_its_topic_is_no_item():
    plain = "今年的政府工作，要坚持稳中求进。\n三、网络初评\n各参评单位要按时提交作品。\n"
    bold = plain.replace("三、网络初评", "**三、网络初评**")
    assert [it.text.replace("**", "") for it in items(bold)] == [it.text for it in items(plain)]
    assert "三、网络初评" not in [it.text for it in items(plain)]


def test_bold_marks_that_slipped_inside_a_title_hide_no_review():
    plain = "一、2025年工作回顾\n新建城市道路12公里，改造老旧小区30个。\n二、2026年工作安排\n要加快建设城市道路。\n"
    bold = plain.replace("一、2025年工作回顾", "**一、2025年工作回**顾").replace("二、2026年工作安排", "**二、2026年工作安排**")
    assert [it.text.replace("**", "") for it in items(bold)] == [it.text for it in items(plain)]
    assert not [it for it in items(bold) if "12公里" in it.text]


def test_a_unit_named_by_its_own_words_is_assigned_by_fuze():
    # national 意见 name units by what they regulate, with no level before them (`生态环境部门负责……`)
    text = ("一、压实监管责任\n（一）落实种养环节监管职责。水利部门负责推进灌区水质监测。"
            "林业草原部门负责履行林下种植的监管职责；粮食和储备部门负责履行收储环节的监管职责。\n")
    parties = {it.text: it.party for it in items(text)}
    assert parties["水利部门负责推进灌区水质监测。"] == "水利部门"
    assert parties["林业草原部门负责履行林下种植的监管职责；"] == "林业草原部门"
    assert parties["粮食和储备部门负责履行收储环节的监管职责。"] == "粮食和储备部门"
    assert parties["（一）落实种养环节监管职责。"] == "水利部门"  # the heading takes its first sentence's unit


def test_only_a_unit_that_opens_the_sentence_is_assigned_by_its_own_words():
    text = ("一、工作分工\n（一）理顺职能。省级体育部门统筹全省赛事安排，赛事保障组负责场馆调度。\n"
            "（二）明确分工。日常运维工作由县文体中心承担。\n"
            "（三）减少审批。撤并后的事项，工作职责交给对口科室承担。\n")
    parties = {it.text: it.party for it in items(text)}
    assert parties["省级体育部门统筹全省赛事安排，赛事保障组负责场馆调度。"] == "省级体育部门"
    assert parties["日常运维工作由县文体中心承担。"] == "县文体中心"
    assert parties["撤并后的事项，工作职责交给对口科室承担。"] is None


@pytest.mark.parametrize("level", ["省级", "乡级", "村级"])
def test_a_level_word_opens_a_unit_name_as_city_and_county_levels_do(level):
    text = f"三、工作要求\n8月31日前，{level}农业农村部门完成年度核查。\n{level}农业农村部门在每月5日前报送工作进展。\n"
    assert [it.party for it in items(text)] == [f"{level}农业农村部门", f"{level}农业农村部门"]


def test_a_set_brought_to_a_figure_is_its_scope_not_its_party():
    # `subjects naming the set to be brought to a state` are scope (ANNOTATION.md, real conventions)
    text = "二、目标任务\n（一）培育创新平台。市级以上研发中心达到15家。县级龙头企业均增长10%以上。\n"
    found = {it.text: it for it in items(text)}
    assert found["市级以上研发中心达到15家。"].party is None
    assert found["县级龙头企业均增长10%以上。"].party is None
    assert found["县级龙头企业均增长10%以上。"].target is not None


def test_you_breaks_a_unit_name_before_the_unit_that_acts():
    text = "三、压实责任\n（一）明确分工。市级考核工作由市委组织部牵头，县级考核工作由县委组织部负责。\n"
    found = {it.text: it for it in items(text)}
    assert found["市级考核工作由市委组织部牵头，县级考核工作由县委组织部负责。"].party == "市委组织部"


def test_a_page_limit_is_a_target():
    text = "一、精简文件\n县委文件篇幅一般不超过8页，部门文件参照执行。\n"
    assert "不超过8页" in items(text)[1].target


def test_goals_dated_right_after_their_lead_are_a_task_without_a_figure():
    # national 意见 set their goals as states to reach by a year, often with no figure
    text = "一、总体要求\n（二）主要目标。主要目标是：到2030年，全县托育服务体系基本形成，服务质量明显提升。\n"
    found = {it.text: it for it in items(text)}
    goals = found["主要目标是：到2030年，全县托育服务体系基本形成，服务质量明显提升。"]
    assert goals.deadline == "到2030年"



def test_a_department_named_by_its_own_words_acts_after_a_preposition():
    text = ("二、健全监管机制\n（五）强化协同监管。农业农村、水利等部门依职责制定灌溉用水监管办法。"
            "网络监管部门对平台通报的问题配合做好处置工作。\n（六）加强宣传。10．各部门通过门户网站发布政策解读。\n")
    parties = {it.text: it.party for it in items(text)}
    assert parties["农业农村、水利等部门依职责制定灌溉用水监管办法。"] == "农业农村、水利等部门"
    assert parties["网络监管部门对平台通报的问题配合做好处置工作。"] == "网络监管部门"
    assert not (parties.get("10．各部门通过门户网站发布政策解读。") or "").startswith("10")


def test_a_ratio_keeps_its_name_across_a_hedge():
    text = "二、重点任务\n（三）扩大助餐服务。增加助餐点位，新建社区食堂助餐席位占比原则上不低于30%。\n"
    found = items(text)
    assert found[-1].target.startswith("占比") and found[-1].target.endswith("不低于30%")


def test_a_title_of_a_list_of_names_is_no_item_though_a_word_in_it_reads_as_a_verb():
    text = ("三、参赛作品\n（二）作品门类\n1.书法类（SF）\n2.绘画类（HH）\n3.运动类（YD）\n4.摄影类（SY）\n"
            "四、报名办法\n（一）各校要在规定时间内完成报名。\n")
    found = {it.text: it for it in items(text)}
    assert "3.运动类（YD）" not in found
    assert "（一）各校要在规定时间内完成报名。" in found


def test_a_topic_title_among_topic_titles_heads_no_item_but_keeps_its_label_in_paths():
    text = ("二、补贴政策\n1.补贴对象\n本县户籍的种粮大户。\n2.补贴标准\n每亩补贴按当年文件确定。\n"
            "3.执行期限\n乡镇要按季度兑付补贴资金。\n")
    found = {it.text: it for it in items(text)}
    assert "3.执行期限" not in found
    assert found["乡镇要按季度兑付补贴资金。"].path == ["二", "3"]


@pytest.mark.parametrize("sentence, deadline", [
    ("各乡镇要在收到本通知后5个工作日之内上报名单。", "收到本通知后5个工作日之内"),
    ("责任单位须自检查结束之日起10日内报送整改方案。", "检查结束之日起10日内"),
    ("督导组在约谈、通报3个工作日内报送情况。", "约谈、通报3个工作日内"),
    ("各县区每年10月底前报送评估报告。", "每年10月底前"),
    ("参赛单位应提前3个工作日提交场地申请。", "提前3个工作日"),
    ("整改期限内暂停审批新增项目。", "整改期限内"),
])
def test_time_limits_as_written_with_their_event_lead_time_or_window(sentence, deadline):
    found = items(f"一、工作要求\n（一）落实时限。{sentence}\n")
    assert found[-1].deadline == deadline


def test_a_figure_after_zai_is_a_limit_not_the_event_of_a_time_limit():
    for sentence in ("办证时间控制在3个工作日内。", "办结时限压缩到37个工作日之内。"):
        found = items(f"一、工作要求\n（一）压缩时限。{sentence}\n")
        assert found[-1].deadline is None and found[-1].target is not None, sentence


@pytest.mark.parametrize("sentence", [
    "若报名人数不足10人，则取消本期培训。",
    "对累计缺勤超过3次的学员，要通报所在单位。",
])
def test_a_figure_in_a_condition_is_no_target(sentence):
    found = items(f"一、工作要求\n（一）严肃纪律。{sentence}\n")
    assert found[-1].text == sentence and found[-1].target is None


def test_a_figure_set_after_a_verb_that_opens_with_dui_is_a_target():
    found = items("一、工作要求\n（一）提升服务。对标先进县区，群众满意度提高到96.5%。\n")
    assert found[-1].target == "群众满意度提高到96.5%"


def test_a_paragraph_on_items_meeting_the_requirements_above_stays_in_its_part():
    text = ("一、支持政策\n（一）支持储能建设。新建项目要配建储能设施。\n"
            "满足以上要求的项目，按装机容量给予补助。\n（二）加强监管。县能源局要按月核查。\n")
    found = {it.text: it for it in items(text)}
    assert found["满足以上要求的项目，按装机容量给予补助。"].path == ["一", "（一）"]


def test_a_marker_before_a_verb_of_saying_and_a_comma_asks_nothing():
    found = items("一、工作要求\n（一）统一认识。当然，也必须指出，困难还会不断出现。\n")
    assert [it.text for it in found] == ["（一）统一认识。"]


def test_an_act_with_its_modal_that_the_next_clause_says_is_something_is_a_statement():
    text = ("一、工作要求\n（一）改进机关作风。坚决制止浪费、带头勤俭办事，是机关作风的试金石，是群众看重的大事。"
            "各科室要带头执行。\n")
    found = {it.text for it in items(text)}
    assert not any(t.startswith("坚决制止浪费") for t in found)
    assert "各科室要带头执行。" in found


def test_a_part_title_whose_head_is_the_speakers_proposal_only_frames():
    text = "三、进一步做好社区服务工作的几点意见\n（一）健全服务网络。各街道要配齐网格员。\n"
    found = {it.text: it.path for it in items(text)}
    assert "三、进一步做好社区服务工作的几点意见" not in found
    assert found["各街道要配齐网格员。"] == ["三", "（一）"]


def test_an_object_that_takes_in_something_with_baokuo_zainei_is_no_statement_of_contents():
    text = ("一、经费保障\n（一）多方筹资。统筹用好包括社会捐赠在内的各类资金，扶持社区老年食堂运营。"
            "培训内容包括政策解读和案例分析。\n")
    found = {it.text for it in items(text)}
    assert "统筹用好包括社会捐赠在内的各类资金，扶持社区老年食堂运营。" in found
    assert "培训内容包括政策解读和案例分析。" not in found


@pytest.mark.parametrize("sentence, opens", [
    ("创新基层宣讲方式，让居民愿意听、听得进。", True),
    ("创新网格管理机制。", True),
    ("做到台账清楚、责任明确、整改到位。", True),
    ("做到了底数清、情况明。", False),
    ("创新驱动格局基本形成。", False),
])
def test_chuangxin_before_a_way_of_working_and_zuodao_open_an_action(sentence, opens):
    assert ([it.text for it in items(sentence)] == [sentence]) is opens


def test_a_verb_listed_inside_a_zai_phrase_opens_no_action():
    text = "各镇要抓好宣讲。我们也应看到，在宣传引导、加强培训这些环节还存在短板；队伍建设仍有待加强。在全县开展理论宣讲进基层活动。"
    assert [it.text for it in items(text)] == ["各镇要抓好宣讲。", "在全县开展理论宣讲进基层活动。"]


@pytest.mark.parametrize("sentence, party", [
    ("电网企业每月报送运行数据。", "电网企业"),
    ("卫生健康部门定期通报进展情况。", "卫生健康部门"),
    ("年底前，团支部开展一次志愿服务。", "团支部"),
    ("6月底前，学校完成校舍排查。", "学校"),
    ("年内，街道办事处召开居民议事会。", "街道办事处"),
])
def test_a_unit_named_by_its_own_words_acts_with_a_rhythm_or_after_a_time_limit(sentence, party):
    found = {it.text: it.party for it in items(f"一、工作安排\n（一）压实责任。{sentence}\n")}
    assert found[sentence] == party


@pytest.mark.parametrize("sentence", [
    "规上企业每年增长8%以上。",
    "全面实施职称评审办法、中小学教师定期交流制度。",
])
def test_a_set_brought_to_a_figure_or_an_act_before_a_rhythm_is_no_party(sentence):
    found = {it.text: it.party for it in items(f"一、工作目标\n（一）稳增长。{sentence}\n")}
    assert found.get(sentence) is None


@pytest.mark.parametrize("sentence", ["统筹抓好校舍维修，是否达标由县考核办评定。", "严格落实整改责任，是非对错交由群众评判。"])
def test_a_clause_opening_with_shifou_or_shifei_says_nothing_of_what_the_act_is(sentence):
    assert [it.text for it in items(sentence)] == [sentence]


def test_a_zai_frame_without_a_comma_then_a_listed_verb_opens_an_action():
    text = "在队伍建设上打好基础、留足后劲；在资金使用上强化统筹，提高资金效益。在项目建设上取得明显成效。"
    assert [it.text for it in items(text)] == ["在队伍建设上打好基础、留足后劲；", "在资金使用上强化统筹，提高资金效益。"]


def test_a_lead_in_of_clauses_inside_a_review_part_keeps_its_list_in_the_review():
    text = ("一、总结去年工作，查找存在的不足，明确了努力方向\n去年全所服务有了新起色。\n"
            "同时也应看到仍存在的不足，这是今后改进的方向：\n1、服务覆盖不均衡。\n2、人员力量有待加强。\n"
            "二、今年主要任务\n1、扩大服务覆盖。各站要在6月底前完成入户走访。\n")
    found = [it.text for it in items(text)]
    assert not any(t.startswith(("1、服务", "2、人员")) for t in found)
    assert "各站要在6月底前完成入户走访。" in found


def test_unnumbered_title_lines_that_say_what_to_do_head_the_paragraphs_under_them():
    text = ("二、今年主要措施\n守住一条安全底线\n各站要每月开展一次隐患排查。\n"
            "织密一张服务网络\n各站要落实值班制度。\n三、改进站务管理\n各站要严格考勤。\n"
            "提升干部队伍素质\n各站要组织业务培训。\n")
    found = {it.text: (it.kind, it.path) for it in items(text)}
    assert found["守住一条安全底线"] == ("heading", ["二"])
    assert found["织密一张服务网络"] == ("heading", ["二"])
    assert "提升干部队伍素质" not in found  # one such line alone in its part: a title a copy unnumbered


@pytest.mark.parametrize("sentence, party", [
    ("这次会议我们要把责任压实到人。", "我们"),
    ("部门职责交叉时我们必须主动补位。", "我们"),
    ("当然档案室也要严格执行借阅制度。", "档案室"),
    ("要完成全年任务，我们就必须倒排工期。", "我们"),
])
def test_what_stands_before_the_acting_unit_is_no_part_of_its_name(sentence, party):
    assert items(sentence)[0].party == party


def test_a_modal_before_a_manner_and_a_verb_of_seeing_asks_nothing():
    assert items("我们要清楚地看到站点人手偏紧的情况。各站要加强值守。")[0].text == "各站要加强值守。"


def test_we_think_something_is_so_is_a_statement():
    text = "我们认为考核是促进工作的手段。各站要按月报送考核结果。"
    assert [it.text for it in items(text)] == ["各站要按月报送考核结果。"]


def test_a_supervising_unit_line_gives_the_items_above_it_their_lead():
    text = ("一、监管重点\n（一）超市\n检查内容：货架商品一律标价；使用统一价签。\n工作目标：标价覆盖率达95%。\n"
            "监管单位：县市场监管局、县商务局\n（二）药店\n药品一律标明价格。\n监管单位：县卫健局、县医保局\n")
    found = {it.text: it.party for it in items(text)}
    assert found["使用统一价签。"] == "县市场监管局"
    assert found["工作目标：标价覆盖率达95%。"] == "县市场监管局"
    assert found["药品一律标明价格。"] == "县卫健局"
    assert not any(t.startswith("监管单位") for t in found)


def test_a_lead_in_that_asks_for_work_turns_a_review_to_tasks_inside_its_part():
    text = ("一、去年工作回顾\n去年全所服务有了新起色，群众评价较好。\n"
            "今年要把服务再提一步，我们必须抓住三点：\n（一）坚持问题导向。各站要每月梳理问题清单。\n")
    found = {it.text: it.path for it in items(text)}
    assert found["各站要每月梳理问题清单。"] == ["一", "（一）"]


def test_a_lead_in_of_clauses_keeps_the_sections_after_it_in_their_part():
    text = ("二、今年形势和任务\n今年形势依然严峻。\n为此，今年将着重抓好三件事：\n"
            "（一）加快项目建设。各站要抓紧开工。\n（二）优化服务。各站要延长服务时间。\n")
    found = {it.text: it.path for it in items(text)}
    assert found["各站要抓紧开工。"] == ["二", "（一）"]
    assert found["各站要延长服务时间。"] == ["二", "（二）"]


@pytest.mark.parametrize("sentence, party", [
    ("各级科普基地强化对中小学生的开放服务。", "各级科普基地"),
    ("各级财政要保障培训经费。", "各级财政"),
    ("地方各级政府和行业协会强化协调配合。", "地方各级政府和行业协会"),
    ("每一位员工都要守住安全底线。", "每一位员工"),
    ("主要负责同志逐项过问、限时督办。", "主要负责同志"),
    ("其他各乡（镇）农技站会同财政所做好补贴发放。", "其他各乡（镇）农技站"),
    ("项目部和施工班组作为安全一线，要每天开展隐患排查。", "项目部和施工班组"),
])
def test_units_named_by_their_levels_by_each_of_them_or_as_what_they_are(sentence, party):
    found = {it.text: it.party for it in items(f"一、工作安排\n（一）压实责任。{sentence}\n")}
    assert found[sentence] == party


def test_a_verb_of_putting_after_jiang_and_its_object_makes_no_commitment():
    found = items("一、工作安排\n（一）加强课程建设。完善课程标准，推动职业院校将其列为必修内容，编写一批示范教材。\n")
    item = next(it for it in found if it.text.startswith("完善课程标准"))
    assert item.kind == "task" and item.party is None
    assert items("我们将把园区打造成示范基地。")[0].kind == "commitment"


@pytest.mark.parametrize("sentence, deadline", [
    ("要统筹安排课程进度，为学员在校期间实习留出时间。", None),
    ("各站要在春运期间加强值守。", "春运期间"),
    ("各站要力争在短期内恢复通行。", "短期内"),
])
def test_a_one_word_status_after_zai_is_no_window(sentence, deadline):
    found = {it.text: it.deadline for it in items(f"一、工作安排\n（一）做好保障。{sentence}\n")}
    assert found[sentence] == deadline


def test_a_numbered_title_that_names_kinds_is_structure():
    text = ("一、申报条件\n（一）研发类\n1．申报人应有三年以上研发经历。\n（二）技能类、服务类\n"
            "1．申报人应有五年以上从业经历。\n")
    found = {it.text: (it.kind, it.path) for it in items(text)}
    assert "（一）研发类" not in found and "（二）技能类、服务类" not in found
    assert found["1．申报人应有五年以上从业经历。"][1] == ["一", "（二）", "1"]


def test_an_ordinal_with_shi_yao_goes_on_a_series_of_yao():
    text = ("三、转变工作方式\n一要从守摊子向跑市场转变。各部门要主动走访客户。\n二要从单打独斗向协同作战转变。"
            "各部门要加强配合。\n三是要从重形式向重实效转变。各部门要精简会议。\n四要从等靠要向主动干转变。各部门要主动作为。\n")
    found = {it.text: it.path for it in items(text)}
    assert found["各部门要精简会议。"] == ["三", "三是"]
    assert found["各部门要主动作为。"] == ["三", "四要"]


def test_since_when_things_have_been_so_is_no_action():
    text = "一、转变作风\n多年来，个别班组习惯于老办法，不愿接触新设备。各班组要组织新设备培训。\n"
    assert [it.text for it in items(text) if it.kind != "heading"] == ["各班组要组织新设备培训。"]


def test_a_part_of_a_list_that_only_names_someone_is_no_item():
    text = ("一、申报条件\n（一）人才类\n1．满足以下任一条件：①市级技能工作室带头人；②市级首席技师；"
            "③主持完成过省级以上科研项目；④获得过市级以上技能竞赛一等奖。\n")
    found = [it.text for it in items(text)]
    assert "②市级首席技师；" not in found and "①市级技能工作室带头人；" not in found
    assert "③主持完成过省级以上科研项目；" in found


@pytest.mark.parametrize("sentence, deadline", [
    ("推荐名单报送截止时间为2027年3月5日。", "2027年3月5日"),
    ("材料装订成册后交受理窗口，申报截止日期：4月10日。", "4月10日"),
])
def test_a_sentence_that_names_when_the_work_is_due_is_a_task(sentence, deadline):
    found = {it.text: (it.deadline, it.rule) for it in items(f"五、报送要求\n各区要按时报送推荐名单。{sentence}\n")}
    assert found[sentence] == (deadline, "deadline.due")


def test_a_paragraph_after_a_list_that_a_lead_in_opened_returns_to_the_part():
    text = ("五、申报材料\n申报材料包括：\n1．申报书；\n2．项目计划书；\n3．相关证明材料。\n"
            "各区人才办要在初审后统一报送。\n六、工作要求\n各地要加强组织领导。\n")
    found = {it.text: it.path for it in items(text)}
    assert found["各区人才办要在初审后统一报送。"] == ["五"]


def test_a_side_named_by_a_noun_and_shang_without_a_comma_opens_an_action():
    text = "三、加强管理\n财务上实行集中核算，统筹使用部分资金；业务上严格按规程办理，做好登记备查。\n"
    found = [it.text for it in items(text) if it.kind != "heading"]
    assert found == ["财务上实行集中核算，统筹使用部分资金；", "业务上严格按规程办理，做好登记备查。"]


@pytest.mark.parametrize("sentence, deadline", [
    ("通过三年努力，建成覆盖全县的养老服务网络。", "通过三年努力"),
    ("经过2至3年持续努力，初步形成社区托育网络。", "经过2至3年"),
    ("通过试点发现问题，完善工作机制。", None),
])
def test_years_of_effort_to_get_there_are_a_deadline(sentence, deadline):
    found = {it.text: it.deadline for it in items(f"一、主要目标\n（一）总体目标。{sentence}\n")}
    assert found[sentence] == deadline


def test_square_kilometres_and_standard_containers_are_units_of_a_target():
    text = "一、主要目标\n（一）城市建设。新城面积扩大到45平方公里，内河码头年装卸能力提升到20万标准箱。\n"
    target = items(text)[-1].target
    assert target is not None and "45平方公里" in target and "20万标准箱" in target


@pytest.mark.parametrize("sentence", [
    "保持高于全省的增长速度，既可以稳住就业，又为调结构留出空间。",
    "按照测算，只要全县保持年均增长4%，就可以实现收入倍增。",
])
def test_what_an_act_would_bring_or_what_suffices_is_a_statement(sentence):
    found = [it.text for it in items(f"一、主要目标\n（一）增长目标。各乡镇要抓好项目建设。{sentence}\n")]
    assert sentence not in found


def test_a_total_to_reach_with_leiji_is_no_past_work():
    text = "一、主要任务\n（一）稳定就业。落实就业政策。全县新增就业累计超过2万人，失业率保持在4%以内。\n"
    found = {it.text: it.target for it in items(text)}
    assert "全县新增就业累计超过2万人，失业率保持在4%以内。" in found
    review = "一、去年工作回顾\n去年全县新增就业累计超过2万人。\n"
    assert items(review) == []


@pytest.mark.parametrize("sentence, party", [
    ("防火形势依然复杂，各村党员干部和护林员，必须守住防火底线。", "各村党员干部和护林员"),
    ("严格控制陪同人员、层层开会，要减少会议数量。", None),
    ("此举事关全局，要稳妥推进。", None),
    ("主要填写该学员在培训期间的表现。", None),
    ("着眼城乡一体新格局，要统筹布点。", None),
])
def test_a_clause_that_only_names_units_before_a_modal_names_who_acts(sentence, party):
    found = {it.text: it.party for it in items(f"一、工作安排\n（一）压实责任。{sentence}\n")}
    assert found[sentence] == party


@pytest.mark.parametrize("sentence", ["地方税费收入与园区企业营业额同步增长。", "各级群众文化事业都要坚持正确方向。",
                                      "主要监测系统运行平稳可靠。"])
def test_the_words_of_a_thing_or_a_sectors_work_name_no_party(sentence):
    found = {it.text: it.party for it in items(f"一、工作安排\n（一）稳定增长。{sentence}\n")}
    assert found.get(sentence) is None


def test_what_an_act_is_for_with_jineng_youneng_stays_a_task():
    sentence = "推进背街小巷整治，让居民既能住得安心、又能过得舒心。"
    assert sentence in [it.text for it in items(f"一、工作安排\n（一）改善民生。{sentence}\n")]


def test_a_part_naming_the_work_of_a_year_before_the_reports_is_a_review():
    text = ("2026年1月12日在县人代会上\n各位代表：\n"
            "一、2025年政府的主要工作\n全县新修机耕道60公里。推行河湖网格巡护制度。\n"
            "二、2026年主要工作\n（一）稳投资。全年新开工项目30个以上。\n")
    found = [it.text for it in items(text) if it.kind != "heading"]
    assert "推行河湖网格巡护制度。" not in found
    assert "全年新开工项目30个以上。" in found
    undated = text.split("\n", 1)[1]  # no date in the text: the year's work may be this year's
    assert "推行河湖网格巡护制度。" in [it.text for it in items(undated)]


def test_the_date_a_user_gives_dates_the_parts_too(tmp_path):
    text = ("各位代表：\n一、2025年政府的主要工作\n全县新修机耕道60公里。推行河湖网格巡护制度。\n"
            "二、2026年主要工作\n（一）稳投资。全年新开工项目30个以上。\n")
    found = [it.text for it in extract(text, date="2026-01-12").items]
    assert "推行河湖网格巡护制度。" not in found and "全年新开工项目30个以上。" in found
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(main, ["extract", str(path), "--date", "2026-01-12", "-o", str(tmp_path / "r.json")])
    assert out.exit_code == 0, out.output
    texts = [it["text"] for it in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["items"]]
    assert "推行河湖网格巡护制度。" not in texts and "全年新开工项目30个以上。" in texts


def test_an_excerpt_that_opens_on_the_results_then_names_problems_holds_no_task_there():
    text = ("这些成绩得来不易，饱含全乡干部的汗水。\n"
            "成绩面前，我们也看到差距依然明显：特色产业规模偏小，集镇功能还需加快补齐。\n"
            "二、今年主要任务\n（一）壮大产业。各村要抓好招商引资。\n")
    found = [it.text for it in items(text) if it.kind != "heading"]
    assert found == ["各村要抓好招商引资。"]


@pytest.mark.parametrize("sentence, asks", [
    ("外部需求持续走弱，全国上下正着力培育内需潜力。", False),
    ("全镇路网管网短板突出，集镇功能还需加快提升。", False),
    ("全镇路网管网短板突出，集镇功能要加快提升。", True),
])
def test_a_modal_under_way_or_still_lacking_in_a_problem_asks_nothing(sentence, asks):
    found = [it.text for it in items(f"{sentence}各村要抓好环境整治。")]
    assert (sentence in found) is asks and "各村要抓好环境整治。" in found


def test_goals_dated_after_their_lead_are_goals_whatever_their_words_of_result():
    text = ("一、总体思路\n守住山水底色，带动全域康养提质。\n"
            "主要目标是：到2028年，康养小镇培育取得重要进展，康养服务网络日趋完善；"
            "到2032年，康养小镇基本建成。\n二、康养配套\n（一）完善配套设施。新建游客集散中心。\n")
    found = {it.text: it for it in items(text)}
    first = "主要目标是：到2028年，康养小镇培育取得重要进展，康养服务网络日趋完善；"
    assert found[first].deadline == "到2028年"
    assert found["到2032年，康养小镇基本建成。"].deadline == "到2032年"


def test_a_figure_in_dollars_is_a_target():
    found = {it.text: it for it in items("一、今年工作\n（一）稳外贸。力争茶叶出口额达到1.2亿美元。\n")}
    assert found["力争茶叶出口额达到1.2亿美元。"].target == "茶叶出口额达到1.2亿美元"


def test_a_time_limit_after_the_lead_word_is_no_part_of_the_target():
    found = {it.text: it for it in items("一、今年工作\n（一）抓招商。办好专题推介会，力争年内落地项目40个。\n")}
    item = found["办好专题推介会，力争年内落地项目40个。"]
    assert item.deadline == "年内" and item.target == "落地项目40个"


def test_a_series_of_conditions_the_work_faces_is_described_not_assigned():
    text = ("一、今年工作安排\n"
            "抓好今年的事，全镇有不少有利条件。一是高铁站通车在即。二是茶旅融合基础扎实。"
            "三是政策红利持续释放。\n"
            "（一）稳增长。全年新开工项目30个以上。\n")
    found = [it.text for it in items(text)]
    assert not any(t.startswith(("一是", "二是", "三是", "做好今年的工作")) for t in found)
    assert "全年新开工项目30个以上。" in found


def test_a_series_after_a_call_to_seize_the_conditions_stays_tasks():
    text = ("一、今年工作安排\n"
            "我们要抓住高铁开通带来的机遇。一是加快园区扩容。二是抓好茶园提质。\n")
    found = [it.text for it in items(text)]
    assert "一是加快园区扩容。" in found and "二是抓好茶园提质。" in found


def test_plans_of_projects_each_in_a_part_with_a_result_to_reach():
    text = ("一、今年工作\n（一）抓基础设施。一是推进交通水利设施建设。"
            "县城北环路加快建设，滨河大道开工建设；西河大桥改造完成，南环路竣工通车；"
            "县第二水厂二期取得新的进展；改造农村公路80公里。\n二是提升集镇颜值。新建口袋公园6个。\n")
    found = [it.text for it in items(text)]
    assert "县城北环路加快建设，滨河大道开工建设；" in found
    assert "县第二水厂二期取得新的进展；" in found
    assert "改造农村公路80公里。" in found


@pytest.mark.parametrize("sentence", [
    "全县各村召开专题会议部署工作；县第二水厂等项目取得了明显进展。",  # reached: work done
    "召开专题会议部署工作；邀请专家做了专题辅导；教师团队取得新突破。",
])
def test_a_result_reached_after_a_plain_part_keeps_the_sentence_a_review(sentence):
    found = in_part(sentence, "（一）抓基础设施。", PARK)
    assert not any(t in sentence for t in found)


def test_a_list_of_awards_to_have_won_is_no_list_of_results_to_reach():
    text = ("三、申报条件\n申报人须满足以下一项：组织过省级以上展演活动；"
            "获得省级以上文艺奖项；取得副高级以上职称。\n")
    found = [it.text for it in items(text)]
    assert "获得省级以上文艺奖项；" not in found


@pytest.mark.parametrize("sentence, party", [
    ("各村委会、村民小组和物业服务企业，都不准私设烧烤点。", "各村委会、村民小组和物业服务企业"),
    ("各乡镇、各部门，都不得擅自举办节庆活动。", "各乡镇、各部门"),
])
def test_units_set_off_by_a_comma_before_a_ban_are_its_party(sentence, party):
    found = {it.text: it.party for it in items(f"二、工作要求\n（三）{sentence}\n（四）各村要加强巡查。\n")}
    assert found[f"（三）{sentence}"] == party


def test_goals_a_body_has_set_are_reported_not_set_again():
    text = ("二、未来五年的工作蓝图\n县第五次党代会定下了今后几年的奋斗目标：到2028年，全县生产总值翻一番，"
            "城乡面貌明显改善；到2030年，基本建成现代化强县。\n（一）抓产业。各乡镇要加快发展林下经济。\n")
    found = {it.text: it for it in items(text)}
    assert not any("奋斗目标" in t or t.startswith("到2030年") for t in found)
    assert found["二、未来五年的工作蓝图"].party is None


def test_units_joined_after_a_county_bracket_are_one_party():
    text = "三、工作安排\n（二）报送材料。各乡（镇）、县直有关部门于6月15日前报送汇总表。\n（三）组织评审。\n"
    found = {it.text: it for it in items(text)}
    item = found["各乡（镇）、县直有关部门于6月15日前报送汇总表。"]
    assert item.party == "各乡（镇）、县直有关部门" and item.deadline == "6月15日前"


@pytest.mark.parametrize("sentence, deadline", [
    ("理事会两年改选一次。", "两年改选一次"),
    ("领导小组三个月召开一次调度会。", "三个月召开一次"),
])
def test_a_rhythm_said_without_mei_is_a_deadline(sentence, deadline):
    found = in_part(sentence)
    assert found[sentence].deadline == deadline


@pytest.mark.parametrize("sentence", ["三年行动计划实施一次中期评估。", "精心备战四年一次的全省农民运动会。"])
def test_a_plan_of_years_or_a_thing_held_every_few_years_is_no_rhythm(sentence):
    found = in_part(sentence)
    assert found[sentence].deadline is None


def test_a_speaker_counting_points_numbers_the_paragraphs_after():
    text = ("今天讲两点意见。\n第一点，思想上要重视。各车间要把安全放在首位。\n"
            "班组长每天巡查一遍。\n第二点，措施上要落实。各车间要建立隐患台账。\n")
    paths = {it.text: it.path for it in items(text)}
    assert paths["班组长每天巡查一遍。"] == ["第一点"]
    assert paths["各车间要建立隐患台账。"] == ["第二点"]


@pytest.mark.parametrize("sentence", ["局机关党委召开专题会议。", "各村召开村民代表大会。"])
def test_a_numbered_line_where_a_unit_acts_is_a_task(sentence):
    found = in_part(sentence, "二、工作步骤\n（一）")
    assert f"（一）{sentence}" in found


def test_a_numbered_line_that_lists_people_is_no_task():
    found = [it.text for it in items("二、参训对象\n（一）各学院院长、副院长，外事专员。\n（二）各部门负责人。\n")]
    assert not any("外事专员" in t for t in found)


@pytest.mark.parametrize("sentence, target", [
    ("维修改造乡村道路60公里，打通断头路。", "维修改造乡村道路60公里"),
    ("开展小升规攻坚，确保年内净增规上企业30家以上。", "净增规上企业30家以上"),  # a modal is no part of the act
])
def test_two_verbs_of_one_act_open_the_target(sentence, target):
    found = in_part(sentence, "一、今年工作\n（一）抓建设。", PARK)
    assert found[sentence].target == target


@pytest.mark.parametrize("sentence, target", [
    ("全年城镇新增就业1.2万人以上。", "城镇新增就业1.2万人以上"),  # the indicator's name holds the verb
    ("地区生产总值完成360亿元以上。", "地区生产总值完成360亿元以上"),
    ("从业人员受教育年限提高到13.5年。", "从业人员受教育年限提高到13.5年"),
    ("户籍人口预期寿命提高到79岁。", "户籍人口预期寿命提高到79岁"),
    ("为80岁以上空巢老人配发智能手环。", None),  # an age names who is served
    ("力争2028年突破50亿元。", "突破50亿元"),  # the year is the time limit, not the metric
])
def test_indicators_named_as_reports_name_them(sentence, target):
    found = in_part(sentence, "一、今年工作\n（一）稳增长。", PARK)
    assert found[sentence].target == target


def test_on_time_is_a_deadline_until_an_attribution_dates_it():
    text = ("二、保障措施\n（一）做好保障。按时足额发放护林员管护补助。\n"
            "（二）升级系统。信息科按时完成挂号平台改版。（牵头单位：信息科；完成时限：11月底）\n")
    found = {it.text: it for it in items(text)}
    assert found["按时足额发放护林员管护补助。"].deadline == "按时"
    assert found["信息科按时完成挂号平台改版。"].deadline == "11月底"


@pytest.mark.parametrize("sentence, deadline", [
    ("建立定期会商和通报机制。", None),  # 定期 names the mechanism
    ("定期开展安全隐患排查。", "定期"),
])
def test_regularly_names_a_mechanism_or_sets_a_rhythm(sentence, deadline):
    found = in_part(sentence)
    assert found[sentence].deadline == deadline


@pytest.mark.parametrize("sentence, kept", [
    ("今年以来，团县委积极投身防汛一线，坚决扛起责任，圆满完成转移安置任务，锻炼了队伍。", False),
    ("抗旱期间，村组干部日夜值守，确保了人畜饮水不断供。", False),  # a modal done
    ("要量入为出办实事，力争以较小投入取得更大的民生实效。", True),  # a result to reach
    ("要多下基层走访，认准了的事情，要一干到底。", True),  # 了 in a description
])
def test_a_speech_opening_that_recounts_the_years_work_asks_nothing(sentence, kept):
    text = f"同志们：\n{sentence}\n下面，我讲两点意见。\n一、抓好防汛\n各村要加强巡查。\n今天就说到这儿，谢谢大家！\n"
    found = [it.text for it in items(text)]
    assert (sentence in found) is kept
    assert "各村要加强巡查。" in found and "今天就说到这儿，谢谢大家！" not in found


def test_words_after_a_county_bracket_that_go_on_to_an_act_are_no_second_unit():
    sentence = "每个县（市）、区挑出5家成长型企业开展梯度培育。"
    found = {it.text: it.party for it in items(f"二、工作要求\n（一）培育企业。{sentence}\n（二）各村要加强巡查。\n")}
    assert "选择" not in (found.get(sentence) or "")


@pytest.mark.parametrize("sentence", ["十月革命第一次把理想变成现实。", "每隔三年修订一次村规民约。"])
def test_a_months_name_or_every_few_years_is_no_rhythm_said_without_mei(sentence):
    found = in_part(sentence)
    assert found.get(sentence) is None or found[sentence].deadline != sentence[:7]
    assert not any((it.deadline or "").endswith("一次") and "第" in it.deadline for it in found.values())


@pytest.mark.parametrize("sentence", ["延长时间最长不超过一年。", "试用期不得超过1年。", "卷宗先分册再按时间先后装订。"])
def test_a_limit_in_years_and_order_by_time_are_neither_target_nor_deadline(sentence):
    found = in_part(sentence, "二、工作要求\n（一）规范程序。")
    item = found.get(sentence)
    assert item is None or (item.target is None and item.deadline is None)


def test_on_time_is_no_point_of_a_schedule():
    sentence = "今年要兑现护林员补助，务必按时兑付到户。"
    found = in_part(sentence, "二、工作安排\n（一）")
    assert found[f"（一）{sentence}"].deadline == "今年"


@pytest.mark.parametrize("sentence, target", [
    ("全县森林覆盖率达到68%。", "森林覆盖率达到68%"),  # the area is the subject's
    ("全区新建村级卫生室12个。", "新建村级卫生室12个"),
])
def test_the_whole_area_before_a_metric_is_no_part_of_the_target(sentence, target):
    found = in_part(sentence, "一、今年工作\n（一）抓生态。", PARK)
    assert found[sentence].target == target


@pytest.mark.parametrize("sentence, kept", [
    ("对拒不整改的商户，通过约谈、通报或者暂停资格等方式进行处理。", True),  # 方式进行 + what is done
    ("本次轮训以线上线下结合的方式进行。", False),  # how it is held: an arrangement
])
def test_done_by_some_means_is_a_task_unless_only_how_it_is_held(sentence, kept):
    found = in_part(sentence, "二、工作要求\n（一）规范经营。")
    assert (sentence in found) is kept


def test_a_pair_of_both_and_also_halves_stays_one_item():
    sentence = "全镇务必保持较快增长，既要抓项目扩投资，稳住基本盘；又必须补上民生短板，提升服务水平。"
    found = in_part(sentence, "一、今年工作\n（一）抓发展。")
    assert sentence in found
    split = "抓好春耕备耕，既定任务按期完成；又要推进改革，完善机制。"  # 既定 is a word of its own
    found = [it.text for it in items(f"一、今年工作\n（一）抓发展。{split}\n（二）各村要加强巡查。\n")]
    assert "又要推进改革，完善机制。" in found


def test_the_considerations_behind_the_goals_are_no_tasks():
    text = ("二、今年的目标\n确定今年的目标，主要考虑了两个方面：一是适应全省增速换挡的形势。全省发展已进入换挡期，"
            "不能再靠铺摊子拉增长。二是兼顾民生保障的需要。我县还有三千户群众住房困难。\n"
            "全县特色林果产值增长7.3%左右。\n三、重点工作\n（一）抓项目。各镇要加快项目建设。\n")
    found = [it.text for it in items(text)]
    assert not any("换挡" in t or "三千户" in t for t in found)
    assert "各镇要加快项目建设。" in found


@pytest.mark.parametrize("sentence, target", [
    ("婴儿死亡率控制在4‰以内。", "婴儿死亡率控制在4‰以内"),
    ("全县森林过火率控制在0.5‰以内，当日扑灭率达到96%以上。", "森林过火率控制在0.5‰以内，当日扑灭率达到96%以上"),
])
def test_per_mille_is_a_unit_of_a_target(sentence, target):
    found = in_part(sentence, "一、今年目标\n（一）主要指标。", PARK)
    assert found[sentence].target == target


@pytest.mark.parametrize("sentence, deadline", [
    ("健全村委会按期换届和干部到龄提醒机制，规范选举流程。", None),
    ("建立健全站长定期述职、失职追责制度。", None),
    ("各站要按期完成换届，建立长效机制。", "按期"),
])
def test_a_limit_inside_a_mechanisms_name_sets_no_time(sentence, deadline):
    found = in_part(sentence)
    assert found[sentence].deadline == deadline


@pytest.mark.parametrize("sentence, party", [
    ("县金融办、农商银行要加强沟通对接，各乡镇要做好政策宣传。", "县金融办、农商银行"),
    ("各商业银行要加大涉农信贷投放。", "各商业银行"),
])
def test_a_bank_is_a_party(sentence, party):
    found = in_part(sentence, "二、保障措施\n（一）加大投入。")
    assert found[sentence].party == party


@pytest.mark.parametrize("sentence, kind", [
    ("严禁在林区野外用火。", "prohibition"),
    ("未经镇政府批准，不得擅自占用道路。", "prohibition"),  # a condition, then the ban
    ("入汛后各村已全面进入防汛状态，各村干部决不能擅离职守。", "prohibition"),  # a description, then the ban
    ("对未按期整改的，要依规约谈，不得一罚了之。", "task"),  # the ban ends a directive
    ("涉及古建筑的，按照规定予以维护，逐户制定修缮计划，严禁借改造之名拆除。", "task"),  # actions, then the ban
    ("有条件的村可以设立调解室，严禁收取调解费用。", "task"),
    ("在开展入户走访等直接面对群众的工作时，严禁吃拿卡要。", "prohibition"),  # when, however long, then the ban
    ("以村委会名义组织的活动，未经乡镇同意，不得向农户摊派费用。", "prohibition"),  # a topic, a condition, the ban
    ("护林防火是一项长期任务，各村决不能掉以轻心。", "prohibition"),  # a description, then the ban
])
def test_a_ban_is_the_kind_only_where_nothing_before_it_is_a_directive(sentence, kind):
    found = in_part(sentence, "二、工作要求\n（一）规范管理。")
    assert found[sentence].kind == kind


@pytest.mark.parametrize("sentence", [
    "在此要着重说明，定下这个目标，意在引导各方把精力放到提质增效上来。",  # the speaker explains
    "我县已到了不转型就不能前进的关口。",  # a consequence, no ban
    "全县的各项指标一定能够完成，城乡面貌一定能够焕然一新。",  # a forecast
    "这样做，既可为村集体增加收入，也有利于盘活闲置资产。",  # what an act would bring
])
def test_explanations_forecasts_and_consequences_ask_nothing(sentence):
    found = [it.text for it in items(f"一、重点任务\n（一）抓转型。{sentence}各镇要加快项目建设。\n")]
    assert sentence not in found and "各镇要加快项目建设。" in found


def test_a_judgement_of_urgency_is_no_run_in_heading():
    text = "一、重点任务\n（二）抓好产业升级。\n产业升级刻不容缓。各镇要加快关停落后产能。\n"
    found = [it.text for it in items(text)]
    assert "产业升级刻不容缓。" not in found and "各镇要加快关停落后产能。" in found


def test_the_plans_year_before_a_metric_is_no_part_of_the_target():
    found = {it.text: it for it in items("一、今年目标\n（一）稳增长。今年社会融资规模增长目标为9%左右。\n")}
    assert found["今年社会融资规模增长目标为9%左右。"].target == "社会融资规模增长目标为9%左右"


def test_seeing_that_a_task_is_still_hard_is_an_attitude_not_a_directive():
    text = ("同志们：\n成绩面前，也要清醒看到，招商形势依然严峻，补齐短板任务依然艰巨。\n"
            "一、抓好招商\n各镇要加强对接。\n")
    found = [it.text for it in items(text)]
    assert not any(t.startswith("成绩面前") for t in found) and "各镇要加强对接。" in found


@pytest.mark.parametrize("sentence", [
    "“便民服务”平台按照就近办理原则向群众提供预约办理服务。",  # a named body, by what rule, then the act
    "县产业基金通过股权投资方式继续支持初创企业发展。",
])
def test_a_topic_that_acts_by_some_means_is_a_task(sentence):
    found = in_part(sentence, "二、主要任务\n（一）优化服务。")
    assert sentence in found


def test_the_lessons_of_the_years_reviewed_are_no_tasks():
    text = ("三年来的实践，积累了推进县域发展的经验。\n第一，坚持项目为王。把抓项目当作头号抓手，一抓到底。\n"
            "第二，坚持改革创新。靠改革破解眼前的难题。\n二、今年的主要任务\n（一）抓项目。各镇要加快项目建设。\n")
    found = [it.text for it in items(text)]
    assert not any("一抓到底" in t or "破解眼前的难题" in t for t in found)
    assert "各镇要加快项目建设。" in found


def test_first_of_all_without_a_second_opens_no_series():
    text = "二、重点任务\n办好这件事，首先要把各村发动起来。同时，县里要加大扶持。\n（一）各镇要加强巡查。\n"
    found = {it.text: it for it in items(text)}
    assert found["同时，县里要加大扶持。"].path == ["二"]
    assert found["办好这件事，首先要把各村发动起来。"].path == ["二"]


def test_a_series_word_run_together_with_its_modal_still_asks():
    text = "二、工作要求\n会议要求，首先要统一思想。其次要压实责任。\n"
    found = {it.text: it.path for it in items(text)}
    assert found["会议要求，首先要统一思想。"] == ["二", "首先"]
    assert found["其次要压实责任。"] == ["二", "其次"]


@pytest.mark.parametrize("sentence, target", [
    ("全县粮食产量平均每年提高百分之三左右。", "粮食产量平均每年提高百分之三左右"),  # a yearly average, no rhythm
    ("服务业占比提高到百分之四十至四十五。", "服务业占比提高到百分之四十至四十五"),
])
def test_a_percentage_written_out_is_a_target(sentence, target):
    found = in_part(sentence, "一、今后五年的目标\n（一）主要指标。", PARK)
    assert found[sentence].target == target and found[sentence].deadline is None


def test_a_year_that_opens_a_level_to_reach_is_its_deadline():
    sentence = "壮大建材产业，2027年水泥产量达到500万吨。"
    found = in_part(sentence, "一、今后五年的任务\n（一）抓工业。", PARK)
    assert found[sentence].deadline == "2027年" and found[sentence].target == "水泥产量达到500万吨"


def test_goals_after_their_lead_are_tasks_unless_reached():
    text = ("二、未来发展打算\n规划为全镇定下的主要目标是：特色产业取得长足进步，到2030年农民收入翻一番；"
            "集镇改造取得实质突破，公共服务比较完善；生态本底持续改善。\n"
            "上一轮所定主要目标是：集镇改造取得了实质突破，公共服务已比较完善。\n")
    found = {it.text: it for it in items(text)}
    assert "集镇改造取得实质突破，公共服务比较完善；" in found and "生态本底持续改善。" in found
    assert any(t.endswith("翻一番；") and it.deadline == "到2030年" for t, it in found.items())
    assert not any("取得了" in t for t in found)


def test_a_stage_inside_a_relative_clause_describes_the_firms_not_the_situation():
    """`处于……期` states the situation (`全县仍处于转型关键期。`: no task) unless it only qualifies a
    noun (`扶持处于孵化期的科创小微企业发展。`: the firms at that stage are what is supported)."""
    found = in_part("扶持处于孵化期、成长期的科创小微企业发展。全县仍处于转型关键期。对还处于转型期的小县来说，担子不轻。")
    assert "扶持处于孵化期、成长期的科创小微企业发展。" in found and "全县仍处于转型关键期。" not in found
    assert "对还处于转型期的小县来说，担子不轻。" not in found  # (`还`: the situation, said of the county)


def test_a_number_run_into_a_name_that_opens_with_a_figure_is_still_its_label():
    """`11.365便民服务项目。` reads alone as the number 11.365; after `10.` it is label 11, and the
    series goes on (`12.`)."""
    text = ("二、实施重点项目\n（一）便民行动。\n9.社区食堂项目。新建社区食堂。\n10.口袋公园项目。新建口袋公园。\n"
            "11.365便民服务项目。推行全天候便民服务。\n12.背街小巷项目。整治背街小巷。\n")
    paths = {it.text: it.path for it in items(text)}
    assert paths["推行全天候便民服务。"] == ["二", "（一）", "11"]
    assert paths["整治背街小巷。"] == ["二", "（一）", "12"]
    assert paths["12.背街小巷项目。"] == ["二", "（一）", "12"]
    figure = {it.text: it.path for it in items("二、主要指标\n（一）经济。\n11.5万元以上的项目纳入库管理。\n")}
    assert all("11" not in path for path in figure.values())  # (no `10.` before it: a figure, no label)


def test_what_is_heard_is_no_quotation():
    found = in_part("坚持走访群众，多听群众说，多看项目进度。")
    assert "坚持走访群众，多听群众说，多看项目进度。" in found
    assert "县长说，要多到一线看。" not in in_part("县长说，要多到一线看。")  # (a quotation, as before)
    heard = "县长在听取各镇汇报时强调，要多到一线看。"
    assert heard not in in_part(heard)  # (listening was when; the words after 强调 are his)


def test_wei_before_a_verb_tagged_as_noun_is_for_not_is():
    found = in_part("切实做好惠民政策解读工作，努力为项目落地营造良好环境。资金来源为县级财政补助。")
    assert "切实做好惠民政策解读工作，努力为项目落地营造良好环境。" in found
    assert "资金来源为县级财政补助。" not in found  # (为 as `is`: a description)


def test_a_place_named_with_its_level_is_a_party():
    assert in_part("秦皇岛市要加快完善公交服务网络。")["秦皇岛市要加快完善公交服务网络。"].party == "秦皇岛市"
    assert in_part("城市要加快完善公交服务网络。")["城市要加快完善公交服务网络。"].party is None  # (no place's name)
    assert in_part("自治区要加快完善公交服务网络。")["自治区要加快完善公交服务网络。"].party is None  # (nor a level alone)
    assert "秦皇岛市将获得更多政策支持。" not in in_part("秦皇岛市将获得更多政策支持。")  # (what it will get, no pledge)


def test_a_list_item_that_names_its_subject_then_says_what_to_do_is_a_task():
    """`X产业链，推进……`: a first clause that only names what the item is about (a few words ending on
    a noun), then a clause opening with a verb of the imperative lexicon."""
    found = in_part("培育三条主导产业链。现代茶叶加工产业链，推进茶园提质改造，建设精制茶加工园区。"
                    "光伏储能一体化示范产业链，用好屋顶资源，招引一批储能配套企业。"
                    "文旅康养产业链，游客数量逐年增加。")
    assert "现代茶叶加工产业链，推进茶园提质改造，建设精制茶加工园区。" in found
    assert "光伏储能一体化示范产业链，用好屋顶资源，招引一批储能配套企业。" in found
    assert "文旅康养产业链，游客数量逐年增加。" not in found  # (what is happening, no act asked)
    assert "茶旅规划纲要，凝聚着全镇茶农的心血。" not in in_part("茶旅规划纲要，凝聚着全镇茶农的心血。")  # (what it holds)


def test_the_state_a_dated_goal_goes_on_to_describe_is_a_goal_too():
    """After `主要目标是：到2028年，……。` in its paragraph, a sentence of results (`……全面提升，……基本
    健全`) describes the state to reach by then: a goal, its subject what is measured (no party); one
    that says it was reached (`已……取得……`) is none."""
    text = ("一、总体要求\n主要目标是：到2028年，茶旅融合示范镇建设见到实效。各级茶园管护水平稳步提升，"
            "乡村民宿体系基本健全，茶旅融合取得新进展。到2035年，建成文旅强县。城区景点体系已基本健全，夜间消费取得新进展。\n"
            "二、重点任务\n（一）各镇要加强巡查。\n")
    found = {it.text: it for it in items(text)}
    goal = "各级茶园管护水平稳步提升，乡村民宿体系基本健全，茶旅融合取得新进展。"
    assert goal in found and found[goal].party is None
    assert "城区景点体系已基本健全，夜间消费取得新进展。" not in found  # (`已`: reached, no goal)


def test_the_whole_party_acts_but_is_handed_down_to_no_item():
    """`全党要……`, `……，我们党还要……` name who acts as written; like `我们`, they are the whole audience,
    so a numbered item's later sentences do not inherit them (`lexicons/audience.txt`)."""
    text = ("二、今后的任务\n（一）加强团结。全党要加强团结，维护统一。严格遵守议事规则。\n"
            "（二）扩大合作。进入新阶段后，我们党还要同各界人士密切协作。\n")
    found = {it.text: it.party for it in items(text)}
    assert found["全党要加强团结，维护统一。"] == "全党"
    assert found["进入新阶段后，我们党还要同各界人士密切协作。"] == "我们党"
    assert found["严格遵守议事规则。"] is None


def test_a_party_that_only_qualifies_the_subject_names_no_act():
    """`我们这次全会的议程有三项：……`, `我们党定下的目标，……`: the pronoun qualifies what the sentence
    is about (nouns and 的, or a verb right before 的); `我们扎实做好……的工作` still acts."""
    found = in_part("我们这次全会的议程有三项。我们党定下的每个目标，没有一个是轻易实现的。我们扎实做好乡村振兴的各项工作。")
    assert "我们这次全会的议程有三项。" not in found
    assert "我们党定下的每个目标，没有一个是轻易实现的。" not in found
    assert found["我们扎实做好乡村振兴的各项工作。"].party == "我们"


def test_a_verb_of_speech_opening_the_clause_is_no_part_of_the_party():
    found = in_part("围绕新目标，强调各级党委要加强领导。预计各级将拿出96亿元用于村道改造。")
    assert found["围绕新目标，强调各级党委要加强领导。"].party == "各级党委"
    forecast = found.get("预计各级将拿出96亿元用于村道改造。")  # (a forecast: no pledge, no party of its own)
    assert forecast is None or (forecast.kind != "commitment" and forecast.party_source != "explicit")


def test_disposable_income_keeps_its_metric_in_the_target():
    """`可支配收入` is one word (`lexicons/whole_words.txt`): its 可 is no modal `may` that would cut the
    metric off the figures after it."""
    sentence = "全镇茶农可支配收入32000元，增长8%。"
    found = in_part(sentence, "一、主要目标\n（一）收入。")
    assert found[sentence].target == "茶农可支配收入32000元，增长8%"


def test_the_document_a_release_gives_speaks_in_its_own_voice():
    """`《方案》强调，……要……` in the release that gives a plan (called by the short name it defined) is
    the plan's own directive, as `会议强调，……` is a meeting's; a document quoted by its title
    (`《关于……的决定》强调，……`) is still another speaker quoted."""
    text = ("近日，县委办公室印发《关于开展庭院整治行动的方案》（以下简称《方案》）。"
            "《方案》强调，整治行动要坚持因村施策，认真落实摸底、整治、验收等环节。"
            "《方案》还指出，各乡镇要在汛期前完成排查。"
            "《中共某县县委关于改进作风的决定》强调，各级干部要多到田间地头走走。\n")
    found = {it.text: it for it in items(text)}
    assert "《方案》强调，整治行动要坚持因村施策，认真落实摸底、整治、验收等环节。" in found
    assert found["《方案》还指出，各乡镇要在汛期前完成排查。"].party == "各乡镇"
    assert "《中共某县县委关于改进作风的决定》强调，各级干部要多到田间地头走走。" not in found


def test_a_short_name_in_quotes_closes_a_party():
    """`村“两委”要……`, `各科室“一把手”要……`: the quoted word is the head of the name."""
    found = in_part("村（居）“两委”要把走访独居老人作为日常工作。各科室“一把手”要亲自过问。制度的“篱笆”要扎牢。")
    assert found["村（居）“两委”要把走访独居老人作为日常工作。"].party == "村（居）“两委”"
    assert found["各科室“一把手”要亲自过问。"].party == "各科室“一把手”"
    assert found["制度的“篱笆”要扎牢。"].party_source != "explicit"  # (a thing, no one's name)


def test_whose_side_a_sentence_takes_and_a_named_trend_ask_for_nothing():
    """`对本镇来说，……`: a lead that says whose side the sentence takes, not a preposition of an act;
    and `集镇扩容之势……更加明显` names a trend (a verb before 之 is part of a noun), it asks for nothing.
    A bare imperative after such a lead still acts."""
    found = in_part("对本镇来说，集镇扩容之势、客流回升之势更加明显。对本镇来说，抓紧修编集镇规划。")
    assert "对本镇来说，集镇扩容之势、客流回升之势更加明显。" not in found
    assert "对本镇来说，抓紧修编集镇规划。" in found


def test_a_party_in_a_state_it_goes_through_is_asked_nothing():
    """`我们如今也面临着……`, `我们肩负着……` (a verb with 着 right after the party): the state the party
    is in, not an act; `我们本着……推进……` still acts (本着 is a preposition)."""
    found = in_part("我们如今也面临着人手紧张的难题。我们肩负着守护好这片湿地的责任。我们本着就近原则推进安置。")
    assert "我们如今也面临着人手紧张的难题。" not in found
    assert "我们肩负着守护好这片湿地的责任。" not in found
    assert found["我们本着就近原则推进安置。"].party == "我们"


def test_a_note_of_the_hall_between_sentences_belongs_to_no_sentence():
    """A speech's record notes the hall between sentences (`（鼓掌）`, `（笑声）`): the next sentence
    opens after it, and no note is a party; a label such as `（二）` is no note. Thanks and welcome
    to guests (`表示热烈的欢迎`) ask for nothing."""
    found = in_part("今天来了许多老朋友。（笑声）我们向远道而来的乡亲们表示热烈欢迎。（鼓掌）我们决不能骄傲自满，"
                    "决不应当因为有了一点成绩就松懈。要善于向兄弟县学习，（鼓掌）要善于向群众学习。")
    assert "我们决不能骄傲自满，决不应当因为有了一点成绩就松懈。" in found
    assert found["我们决不能骄傲自满，决不应当因为有了一点成绩就松懈。"].party == "我们"
    assert found["要善于向兄弟县学习，（鼓掌）要善于向群众学习。"].party is None
    assert not any("欢迎" in text for text in found)
    labelled = items("二、任务\n（一）抓安全。各村要巡查。（二）抓环境。各村要清扫。\n")
    assert [it.text for it in labelled if it.kind == "heading"] == ["（一）抓安全。", "（二）抓环境。"]


def test_a_congress_speaks_in_its_own_voice():
    """`这次大会提出，……要……` in a speech to the congress: the congress's own directive, as
    `会议强调，……` is a meeting's (`lexicons/own_voices.txt`)."""
    found = in_part("这次大会提出，今后三年要完成全部村道硬化。")
    assert "这次大会提出，今后三年要完成全部村道硬化。" in found


def test_a_metric_named_in_latin_letters_is_no_party():
    """`全县单位GDP能耗……`: 单位 here is `per unit` of a metric's name, not a unit that acts."""
    sentence = "全县单位GDP能耗、主要河流水质达标比例完成市下达任务。"
    assert in_part(sentence)[sentence].party is None


def test_a_slogan_in_quotes_is_no_clause_of_the_sentence():
    """`落实“五个没有停”，……`: the 没有 inside the quoted name says nothing is lacking."""
    sentence = "多听茶农心声，落实“五个没有停”，帮茶企渡过淡季难关。"
    assert sentence in in_part(sentence)


def test_a_title_naming_the_years_arrangements_only_frames():
    """`二、2026年工作总体部署`, like `……工作安排`, names a section; the directives under it are the items."""
    found = {it.text for it in items("二、2026年工作总体部署\n今年要抓好三件实事。\n")}
    assert "二、2026年工作总体部署" not in found and "今年要抓好三件实事。" in found


def test_words_quoted_after_a_verb_of_speech_with_its_aspect_are_a_quotation():
    """`X说过：“……”`, `X讲了：……`: the aspect after the verb of speech does not hide the quotation."""
    found = in_part("老书记生前说过：“干部要把群众的事当成自己的事。”")
    assert not any(text.startswith("老书记") for text in found)


def test_what_is_to_be_newly_done_opens_the_target():
    """`……，新认定市级茶叶龙头企业12户`: `新` before the verb that counts belongs to the target, as annotators
    of four real reports wrote it (not the `新` that ends a word before: `技术创新认定……`)."""
    sentence = "开展茶企梯次培育，新认定市级茶叶龙头企业12户。"
    assert in_part(sentence)[sentence].target == "新认定市级茶叶龙头企业12户"
    dated = "力争年内新引进茶旅融合项目9个。"
    assert in_part(dated)[dated].target == "新引进茶旅融合项目9个"


def test_a_metric_after_achieve_opens_the_target():
    """`实现茶园亩均收益增长8%`: 实现 (or 推动) takes the whole clause, so the target runs from the metric
    (as the annotators of three real reports wrote it, `努力实现` too); a ratio word alone stands for the metric
    (`实现……机耕覆盖率达到100%`, as ANNOTATION.md's `覆盖率达到95%`)."""
    sentence = "推动茶旅融合，实现茶园亩均收益增长8%。"
    assert in_part(sentence)[sentence].target == "茶园亩均收益增长8%"
    tried = "努力实现民宿接待游客突破20万人次。"
    assert in_part(tried)[tried].target == "民宿接待游客突破20万人次"
    driven = "扶持茶企技术改造，推动茶企年产值突破5亿元。"
    assert in_part(driven)[driven].target == "茶企年产值突破5亿元"
    ratio = "年内实现山区茶园机耕覆盖率达到100%。"
    assert in_part(ratio)[ratio].target == "覆盖率达到100%"


def test_the_units_asked_after_yaoqiu_are_the_party():
    """`要求各乡镇……`, `会议要求各站所……`: the units asked act (a notice's release, a meeting's record)."""
    found = in_part("要求各乡镇抓紧排查危旧房屋。会议要求各站所加强值班值守。")
    assert found["要求各乡镇抓紧排查危旧房屋。"].party == "各乡镇"
    assert found["会议要求各站所加强值班值守。"].party == "各站所"
    assert in_part("要求严格落实值班制度。")["要求严格落实值班制度。"].party is None


def test_a_subject_acts_in_every_part_of_its_sentence():
    """`各村要……；……；……。`: the subject that opens the sentence acts in the later `；` parts that name
    none of their own, also in a text without numbered parts; not the whole audience (`我们`), not a
    unit the first part hands its act to (`要责成X……`), not a subject after an act (`推进……，X要……`),
    and not where a later part opens with a subject of its own (`Y要……`)."""
    text = ("关于做好汛期值守的通知\n各村：\n值守要求通知如下。\n"
            "各村要落实巡堤责任，配齐巡查人员；严格执行交接班制度；及时上报险情。\n"
            "要求各站所压实值守责任，排好值守人员；严格按照操作规程，定期检查泵站设备；及时排除故障。\n"
            "我们要守住底线；坚决避免人员伤亡。\n"
            "对查出的挪用款项，要责成责任人限期退回；涉及违纪的，要移交纪检部门处理。\n"
            "健全预警机制，水利站要加密监测频次；气象站要及时发布预报。\n特此通知。\n")
    found = {it.text: it for it in items(text)}
    assert found["严格执行交接班制度；"].party == "各村"
    assert found["严格执行交接班制度；"].party_source == "inherited"
    assert found["及时上报险情。"].party == "各村"
    assert found["及时排除故障。"].party == "各站所"
    assert found["坚决避免人员伤亡。"].party is None
    assert found["涉及违纪的，要移交纪检部门处理。"].party is None
    assert found["气象站要及时发布预报。"].party != "水利站"


def test_this_and_next_year_and_the_centurys_end_are_deadlines():
    """`今明两年` (the plan's two years) and `到本世纪末`/`到本世纪中叶` (a point of the century) are
    time limits, as `今年` and `到2035年` are."""
    found = in_part("今明两年，要完成全部山塘除险加固。到本世纪末，全县实现村村通客车。")
    assert found["今明两年，要完成全部山塘除险加固。"].deadline == "今明两年"
    assert found["到本世纪末，全县实现村村通客车。"].deadline == "到本世纪末"


def test_what_a_measure_is_worth_and_a_state_described_ask_for_nothing():
    """`X，对于……，具有极为深远的意义`, `X，不仅有利于……，而且……` argue for a measure, and `……现象普遍，……`
    describes how things stand: no act is asked (`lexicons/statement_patterns.txt`)."""
    found = in_part("办好山区寄宿制学校，对于留住乡村孩子，具有极为深远的意义。"
                    "发展林下经济，不仅有利于保护林地，而且可以增加村集体收入。"
                    "年关将至，违规收送礼金现象普遍，群众意见较大。"
                    "发展林下经济，增加村集体收入。")
    assert not any(text.startswith(("办好山区", "年关将至")) or "不仅有利于" in text for text in found)
    assert "发展林下经济，增加村集体收入。" in found


def test_a_list_goes_on_after_a_number_the_text_lost():
    """`6．……` then `8．……` (the 7 run into the line before, as a copy from print leaves it): the series
    goes on when the number after the gap opens a later paragraph too, also across parts (`9．` under
    `三、`); a number the structure does not take as a label is no part of a party (`7．各站所要……`)."""
    text = ("一、减少会议\n1．各村不得层层开会。\n2．各站所要合并同类会议。\n二、减少文件\n3．各村只保留一种简报。\n"
            "5．各站所要压缩简报篇幅。\n6．各村要按月清理文件。\n三、加强督查\n7．各站所要抓好本规定落实。\n")
    found = {it.text: it for it in items(text)}
    assert found["5．各站所要压缩简报篇幅。"].path == ["二", "5"]
    assert found["7．各站所要抓好本规定落实。"].path == ["三", "7"]
    assert found["7．各站所要抓好本规定落实。"].party == "各站所"
    lone = {it.text: it for it in items("一、减少会议\n1．各村不得层层开会。\n3．各站所要合并同类会议。\n")}
    assert lone["3．各站所要合并同类会议。"].party == "各站所"
    assert lone["3．各站所要合并同类会议。"].path == ["一", "1"]  # (a lone `3．` after `1．` is still text)


def test_a_decimal_in_chinese_digits_and_a_comparison_base():
    """`百分之七点五`, `一点三倍`: the digits after 点 belong to the figure; `比“十三五”期间增长……` names what a
    figure is compared with, not a time limit."""
    found = in_part("全县茶叶产值增幅达到百分之七点五。茶园面积五年为八万亩，比“十三五”期间增长一点三倍。",
                    "一、主要目标\n（一）产业。")
    first = found["全县茶叶产值增幅达到百分之七点五。"]
    assert first.target.endswith("百分之七点五")
    assert first.extra["target_value"] == 7.5
    second = found["茶园面积五年为八万亩，比“十三五”期间增长一点三倍。"]
    assert second.deadline is None
    assert second.target.endswith("增长一点三倍")
    games = "做好茶博会比赛期间交通保障。"
    assert in_part(games)[games].deadline == "茶博会比赛期间"  # (a window with 比 in its name)


def test_a_regulations_own_furniture_asks_for_nothing():
    """Articles after their label's spaces (`第一条　　`): why the regulation is made (`……，制定本规定。`),
    what a term means (`本规定所称X，是指……`, also after a reference to an article), when it takes
    effect and what it replaces (`……同时废止。`) are no tasks; `依照本规定另订本村细则` still asks."""
    text = ("关于某镇村务公开的规定\n第一条　　为规范村务公开，加强对村干部的监督，依照县里的要求，特制定本规定。\n"
            "第二条　　村委会应当每季度公开一次财务收支。\n"
            "第三条　　本规定第二条所称“财务收支”，是指村集体的各项收入和支出。\n"
            "第四条　　各村应当依照本规定另订本村细则。\n"
            "第五条　　本规定自二〇二六年三月一日起施行。2019年印发的《某镇村务公开细则》同时废止。\n")
    texts = [it.text for it in items(text)]
    assert any(t.startswith("第二条") for t in texts)
    assert any(t.startswith("第四条") for t in texts)
    assert not any(t.startswith(("第一条", "第三条", "第五条")) or "同时废止" in t for t in texts)


def test_a_statement_stays_one_whatever_its_semicolon_parts():
    """`实践证明，X是……；是……。` and `X，对于……；……，意义深远。` argue for a measure over several `；`
    parts: none of the parts is a task. A lead with a colon (`扶持措施包括：……；……`) still opens a list of
    tasks, and `政事关系` holds no `事关` (a statement word) to make its sentence one statement."""
    argued = [it.text for it in items(
        "关于推行村务公开的通知\n一、重要意义\n实践证明，推行村务公开是拉近村民与村干部的好办法，是落实政策的重要举措；"
        "是加强基层监督的内在要求；是化解村级矛盾的有力手段。推行村务公开，对于保障村民知情权，密切干群关系；"
        "壮大集体经济，巩固基层政权；调动村民参与热情，意义十分深远。"
        "\n二、工作要求\n各村要按季度公开财务收支。\n")]
    assert argued == ["各村要按季度公开财务收支。"]
    found = in_part("县里的扶持措施包括：修缮村级活动场所，配齐办公设备；培训村务监督委员；公开监督电话。"
                    "推进乡镇站所改革，理清站所和政事关系；加快综合执法改革，提升执法水平。")
    assert "培训村务监督委员；" in found
    assert "推进乡镇站所改革，理清站所和政事关系；" in found


def test_a_numbered_line_that_names_a_thing_over_nothing_to_do_is_no_heading():
    """`1．合作社重大投资事项。主要包括……` names what is published, and nothing under it asks for an act:
    no heading; `（一）加强村级组织领导。` asks for one however little follows it."""
    text = ("二、公开的内容\n1．合作社重大投资事项。主要包括合作社的发展规划和年度投资方案。\n"
            "2．社员收益分配方面的事项。主要包括分红比例和福利分配。\n三、工作要求\n（一）加强村级组织领导。\n"
            "（二）落实工作责任。各合作社要明确专人负责。\n四、民生实事\n1．镇区新建12座公厕。\n2．镇区新建8个口袋公园。\n")
    texts = [it.text for it in items(text)]
    assert not any(t.startswith(("1．合作社", "2．社员")) for t in texts)
    assert "（一）加强村级组织领导。" in texts
    assert "1．镇区新建12座公厕。" in texts  # (a figure to reach, however little follows it)


def test_a_count_in_chinese_digits_is_a_target_as_in_digits():
    """Older texts write every figure in words (more counts in words than in digits): `招收农校新生三百六十五人`,
    `新建文化站三十二座，……九十六个` are targets as their digits would be; a small number names parts (`抓好三个方面的村务工作`, `实施十大工程`),
    an ordinal (`第二十六条`) and a number in a title (`《……十五条措施》`) none."""
    found = in_part("今年招收农校新生三百六十五人。今年计划新建乡镇文化站三十二座，村级书屋九十六个。"
                    "抓好三个方面的村务工作。实施十大工程。深入贯彻《扶持茶农十五条措施》。")
    assert found["今年招收农校新生三百六十五人。"].target == "招收农校新生三百六十五人"
    assert found["今年计划新建乡镇文化站三十二座，村级书屋九十六个。"].target.endswith("九十六个")
    for sentence in ("抓好三个方面的村务工作。", "实施十大工程。", "深入贯彻《扶持茶农十五条措施》。"):
        assert found[sentence].target is None
    modern = in_part("新建文化站25座，村级书屋78个。实施茶乡振兴二十个专项行动。打造三百亿元级绿色建材园区。")
    assert modern["新建文化站25座，村级书屋78个。"].target == "新建文化站25座，村级书屋78个"
    for sentence in ("实施茶乡振兴二十个专项行动。", "打造三百亿元级绿色建材园区。"):
        assert modern[sentence].target is None  # (where figures are in digits, words name programmes and sizes)


def test_at_least_one_counts_its_thing():
    """`至少对接一个商会` counts the chambers, the target runs to them (not `至少走访1次困难群众`, a count of acts)."""
    found = in_part("每个驻外联络处至少对接一个商会。驻村干部每月至少走访1次困难群众。")
    assert found["每个驻外联络处至少对接一个商会。"].target == "至少对接一个商会"
    assert found["驻村干部每月至少走访1次困难群众。"].target == "至少走访1次"


def test_a_unit_that_meets_an_event_before_a_modal_is_the_subject():
    """`各站所收到此通知后，要……`: the unit named before the event acts (as in `X在验收时，要……`)."""
    found = in_part("各村收到此通知后，要对集体资金做一次清查。")
    item = found["各村收到此通知后，要对集体资金做一次清查。"]
    assert item.party == "各村"
    assert item.party_source == "explicit"


def test_a_unit_in_charge_ends_its_name_and_a_purpose_asks_nothing():
    """`各乡镇党委（党总支）负责本辖区……`: the unit's name ends where its charge begins (the 地区 after 负责 is
    no part of it); `为确保……，现就……提出如下意见。` states a purpose and what follows, it asks nothing."""
    text = ("关于开展村务评比活动的意见\n为确保村务评比平稳推进、见到实效，现就在全县各村开展村务评比和晾晒"
            "提出如下意见。\n一、加强领导\n（一）落实责任。各乡镇党委（党总支）负责本辖区本系统评比工作，因地制宜拟定评比细则。"
            "各乡镇要明确专人。\n")
    found = {it.text: it for it in items(text)}
    assert not any(t.startswith("为确保") for t in found)
    lead = found["各乡镇党委（党总支）负责本辖区本系统评比工作，因地制宜拟定评比细则。"]
    assert lead.party == "各乡镇党委（党总支）"
    named = in_part("各村委会和负责工作人员要按月公开账目。")["各村委会和负责工作人员要按月公开账目。"]
    assert named.party == "各村委会和负责工作人员"  # (负责 before a head is part of a name)


def test_a_total_to_reach_and_the_means_of_the_work():
    """`累计时长不少于5天` is a total to reach, not a past account (the comparator may stand a word
    after 累计); `以扶持壮大30家合作社为带动，……` names the means of the work: its figure is no target, the
    targets come after it; `（一）主要职责` only frames what follows (the 要 of 主要 asks nothing)."""
    found = in_part("村支部书记每年至少参加2次业务轮训，累计时长不少于5天。"
                    "以扶持壮大30家茶叶合作社为带动，推动茶产业提质增效，重点建设60个标准化茶园。")
    assert found["村支部书记每年至少参加2次业务轮训，累计时长不少于5天。"].target == "至少参加2次业务轮训，累计时长不少于5天"
    assert found["以扶持壮大30家茶叶合作社为带动，推动茶产业提质增效，重点建设60个标准化茶园。"].target == "建设60个标准化茶园"
    framed = [it.text for it in items("一、村级组织\n（一）主要职责。村党组织领导村级各类组织。\n"
                                      "（二）工作要求。各村要健全议事规则。\n")]
    assert not any(t.startswith("（一）主要职责") for t in framed)


def test_a_title_set_in_the_new_situation_is_no_review():
    """`做好新形势下……工作的主要任务`: 新形势下 frames the time of the work; the part asks for it
    (an excerpt that opens at such a title keeps every item of it), unlike `一、清醒认识当前形势`."""
    text = ("三、做好新形势下村务档案工作的主要任务\n（一）健全档案制度，规范村务记录\n"
            "建立村务档案分类目录。定期整理会议记录和账目凭证。\n（二）加强档案保管，改善存放条件\n"
            "配备防火防潮的档案柜。\n")
    texts = [it.text for it in items(text)]
    assert "建立村务档案分类目录。" in texts
    assert "配备防火防潮的档案柜。" in texts


def test_a_few_years_ahead_and_a_quoted_plan_period_are_deadlines():
    """`在今后几年内` is a time limit (its 年内 is not this year's); `在“十五”计划期间` is one though the
    plan's name is quoted; `根据“十四五”期间的形势` only names the period of a situation, and a plan's period
    that opens a sentence its scope."""
    found = in_part("要在今后几年内逐步建成一支稳定的村级档案员队伍。"
                    "县档案馆要在“十五”计划期间，对全县村级档案员轮训一遍。"
                    "根据“十四五”期间的形势，各村要完善档案目录。"
                    "“十四五”期间，要确保村级档案数字化率达到90%。")
    assert found["要在今后几年内逐步建成一支稳定的村级档案员队伍。"].deadline == "今后几年内"
    assert found["县档案馆要在“十五”计划期间，对全县村级档案员轮训一遍。"].deadline == "“十五”计划期间"
    assert found["根据“十四五”期间的形势，各村要完善档案目录。"].deadline is None
    scoped = found["“十四五”期间，要确保村级档案数字化率达到90%。"]
    assert (scoped.deadline, scoped.target) == (None, "村级档案数字化率达到90%")  # (a plan's period opening
    # a sentence names its scope, ANNOTATION.md; no part of the metric either)


def test_a_numbered_sentence_of_rules_in_parts_is_split_and_a_past_one_is_no_heading():
    """`（三）……X每3年必须……；Y……之前，必须……。` opening a part is two rules, each an item (not one heading
    whose deadline runs over both); `（四）……近几年举办了……，效果很好，……。` reports what was done: no heading."""
    text = ("二、加强档案员培训\n（三）按照县里的规划，现职的村级档案员，每3年必须参加一次集中培训；"
            "新任的档案员，在上岗之前，必须经过岗前培训。这个要求要落到实处。\n"
            "（四）县里近几年在县委党校举办了一批村干部参加的、以村务管理为主题的培训班，效果很好，"
            "对全县村务工作产生了带动作用。以后每年都要在县委党校办一期这样的培训班。\n")
    found = {it.text: it for it in items(text)}
    first = next(it for t, it in found.items() if t.startswith("（三）"))
    assert first.text.endswith("每3年必须参加一次集中培训；")
    assert first.deadline == "每3年"
    assert first.path == ["二", "（三）"]  # (an excerpt that opens at 二、 and its （三）: numbering runs on)
    assert found["新任的档案员，在上岗之前，必须经过岗前培训。"].deadline == "上岗之前"
    assert not any(t.startswith("（四）") for t in found)
    assert found["以后每年都要在县委党校办一期这样的培训班。"].deadline == "每年"


def test_targets_of_a_share_a_scope_a_new_grant_and_a_list_of_counts():
    """`装配式住宅占新建住宅比例达到40%`: the share is the metric (新建 inside it is no verb of the target);
    `每镇新开工项目不少于3个`: 每镇 is the scope, not the metric; `力争新发放……` keeps 新; in a list of
    counts a verb and its count count too (`……，培育8个……，构筑20个……`), not one that drives work on a set
    (`推动30个项目早开工`); `筛选60个左右项目` is a figure with what it counts."""
    found = in_part("装配式住宅占新建住宅比例达到40%。推动每镇新开工项目不少于3个。力争新发放茶农贴息贷款2亿元。"
                    "实施茶业振兴工程，建成5个茶叶加工中心，培育8个茶叶品牌，构筑20个茶旅融合示范点。"
                    "推动30个项目早开工，完成投资50亿元。筛选60个左右重点项目。")
    assert found["装配式住宅占新建住宅比例达到40%。"].target == "装配式住宅占新建住宅比例达到40%"
    assert found["推动每镇新开工项目不少于3个。"].target == "新开工项目不少于3个"
    assert found["力争新发放茶农贴息贷款2亿元。"].target == "新发放茶农贴息贷款2亿元"
    listed = found["实施茶业振兴工程，建成5个茶叶加工中心，培育8个茶叶品牌，构筑20个茶旅融合示范点。"]
    assert listed.target == "建成5个茶叶加工中心，培育8个茶叶品牌，构筑20个茶旅融合示范点"
    assert found["推动30个项目早开工，完成投资50亿元。"].target == "完成投资50亿元"
    assert found["筛选60个左右重点项目。"].target == "筛选60个左右重点项目"


def test_media_are_parties_and_a_department_may_say_what_it_is_first():
    """`新闻媒体要……`, `出版社要……`, `电台电视台要……` name who acts; `档案部门是……部门，要……`: the department
    said what it is, then what it must do; `……还不能适应……的要求` describes a shortfall, no ban; `X既要……，又要……`
    names X."""
    found = in_part("县融媒体中心和各类新闻媒体要加强村务公开宣传。出版社要推出村史读物。"
                    "档案部门既是保管部门，又是指导部门，要履行好指导职责。"
                    "但是，档案员队伍还不能适应村务管理的要求。")
    assert found["县融媒体中心和各类新闻媒体要加强村务公开宣传。"].party == "县融媒体中心和各类新闻媒体"
    assert found["出版社要推出村史读物。"].party == "出版社"
    assert found["档案部门既是保管部门，又是指导部门，要履行好指导职责。"].party == "档案部门"
    assert "但是，档案员队伍还不能适应村务管理的要求。" not in found
    both = in_part("村务监督小组成员单位既要分工负责，又要加强配合。")["村务监督小组成员单位既要分工负责，又要加强配合。"]
    assert both.party == "村务监督小组成员单位"  # (既要……又要……: 既 stands between the name and its modal)


def test_a_list_of_acts_a_lead_in_bans_is_prohibitions_of_the_lead_ins_party():
    """`第五条　村干部应当……，不得有下列行为：（一）……；（二）……`: each listed act is banned, however it is
    worded, and the party named in the lead-in does not do it; a list after another lead-in (`应当报告下列
    事项：`) is no list of bans; a report's `全县上下要着重抓好以下几件事：` hands its subject to none of its parts."""
    text = ("第五条　村干部应当秉公用权，不得有下列行为：\n（一）擅自处置集体资产；\n"
            "（二）授意、指使会计人员做假账的活动；\n（三）其他损害集体利益的行为。\n"
            "第六条　村干部应当报告下列事项：\n（一）本人的收入情况；\n（二）本人的房产情况。\n")
    found = {it.text: it for it in items(text)}
    for banned in ("（一）擅自处置集体资产；", "（二）授意、指使会计人员做假账的活动；", "（三）其他损害集体利益的行为。"):
        assert found[banned].kind == "prohibition"
        assert found[banned].party == "村干部"
    assert all(it.kind != "prohibition" for t, it in found.items() if t.startswith(("（一）本人", "（二）本人")))
    report = {it.text: it for it in items("三、今年工作安排\n全县上下要着重抓好以下几件事：\n（一）抓产业。新建茶叶加工厂3座。\n"
                                            "（二）抓民生。改造农村公路20公里。\n")}
    assert report["新建茶叶加工厂3座。"].party is None  # (a report's lead-in hands its subject to no part)


def test_the_years_goals_are_no_deadline_and_a_completed_growth_keeps_its_metric():
    """`完成全年村务工作目标任务` names the year's goals, no time limit; the 全年 of `健全年度考核制度` is no word
    at all; `完成茶产业投资增长15%` keeps its metric; `抓好30个示范基地建设` after a target names the set worked
    on; `在……或者……期间` is no period that opens at 者."""
    found = in_part("确保完成全年村务工作目标任务。健全年度考核制度，严格兑现奖惩。"
                    "全年完成茶产业投资增长15%以上。完成油茶林改造10万亩，抓好30个示范基地建设。"
                    "在企业发生亏损或者拖欠工资期间，村干部不得领取奖金。")
    assert found["确保完成全年村务工作目标任务。"].deadline is None
    assert in_part("全年完成3万人培训任务。")["全年完成3万人培训任务。"].deadline == "全年"  # (the year to do it in)
    assert found["健全年度考核制度，严格兑现奖惩。"].deadline is None
    assert found["全年完成茶产业投资增长15%以上。"].target == "茶产业投资增长15%以上"
    assert found["完成油茶林改造10万亩，抓好30个示范基地建设。"].target == "完成油茶林改造10万亩"
    assert found["在企业发生亏损或者拖欠工资期间，村干部不得领取奖金。"].deadline is None


def test_a_figure_named_before_its_completing_verb_and_a_verb_that_brings_a_count_about():
    """`园区工业总产值完成80亿元`: the figure's name is the metric the verb completes; `吸引500名以上……`
    counts what the verb brings about (not `有5名以上骨干社员的`, a condition); a goals list ends with its last
    goal without a figure (`……，垃圾分类完成县下达任务`); `今年政府工作的总体要求是` names the year of the plan."""
    found = in_part("全县产业园区工业总产值完成80亿元。吸引500名以上大学毕业生返乡创业。"
                    "有5名以上骨干社员的，要单独成立互助组。")
    assert found["全县产业园区工业总产值完成80亿元。"].target == "产业园区工业总产值完成80亿元"
    assert found["吸引500名以上大学毕业生返乡创业。"].target == "吸引500名以上大学毕业生返乡创业"
    assert found["有5名以上骨干社员的，要单独成立互助组。"].target is None
    goals = in_part("今年主要预期目标是：茶叶产值增长6%左右，村集体收入增长5%，垃圾分类完成县下达任务。",
                    "二、今年工作\n")
    assert goals["今年主要预期目标是：茶叶产值增长6%左右，村集体收入增长5%，垃圾分类完成县下达任务。"].target \
        == "茶叶产值增长6%左右，村集体收入增长5%，垃圾分类完成县下达任务"
    plan = in_part("今年政府工作的总体要求是：稳字当头，把村务做细做实。", "二、今年工作\n")
    assert all(it.deadline is None for it in plan.values())


def test_a_numbered_title_whose_adverb_and_verb_jieba_reads_as_one_name_is_a_heading():
    """`（二）大力发展茶叶产业`: jieba reads `大力发展` as one name, yet the title opens with a verb of the
    lexicon and heads its part (it was taken for a topic title that only names a thing, and dropped)."""
    text = ("二、今年工作\n（一）着力改善村容村貌\n推进农村厕所改造。\n（二）大力发展茶叶产业\n"
            "认真落实茶园补贴政策。\n（三）提升公共服务水平\n办好村级养老服务站。\n")
    found = {it.text: it for it in items(text)}
    assert found["（二）大力发展茶叶产业"].kind == "heading"
    assert found["（二）大力发展茶叶产业"].path == ["二", "（二）"]


def test_the_subject_after_a_first_clause_that_only_frames_it():
    """`对……的，县民政局给予……`: a condition opens the sentence, the unit after it acts; `从……做起，各村……要……`:
    where the work starts, then who does it; not a condition with no unit after it (`……的，要……`)."""
    found = in_part("对列入改造计划的，县民政局给予适当补助。从村两委班子做起，各村要一律从简办理宴席。")
    assert found["对列入改造计划的，县民政局给予适当补助。"].party == "县民政局"
    assert found["从村两委班子做起，各村要一律从简办理宴席。"].party == "各村"
    alone = in_part("对逾期未整改的，要约谈村主要负责人。")
    assert alone["对逾期未整改的，要约谈村主要负责人。"].party is None


def test_a_request_after_a_verb_names_no_party():
    """`请各村……` asks the villages; `减少请上级领导出席……`, `不请上级领导题词` name whom a verb brings in or
    leaves out: no party, and the heading over them takes none from its words."""
    found = in_part("减少请上级领导出席庆典活动。不请上级领导为村办活动题词。请各村于5月底前报送名单。")
    assert found["减少请上级领导出席庆典活动。"].party is None
    assert found["不请上级领导为村办活动题词。"].party is None
    assert found["请各村于5月底前报送名单。"].party == "各村"


def test_counts_that_building_opening_or_closing_makes_are_targets_and_places_are_not():
    """`扩建2所村卫生室`, `建立300个监测点`, `关闭6家小作坊`, `开通3条公交线路` count what the verb makes or
    ends (ANNOTATION.md: a count with a completion verb is a target); `在40家企业建立……` counts where, and
    `10万人口以上的乡镇建立……` selects places by a population (人 of 人口 is no unit)."""
    found = in_part("扩建2所村卫生室。建立300个水质监测点，对80个村开展抽检。关闭6家小作坊。开通3条镇村公交线路。"
                    "在40家企业建立安全生产台账。10万人口以上的乡镇建立综合服务中心。")
    assert found["扩建2所村卫生室。"].target == "扩建2所村卫生室"
    assert found["建立300个水质监测点，对80个村开展抽检。"].target == "建立300个水质监测点"
    assert found["关闭6家小作坊。"].target == "关闭6家小作坊"
    assert found["开通3条镇村公交线路。"].target == "开通3条镇村公交线路"
    assert found["在40家企业建立安全生产台账。"].target is None
    assert found.get("10万人口以上的乡镇建立综合服务中心。") is None \
        or found["10万人口以上的乡镇建立综合服务中心。"].target is None


def test_a_period_a_verb_takes_into_its_object_is_no_window_and_a_lead_word_is_no_part_of_one():
    """`制定庙会期间……的方案`: the period qualifies what is made, no time limit; `力争“十五”期间……`: the period
    without the lead word; `春节、元宵节期间，……` is one window over both holidays; a month when a work is
    put to use (`文化馆8月投入使用`) is its deadline."""
    found = in_part("制定庙会期间交通疏导的工作方案。力争“十五”期间建成村级文化广场。"
                    "春节、元宵节期间，各村不得燃放大型烟花。新建镇文化馆，8月投入使用。")
    assert found["制定庙会期间交通疏导的工作方案。"].deadline is None
    assert found["力争“十五”期间建成村级文化广场。"].deadline == "“十五”期间"
    assert found["春节、元宵节期间，各村不得燃放大型烟花。"].deadline == "春节、元宵节期间"
    assert found["新建镇文化馆，8月投入使用。"].deadline == "8月"
    kept = in_part("学员要专心学习，学习集训期间不再承担村里的其他工作。")  # (what is done in the window follows)
    compared = in_part("全镇接待的游客、返乡人员比“十五”期间增长一倍。")  # (a comparison, no window)
    assert compared["全镇接待的游客、返乡人员比“十五”期间增长一倍。"].deadline is None
    assert kept["学员要专心学习，学习集训期间不再承担村里的其他工作。"].deadline == "学习集训期间"


def test_the_fields_a_count_is_made_in_are_its_scope():
    """`在种养、加工等方面形成地方标准10项以上`: the fields are where, the target is the verb and its count."""
    found = in_part("在种养、加工等方面形成地方标准10项以上。")
    assert found["在种养、加工等方面形成地方标准10项以上。"].target == "形成地方标准10项以上"


def test_a_unit_named_by_what_it_does_and_mass_organisations_are_parties():
    """`由承办部门拟定……`: a unit whose name opens with what it does (承办) is assigned the work; `镇工会、镇科协等
    人民团体要……` and `共青团要……` name who acts, as a bureau's name does; `团体标准要……` names no unit."""
    found = in_part("由承办部门拟定活动方案，报镇政府审定。镇工会、镇科协等人民团体要做好观摩活动的宣传。"
                    "团体标准要加快制定。")
    assert found["由承办部门拟定活动方案，报镇政府审定。"].party == "承办部门"
    assert found["镇工会、镇科协等人民团体要做好观摩活动的宣传。"].party == "镇工会、镇科协等人民团体"
    assert found["团体标准要加快制定。"].party_source != "explicit"
    assert in_part("共青团要组织青年志愿者服务。")["共青团要组织青年志愿者服务。"].party == "共青团"
    anyone = in_part("任何个人和团体不得挪用村里的公益金。任何时候大家都要守住安全底线。")  # (a ban on anyone)
    assert anyone["任何个人和团体不得挪用村里的公益金。"].party is None
    assert anyone["任何时候大家都要守住安全底线。"].party == "大家"


def test_a_part_title_that_names_frames_joined_is_no_item_and_a_period_set_off_by_a_comma_is_a_window():
    """`二、“十五”时期目标任务和2026年重点工作` names what the part holds (two frames joined), like `二、重点工作`:
    no item, its label still in the paths; `五、抓好村务重点工作` asks for the work. `试点运行期间，……`: a period
    set off by a comma is the window, whatever word opens it."""
    text = ("二、“十五”时期目标任务和2026年重点工作\n（一）抓产业。新建茶叶加工厂3座。\n"
            "五、抓好村务重点工作\n（二）抓民生。试点运行期间，各村要每周报送进展。\n")
    found = {it.text: it for it in items(text)}
    assert "二、“十五”时期目标任务和2026年重点工作" not in found
    assert found["新建茶叶加工厂3座。"].path == ["二", "（一）"]
    assert found["五、抓好村务重点工作"].kind == "heading"
    assert found["试点运行期间，各村要每周报送进展。"].deadline == "试点运行期间"


def test_a_count_of_the_set_a_driving_verb_works_on_is_scope_even_inside_one_word():
    """`继续抓好12个中心村建设`: the segmenter reads `继续抓好` as one word, yet it drives work on a set that
    is there (the count is scope, though `建设` follows it); `扶持800户……` beside a target supports households
    that are there, no target of the list."""
    found = in_part("继续抓好12个中心村建设。新增茶园5000亩，扶持800户农户发展庭院经济。")
    assert found["继续抓好12个中心村建设。"].target is None
    assert found["新增茶园5000亩，扶持800户农户发展庭院经济。"].target == "新增茶园5000亩"


def test_metric_names_with_a_verb_inside_what_one_thing_gives_another_and_what_was_actually_used():
    """`乡村旅游对农民收入增长贡献率达到30%`: the contribution of one thing to another is one metric, its verb
    (`增长`) inside it; `实际利用县外资金增长8%`: what was actually used is the metric's name, not an object."""
    found = in_part("力争乡村旅游对农民收入增长贡献率达到30%。实际利用县外资金增长8%。")
    assert found["力争乡村旅游对农民收入增长贡献率达到30%。"].target == "乡村旅游对农民收入增长贡献率达到30%"
    assert found["实际利用县外资金增长8%。"].target == "实际利用县外资金增长8%"


def test_a_numbered_heading_that_a_modal_asks_is_the_first_sentence_so_a_later_party_stays_its_own():
    """ANNOTATION.md: the party named in a later sentence of a numbered item applies to that sentence only.
    `（三）必须抓好……。` asks with a modal: it is the item's first sentence, so `各社区要……` after a sentence
    of argument names its own party and hands it down to nobody; a heading of one clause (`（五）要守规矩。`)
    and the sentence right after it are its first two sentences; a bare title (`（四）加强巡查。`) still
    hands down the party of its first task sentence, a descriptive opener skipped."""
    text = ("（三）必须抓好邻里互助服务。邻里互助是基层治理的重要内容。各社区要建立互助台账。要定期走访独居老人。\n"
            "（四）加强巡查。汛期是防范的关键时段。各社区要组织党员巡查河堤。要及时上报险情。\n"
            "（五）要守规矩。各村委会要公开议事程序。要按月公布账目。\n")
    found = {it.text: it for it in items(text)}
    assert found["要按月公布账目。"].party == "各村委会"
    assert found["各社区要建立互助台账。"].party == "各社区"
    assert found["要定期走访独居老人。"].party is None
    assert found["（三）必须抓好邻里互助服务。"].party is None
    assert found["要及时上报险情。"].party == "各社区"


def test_a_point_of_a_speech_still_hands_down_the_party_of_its_first_task_sentence():
    """`二是队伍要过硬。`: a speech's point argued before its party is named; its first task sentence's party
    (`各支部要……`) is handed down to the sentences after it, the modal of the point notwithstanding."""
    text = ("一、几点要求\n一是思想要统一。大家要把思想统一到会议精神上来。二是队伍要过硬。过硬的队伍是干出来的。"
            "各支部要每月开展一次业务培训。要建立党员积分档案。\n")
    found = {it.text: it for it in items(text)}
    assert found["要建立党员积分档案。"].party == "各支部"


def test_a_condition_a_reliance_and_what_grows_by_itself_ask_for_nothing():
    """`如果不能……，就难以……`: the 不能 of a condition is no ban; `……的关键，要靠……` and `既要靠……，又要靠……`
    say what something depends on; `……的作用越来越大。` what grows by itself. None is an item; `要靠前指挥`
    (to lead from the front) still asks."""
    found = in_part("如果不能按时排查隐患，就难以保证汛期安全。办好夜校的关键，要靠一支稳定的教师队伍。"
                    "村风的好转，既要靠宣传引导，又要靠制度约束。随着集体经济的发展，合作社在助农增收方面的作用越来越大。"
                    "镇干部要靠前指挥抢险。")
    assert list(found) == ["（一）健全机制。", "镇干部要靠前指挥抢险。", "（二）各村要加强巡查。"]


def test_an_act_said_to_be_a_task_over_several_clauses_and_what_a_topic_has_ask_for_nothing():
    """`坚决整治……，关系……，是……必须抓好的重要工作`: the clauses before 是 are the act whose worth it states;
    `制度更带有……性` and `我们有……，有……` say what a topic has. None is an item; a 是 clause in quotation
    marks, or after `这是……`, says nothing of the act."""
    found = in_part("坚决整治村里的陈规陋习，关系乡风文明，是各村党支部必须抓好的重要工作。"
                    "制度更带有根本性和长期性。我们有上级的有力支持，有群众的广泛参与。")
    assert list(found) == ["（一）健全机制。", "（二）各村要加强巡查。"]
    kept = in_part("我们将坚持“群众的小事，就是村里的大事”的理念。我们要有担当，这是上级的要求，是群众的期盼。"
                   "村干部一定要守纪律，作风不正的村干部，是不能提拔的。村民有违规建房行为的，依照村规民约处理。"
                   "党员有义务向组织如实反映情况。“三有”标准推进村庄保洁全覆盖。")
    assert len(kept) == 8  # (a 是 inside quotation marks, after a clause that points back with 这, or after a
    # subject of its own; what a condition has (`……有……行为的，`); a duty (`有义务……`); a 有 in a quoted name)


def test_next_year_a_stretch_of_years_before_its_result_and_staged_limits_as_a_slogan_are_deadlines():
    """`明年力争疏浚40公里`: next year is the limit and the urging word is no part of the target; `三年完成……`: a
    stretch of years before what is to be finished; `按照“一年开局、两年提速”的要求`: staged limits said
    as one slogan, quoted whole; `早日建成` as vague a limit as 尽快. `明年经济工作` names the year a plan is
    for: no limit."""
    found = in_part("疏浚灌溉渠道，三年完成整治任务，明年力争疏浚40公里。按照“一年开局、两年提速”的要求，推进庭院整治。"
                    "明年经济工作要突出稳增长。力争污水处理厂早日建成投运。")
    pond = found["疏浚灌溉渠道，三年完成整治任务，明年力争疏浚40公里。"]
    assert (pond.deadline, pond.target) == ("三年完成整治任务，明年", "疏浚40公里")
    assert found["按照“一年开局、两年提速”的要求，推进庭院整治。"].deadline == "一年开局、两年提速"
    assert found["明年经济工作要突出稳增长。"].deadline is None
    assert found["力争污水处理厂早日建成投运。"].deadline == "早日"


def test_a_numbered_run_in_title_that_names_a_slogans_goals_is_no_item():
    """`2、“两个提升”的发展目标。一是……`: what a slogan's goals are, named (its name in quotation marks counts
    for no words of the frame); the points under it are the items, their paths under its label."""
    text = ("二、发展思路\n1、“两个提升”的发展目标。一是提升园区承载能力。二是提高企业研发水平。\n"
            "2、“三条路径”的发展路径。一是坚持创新发展。二是坚持绿色发展。\n")
    found = {it.text: it for it in items(text)}
    assert not [t for t in found if "发展目标" in t or "发展路径" in t]
    assert found["一是提升园区承载能力。"].path == ["二", "1", "一是"]


def test_especially_is_no_copula_that_makes_a_modal_describe():
    """`村干部特别是村党支部书记要带头宣传党的政策`: 特别是 singles out some of the people named, it describes
    nothing, so the modal after it still asks (not `X是必须啃下的硬骨头`, a 是……的 description)."""
    found = in_part("村干部特别是村党支部书记要带头宣传党的惠农政策。")
    item = found["村干部特别是村党支部书记要带头宣传党的惠农政策。"]
    assert (item.rule, item.party) == ("directive.modal", "村干部特别是村党支部书记")


def test_what_a_thing_lies_in_bears_on_or_brings_and_what_some_do_ask_for_nothing():
    """`……，始终是……的重要任务` (是 after an adverb of constancy), `……的目的在于……`, `……，直接关系……`,
    `否则，就会……`, `有的……`, `不少……`, `……，将使……`, `……，是……，……的一项重要举措` and `……，从来不能……`: what
    an act is, where a thing lies, what it bears on or brings, what has always held and what some of a
    group do. None is an item (the 不能 after 从来 is no ban)."""
    found = in_part("坚持每周开展理论学习，始终是支部的一项重要任务。办夜校的目的在于让村民学到本领。"
                    "村干部作风好坏，直接关系群众对支部的信任。否则，就会影响整改进度。有的村民仍在河道边倾倒垃圾。"
                    "不少合作社账目不清。推行积分制管理，将使村民更主动参与村务。"
                    "全面修订村规民约，是适应新形势、推进乡村治理，改善村容村貌的一项重要举措。"
                    "照搬别村的做法，从来不能得到群众认可。")
    assert list(found) == ["（一）健全机制。", "（二）各村要加强巡查。"]


def test_units_steered_are_no_party_and_units_asked_or_set_off_by_a_frame_are():
    """`推动乡镇政府切实……`, `引导驻村党员切实……`: the units are what the work acts on, no party (and none
    handed down); `这就需要X既要……`, `上级纪委对……，也要……` and `……，X、Y，不仅要……` name who is asked."""
    text = ("二、工作要求\n（一）强化督导。强化督导作用，推动乡镇政府切实履行监管职责。开展宗旨教育，引导驻村党员切实提高服务本领。\n"
            "（二）抓好整改。这就需要各村党支部既要抓好宣传，又要抓好落实。\n"
            "（三）严格核查。上级纪委对下级党组织的整改情况、台账和档案，也要逐一核查。\n"
            "（四）形成合力。所以，各村党支部、各村委会，不仅要抓宣传，而且要抓落实。\n")
    parties = {it.text: it.party for it in items(text)}
    assert parties["强化督导作用，推动乡镇政府切实履行监管职责。"] is None
    assert parties["开展宗旨教育，引导驻村党员切实提高服务本领。"] is None
    assert parties["（一）强化督导。"] is None
    assert parties["这就需要各村党支部既要抓好宣传，又要抓好落实。"] == "各村党支部"
    assert parties["上级纪委对下级党组织的整改情况、台账和档案，也要逐一核查。"] == "上级纪委"
    assert parties["所以，各村党支部、各村委会，不仅要抓宣传，而且要抓落实。"] == "各村党支部、各村委会"


def test_the_year_before_the_goals_it_names_is_no_limit_however_long_their_name():
    found = {it.text: it for it in items("二、今年工作安排\n今年全镇农村人居环境整治的主要预期目标是：卫生厕所普及率达到95%。\n"
                                         "（一）抓产业。新建冷库3座。\n")}
    goals = found["今年全镇农村人居环境整治的主要预期目标是：卫生厕所普及率达到95%。"]
    assert (goals.deadline, goals.target) == (None, "卫生厕所普及率达到95%")


def test_a_glossary_after_the_closing_leaves_the_closing_a_closing():
    """A report that ends with `名词解释` and its entries: the closing before them is still the closing (no
    item, as without the notes), not a part's last paragraph."""
    body = ("一、工作安排\n（一）抓产业。新建冷库3座。\n（二）抓环境。推进垃圾分类。\n"
            "各位代表！路虽远，行则将至。让我们团结一心，为建设美丽乡镇而努力奋斗！\n")
    notes = ("名词解释\n[1]三清一改：清理村内垃圾、塘沟和畜禽粪污，改变不良习惯。\n[2]一路一长：每条村道有一名负责巡查养护的路长。\n"
             "[3]一村一品：一个村发展一种主导产品。\n[4]两委：村党组织委员会和村民委员会。\n")
    assert [it.text for it in items(body + notes)] == [it.text for it in items(body)]
    assert not [it for it in items(body + notes) if "让我们" in it.text]


def test_first_asking_is_no_label_and_the_whole_party_is_handed_to_no_item():
    """`首先要求党员……` asks; 首先 opens no series there (as `一要` is no label in `一要求`). `全党同志必须……`
    names the whole audience, like 全党: the next sentence keeps no party."""
    found = {it.text: it for it in items("三、加强作风建设\n作风建设要常抓不懈。首先要求党员带头遵守村规民约，为群众作表率。"
                                         "各村要建立党员联户制度。\n")}
    assert found["首先要求党员带头遵守村规民约，为群众作表率。"].path == ["三"]
    assert found["各村要建立党员联户制度。"].path == ["三"]
    learning = {it.text: it for it in items("二、加强学习\n全党同志必须认真学习党史。要建立读书制度。\n")}
    assert learning["要建立读书制度。"].party is None


def test_a_paragraph_after_a_list_of_one_paragraph_members_is_the_parts():
    """`1．……` to `4．……`, each one paragraph, then an unnumbered paragraph: it says what holds for the
    whole part, not for item 4 (as after a list a lead-in's colon opened)."""
    text = ("二、公开的主要内容\n1．重大决策。主要包括发展规划和年度计划。\n2．经营管理。主要包括财务预算和大额开支。\n"
            "3．职工权益。主要包括工资发放和社会保险缴纳。\n4．班子建设。要公开述职述廉和民主评议情况。\n"
            "公开的内容应当结合本村实际有所侧重。要把群众关心的事项优先公开。\n三、公开的形式\n（一）设立公开栏。\n")
    paths = {it.text: it.path for it in items(text)}
    assert paths["要把群众关心的事项优先公开。"] == ["二"]
    assert paths["要公开述职述廉和民主评议情况。"] == ["二", "4"]
    plan = ("一、总体要求\n1．指导思想。坚持稳中求进。\n2．基本原则。坚持因地制宜。\n3．主要目标。建成示范村5个。\n"
            "二、重点任务\n4．抓好村容整治。要清理房前屋后杂物。\n5．抓好产业发展。要办好村集体合作社。\n"
            "要引导村民以土地入股合作社。\n")
    paths = {it.text: it.path for it in items(plan)}
    assert paths["要引导村民以土地入股合作社。"] == ["二", "5"]  # (5．is the second member under 二, not the fifth)


def test_a_unit_whose_word_ranks_higher_stands_above_the_units_open_before_it():
    """An excerpt of a plan that opens at `第十二章`, then `第五篇`: 篇 holds 章 and 章 holds 节, so the 篇 is
    the outer unit and the chapters after it stand under it."""
    text = ("第十二章　完善乡村治理\n推行村务协商议事会。\n第五篇　推进城乡融合发展\n统筹推进城乡道路联网。\n"
            "第十三章　建设美丽县城\n第一节　改善县城人居环境\n推进老旧小区改造。\n")
    paths = {it.text: it.path for it in items(text)}
    assert paths["统筹推进城乡道路联网。"] == ["第五篇"]
    assert paths["推进老旧小区改造。"] == ["第五篇", "第十三章", "第一节"]


def test_units_described_by_what_they_are_set_off_by_a_comma_are_the_party():
    """`职工多、党员多的企业，要……`: a short description and the unit word before the comma name who is asked
    (not a long clause that only ends on such a word: `……这件事始终牵动全村长远发展的大局，必须……`)."""
    found = in_part("职工多、党员多的企业，要选派专职党建指导员。")
    assert found["职工多、党员多的企业，要选派专职党建指导员。"].party == "职工多、党员多的企业"
    found = in_part("对于一切犯错误的党员，要全面地看待他们的长处和不足。")
    assert found["对于一切犯错误的党员，要全面地看待他们的长处和不足。"].party is None
    found = in_part("修路这件事始终牵动全村长远发展的大局，必须抓紧办好。")
    assert found["修路这件事始终牵动全村长远发展的大局，必须抓紧办好。"].party is None


def test_a_units_own_body_named_after_it_is_part_of_the_name():
    """`……企业党建工作机构可……`: the body a unit sets up for a work (机构, 办公室, 领导小组 …) closes the name;
    the name does not stop at the first unit word (企业)."""
    found = in_part("县委组织部门和园区企业党建工作机构每季度走访示范企业。")
    assert found["县委组织部门和园区企业党建工作机构每季度走访示范企业。"].party == "县委组织部门和园区企业党建工作机构"


def test_work_after_an_unlabelled_plans_title_stays_work_when_a_later_part_turns_to_numbered_parts():
    """A report whose review lists one-paragraph results (`2.……` to `4.……`), then its problems, then an
    unlabelled `今年工作安排` with its goals and the parts `一、` `二、`: the problems do not reach past the
    title line, so the goals and the first part are work (a guard: the review list that ends with its
    last paragraph must not leave them in the problems)."""
    text = ("过去一年，全县主要做了这些事。\n2.新建农村公路120公里。\n3.新增城镇就业岗位3000个。\n4.完成危房改造500户。\n"
            "各位代表，这些进展凝聚着全县上下的汗水。\n成绩面前，我们也看到，全县在产业和民生上还有不少短板。\n"
            "今年工作安排\n今年全县主要预期目标是：地区生产总值增长6%。\n"
            "一、坚持产业强县\n推进园区提档升级。新建标准厂房10万平方米。\n二、坚持城乡融合\n推进县城更新。\n")
    found = {it.text: it for it in items(text)}
    assert "推进园区提档升级。" in found and found["推进园区提档升级。"].path == ["一"]
    assert found["今年全县主要预期目标是：地区生产总值增长6%。"].zone == "task"
    assert "新建农村公路120公里。" not in found


def test_a_target_ends_before_the_bracket_that_names_who_leads():
    found = {it.text: it for it in items("二、重点任务\n1.新建农村公路3000公里（牵头单位：县交通运输局）。\n2.新建学校10所。\n")}
    assert found["1.新建农村公路3000公里（牵头单位：县交通运输局）。"].target == "新建农村公路3000公里"


def test_an_unlabelled_plans_title_ends_the_preamble_of_an_excerpt():
    """An excerpt that opens at the end of a review, then `……时期的主要目标` on a line of its own and the goals
    before the first numbered part: the goals are work (not a preamble, where only modal verbs ask)."""
    text = ("过去五年，全县生产总值年均增长6%。\n成绩来之不易，经验值得珍惜。\n“十五五”全县发展目标\n"
            "“十五五”时期全县的奋斗目标是：县域经济再上台阶。产业结构更加优化。城乡面貌明显改善。"
            "公共服务更加均衡。山水环境更加优美。基层治理更加有效。民生福祉不断增进。\n"
            "（一）建设产业强县。推进园区扩容提质。\n")
    found = {it.text: it for it in items(text)}
    assert "民生福祉不断增进。" in found and found["民生福祉不断增进。"].zone == "task"
    assert "产业结构更加优化。" in found
    assert "过去五年，全县生产总值年均增长6%。" not in found


def test_a_chapter_title_that_creates_conditions_is_a_heading():
    found = {it.text: it for it in items("第五篇　建设数字县域\n第九章　营造良好的数字发展环境\n完善数据流通规则。\n")}
    assert found["第九章　营造良好的数字发展环境"].kind == "heading"


def test_a_part_title_after_the_list_of_attachments_ends_that_list():
    """`附件：` then `1．……办法` `2．……办法` and the first attachment's own title: attachments named; the
    attachment's `一、……` title line opens its first part."""
    text = ("请认真贯彻执行。\n附件：\n1．县财政局关于规范镇级财务管理的办法\n2．县农业农村局关于规范村级财务管理的办法\n"
            "县财政局关于规范镇级财务管理的办法\n一、健全制度，规范镇级理财行为\n各镇要建立健全财务管理制度。\n")
    found = {it.text: it for it in items(text)}
    assert found["一、健全制度，规范镇级理财行为"].kind == "heading"
    assert "2．县农业农村局关于规范村级财务管理的办法" not in found


def test_every_unit_of_a_level_of_government_is_a_party():
    """`各省`, `各省区市`, `县市区`, `市县`: every unit of a level, a party (not 市区, the city's area)."""
    for unit in ("各省", "各省区市", "各县市区", "市县"):
        sentence = f"{unit}要在年底前报送落实情况。"
        assert in_part(sentence)[sentence].party == unit
    assert in_part("市区要加强市容管理。")["市区要加强市容管理。"].party is None


def test_the_plans_year_before_the_indicators_it_names_is_no_limit():
    sentence = "今年全县经济社会发展主要预期指标是：地区生产总值增长6%左右。"
    assert in_part(sentence)[sentence].deadline is None
    assert in_part("今年要完成新增就业1万人的指标。")["今年要完成新增就业1万人的指标。"].deadline == "今年"


def test_what_an_act_is_good_for_said_after_it_is_no_task():
    """`实行……，使……，有利于……`: the worth of an act argued, not asked (a clause that names a thing by
    what it is good for still asks: `……，多上有利于……的项目`)."""
    found = in_part("推行村级事务公开，使村里的工作走上规范轨道，有利于密切干群关系。")
    assert "推行村级事务公开，使村里的工作走上规范轨道，有利于密切干群关系。" not in found
    assert "加大投入，多上有利于产业升级的项目。" in in_part("加大投入，多上有利于产业升级的项目。")


def test_examples_listed_after_a_rule_are_no_task():
    found = in_part("各村要把村里的大事向村民公开。如新建的项目，集体资产的承包，救灾物资的发放等等。")
    assert "各村要把村里的大事向村民公开。" in found
    assert "如新建的项目，集体资产的承包，救灾物资的发放等等。" not in found


def test_problems_a_lead_lists_inside_a_preamble_paragraph_are_no_tasks():
    """An excerpt that opens in the review: a paragraph turns, after a colon, to the problems it lists
    (`……还存在一些短板和不足，主要有：……。……仍需加力。`); what is still needed there is a problem."""
    text = ("过去一年，全县生产总值增长6%。\n成绩来之不易。全县发展还存在一些短板和不足，主要有：产业基础薄弱。"
            "农村公路养护仍需加力，集镇供水设施还需改造提升。\n一、壮大县域经济\n推进园区扩容提质。\n")
    found = {it.text for it in items(text)}
    assert "农村公路养护仍需加力，集镇供水设施还需改造提升。" not in found
    assert "推进园区扩容提质。" in found
    text = ("过去一年，全县生产总值增长6%。\n全县发展还存在一些短板和不足，主要有：产业基础薄弱。农村公路养护仍需加力。\n"
            "扎实做好2025年政府工作\n2025年全县发展的主要目标为：地区生产总值增长6%；工业投资增长8%。\n")
    found = {it.text for it in items(text)}  # (the problems end at a title line or where the year's goals are set)
    assert "农村公路养护仍需加力。" not in found and "工业投资增长8%。" in found


def test_a_second_salutation_keeps_the_parts_the_first_one_closed():
    """`一、……回顾`, `各位代表，……` with ordinals that stood alone, `各位代表，……`, the problems `（一）…`,
    then `二、`: the second salutation closed nothing new, so `二、` goes on from `一、` (not under `（二）`)."""
    text = ("各位代表：\n一、五年来的工作\n五年来，全县生产总值年均增长7%。\n各位代表，这一年极为不易。\n"
            "农村工作主要抓了几件事：一是抓项目。二是抓民生。\n各位代表，五年的变化有目共睹。\n"
            "（一）产业基础还不稳固。\n（二）财政收支矛盾突出。\n二、今后五年的奋斗方向和任务\n（一）加快发展工业。推进技术改造。\n")
    found = {it.text: it for it in items(text)}
    assert found["推进技术改造。"].path == ["二", "（一）"]
    assert found["推进技术改造。"].zone == "task"


def test_parts_numbered_anew_after_a_review_title_lines_sections_are_the_plans():
    """`……工作回顾` on a line of its own, its sections `一、` to `三、`, the problems, then `一、` again: the plans'
    parts, whose own title line a copy lost (the review's hold ends there)."""
    text = ("2024年工作回顾\n一、经济平稳增长\n全县生产总值增长6%。\n二、改革不断深化\n完成机构改革。\n三、民生持续改善\n"
            "新增就业3000人。\n我们也看到，全县发展还存在一些短板和不足。\n一、做好经济调节\n推进园区扩容提质。\n"
            "二、改善社会管理\n（一）培训农民工5000人次。\n（二）新建学校3所。\n")
    found = {it.text: it for it in items(text)}
    assert found["推进园区扩容提质。"].zone == "task"
    assert "（二）新建学校3所。" in found and "新增就业3000人。" not in found


def test_a_part_after_a_salutation_and_its_sections_goes_on_the_texts_parts():
    """`一、……回顾` with sections, `各位代表，……` and the review's `（一）…（三）` standing alone after it, then
    `二、` and `三、`: the text's parts, not members under `（三）`; `三、` after a lost `二、` is a part too."""
    text = ("一、2024年工作回顾\n（一）经济平稳增长。\n（二）改革不断深化。\n各位代表，这一年，全县上下拼搏实干。\n"
            "（一）营商环境明显改善。\n（二）项目建设成效显著。\n（三）民生保障有力。\n"
            "二、2025年主要任务\n（一）加快发展工业。推进技术改造。\n")
    found = {it.text: it for it in items(text)}
    assert found["推进技术改造。"].path == ["二", "（一）"] and found["推进技术改造。"].zone == "task"
    lost = ("一、2024年工作回顾\n（一）经济平稳增长。\n各位代表！发展中还有不少困难。\n（三）坚持改革开放。\n"
            "三、加强政府自身建设\n坚持依法行政。\n")
    assert {it.text: it for it in items(lost)}["坚持依法行政。"].path == ["三"]


@pytest.mark.parametrize("lead", ["今年全县经济和社会事业发展的主要预期目标是：", "今年县政府工作的指导思想是：",
                                  "今年县政府工作总的要求是：", "统筹县里各方面情况，县政府提出2025年全县发展的主要预期目标为："])
def test_a_paragraph_that_sets_the_years_plans_ends_the_problems(lead):
    text = ("一、2024年政府工作回顾\n（一）工业经济稳步增长。\n全县工业投资增长8%。\n"
            "成绩面前，我们也看到，全县发展中还存在一些短板和不足。\n"
            f"{lead}地区生产总值增长6%。\n（一）加快发展工业。\n推进技术改造。\n")
    assert {it.text: it for it in items(text)}["推进技术改造。"].zone == "task"


def test_a_part_title_run_on_into_a_sentence_that_says_what_was_asked_is_no_review():
    """`三、建设满意政府办好上述各件实事，……提出了新的要求。`: a copy ran the part's title into its first
    sentence; its `了` says what the tasks ask of the work, not what was done (a review section's run-in title
    with `了`, `（一）……，增强了……活力。`, still reviews)."""
    text = ("二、2025年工作安排\n（一）推进园区建设。加快建设标准厂房。\n"
            "三、建设满意政府办好上述各件实事，给全县政府系统提出了新的要求。政府系统全体同志要担当作为。\n"
            "（一）强化政治建设。坚持依法行政。\n")
    found = {it.text: it for it in items(text)}
    assert found["坚持依法行政。"].zone == "task" and found["坚持依法行政。"].path == ["三", "（一）"]
    review = ("一、2024年工作回顾\n（一）推进园区建设，增强了产业承载能力。新建标准厂房十万平方米。\n"
              "二、2025年工作安排\n（一）推进园区建设。加快建设标准厂房。\n")
    assert "新建标准厂房十万平方米。" not in {it.text for it in items(review)}


def test_a_motto_that_opens_a_part_names_no_party():
    """`县政府为百姓，……`: a name, 为 and a noun with no act in the clause is a motto, not who acts; the
    part's items do not take it (`家庭医生为签约居民建立……` still names who acts)."""
    found = {it.text: it for it in items("五、关心群众生活\n县政府为百姓，始终把群众冷暖挂在心上。\n加强就业服务。\n")}
    assert found["加强就业服务。"].party is None
    found = {it.text: it for it in items("一、做好签约服务\n家庭医生为签约居民建立健康档案。\n")}
    assert found["家庭医生为签约居民建立健康档案。"].party == "家庭医生"


def test_a_part_title_that_asks_for_a_result_after_the_years_plans_is_a_task_part():
    """`一、推动……取得新成效`: once a sentence has set the year's targets or requirements, a part title of
    one clause that opens with an action asks for the result it names; it does not review. Before any
    plan is set, or with `了` (`……，增强了……`), such a title still reviews."""
    text = ("今年全县经济社会发展的主要预期目标是：地区生产总值增长6%。重点做好以下两个方面工作：\n"
            "一、推动园区建设提质取得新成效。\n加快建设高标准农田。\n二、推动城市更新取得新成效。\n改造老旧小区12个。\n")
    found = {it.text: it for it in items(text)}
    assert found["加快建设高标准农田。"].zone == "task" and found["加快建设高标准农田。"].path == ["一"]
    assert found["改造老旧小区12个。"].zone == "task"
    review = "一、推动园区建设提质取得新成效。\n新建高标准农田5万亩。\n二、推动城市更新取得新成效。\n改造老旧小区12个。\n"
    assert "改造老旧小区12个。" not in {it.text for it in items(review)}
    done = (text.split("\n")[0] + "\n一、推动乡村振兴，增强了发展活力。\n新建高标准农田5万亩。\n")
    assert "新建高标准农田5万亩。" not in {it.text for it in items(done)}


def test_an_excerpt_opening_with_how_hard_to_act_opens_inside_a_part():
    """`更大力度促进招商引资。……（二）……`: an adverbial of degree before the first verb; the text
    before the first part is the end of a part, not a preamble."""
    text = ("更大力度促进招商引资。深耕以商招商，全年新引进制造业项目30个。\n"
            "（二）加快发展现代农业。建设高标准农田。\n")
    found = {it.text: it for it in items(text)}
    assert found["深耕以商招商，全年新引进制造业项目30个。"].zone == "task"


def test_a_series_inside_the_excerpts_opening_part_does_not_make_it_a_preamble():
    """An excerpt cut inside part 七 whose paragraphs number a series inline (`……。一是……`) before
    `八、`: the series is the cut part's own, and its sentences that open with 把/以 are tasks."""
    text = ("加快农业结构调整。把蔬菜产业做大做强，提高市场占有率。以龙头企业带动基地建设。\n"
            "提高农村经济效益。一是推广农业新技术。二是建设农产品质量检测体系。\n"
            "八、实施工业强县战略\n加快培育骨干企业。\n")
    found = {it.text for it in items(text)}
    assert {"把蔬菜产业做大做强，提高市场占有率。", "以龙头企业带动基地建设。"} <= found


def test_a_level_of_government_that_puts_up_a_sum_is_the_party():
    """`省财政安排资金10亿元，……`, `自治区筹措资金2亿元，……`: the level of government (by itself or its
    purse) that funds the work acts; the sum it puts up is the target, without its name."""
    found = in_part("省财政安排资金10亿元，支持企业技术改造。")
    item = found["省财政安排资金10亿元，支持企业技术改造。"]
    assert item.party == "省财政" and item.target == "安排资金10亿元"
    item = in_part("县本级每年安排专项资金1500万元，用于农村公路养护。")["县本级每年安排专项资金1500万元，用于农村公路养护。"]
    assert item.party == "县本级"
    assert in_part("全县财政收入增长8%。")["全县财政收入增长8%。"].party is None
    # (a name before the verb that brings it to a figure is what is counted: it stays in the target)
    found = in_part("加大扶持力度，市级龙头企业要发展到150个。")
    assert found["加大扶持力度，市级龙头企业要发展到150个。"].target == "市级龙头企业要发展到150个"


def test_a_project_phase_after_ensure_names_a_building_not_a_party():
    """`确保县文体中心一期建成投用`: the name before a phase is the place a project builds."""
    found = in_part("改造老街，确保县文体中心一期建成投用。")
    assert found["改造老街，确保县文体中心一期建成投用。"].party is None
    assert in_part("确保各乡镇完成改厕任务。")["确保各乡镇完成改厕任务。"].party == "各乡镇"


def test_what_a_higher_body_asked_reported_is_no_task():
    """`市委全会……，提出要……`: a quote verb with the modal right after it reports what another asked;
    a meeting's record's own voice (`会议提出要……`) still asks."""
    found = {it.text for it in items("二、2025年工作安排\n市委全会部署了今年的任务，提出要抓住发展机遇，推动跨越发展。\n"
                                     "加快建设产业园区。\n")}
    assert "加快建设产业园区。" in found
    assert not any(text.startswith("市委全会") for text in found)
    minutes = items("县政府第12次常务会议纪要\n会议提出要加快建设产业园区。\n")
    assert any(it.text == "会议提出要加快建设产业园区。" for it in minutes)
    # (a report's own plan, called by its short name, speaks for the report: `《纲要（草案）》……，强调要……`)
    own = in_part("《纲要（草案）》把乡村振兴作为首要任务，强调要加快补齐农村短板。")
    assert "《纲要（草案）》把乡村振兴作为首要任务，强调要加快补齐农村短板。" in own


def test_how_a_unit_holds_its_charge_is_no_part_of_its_name():
    """`领导小组主要负责……`, `办公室具体负责……`: an adverb between the unit and 负责."""
    found = in_part("领导小组主要负责统筹协调全县整治工作。")
    assert found["领导小组主要负责统筹协调全县整治工作。"].party == "领导小组"
    found = in_part("县政府统一负责组织实施。")
    assert found["县政府统一负责组织实施。"].party == "县政府"


def test_what_a_body_has_always_done_is_said_not_asked():
    """`县委历来高度重视……`: 历来 / 向来 before the verb says the subject's standing practice; a task that
    names such a practice as its object (`发扬……历来倡导的作风`) still asks."""
    found = in_part("县委县政府历来高度重视农村公路建设。")
    assert "县委县政府历来高度重视农村公路建设。" not in found
    assert "发扬机关历来倡导的节俭作风。" in in_part("发扬机关历来倡导的节俭作风。")


def test_organise_after_a_units_name_is_what_it_does():
    """`由县农业农村部门组织……`: jieba leaves 组织 alone after the unit; it is the verb, no part of the name
    (`……机关组织（人事）部门` still names a department)."""
    assert in_part("由县农业部门组织专项检查。")["由县农业部门组织专项检查。"].party == "县农业部门"
    found = in_part("所在机关组织（人事）部门要及时报告。")
    assert found["所在机关组织（人事）部门要及时报告。"].party == "所在机关组织（人事）部门"


def test_the_act_an_action_centres_on_is_asked():
    """`加强职业培训，重点是提高……`: 重点是 before a verb names the act the work centres on, a task;
    before a noun it judges (`……，人才是关键因素`)."""
    found = in_part("加强职业培训，重点是提高返乡青年的就业技能。")
    assert "加强职业培训，重点是提高返乡青年的就业技能。" in found
    assert "建设美丽乡村，人才是关键因素。" not in in_part("建设美丽乡村，人才是关键因素。")
