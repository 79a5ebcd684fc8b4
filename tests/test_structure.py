"""Numbering labels and the hierarchy built from their order of appearance."""
from speechmine.lexicon import load
from speechmine.analysis.labels import match_label
from speechmine.analysis.structure import build

LEX = load()


def paths(text):
    return [(s.text, list(s.path), s.zone) for s in build(text, LEX).sentences]


def zones_of(text):
    return {t: z for t, _, z in paths(text)}


def test_every_label_style_is_recognised():
    cases = {"一、总体要求": "一", "（三）强化保障": "（三）", "(2)加强": "(2)", "1.加快建设": "1",
             "2、推进": "2", "③做好": "③", "二是抓好": "二是", "三要加强": "三要", "第一，坚持": "第一",
             "其次，要": "其次", "另一方面，要": "另一方面"}
    for text, name in cases.items():
        label = match_label(text, 0)
        assert label is not None and label.name == name, text


def test_not_labels():
    for text in ["第一时间赶到现场", "2.5万亩高标准农田", "一要求大家", "首先是大家的努力"]:
        assert match_label(text, 0) is None, text


def test_hierarchy_follows_order_of_appearance():
    # here 第一 is the outer level and 一是 the inner one; in the next test the other way round
    text = "第一，抓好安全生产。\n一是要加强检查。\n二是要整改隐患。\n第二，抓好项目建设。\n一是要加快进度。"
    got = paths(text)
    assert got[1][1] == ["第一", "一是"]
    assert got[3][1] == ["第二"]
    assert got[4][1] == ["第二", "一是"]
    text = "一是抓好安全。\n第一，要加强检查。\n第二，要整改隐患。\n二是抓好项目。"
    got = paths(text)
    assert got[1][1] == ["一是", "第一"]
    assert got[3][1] == ["二是"]


def test_side_and_sequence_words_nest_and_close():
    text = ("二、部署工作\n一方面，要抓好党建。\n一要硬在认识上。要加强学习。\n二要硬在机制上。要健全制度。\n"
            "另一方面，要抓好基层。\n首先，要建强支部。\n其次，要配强书记。\n三、保障措施\n要加强领导。")
    got = dict((t, p) for t, p, _ in paths(text))
    assert got["要健全制度。"] == ["二", "一方面", "二要"]
    assert got["其次，要配强书记。"] == ["二", "另一方面", "其次"]
    assert got["要加强领导。"] == ["三"]


def test_a_number_out_of_sequence_is_text_not_a_label():
    text = "一、部署\n1.要加快建设。\n3.要加强管理。"
    got = paths(text)
    assert got[2][1] == ["一", "1"]



def test_a_stitched_excerpt_may_leave_out_several_chapters():
    # the work part of a report with its chapters （四）–（七） left out by whoever copied it
    text = ("（二）抓好项目建设\n要加快重点项目进度。\n（三）壮大实体经济\n要培育龙头企业。\n"
            "（八）推进城乡融合\n要完善县城配套设施。\n（九）增进民生福祉\n要办好民生实事。")
    got = dict((t, p) for t, p, _ in paths(text))
    assert got["要完善县城配套设施。"] == ["（八）"]
    assert got["要办好民生实事。"] == ["（九）"]


def test_a_series_that_never_goes_on_heads_its_own_paragraph_only():
    alone = "（一）抓好项目建设\n首先要全力以赴抓招商。要加快重点项目进度。\n下大力气培育龙头企业。\n要完善园区配套。"
    assert [p for _, p, _ in paths(alone)] == [["（一）"], ["（一）", "首先"], ["（一）", "首先"], ["（一）"], ["（一）"]]
    going_on = "（一）抓好项目建设\n首先要抓项目。\n要加快进度。\n其次要抓招商。"
    assert [p for _, p, _ in paths(going_on)][2] == ["（一）", "首先"]


def test_tasks_numbered_straight_through_a_long_plan_reach_three_digits():
    text = ("三、重点工作\n（一）壮大创新主体\n117.组建三个产业创新联合体。\n责任单位：市科技局\n"
            "118.培育一批科技型企业。\n责任单位：市科技局\n")
    assert [p for _, p, _ in paths(text)][2:] == [["三", "（一）", "117"]] * 2 + [["三", "（一）", "118"]] * 2


def test_numbers_listed_in_a_row_are_no_label():
    assert match_label("一、二、三次产业比例调整为8：40：52。", 0) is None
    assert match_label("一、二产占比同步提高。", 0) is None
    assert match_label("一、推动二三产协同升级。", 0).value == 1


def test_a_lead_in_that_opens_like_a_review_does_not_end_the_review_part():
    text = ("一、去年工作回顾\n去年经济运行稳中有进。\n一年来，我们落实上级部署，按照市委要求，重点抓了以下几项工作：\n"
            "（一）坚持稳中求进，推动经济持续向好。新开工项目120个。\n二、今年工作安排\n要加快建设。")
    zones = zones_of(text)
    assert zones["新开工项目120个。"] == "review"
    assert zones["要加快建设。"] == "task"


def test_a_text_without_labels_reviews_from_a_review_title_line_to_the_next_title():
    text = ("各位代表：\n现在，我代表市人民政府作报告。\n过去一年工作回顾\n一年来，全市经济稳中向好。\n"
            "我们扎实推进城市更新，持续改善人居环境。\n我们也清醒看到，发展中还有不少困难。\n今年重点工作\n"
            "要加快建设城市绿道。")
    zones = zones_of(text)
    assert zones["我们扎实推进城市更新，持续改善人居环境。"] == "review"
    assert zones["我们也清醒看到，发展中还有不少困难。"] == "problem"
    assert zones["要加快建设城市绿道。"] == "task"


def test_a_subscript_left_on_its_own_line_does_not_end_the_review():
    text = ("一、去年工作回顾\n全年空气质量持续改善。优良天数达到320天，PM\n2.5\n平均浓度降至24微克/立方米。\n"
            "我们也清醒地看到，生态环境保护任务依然艰巨。\n二、今年工作安排\n要加快建设城市绿道。")
    zones = zones_of(text)
    assert zones["平均浓度降至24微克/立方米。"] == "review"
    assert zones["我们也清醒地看到，生态环境保护任务依然艰巨。"] == "problem"


def test_paragraphs_indented_with_em_spaces_keep_their_labels():
    plain = "一、去年工作回顾\n去年全市经济稳中有进。\n二、今年工作安排\n（一）扩大有效投资。要加快推进项目建设。"
    indented = "\n".join("\u2003\u2003" + line for line in plain.split("\n"))  # as Word indents them
    assert [(p, z) for _, p, z in paths(indented)] == [(p, z) for _, p, z in paths(plain)]
    assert paths(indented)[-1][1] == ["二", "（一）"]


def test_a_plan_title_after_a_labelled_review_does_not_hold_the_later_parts_in_it():
    text = ("一、过去一年工作回顾\n去年全区经济稳中有进。\n今年工作安排\n一、总结成绩，查找问题\n"
            "一年以来，全局工作取得新成效。\n我们也清醒看到，还存在一些问题。\n二、突出重点，狠抓落实\n要加快推进重点项目建设。")
    zones = zones_of(text)
    assert zones["要加快推进重点项目建设。"] == "task"


def test_the_closing_is_the_last_salutation_s_paragraph():
    text = ("一、今年工作安排\n要加快建设城市绿道。\n各位代表，做好政府工作，必须加强自身建设。我们将深化法治建设。"
            "坚持依法行政。\n各位代表！让我们团结一心，为建设美好家园而努力奋斗！")
    zones = zones_of(text)
    assert zones["坚持依法行政。"] == "task" and zones["我们将深化法治建设。"] == "task"
    assert zones["让我们团结一心，为建设美好家园而努力奋斗！"] == "closing"

def test_zones_preamble_review_task_closing():
    text = ("同志们：\n今天召开会议。\n一、过去一年工作回顾\n去年完成投资10亿元。\n二、今年重点任务\n要加快建设。\n"
            "同志们，让我们共同努力！")
    zones = zones_of(text)
    assert zones["今天召开会议。"] == "preamble"
    assert zones["去年完成投资10亿元。"] == "review"
    assert zones["要加快建设。"] == "task"
    assert zones["同志们，让我们共同努力！"] == "closing"


def test_a_salutation_in_the_middle_is_no_closing_and_no_preamble():
    middle = ("一、抓好项目建设\n要加快园区建设。\n各位代表！\n二、抓好民生保障\n要办好十件实事。\n"
              "同志们，让我们共同努力！")
    zones = {t: (p, z) for t, p, z in paths(middle)}
    assert zones["要办好十件实事。"] == (["二"], "task")  # the parts go on after the salutation
    assert zones["同志们，让我们共同努力！"] == ([], "closing")
    long_tail = "一、抓好项目建设\n要加快园区建设。\n同志们，下面讲几点。\n" + "".join(
        f"要抓好第{n}项工作。\n" for n in "一二三四")
    assert paths(long_tail)[-1][2] == "task"  # four paragraphs after it: too long for a closing
    inside = "一、抓好项目建设\n要加快园区建设。\n各位代表！\n要完善配套设施。\n二、抓好民生保障\n要办好实事。\n"
    assert {t: p for t, p, _ in paths(inside)}["要完善配套设施。"] == ["一"]  # a salutation line inside a part
    late = "要加快园区建设。\n要办好十件实事。\n同志们：\n要抓好安全生产。\n"
    assert [z for _, _, z in paths(late)] == ["task"] * 4  # the body began before the salutation


def test_an_unlabelled_title_after_a_review_part_turns_to_tasks():
    text = ("一、去年工作回顾\n去年完成投资10亿元。\n今年工作安排\n要加快园区建设。\n"
            "（一）抓好项目建设\n要办好十件实事。\n")
    found = {t: (p, z) for t, p, z in paths(text)}
    assert found["去年完成投资10亿元。"] == (["一"], "review")
    assert found["要加快园区建设。"] == ([], "task")
    assert found["要办好十件实事。"] == (["（一）"], "task")
    # a title line that still reviews keeps the part open
    assert paths("一、去年工作回顾\n主要成效\n去年完成投资10亿元。\n")[-1][1:] == (["一"], "review")


def test_an_excerpt_that_starts_in_the_middle_of_a_part_has_no_preamble():
    excerpt = "加快园区建设，完善配套设施。\n积极推进产业升级。\n（三）抓好民生保障\n要办好十件实事。\n"
    assert [z for _, _, z in paths(excerpt)] == ["task"] * 4
    opening = "为加强安全管理，制定本方案。\n一、工作目标\n要消除重大隐患。\n"
    assert [z for _, _, z in paths(opening)] == ["preamble", "task", "task"]
    for opening_words in ("各党支部要对照要求开展自查。", "促进民营经济发展。"):  # a directive; a verb of jieba's
        assert paths(opening_words + "\n（三）抓好民生保障\n要办好实事。\n")[0][2] == "task"
    assert paths("今年是开局之年。\n（三）抓好民生保障\n要办好实事。\n")[0][2] == "preamble"
    addressed = "各区教育局：\n加快园区建设。\n一、工作目标\n要消除重大隐患。\n"
    assert [z for _, _, z in paths(addressed)][:2] == ["preamble", "preamble"]


def test_an_excerpt_opening_in_the_review_turns_to_tasks_at_the_next_part():
    text = ("（四）民生事业成效明显。新建学校3所。\n（五）机关效能建设成效明显。办理建议提案120件。\n"
            "各位代表！成绩得之不易，也要看到，发展中仍存在不少困难和问题。\n二、2027年工作安排\n"
            "今年工作的总体要求是：稳中求进。\n（一）加快产业转型。要培育壮大新兴产业。\n")
    got = {t: z for t, _, z in paths(text)}
    assert got["新建学校3所。"] == "review" and got["办理建议提案120件。"] == "review"
    assert got["要培育壮大新兴产业。"] == "task" and got["二、2027年工作安排"] == "task"


def test_an_excerpt_opening_at_a_later_chapter_before_the_problems_part_is_review():
    text = ("（六）凝聚合力，队伍建设迈出新步伐\n实施“岗位练兵”工程，举办技能竞赛8场。\n"
            "二、存在的问题与不足\n（一）基层建设方面\n个别支部活动形式单一。\n"
            "三、下一步工作打算\n一是抓牢理论武装，深入开展专题学习。\n")
    got = {t: (p, z) for t, p, z in paths(text)}
    assert got["实施“岗位练兵”工程，举办技能竞赛8场。"][1] == "review"
    assert got["二、存在的问题与不足"] == (["二"], "problem")
    assert got["一是抓牢理论武装，深入开展专题学习。"] == (["三", "一是"], "task")


def test_an_excerpt_may_join_a_series_in_its_middle():
    joined = "第四，坚持强师兴教。\n要加强教师培训。\n第五，坚持产教融合。\n要建设实训基地。\n"
    assert [p for _, p, _ in paths(joined)] == [["第四"], ["第四"], ["第五"], ["第五"]]
    alone = "第四，坚持强师兴教。\n要加强教师培训。\n二、抓好安全稳定\n要消除隐患。\n"
    assert [p for _, p, _ in paths(alone)][-1] == ["二"]  # no 第五 after it: 第四 stands alone, no label
    assert paths(alone)[0][1] == []
    assert paths("继续推进园区建设。\n（三）抓好民生保障\n要办好实事。\n")[0][2] == "task"


def test_a_problems_part_turns_to_tasks_where_it_says_what_will_be_done():
    text = ("一、主要工作\n全年新建道路12公里。\n二、存在问题及下一步打算\n一些项目推进缓慢，要素保障不足。\n"
            "2027年，我们将突出稳投资、扩内需，做强县域经济；持续改善办事环境。\n")
    zones = [z for _, _, z in paths(text)]
    assert zones[3] == "problem" and zones[4] == "task"


def test_a_part_title_that_remedies_a_shortfall_is_no_problem_part():
    zones = zones_of("（二）全力补短板，强基础\n要加快管网改造。\n（三）存在的问题\n基层力量不足。\n")
    assert zones["要加快管网改造。"] == "task"
    assert zones["基层力量不足。"] == "problem"


def test_sentences_split_at_stops_but_not_inside_quotes():
    text = "二、要求\n厅长指出：“要抓好落实。要守住底线。”各单位要认真贯彻。"
    texts = [s.text for s in build(text, LEX).sentences]
    assert "厅长指出：“要抓好落实。要守住底线。”" in texts
    assert "各单位要认真贯彻。" in texts


def test_a_review_part_turns_to_problems():
    text = ("一、工作回顾\n去年建成公路100公里。\n同时也要清醒看到，还存在一些短板。一是基层薄弱。\n"
            "二、存在的主要问题\n资金不足。\n三、下步打算\n要加快建设。")
    zones = zones_of(text)
    assert zones["去年建成公路100公里。"] == "review"
    assert zones["同时也要清醒看到，还存在一些短板。"] == "problem"
    assert zones["一是基层薄弱。"] == "problem"
    assert zones["资金不足。"] == "problem"
    assert zones["要加快建设。"] == "task"


def test_inline_labels_cover_their_paragraph_and_a_series_may_continue():
    text = ("一、重点工作\n要抓好三件事。一是要加强检查。二是要整改隐患。\n要做好宣传。\n三是要严格考核。\n"
            "二、保障措施\n要加强领导。")
    got = {t: p for t, p, _ in paths(text)}
    assert got["二是要整改隐患。"] == ["一", "二是"]
    assert got["要做好宣传。"] == ["一"]           # the inline series does not reach the next paragraph
    assert got["三是要严格考核。"] == ["一", "三是"]  # but its next label continues it
    assert got["要加强领导。"] == ["二"]


def test_parts_of_a_plan_outline_hold_its_chapters():
    # a 规划纲要 numbers 篇 over 章 over 节, its chapters running on from one 篇 to the next
    text = ("第一篇　建设创新型城市\n第一章　壮大创新主体\n第一节　培育科技企业\n要帮扶小型科技企业成长。\n"
            "第二章　集聚创新人才\n要引来一批领军人才。\n"
            "第二篇　建设宜居城市\n第三章　完善交通网络\n第一节　加密城市路网\n要打通断头路二十条。\n")
    got = {t: p for t, p, _ in paths(text)}
    assert got["要帮扶小型科技企业成长。"] == ["第一篇", "第一章", "第一节"]
    assert got["要引来一批领军人才。"] == ["第一篇", "第二章"]
    assert got["要打通断头路二十条。"] == ["第二篇", "第三章", "第一节"]
    # a 篇 counted in a sentence is no label (`第一篇文章……`)
    assert paths("一、加强宣传\n第一篇文章要写好群众身边的事。\n")[-1][1] == ["一"]


def test_a_part_on_a_periods_results_and_the_next_periods_tasks_turns_to_the_tasks():
    # `二、上个五年的成就与“十五五”期间的任务`: the results first, then the tasks from the
    # paragraph that names the next period (after a salutation too)
    text = ("一、2025年工作回顾\n过去一年，全市新建学校五所。\n"
            "二、上个五年的成就与“十五五”期间的任务\n过去五年，本市的经济规模翻了一番。\n"
            "同志们！“十五五”期间是本市爬坡过坎的五年。\n要把本地制造业做大做强。\n"
            "三、2026年重点工作\n要新建幼儿园三所。\n")
    zones = zones_of(text)
    assert zones["过去五年，本市的经济规模翻了一番。"] == "review"
    assert zones["“十五五”期间是本市爬坡过坎的五年。"] == "task"
    assert zones["要把本地制造业做大做强。"] == "task"
    assert zones["要新建幼儿园三所。"] == "task"
    # a year named for the tasks: `一、2025年政府工作回顾和2026年的目标任务`
    text = ("一、2025年政府工作回顾和2026年的目标任务\n全年新建学校五所。\n"
            "各位代表！本县要在2026年交出更好的答卷。\n今年要新建幼儿园三所。\n")
    zones = zones_of(text)
    assert zones["全年新建学校五所。"] == "review"
    assert zones["今年要新建幼儿园三所。"] == "task"


def test_parts_under_a_title_line_on_results_and_tasks_review_until_one_names_the_tasks():
    text = ("各位代表：\n下面，我受市政府委托，说一说城区改造。\n"
            "城区改造的成绩与今后几年的改造任务\n五年来，城区的样子变了很多。\n"
            "一、城区道路改造已经基本完工\n全市改造道路一百条。\n"
            "二、今后几年城区改造的主要任务\n要再建两座污水处理站。\n")
    zones = zones_of(text)
    assert zones["全市改造道路一百条。"] == "review"
    assert zones["要再建两座污水处理站。"] == "task"


def test_a_paragraph_opening_like_a_review_is_review():
    text = "同志们：\n今天开会。\n去年，全市新建公路100公里。\n关于今年，要加快建设。"
    zones = zones_of(text)
    assert zones["去年，全市新建公路100公里。"] == "review"
    assert zones["关于今年，要加快建设。"] == "task"


def test_chapters_and_sections_are_labels():
    text = "第三章　发展实体经济\n第一节　做强制造业\n要加快转型。\n第二节　发展服务业\n要扩大开放。"
    got = {t: p for t, p, _ in paths(text)}
    assert got["要加快转型。"] == ["第三章", "第一节"]
    assert got["要扩大开放。"] == ["第三章", "第二节"]


def test_a_part_on_an_earlier_year_reviews_in_a_report_without_a_date_of_its_own():
    """Without a date line, the years the part titles name date the report: the earlier year's
    part is its review (`一、2019年主要工作` before `二、2020年工作安排`)."""
    text = ("各位代表：\n现在，我代表县人民政府作报告。\n一、2019年主要工作\n（一）加快园区转型。全年新建厂房12万平方米。\n"
            "二、2020年工作安排\n（一）加快园区转型。要新建厂房15万平方米。\n")
    zones = zones_of(text)
    assert zones["全年新建厂房12万平方米。"] == "review" and zones["要新建厂房15万平方米。"] == "task"
    closing = ("——2021年1月8日在县人民代表大会上\n各位代表：\n一、砥砺奋进的2020\n全年新建厂房12万平方米。\n"
               "二、开局起步的2021\n要新建厂房15万平方米。\n")
    zones = zones_of(closing)  # a title that closes on the year it is about
    assert zones["全年新建厂房12万平方米。"] == "review" and zones["要新建厂房15万平方米。"] == "task"


def test_a_title_line_that_opens_with_the_years_past_goes_on_reviewing():
    text = ("各位代表：\n一、去年工作回顾\n一年来，我们坚持园区为本，全力推动企业上规模\n"
            "全年引进项目36个，完成投资52亿元。\n这一年，我们紧扣百姓所需，持续加大投入\n新建幼儿园4所。\n"
            "二、今年工作安排\n要新建幼儿园6所。\n")
    zones = zones_of(text)
    assert zones["全年引进项目36个，完成投资52亿元。"] == "review" and zones["新建幼儿园4所。"] == "review"
    assert zones["要新建幼儿园6所。"] == "task"


def test_a_part_whose_first_paragraph_opens_with_the_year_past_reviews():
    """`一、开局良好` says nothing of a review, but its first paragraph opens with the year just past;
    a part of plans whose first paragraph looks back (`二、今年主要任务` / `过去一年……`) still plans."""
    text = ("各位代表：\n一、“十五五”开局良好\n过去的一年，全县上下团结奋斗。\n（一）园区转型步伐加快。全年新建厂房12万平方米。\n"
            "二、今年主要任务\n过去一年的进步有目共睹。\n（一）加快园区转型。要新建厂房15万平方米。\n")
    zones = zones_of(text)
    assert zones["全年新建厂房12万平方米。"] == "review" and zones["要新建厂房15万平方米。"] == "task"
    later = text + "三、政府自身建设\n过去一年，我们改进了作风。\n（一）建设法治机关。要完善决策程序。\n"
    assert zones_of(later)["要完善决策程序。"] == "task"  # after a part of plans, a part still plans
