"""Word segmentation with jieba, as tokens that keep their character offsets.

speechmine keeps its own `jieba.Tokenizer` so that the lexicon words it adds (unit names,
markers) do not change segmentation for other users of jieba in the same process.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@lru_cache(maxsize=8)
def _tokenizer(words: tuple[str, ...]):
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in words:
        tokenizer.add_word(word)
    return tokenizer


def dictionary_words(lexicon: Lexicon) -> tuple[str, ...]:
    """Words from the lexicons that must stay whole under segmentation."""
    names = ("parties", "modals", "prohibitions", "resolve_idioms", "attitude", "imperative_verbs")
    return tuple(sorted({w for n in names for w in lexicon.words(n) if len(w) > 1}))


def tokenize(text: str, lexicon: Lexicon, offset: int = 0) -> list[Token]:
    """jieba tokens of `text` (HMM off, so results are stable), with offsets shifted by `offset`."""
    tokenizer = _tokenizer(dictionary_words(lexicon))
    tokens, pos = [], 0
    for word in tokenizer.cut(text, HMM=False):
        tokens.append(Token(word, offset + pos, offset + pos + len(word)))
        pos += len(word)
    return tokens
