"""The rjieba backend: shipped only because its items are identical to jieba's on the whole corpus
(examples, the held-out sets under tests/data*, the shared corpus)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import speechmine
from speechmine.cli import main
from speechmine.errors import SpeechmineError
from speechmine.lexicon import load
from speechmine.analysis.segment import tokenize, using

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
CORPUS = sorted(SHARED.glob("*.txt")) if SHARED.is_dir() else []
HELD_OUT = sorted((ROOT / "tests").glob("data*/*.txt"))


def test_unknown_segmenter_is_one_clear_error():
    with pytest.raises(SpeechmineError, match="unknown segmenter 'thulac'"):
        with using("thulac"):
            pass


def test_using_switches_only_inside_the_block():
    pytest.importorskip("rjieba")
    from speechmine.analysis import segment

    with using("rjieba"):
        assert segment._segmenter.get() == "rjieba"
    assert segment._segmenter.get() == "jieba"


@pytest.mark.parametrize("path", EXAMPLES + CORPUS + HELD_OUT, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_rjieba_items_are_identical_to_jieba_items(path):
    pytest.importorskip("rjieba")
    expected = speechmine.extract(path).to_dict()
    with using("rjieba"):
        got = speechmine.extract(path).to_dict()
    assert got == expected
    assert expected["items"]


def test_shared_corpus_is_covered_when_present():
    if not SHARED.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    assert CORPUS, "the shared corpus has no .txt files"


def test_user_lexicon_words_stay_whole_with_both_segmenters(tmp_path):
    pytest.importorskip("rjieba")
    units = tmp_path / "units.txt"
    units.write_text("澜川市数据资源局\n", encoding="utf-8")
    lexicon = load((str(units),))
    text = "澜川市数据资源局要在年底前建成数据平台。"
    jieba_tokens = tokenize(text, lexicon, 10)
    with using("rjieba"):
        rjieba_tokens = tokenize(text, lexicon, 10)
    assert rjieba_tokens == jieba_tokens
    assert jieba_tokens[0].text == "澜川市数据资源局" and jieba_tokens[0].start == 10
    assert "".join(t.text for t in rjieba_tokens) == text


def test_cli_segmenter_option_gives_the_same_json(tmp_path):
    pytest.importorskip("rjieba")
    path = tmp_path / "s.txt"
    path.write_text("二、重点工作\n一要加强领导。各区县要在年底前建立工作专班。严禁弄虚作假。\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(main, ["extract", str(path)])
    fast = runner.invoke(main, ["extract", str(path), "--segmenter", "rjieba"])
    assert plain.exit_code == fast.exit_code == 0
    assert fast.output == plain.output and json.loads(fast.output)["items"]


def test_the_segmenter_chosen_around_extract_is_the_one_used(monkeypatch):
    pytest.importorskip("rjieba")
    from speechmine.analysis import segment

    used = []
    real = segment._rjieba

    def spy(*args):
        used.append("rjieba")
        return real(*args)

    monkeypatch.setattr(segment, "_rjieba", spy)
    with segment.using("rjieba"):
        speechmine.extract("二、任务\n要加强管理。\n")
    speechmine.extract("二、任务\n要加强管理。\n", segmenter="rjieba")
    assert used.count("rjieba") >= 2
