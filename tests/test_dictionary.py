"""speechmine's own copy of jieba's dictionary and route search: the same words as jieba itself,
from a cache that is built once, read a block at a time, and never a reason to fail."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speechmine.analysis import dictionary as dictionary_module
from speechmine.analysis.dictionary import ABSENT, load_dictionary
from speechmine.errors import SpeechmineError
from speechmine.lexicon import load
from speechmine.analysis.segment import cut

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests").glob("data*/*.txt"))
SHARED = ROOT.parent / "shared" / "corpus"
DOCUMENTS += sorted(SHARED.glob("*.txt")) if SHARED.is_dir() else []
LEXICON = load()
WORDS = (LEXICON.dictionary_words, LEXICON.words("split_words"))


@pytest.fixture(scope="module")
def reference() -> jieba.Tokenizer:
    """jieba itself, given the same added and removed words."""
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in WORDS[0]:
        tokenizer.add_word(word)
    for word in WORDS[1]:
        tokenizer.del_word(word)
    return tokenizer


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_words_are_jiebas_on_every_document(path, reference):
    text = path.read_text(encoding="utf-8")
    assert list(cut(text, load_dictionary(*WORDS))) == list(reference.cut(text, HMM=False))


ALPHABET = st.sampled_from(sorted(set("".join(WORDS[0][:400])) | set("要加强管理工作会议年底前完成不少于次")
                                  | set("abcXYZ019+#&._%-") | set(" \t\r\n，。；：、（）“”《》①")))


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_words_are_jiebas_on_any_text(reference, text):
    assert list(cut(text, load_dictionary(*WORDS))) == list(reference.cut(text, HMM=False))


def test_the_added_words_are_words_and_the_removed_ones_are_not():
    words = list(cut("县应急管理局要紧盯重点", load_dictionary(("县应急管理局",), ("要紧",))))
    assert words[0] == "县应急管理局" and "要紧" not in words and "要" in words


def test_blocks_are_read_only_for_the_characters_a_text_has():
    entries = load_dictionary(*WORDS)
    fresh = type(entries)(entries.logtotal, entries._blocks)
    fresh.need("要加强")
    assert fresh.weights.get("加强", ABSENT) is not ABSENT
    assert fresh.weights.get("管理", ABSENT) is ABSENT
    assert all(key[0] in "要加强" for key in fresh.weights)
    fresh.need("管")
    assert fresh.weights["管理"] < 0


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECHMINE_CACHE_DIR", str(tmp_path / "cache"))
    load_dictionary.cache_clear()
    yield tmp_path / "cache"
    load_dictionary.cache_clear()


def test_the_cache_is_built_once_and_then_read(cache, monkeypatch):
    first = load_dictionary(("澜川市数据资源局",), ())
    files = list(cache.glob("dictionary-*.marshal"))
    assert len(files) == 1
    load_dictionary.cache_clear()
    monkeypatch.setattr(dictionary_module, "_build", lambda *a: pytest.fail("rebuilt a cached dictionary"))
    second = load_dictionary(("澜川市数据资源局",), ())
    assert second is not first and second.logtotal == first.logtotal
    assert list(cut("澜川市数据资源局要加强", second)) == ["澜川市数据资源局", "要", "加强"]


def test_other_words_get_their_own_cache_file(cache):
    load_dictionary(("澜川市数据资源局",), ())
    load_dictionary(("澜川市文化局",), ())
    assert len(list(cache.glob("dictionary-*.marshal"))) == 2


def test_a_damaged_cache_is_rebuilt(cache):
    load_dictionary(("澜川市数据资源局",), ())
    (path,) = cache.glob("dictionary-*.marshal")
    path.write_bytes(path.read_bytes()[:1000])
    load_dictionary.cache_clear()
    entries = load_dictionary(("澜川市数据资源局",), ())
    assert list(cut("澜川市数据资源局要加强", entries))[0] == "澜川市数据资源局"
    assert path.stat().st_size > 1_000_000


def test_no_writable_cache_directory_still_segments(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("SPEECHMINE_CACHE_DIR", str(blocked / "cache"))
    monkeypatch.setattr(dictionary_module.tempfile, "gettempdir", lambda: str(blocked))
    load_dictionary.cache_clear()
    try:
        entries = load_dictionary(("澜川市数据资源局",), ())
        assert list(cut("澜川市数据资源局要加强", entries))[0] == "澜川市数据资源局"
        assert not list(tmp_path.glob("**/*.marshal")) and not list(tmp_path.glob("**/.dictionary*"))
    finally:
        load_dictionary.cache_clear()


def test_only_the_caches_used_last_are_kept(cache, monkeypatch):
    monkeypatch.setattr(dictionary_module, "KEEP", 2)
    load_dictionary(("澜川市数据资源局",), ())
    first = next(cache.glob("dictionary-*.marshal"))
    os.utime(first, (1, 1))
    load_dictionary(("澜川市文化局",), ())
    load_dictionary(("澜川市教育局",), ())
    kept = list(cache.glob("dictionary-*.marshal"))
    assert len(kept) == 2 and first not in kept


def test_a_missing_jieba_dictionary_is_one_clear_error(cache, monkeypatch):
    real_stat = Path.stat

    def stat(self, **kwargs):
        if self.name == "dict.txt":
            raise FileNotFoundError(self)
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    with pytest.raises(SpeechmineError, match="jieba's dictionary .*dict.txt is missing"):
        load_dictionary(("澜川市数据资源局",), ())


def test_other_tag_classes_never_read_a_cache_written_with_these(monkeypatch):
    name = dictionary_module._cache_name(("词",), ())
    monkeypatch.setattr(dictionary_module, "NAME_TAGS", dictionary_module.NAME_TAGS | {"ns"})
    assert dictionary_module._cache_name(("词",), ()) != name


@pytest.mark.parametrize("phrase, kind", [
    ("建立健全", "v"), ("严格执行", "v"), ("采取措施", "v"), ("保驾护航", "v"), ("清正廉洁", "m"),
    ("展望未来", "name"), ("广大群众", "name"), ("伊丽莎白", "name"),
])
def test_a_set_phrase_tagged_as_a_persons_name_takes_the_class_of_its_halves(phrase, kind):
    """jieba's dictionary tags thousands of four-character set phrases `nr` (a person's name)."""
    found = load_dictionary(*WORDS)
    found.need(phrase)
    assert found.tags[phrase] == kind
