"""Ranking the review units for a task: BM25 (bm25s) over jieba words and character pairs, plus
shared names and figures, what the words mean (word vectors), and how specific the shared words are."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..analysis.dictionary import load_dictionary
from ..lexicon import Lexicon
from ..analysis.segment import tokenize
from .words import words

if TYPE_CHECKING:
    import numpy as np

K1, B = 1.5, 0.75  # BM25's usual constants
MAX_NAMED = 2  # see Ranker.names_unit
REVIEW_SPECIFIC = 0.4  # see Ranker.rarest: in 150 units, a word found in more than 20 says nothing
TOPIC_WEIGHT = 3  # a subject of work (`follow_topics`) counts as this many words
SHORT_TASK = 40  # characters: a task up to this long is also ranked by its subjects (see `query`)
SENSE_WEIGHT = 1.2  # a unit gains this much per unit of cosine above SENSE_FLOOR (see Ranker.near)
SENSE_FLOOR = 0.3
VECTORS = Path(__file__).with_name("vectors.npz")  # built by bench/word_vectors.py
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _segment(text: str, lexicon: Lexicon) -> tuple[str, list[str]]:
    """`text` unified (`FollowWords.unify`) and its jieba words."""
    unified = words(lexicon).unify(text)
    return unified, [token.text for token in tokenize(unified, lexicon)]


def _terms(unified: str, segmented: list[str], lexicon: Lexicon, topics: bool) -> list[str]:
    """Ranking terms of a text (`_segment`): jieba words of two or more characters (figures kept),
    less stop words, plus the character pairs of each run of Chinese characters (so 进淀 meets 入淀
    through 污水), plus TOPIC_WEIGHT tokens for each subject of work named (unless `topics` is False)."""
    lists = words(lexicon)
    stop = lists.stop
    out = [word for word in segmented if word not in stop and (len(word) >= 2 or word.isdigit())
           and any("\u4e00" <= c <= "\u9fff" or c.isalnum() for c in word)]
    out.extend(pair for pair in pairs(unified) if pair not in stop)
    if topics:
        out.extend(token for token in lists.topics_of(unified) for _ in range(TOPIC_WEIGHT))
    return out


def _content(segmented: list[str], stop: frozenset[str]) -> set[str]:
    """The words that carry content: two or more characters, Chinese, not stop words."""
    return {word for word in segmented
            if len(word) >= 2 and word not in stop and any("\u4e00" <= c <= "\u9fff" for c in word)}


def pairs(text: str) -> list[str]:
    """The character pairs of each run of two or more Chinese characters in `text`, in order."""
    return [run[i:i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)]


def query(text: str, lexicon: Lexicon) -> list[str]:
    """The terms a task is ranked by (see `query_and_content`)."""
    return query_and_content(text, lexicon)[0]


def query_and_content(text: str, lexicon: Lexicon) -> tuple[list[str], set[str]]:
    """The terms a task is ranked by and its content words (`_content`), from one segmentation. Only
    a short task (a title, `深化大气污染防治。`) is also ranked by the subjects it names: it has too few
    words of its own to find a review line that reports the subject in other words, and a long one
    names several subjects, which would spread its score."""
    unified, segmented = _segment(text, lexicon)
    return _terms(unified, segmented, lexicon, len(text) <= SHORT_TASK), _content(segmented, words(lexicon).stop)


def names(text: str, lexicon: Lexicon) -> set[str]:
    """Names and figures that identify a task: quoted names and numbers with their next character."""
    unified = words(lexicon).unify(text)
    names = words(lexicon).quoted(text)
    names |= {m.group(0) + unified[m.end():m.end() + 1] for m in _NUMBER.finditer(unified)
              if not unified.startswith("年", m.end())}
    return names


@lru_cache(maxsize=1)
def meanings() -> tuple[dict[str, int], np.ndarray]:
    """The word vectors (`VECTORS`): a map of words to rows, and the rows (unit length), learned
    from which words stand near which in published work reports (bench/word_vectors.py)."""
    import numpy as np

    with np.load(VECTORS, allow_pickle=False) as data:
        vocabulary = bytes(data["words"]).decode("utf-8").split("\n")
        rows = data["vectors"].astype(np.float32) * data["scale"]
    return {word: i for i, word in enumerate(vocabulary)}, rows / np.linalg.norm(rows, axis=1, keepdims=True)


class Ranker:
    """BM25 scores of the review units for a task, what their words mean, and how specific the words
    they share are."""

    def __init__(self, later: str, units: list[tuple[int, int]], lexicon: Lexicon):
        import bm25s  # here, not at the top: `import speechmine` stays as quick as it was
        import numpy as np

        self.units = units
        self.texts = [later[a:b] for a, b in units]
        self.names = [names(t, lexicon) for t in self.texts]
        self.holding: dict[str, list[int]] = {}  # a name or figure → the units that hold it
        for k, unit_names in enumerate(self.names):
            for name in unit_names:
                self.holding.setdefault(name, []).append(k)
        segmented = [_segment(t, lexicon) for t in self.texts]
        corpus = [_terms(unified, unit_words, lexicon, True) or ["∅"] for unified, unit_words in segmented]
        self.bm25 = bm25s.BM25(k1=K1, b=B, method="robertson")
        if units:
            self.bm25.index(corpus, show_progress=False)
        n = len(units)
        df: dict[str, int] = {}
        for unit_terms in corpus:
            for term in set(unit_terms):
                df[term] = df.get(term, 0) + 1
        self.idf = {t: max(0.0, math.log((n - c + 0.5) / (c + 0.5))) for t, c in df.items()}
        self.words = [_content(unit_words, words(lexicon).stop) for _, unit_words in segmented]
        self.dictionary = load_dictionary(lexicon.dictionary_words, lexicon.words("split_words"))
        self.df: dict[str, int] = {}
        for unit_words in self.words:
            for word in unit_words:
                self.df[word] = self.df.get(word, 0) + 1
        self.senses = np.vstack([self.sense(unit_words) for unit_words in self.words]) if units else None

    def sense(self, words: set[str]) -> np.ndarray:
        """What `words` mean together: the sum of their vectors, each weighed by its IDF in the
        review (a word the review lacks counts as found once), at unit length; zero when none has
        a vector."""
        import numpy as np

        index, rows = meanings()
        n = len(self.units)
        total = np.zeros(rows.shape[1], dtype=np.float32)
        for word in sorted(words):  # (in one order: the same sums in every run)
            row = index.get(word)
            if row is not None:
                total += (math.log(n / self.df[word]) if word in self.df else math.log(max(n, 2))) * rows[row]
        length = float(np.linalg.norm(total))
        return total / length if length else total

    def specific(self, words: set[str], unit: int) -> float:
        """How specific the words a task shares with a unit are: the sum of their IDF (ln N/df),
        in units of the IDF of a word found once (so 1.0 is one word no other unit has)."""
        n = len(self.units)
        return sum(math.log(n / self.df[w]) for w in words & self.words[unit]) / math.log(max(n, 2))

    def rarest(self, words: set[str], unit: int) -> float:
        """How rare in the language at large the rarest word a task shares with a unit is:
        -ln of its share of the counts of jieba's dictionary (国家 6.6, 城市 7.8, 城乡 10.2, 污染
        10.0; a word the dictionary lacks counts as found once), 0 when they share none. Words
        common in the review itself (the place's own name) are left out: those whose IDF there,
        in units of a word found once, is below REVIEW_SPECIFIC."""
        n = len(self.units)
        shared = {w for w in words & self.words[unit]
                  if math.log(n / self.df[w]) >= REVIEW_SPECIFIC * math.log(max(n, 2))}
        self.dictionary.need("".join(shared))
        weights = [self.dictionary.weights.get(w) for w in shared]
        return max((-w if w is not None else self.dictionary.logtotal for w in weights), default=0.0)

    def names_unit(self, names: set[str], unit: int) -> bool:
        """Whether the unit holds one of `names` that at most MAX_NAMED units of the review hold
        (a project's own name, not the review's slogan)."""
        return any(name in self.texts[unit] and sum(name in t for t in self.texts) <= MAX_NAMED
                   for name in names)

    def scores(self, query: list[str], names: set[str]) -> np.ndarray:
        """Each unit's score for a query: BM25 divided by the query's own weight (so scores of
        different tasks compare), plus 0.15 per shared name or figure."""
        import numpy as np

        if not self.units or not query:
            return np.zeros(len(self.units))
        raw = self.bm25.get_scores(query).astype(np.float64)
        norm = sum(self.idf.get(q, 0.0) for q in set(query)) / 2 or 1.0
        shared = np.zeros(len(self.units))
        for name in names:
            shared[self.holding.get(name, [])] += 1
        return raw / norm + 0.15 * shared

    def near(self, query: list[str]) -> np.ndarray:
        """How near each unit's meaning is to a query's: SENSE_WEIGHT for each unit of cosine above
        SENSE_FLOOR between what their words mean (a task on clean air meets a line on good-air
        days and PM2.5 though they share no word), to add to `scores` when putting units in order."""
        import numpy as np

        if not self.units or not query:
            return np.zeros(len(self.units))
        cosines = (self.senses @ self.sense({q for q in query if len(q) >= 2})).astype(np.float64)
        return SENSE_WEIGHT * np.maximum(0.0, cosines - SENSE_FLOOR)


