"""What the items say does not depend on how a document happens to be written down: labels
renumbered (an excerpt that opens at 三、), a review paragraph before a part, full-width or ASCII
punctuation, traditional script, lines hard-wrapped as in text copied from a PDF. Checked with
hypothesis over the project's own documents."""
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from speechmine import extract
from speechmine.analysis.normalise import char_table

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted([*ROOT.glob("tests/data*/*.txt"), *ROOT.glob("examples/*.txt")])
TEXTS = {p.name: p.read_text(encoding="utf-8") for p in DOCUMENTS}
CN = "一二三四五六七八九十"
PART = re.compile(r"^([一二三四五六七八九十])、", re.M)
FULL_TO_ASCII = str.maketrans("，；：（）！？", ",;:()!?")
SIMPLIFIED_TO_TRADITIONAL = {v: chr(k) for k, v in char_table().items() if chr(k) != v and len(v) == 1
                             and not ("0" <= v <= "9" or v == "%")}
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def facts(text: str, *, strip_label: bool = False) -> list[tuple]:
    """What each item says, without where it stands: kind, text, party, deadline, target, the
    path below its part, borderline. `strip_label` drops the part label from the item's text."""
    out = []
    for item in extract(text).items:  # (a str is the text itself; no re-flow)
        words = PART.sub("", item.text) if strip_label else item.text
        out.append((item.kind, words, item.party, item.deadline, item.target, tuple(item.path[1:]),
                    item.borderline))
    return out


@SETTINGS
@given(st.sampled_from(sorted(TEXTS)), st.integers(min_value=1, max_value=4))
def test_renumbering_the_parts_changes_nothing_but_their_labels(name, shift):
    text = TEXTS[name]
    labels = PART.findall(text)
    if not labels or CN.index(labels[-1]) + shift >= len(CN):
        return
    shifted = PART.sub(lambda m: CN[CN.index(m.group(1)) + shift] + "、", text)
    assert facts(shifted, strip_label=True) == facts(text, strip_label=True)


@SETTINGS
@given(st.sampled_from(sorted(TEXTS)), st.data())
def test_a_review_paragraph_before_a_part_adds_nothing(name, data):
    text = TEXTS[name]
    starts = [m.start() for m in PART.finditer(text)]
    if not starts:
        return
    at = data.draw(st.sampled_from(starts))
    review = "去年，全县上下共同努力，完成了年初确定的各项目标任务，群众满意度明显提高。\n"
    assert facts(text[:at] + review + text[at:]) == facts(text)


@SETTINGS
@given(st.sampled_from(sorted(TEXTS)), st.data(), st.sampled_from(["各位代表！", "同志们：", "同志们，"]))
def test_a_salutation_between_parts_adds_nothing(name, data, salutation):
    """Reports say `各位代表！` again between their parts: it neither ends the text (a closing) nor
    opens it (a preamble), wherever it stands."""
    text = TEXTS[name]
    starts = [m.start() for m in PART.finditer(text)]
    if not starts:
        return
    at = data.draw(st.sampled_from(starts))
    assert facts(text[:at] + salutation + "\n" + text[at:]) == facts(text)


@SETTINGS
@given(st.sampled_from(sorted(TEXTS)), st.integers(min_value=2, max_value=7),
       st.sampled_from(["— {} —", "- {} -", "第{}页 共9页", "{}"]))
def test_page_numbers_left_in_the_text_add_nothing(name, every, mark):
    """Text copied from print keeps its page numbers as lines of their own between paragraphs."""
    lines = TEXTS[name].split("\n")
    paged = [line for n, line in enumerate(lines)
             for line in ([line, mark.format(n // every + 1)] if n % every == every - 1 else [line])]
    assert facts("\n".join(paged)) == facts(TEXTS[name])


@SETTINGS
@given(st.sampled_from(sorted(TEXTS)))
def test_ascii_punctuation_reads_like_full_width(name):
    text = TEXTS[name]
    back = str.maketrans(",;:()!?", "，；：（）！？")

    def full_width(found: list[tuple]) -> list[tuple]:
        return [(k, t.translate(back), p and p.translate(back), d and d.translate(back), g and g.translate(back),
                 tuple(x.translate(back) for x in path), b) for k, t, p, d, g, path, b in found]

    assert full_width(facts(text.translate(FULL_TO_ASCII))) == full_width(facts(text))


@SETTINGS
@given(st.sampled_from(sorted(TEXTS)))
def test_traditional_script_reads_like_simplified(name):
    text = TEXTS[name]
    traditional = "".join(SIMPLIFIED_TO_TRADITIONAL.get(ch, ch) for ch in text)
    table = char_table()

    def simplified(found: list[tuple]) -> list[tuple]:
        return [(k, t.translate(table), p and p.translate(table), d and d.translate(table), g and g.translate(table),
                 tuple(x.translate(table) for x in path), b) for k, t, p, d, g, path, b in found]

    assert simplified(facts(traditional)) == simplified(facts(text))


def wrap(text: str, width: int) -> str:
    """The text as copied from a PDF: every paragraph cut into lines of `width` characters."""
    lines = []
    for paragraph in text.splitlines():
        lines += [paragraph[i:i + width] for i in range(0, len(paragraph), width)] or [""]
    return "\n".join(lines) + "\n"


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(TEXTS)), st.integers(min_value=26, max_value=34))
def test_hard_wrapped_lines_read_like_the_paragraphs(tmp_path_factory, name, width):
    """A wrapped line that ends exactly at a sentence's end may or may not end its paragraph, so a
    document may lose an item or two; over all documents and widths 98 % must hold (below)."""
    path = tmp_path_factory.mktemp("wrapped") / name
    path.write_text(wrap(TEXTS[name], width), encoding="utf-8")
    wrapped, original = facts_of(extract(path)), facts(TEXTS[name])
    same = sum(1 for fact in original if fact in wrapped)
    assert same >= 0.9 * len(original), (len(original), same)


def test_hard_wrapped_documents_keep_98_percent_of_their_items(tmp_path):
    same = total = 0
    for name, text in sorted(TEXTS.items()):
        original = facts(text)
        for width in (26, 28, 30, 32, 34):
            path = tmp_path / f"{width}-{name}"
            path.write_text(wrap(text, width), encoding="utf-8")
            wrapped = facts_of(extract(path))
            same += sum(1 for fact in original if fact in wrapped)
            total += len(original)
    assert same >= 0.98 * total, (same, total)


def facts_of(result) -> list[tuple]:
    return [(it.kind, it.text, it.party, it.deadline, it.target, tuple(it.path[1:]), it.borderline)
            for it in result.items]
