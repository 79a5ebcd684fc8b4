"""Zones: where in a speech a sentence stands (`preamble`, `review`, `problem`, `task`, `closing`,
`annex`), from the titles of its parts and the lines that open and close it."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from .directives import CLAUSE_PUNCT, COPULAS, DONE, first_content, opens_with_verb
from .labels import INNER_STYLES, SERIES_STYLES
from .segment import CJK, Token, tokenize, word_tags
from .sentences import SPACE, Node, Sentence, leads_in, title_words


def ends_review(sentence: Sentence, part: Sentence, lexicon: Lexicon) -> bool:
    """An unlabelled title line that neither reviews nor describes problems, in a part whose title
    reviews, ends that part (the text has turned to its tasks without a label of the part style); not
    a lead-in of clauses (`同时，我们还抓了六件事：`, `也应看到仍存在的不足，……：`,
    `为此，今年将着重抓好三件事：`), which stands inside the part (see `_turns_to_work`)."""
    return (_title_line(sentence) and part.label is not None and not _clauses_lead_in(sentence)
            and not sentence.plain.startswith(tuple(lexicon.words("review_openers")))  # a lead-in 一年来，……：
            and part_zone(sentence, lexicon) == "task" and part_zone(part, lexicon) == "review")


def _clauses_lead_in(sentence: Sentence) -> bool:
    """A line that ends in a colon and holds a clause break: a lead-in, not a title."""
    return leads_in(sentence) and any(mark in sentence.text for mark in "，,")


def _turns_to_work(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A lead-in of clauses opening a paragraph of a review or its problems that asks for work
    (`要把今年的事办好，必须抓住几个重点：`, `具体到今年，我们将抓好三件事：`): what follows are
    tasks; not one that names problems (`也应看到仍存在的不足，……：`)."""
    return sentence.first_in_para and _clauses_lead_in(sentence) and not _problem(sentence.text, lexicon) \
        and _asks_for_work(sentence.text, lexicon)


def _asks_for_work(text: str, lexicon: Lexicon) -> bool:
    """Whether a modal of obligation (`要`, `必须`, `应当`; not the 要 of 主要, nor `着力`, which a review
    uses of what was done) or a pledge (`将`) stands among the words of `text`."""
    modals, pledges = lexicon.set("modals"), lexicon.set("commitments")
    return any((token.text in modals and any(c in token.text for c in OBLIGING)) or token.text in pledges
               for token in tokenize(text, lexicon))


OBLIGING = "要须应需务"  # the characters of the modals of obligation


TITLE_CHARACTERS = 4  # Chinese characters at least in a title (`今年工作`; not a word left on its own line: `新建省`)


def _title_line(sentence: Sentence) -> bool:
    """A title on a line of its own without a label, that holds words (four Chinese characters:
    `2.5` left alone by a copied subscript, `PM` / `2.5` / `年平均浓度……`, is none, nor a highlighted
    word a copied page left on a line of its own, `新建省` / `级乡村……`) and is
    no salutation, nor a subtitle or list line that opens with a dash (`——发展稳中有进、……`
    under `一、2023年工作回顾`)."""
    return (sentence.is_title and sentence.first_in_para and sentence.label is None
            and not sentence.text.lstrip().startswith("—")
            and re.search(r"[\u4e00-\u9fff]{2}", sentence.text) is not None  # (not 政 府 工 作 报 告, a page's header)
            and len(CJK.findall(sentence.text)) >= TITLE_CHARACTERS and not SALUTATION.match(sentence.plain))


def _problem(text: str, lexicon: Lexicon) -> bool:
    return lexicon.search("problem_cues", text)


def describes_problem(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence describes a problem: a problem cue (`存在……问题`, `不够`) in one of its
    clauses that no framing preposition before it takes on (`针对……存在的问题，由X……`: the problem
    a decision addresses)."""
    framing = lexicon.set("framing_prepositions")
    for clause in re.split(r"[，,；;。！？!?]", text):
        found = lexicon.combined("problem_cues").search(clause)
        if found is None:
            continue
        before = tokenize(clause[:found.start()], lexicon)
        acted_on = not clause[found.end():].strip() and _acted_on(found.group(0), before, lexicon)
        if not any(t.text in framing for t in before) and not acted_on:
            return True
    return False


def _acted_on(cue: str, before: list[Token], lexicon: Lexicon) -> bool:
    """Whether a problem cue that names the problems (ends with a noun: `存在的突出问题`, `短板`) and
    ends its clause is the object of the verb that opens it (`重点查找……存在的突出问题`; not `补短板
    的任务很重`), not a predicate
    (`推进工作不够有力`) nor what is seen (`清醒看到……存在的问题`)."""
    tags = word_tags(lexicon)
    named = tokenize(cue, lexicon)
    first = first_content(before, 0, None, lexicon)
    return bool(named) and tags.get(named[-1].text) == "n" and first < len(before) \
        and tags.get(before[first].text) == "v" and before[first].text not in lexicon.set("attitude") | ATTENTION


def part_zone(sentence: Sentence, lexicon: Lexicon, year: int | None = None) -> str:
    """review when every clause of the part's title reviews past work or the situation (`一、2024年
    工作回顾`, `一、清醒认识今年防汛形势`), not when one clause asks for action (`一、认清形势，压实
    责任`), or when it names the work of a year before the document's `year` and no plans (`一、2024年
    政府的主要工作` in a report of 2025); problem when it describes problems; else task."""
    words = title_words(sentence)
    named = YEAR_OF_WORK.match(words) or YEAR_CLOSING.search(words)
    if year is not None and named and int(named.group(1)) < year and not PLANS_TITLE.search(words):
        return "review"
    cues = lexicon.words("review_cues")
    clauses = [c for c in re.split(r"[，,；;、]", words) if c]
    if clauses and all(_reviews(clause, cues, lexicon) for clause in clauses):
        return "review"
    if len(clauses) > 1 and (clauses[0].endswith(tuple(lexicon.words("review_openers"))) or THESE_YEARS.search(clauses[0])):
        return "review"  # 一年来，我们坚持……，全力推动……: the time it opens with is the review's
    if (len(words) <= DONE_TITLE or leads_in(sentence)) and not ASKED_OF.search(words) and _names_done(words, lexicon):
        return "review"  # 这一年我们着力抓了四件事：: what was done, the review's sections after it
    halves = [c for c in re.split(r"[，,；;]", words) if c]
    if len(halves) > 1 and any(_reviews(half, cues, lexicon) for half in halves) \
            and not any(_asks(half, lexicon) for half in halves):
        return "review"  # 砥砺奋进这一年，……取得新成效: a slogan beside the review
    if _describes_problems(clauses, cues, lexicon):
        return "problem"
    return "task"


#: What a title ends on when its 了 says what the work ahead is asked to meet (`……，对政府工作提出了更高要求`, a
#: part's title run on into its first sentence), not what was done.
ASKED_OF = re.compile(r"了[^，,；;。：:]{0,12}(?:要求|期望|期待|嘱托)$")
#: Review openers that name the time just past (not `今年以来` or `近年来`, which may open a part's plans,
#: nor `去年`, which may date an event the plans start from: `去年12月，……视察时`).
PAST_OPENERS = re.compile(r"(?:过去的?一年|一年来|一年以来|过去五年|五年来|(?:刚刚|即将)过去的)")


def _opens_with_the_past(sentences: list[Sentence], at: int, lexicon: Lexicon) -> bool:
    """Whether a part at `at` whose title states a result (`一、开局之年成效显著`, no review word in
    it) reviews: the paragraph after its title opens with the time just past (`过去的一年，是……`)."""
    title = sentences[at]
    words = title_words(title)
    if not title.is_title or PLANS_TITLE.search(words) or not _states_result(words, lexicon):
        return False  # (`二、2015年主要任务`, `三、改进政府工作`: a part of plans, whatever it looks back on)
    after = next((s for s in sentences[at + 1:at + 4] if s.first_in_para), None)
    return after is not None and after.label is None and PAST_OPENERS.match(after.plain) is not None


#: The years just past, closing a title's first clause (`这一年`, `攻坚的这五年`).
THESE_YEARS = re.compile(r"这[一二两三四五几]年$")
#: A title that names a year's work (`2024年政府的主要工作`, `2024年工作`).
YEAR_OF_WORK = re.compile(r"((?:19|20)\d\d)年[^，,；;、：:]{0,8}工作$")
#: A title that closes on a year (`奋楫笃行的2024`): the year it is about.
YEAR_CLOSING = re.compile(r"的((?:19|20)\d\d)年?$")


def year_of_parts(sentences: list[Sentence], nodes: list[Node]) -> int | None:
    """The latest year the titles of the text's own parts name when they name two or more
    (`一、2013年主要工作` … `三、2014年重点工作`): the year a report without a date of its own
    is given in, so that the earlier year's part is its review."""
    years = set()
    for node in nodes:
        if node.depth == 0 and sentences[node.sentence].is_title:
            words = title_words(sentences[node.sentence])
            named = re.match(r"((?:19|20)\d\d)年", words) or YEAR_CLOSING.search(words)
            if named:
                years.add(int(named.group(1)))
    return max(years) if len(years) >= 2 else None
#: Words that name the results of the work under review (`这些成绩的取得，……`).
RESULTS_NAMED = re.compile(r"成绩|成效|成就")
#: How long a title may be for an action done (`_names_done`: `做了`) to be read in it; in a lead-in line any length (`……，一年来做了这几件事：`), not in a
#: paragraph that a copy ran on after its title.
DONE_TITLE = 40
#: Review cues that name the situation ahead rather than work done, and a title that goes on from
#: the situation to the work to do (`当前形势和2018年重点工作`, `2019年形势与任务`; not `清醒认识防汛形势`).
SITUATION = frozenset(("形势", "面临的形势", "形势分析"))
SITUATION_AND_TASKS = re.compile(r"形势(?:分析)?[和与及、]?[^，,；;]{0,12}?(?:任务|工作|要求|目标|安排)")
#: A title that names the results of a period and then the tasks of the next (`二、上个五年的成就与
#: “十五五”期间的任务`, `一、……年工作回顾和……年的目标任务`).
RESULTS_AND_TASKS = re.compile(r"(?:成就|成效|成绩|回顾)[和与及](“[^”]{2,6}”|(?:19|20)\d\d年)?[^，,；;、]{0,16}?(?:任务|安排|部署)")
#: A period of plans longer than a year (`“十四五”时期`, `今后五年`).
PLAN_PERIOD = r"“十[一二三四五六七八九]五”(?:时期)?|今后五年|未来五年"
#: A paragraph that sets the year's requirements, targets or tasks (`今年……的总体要求是：`,
#: `……，今年主要预期目标是：`, `今年全县经济和社会事业发展的主要预期目标是：`, `2009年，……的主要任务是：`).
_PLANS_NAMED = (r"[^。；;]{0,16}?(?:今年|明年|(?:19|20)\d\d年|" + PLAN_PERIOD + ")"
                r"[^。；;，,]{0,16}?(?:总体要求|总的要求|预期目标|主要目标|主要任务|指导思想)")
PLAN_OPENS = re.compile("^" + _PLANS_NAMED)
#: A paragraph that sets them, after a bold title that a copy may have run on before it.
SETS_PLANS = re.compile(r"(?:\*\*[^*\n]{2,30}\*\*\s*)?" + _PLANS_NAMED + r"(?:是|为|建议为)?[：:]")


def situation_then_tasks(sentence: Sentence, lexicon: Lexicon) -> bool:
    """A part title that names the situation and then the tasks (`二、2015年形势和任务`), or a period's
    results and then the next one's tasks (`……的成就与“十五五”期间的任务`): the part reads as a
    review until a paragraph sets the year's requirements or targets, or its first sentence names
    the period of the tasks (`plans_period`: `“十五五”期间是……`, `……的“十五五”规划……`)."""
    words = title_words(sentence)
    if RESULTS_AND_TASKS.search(words):
        return True
    found = [cue for cue in lexicon.words("review_cues") if cue in words]
    return bool(found) and all(cue in SITUATION for cue in found) and SITUATION_AND_TASKS.search(words) is not None


#: A part title that names the tasks (`二、今后几年的主要任务`, `三、2026年工作安排`).
PLANS_TITLE = re.compile(r"(?:任务|安排|部署|打算|目标|重点工作)$")


def plans_period(sentence: Sentence) -> str | None:
    """The period a title of results and tasks names for the tasks (`“十五五”`, `2000年`), if any."""
    found = RESULTS_AND_TASKS.search(title_words(sentence))
    return found.group(1) if found else None


def _asks(clause: str, lexicon: Lexicon) -> bool:
    """Whether a title clause opens with an action to take (`压实责任`, `奋力开创新局面`)."""
    tokens = tokenize(clause, lexicon)
    return opens_with_verb(clause, tokens, first_content(tokens, 0, None, lexicon), lexicon)


def _asks_for_a_result(title: str, lexicon: Lexicon) -> bool:
    """A title of one clause that opens with an action to take and names no action done
    (`推动……取得新成效`; not `实施……，增强了……`): the review cue in it is the result asked for."""
    return re.search(r"[，,；;]", title) is None and _asks(title, lexicon) and not _names_done(title, lexicon)


def _names_done(words: str, lexicon: Lexicon) -> bool:
    """Whether the particle of an action done (`DONE`: `做了`) stands in `words` as a word of its own
    (jieba keeps `为了`, `除了` whole)."""
    return DONE in words and any(t.text == DONE for t in tokenize(words, lexicon))


#: What a part title names as faced (`……面临的困难挑战`): problems, when it only calls to see them.
FACED = re.compile(r"面临的[^，,；;、]{0,6}(?:困难|挑战|风险|问题)")
#: Verbs of attention a title may put before the problems it names (beside the attitude lexicon).
ATTENTION = frozenset(("重视", "高度重视"))


def _describes_problems(clauses: list[str], cues: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A title describes problems when, in a clause of it, a problem cue (`存在的问题`, `短板`) is not
    the object of a verb or a framing preposition before it (`补短板`, `着力解决……存在的突出问题`,
    `针对……存在的问题`: what is to be done), unless
    the clause reviews (`总结分析……取得成绩和存在问题`)."""
    tags = word_tags(lexicon)
    attention = lexicon.set("attitude") | ATTENTION
    framing = lexicon.set("framing_prepositions")  # 针对……存在的问题: what the part takes on
    for clause in clauses:
        found = lexicon.combined("problem_cues").search(clause) or FACED.search(clause)
        if found is None:
            continue
        verbs = [t.text for t in tokenize(clause[:found.start()], lexicon)
                 if tags.get(t.text) == "v" or t.text in attention or t.text in framing]
        acted_on = bool(verbs) and verbs[0] not in attention  # 高度重视……面临的困难挑战: seen, not acted on
        if not acted_on or any(cue in clause for cue in cues):
            return True
    return False


#: What makes a situation word the frame of the work rather than the situation reviewed (`新形势下`).
FRAMING_TIME = "下"


def _reviews(clause: str, cues: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A title clause reviews when it holds a review cue, unless the cue opens it as a verb whose
    object is another action (`总结表彰`, `总结推广典型经验`: what is still to be done; not
    `回顾总结`, `总结经验`), nor where the cue only frames the time of the work (`加强新形势下……工作`)."""
    found = [cue for cue in cues if cue in clause and cue in clause.replace(cue + FRAMING_TIME, "")]
    if not found or _means_ahead(clause, found, lexicon):
        return False
    opening = next((cue for cue in found if clause.startswith(cue)), None)
    if opening is None or len(found) > 1:
        return True
    rest = tokenize(clause[len(opening):], lexicon)
    return not (rest and word_tags(lexicon).get(rest[0].text) == "v")


def _means_ahead(clause: str, found: list[str], lexicon: Lexicon) -> bool:
    """Whether the review cue of a title clause opening with 以 is the means of an act still ahead:
    a verb or a framing preposition follows it (`以……的优异成绩迎接……`, `以优异成绩向……献礼`; not
    `以项目建设为抓手的城市更新成效明显`, a result)."""
    if not clause.startswith("以"):
        return False
    tokens = tokenize(clause, lexicon)
    holding = next((k for k, t in enumerate(tokens) if any(cue in t.text for cue in found)), None)
    if holding is None or holding + 1 >= len(tokens):
        return False
    after = tokens[holding + 1].text
    return word_tags(lexicon).get(after) == "v" or after == "向" or after in lexicon.set("framing_prepositions")


def set_zones(sentences: list[Sentence], nodes: list[Node], lexicon: Lexicon, closing_from: int | None,
              inside: bool, year: int | None = None) -> None:
    """Zones: the preamble (before the first part label, or the salutation and the paragraph after
    it when labels only come inline; none when the text opens `inside` a part: `opens_inside_part`); the closing (from `同志们，…` after the parts); review for a
    part whose title reviews past work (problem from the paragraph where it turns to problems) and
    for an unlabelled paragraph that opens like a review (`去年，…`); problem for a part whose title
    describes problems; task elsewhere. `year` is the document's, when its text dates it."""
    first = _preamble_end(sentences, nodes, lexicon, inside)
    top_style = nodes[0].label.style if nodes else None
    zone, paragraph, parts_seen = "task", None, False
    titled = False  # a title line without a label has set the zone (its parts' labels were lost)
    sections_style = None  # the style of the first labels under such a title line
    sections_reached = 0  # the last number of those sections
    title_para = -2  # the paragraph of the last title line that set the zone
    opening = "preamble"  # the zone of a paragraph before the first part
    labelled = titled_within = False  # a labelled part has opened; the title line stands inside one
    ahead = False  # the current part's title names the situation, then the tasks (`situation_then_tasks`)
    period = None  # the period it names for the tasks (`plans_period`)
    results_line = False  # a title line without a label named results, then tasks: its parts review first
    outer = None  # the style of the text's own parts when an excerpt opened inside one of them
    openers = tuple(lexicon.words("review_openers"))
    lessons = None  # the series style of the paragraphs that list lessons drawn (`_names_lessons`)
    planned = False  # a part of the text's own has planned
    plans_set = False  # a sentence has set the year's requirements, targets or tasks (`SETS_PLANS`)
    for i, sentence in enumerate(sentences):
        if closing_from is not None and i >= closing_from:
            sentence.zone = "closing"
            continue
        plans_set = plans_set or SETS_PLANS.search(sentence.text) is not None
        if i < first:
            if opening == "problem" and (_title_line(sentence) or _sets_out_plans(sentence)):
                opening = "preamble"  # the problems end at a title line or where the year's plans are set
            if (i == 0 or (sentence.first_in_para and RESULTS_NAMED.search(sentences[0].text))
                    or any(colon in sentence.text for colon in COLONS)) \
                    and _problem(sentence.text, lexicon) and not PURPOSE.match(sentence.text):
                opening = "problem"  # an excerpt that opens in the problems paragraph (`……也要清醒地看到，
                # ……`), or in the review's results and then turns to its problems, up to the first part,
                # or whose problems a lead lists (`……还有一些短板和不足，主要有：……`, inside a paragraph);
                # not a purpose that names problems (`为……解决……存在的问题，……`)
            sentence.zone = opening
            continue
        # `二、` after the sections (`（一）`…) under a review title line whose own label was lost
        after_sections = titled and not titled_within and sentence.label is not None \
            and sections_style not in (None, sentence.label.style)
        # `二、2024年工作安排` right after a review title line with no sections: the review's own `一、` was lost
        next_part = titled and not titled_within and sections_style is None and sentence.first_in_para \
            and sentence.label is not None and sentence.label.style == "一、" and sentence.label.value >= 2
        # `一、……` again after the review's sections `一、` to `三、` and its problems: the plans' parts, their title
        # line lost (the review title line holds no zone after them; not a second review series, `五年来，……` `（一）……`)
        restarts = titled and not titled_within and zone == "problem" and sentence.first_in_para \
            and sentence.label is not None and sentence.label.style == sections_style and sentence.label.value == 1 \
            and sections_reached > 1
        next_part, titled = next_part or restarts, titled and not restarts
        if sentence.label and sentence.first_in_para and sentence.node is not None \
                and nodes[sentence.node].depth == 0 and sentence.label.style not in INNER_STYLES \
                and sentence.label.style != top_style and sentence.label.value >= 2 and outer is None \
                and (nodes[0].label.value >= 2 or after_sections) and i > nodes[0].sentence:
            outer = sentence.label.style  # 二、 after an excerpt that opened at （五） of part 一: the text's own parts
            titled = titled and not after_sections  # (the title line no longer holds the zone)
            turn = next((k for k in range(first, i) if sentences[k].first_in_para
                         and _problem(sentences[k].text, lexicon)), None)
            if part_zone(sentence, lexicon) == "problem" or turn is not None:
                # problems follow the review: the part before them was one (its problems paragraph
                # inside it, `我们也清醒地看到……`, before `二、2023年主要工作安排`), up to an unlabelled
                # title line of plans after them (`2021年工作安排`)
                for k in range(first, _plans_title_after(sentences, turn or first, i, lexicon)):
                    if sentences[k].zone == "task":
                        sentences[k].zone = "problem" if turn is not None and k >= turn else "review"
        if titled and sections_style is None and sentence.label and sentence.first_in_para \
                and sentence.label.style not in INNER_STYLES:
            sections_style = sentence.label.style  # the sections under a review title line (`（一）`)
        if titled and sentence.label and sentence.first_in_para and sentence.label.style == sections_style:
            sections_reached = sentence.label.value
        if sentence.label and sentence.first_in_para and (
                _part_style(sentence.label.style, top_style) or sentence.label.style == outer) \
                and sentence.node is not None and nodes[sentence.node].depth == 0:
            # under a title line `……的成绩与今后的任务`, its parts review until one names the tasks
            results_first = results_line and zone in ("review", "problem") \
                and not PLANS_TITLE.search(title_words(sentence))
            if not results_first and (not (titled and zone in ("review", "problem")) or titled_within or next_part):
                zone = part_zone(sentence, lexicon, year)  # a part opens a paragraph; inline labels do not
                # (under a review title line, its labelled parts are its sections and keep its zone)
                if zone == "task" and not planned and _opens_with_the_past(sentences, i, lexicon):
                    zone = "review"  # 一、开局之年成效显著 / 过去的一年，……: the part reviews
                elif zone == "review" and plans_set and _asks_for_a_result(title_words(sentence), lexicon):
                    zone = "task"  # 五、推动……取得更大成效 after the year's plans were set: a result asked for
                planned = planned or zone == "task"  # (after a part of plans, `四、政府自身建设` plans too)
            labelled = labelled or sentence.label.style not in INNER_STYLES
            results_line = results_line and zone in ("review", "problem")
            ahead, period = results_line or situation_then_tasks(sentence, lexicon), plans_period(sentence)
        elif ahead and zone in ("review", "problem") and _opens_paragraph(sentences, i) and (
                PLAN_OPENS.match(sentence.plain) or period and period in sentence.plain):
            zone = "task"  # 二、2015年形势和任务 …… 今年……的总体要求是：……: the part turns to its tasks
        elif _title_line(sentence) and (sentence.node is None or titled) and sentence.para != title_para + 1 \
                and (zone in ("review", "problem") or part_zone(sentence, lexicon) == "review"):
            zone = part_zone(sentence, lexicon)  # (see ends_review); a text without labels: `“十四五”时期工作回顾`
            ahead = situation_then_tasks(sentence, lexicon)  # `……年面临的形势和任务`: its parts are tasks
            period = plans_period(sentence)
            results_line = RESULTS_AND_TASKS.search(title_words(sentence)) is not None
            parts_seen, titled, sections_style = True, zone == "review" and not ahead, None  # (the labelled sections under it are its own,
            titled_within = labelled  # unless it stands inside a labelled part: `……主要做了以下工作：`)
            title_para = sentence.para  # (its next lines, a title set over lines, go on with it:
            # `做好今年工作` / `我们要……再出发` / `奋力书写……成绩单`)
        elif zone == "review" and sentence.first_in_para and _problem(sentence.text, lexicon):
            zone = "problem"
        elif zone in ("review", "problem") and _turns_to_work(sentence, lexicon):
            zone, titled = "task", False  # (a review title line's hold ends where the work is named)
        elif zone == "problem" and _sets_out_plans(sentence):
            zone, titled = "task", False  # the plans after the problems (二、存在问题及下一步打算 …… 2025年，我们将……;
            # `**2025年工作部署** 今年全县工作的总体要求是：`, its title run on by a copy)
        if sentence.para == title_para + 1 and _title_line(sentence):
            title_para = sentence.para  # the title goes on over this line
        if sentence.first_in_para:
            paragraph = _paragraph_zone(sentence, paragraph, openers, lexicon, not parts_seen)
            if paragraph is None and _names_conditions(sentences, i):
                paragraph = "review"  # ……，全县迎来难得的窗口期机遇。一是……二是……: the situation, described
            if lessons is not None and sentence.label is not None and sentence.label.style == lessons:
                paragraph = "review"  # 第二，坚持……: a lesson the years reviewed taught, not a task
            else:
                lessons = None
            parts_seen = parts_seen or (sentence.label is not None and sentence.label.style == top_style)
        sentence.zone = paragraph if paragraph is not None and zone == "task" else zone
        if _names_lessons(sentences, i):
            lessons = sentences[i + 1].label.style
    _mark_annex_lists(sentences)


def _plans_title_after(sentences: list[Sentence], start: int, end: int, lexicon: Lexicon) -> int:
    """The first unlabelled title line of plans in sentences[start:end] (`2021年工作安排`), or `end`:
    where the problems a review turned to have ended."""
    return next((k for k in range(start, end)  # (_title_line: unlabelled)
                 if _title_line(sentences[k]) and part_zone(sentences[k], lexicon) == "task"), end)


#: A sentence that ends naming the conditions the work has or faces (`全县迎来……窗口期机遇`,
#: `今年我们具备三方面优势：`, `机遇大于挑战`) or the considerations behind its goals (`确定目标，主要
#: 考虑了三个方面：`), not one that acts on them (`抓住……机遇`).
CONDITIONS = re.compile(r"(?:(?:面临|迎来|拥有|具有|具备|有)(?:着)?[^，,。；;：:]{0,12}(?:机遇|有利条件|机会|优势)"
                        r"|机遇大于(?:挑战|困难)|考虑[^，,。；;：:]{0,12}(?:因素|方面))[。：:]$")


def _names_conditions(sentences: list[Sentence], i: int) -> bool:
    """Whether sentences[i] names the conditions the work faces and a series in its paragraph lists
    them (`一是经济长期向好。二是……`, or run on after its colon: `……两方面因素：一是……。`): a
    description of the situation, not tasks."""
    sentence = sentences[i]
    label = sentence.label
    if label is not None:  # a series run on after the colon: the lead is what comes before it
        return label.start > sentence.start and label.style in SERIES_STYLES \
            and CONDITIONS.search(sentence.text[:label.start - sentence.start].replace("**", "")) is not None
    following = sentences[i + 1] if i + 1 < len(sentences) else None
    return CONDITIONS.search(sentence.plain) is not None and following is not None \
        and following.para == sentence.para and following.label is not None \
        and following.label.style in SERIES_STYLES


#: A sentence that ends naming the lessons of the years reviewed (`……的实践，积累了……的经验。`,
#: `我们有三点体会：`); 经验 only with 了 before it, not a call to learn from others (`学习先进经验。`).
LESSONS = re.compile(r"(经验|体会(?:是)?|启示(?:是)?)[。：:]$")


def _names_lessons(sentences: list[Sentence], i: int) -> bool:
    """Whether sentences[i] names the lessons drawn and the next paragraph opens a series that lists
    them (`第一，坚持……。` `第二，……`): those paragraphs review."""
    following = sentences[i + 1] if i + 1 < len(sentences) else None
    if following is None or not following.first_in_para or following.label is None \
            or following.label.style not in SERIES_STYLES:
        return False
    named = LESSONS.search(sentences[i].plain)
    return named is not None and (named.group(1) != "经验" or DONE in sentences[i].plain[:named.start()])


def _opens_paragraph(sentences: list[Sentence], i: int) -> bool:
    """Whether sentences[i] opens its paragraph, or follows only a salutation there (`各位代表！……`)."""
    return sentences[i].first_in_para or (i > 0 and sentences[i - 1].first_in_para
                                          and sentences[i - 1].para == sentences[i].para
                                          and SALUTATION.match(sentences[i - 1].plain) is not None)


#: The colon after which a sentence lists what it named (`……还有一些短板和不足，主要有：……`).
COLONS = "：:"
#: A sentence that opens with its purpose (`为进一步……，`, `为了……`).
PURPOSE = re.compile(r"\s*为了?(?!此|止)")
#: A paragraph of a problems part that turns to what will be done: a time to come, then `将` or `要`.
TURNS_TO_PLANS = re.compile(r"(?:(?:19|20)\d\d年|下一步|下步|今后|明年|新的一年)[，,][^。；;]{0,12}(?:将|要)")


def _sets_out_plans(sentence: Sentence) -> bool:
    """Whether the sentence opens a paragraph that turns from the problems to the plans: a time to come and
    `将`/`要` (`TURNS_TO_PLANS`), or the year's requirements or targets set (`SETS_PLANS`)."""
    return sentence.first_in_para and (TURNS_TO_PLANS.match(sentence.plain) is not None
                                       or SETS_PLANS.match(sentence.text) is not None)


def _part_style(style: str, top_style: str | None) -> bool:
    """Whether a label of `style` at the top level opens a part: the first style of the text, or,
    when that was a speaker's ordinal (an excerpt that opens inside a part at `第一，……`), a
    numbering style (`二、……` after `第六，……`)."""
    return style == top_style or (top_style in SERIES_STYLES and style not in INNER_STYLES)


def _paragraph_zone(sentence: Sentence, previous: str | None, openers: tuple[str, ...], lexicon: Lexicon,
                    opening: bool) -> str | None:
    """The zone of an unlabelled stretch of review in a part of tasks, from its paragraph's first
    sentence: review when it opens like a review (`一年以来，……`); after a review, problem when it
    turns to problems (`……我们也要清醒看到……`); a series paragraph goes on with the zone before it
    when its title states a result (`二是……机制更加完善。`) or a problem (`二是……意识还亟待提升。`),
    and an excerpt (`opening`: no part has begun) that starts with such a result reviews; None (the
    part's own zone) otherwise."""
    if sentence.label is None and sentence.plain.startswith(openers):
        return "review"
    if previous is None:
        if opening and sentence.label is not None and sentence.label.style in SERIES_STYLES \
                and _states_result(title_words(sentence), lexicon):
            return "review"  # an excerpt that opens inside a review: 一是……不断增强。
        return None
    if sentence.label is None:
        return "problem" if _problem(sentence.text, lexicon) else None
    if sentence.label.style in SERIES_STYLES:
        title = title_words(sentence)
        if (previous == "review" and _states_result(title, lexicon)) or (previous == "problem" and _problem(title, lexicon)):
            return previous
    return None


def _states_result(title: str, lexicon: Lexicon) -> bool:
    """A series title that states how something has changed: `……不断增强` (RESULT_TITLE), or a
    subject first and no call to act (`交通投资保持高位运行`, `……成效明显`), not `加快……`,
    `……要加强`."""
    if RESULT_TITLE.match(title):
        return True
    tokens = tokenize(title, lexicon)
    if not tokens or any(t.text in lexicon.marker_words for t in tokens):
        return False
    if any(_asks(clause, lexicon) for clause in re.split(r"[，,；;]", title)[1:] if clause):
        return False  # 牢记……要求，筑牢……，大力推动……: its later clauses call to act
    if title.startswith("“"):
        return True  # “四好农村路”建设……: a name for subject
    first = first_content(tokens, 0, None, lexicon)
    return first < len(tokens) and word_tags(lexicon).get(tokens[first].text) in ("n", "name") \
        and not opens_with_verb(title, tokens, first, lexicon)


#: A series title that states a result (`一是政治“三力”不断增强`, `二是……机制更加完善`): a subject,
#: then how it has changed; after a paragraph that reviews (`一年以来，……`) it goes on reviewing.
RESULT_TITLE = re.compile(r"^[^，,。；;]{2,16}?(?:不断|更加|更好|明显|显著|持续|稳步|大幅|进一步|日益|逐步)[^，,。；;]{1,4}$")
ANNEX_LIST = re.compile(r"^附件[：:]")
CONTACT_LINE = re.compile(r"^(?:联系人|联系电话|联系方式|咨询电话|电话|传真|邮箱|电子邮箱|E-mail|邮寄地址|地址)[：:]", re.I)


#: The title line of an annex (`附件1`, `附件二`, `附件：` alone): the notes before it end there, as they do at
#: another title that explains no term (`2013年县政府十件实事`; see `_closes_notes`).
ANNEX_TITLE = re.compile(r"^附件\s*(?:[\d一二三四五六七八九十]+|[：:])$")
#: What a title line inside the notes may hold and still not end them (`_closes_notes`): a colon that
#: explains a term, or an opening bracket (`（紧接第2版）`, a copy's page furniture); the title of more
#: notes; and words (a stray `.` line is no title).
NOTE_LINE = re.compile(r"[：:]|^[（(［\[]")
MORE_NOTES = "说明"
TITLE_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")
SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")  # (`注 释`: spaces between characters)
#: The title of the notes a report ends with (`名词解释`, `附件2 名词解释`, `《本报告》名词注释`, `附：名词解释和
#: 说明`, `注释：`, `……有关术语的说明`, `有关用语释义`, `名词术语解释`, `……和有关说明`, `《本报告》相关缩略语`),
#: read without the spaces that may stand between its characters (`注 释`).
GLOSSARY_TITLE = re.compile(r"^(?:附件\s*\d*\s*|附[：:]?)?(?:《[^》]{1,20}》)?(?:有关|相关)?(?:内容)?(?:(?:名词|词语|术语|用语){0,2}"
                            r"(?:解释|注释|注解|释义)(?:和?(?:有关)?(?:情况)?说明)?|(?:名词|词语|术语)的?说明|缩略语)[：:]?$")


def _closes_notes(sentence: Sentence, words: str) -> bool:
    """Whether a title line inside a glossary ends it: it explains no term (no colon), is no note in
    brackets, carries no label (the notes may be grouped under the report's own part titles, `一、
    2013年工作回顾`), is no title of further notes (`相关数据情况说明`) and has words (not a stray `.`)."""
    return not NOTE_LINE.search(words) and sentence.label is None and not words.endswith(MORE_NOTES) \
        and TITLE_WORDS.search(words) is not None


def _mark_annex_lists(sentences: list[Sentence]) -> None:
    """`附件：1.……申请表` and the title lines after it (`2.……汇总表`, the signature, the date) name the
    attachments, and a paragraph of contact details (`联系人：……`) gives them; the notes after a
    glossary's title line (`名词解释`, `1.“两个倍增”：……`) explain the text's terms, up to the title of
    an annex after them (`附件1`, which may list the year's projects) or another title that explains no
    term (`2013年县政府十件实事`): zone annex, which holds no task and no part of the numbered item before it. A Markdown copy's bold marks change none of this."""
    annex, glossary = False, False
    listed = None  # the label style of the attachments listed (`1．`)
    for sentence in sentences:
        if sentence.first_in_para:
            words = sentence.plain.strip("*" + SPACE)
            glossary = (glossary and not (sentence.is_title and (ANNEX_TITLE.match(words) or _closes_notes(sentence, words)))) \
                or (sentence.is_title and bool(GLOSSARY_TITLE.match(re.sub(SPACED, "", words))))  # (`注 释`)
            style = sentence.label.style if sentence.label is not None else None
            if ANNEX_LIST.match(sentence.plain):
                annex, listed = True, None
            else:  # (a title labelled in another style opens a part: `一、……` of the first attachment's text)
                annex = annex and sentence.is_title and (style is None or listed is None or style == listed)
                listed = listed or style
            contact = bool(CONTACT_LINE.match(sentence.plain))
        if annex or contact or glossary:
            sentence.zone = "annex"


SALUTATION = re.compile(r"^(?:同志们|各位代表|各位委员|各位领导)[：:，,！!]?$")


ADDRESSEE = re.compile(r"^[^。；;！!？?]{2,60}[：:]$")


#: How hard or how well an action that follows is to be taken (`更大力度促进……`, `以更高标准……`).
MANNER = re.compile(r"^以?更[大高实强优好][^，,。；;]{0,2}?(?:力度|举措|标准|水平|质量|措施)")


def _starts_mid_part(opening: list[Sentence], lexicon: Lexicon) -> bool:
    """Whether the text before the first part is the end of a part, not a preamble: an excerpt that
    starts in the middle of a part opens with an action (`加快……。`, `积极推动……`, a verb of jieba's
    dictionary) or a directive (`各党支部要……`), with no salutation (`同志们：`) or addressee line
    (`各区教育局：`) before it."""
    if any(SALUTATION.match(s.plain) or ADDRESSEE.match(s.plain) for s in opening):
        return False
    body = next((s for s in opening if not s.is_title), None)
    if body is None:
        return False
    tokens = tokenize(MANNER.sub("", body.text, count=1), lexicon)
    first = first_content(tokens, 0, None, lexicon)
    if first >= len(tokens):
        return False
    if opens_with_verb(body.text, tokens, first, lexicon) or (
            word_tags(lexicon).get(tokens[first].text) == "v" and tokens[first].text not in COPULAS):
        return True  # 加快……, 促进……: an imperative verb, or a verb by jieba's dictionary
    clause = next((k for k in range(first, len(tokens)) if tokens[k].text in CLAUSE_PUNCT), len(tokens))
    return any(t.text in lexicon.set("modals") for t in tokens[first:clause])  # 各党支部要……: a party and its modal


def _preamble_end(sentences: list[Sentence], nodes: list[Node], lexicon: Lexicon, inside: bool) -> int:
    """Index of the first sentence after the preamble: at the latest, a title line without a label
    that opens a review (`2024年工作回顾` in a text whose part labels were lost, or on the first line
    of an excerpt that begins with it), or one of plans after some text (`……总体部署和奋斗目标`
    after the end of a review an excerpt opened in)."""
    found = _preamble_by_labels(sentences, nodes, inside)
    cues = tuple(lexicon.words("review_cues"))

    def opens_body(i: int, sentence: Sentence) -> bool:
        if not _title_line(sentence):
            return False
        zone = part_zone(sentence, lexicon)
        if zone == "review":
            return bool(i) or title_words(sentence).endswith(cues)  # (not the text's own title: `在……的总结讲话`)
        return bool(i) and zone == "task" and PLANS_TITLE.search(title_words(sentence)) is not None

    return next((i for i, s in enumerate(sentences[:found]) if opens_body(i, s)), found)


def opens_inside_part(sentences: list[Sentence], nodes: list[Node], lexicon: Lexicon) -> int | None:
    """The sentence of the text's first part when the text before it is the end of a part whose label
    was cut away (an excerpt that starts in the middle of a part: see `_starts_mid_part`; a series
    the cut part numbered inside a paragraph, `……。一是……`, before it is its own), else None."""
    first = next((node.sentence for node in nodes if _opens_a_part(sentences, node)), None)
    return first if first is not None and _starts_mid_part(sentences[:first], lexicon) else None


def _opens_a_part(sentences: list[Sentence], node: Node) -> bool:
    """Whether the node's label opens a paragraph and numbers a part (`一是……` opening a paragraph
    does not open the body: 会议强调，……一是……)."""
    return sentences[node.sentence].first_in_para and node.label.style not in SERIES_STYLES


def _preamble_by_labels(sentences: list[Sentence], nodes: list[Node], inside: bool) -> int:
    """The preamble's end by the labels: the first part label that opens a paragraph (unless the
    text opens `inside` a part: no preamble), else the salutation and the paragraph after it."""
    if nodes and _opens_a_part(sentences, nodes[0]) and not inside:
        return nodes[0].sentence
    salutation = next((s.para for s in sentences[:40] if SALUTATION.match(s.plain)), None)
    if salutation is None or not all(s.is_title for s in sentences if s.para < salutation):
        # (a salutation opens the body only after the title lines: one in the text addresses no one new)
        return next((i for i, s in enumerate(sentences) if not s.is_title), 0)
    after = next((s.para for s in sentences if s.para > salutation), salutation)  # its next paragraph
    return next((i for i, s in enumerate(sentences) if s.para > after), len(sentences))
