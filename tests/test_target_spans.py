"""Target spans as metric and value (ANNOTATION.md, "Conventions settled on real documents"), on
sentence shapes met in real documents; the sentences are written for these tests."""
import pytest

from speechmine import extract
from speechmine.analysis.targets import Target, parse_target


def target(sentence: str) -> str | None:
    """The target of `sentence` read as a task under a numbered part."""
    return extract("一、重点任务\n（一）工作要求。" + sentence + "\n").items[-1].target


@pytest.mark.parametrize("sentence, expected", [
    # what a verb acts on is not part of the metric, also when the verb has a resultative ending
    ("初审遴选出不超过40%申报项目进入答辩。", "不超过40%"),
    # a ratio word that the segmenter cuts in two (配备 率) is still the metric
    ("年底前实现乡镇卫生院全科医生配备率达到100%。", "配备率达到100%"),
])
def test_the_metric_after_a_verb(sentence, expected):
    assert target(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a share of a set, after the verb that acts on it, before it, or after a preposition
    ("推动二级以上医院预留20%的床位，优先收治基层转诊患者。", "预留20%的床位"),
    ("实施基层服务提升行动，60%的村卫生室完成标准化建设。", "60%的村卫生室完成标准化建设"),
    ("探索在20%的社区设立养老服务站，推动服务向家庭延伸。", "在20%的社区设立养老服务站"),
    ("引导30%以上的村集体经济收入超过20万元。", "引导30%以上的村集体经济收入超过20万元"),
    # a share that a verb of achieving brings to its state: the share's set and its state, not the verb
    ("深化审批改革，实现95%以上涉企审批事项网上可办。", "95%以上涉企审批事项网上可办"),
    ("推动80%以上社区卫生服务站达到省定建设标准。", "80%以上社区卫生服务站达到省定建设标准"),
    # a count with 以上 that opens its clause, and a count that a completion verb brings about
    ("年内争取30家以上小微企业升级为规模以上企业。", "30家以上小微企业升级为规模以上企业"),
    ("为500名以上困难群众提供免费体检服务，为80名以上残疾儿童提供康复训练。",
     "为500名以上困难群众提供免费体检服务，为80名以上残疾儿童提供康复训练"),
    ("确保2027年120所学校的运动场地得到改造。", "120所学校的运动场地得到改造"),
    # not targets: the set a verb works on, a whole set, a time limit
    ("推进30户以上自然村通硬化路。", None),
    ("全县12座老旧水闸全部完成改造。", None),
    ("对发现的问题，要3个月内完成整改。", None),
])
def test_a_share_or_count_of_a_set(sentence, expected):
    assert target(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a limit or quota that a permission allows is not a target
    ("优化慢病用药服务，经医生评估可将处方用量最长延长至6个月。", None),
    ("每个街道可推荐参评案例5件。", None),
    # 可 inside a word is no permission
    ("农村居民人均可支配收入增长8%左右。", "农村居民人均可支配收入增长8%左右"),
])
def test_a_permitted_quantity_is_no_target(sentence, expected):
    assert target(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a unit in Latin letters right after a comparison word
    ("作品视频时长不超过5分钟，清晰度不低于1080P。", "作品视频时长不超过5分钟，清晰度不低于1080P"),
    ("全区算力规模达到500PFlops。", "算力规模达到500PFlops"),
    # elsewhere letters after a number name a grade or a generation
    ("推进5G网络在重点园区覆盖。", None),
])
def test_units_in_latin_letters(sentence, expected):
    assert target(sentence) == expected


def test_a_unit_in_latin_letters_is_parsed_after_a_comparison_word():
    assert parse_target("清晰度不低于1080P") == Target(1080, "P", "at_least")
    assert parse_target("推进5G基站200个") == Target(200, "个", "exact")


def test_a_quantity_inside_the_time_limit_is_no_target():
    found = extract("一、重点任务\n（一）工作要求。各基层党组织要在收到通知后3个月内报送整改方案。\n").items[-1]
    assert found.deadline == "收到通知后3个月内"  # the span keeps the event it is counted from
    assert found.target is None


@pytest.mark.parametrize("sentence, expected", [
    # a count of which the clause says the whole set is meant names the set
    ("今年计划改造的20个小区要在9月底前全部开工。", None),
    # 并 joins another predicate: its 全部 says nothing of the count before
    ("完成8座泵站建设并实现全部运行。", "完成8座泵站建设"),
])
def test_a_whole_set_is_no_target(sentence, expected):
    assert target(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a time that qualifies the work (24小时监控) or limits it (48小时内) is no target
    ("实现重点路段24小时视频监控，接入监控点位不少于50个。", "接入监控点位不少于50个"),
    ("建设网上办事平台，实现申请事项48小时内办结。", None),
])
def test_a_time_that_qualifies_or_limits_the_work(sentence, expected):
    assert target(sentence) == expected


def test_half_after_a_unit():
    assert target("保证每名学员脱产培训时间不少于3天半。").endswith("不少于3天半")
    assert parse_target("不少于3天半") == Target(3.5, "天", "at_least")
    assert parse_target("每期安排4个半天") == Target(4, "个", "exact")  # four half-days


@pytest.mark.parametrize("sentence, expected", [
    # 力争/确保 between the metric and the comparison make nothing: the metric stands before them
    ("全县财政总收入力争突破80亿元。", "财政总收入力争突破80亿元"),
    # a time limit before the metric is no part of it
    ("三季度规上工业增加值增速力争达到7%以上。", "规上工业增加值增速力争达到7%以上"),
])
def test_the_metric_before_a_leading_word(sentence, expected):
    assert target(sentence) == expected


def test_a_range_keeps_its_closing_word():
    assert target("城镇调查失业率控制在3%-5%之间。") == "城镇调查失业率控制在3%-5%之间"


@pytest.mark.parametrize("sentence, expected", [
    # a label, and 将/把 that bring the metric before its verb, are no part of the metric
    ("（3）将困难老人护理补贴标准提高一倍。", "困难老人护理补贴标准提高一倍"),
    ("把农村低保标准提高到每人每年6000元。", "农村低保标准提高到每人每年6000元"),
    # 将 right before the comparison is the future: the metric stands before it
    ("全市生产总值将增长7%左右。", "生产总值将增长7%左右"),
])
def test_the_metric_after_a_label_or_jiang(sentence, expected):
    assert extract("一、重点任务\n（一）工作要求。\n" + sentence + "\n").items[-1].target == expected


@pytest.mark.parametrize("sentence, expected", [
    # 趟, 遍 and 轮 count times like 次
    ("网格员每周至少入户走访一趟。", "至少入户走访一趟"),
    ("每学期至少开展两轮校园安全隐患排查。", "至少开展两轮"),
])
def test_units_of_times(sentence, expected):
    assert target(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a rate per head belongs to the metric; a rhythm or a scope before it does not
    ("推进科技创新，每万人口发明专利拥有量达到15件。", "每万人口发明专利拥有量达到15件"),
    ("每个乡镇卫生院全科医生不少于3名。", "乡镇卫生院全科医生不少于3名"),
    # volumes of gas and water, and energy, are units of a target
    ("推进气田建设，天然气产量达到50亿立方米。", "天然气产量达到50亿立方米"),
    ("推进气田建设，原煤产量2亿吨，天然气产量80亿方。", "原煤产量2亿吨，天然气产量80亿方"),
    ("加强电网建设，年度外输电量达到300亿千瓦时。", "年度外输电量达到300亿千瓦时"),
])
def test_rates_per_head_and_units_of_volume_and_energy(sentence, expected):
    assert target(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # weeks are a unit of time like days and months
    ("力争将项目审批总体用时压缩至4周以内。", "项目审批总体用时压缩至4周以内"),
    # an anniversary and an age are no counts of weeks
    ("举办建县60周年纪念活动。", None),
    ("为70周岁以上老人发放高龄津贴。", None),
])
def test_weeks_but_not_anniversaries(sentence, expected):
    assert target(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a verb right before a 的 describes a counted metric, which keeps it
    ("推动地下管网智能化改造，配备监测设备的排水管网达到300公里。", "配备监测设备的排水管网达到300公里"),
    # a ratio is the metric by itself, and the main verb far before a 的 is no part of the metric
    ("全面排查校园隐患，排查出的安全隐患整改率达到100%。", "整改率达到100%"),
    ("推进市属国有资本向公共服务和基础设施领域集中的资产总额达到60%以上。", "达到60%以上"),
])
def test_a_metric_described_by_a_short_clause(sentence, expected):
    assert target(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a value from one level to another: the metric stands before 从
    ("将农村低保补助标准从每人每月420元提高到460元。", "农村低保补助标准从每人每月420元提高到460元"),
    ("要把学生营养餐补助分别从每生每天4元、5元提高到5元、6元。",
     "学生营养餐补助分别从每生每天4元、5元提高到5元、6元"),
    # a metric the walk back cannot take (a verb stands in it): the value from 从
    ("提高困难老人护理补贴，从每人每月80元提高到100元。", "从每人每月80元提高到100元"),
])
def test_a_value_from_one_level_to_another(sentence, expected):
    assert target(sentence) == expected


def test_the_metric_starts_after_a_causative():
    """`力争使全县工业投资……增长12%`: 使 brings the metric to its value; it is no part of the metric."""
    (item,) = [it for it in extract("要抓好项目落地，力争使全县工业投资比上年增长12%。\n").items]
    assert item.target == "工业投资比上年增长12%"


def test_a_percentage_written_out_reads_as_per_cent():
    assert parse_target("粮食产量平均每年提高百分之三左右") == Target(3, "%", "about")
    assert parse_target("婴儿死亡率控制在4‰以内") == Target(4, "‰", "at_most")
