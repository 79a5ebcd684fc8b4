"""Word segmentation with jieba, as tokens that keep their character offsets.

speechmine keeps its own `jieba.Tokenizer` so that the lexicon words it adds (unit names,
markers) do not change segmentation for other users of jieba in the same process.

`using("rjieba")` switches to rjieba (the jieba-rs binding, `pip install speechmine[fast]`)
inside a block: same dictionary, same added words, no HMM; items are identical on the test corpus
(tests/test_segmenter.py checks that).
"""
from __future__ import annotations

import importlib.util
import logging
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from itertools import accumulate
from typing import Iterator, NamedTuple

from .errors import SpeechmineError
from .lexicon import Lexicon

SEGMENTERS = ("jieba", "rjieba")
_segmenter: ContextVar[str] = ContextVar("speechmine_segmenter", default="jieba")


class Token(NamedTuple):
    """A word and its character offsets in the source text."""

    text: str
    start: int
    end: int


@lru_cache(maxsize=8)
def _tokenizer(words: tuple[str, ...], removed: tuple[str, ...]):
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in words:
        tokenizer.add_word(word)
    for word in removed:
        tokenizer.del_word(word)
    return tokenizer


@lru_cache(maxsize=8)
def _rjieba(words: tuple[str, ...], removed: tuple[str, ...]):
    import rjieba

    tokenizer = rjieba.Jieba()
    for word in words:
        tokenizer.add_word(word, None, None)
    for word in removed:
        tokenizer.add_word(word, 0, None)  # frequency 0: never chosen as a word
    return tokenizer


def check_segmenter(name: str) -> None:
    """Raise SpeechmineError unless `name` is a segmenter that can run here."""
    if name not in SEGMENTERS:
        raise SpeechmineError(f"unknown segmenter {name!r}: use one of {', '.join(SEGMENTERS)}")
    if name == "rjieba" and importlib.util.find_spec("rjieba") is None:
        raise SpeechmineError("the rjieba segmenter is not installed: pip install 'speechmine[fast]'")


@contextmanager
def using(segmenter: str) -> Iterator[None]:
    """Segment with `segmenter` ("jieba" or "rjieba") inside the block (this thread/context only)."""
    check_segmenter(segmenter)
    token = _segmenter.set(segmenter)
    try:
        yield
    finally:
        _segmenter.reset(token)


def tokenize(text: str, lexicon: Lexicon, offset: int = 0) -> list[Token]:
    """jieba tokens of `text` (HMM off, so results are stable), with offsets shifted by `offset`."""
    words = lexicon.dictionary_words, lexicon.words("split_words")
    if _segmenter.get() == "rjieba":
        pieces = _rjieba(*words).cut(text, False)
    else:
        pieces = _tokenizer(*words).cut(text, HMM=False)
    words = list(pieces)
    bounds = list(accumulate(map(len, words), initial=offset))
    return list(map(Token, words, bounds, bounds[1:]))
