"""Responsible parties: the subject of a directive (`各区县教育局要…`, `确保局领导班子成员…`,
`由X负责`), a sentence's leading subject (`局党组每季度…`), and attributions that follow an item
(`（牵头单位：…；责任单位：…）`, `（X牵头，Y配合）`, `责任单位：…  完成时限：…`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..model import Span
from .segment import CJK, Token, word_tags
from .sentences import BOTH_KINDS, ROLE_DOES

PUNCT = set("，,。；;：:！？!?“”‘’《》（）()、【】〔〕 \u3000\t—")
# words that cannot stand inside a party's name
BREAKERS = {"的", "对", "把", "在", "从", "为", "以", "按照", "将", "是", "要", "向",
            "给", "于", "通过", "围绕", "针对", "根据", "结合", "中", "上", "下", "里", "会同",
            "由", "让", "除", "除了", "了", "依照", "依据", "未经"}
MODIFIERS = {"各", "各级", "各类", "全", "全局", "全市", "全县", "全区", "全省", "全体", "广大", "市",
             "县", "区", "省", "乡", "镇", "局", "有关", "相关", "各有关", "省级", "市级", "县级", "区级",
             "乡级", "镇级", "村级", "*", "**", "本", "我", "我市", "我县", "我区", "我局", "各县", "各市",
             "各区", "每名", "每个", "每位", "每一名", "所有", "国家", "中央", "地方", "主要", "其他"}
#: Modifiers that are adverbs too, and name a unit only before the people in charge (主要负责同志,
#: 主要领导; not 主要负责检查……, 主要生态系统……).
ALSO_ADVERBS = frozenset(("主要",))
HOW_IN_CHARGE = frozenset(("主要", "具体", "统一", "共同", "直接", "全面", "总体"))  # ……负责
IN_CHARGE = ("负责同志", "负责人", "领导", "领导干部")
QUALIFIER = re.compile(r"(?:有|符合|具备)条件的")
TIME_WORD = re.compile(r"^(?:每.{0,3}|年内|今年|明年|年底前|上半年|下半年|近期|目前|当前|都|也|还|均|就|既|同时|一律)$")
COORDINATORS = {"、", "和", "与", "及"}
WINDOW_ENDS = {"期间", "期内", "时", "前", "后"}
#: The time that opens a sentence of a schedule: a time limit (`10月15日前，`, `年底前，`, `年内，`) or a
#: part of a month or year (`6月底，`, `7月下旬，`, `上半年，`), then who acts. Not a day alone
#: (`2月24日，……召开`: a readout's event).
SCHEDULE_DATE = re.compile(r"(?:20\d\d年)?(?:\d{1,2}月(?:(?:\d{1,2}日)?(?:前|以前|之前)|(?:底|末|初|中旬|下旬|上旬|份)(?:前|以前|之前)?)"
                           r"|年底前|年内|上半年|下半年)")
MEETING_VOICE = {"强调", "要求", "明确", "指出", "提出", "决定", "议定", "同意", "认为"}
FOR = "为"  # the preposition of whom an act serves (`家庭医生为签约居民建立……`)
ACTING_PREPOSITIONS = {FOR, "对", "向", "按", "根据", "通过", "会同", "在", "作为"}
PRONOUNS = {"我们", "大家", "同志们", "你们"}
WORK_NOUNS = {"工作", "事业", "职能", "职责"}  # tagged as verbs, they name what a unit does
ORGANISES = "组织"  # a head word (党组织, 基层组织), but a verb when jieba leaves it alone after a name
IN_CHARGE_OF = "负责"  # what a unit takes charge of follows it: no more of its name
COUNTY_BRACKET = re.compile(r"[（(][\u4e00-\u9fff、]{1,6}[）)]")
MAX_PARTY = 24


def whole_audience(lexicon: Lexicon) -> frozenset[str]:
    """The words for everyone a text addresses: the pronouns and `lexicons/audience.txt` (我们, 全党).
    They name who acts in their own sentence only: no item inherits them."""
    return frozenset(PRONOUNS) | lexicon.set("audience")


#: Every one of a level of government, named by its unit's character (`各省`, `各省区市`, `县市区`; not
#: 市区, the city's area, nor 县县, every county as a scope).
EVERY_UNIT = re.compile(r"各[省区市县州盟旗乡镇村]{1,4}|(?!市区$)(?!(.)\1)[省区市县州盟旗]{2,4}")


def _is_head(token: str, lexicon: Lexicon) -> bool:
    if token in lexicon.set("parties") or EVERY_UNIT.fullmatch(token):
        return True
    if token.endswith(lexicon.non_party_words):
        return False
    return token.endswith(lexicon.party_heads)


def party_opens(token: str, lexicon: Lexicon) -> bool:
    """Whether a party's name may start with this word without a marker to vouch for it."""
    return _opens_name(token, lexicon) or _is_head(token, lexicon)


def _opens_name(token: str, lexicon: Lexicon) -> bool:
    """Whether a party's name may start with this word when no marker follows the name:
    a modifier (各, 全市, 局, **), a listed unit, or a pronoun (我们, 大家)."""
    return (token in MODIFIERS or token in lexicon.set("parties") or token in PRONOUNS
            or (token.startswith("各") and _is_head(token, lexicon)))  # 各村, 各镇


def _party_tokens(tokens: list[Token], begin: int, lexicon: Lexicon) -> int | None:
    """Index just past a party name starting at tokens[begin], or None: a run of name words that
    reaches a head word (部门, 教育局, 党组织 …); it stops at the first head not followed by another."""
    i, first_head = begin, None
    while i < len(tokens) and tokens[i].end - tokens[begin].start <= MAX_PARTY:
        word = tokens[i].text
        if word in BREAKERS or (word in PUNCT and word not in "（(、"):
            break
        if word in "（(":  # 各县（市、区）民政局
            j = i
            while j < len(tokens) and tokens[j].text not in "）)":
                j += 1
            if j >= len(tokens) or not COUNTY_BRACKET.fullmatch("".join(t.text for t in tokens[i:j + 1])):
                break
            i = first_head = j + 1
            if i + 1 < len(tokens) and tokens[i].text in COORDINATORS and _another_unit(tokens, i + 1, lexicon):
                i += 1  # 各乡（镇）、县直有关部门: another unit follows
                continue
            if i >= len(tokens) or not (_is_head(tokens[i].text, lexicon) or _opens_longer_name(tokens, j, lexicon)):
                return i  # (a name goes on past the bracket to its head: 各乡（镇）农技站)
            continue
        if word in COORDINATORS:  # 各科室、局属各单位 / 文化和旅游局
            i += 1
            continue
        if word.endswith("部") and i + 1 < len(tokens) and tokens[i + 1].text == "门":
            i += 1  # 环境保护部|门: the segmenter cut 部门 in two
            word = "部门"
        if _is_head(word, lexicon):
            nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
            first_head = i + 1
            if nxt in COORDINATORS and _party_tokens(tokens, i + 2, lexicon) is not None:
                i += 1
                continue
            if nxt == "等" and i + 2 < len(tokens) and _is_head(tokens[i + 2].text, lexicon):
                i += 2  # 商务部、财政部等部门
                continue
            if _opens_longer_name(tokens, i, lexicon) and (word in MODIFIERS
                                                            or _names_its_unit(tokens, i + 1, lexicon)):
                i += 1  # 镇|应急管理办; 企业|党建工作机构: a unit's own unit
                continue
            if i == begin and word in MODIFIERS and not (nxt and (nxt in PUNCT or nxt in BREAKERS
                                                                  or nxt in COORDINATORS)):
                return None  # 乡道沿线……: a level word alone names no unit
            if not (nxt and (_is_head(nxt, lexicon) or nxt in "（(")) or (nxt == ORGANISES and not (
                    i + 2 < len(tokens) and (tokens[i + 2].text in "（(" or _is_head(tokens[i + 2].text, lexicon)))):
                return i + 1  # (所在机关|组织实施: 组织 alone after a unit's name is what it does; not 机关组织（人事）部门)
        elif word not in MODIFIERS and (word in lexicon.set("imperative_verbs") or word in lexicon.set("modals")
                                        or word in lexicon.set("prohibitions")
                                        or (word == IN_CHARGE_OF and first_head is not None
                                            and not (i + 1 < len(tokens) and _is_head(tokens[i + 1].text, lexicon)))):
            break  # (`各乡镇党委（党总支）负责本辖区……`: the unit named takes its charge; not `……和负责工作人员`, a name)
        i += 1
    return first_head


def _another_unit(tokens: list[Token], begin: int, lexicon: Lexicon) -> bool:
    """Whether a unit's name opens at tokens[begin] after a bracket of counties and a coordinator
    (`各乡（镇）、|县直有关部门于……`), with no verb inside it (not `……、区|选择……企业`, whose words go
    on to what is done)."""
    end = _party_tokens(tokens, begin, lexicon)
    tags = word_tags(lexicon)
    return end is not None and not any(tags.get(t.text) == "v" for t in tokens[begin:end])


def names_a_unit(tokens: list[Token], begin: int, end: int, lexicon: Lexicon) -> bool:
    """Whether tokens[begin:end] are one unit's name, whatever word it opens with (`生态环境部门`,
    `医联体牵头医院`): a run of name words that ends with its head and opens with no verb (not
    `具体工作由……`: 由 breaks a name)."""
    return word_tags(lexicon).get(tokens[begin].text) != "v" and _party_tokens(tokens, begin, lexicon) == end


#: Prepositions after which a unit named by its own words acts (`网信部门对……`, `X等部门依职责……`), and
#: how such a unit's name ends (not `……同志在……`, `……政府对……`, which tell as often as they ask).
BY_RIGHT = frozenset(("依", "依法", "依规", "依职责"))
DEPARTMENTS = ("部门",)
NUMERAL = re.compile(r"[一二两三四五六七八九十百千万]")
RHYTHM = re.compile(r"每(?:天|日|周|旬|月|季|季度|半年|年)|定期")


def _unit_that_acts(tokens: list[Token], begin: int, lexicon: Lexicon, copula: bool = False) -> int | None:
    """Where the name of a unit named by its own words ends when what follows says it acts: a
    preposition that introduces what a department does (`网信部门对……配合做好……`, `交通运输、城管等部门
    依职责……`), a rhythm (`供水企业每月……`, `卫生健康部门定期……`), a modal opening the next clause
    (`纪检机关，要……`, `纪检机关在……中，要……`), or, with `copula`, what it is before what it must do
    (`党史部门是……，要……`); None otherwise."""
    tags, first = word_tags(lexicon), tokens[begin].text
    if not CJK.match(first) or NUMERAL.match(first) or tags.get(first) == "vn" or (
            tags.get(first) == "m" and not first.endswith("级")):
        return None  # 10．各部门……, 五个部门为……, 改革政府部门对……, 自觉接受……: not a name's first word
    end = _party_tokens(tokens, begin, lexicon)
    if end is None or end >= len(tokens) or any(tags.get(token.text) == "v" for token in tokens[begin:end]):
        return None  # 自觉接受人大依法……: a verb inside, no name
    if _is_then_must(tokens, end, copula):
        return end
    if RHYTHM.fullmatch(tokens[end].text) and not _reaches_a_figure(tokens, end + 1) \
            and (tokens[end - 1].text.endswith(DEPARTMENTS)
                 or not any(_acting_word(token.text, lexicon) for token in tokens[begin:end])):
        return end  # (not 规上企业每年增长8%: the set a figure counts; not 全面实施……教师定期……: an act;
        # a department is named by its work: 发展改革部门)
    if tokens[end - 1].text.endswith(DEPARTMENTS) and (tokens[end].text in ACTING_PREPOSITIONS
                                                       or tokens[end].text in BY_RIGHT):
        return end
    opens_clause = tokens[end].text in "，," or tokens[end].text in ACTING_PREPOSITIONS
    if _is_head(tokens[end - 1].text, lexicon) and opens_clause \
            and not any(_holds_a_verb(token.text, lexicon) for token in tokens[begin:end]):
        comma = next((k for k in range(end, len(tokens)) if tokens[k].text in "，,；;。：:"), len(tokens))
        reported = any(t.text in REQUESTS or t.text in lexicon.set("quote_verbs") for t in tokens[end:comma])
        if comma < len(tokens) and tokens[comma].text in "，," and not reported \
                and _asked_after_comma(tokens, comma + 1, lexicon):
            return end  # 纪检机关在……中，要……, 上级纪委对……，也要……: a modal opens the clause after the name's
            # (not 大力培育……企业，着力……, an act; nor X在……中要求，着力……, what X asked)
    return None


#: A level of government named alone or by its purse (`自治区`, `省财政`, `市本级`, `县级财政`).
FUNDER = re.compile(r"(?:中央|省|市|县|区|州|盟|旗|自治区|自治州)级?(?:财政|政府)?(?:本级)?")
MONEY_REACH = 16  # tokens after the verb that may hold the sum
SUM = re.compile(r"[^，,。；;]{0,20}?\d[\d.]*[万亿]?元")  # (`资金9896万元`, `……入学补助经费1000万元`)


def _funder(tokens: list[Token], begin: int, lexicon: Lexicon) -> int | None:
    """Where the name of a level of government ends when it opens a clause that puts up a sum
    (`自治区筹措资金9896万元`, `市财政每年安排3000万元`), or None."""
    end, name = begin, ""
    while end < len(tokens) and FUNDER.fullmatch(name + tokens[end].text):
        name += tokens[end].text
        end += 1
    verb = end + 1 if end < len(tokens) and RHYTHM.fullmatch(tokens[end].text) else end
    if end == begin or verb >= len(tokens) or word_tags(lexicon).get(tokens[verb].text) != "v":
        return None
    after = "".join(token.text for token in tokens[verb + 1:verb + 1 + MONEY_REACH])
    return end if SUM.match(after) else None


def _holds_a_verb(word: str, lexicon: Lexicon) -> bool:
    """Whether a word jieba left whole holds a verb of the imperative lexicon (`大力发展`)."""
    return any(len(verb) > 1 and verb in word for verb in lexicon.set("imperative_verbs"))


def _acting_word(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is, or opens with, an imperative verb (`全面实施`, which jieba tags as a noun) and
    is no listed unit's name."""
    return word not in lexicon.set("parties") and (word in lexicon.set("imperative_verbs")
                                                   or word.startswith(lexicon.multi_char_verbs))


def _opens_longer_name(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the level word at tokens[i] (镇, 局) opens a longer unit name that reaches a head of its
    own (镇应急管理办, 局机关各处室), not a list or a thing (乡道、村道)."""
    for token in tokens[i + 1:i + 6]:
        word = token.text
        if word in COORDINATORS or word in PUNCT or word in BREAKERS:  # PUNCT holds （ and (
            return False
        if _is_head(word, lexicon):
            return True
    return False


UNIT_WORDS = ("机构", "办公室", "领导小组", "工作组", "委员会", "中心")  # what a unit sets up for a task


def _names_its_unit(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the words from tokens[i] to the next head name a body a unit sets up for its work
    (`党建工作机构`, `安全生产委员会`): a head among UNIT_WORDS within three words, no verb before it."""
    for token in tokens[i:i + 3]:
        if token.text.endswith(UNIT_WORDS):
            return True
        if _is_head(token.text, lexicon) or token.text in lexicon.set("imperative_verbs") or token.text in PUNCT:
            return False
    return False


def skip_adverbials(tokens: list[Token], begin: int, end: int, lexicon: Lexicon) -> int:
    """The first token in tokens[begin:end] that is not a leading adverbial (同时, 会后) or a comma."""
    adverbials = lexicon.set("leading_adverbials")
    while begin < end and (tokens[begin].text in adverbials or tokens[begin].text in "，,"):
        begin += 1
    return begin


def cut_adverbial(tokens: list[Token], i: int, end: int, lexicon: Lexicon) -> bool:
    """Whether tokens[i] and tokens[i + 1] (before `end`) spell a leading adverbial that jieba cut
    in two (`特别/是`, `尤其/是`)."""
    return i + 1 < end and tokens[i].text + tokens[i + 1].text in lexicon.set("leading_adverbials")


def _only_frames_before(tokens: list[Token], at: int, lexicon: Lexicon) -> bool:
    """Whether the clauses before tokens[at] only frame it (`随着……，有条件的地方要……`), not act
    (`推进……，符合条件的社区要……` names the units in an action of the whole audience)."""
    frames = lexicon.set("framing_prepositions") | {"随着", "在"}
    clause_start = True
    for token in tokens[:at]:
        if clause_start and token.text not in frames and token.text not in PUNCT:
            return False
        clause_start = token.text in "，,"
    return True


def _span(tokens: list[Token], a: int, b: int, text: str) -> Span:
    """The name in tokens[a:b], without a list's number before it (`7．各部门`: a number the structure
    did not take as a label is no part of the name)."""
    if a + 2 < b and tokens[a].text.isdigit() and tokens[a + 1].text in NUMBER_MARKS:
        a += 2
    return Span(text[tokens[a].start:tokens[b - 1].end], tokens[a].start, tokens[b - 1].end)


#: Verbs by which a speaker or body puts the work to the party named after them (`会议要求各单位要……`).
REQUESTS = frozenset(("要求", "需要", "强调", "指出", "号召", "希望"))  # (这就需要全党……: 全党)
#: Verbs by which the speaker's side steers the units named after them (`推动各级政府切实……`,
#: `引导党员干部着力……`): the units are what it acts on, not who is asked.
STEERS = frozenset(("引导", "推动", "督促", "鼓励", "支持", "帮助", "动员", "指导", "带动", "促使", "倡导", "敦促"))
MAX_REQUESTER = 6  # characters: `会议`, `他`, a person's name, `市政府`


def _past_requester(tokens: list[Token], begin: int, marker: int, text: str) -> int:
    """Where the party starts when tokens[begin:marker] open with who asks it (`会议要求各单位要`,
    `他要求各村干部要`, or no one: `要求各单位要`): after the asking verb; else `begin`."""
    for k in range(begin, marker - 1):
        if tokens[k].start - tokens[begin].start > MAX_REQUESTER:
            break  # (the asker is short: the scan stays within it, however long the clause)
        if tokens[k].text in REQUESTS:
            asker = text[tokens[begin].start:tokens[k].start]
            if len(asker) <= MAX_REQUESTER and not any(c in PUNCT or c == "的" for c in asker):
                return k + 1
            return begin
    return begin


#: The level that closes a place's name (`北京市`, `滨海新区`), and words so closed that name no place.
PLACE_LEVELS = ("自治区", "自治州", "新区", "省", "市", "县", "州", "盟", "旗")  # (the longer first)
NO_PLACE = ("城市", "超市", "股市", "楼市", "夜市", "都市", "门市", "上市", "街市")


def _named_place(word: str) -> bool:
    """Whether one word is a place named with its level (`北京市`, `普宁市`; not `城市`, `全市`)."""
    level = next((level for level in PLACE_LEVELS if word.endswith(level)), None)
    return level is not None and len(word) - len(level) >= 2 and not word.endswith(NO_PLACE) \
        and not word.startswith(("各", "全", "本", "该", "我", "外", "省", "市", "县")) and CJK.match(word) is not None


#: What opens a ban on anyone (`任何个人和团体不得……`, as `任何单位和个人`): no unit's party.
ANYONE, PERSONS = "任何", "个人"


def party_before(tokens: list[Token], marker: int, clause_start: int, text: str, lexicon: Lexicon,
                 deadline: Span | None = None) -> Span | None:
    """The party whose name runs from the clause start up to tokens[marker] (`X要`), or up to time
    words or the sentence's time limit right before it (`每名党员每年要`, `学员培训期间需`): words
    that can stand in a name, ending with a head."""
    begin = _after_aside(tokens, skip_adverbials(tokens, clause_start, marker, lexicon), marker)
    pledge = tokens[marker].text in lexicon.set("commitments")
    if begin + 1 < marker and tokens[begin].text in lexicon.set("quote_verbs") and not pledge:
        begin += 1  # ……，强调各级党委要……: the clause reports who was asked, the verb is no part of the name
        # (not 预计各级将拿出……: a forecast of what they will do, no pledge)
    begin = _past_requester(tokens, begin, marker, text)
    if begin < marker and tokens[begin].text in STEERS:
        return None
    if cut_adverbial(tokens, begin, marker, lexicon):
        begin = skip_adverbials(tokens, begin + 2, marker, lexicon)  # 特别/是各乡镇要
    qualified = begin  # 有条件的地区要……: which units, then the units (a name of any words)
    qualifier = begin < marker and bool(QUALIFIER.match(text, tokens[begin].start)) and _only_frames_before(
        tokens, begin, lexicon)
    if qualifier:
        while begin < marker and tokens[begin].text != "的":
            begin += 1
        begin += 1
    end = marker
    charge = tokens[marker].text in lexicon.set("assignments")
    while end > begin and (TIME_WORD.match(tokens[end - 1].text) or (charge and tokens[end - 1].text in HOW_IN_CHARGE)):
        end -= 1  # (领导小组主要负责……: how the unit holds the charge, no part of its name)
    if end - begin > 1 and tokens[end - 1].text in WINDOW_ENDS:  # 学员培训期间需, 学员报到时请: a window after the name
        k = end - 1
        while k > begin + 1 and end - k < 3 and not _is_head(tokens[k - 1].text, lexicon):
            k -= 1
        if _is_head(tokens[k - 1].text, lexicon):
            end = k
            deadline = None  # (the time limit found may have taken the name in: 学员培训期间)
    while end > begin and deadline is not None and deadline.start <= tokens[end - 1].start < deadline.end:
        end -= 1
    while begin < end and deadline is not None and deadline.start <= tokens[begin].start < deadline.end:
        begin += 1  # 培训期间学员不得……: the window before the name
        qualified = qualified if qualifier else begin  # (and no part of it)
    if begin >= end or tokens[end - 1].end - tokens[begin].start > MAX_PARTY:
        return None
    if end - begin > 1 and tokens[end - 1].text in PRONOUNS and tokens[end - 2].text not in COORDINATORS:
        return _span(tokens, end - 1, end, text)  # 这次大会我们要……, ……交叉时我们必须……: the pronoun alone
    named = _party_tokens(tokens, begin, lexicon)
    if named is not None and named < end and _especially(tokens, named, lexicon) == end:
        return _span(tokens, qualified, end, text)  # 乡镇党委特别是主要负责同志要……: a name that singles out some
    every_level = end - begin == 1 and tokens[begin].text in MODIFIERS and tokens[begin].text.startswith("各")
    # 北京市要……: the place's government (not 北京市将获得……: what the place will get, no pledge)
    place = end - begin == 1 and _named_place(tokens[begin].text) and not pledge
    if not _is_head(_closing_word(tokens, begin, end), lexicon) and not COUNTY_BRACKET.search(tokens[end - 1].text) \
            and not every_level and not qualifier and not place:  # 各区要……: every unit of a level; 有条件的地方要……
        if not (tokens[end - 1].text in "）)" and _party_tokens(tokens, begin, lexicon) == end):
            return None
    modals, prohibitions = lexicon.set("modals"), lexicon.set("prohibitions")  # verbs may stand in names: 发展改革委
    described = [k for k in range(begin, end) if tokens[k].text == "的"]
    if described and not qualifier and (
            len(described) > 1 or tokens[begin].text in BREAKERS  # (的 itself is a breaker)
            or tokens[begin].text in lexicon.set("imperative_verbs")  # 坚持未经登记的组织不得……: an action
            or QUALIFIER.match(text, tokens[begin].start)  # 推进……，符合条件的村要……: see _only_frames_before
            or any(c.isdigit() for t in tokens[begin:described[0]] for c in t.text)):
        return None  # 对违规的单位要……: units acted on; 80%以上的机构要……: a share, a target
    for token in tokens[begin:end]:
        word = token.text
        if word == "的" and described and not qualifier:
            continue  # 疫情较重的乡镇要……, 乡镇党委的主要负责人要……: units described by what they are or do
        if word in BREAKERS or word in modals or word in prohibitions or (word in PUNCT and word not in "（()）、“”"):
            return None
    if tokens[qualified].text == ANYONE and any(t.text == PERSONS for t in tokens[qualified:end]):
        return None  # (任何单位和个人: 个人 heads no name, so it never was one)
    return _span(tokens, qualified, end, text)


def _after_aside(tokens: list[Token], begin: int, marker: int) -> int:
    """Where a name may start after an aside in brackets that opens the clause (`，（鼓掌）要善于……`:
    a note on the hall, no one's name), or `begin` when the clause opens with none."""
    if begin < marker and tokens[begin].text in "（(":
        close = next((k for k in range(begin + 1, marker) if tokens[k].text in "）)"), None)
        if close is not None:
            return close + 1
    return begin


def _closing_word(tokens: list[Token], begin: int, end: int) -> str:
    """The word that closes the name tokens[begin:end]: its last, or the one word quoted at its end
    (`村“两委”`, `部门“一把手”`: a short name in quotation marks is still the head)."""
    if end - begin > 2 and tokens[end - 1].text == "”" and tokens[end - 3].text == "“":
        return tokens[end - 2].text
    return tokens[end - 1].text


#: A word in Latin letters (`GDP`, `PM2.5`): part of a metric's name after a unit's (`单位GDP能耗`).
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.]*")


def _predicate_follows(tokens: list[Token], end: int, lexicon: Lexicon) -> bool:
    """Whether tokens[end] can open the predicate of a subject before it: a verb, an adverb or a
    preposition (by jieba's dictionary tags), a time word or a marker; not a noun, which makes the
    name a modifier (`各县（市、区）财政资金……`, `全县普惠性幼儿园覆盖率……`)."""
    word = tokens[end].text
    if word in WORK_NOUNS:
        return False  # 确保人大工作……: the unit's work, not the unit
    return (word_tags(lexicon).get(word) != "n" or word in BREAKERS or bool(TIME_WORD.match(word))
            or word in lexicon.marker_words or word in lexicon.set("imperative_verbs")
            or word in lexicon.set("leading_adverbials"))


def _in_condition(tokens: list[Token], end: int, lexicon: Lexicon) -> bool:
    """Whether a clause ending in 的 follows tokens[end] before any marker: the words before it
    state a condition (`……监管失职，造成严重后果的，要依规追责`)."""
    for k in range(end, len(tokens)):
        word = tokens[k].text
        if word in lexicon.marker_words or word in "；;。":
            return False
        if word in "，," and tokens[k - 1].text == "的":
            return True
    return False


def party_after(tokens: list[Token], marker: int, text: str, lexicon: Lexicon) -> Span | None:
    """The party named right after tokens[marker] (`确保X每年…`, `由X负责`, `请X…`). After 确保 the
    name must be followed by a predicate: `确保各县（市、区）财政资金……` names a figure, not a party."""
    begin = marker + 1
    if begin < len(tokens) and tokens[marker].text in ADDRESSING:
        described = _described_party(tokens, begin, lexicon)
        if described is not None:
            return _span(tokens, begin, described, text)
    if begin >= len(tokens) or not (_assigned(tokens, begin, lexicon) if tokens[marker].text == "由"
                                    else party_opens(tokens[begin].text, lexicon)):
        return None
    end = _party_tokens(tokens, begin, lexicon)
    if end is None or end >= len(tokens) or tokens[end].text in PUNCT or tokens[end].text in ("的", "和", "与") \
            or PHASE.match(tokens[end].text) \
            or (tokens[marker].text == "确保" and (not _predicate_follows(tokens, end, lexicon)
                                                 or not _acts_after(tokens, end, lexicon))):
        return None
    return _span(tokens, begin, end, text)


FROM_TO = {"向", "到", "至"}
#: A phase of a project, right after the name of the place it builds (`文体中心一期`, `学校二期工程`).
PHASE = re.compile(r"[一二三四五六七八九]期")


def _assigned(tokens: list[Token], begin: int, lexicon: Lexicon) -> bool:
    """Whether the clause from tokens[begin], after 由, names who is assigned a task: it opens with a
    name (`由县教育局……`), or with another word that is not a figure or a verb (`由红塔区政府……`,
    `由国土、规划部门按照……`), does not run from one state to another (`由政府包办向……转变`,
    `由46所增加到75所`) and does not describe a thing by who leads it (`由分管副校长牵头的专班`)."""
    first = tokens[begin].text
    assignments = lexicon.set("assignments")
    # 由承办|部门……: a unit named by what it does (not 由牵头|部门……, whose 牵头 assigns)
    named_by_role = first not in assignments and begin + 1 < len(tokens) and _is_head(tokens[begin + 1].text, lexicon)
    if not party_opens(first, lexicon) and (first[:1].isdigit() or word_tags(lexicon).get(first) == "v") \
            and not named_by_role:
        return False
    for k in range(begin, len(tokens)):
        word = tokens[k].text
        if word in PUNCT:
            return True
        if word in FROM_TO or (word in assignments and k + 1 < len(tokens) and tokens[k + 1].text == "的"):
            return False
    return True


def _acts_after(tokens: list[Token], end: int, lexicon: Lexicon) -> bool:
    """Whether a verb follows in the clause from tokens[end]: `确保边界地区和谐稳定` asks for a
    state of the place, not for it to act (`确保局领导班子成员每年讲一次党课`)."""
    tags = word_tags(lexicon)
    for token in tokens[end:]:
        if token.text in PUNCT:
            return False
        if tags.get(token.text) in ("v", "vn") or token.text in lexicon.marker_words:
            return True
    return False


ADDRESSING = {"请", "希望"}
NUMBER_MARKS = ("．", ".", "、")  # after a list's number (`7．`)
#: A sentence that opens with 要求 asks the units named right after it (`要求各单位加强……`).
ASKS = "要求"
NEEDS = "需要"
POINTING_BACK = frozenset(("这", "就", "这就"))
BODIES = ("委员会", "领导小组", "工作小组", "办公室", "指挥部", "工作专班", "组委会")


def _body(tokens: list[Token], begin: int, lexicon: Lexicon) -> int | None:
    """Where the name of a body that opens a sentence ends (`专家评选委员会根据……`): up to four
    words ending in 委员会/领导小组/…, then a predicate; None otherwise."""
    tags = word_tags(lexicon)
    if tags.get(tokens[begin].text) == "v":
        return None  # 初评结果报组委会审定: a sentence that opens with a verb has no body for subject
    for k in range(begin, min(len(tokens) - 1, begin + 4)):
        word = tokens[k].text
        if word in PUNCT or word in BREAKERS or (len(word) == 1 and tags.get(word) == "v"):
            return None  # (报组委会: a one-character verb makes the body its object; 评选委员会 names it)
        if word.endswith(BODIES) and _predicate_follows(tokens, k + 1, lexicon) \
                and tokens[k + 1].text not in PUNCT:
            return k + 1
    return None


def _described_party(tokens: list[Token], begin: int, lexicon: Lexicon) -> int | None:
    """Where a party described by what it does ends (`请参加培训的同志于……`, `希望参赛的单位……`):
    a few words, 的, a head word, then a preposition or a verb; None when there is no such name."""
    for k in range(begin + 1, min(len(tokens) - 2, begin + 6)):
        word = tokens[k].text
        if word in PUNCT:
            return None
        if word == "的":
            end = k + 1
            if _is_head(tokens[end].text, lexicon) and end + 1 < len(tokens) \
                    and tokens[end + 1].text not in PUNCT and _predicate_follows(tokens, end + 1, lexicon):
                return end + 1
            return None
    return None


#: A name that says which levels of government act (`各级财政要……`, `各级科普基地强化……`): its
#: nouns name their units though no head word of a party ends it.
LEVELS = "各级"
LEVEL_WORDS = 4  # words the name may take after 各级


def _levels_of(tokens: list[Token], i: int, lexicon: Lexicon) -> int | None:
    """Where a name ends that opens with 各级 and goes on with a few words, no verb among them, the
    last a noun (or a word jieba leaves untagged), right before a modal or a listed verb (`各级财政要……`,
    `各级科普基地强化……`); None otherwise."""
    if tokens[i].text != LEVELS:
        return None
    tags = word_tags(lexicon)
    acting = lexicon.set("modals") | lexicon.set("imperative_verbs")
    for k in range(i + 1, min(i + 1 + LEVEL_WORDS, len(tokens) - 1)):
        word = tokens[k].text
        if word in PUNCT or word in BREAKERS or tags.get(word) == "v" or word in acting:
            return None
        if tags.get(word) in ("n", None) and tokens[k + 1].text in acting and word not in WORK_NOUNS:
            return k + 1  # (not 各级文化事业都要……: a sector's work, no unit)
    return None


EVENT_TOKENS = 6  # tokens up to the comma of an event clause before the subject (`居民签约后，`)
DATE_TOKENS = 9  # and of a date (`2016年6月30日前，`)


#: What singles out some of the units just named (`各级领导干部特别是主要负责同志`).
ESPECIALLY = ("特别", "尤其")
#: What opens the predicate of a sentence that says what a unit is before it says what it must do
#: (`党史部门是……，要……`, `……既是……，又是……，要……`).
COPULAS = ("是", "既")


def _is_then_must(tokens: list[Token], end: int, copula: bool) -> bool:
    """Whether a department's name ending at tokens[end] is the subject of a sentence that says what
    it is, then what it must do (`copula`: a modal follows)."""
    return copula and end < len(tokens) and tokens[end].text in COPULAS and tokens[end - 1].text.endswith(DEPARTMENTS)


def _especially(tokens: list[Token], end: int, lexicon: Lexicon) -> int:
    """Where a party's name ends that goes on with the units it singles out (`各级领导干部特别是一把手，
    必须……`): after them, when a name follows 特别是/尤其是; else at `end`."""
    if end + 2 < len(tokens) and tokens[end].text in ESPECIALLY and tokens[end + 1].text == "是":
        named = _party_tokens(tokens, end + 2, lexicon)
        if named is not None:
            return named
    return end


def _subject_of_event(tokens: list[Token], i: int, comma: int, lexicon: Lexicon) -> bool:
    """Whether the clause at tokens[i], up to `comma`, opens with a unit that is the sentence's subject,
    the clause saying when it acts: the unit, then 在 (`市级主管部门在验收时，要……`), or what it meets
    before a modal that opens the next clause (`各站所收到此通知后，要……`)."""
    end = _party_tokens(tokens, i, lexicon)
    return end is not None and end < len(tokens) and (
        tokens[end].text == "在" or _asked_after_comma(tokens, comma + 1, lexicon))


PAIR_OPENS = frozenset(("不仅", "不但"))  # ……，不仅要……，而且要……


def _asked_after_comma(tokens: list[Token], k: int, lexicon: Lexicon) -> bool:
    """Whether a modal or a ban opens the clause at tokens[k], past adverbs (`，都要`, `，都不准`, `，一律不得`)."""
    while k < len(tokens) and (TIME_WORD.match(tokens[k].text) or tokens[k].text in PAIR_OPENS):
        k += 1
    return k < len(tokens) and (tokens[k].text in lexicon.set("modals") or tokens[k].text in lexicon.set("prohibitions"))


def leading_party(tokens: list[Token], begin: int, text: str, lexicon: Lexicon,
                  copula: bool = False) -> Span | None:
    """The subject at the start of a sentence (`局党组每季度…`, `当前，我们正在…`), skipping
    leading adverbial clauses; None when the sentence opens with anything but a party. With
    `copula` a name before 是 counts too (`各村党组织书记是第一责任人，要……`)."""
    i, timed = begin, False
    if i + 2 < len(tokens) and tokens[i].text == "会议" and tokens[i + 1].text in MEETING_VOICE \
            and tokens[i + 2].text in "，,：:":
        i += 3  # 会议明确，县水利局履行……: the meeting's voice, then the subject
        while i < len(tokens) and tokens[i].text.isspace():
            i += 1
    elif i + 1 < len(tokens) and tokens[i].text == "会议" and tokens[i + 1].text == ASKS:
        i += 1  # 会议要求各地……: the meeting asks the units named after it
    while True:
        i = skip_adverbials(tokens, i, len(tokens), lexicon)
        if i < len(tokens) - 1 and tokens[i + 1].text in "，," and tokens[i].text in lexicon.set("leading_adverbials"):
            i += 2
            continue
        comma = next((k for k in range(i, min(len(tokens), i + DATE_TOKENS)) if tokens[k].text in "，,"), None)
        if comma is not None and i < comma < i + EVENT_TOKENS and tokens[comma - 1].text in WINDOW_ENDS \
                and not any(ch.isdigit() or ch in "年月" for t in tokens[i:comma] for ch in t.text) \
                and not _subject_of_event(tokens, i, comma, lexicon):
            i = comma + 1  # 居民签约后，家庭医生……: an event clause before the subject (not a date)
            continue
        if comma is not None and comma > i and SCHEDULE_DATE.fullmatch("".join(t.text for t in tokens[i:comma])):
            i, timed = comma + 1, True  # 10月15日前，企业……, 6月底，学校……: the time, then the subject
            continue
        break
    funder = _funder(tokens, i, lexicon)
    if funder is not None:
        return _span(tokens, i, funder, text)  # 省财政安排资金10亿元: the level of government that funds
    asks = i
    while asks < len(tokens) - 1 and tokens[asks].text in POINTING_BACK:
        asks += 1  # 这就要求纪检干部……, 这就需要全党……: what was said asks the units named after it
    if asks < len(tokens) - 1 and (tokens[asks].text == ASKS or asks > i and tokens[asks].text == NEEDS):
        return party_after(tokens, asks, text, lexicon)  # 要求各单位加强……: the units asked act
    if i < len(tokens) and not party_opens(tokens[i].text, lexicon):
        body = _body(tokens, i, lexicon)  # 专家评选委员会根据……: a body named by its own words
        if body is None:
            body = _unit_that_acts(tokens, i, lexicon, copula)
        return _span(tokens, i, body, text) if body is not None else None
    if i >= len(tokens):
        return None
    end = _party_tokens(tokens, i, lexicon)
    if end is None:
        levels = _levels_of(tokens, i, lexicon)
        if levels is not None:
            return _span(tokens, i, levels, text)
    if end is None or end >= len(tokens):
        return None
    end = _especially(tokens, end, lexicon)
    if tokens[i].text in ALSO_ADVERBS and i + 1 < end and not tokens[i + 1].text.endswith(IN_CHARGE):
        return None  # 主要填写……党员……, 主要生态系统……: an adverb, or a thing's rank, not who is in charge
    if not _opens_name(tokens[i].text, lexicon) and not tokens[end].text.startswith("每") \
            and tokens[end].text not in ACTING_PREPOSITIONS and not _is_then_must(tokens, end, copula) \
            and not (timed and tokens[end].text in lexicon.set("imperative_verbs")):
        return None  # a name that opens with its head needs a rhythm (网格员每天……), a preposition
        # that introduces what it does (家庭医生为签约居民建立……) or a time limit before it and an
        # action after it (6月底前，党支部召开……)
    if _in_condition(tokens, end, lexicon):
        return None  # 工作人员……，造成严重后果的，要……: the name is in a condition, not the subject
    nxt = tokens[end].text
    if nxt == FOR and not _acts_after(tokens, end + 1, lexicon):
        return None  # 县政府为百姓，……: a motto, no act in its clause (not 各县对……的村组，要……: what the act is about)
    if nxt in "，," and _asked_after_comma(tokens, end + 1, lexicon):
        return _span(tokens, i, end, text)  # 各级领导干部，都要……: the subject set off by a comma
    if nxt in PUNCT or nxt in ("的", "和", "与", "及") or (nxt == "是" and not copula) or LATIN_WORD.fullmatch(nxt) \
            or any(word.endswith(("率", "比例", "比重")) for word in (nxt, nxt + (tokens[end + 1].text if end + 1 < len(tokens) else ""))):
        return None  # 全县幼儿园入园率……, 全市单位GDP能耗……: the name of a figure, not a subject
    if _reaches_a_figure(tokens, end):
        return None  # 市级以上研发中心达到20家: the set a figure counts (scope), not who acts
    tags = word_tags(lexicon)
    if tags.get(nxt) == "n" and not TIME_WORD.match(nxt) and any(t.text in COORDINATORS for t in tokens[i:end]) \
            and any(tags.get(t.text) == "v" and not _is_head(t.text, lexicon) for t in tokens[i:end]):
        return None  # 地方税费收入与园区企业营业额……: words of a thing joined to a unit's, and a noun goes on
    return _span(tokens, i, end, text)


#: Verbs that bring a set to a figure (`……达到20家`, `……均增长8%以上`), and the words that may stand
#: between the set's name and them.
REACHES = frozenset(("达到", "达", "超过", "突破", "增长", "增加", "增至", "下降", "减少", "降低", "提高",
                     "提高到", "提升", "提升到", "发展到", "稳定在", "保持在", "控制在"))
ALL_OF = frozenset(("均", "全部", "分别", "都", "总数", "数量", "总量"))
FIGURE_REACH = 3  # tokens from such a verb to its figure


def _reaches_a_figure(tokens: list[Token], end: int) -> bool:
    """Whether the name that ends at tokens[end] counts a set brought to a figure: one of REACHES
    right after it (or after 均, 全部 …), a number within a few words of it."""
    while end < len(tokens) and tokens[end].text in ALL_OF:
        end += 1
    return end < len(tokens) and tokens[end].text in REACHES and any(
        ch.isdigit() for token in tokens[end + 1:end + 1 + FIGURE_REACH] for ch in token.text)


# ---- attributions -------------------------------------------------------------------------

#: A role may carry a word of what the unit does in it between its two halves (`牵头考核单位`,
#: `责任落实部门`).
ROLE = (r"(" + ROLE_DOES + r"(?:[\u4e00-\u9fff]{2})?(?:单位|部门|科室|处室)|协办单位|主办单位|"
        r"完成时限|完成时间|完成期限|时间进度|时间要求|时间节点|牵头领导|牵头|配合|参与|责任|时限|时间)")
ROLE_FIELD = re.compile(ROLE + BOTH_KINDS + r"\s*[：:]\s*")
#: Roles whose first unit leads when no field names a lead (`责任单位：A、B`, `监管单位：A、B`), unlike
#: the units that only help (`配合单位`, `参与部门`).
LEADS_UNLESS_LED = ("责任", "监管", "主管", "实施", "承办")


@dataclass
class Attribution:
    """The parties and time limit an attribution gives to the item(s) before it."""

    lead: Span | None = None
    others: list[Span] = field(default_factory=list)
    deadline: Span | None = None
    carries_on: bool = False  # 〔…，下同〕: the units that follow take it too


#: What separates unit names in a list (`A、B，C；D`), and the brackets inside which it does not
#: (`各县（市、区）`).
UNIT_SEPARATORS = "、，,；;"
AND_ALSO = re.compile(r"以及|及(?!其)")
OPENING_BRACKETS, CLOSING_BRACKETS = "（([【", "）)]】"
SPACES = " \u3000\t"


def unit_pieces(text: str, start: int, end: int, separators: str = UNIT_SEPARATORS) -> list[tuple[int, int]]:
    """(start, end) of each piece of text[start:end] between `separators` outside brackets, with
    the spaces around it left out; empty pieces are skipped."""
    pieces, depth, begin = [], 0, start
    for i in range(start, end + 1):
        ch = text[i] if i < end else separators[0]
        if ch in OPENING_BRACKETS:
            depth += 1
        elif ch in CLOSING_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in separators or i == end):
            a, b = begin, i
            while a < b and text[a] in SPACES:
                a += 1
            while b > a and text[b - 1] in SPACES:
                b -= 1
            if b > a:
                pieces.append((a, b))
            begin = i + 1
    return pieces


def unit_names(text: str, start: int, end: int) -> list[Span]:
    """Unit names in text[start:end], split at 、，； but not inside 各县（市、区）, without the role
    words after them (`负责`, `配合`, `等单位`)."""
    spans = []
    pieces = []
    for a, b in unit_pieces(text, start, end):  # 县交通运输局及各乡镇: two units (not 及其: its own)
        cuts = [m for m in AND_ALSO.finditer(text, a, b) if m.start() > a and m.end() < b]
        for m in cuts:
            pieces.append((a, m.start()))
            a = m.end()
        pieces.append((a, b))
    for a, b in pieces:
        while (word := next((w for w in ROLE_SUFFIXES if text[a:b].endswith(w) and b - len(w) > a), None)):
            b -= len(word)  # 牵头负责, 负责配合落实: every role word, then 等 (`C等按职责分工负责`)
        if text[a:b].endswith("等") and b - 1 > a:
            b -= 1
        if text[a:b] != "下同":
            spans.append(Span(text[a:b], a, b))
    return spans


ROLE_SUFFIXES = ("等单位", "等部门", "按职责分工负责", "按职责负责", "分工负责", "负责", "配合", "参与", "落实",
                 "牵头", "，下同", "下同")


def parse_attribution(text: str, start: int, end: int, deadline_finder) -> Attribution:
    """Parse the attribution text[start:end] (brackets included or not)."""
    a, b = start, end
    if text[a] in "（(〔[【":
        a += 1
    if b > a and text[b - 1] in "）)〕]】":
        b -= 1
    result = Attribution()
    body = text[a:b]
    result.carries_on = body.rstrip().endswith("下同")
    fields = list(ROLE_FIELD.finditer(body))
    if fields:
        # a time limit written before the fields (`（7月底前完成，牵头考核单位：……）`)
        found = deadline_finder(text, a, a + fields[0].start()) if fields[0].start() > 0 else None
        if found and found.start == a:
            result.deadline = found
        for k, m in enumerate(fields):
            f_start = a + m.end()
            f_end = a + (fields[k + 1].start() if k + 1 < len(fields) else len(body))
            role = m.group(1)
            while f_end > f_start and text[f_end - 1] in "；;，, \u3000\t":
                f_end -= 1
            if role in ("完成时限", "完成时间", "完成期限", "时间进度", "时间要求", "时间节点", "时限", "时间"):
                result.deadline = result.deadline or Span(text[f_start:f_end], f_start, f_end)
                continue
            if role == "牵头领导":
                continue
            units = unit_names(text, f_start, f_end)
            if (role.startswith("牵头") or role == "主办单位") and units:
                if result.lead:
                    result.others.append(result.lead)
                result.lead = units[0]
                result.others.extend(units[1:])
            elif units:
                if result.lead is None and role.startswith(LEADS_UNLESS_LED):
                    result.lead, units = units[0], units[1:]
                result.others.extend(units)
        return result
    # free form: （X牵头，Y、Z配合）, （X负责，2024年9月底前完成）, （A、B，C等按职责分工负责）
    listed: list[Span] = []  # units of pieces without a role word, which a later `负责` governs too
    for m in re.finditer(r"[^，,；;]+", body):
        p_start, p_end = a + m.start(), a + m.end()
        piece = text[p_start:p_end]
        found = deadline_finder(text, p_start, p_end)
        if found and found.start == p_start:
            result.deadline = result.deadline or found
            continue
        units = unit_names(text, p_start, p_end)
        if re.search(r"负责$", piece.strip()) and units and result.lead is None:
            units, listed = listed + units, []
            result.lead, units = units[0], units[1:]
            result.others.extend(units)
            continue
        if not piece.strip().endswith(ROLE_SUFFIXES):
            listed.extend(units)  # (its role, if any, comes in a later piece)
            continue
        result.others.extend(listed)  # no 负责 governs them: co-units, in the order written
        listed = []
        if re.search(r"牵头$", piece.strip()) and units:
            result.others = ([result.lead] if result.lead else []) + result.others
            result.lead, units = units[0], units[1:]
        result.others.extend(units)
    if result.lead is None and not result.others and listed:
        result.lead, listed = listed[0], listed[1:]  # （A、B、C）: a bare list, led by the first listed
    result.others.extend(listed)
    return result
