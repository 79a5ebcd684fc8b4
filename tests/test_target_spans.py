"""Target spans as metric and value (ANNOTATION.md, "Conventions settled on real documents"), on
sentence shapes met in real documents; the sentences are written for these tests."""
import pytest

from speechmine import extract


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
