"""What a sentence of the task part says rather than asks: whether it acts by its shape alone (a
bare imperative: no subject before its first verb, `培育壮大……`, `汽车产业重点抓好……`) or describes,
defines, judges, foretells, lacks or comments (`X是……`, `……就是……`, `……，成败在于……`, `……也将……`,
`X没有止境`, `……，这是……`). Each check takes the sentence's tokens (`tokens[begin:]` follow its label)."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Span
from .directives import CLAUSE_PUNCT, INEVITABLY, Analysis, after_inline_frame, first_content, opens_with_verb
from .parties import names_a_unit
from .segment import Token, word_tags
from .sentences import Sentence, leads_in
from .zones import describes_problem


#: Copulas that make a later clause a description (`X是……`, `……源于……`); `directives.COPULAS` are
#: the few verbs that state rather than ask at a sentence's start.
DESCRIBING_COPULAS = frozenset(("是", "就是", "才是", "正是", "乃是", "即是", "即", "成为", "属于", "意味着", "在于",
                                "贵在", "重在", "难在", "源于", "来源于", "取决于", "有赖于", "相当于", "等于"))


def acts(text: str, lexicon: Lexicon, sentence: Sentence, analysis: Analysis, tokens: list[Token], begin: int,
         deadline: Span | None) -> bool:
    """A sentence inside a numbered part of the tasks that says what to do without a modal or a
    listed verb (`培育壮大……`, `统筹调整……`, `专项整治……`, `对……加大支持力度`): no subject before its
    first verb (it opens with a verb, an adverb, an idiom, a preposition, a manner word such as 专项
    before a verb, or a topic of nouns before one: `汽车产业重点抓好……`; by jieba's dictionary
    tags), no clause that describes (`X是……`, `X为……`, `……，是……`, `经历着`, `会更加`), no
    attitude, problem or lead-in (`……：`)."""
    if analysis.attitude or leads_in(sentence) \
            or describes_problem(sentence.text, lexicon):
        return False
    tags = word_tags(lexicon)
    opened, framed = False, False  # a word seen in this clause; 以/把/将/作/使 seen (以……为……)
    later = False  # in a clause after the first
    clause_first = begin  # the clause's first word
    named_to = -1  # the closing mark of a short name in quotation marks being read past
    for i in range(begin, len(tokens)):
        if i <= named_to:
            continue
        word = tokens[i].text
        if word == "“":
            named_to = _quoted_name(tokens, i)
            if named_to > i:  # `落实“五个没有停”，……`: a slogan's name is one word of its clause
                clause_first = clause_first if opened else i
                opened = True
                continue
        if word in CLAUSE_PUNCT:
            opened, framed, later = False, False, True
            continue
        if (opened or later) and word in DESCRIBING_COPULAS and (
                _names_a_concept(tokens, i) or (i - 1 > begin and _ends_adverbial(tokens, i, lexicon))):
            continue  # 践行绿色就是竞争力的理念, 企业特别是小微企业: a name of an idea, an adverbial
        if (opened or later) and (word in DESCRIBING_COPULAS or word == "得" or (
                word == "为" and not framed and _copular_wei(tokens, i, tags))):
            return False  # 园区今天的模样，都是……, 这份报告写得……, ……，是……: a description
        if opened and _lack_at(tokens, i):
            return False  # 实践没有止境，……: what a thing lacks (not 督促没有达标的企业……)
        if (opened or later) and _tells(word, tokens, i, tags, clause_first):
            return False  # 环境经历着……, 潜力会不断释放: what is happening or will happen
        if not opened:
            clause_first = i
        opened, framed = True, framed or word in FRAMES_WEI
    first = first_content(tokens, begin, deadline, lexicon)
    if first >= len(tokens) or tokens[first].text == "没有":
        return False  # 没有……，就没有……: what follows from an absence, no action
    if sum(1 for t in tokens[first:] if t.text not in CLAUSE_PUNCT and t.text not in "。！？!?") < 2:
        return False  # 一诺千金。: one word alone, a saying
    if opens_predicate(tokens[first].text, lexicon):
        return True
    # 专项整治……, 深度开发……: a two-character manner word right before a verb (not a place: 国内发展……)
    if (len(tokens[first].text) == 2 and tags.get(tokens[first].text) != "name" and first + 1 < len(tokens)
            and (tags.get(tokens[first + 1].text) in ("v", "vn")
                 or tokens[first + 1].text in lexicon.set("imperative_verbs"))  # 精准落实……
            and not _has(tokens, first + 1) and not _nominal(tokens, first + 1, tags)):
        return True
    return _topic_then_verb(text, lexicon, tokens, first, tags) or _named_lead(text, lexicon, tokens, first, tags)


TOPIC_WORDS = 4
LEAD_CHARS = 14  # the most a list item's name before its comma may take (`光伏储能一体化示范产业链，`)
DEFINING = frozenset(("属", "指"))  # (besides the copulas: 我省属……省份, 数字养老 指……)
QUOTE_MARKS = frozenset("“”‘’")
DEMONSTRATIVES = frozenset(("这", "这些", "这样", "那", "那些"))
REQUIRING = frozenset(("要求", "需要"))
#: The nouns that close the name of an idea (`……就是……的理念`).
IDEAS = ("理念", "思想", "观念")
NAMED_IDEA = "理念"  # the one that closes an idea's name without 的 too (`……绿色就是竞争力理念`)


def _names_a_concept(tokens: list[Token], i: int) -> bool:
    """Whether the copula at tokens[i] stands inside the name of an idea that its clause goes on
    to call one (`绿色就是竞争力的理念`, `……绿色就是竞争力理念示范县`)."""
    for j in range(i + 1, len(tokens)):
        if tokens[j].text in CLAUSE_PUNCT or tokens[j].text in "。！？":
            return False
        if tokens[j].text == "的" and j + 1 < len(tokens) and tokens[j + 1].text.endswith(IDEAS):
            return True
        if j > i + 1 and tokens[j].text == NAMED_IDEA:
            return True
    return False


def _topic_then_verb(text: str, lexicon: Lexicon, tokens: list[Token], first: int, tags: dict[str, str]) -> bool:
    """`汽车产业重点抓好……`: up to TOPIC_WORDS nouns naming the topic, adverbs, then a verb saying
    what to do about it; after a name or time word that qualifies the topic (`未来健康产业加快……`),
    only a verb of the imperative lexicon (not `蓝山集镇垃圾收集转运工程`, a project's name)."""
    if tokens[first].text in DEMONSTRATIVES and not any(t.text in REQUIRING for t in tokens[first + 1:first + 4]):
        return False  # 这也有利于……: a comment on what came before (not 这就要求我们……: what it asks)
    j = first
    named = j + 1 < len(tokens) and tags.get(tokens[j].text) == "name" and tags.get(tokens[j + 1].text) == "n"
    j += named
    words = 0  # (quote marks around a name are no words of it: `“信用中国”网站`)
    while j < len(tokens) and words < TOPIC_WORDS and tags.get(tokens[j].text) in ("n", None) \
            and tokens[j].text not in CLAUSE_PUNCT:
        words += tokens[j].text not in QUOTE_MARKS
        j += 1
    if j == first + named:
        return False
    if not named and j < len(tokens) and tokens[j].text in MEANS:
        return _verb_in_clause(tokens, j + 1, tags)  # 中央财政通过……继续予以支持: by what means, then the act
    while j < len(tokens) and tags.get(tokens[j].text) == "m" and tokens[j].text not in CLAUSE_PUNCT:
        j += 1
    if named:
        return opens_with_verb(text, tokens, j, lexicon)
    return j < len(tokens) and tags.get(tokens[j].text) == "v" and not _has(tokens, j) \
        and not _nominal(tokens, j, tags)  # (not 制度更带有……性, 我们有……: what the topic has or is)


def _has(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] only says what its subject has or is (`制度更带有……性`, `我们有……`), not in a
    condition that a clause closes with 的 (`村民有违规建房行为的，……处理`, `X有……之一，……的，依照……`: whom
    the rule is for)."""
    if tokens[i].text not in HAS_OR_IS or (i + 1 < len(tokens) and tokens[i + 1].text in DUTIES):
        return False  # (党员有义务……, 机关有责任……: a duty, as a modal is)
    if sum((t.text == "“") - (t.text == "”") for t in tokens[:i]) > 0:
        return False  # (`“五有”标准推进……`: a word of a quoted name)
    return not any(tokens[k].text in CLAUSE_PUNCT and tokens[k - 1].text == "的" for k in range(i + 1, len(tokens)))


DUTIES = frozenset(("义务", "责任"))


QUOTED_NAME = 8  # words a short name in quotation marks may take


def _quoted_name(tokens: list[Token], i: int) -> int:
    """Where the short name in quotation marks opening at tokens[i] closes (`“五个没有停”`: a few words
    and no punctuation between the marks), or -1 for a quotation of words (`“……，……”`)."""
    for k in range(i + 1, min(i + QUOTED_NAME + 2, len(tokens))):
        if tokens[k].text == "”":
            return k
        if tokens[k].text in CLAUSE_PUNCT or tokens[k].text in "。！？!?“":
            return -1
    return -1


def _nominal(tokens: list[Token], i: int, tags: dict[str, str]) -> bool:
    """Whether the verb at tokens[i] is part of a noun phrase that the sentence only goes on to
    describe: 之 follows it (`集镇扩容之势……更加明显`), or 的 with no verb anywhere after it (`我们面临的
    困难更加突出`; not `村里新建的驿站，优先招用……`, `两家单位联办的展会，牵头单位负责布展`)."""
    if i + 1 >= len(tokens) or tokens[i + 1].text not in ("之", "的"):
        return False
    return tokens[i + 1].text == "之" or not any(tags.get(t.text) == "v" for t in tokens[i + 2:])


def _named_lead(text: str, lexicon: Lexicon, tokens: list[Token], first: int, tags: dict[str, str]) -> bool:
    """`现代茶叶加工产业链，推进……`: an item of a list that names its subject, a comma, then what to do
    about it: a first clause of up to LEAD_CHARS characters that ends on a noun and opens with no
    verb of the imperative lexicon, and a second clause that does."""
    comma = next((j for j in range(first, len(tokens)) if tokens[j].text in CLAUSE_PUNCT), None)
    if comma is None or comma - first < 2 or comma + 1 >= len(tokens) or tokens[comma].text not in "，,":
        return False
    if tokens[comma - 1].end - tokens[first].start > LEAD_CHARS or tags.get(tokens[comma - 1].text) != "n":
        return False
    if tokens[first].text in DEMONSTRATIVES or any(t.text in DESCRIBING_COPULAS or t.text in DEFINING
                                                  for t in tokens[first:comma]):
        return False  # 这些问题，……; 我省属欠发达省份，……; X 指……: what something is, no item's name
    if comma + 2 < len(tokens) and tokens[comma + 2].text == "着":
        return False  # 这部规划，凝聚着……: what the named thing holds, no act
    return not opens_with_verb(text, tokens, first, lexicon) and opens_with_verb(text, tokens, comma + 1, lexicon)


#: Prepositions that, after a topic, say by what means or rule it acts (`……网站按照……原则向……提供`).
MEANS = frozenset(("通过", "按照", "依托"))


def _verb_in_clause(tokens: list[Token], start: int, tags: dict[str, str]) -> bool:
    """Whether a verb follows in the clause from tokens[start]."""
    for token in tokens[start:]:
        if token.text in CLAUSE_PUNCT or token.text in "。！？":
            return False
        if tags.get(token.text) == "v":
            return True
    return False


def _tells(word: str, tokens: list[Token], i: int, tags: dict[str, str], clause_first: int) -> bool:
    """An aspect that tells rather than asks: 着 after a verb that has a subject before it (`环境经历
    着……`, `我们肩负着……`; not `带着问题调研`), 会 before a verb or an adverb (`会更加明显`: a forecast), 必将, 势必
    and 迟早 (`一旦……，必将后患无穷`), 不会, 不如, a verb + 不成 (what cannot be) and 正在 after a
    noun (`相关厅局正在研究`: what is under way, not `推进正在建设的……`); 一定能够 (`目标一定能够实现`: a forecast)."""
    if word == "着":
        return i - 1 > clause_first
    if _goes_on(word):
        return i > clause_first  # 我们肩负着……: one word with its 着
    if word == "正在":
        return i > clause_first and tags.get(tokens[i - 1].text) in NOUN_LIKE
    if word in ("不成", "不出", "不了"):  # 干不成, 长不出: what cannot be, after a verb
        return tags.get(tokens[i - 1].text) == "v"
    if word == "一定" and i + 1 < len(tokens) and tokens[i + 1].text in CAN:
        return True  # (not 一定要……, a call)
    return word in ("必将", "势必", "不会", "不如") or word in INEVITABLY or (
        word == "会" and i + 1 < len(tokens) and tags.get(tokens[i + 1].text) in ("v", "m"))


CAN = frozenset(("能", "能够", "会"))


def defines(tokens: list[Token], begin: int) -> bool:
    """The first clause says what something is: a verb phrase as its subject, then 就是/即/意味着."""
    for i in range(begin + 1, len(tokens)):
        if tokens[i].text in CLAUSE_PUNCT:
            return False
        if tokens[i].text in DEFINING:
            return not _names_a_concept(tokens, i)
    return False


DEFINING = frozenset(("就是", "即是", "意味着", "乃是"))


#: What opens a later clause that says what an action will bring (`打造……，也将开辟……`).
FORETELLING = re.compile(r"(?:也将|必将|势必|将会|必然会?|将使(?!用))")


def foretells(text: str, tokens: list[Token], begin: int) -> bool:
    """A clause after the first says what the first will bring: `打造……体系，也将开辟……新路径`,
    `……付出越多，将来的收获必将越丰厚` (a consequence, not another action)."""
    later = next((t.start for t in tokens[begin:] if t.text in CLAUSE_PUNCT), None)
    return later is not None and FORETELLING.search(text, later, tokens[-1].end) is not None


OPENS_WITH_IS = ("是", "也是", "更是", "正是", "就是")
#: Adverbs of constancy that may stand before that 是 (`……，始终是全党的一项重要任务`).
CONSTANT = ("始终", "一直", "永远", "历来", "仍然", "依然", "仍")


def opens_with_is(tokens: list[Token], i: int) -> bool:
    """Whether the clause at token `i` opens with the word 是 (`也是`, `就是`…, `始终是`), not 是非 or 是否."""
    if i < len(tokens) and tokens[i].text in CONSTANT:
        i += 1
    return i < len(tokens) and (tokens[i].text in OPENS_WITH_IS
                                or "".join(t.text for t in tokens[i:i + 2]) in OPENS_WITH_IS)


def act_as_subject(tokens: list[Token], begin: int, markers: list[int]) -> bool:
    """`坚决反对……、建设……，是……一贯的……立场`, `坚决惩治……，关系……，是……的重大任务`: every marker
    (token indexes) stands before the first clause that opens with the word 是 (not 是非): the clauses
    before it are the act it says what it is, a statement, not a directive; not when they open a
    `既是……，也是……` pair (one object), nor past a later clause with a 是 of its own or one that points
    back (`……，这是……`)."""
    if not markers:
        return False
    quoted, clauses, says = 0, 0, False  # quotation marks open; clauses read; a 是 in the clause being read
    for end in range(begin, len(tokens) - 1):
        word = tokens[end].text
        quoted += (word == "“") - (word == "”")  # (a clause inside them is words quoted: `坚持“小事，就是大事”`)
        if quoted or word not in CLAUSE_PUNCT:
            says = says or (not quoted and word in OPENS_WITH_IS)
            continue
        if (clauses and says) or tokens[end + 1].text.startswith(POINTING):
            return False  # ……，X时期是……，也是……; ……，这是……，是……: the 是 says what the clause before it names
        clauses, says = clauses + 1, False
        if opens_with_is(tokens, end + 1):
            return max(markers) < end and not any(t.text.startswith("既") for t in tokens[begin:end]) \
                and (clauses == 1 or all(m == begin or tokens[m - 1].text in CLAUSE_PUNCT for m in markers))
            # (over several clauses only an act that opens its clauses: not `村干部一定要……，……的村干部，是……`)
    return False


POINTING = ("这", "那", "此")  # a clause that opens pointing back: its own subject


#: Verbs that say what a subject has or is, and the adverbs that may stand before them.
HAS_OR_IS, BEFORE_HAS = frozenset(("有", "拥有", "具有", "带有", "是")), frozenset(("都", "也", "还", "已", "已经", "仍", "正"))


def has_or_is(tokens: list[Token], party: Span, lexicon: Lexicon) -> bool:
    """Whether the sentence's subject only has or is something (`我们有1800万户经营主体`), or the
    party only owns the subject (`我们的……`, `我们今天的奋斗……`): no action asked."""
    tags = word_tags(lexicon)
    after = next((i for i, t in enumerate(tokens) if t.start >= party.end), len(tokens))
    owner = after + (after + 1 < len(tokens) and tags.get(tokens[after].text) == "name")
    if owner < len(tokens) and tokens[owner].text == "的":
        return True
    opens = next((i for i, t in enumerate(tokens) if t.start >= party.start), 0)
    if not (opens and tokens[opens - 1].text in HANDED_TO) and _qualifies(tokens, after, tags, lexicon):
        return True  # (not 对应当由镇党委研究的……作出安排: the party named after 由 does the work)
    while after < len(tokens) and (tokens[after].text in BEFORE_HAS or tokens[after].text in NOW):
        after += 1
    if after < len(tokens) and _ongoing(tokens, after, tags):
        return True  # 我们如今也面临着……, 我们肩负着……: what the party is in, no act
    return after < len(tokens) and tokens[after].text in HAS_OR_IS


NOW = frozenset(("现在", "目前", "当前", "如今"))


def _goes_on(word: str) -> bool:
    """Whether one word is a verb of two characters or more with its 着 (`肩负着`, `面临着`; not a
    word of one before it, which is a preposition or a noun: `本着`, `随着`, `执着`; nor what can or
    cannot be reached: `摸得着`, `够不着`)."""
    return len(word) >= 3 and word.endswith("着") and word[-2] not in "得不"


def _ongoing(tokens: list[Token], i: int, tags: dict[str, str]) -> bool:
    """Whether the verb at tokens[i] goes on with 着 (`面临 着`, `肩负着`): a state, not an act."""
    word = tokens[i].text
    return _goes_on(word) or (tags.get(word) == "v" and i + 1 < len(tokens) and tokens[i + 1].text == "着")


def _qualifies(tokens: list[Token], after: int, tags: dict[str, str], lexicon: Lexicon) -> bool:
    """Whether the words right after the party close with 的 a phrase that qualifies the subject:
    nouns alone (`我们这次大会的议程……`), or nouns then a verb right before the 的 (`我们党提出的任务……`),
    within QUALIFIER_WORDS words (not `我们扎实做好……的工作`, `X部门对……通报的问题……`: the party acts;
    not where a unit's name follows the 的, `……各级党的委员会`: the party's own name goes on)."""
    for j in range(after, min(after + QUALIFIER_WORDS + 1, len(tokens))):
        if tokens[j].text == "的":
            words = [tags.get(t.text) for t in tokens[after:j]]
            nouns = words[:-1] if words and words[-1] == "v" else words
            return bool(words) and all(tag in ("n", "name") for tag in nouns) \
                and not (j + 1 < len(tokens) and names_a_unit(tokens, j + 1, j + 2, lexicon))  # 县直机关中党的委员会: the name goes on
        if tokens[j].text in CLAUSE_PUNCT or tokens[j].text in "。；;！？":
            return False
    return False


QUALIFIER_WORDS = 2
HANDED_TO = frozenset(("由", "让"))  # a party named after these is handed the act, not the subject's owner


def lacks(tokens: list[Token], begin: int) -> bool:
    """Whether the sentence's first word is the subject of a `没有` that closes its clause (`实践没有
    止境，……`): a verb that is a topic, not an action to take."""
    return begin + 1 < len(tokens) and _lack_at(tokens, begin + 1)


def _lack_at(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] says that something lacks what follows it, up to its clause's end within
    two words (`没有止境，`, `没有规划，`; not `没有达标的企业`, nor a `……提高没有，` that asks)."""
    word = tokens[i].text
    if not word.startswith("没有") or (word == "没有" and _closes_soon(tokens, i + 1, 0)):
        return False
    return _closes_soon(tokens, i + 1)


def _closes_soon(tokens: list[Token], at: int, words: int = 2) -> bool:
    """Whether the clause ends within `words` words after tokens[at], none of them a `的`."""
    for token in tokens[at:at + words + 1]:
        if token.text in CLAUSE_PUNCT or token.text in "。！？；;":
            return True
        if token.text == "的":
            return False
    return at >= len(tokens)


def comments(tokens: list[Token], begin: int) -> bool:
    """Whether a clause after the first says what the sentence is (`我们……把……确定为……，这是……`)."""
    return any(tokens[i].text in CLAUSE_PUNCT and tokens[i + 1].text in ("这", "这是")
               and any(t.text in DESCRIBING_COPULAS for t in tokens[i + 1:i + 4])
               for i in range(begin, len(tokens) - 1))


#: Copulas that say where something lies or what it turns on (`成败在于……`, `……取决于……`).
LIES_IN = frozenset(("在于", "取决于", "有赖于"))


FOCUS = "重点"  # ……，重点是 + an act: what the work centres on, asked with it


def judges(text: str, tokens: list[Token], begin: int, lexicon: Lexicon) -> bool:
    """The last clause says what an action is worth: a verb phrase as its subject, then 是
    (`抓住发展机遇，建设美丽乡村是重要内容。`), or where it lies (`……，成败在于精准`), not inside quotation marks (`喊响“X是Y”的口号`) nor
    in an adverbial (`鼓励企业特别是小微企业……`)."""
    start = max((i + 1 for i in range(begin, len(tokens)) if tokens[i].text in CLAUSE_PUNCT), default=begin)
    if start > begin and opens_with_is(tokens, start):
        start = begin  # 深入学习……精神，是……最重要的任务，也是……: the sentence's first clause is the subject
    tags = word_tags(lexicon)
    if start > begin and start + 1 < len(tokens) and tags.get(tokens[start].text) == "n" \
            and tokens[start + 1].text == "是" and not (
                tokens[start].text == FOCUS and start + 2 < len(tokens) and opens_with_verb(text, tokens, start + 2, lexicon)):
        return True  # 推进乡村全面振兴，人才是关键因素: what the action before it turns on (not 扩大……，重点是组织……:
        # the act the work centres on)
    if start > begin and any(t.text in LIES_IN for t in tokens[start:start + 3]):
        return True  # 打好……，成败在于精准: where the action's outcome lies
    if start + 1 < len(tokens) and tags.get(tokens[start].text) == "m" and tokens[start].text not in FRAMES_WEI:
        start += 1  # 深入学习……: an adverb before the verb (not 把……是……贯穿于: a frame)
    start = after_inline_frame(text, tokens, start) or start  # 在……中全面推行……，是……: a frame, then the act
    if start >= len(tokens) or tokens[start].text in FRAMES_WEI or not (
            tags.get(tokens[start].text) in ("v", "vn") or opens_with_verb(text, tokens, start, lexicon)):
        return False  # (始终把发展是第一要务贯穿于……: a frame, not a subject)
    quoted = False
    for k in range(start + 1, len(tokens)):
        word = tokens[k].text
        quoted = (quoted or word == "“") and word != "”"
        if word == "是" and not quoted and not _ends_adverbial(tokens, k, lexicon) \
                and tokens[k - 1].text not in ("而", "还", "或", "都"):
            return True
    return False


def _ends_adverbial(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether tokens[i] closes, with the word before it, a leading adverbial (`特别|是`, `尤其|是`)."""
    return i > 0 and tokens[i - 1].text + tokens[i].text in lexicon.set("leading_adverbials")


FRAMES_WEI = frozenset(("以", "把", "将", "作", "使"))


def _copular_wei(tokens: list[Token], i: int, tags: dict[str, str]) -> bool:
    """为 as `is` (`服务对象为……`), not `for` (`鼓励企业为山区学校提供……`: a verb follows, or a verb
    jieba tags as a noun with words after it in the clause, `为改革营造……氛围`; the caller rules out
    `以……为……`)."""
    for k in range(i + 1, len(tokens)):
        tok = tokens[k]
        if tok.text in CLAUSE_PUNCT or tok.text in "。！？":
            return True
        if tags.get(tok.text) == "v" or (tags.get(tok.text) == "vn" and k + 1 < len(tokens)
                                         and tokens[k + 1].text not in CLAUSE_PUNCT and tokens[k + 1].text not in "。！？"):
            return False
    return True


def opens_predicate(word: str, lexicon: Lexicon) -> bool:
    """Whether `word` can open a predicate: a verb, an adverb, a preposition, an idiom (not a noun
    or pronoun that would be a subject). A word jieba does not know goes by its first character."""
    tags = word_tags(lexicon)
    tag = tags.get(word)
    if tag not in PREDICATE_TAGS and tag != "name" and len(word) > 1:  # jieba tags many verb phrases
        tag = tags.get(word[0])                                      # as nouns (动员, 统筹安排)
    return tag in PREDICATE_TAGS or word in lexicon.set("imperative_verbs") \
        or word in lexicon.set("framing_prepositions")


PREDICATE_TAGS = ("v", "vn", "m")


NOUN_LIKE = ("n", "name", None)
