"""Word segmentation with jieba's dictionary, as tokens that keep their character offsets.

The default segmenter is jieba's accurate mode without HMM, run on speechmine's own copy of
jieba's dictionary (`speechmine.analysis.dictionary`, with the lexicon words added and removed): the words
are those `jieba.Tokenizer().cut(text, HMM=False)` gives, but it starts in a fraction of the time,
runs about twice as fast, and the added words do not change segmentation for other users of jieba
in the same process.

`using("rjieba")` switches to rjieba (the jieba-rs binding, `pip install speechmine[fast]`)
inside a block: same dictionary, same added words, no HMM; items are identical on the test corpus
(tests/test_segmenter.py checks that).
"""
from __future__ import annotations

import importlib.util
import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from itertools import accumulate
from typing import Iterator, NamedTuple

from .dictionary import ABSENT, Dictionary, load_dictionary
from ..errors import SpeechmineError
from ..lexicon import Lexicon

SEGMENTERS = ("jieba", "rjieba")
_segmenter: ContextVar[str] = ContextVar("speechmine_segmenter", default="jieba")


class Token(NamedTuple):
    """A word and its character offsets in the source text."""

    text: str
    start: int
    end: int


# jieba's own patterns (jieba/__init__.py, 0.42): runs of these characters are segmented with the
# dictionary; anything else comes out a character (or a line break) at a time.
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile("(\r\n|\\s)")
_ALNUM = re.compile("[a-zA-Z0-9]")
#: One Chinese character (`CJK.match(word)`: a word that opens with one, not a label or a bracket).
CJK = re.compile(r"[\u4e00-\u9fff]")


def _route(block: str, dictionary: Dictionary) -> list[int]:
    """jieba's best path through `block` (its `get_DAG` and `calc` in one backward pass): for each
    position, where the word that starts there ends. Ties go to the longer word, as in jieba."""
    weight_of, absent, unknown = dictionary.weights.get, ABSENT, -dictionary.logtotal
    size = len(block)
    score = [0.0] * (size + 1)
    end = list(range(1, size + 2))
    for start in range(size - 1, -1, -1):
        best = None
        stop = start + 1
        weight = weight_of(block[start], absent)
        while weight is not absent:
            if weight is not None:
                candidate = weight + score[stop]
                if best is None or candidate >= best:
                    best, end[start] = candidate, stop
            if stop == size:
                break
            stop += 1
            weight = weight_of(block[start:stop], absent)
        score[start] = unknown + score[start + 1] if best is None else best
    return end


def _cut_block(block: str, dictionary: Dictionary, words: list[str]) -> None:
    """jieba's `__cut_DAG_NO_HMM`, appending to `words`: the words on the best route, with single
    letters and digits run together."""
    end = _route(block, dictionary)
    position, letters = 0, ""
    while position < len(block):
        stop = end[position]
        if stop - position == 1 and _ALNUM.match(block[position]):
            letters += block[position]
        else:
            if letters:
                words.append(letters)
                letters = ""
            words.append(block[position:stop])
        position = stop
    if letters:
        words.append(letters)


def cut(text: str, dictionary: Dictionary) -> list[str]:
    """The words of `text` exactly as `jieba.Tokenizer.cut(text, HMM=False)` gives them with the same
    dictionary (tests/test_dictionary.py checks that on the corpus and on random text)."""
    dictionary.need(text)
    words: list[str] = []
    for block in _HAN.split(text):
        if not block:
            continue
        if _HAN.match(block):
            _cut_block(block, dictionary, words)
        else:
            for piece in _SKIP.split(block):
                if _SKIP.match(piece):
                    words.append(piece)
                else:
                    words.extend(piece)
    return words


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


def word_tags(lexicon: Lexicon) -> dict[str, str]:
    """"v" for the words jieba's dictionary tags as verbs ("vn" for verbs used as nouns), "m" for
    adverbs, prepositions and other words that may stand before a verb, "n" for nouns and pronouns,
    "name" for names of people, places and times (whichever segmenter is in use), for the words of
    the texts `tokenize` has seen."""
    return load_dictionary(lexicon.dictionary_words, lexicon.words("split_words")).tags


def tokenize(text: str, lexicon: Lexicon, offset: int = 0) -> list[Token]:
    """jieba tokens of `text` (HMM off, so results are stable), with offsets shifted by `offset`."""
    words = lexicon.dictionary_words, lexicon.words("split_words")
    if _segmenter.get() == "rjieba":
        pieces = _rjieba(*words).cut(text, False)
        load_dictionary(*words).need(text)  # the words' tags (word_tags)
    else:
        pieces = cut(text, load_dictionary(*words))
    words = list(pieces)
    bounds = list(accumulate(map(len, words), initial=offset))
    return list(map(Token, words, bounds, bounds[1:]))
