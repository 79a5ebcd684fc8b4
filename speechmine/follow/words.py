"""The lexicons of following (stop words, blanket claims, completion and ongoing cues, indicator
names, subjects of work), read from a `Lexicon` so that a user's `--lexicon` file extends them, and the unifying of
indicator names and counts."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import SpeechmineError
from ..lexicon import Lexicon, groups, load

_CN_NUMERAL = {"一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
               "八": "8", "九": "9", "十": "10"}
_CN_COUNT = re.compile(r"([一二两三四五六七八九十])(?=[个项大条批座所家])")
_QUOTED = re.compile(r"[“\"《]([^”\"》]{2,20})[”\"》]")


@dataclass(frozen=True)
class FollowWords:
    """Follow's word lists, compiled once per lexicon."""

    stop: frozenset[str]
    blanket: re.Pattern
    completion: tuple[str, ...]
    ongoing: tuple[str, ...]
    synonyms: dict[str, str]
    synonym_pattern: re.Pattern | None
    topics: tuple[re.Pattern, ...]

    def unify(self, text: str) -> str:
        """`text` with indicator names replaced by their first name and `五个` written `5个`."""
        if self.synonym_pattern is not None:
            text = self.synonym_pattern.sub(lambda m: self.synonyms[m.group(0)], text)
        return _CN_COUNT.sub(lambda m: _CN_NUMERAL[m.group(1)], text)

    def topics_of(self, text: str) -> list[str]:
        """A token (`§3`) for each subject of work (`follow_topics`) that `text` names."""
        return [f"§{k}" for k, pattern in enumerate(self.topics) if pattern.search(text)]

    def quoted(self, text: str) -> set[str]:
        """The names `text` puts in quotation marks or title marks (`“两环”`, `《……条例》`), unified."""
        return {m.group(1) for m in _QUOTED.finditer(self.unify(text))}


def words(lexicon: Lexicon | None = None) -> FollowWords:
    """Follow's word lists from `lexicon` (the shipped lexicons when None)."""
    lexicon = lexicon or load()
    return _compile(*(lexicon.words(name) for name in (
        "follow_stopwords", "blanket_claims", "completion_cues", "ongoing_cues", "indicator_synonyms",
        "follow_topics")))


@lru_cache(maxsize=8)
def _compile(stop: tuple[str, ...], blanket: tuple[str, ...], completion: tuple[str, ...],
             ongoing: tuple[str, ...], synonym_lines: tuple[str, ...], topic_lines: tuple[str, ...]) -> FollowWords:
    synonyms: dict[str, str] = {}
    for names in groups(synonym_lines):
        for name in names[1:]:
            synonyms[name] = names[0]
    for entry in blanket:
        try:
            re.compile(entry)
        except re.error as exc:
            raise SpeechmineError(f"bad pattern in [blanket_claims]: {entry} ({exc})") from None
    blanket_pattern = re.compile("|".join(f"(?:{p})" for p in blanket) or r"(?!)")
    return FollowWords(frozenset(stop), blanket_pattern, completion, ongoing, synonyms,
                       _longest_first(synonyms) if synonyms else None,
                       tuple(_longest_first(group) for group in groups(topic_lines)))


def _longest_first(names) -> re.Pattern:
    """A pattern matching any of `names`, the longer first where one holds another."""
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))))


def unify(text: str, lexicon: Lexicon | None = None) -> str:
    """`text` with indicator names replaced by their first name and `五个` written `5个`."""
    return words(lexicon).unify(text)
