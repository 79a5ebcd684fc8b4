"""Recognising directives: markers (`要 必须 严禁 …` as whole jieba tokens), imperatives without a
modal, commitments, quotations of other speakers and statements of past work.

`analyse` is the matching step: it reads one sentence (or `；` part) and reports what it found;
deciding which sentences become items is `speechmine.extract`'s job.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..model import Span
from .parties import (ESPECIALLY, PAIR_OPENS, PRONOUNS, PUNCT, SPACES, cut_adverbial, leading_party, names_a_unit,
                      party_after, party_before, party_opens, skip_adverbials)
from .segment import Token, word_tags

QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』"}
QUOTE_OR_BREAK = re.compile(r"[“”「」『』\"\r\n]")
CLAUSE_PUNCT = frozenset("，,；;：:")
CLAUSE_END = CLAUSE_PUNCT | frozenset("。！？!?、")
COPULAS = ("是", "为", "有")  # verbs by jieba's tags that state, not ask
AFTER_PARTY_MARKERS = ("确保", "由", "请", "希望", "责成")
CLAUSE_OPENING_MODALS = ("希望",)
ASKING = "请"  # asks the units after it, not after a verb or a negation that takes it as one word of its object
NEGATIONS = frozenset(("不", "没有", "未"))


@dataclass
class Marker:
    kind: str  # "modal", "prohibition", "resolve", "commitment"
    token: int
    text: str
    clause: int = 0  # the first token of its clause


@dataclass
class Analysis:
    """What one sentence (or `；` part) says, as far as matching can tell."""

    markers: list[Marker] = field(default_factory=list)
    imperative: bool = False
    opens_with_marker: bool = False
    statement: bool = False
    attitude: bool = False
    quote: bool = False
    past: bool = False
    past_from: int | None = None  # where its first past word stands (an offset in the text)
    achieves: bool = False  # its past words only say what the action is to achieve (`……，使……获得……`)
    party: Span | None = None
    tells_others: bool = False  # a commitment followed by what another party is to do
    content_from: int = 0  # the token where what it says starts, past leading adverbials and conditions
    acts_before_ban: bool = False  # a clause before its first ban says what to do (`……，制定……方案，严禁……`)

    @property
    def directive(self) -> bool:
        return bool(self.markers)

    @property
    def kind(self) -> str:
        """task, prohibition or commitment, by the first directive past the conditions that lead the
        sentence (`对……的，要……，不得……` is a task); a ban only where nothing before it says what to do
        (`未经批准，不得……` is one; `坚持过紧日子，严禁……`, `……，制定……方案，严禁……` are tasks)."""
        markers = [marker for marker in self.markers if marker.token >= self.content_from]
        if not markers or markers[0].kind not in ("prohibition", "commitment"):
            return "task"
        if markers[0].kind == "prohibition" and (self.acts_before_ban
                                                  or self.imperative and not self.opens_with_marker):
            return "task"
        if markers[0].kind == "commitment" and self.tells_others:
            return "task"  # 局领导将听取汇报，各处室要……: what the others are to do
        return markers[0].kind


def quote_mask(text: str) -> bytearray:
    """1 for each character inside “…” (the marks included), 0 elsewhere. A quotation left open
    runs to the end of its line; a straight `"` closes a `“` (a text typed with both: `“一网通办"`).
    Only the quote marks and line breaks are visited."""
    mask = bytearray(len(text))
    stack: list[tuple[str, int]] = []
    for m in QUOTE_OR_BREAK.finditer(text):
        ch, i = m.group(), m.start()
        if stack and (ch == QUOTE_PAIRS[stack[-1][0]] or (ch == '"' and stack[-1][0] == "“")):
            if len(stack) == 1:
                mask[stack[0][1]:i + 1] = b"\x01" * (i + 1 - stack[0][1])
            stack.pop()
        elif ch in QUOTE_PAIRS:  # (a straight `"` with none open is left alone)
            stack.append((ch, i))
        elif stack and ch in "\r\n":  # a line break ends an open quotation
            mask[stack[0][1]:i + 1] = b"\x01" * (i + 1 - stack[0][1])
            stack.clear()
    if stack:
        mask[stack[0][1]:] = b"\x01" * (len(text) - stack[0][1])
    return mask


def _clause_starts(tokens: list[Token], begin: int = 0) -> list[int]:
    """For each token from `begin` on (index i - begin), the index of the first token of its
    clause, `begin` at the least."""
    starts, current = [], begin
    for i in range(begin, len(tokens)):
        starts.append(current)
        if tokens[i].text in CLAUSE_PUNCT or (i == current and tokens[i].text.isspace()):
            current = i + 1  # (a space left after the mark, `， 各单位要……`, opens nothing)
    return starts


def _action_clauses(text: str, tokens: list[Token], start: int, lexicon: Lexicon, stop: str = "") -> Iterator[int]:
    """Where the clauses after tokens[start] that open with a listed verb begin (`，组建……`, `，加强……`),
    up to the first mark of `stop`."""
    for j in range(start + 1, len(tokens)):
        mark = tokens[j - 1].text
        if mark in stop:
            return
        if mark in "，," and opens_with_verb(text, tokens, first_content(tokens, j, None, lexicon), lexicon):
            yield j  # (after an adverb that leads it: `，时刻保持……`)


def _has_understanding(tokens: list[Token], at: int, attitude: frozenset[str]) -> bool:
    """`要有清醒的认识`: the modal at `at` asks only to have an understanding, its clause ending in a
    word of understanding after `有`."""
    if at + 1 >= len(tokens) or tokens[at + 1].text != "有":
        return False
    end = next((k for k in range(at + 2, len(tokens)) if tokens[k].text in CLAUSE_END), len(tokens))
    had = "".join(t.text for t in tokens[at + 2:end])
    return len(had) <= 8 and had.endswith(tuple(word[-2:] for word in attitude))


def _frames_saying(ahead: str) -> bool:
    """`必须指出，……`, `需要说明的是，……`, `这里要着重说明，……` (`ahead`: the words after the modal): the
    modal frames what the speaker says, a verb of saying then a comma or 的是 (not `要指出问题`, an act)."""
    ahead = ahead.removeprefix(EMPHASIS)
    said = next((word for word in SAYING if ahead.startswith(word)), None)
    return said is not None and ahead[len(said):].startswith(("，", ",", "的是"))


#: Verbs of saying that a modal may frame (`必须指出，`, `需要说明的是`; not 强调: `必须强调，……都必须……`
#: stresses a requirement).
SAYING = ("指出", "说明")
EMPHASIS = "着重"  # 这里要着重说明，……
THEN = "就"  # 不……就不能……: what follows from a condition, no ban
CONDITIONS = frozenset(("如果", "假如", "倘若", "若", "如若", "一旦"))  # 如果不能……: a condition, no ban
ALWAYS_SO = frozenset(("从来", "向来", "历来"))  # ……从来不能成功: what has always held, no ban
RELIES, FORWARD = "靠", "前"  # 要靠……: depends on (not 要靠前指挥: to lead from the front)
WHILE = ("时", "时候", "期间", "过程中", "之际")  # 在开展……工作时，: when, a frame of any length


def _acts_later(text: str, tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether a clause after tokens[i], in the same stretch up to a colon or `；`, opens with a
    listed verb: `要充分认识……意义，……，制定具体实施方案`: the modal asks for that action, not only
    for an understanding (not `要清醒看到不足：……；加强……`: what is seen, listed, nor `……，消除存量任务依然
    艰巨`: a verb phrase that a clause describes)."""
    return any(not _still(tokens, j) for j in _action_clauses(text, tokens, i + 1, lexicon, stop="：:；;"))


#: Words that say a state goes on (`任务依然艰巨`): a clause with one describes, whatever verb opens it.
STILL_SO = frozenset(("依然", "仍然", "依旧", "仍"))


def _still(tokens: list[Token], start: int) -> bool:
    """Whether the clause opening at tokens[start] says a state goes on (`……任务依然艰巨繁重`)."""
    for token in tokens[start:]:
        if token.text in CLAUSE_PUNCT:
            return False
        if token.text in STILL_SO:
            return True
    return False


def first_content(tokens: list[Token], begin: int, deadline: Span | None, lexicon: Lexicon) -> int:
    adverbials = lexicon.set("leading_adverbials")
    i = _after_side(tokens, begin, lexicon)
    while i < len(tokens):
        tok = tokens[i]
        if tok.text in adverbials or tok.text in PUNCT or tok.text == "*":  # (a Markdown copy's bold marks)
            i += 1
        elif cut_adverbial(tokens, i, len(tokens), lexicon):
            i += 2
        elif deadline is not None and deadline.start <= tok.start < deadline.end:
            i += 1
        else:
            break
    return i


SIDE = "方面"  # 电力方面，建成……: the side of the work a sentence turns to, not its subject
#: 对企业来说，……: whose side a sentence takes (its first and last words), not what it does.
VIEWPOINT_OPENS, VIEWPOINT_CLOSES = ("对", "对于"), ("来说", "而言")
SIDE_WORDS = 4  # words a side's name may take
ON_SIDE = "上"  # 业务上, 思想上: the side named by one noun
CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2}")


def _after_side(tokens: list[Token], begin: int, lexicon: Lexicon) -> int:
    """Where a sentence's content starts after a lead naming the side of the work it turns to
    (`电力方面，`, `水运水利方面，`, `对企业来说，`, or a noun and 上 with no comma: `财务上实行……`, not
    `发挥上……`), or `begin` when it has none."""
    first = tokens[begin].text if begin < len(tokens) else ""
    if begin + 2 < len(tokens) and tokens[begin + 1].text == ON_SIDE and CJK_WORD.fullmatch(first) \
            and word_tags(lexicon).get(first) in ("n", "vn") and first not in lexicon.set("imperative_verbs") \
            and tokens[begin + 2].text not in PUNCT:
        return begin + 2
    viewpoint = first in VIEWPOINT_OPENS
    for k in range(begin + 1, min(begin + SIDE_WORDS + 1, len(tokens) - 1)):
        if tokens[k].text in PUNCT:
            return begin
        if (tokens[k].text == SIDE or viewpoint and tokens[k].text in VIEWPOINT_CLOSES) and tokens[k + 1].text in ("，", ","):
            return k + 2
    return begin


def opens_with_verb(text: str, tokens: list[Token], first: int, lexicon: Lexicon) -> bool:
    """Whether tokens[first] opens an action: an imperative verb of the lexicon or one of its patterns."""
    if first >= len(tokens):
        return False
    verbs = lexicon.set("imperative_verbs")
    rest = text[tokens[first].start:tokens[-1].end]
    return (tokens[first].text in verbs or rest.startswith(lexicon.multi_char_verbs)
            or lexicon.search("imperative_patterns", rest))


def _short_subject(tokens: list[Token], begin: int, deadline: Span) -> bool:
    """Whether the sentence opens with a few words of a subject and then the time limit."""
    subject = [t for t in tokens[begin:] if t.end <= deadline.start]
    return (0 < len(subject) <= 3 and subject[-1].end == deadline.start
            and deadline.start - subject[0].start <= 8
            and not any(t.text in PUNCT or t.text in COPULAS + ("已", "已经") for t in subject))


def _imperative(text: str, tokens: list[Token], begin: int, deadline: Span | None, lexicon: Lexicon) -> bool:
    """Opens with an imperative verb or a time limit, possibly after a framing clause
    (`针对……问题，开展……`, `对顶风违纪的，坚持……`). Statements are ruled out by the caller."""
    if begin >= len(tokens):
        return False
    if begin + 2 < len(tokens) and tokens[begin].text == "会议" and tokens[begin + 1].text in DIRECTING_VOICE \
            and tokens[begin + 2].text in "，,：:":
        begin += 3  # 会议要求，加快……: the meeting's voice, then what it asks
    first = first_content(tokens, begin, deadline, lexicon)
    if deadline is not None and begin < first < len(tokens) and deadline.start <= tokens[first - 1].start < deadline.end + 1 \
            and all(deadline.start <= t.start < deadline.end or t.text in lexicon.set("leading_adverbials")
                    or t.text in PUNCT for t in tokens[begin:first]) \
            and any(deadline.start <= t.start < deadline.end for t in tokens[begin:first]) \
            and tokens[first].text not in COPULAS:
        return True  # 每月调度……, 年内建成……, 年底前，……: a time limit opens the sentence (not 每年5月是……)
    if opens_with_verb(text, tokens, first, lexicon):
        return True
    if first + 1 < len(tokens) and len(tokens[first].text) == 2 and word_tags(lexicon).get(tokens[first].text) == "m" \
            and tokens[first].text not in NOT_MANNER and tokens[first].text not in lexicon.set("framing_prepositions") \
            and opens_with_verb(text, tokens, first + 1, lexicon):
        return True  # 初步遴选……, 纵深推进……: an adverb of manner before the verb
    if deadline is not None and _short_subject(tokens, begin, deadline):
        after = next((i for i in range(first, len(tokens)) if tokens[i].start >= deadline.end), len(tokens))
        if opens_with_verb(text, tokens, after, lexicon):
            return True  # 预案修订稿下周一前提交……: a thing, its time limit, what to do with it
    start = begin
    for _ in range(MAX_FRAMES):  # `在……下，为……，组织……`: frames may follow one another
        comma = next((i for i in range(start, len(tokens)) if tokens[i].text in "，,"), None)
        if comma is None or not _framing(text, tokens, start, comma, lexicon):
            break
        after = first_content(tokens, comma + 1, deadline, lexicon)
        if deadline is not None and after < len(tokens) and tokens[after - 1].end == deadline.end:
            return True
        if opens_with_verb(text, tokens, after, lexicon):
            return True
        start = after
    after = after_inline_frame(text, tokens, first)
    if after is not None and opens_with_verb(text, tokens, after, lexicon):
        return True  # 在资金使用上强化统筹: a frame with no comma, then the verb
    if first < len(tokens) and word_tags(lexicon).get(tokens[first].text) == "v" \
            and sum(1 for _ in _action_clauses(text, tokens, first, lexicon)) >= RUN_OF_ACTIONS:
        return True  # 涵养……，盘活……，组织开展……: a verb the lists lack, then a run of actions
    return False


#: What a meeting's record says the meeting did when it asks for work (`会议要求，……`), not when it
#: only observes (`会议指出，……`).
DIRECTING_VOICE = frozenset(("要求", "强调", "明确", "议定", "决定"))
#: Words before a verb that tell an outcome or a possibility, not how to act (`成功举办……`, `可以提高……`).
NOT_MANNER = frozenset(("成功", "顺利", "圆满", "可以", "能够", "可能"))
RUN_OF_ACTIONS = 2  # clauses after the first that open with a listed verb
MAX_FRAMES = 2  # framing clauses read before the verb
MAX_CONDITION = 16  # characters of a `在……下` clause


def after_inline_frame(text: str, tokens: list[Token], first: int) -> int | None:
    """Where the words after a frame `在……上` or `在……中` that opens the clause with no comma after
    it begin (`在资金使用上强化……`), or None."""
    if first >= len(tokens) or tokens[first].text != "在":
        return None
    for k in range(first + 2, len(tokens)):
        if tokens[k].text in PUNCT or tokens[k].end - tokens[first].start > MAX_CONDITION:
            return None
        if tokens[k].text in INLINE_FRAME_ENDS:
            return k + 1
    return None


INLINE_FRAME_ENDS = frozenset(("上", "中"))


def _acts_before(text: str, tokens: list[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a clause in tokens[start:end] says what to do: it opens with a verb of action
    (`制定……方案，`), with a framing preposition and then such a verb (`按照……予以维护，`), or
    permits one (`有条件的村可以设立……，`); not a topic (`以村委会名义组织的活动，`) nor a description
    (`这是……的战斗任务，`)."""
    prepositions = lexicon.set("framing_prepositions")
    clause = start
    while clause < end:
        stop = next((i for i in range(clause, end) if tokens[i].text in CLAUSE_PUNCT), end)
        first = first_content(tokens, clause, None, lexicon)
        if first < stop and (opens_with_verb(text, tokens, first, lexicon)
                             or (tokens[first].text in prepositions and _verb_of_action(tokens, first + 1, stop, lexicon))
                             or any(tokens[i].text in PERMITS for i in range(first + 1, stop - 1))):
            return True
        clause = stop + 1
    return False


PERMITS = frozenset(("可以", "可"))


def _verb_of_action(tokens: list[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether tokens[start:end] hold a verb of the imperative lexicon that does not describe a noun
    (`……予以维护`, not `……召开的会议`)."""
    verbs = lexicon.set("imperative_verbs")
    return any(tokens[i].text in verbs and (i + 1 >= len(tokens) or tokens[i + 1].text != "的")
               for i in range(start, end))


def _past_conditions(text: str, tokens: list[Token], first: int, deadline: Span | None, lexicon: Lexicon,
                     markers: list[int]) -> int:
    """Where the content starts after the clauses that state conditions or frames before it
    (`对……的，`, `涉及……的，`, `除……外，`, `针对……，`), from tokens[first] on; a framing preposition's
    clause with a directive marker in it (token indexes `markers`: `对此我们将……，`) is content."""
    for _ in range(MAX_FRAMES):
        comma = next((i for i in range(first, len(tokens)) if tokens[i].text in "，,"), None)
        if comma is None or comma == first:
            break
        clause = text[tokens[first].start:tokens[comma].start]
        if not (clause.endswith("的") or (clause.startswith("除") and clause.endswith("外"))
                or (clause.startswith("在") and clause.endswith(WHILE))
                or (_framing(text, tokens, first, comma, lexicon) and not any(first <= m < comma for m in markers)
                    and not _verb_of_action(tokens, first + 1, comma, lexicon))):
            break
        first = first_content(tokens, comma + 1, deadline, lexicon)
    return first


def _framing(text: str, tokens: list[Token], begin: int, comma: int, lexicon: Lexicon) -> bool:
    """A clause that frames the imperative after it: a preposition (`针对……问题，`), a short
    time clause (`防火期内，`, `防火期结束后，`) or a condition (`在……情况下，`)."""
    if tokens[begin].text in lexicon.set("framing_prepositions"):
        return True
    clause = text[tokens[begin].start:tokens[comma].start]
    if clause.startswith("在") and clause.endswith(("下", "中")) and len(clause) <= MAX_CONDITION:
        return True
    return len(clause) <= 10 and clause.endswith(("内", "后", "前", "期间", "时", "中"))


def _assigns(tokens: list[Token], i: int, clause_start: int, first: bool, text: str, lexicon: Lexicon) -> bool:
    """`县水利局负责……` assigns work, and so does a unit named by its own words when its clause opens the
    sentence (`first`: `生态环境部门负责……`, not a later `……，监督检查部门负责……`); `县人民医院牵头组建的
    医共体` (a 的 before the clause ends) and `支持龙头企业牵头……` (the name does not open the clause)
    do not."""
    party = party_before(tokens, i, clause_start, text, lexicon)
    if party is None:
        return False
    opener = next(j for j in range(clause_start, i) if tokens[j].start >= party.start)
    vouched = party_opens(tokens[opener].text, lexicon) or (first and names_a_unit(tokens, opener, i, lexicon))
    return vouched and not _qualifies_a_noun(tokens, i, lexicon)


class _Attributive:
    """Whether a modal stands inside `是……的` in its clause (`X是必须啃下的硬骨头`): then it
    describes, it does not direct. One pass over the tokens from `begin`, then each question in
    constant time."""

    def __init__(self, tokens: list[Token], begin: int) -> None:
        self.begin = begin
        self.last_shi: list[int] = []     # the last 是 before each token (-1: none)
        last = -1
        for i in range(begin, len(tokens)):
            self.last_shi.append(last)
            if tokens[i].text == "是" and not (i > begin and tokens[i - 1].text in ESPECIALLY):
                last = i  # (not 村干部特别是村支书要……: 特别是 singles out, it describes nothing)
        self.de_next: list[bool] = [False] * (len(tokens) - begin)  # 的 comes before punctuation
        found = False
        for i in range(len(tokens) - 1, begin - 1, -1):
            self.de_next[i - begin] = found
            word = tokens[i].text
            if word in PUNCT:
                found = False
            elif word == "的":
                found = True

    def __call__(self, i: int, clause_start: int) -> bool:
        return self.last_shi[i - self.begin] >= clause_start and self.de_next[i - self.begin]


NAMED_BY_LENGTH = 24
#: Prepositions that, after `由X`, say how X is to act (`由X按照……`, `由X从……出发`), beside the framing
#: ones (`由X对……`); not 向 (`由城区向农村延伸`: from one place to another).
ASSIGNED_HOW = frozenset(("按", "通过", "会同", "从", "依据", "依照"))


def _named_by(text: str, tokens: list[Token], begin: int, lexicon: Lexicon,
              mask: bytearray) -> tuple[Span | None, int | None]:
    """A party named by `由X负责/牵头…` or `让我们…` (not `让企业安心发展`: that is who benefits),
    and the index of the assignment verb when `由X负责……` assigns the work (not `由X负责的项目`)."""
    assignments = lexicon.set("assignments")
    for i in range(begin, len(tokens) - 2):
        word = tokens[i].text
        if mask[tokens[i].start] or word not in ("由", "让"):
            continue
        found = party_after(tokens, i, text, lexicon)
        if found is None:
            continue
        if word == "让":
            if found.text in PRONOUNS:
                return found, None
            continue
        verb = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in assignments or tokens[j].text in PUNCT),
                    len(tokens))
        acts = next((j for j in range(i + 1, verb) if tokens[j].start >= found.end
                     and word_tags(lexicon).get(tokens[j].text) == "v"), None)
        if acts is not None and tokens[acts].start == found.end and len(tokens[acts].text) > 1 and not (
                acts + 1 < len(tokens) and (party_opens(tokens[acts + 1].text, lexicon) or tokens[acts + 1].text in "、，,")):
            return found, None  # 由各县民政部门确定承接……的机构: the name ends at its verb
        if verb < len(tokens) and tokens[verb].text in assignments \
                and tokens[verb].start - found.start <= NAMED_BY_LENGTH:  # 由县教育局装备管理中心负责
            return Span(text[found.start:tokens[verb].start], found.start, tokens[verb].start), \
                (None if _described(tokens, verb + 1, PUNCT) else verb)
        after = next((j for j in range(i + 1, len(tokens)) if tokens[j].start >= found.end), len(tokens))
        if after < len(tokens) and tokens[after].text in ASSIGNED_HOW | lexicon.set("framing_prepositions"):
            return found, None  # 由各部门按照……的要求, 由区政府从……出发: who does it, and how
        if after < len(tokens) and word_tags(lexicon).get(tokens[after].text) == "v" \
                and not _described(tokens, after, CLAUSE_PUNCT):
            return found, None  # 由高校组建研究团队: who does it (not 由A、B构成的网络)
    return None, None


def _qualifies_a_noun(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """The verb at tokens[i] says what a noun is or was, not who does what: it ends in 的 with at most
    a few verbs after it (`县人民医院牵头组建的医共体`, `牵头起草或者修订的方案`, `负责的项目`; not
    `负责落实……的管护责任`), follows 所 (`所负责任`) or goes on with 着 (`承担着……职责`)."""
    if (i > 0 and tokens[i - 1].text == "所") or (i + 1 < len(tokens) and tokens[i + 1].text == "着"):
        return True
    tags, j = word_tags(lexicon), i + 1
    while j < len(tokens) and j - i <= VERBS_BEFORE_DE and (
            tags.get(tokens[j].text) == "v" or tokens[j].text in VERB_JOINERS):
        j += 1
    return j < len(tokens) and tokens[j].text == "的"


VERBS_BEFORE_DE = 4
VERB_JOINERS = frozenset(("或者", "或", "和", "及", "、"))


def _described(tokens: list[Token], at: int, ends: frozenset[str] | set[str]) -> bool:
    """A 的 stands between `at` and the end of its clause (the first of `ends`): the words before
    it describe a noun (`由X负责的项目`, `由A、B构成的网络`) rather than say who does what."""
    for tok in tokens[at:]:
        if tok.text in ends:
            return False
        if tok.text == "的":
            return True
    return False


def is_statement(text: str, tokens: list[Token], begin: int, lexicon: Lexicon) -> bool:
    """Matches a statement pattern (`……，关键在党`, `制定本方案`)."""
    if begin >= len(tokens):
        return False
    sentence = text[tokens[begin].start:tokens[-1].end].lstrip(SPACES)  # (`第一条　　为……`: after the label's spaces)
    return lexicon.search("statement_patterns", sentence)


#: An aspect after a verb of speech, before the words: `说过：“……”`.
ASPECT = frozenset("过了")
#: Whom another speaker's words were told to, between the verb and the words: `告诫我们：……`.
QUOTE_AUDIENCE = re.compile(r"(?:我们|我|大家|全党|同志们)")


def is_quote(text: str, tokens: list[Token], begin: int, lexicon: Lexicon, mask: bytearray) -> bool:
    """`X指出，…` / `X强调：“…”` / `X告诫我们，…` before any directive of the speaker's own."""
    verbs = lexicon.set("quote_verbs")
    stop = lexicon.set("modals")
    own = tuple(lexicon.words("own_voices"))
    recalled = lexicon.words("recalled_words")
    first = None  # where the speaker's name starts (spaces skipped)
    for i in range(begin, len(tokens)):
        tok = tokens[i]
        if mask[tok.start]:
            continue
        if tok.text in stop:
            return False
        word = tok.text
        if word in verbs or (len(word) > 2 and word[-2:] in verbs):
            if _heard(tokens, begin, i):
                continue  # 多听群众说，……: what is to be listened to, no one quoted
            said = tok.end + (text[tok.end:tok.end + 1] in ASPECT)  # 说过：“……”, 讲了：……
            told = QUOTE_AUDIENCE.match(text, said)  # 教导我们，……
            after = told.end() if told else said
            nxt = text[after:after + 1]
            asked = i + 1 < len(tokens) and tokens[i + 1].start == after and tokens[i + 1].text in REPORTED_ASKS
            if (nxt not in "，,：:“" and not asked) \
                    or (nxt == "“" and _names_in_quotes(text, after)):
                continue  # (`……全会提出要抓住……`: what another asked, reported)
            if first is None:
                first = tokens[begin].start
                while first < len(text) and text[first].isspace():
                    first += 1
            if first < tok.start and (not text.startswith(own, first, tok.start) or any(
                    word in text[first:tok.start] for word in recalled)) and not _chairs(text, first, tok.start) \
                    and not _own_document(text, first, tok.start):
                return True
    return False


#: The modals a quote verb may take straight after it (`提出要……`, `强调必须……`): what was asked, reported.
REPORTED_ASKS = ("要", "必须")


#: A document called by a short name of its own (`《通知》`, `《纲要（草案）》`), not by its title (`《关于……的决定》`).
SHORT_TITLE = re.compile(r"《(?:(?!关于)[^》\n]){1,8}》")


def _own_document(text: str, start: int, end: int) -> bool:
    """Whether the speaker before a quote verb at `end` is the document this text is about, called by its
    short name at the opening of a clause of text[start:end] (`《通知》强调，……` in the release that gives a
    notice, `《纲要（草案）》提出，……`, `……五年规划，《纲要（草案）》提出要……`, `《纲要（草案）》把……作为……，
    强调要……` in the report that submits the plan): its words are this text's own, as a meeting's are in its
    record."""
    return any(SHORT_TITLE.match(text, at, end) for at in [start] + [k + 1 for k in range(start, end) if text[k] in "，,"])


#: Verbs of listening: the words after them are heard, not quoted (`多听群众说`, `听取……反映`).
HEARING = frozenset(("听", "听取", "倾听", "聆听", "多听"))
HEARD_REACH = 3  # words from a verb of listening to the verb of speech: the speaker's name between them


def _heard(tokens: list[Token], begin: int, i: int) -> bool:
    """Whether a verb of listening stands a few words before tokens[i], with only the speaker between
    (`听群众说`; not `在听取……汇报时强调`, a time before the speaker's own words)."""
    for k in range(i - 1, max(begin, i - HEARD_REACH) - 1, -1):
        if tokens[k].text in CLAUSE_PUNCT or tokens[k].text in ("时", "后", "中"):
            return False
        if tokens[k].text in HEARING:
            return True
    return False


def _names_in_quotes(text: str, at: int) -> bool:
    """Whether the quotation opening at `at` is a short name inside a phrase (`提出“十五五”工作思路`),
    not words quoted (`强调：“……。”`, `提出“……”的要求`)."""
    close = text.find("”", at, at + 12)
    return close > at + 1 and text[close + 1:close + 2] not in "，,。；;：:！？!?的”\n"  # ("" at the text's end)


#: How far into a meeting's record its chair is named (`校党委书记X主持会议并讲话。`).
RECORD_HEAD = 400
#: What the person who chairs or addresses the meeting does, right after the name.
CHAIR_ACTS = r"(?:主持(?:召开)?(?:会议|并)|出席(?:会议)?并讲话|在会上(?:作|讲话)|作(?:重要|主题)?讲话)"
#: Adverbs between the chair's name and the verb (`X最后强调`).
SPEAKER_ADVERBS = re.compile(r"(?:最后|还|同时|并|进一步|再次|特别|也)+$")


#: What a person who addresses a meeting did, in the sentence before `他指出，……` of the same paragraph
#: (read back ADDRESS_REACH characters at most: however many such sentences a paragraph holds).
ADDRESS_REACH = 120
ADDRESSED = re.compile(r"(?:进行了?(?:工作)?(?:部署|总结)|(?:作|做)了?[^。！？\n]{0,40}(?:报告|讲话|总结)|主持(?:召开)?(?:会议|并))[^。！？\n]{0,20}。$")


def _chairs(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], the speaker before a quote verb, chairs or addresses the meeting
    this text records (named so in its first lines): a meeting's record gives the chair's words
    as its own (`X主持会议并讲话。……X强调，要……`), not as another speaker's; so does a readout's
    `他/她` right after the sentence saying that person addressed the meeting (`……进行了总结。他指出，……`)."""
    speaker = SPEAKER_ADVERBS.sub("", text[start:end].strip())
    if speaker in ("他", "她"):
        paragraph = text.rfind("\n", max(0, start - ADDRESS_REACH), start) + 1
        return ADDRESSED.search(text, max(paragraph, start - ADDRESS_REACH), start) is not None
    return 2 <= len(speaker) <= 4 and re.search(re.escape(speaker) + CHAIR_ACTS, text[:RECORD_HEAD]) is not None


#: Verbs that close 将 used as 把 (`我们将X作为Y`, `将X纳入Y`): the object before them is what is moved.
DISPOSAL_VERBS = frozenset(("作为", "视为", "当作", "看作", "纳入", "列入", "列为", "确定为", "融入", "摆在", "放在", "打造成",
                            "转化为"))


def _disposes(tokens: list[Token], i: int) -> bool:
    """将 at `i` as 把 (`我们将人民的期盼作为……`), not as `will`: a disposal verb closes its clause
    and no 把 follows it (`我们将把……作为……` is a commitment)."""
    for tok in tokens[i + 1:]:
        if tok.text in PUNCT or tok.text == "把":
            return False
        if tok.text in DISPOSAL_VERBS:
            return True
    return False


#: Prepositions whose object may be a verb phrase naming someone or something (`向获得一等奖的作者
#: 颁发……`, `对取得认证的企业给予……`): a past word right after one describes, it reports nothing.
OBJECT_PREPOSITIONS = frozenset(("对", "向", "为", "给", "对于", "凡"))
#: Words before 了 that make it a potential complement (`看得了病`, `办不了事`), not a past.
POTENTIAL = frozenset(("得", "不"))
UNDER_WAY = frozenset(("正", "正在"))  # before a modal, what is being done (`正着力……`)
CUMULATIVE = "累计"  # a past word, but a total to reach before a comparator (`新增就业累计超过10万人`)
GOAL_COMPARATORS = frozenset(("超过", "突破", "不少于", "不低于", "达到"))
TOTAL_REACH = 7  # characters from 累计 to the end of the comparator of a total to reach


def _total_to_reach(text: str, tokens: list[Token], i: int) -> bool:
    """Whether 累计 at tokens[i] opens a total to reach: a comparator within the next few characters
    (`累计超过10万人`, `累计时长不少于5天`, `累计完工率达到六成`)."""
    after = text[tokens[i].end:tokens[i].end + TOTAL_REACH]
    return any(c in after for c in GOAL_COMPARATORS)


#: Past words that, after the verb opening the sentence, say what it is to achieve (`推动……取得新进展`).
ACHIEVE = frozenset(("取得", "获得"))
DONE = "了"  # the aspect of an act done


#: Verbs that bring about what the words after them in their clause say (`使农民获得……`, `推动……取得……`).
CAUSING = frozenset(("使", "让", "令", "促使", "推动", "促进", "确保", "力争", "助力", "带动"))


def _achieves(tokens: list[Token], begin: int, first_past: int, clause_start: int, past: frozenset[str]) -> bool:
    """Whether the sentence's past words only say what an action is to bring about: the first one
    follows a causing verb in a clause after the first (`因地制宜发展……，使农民……获得更多收益`), and
    none is the particle of a thing done (`……，取得了……`)."""
    return clause_start > begin and any(t.text in CAUSING for t in tokens[clause_start:first_past]) \
        and not any(t.text == DONE for t in tokens[first_past:] if t.text in past)


#: Adverbs that make 要 say what will be sooner or later (`迟早要`, `总是要`).
INEVITABLY = frozenset(("迟早", "早晚", "总是", "终究", "终归", "总归", "终将"))
#: Words that ask why or how; after 无论/不论/不管 they ask nothing (`无论如何都要……`).
QUESTION_WORDS = frozenset(("为什么", "为何", "怎么", "怎样", "如何"))
WHATEVER = frozenset(("无论", "不论", "不管"))


def _asks(tokens: list[Token], k: int, clause_start: int) -> bool:
    """Whether token `k` asks why or how (a 要 after it in its clause is asked about: `为什么要……`)."""
    return tokens[k].text in QUESTION_WORDS and not (k > clause_start and tokens[k - 1].text in WHATEVER)


#: Prepositions whose object may open with a modal of two characters (`对确保……至关重要`): then the
#: modal asks for nothing; so does 确保 after a word of purpose (`为确保……，现就……提出如下意见。`), whose
#: sentence asks by its own words after it (not `为了坚决刹住……，……`: 坚决 asks how to act).
PURPOSE_PREPOSITIONS = frozenset(("对",))
PURPOSES = frozenset(("为", "为了"))
ENSURES = frozenset(("确保", "保证"))


def analyse(text: str, tokens: list[Token], begin: int, lexicon: Lexicon, mask: bytearray,
            deadline: Span | None = None) -> Analysis:
    """Match markers, party, imperative opening, quotation and past markers in `tokens[begin:]`,
    the tokens of one sentence (or part) after its label."""
    result = Analysis()
    modals, prohibitions = lexicon.set("modals"), lexicon.set("prohibitions")
    idioms, commitments = lexicon.set("resolve_idioms"), lexicon.set("commitments")
    attitude, past = lexicon.set("attitude"), lexicon.set("past_markers")
    assignments, watched = lexicon.set("assignments"), lexicon.marker_words
    starts = _clause_starts(tokens, begin)
    attributive = None
    past_at = None
    asked_in = -1  # the clause (its first token) where a word asked why or how
    for i in range(begin, len(tokens)):
        tok = tokens[i]
        word = tok.text
        if word in QUESTION_WORDS and _asks(tokens, i, starts[i - begin]):
            asked_in = starts[i - begin]
        if word in past and not mask[tok.start] and not (i > begin and tokens[i - 1].text in OBJECT_PREPOSITIONS) \
                and not (word == DONE and i > begin and tokens[i - 1].text in POTENTIAL) \
                and not (word == CUMULATIVE and _total_to_reach(text, tokens, i)):
            # (看得了病: can, not did; 累计超过10万人, 累计时长不少于5天: a total to reach)
            result.past = True
            if past_at is None:
                past_at, result.past_from = i, tok.start
        if word not in watched or mask[tok.start]:
            continue
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        kind = None
        if word in idioms or word + nxt in idioms:
            kind = "resolve"
        elif word in prohibitions:
            prev = tokens[i - 1].text if i > begin else ""
            if nxt == "是" or (len(word) > 1 and prev == word[1:]) or prev == THEN or prev in CONDITIONS \
                    or prev in ALWAYS_SO:
                continue  # 决不是……而是……, 能不能……: a contrast or a question; 不调整就不能发展: a consequence;
                # 如果不能适应……，就难以……: a condition; 照搬……从来不能成功: what has always held
            kind = "prohibition"
        elif word in modals:
            prev = tokens[i - 1].text if i > begin else ""
            if len(word) == 1 and word != "要" and len(prev) == 1 and len(nxt) == 1 and prev not in PUNCT:
                continue  # 供多需少: a character of a four-character phrase, not a modal
            if prev == "之" or (prev == "所" and word == "需"):
                continue  # 发展之要, 当务之急: a noun; 救援所需装备: what is needed
            if (prev in PURPOSE_PREPOSITIONS and len(word) > 1) or (prev in PURPOSES and word in ENSURES):
                continue  # 对确保……至关重要, 为确保……: the modal's phrase is a preposition's object
            if not nxt or nxt in CLAUSE_END:
                continue  # 群众有所呼、政府有所应。, 落实为要，: a modal governs a verb after it
            if word == "要" and prev in INEVITABLY:
                continue  # 迟早要灭亡, 总是要解决的: what will be, not what to do
            if word.endswith("要") and nxt == RELIES and not (i + 2 < len(tokens) and tokens[i + 2].text == FORWARD):
                continue  # ……的关键，要靠……, 既要靠……又要靠……: what something depends on, not what to do
            if prev in UNDER_WAY:
                continue  # 我国正着力构建……: what is under way, not what to do
            if nxt == DONE:
                continue  # 确保了……落实到位: what was ensured, a report
            if word == ASKING and i > starts[i - begin] and _brought_in(tokens, starts[i - begin], i, lexicon):
                continue  # 减少请上级领导出席……, 不得请……题词: whom a verb brings in, not a request to them
            if word == "要" and asked_in == starts[i - begin]:
                continue  # 说不清为什么要干、要干成什么样: a question, not a directive
            ahead = "".join(t.text for t in tokens[i + 1:i + 4] if t.text != "地")  # 清醒地看到
            manner = i + 2 < len(tokens) and tokens[i + 2].text == "地"  # 要清楚地看到: a manner marked by 地
            if _frames_saying(ahead) or (
                    nxt in attitude or any(ahead.startswith(a) for a in attitude if len(a) > 2)
                    or (manner and ahead[len(nxt):].startswith(tuple(attitude)))
                    or _has_understanding(tokens, i, attitude)) and not _acts_later(text, tokens, i, lexicon):
                result.attitude = True
                continue
            attributive = attributive or _Attributive(tokens, begin)
            if attributive(i, starts[i - begin]):
                continue  # 欠税清缴是今年必须啃下的一块硬骨头: a description, not a directive
            if word in CLAUSE_OPENING_MODALS and i != skip_adverbials(tokens, starts[i - begin], i, lexicon):
                continue  # 希望 directs only at the head of its clause (not 千家万户的希望)
            kind = "modal"
        elif word in commitments:
            subject = party_before(tokens, i, starts[i - begin], text, lexicon)
            if subject is not None and not _disposes(tokens, i):
                kind = "commitment"
        elif word in assignments and _assigns(tokens, i, starts[i - begin], starts[i - begin] == begin, text,
                                              lexicon):
            kind = "modal"  # 县水利局负责……: an assignment
        if kind is None:
            continue
        if kind == "modal" and result.markers and result.markers[0].kind == "commitment":
            other = party_before(tokens, i, starts[i - begin], text, lexicon)
            result.tells_others = result.tells_others or (other is not None and other.text not in PRONOUNS and (
                result.party is None or other.text != result.party.text))
        party = None
        if result.party is None or result.attitude:
            if word in AFTER_PARTY_MARKERS:
                party = party_after(tokens, i, text, lexicon)
            else:
                party = party_before(tokens, i, starts[i - begin], text, lexicon, deadline) \
                    or _named_clause_before(tokens, i, begin, starts, text, lexicon)
        if result.attitude and party is None:
            continue  # 我们必须清醒认识到……任何时候都不能松懈: still the attitude statement
        result.markers.append(Marker(kind, i, word, starts[i - begin]))
        result.party = result.party or party
    words = {t.text for t in tokens[begin:]}
    result.quote = is_quote(text, tokens, begin, lexicon, mask)
    result.statement = is_statement(text, tokens, begin, lexicon)
    if "由" in words or "让" in words:
        named, assigned = _named_by(text, tokens, begin, lexicon, mask)
        if result.party is None or (named is not None and named.start < result.party.start):
            result.party = named  # 由X按照……，确保Y……: X, named first, acts
        if assigned is not None and not result.markers and not result.statement:
            result.markers.append(Marker("modal", assigned, tokens[assigned].text))  # ……工作由X负责
    result.imperative = not result.statement and _imperative(text, tokens, begin, deadline, lexicon)
    first = first_content(tokens, begin, deadline, lexicon)
    if result.markers:  # (what leads the sentence matters only to a directive's kind)
        result.content_from = _past_conditions(text, tokens, first, deadline, lexicon,
                                               [marker.token for marker in result.markers])
        ban = next((m for m in result.markers if m.token >= result.content_from), None)
        if ban is not None and ban.kind == "prohibition":
            result.acts_before_ban = _acts_before(text, tokens, result.content_from, ban.clause, lexicon)
    if result.imperative and past_at is not None and tokens[past_at].text != DONE and (
            starts[past_at - begin] > begin or (past_at > first and tokens[past_at].text in ACHIEVE)):
        result.past = False  # 积极推动……，使其……获得更大的支持, 推动……取得新进展: what the action is to achieve
    result.achieves = past_at is not None and _achieves(tokens, begin, past_at, starts[past_at - begin], past)
    result.opens_with_marker = bool(result.markers) and result.markers[0].token <= first
    if result.party is None:
        result.party = leading_party(tokens, begin, text, lexicon, copula=bool(result.markers))
    if result.party is None and result.markers and result.opens_with_marker:
        result.party = _every_unit_after(tokens, begin, text, lexicon)
    if result.party is None:
        result.party = _subject_after_frame(tokens, begin, text, lexicon)
    return result


def _brought_in(tokens: list[Token], clause: int, at: int, lexicon: Lexicon) -> bool:
    """Whether the 请 at tokens[at] is the object of what comes before it in its clause (`为了减少请……`,
    `不得请……`): a negation or a ban right before it, or a verb with no noun before it in the clause
    (`难题攻关请高校参与`: a topic, then a request to the universities)."""
    prev = tokens[at - 1].text
    if prev in NEGATIONS or prev in lexicon.set("prohibitions"):
        return True
    tags = word_tags(lexicon)
    return tags.get(prev) == "v" and not any((tags.get(t.text) or "").startswith("n") for t in tokens[clause:at - 1])


#: How a first clause ends that only frames the subject after it: a condition (`对……的，`, `凡……的，`)
#: or where the work starts (`从……做起，`).
FRAME_OPENS = frozenset(("对", "对于", "凡", "凡是", "从"))
FRAME_ENDS = ("的", "做起")


def _subject_after_frame(tokens: list[Token], begin: int, text: str, lexicon: Lexicon) -> Span | None:
    """The subject that opens the second clause of a sentence whose first clause only frames it
    (`对……的，县民政局给予……`, `从……做起，各村……要……`), or None."""
    comma = next((k for k in range(begin, len(tokens)) if tokens[k].text in "，,；;。：:"), None)
    if comma is None or comma == begin or tokens[comma].text not in "，," or tokens[begin].text not in FRAME_OPENS \
            or not tokens[comma - 1].text.endswith(FRAME_ENDS):
        return None  # (not `……是以……名义召开的，要求……`: what a thing is, no condition)
    return leading_party(tokens, comma + 1, text, lexicon)


DESCRIPTION = 12  # characters: what a unit named by its description is (`职工多、党员多的`)
DEALT_WITH = frozenset(("对", "对于", "从"))  # 对于……的同志，要……: whom the work deals with (not 凡是……的地区，要……)


def _named_clause_before(tokens: list[Token], marker: int, begin: int, starts: list[int], text: str,
                         lexicon: Lexicon) -> Span | None:
    """The party named by the whole clause before a modal that opens its own (`……，各级干部、驻村队员，
    必须……`, `……，X、Y，不仅要……`), a unit described by what it is too (`职工多、党员多的企业，要……`, as
    `party_before` reads such a name), or None."""
    clause = starts[marker - begin]
    opens = skip_adverbials(tokens, clause, marker, lexicon)
    opens += opens < marker and tokens[opens].text in PAIR_OPENS  # ……，不仅要……
    if marker != opens or clause - 1 <= begin:
        return None
    before = skip_adverbials(tokens, starts[clause - 1 - begin], clause - 1, lexicon)
    tags = word_tags(lexicon)
    verbs = any(tags.get(t.text) == "v" for t in tokens[before:clause - 1])
    described = not verbs and clause - 3 >= before and tokens[clause - 3].text == "的" \
        and tokens[before].text not in DEALT_WITH \
        and tokens[clause - 3].start - tokens[before].start <= DESCRIPTION  # 职工多、党员多的企业，要……
    if not described and (not party_opens(tokens[before].text, lexicon)
                          or not names_a_unit(tokens, before, clause - 1, lexicon) or verbs):
        return None  # (not `严格控制……、层层开会，要……`, `事关全局，要……`: words that end like a name)
    return party_before(tokens, clause - 1, before, text, lexicon)


def _every_unit_after(tokens: list[Token], begin: int, text: str, lexicon: Lexicon) -> Span | None:
    """`要坚持……，各地区各部门结合实际……`: a directive that opens with its modal names who acts at the
    head of a later clause, as every unit of a kind (各X)."""
    for i in range(begin, len(tokens) - 1):
        if tokens[i].text in "，," and tokens[i + 1].text.startswith("各"):
            found = leading_party(tokens, i + 1, text, lexicon)
            if found is not None:
                return found
        if tokens[i].text in "；;。":
            break
    return None


def top_level_semicolons(text: str, start: int, end: int) -> list[int]:
    """Positions of `；` in text[start:end] outside brackets and quotes (a straight `"` closes one,
    as in `quote_mask`)."""
    depth, positions = 0, []
    for i in range(start, end):
        ch = text[i]
        if ch in "（(“‘「【〔":
            depth += 1
        elif ch in "）)”’」】〕\"":
            depth = max(0, depth - 1)
        elif ch in "；;" and depth == 0 and i < end - 1:
            positions.append(i + 1)
    return positions

