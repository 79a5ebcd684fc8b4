"""The spaCy component: `nlp.add_pipe("speechmine")` on a blank Chinese pipeline."""
from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

import speechmine  # noqa: E402
from speechmine.scale.spacy_component import make_speechmine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("二、重点工作\n"
        "一要加强组织领导。各区县要在年底前建立工作专班，确保覆盖率达到95%以上。"
        "严禁弄虚作假。\n"
        "（一）县交通局要在9月底前完成国道改造。（牵头单位：县交通局；责任单位：各乡镇）\n")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("speechmine")
    return nlp


def test_tasks_are_spans_aligned_to_the_items(nlp):
    doc = nlp(TEXT)
    items = speechmine.extract(TEXT).items
    assert len(items) >= 4
    assert len(doc._.tasks) == len(items)
    for span, item in zip(doc._.tasks, items):
        assert span.doc is doc
        assert span.start_char <= item.start and item.end <= span.end_char
        assert item.text in span.text
        # widened only to the edges of the tokens holding the item's first and last characters
        assert doc[span.start].idx <= item.start < doc[span.start].idx + len(doc[span.start])
        assert span._.task == item.to_dict()
        assert (span._.kind, span._.party, span._.deadline, span._.target, span._.path) == (
            item.kind, item.party, item.deadline, item.target, item.path)


def test_fields_come_through(nlp):
    tasks = nlp(TEXT)._.tasks
    by_text = {span._.task["text"]: span for span in tasks}
    assert by_text["严禁弄虚作假。"]._.kind == "prohibition"
    assert by_text["各区县要在年底前建立工作专班，确保覆盖率达到95%以上。"]._.deadline == "年底前"
    assert any(span._.party == "县交通局" and span._.deadline == "9月底前" for span in tasks)


def test_a_doc_without_tasks_gets_an_empty_list(nlp):
    assert nlp("今天天气很好。")._.tasks == []


def test_tasks_survive_doc_serialisation(nlp):
    doc = nlp(TEXT)
    again = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(s.text, s._.kind) for s in again._.tasks] == [(s.text, s._.kind) for s in doc._.tasks]


def test_the_entry_point_names_the_factory():
    tomllib = pytest.importorskip("tomllib")
    entry = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["entry-points"]["spacy_factories"]["speechmine"]
    module, _, attr = entry.partition(":")
    assert getattr(importlib.import_module(module), attr) is make_speechmine


def test_importing_speechmine_does_not_import_spacy():
    code = "import sys, speechmine, speechmine.cli, speechmine.scale.batch; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_config_passes_lexicons_and_segmenter(tmp_path):
    units = tmp_path / "units.txt"
    units.write_text("供排水公司\n", encoding="utf-8")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("speechmine", config={"lexicons": [str(units)]})
    text = "二、重点工作\n供排水公司每月巡查管网，确保安全运行。\n"
    assert [span._.party for span in nlp(text)._.tasks] == ["供排水公司"]
    with pytest.raises(speechmine.SpeechmineError, match="unknown segmenter"):
        nlp.add_pipe("speechmine", name="other", config={"segmenter": "thulac"})
