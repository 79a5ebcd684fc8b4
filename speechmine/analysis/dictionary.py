"""jieba's word dictionary, with speechmine's added and removed words, kept ready to segment with.

jieba (0.42) keeps its prefix dictionary as one marshal file and takes about 0.6 s to load it,
which is most of a cold `speechmine extract`. speechmine builds its own cache once, from jieba's
own `Tokenizer` after the lexicon words are added and removed, so it holds the same entries:

- each entry is stored as the weight jieba's route search uses, `log(freq) - log(total)`, or None
  for a prefix that is not a word itself (frequency 0), so segmenting needs no logarithms;
- entries are grouped by their first character and a block is only read when a text contains
  that character: a 9,000-character speech needs about half of the dictionary, a sentence far less.

The file lives in `$SPEECHMINE_CACHE_DIR`, else `$XDG_CACHE_HOME/speechmine` (`~/.cache/speechmine`),
else the temporary directory; it is named by a hash of jieba's dictionary file and the words, so a
changed lexicon gets its own file (about 10 MB; the eight used last are kept). When no directory
is writable the dictionary is built in memory for each run (about a second).
"""
from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import tempfile
import threading
from functools import lru_cache
from math import log
from pathlib import Path
from typing import Optional

from ..errors import SpeechmineError
from ..writing import write_bytes_atomic

#: The cache file's format; its name also holds the tag classes below, so that changing them never
#: reads a cache written with other ones.
FORMAT = "speechmine-dictionary-10"
#: jieba's part-of-speech tags kept for the sentence shape: verbs (动词, 名动词, 副动词, 动语素) and
#: the words that may stand before a verb without being its subject (adverbs, prepositions,
#: adjectives, distinguishing words, idioms, conjunctions, descriptive words).
VERB_TAGS = frozenset(("v", "vn", "vd", "vg", "vi", "vq", "vf", "vx"))
MODIFIER_TAGS = frozenset(("d", "ad", "p", "a", "b", "i", "l", "c", "z"))
#: and common nouns and pronouns (名词, 名语素, 代词), which make a subject.
NOUN_TAGS = frozenset(("n", "ng", "r"))
#: Names of people, places and times (人名, 处所词, 时间词): never a verb, whatever their first
#: character would be on its own (列宁, 国内, 未来). Not 地名 (ns): jieba's dictionary gives it to
#: words such as 深度 and 城镇.
NAME_TAGS = frozenset(("nr", "s", "t"))
PHRASE_NAME = 4  # characters: the set phrases that _tag_blocks reads by their halves
KEEP = 8
#: Returned by `Dictionary.weights.get(fragment, ABSENT)` for a fragment that no word starts with.
ABSENT = object()

Blocks = dict[str, bytes]


class Dictionary:
    """Word weights for the route search, loaded a first character at a time.

    `weights[fragment]` is `log(freq) - log(total)` for a word, None for a prefix of a word that
    is not a word itself; fragments that no word starts with are absent. Call `need(text)` before
    looking up fragments of `text`."""

    def __init__(self, logtotal: float, blocks: Blocks, tag_blocks: Blocks | None = None) -> None:
        self.logtotal = logtotal
        self.weights: dict[str, Optional[float]] = {}
        #: word → "v" (a verb), "vn" (a verb used as a noun), "m" (a modifier), "n" (a noun) or "name"
        #: (a name of a person, place or time), by
        #: jieba's `dict.txt` tags, for the words `need` has loaded
        self.tags: dict[str, str] = {}
        self._blocks = blocks
        self._tag_blocks = tag_blocks or {}
        self._loaded: set[str] = set()
        self._lock = threading.Lock()

    def need(self, text: str) -> None:
        """Load the entries (weights and tags) that start with any character of `text`."""
        missing = set(text) - self._loaded
        if not missing:
            return
        with self._lock:
            for char in missing - self._loaded:
                block = self._blocks.get(char)
                if block is not None:
                    self.weights.update(marshal.loads(block))
                tags = self._tag_blocks.get(char)
                if tags is not None:
                    self.tags.update(marshal.loads(tags))
            self._loaded |= missing


def cache_dir() -> Path:
    """Where dictionary caches are kept (see the module's docstring)."""
    if os.environ.get("SPEECHMINE_CACHE_DIR"):
        return Path(os.environ["SPEECHMINE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "speechmine"


def _jieba_dictionary_path() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        raise SpeechmineError("jieba is not installed: pip install jieba")
    return Path(spec.origin).with_name("dict.txt")


def _jieba_dictionary_file() -> os.stat_result:
    """The size and time of jieba's `dict.txt` (they name the cache)."""
    path = _jieba_dictionary_path()
    try:
        return path.stat()
    except OSError:
        raise SpeechmineError(f"jieba's dictionary {path} is missing: pip install --force-reinstall jieba") from None


def _tag_blocks() -> Blocks:
    """"v" for the words of jieba's `dict.txt` tagged as verbs ("vn" for verbs used as nouns), "m"
    for its modifiers, "n" for its nouns, "name" for its names and times, grouped by first
    character like the weights. The dictionary tags thousands of four-character set phrases as
    persons' names (建立健全, 严格执行, 清正廉洁, 保驾护航): those take the class their halves give
    them (`_phrase_kind`)."""
    kinds: dict[str, str] = {}
    tags: dict[str, str] = {}
    with _jieba_dictionary_path().open(encoding="utf-8") as lines:
        for word, _, tag in (line.split() for line in lines):
            tags[word] = tag
            if tag == "vn":  # 名动词: 建设, 管理, 活动 (a verb or a noun)
                kind = "vn"
            elif tag in VERB_TAGS:
                kind = "v"
            elif tag in MODIFIER_TAGS:
                kind = "m"
            elif tag in NOUN_TAGS:
                kind = "n"
            elif tag in NAME_TAGS:
                kind = "name"
            else:
                continue
            kinds[word] = kind
    for word, tag in tags.items():
        if tag == "nr" and len(word) == PHRASE_NAME:
            kinds[word] = _phrase_kind(tags.get(word[:2]), tags.get(word[2:])) or "name"
    grouped: dict[str, dict[str, str]] = {}
    for word, kind in kinds.items():
        grouped.setdefault(word[0], {})[word] = kind
    return {char: marshal.dumps(entries) for char, entries in grouped.items()}


def _phrase_kind(head: str | None, tail: str | None) -> str | None:
    """The class of a four-character set phrase that jieba's dictionary tags as a person's name,
    by the tags of its halves: a verb when its second half is one (严格执行, 保驾护航) or its first
    half is one before a thing that is no name or time (建立健全, 采取措施; not 展望未来); a
    modifier when both halves describe (清正廉洁, 厉行节俭); else None (广大群众, 伊丽莎白)."""
    if tail in VERB_TAGS:
        return "vn" if tail == "vn" else "v"
    if head in VERB_TAGS and tail is not None and tail not in NAME_TAGS and tail not in ("ns", "nz"):
        return "vn" if head == "vn" else "v"
    if head in MODIFIER_TAGS and tail in MODIFIER_TAGS:
        return "m"
    return None


def _cache_name(words: tuple[str, ...], removed: tuple[str, ...]) -> str:
    source = _jieba_dictionary_file()
    tag_classes = tuple(sorted(tags) for tags in (VERB_TAGS, MODIFIER_TAGS, NOUN_TAGS, NAME_TAGS))
    key = repr((FORMAT, tag_classes, source.st_size, source.st_mtime_ns, words, removed))
    return f"dictionary-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}.marshal"


def _build(words: tuple[str, ...], removed: tuple[str, ...]) -> tuple[float, Blocks, Blocks]:
    """jieba's own prefix dictionary with `words` added and `removed` deleted, as weight blocks."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in words:
        tokenizer.add_word(word)
    for word in removed:
        tokenizer.del_word(word)
    logtotal = log(tokenizer.total)
    grouped: dict[str, dict[str, Optional[float]]] = {}
    for fragment, freq in tokenizer.FREQ.items():
        grouped.setdefault(fragment[0], {})[fragment] = log(freq) - logtotal if freq else None
    return logtotal, {char: marshal.dumps(entries) for char, entries in grouped.items()}, _tag_blocks()


def _read(path: Path) -> tuple[float, Blocks, Blocks] | None:
    try:
        data = path.read_bytes()
        name, logtotal, blocks, tags = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if name != FORMAT or not isinstance(logtotal, float) or not isinstance(blocks, dict) \
            or not isinstance(tags, dict):
        return None
    try:
        os.utime(path)  # in use: the last to be pruned
    except OSError:
        pass
    return logtotal, blocks, tags


def _write(path: Path, logtotal: float, blocks: Blocks, tags: Blocks) -> bool:
    """Write the cache atomically; False (and nothing left behind) where that is not possible."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, marshal.dumps((FORMAT, logtotal, blocks, tags)))
    except OSError:
        return False
    _prune(path.parent)
    return True


def _prune(directory: Path) -> None:
    """Keep the KEEP caches used most recently (each is about 10 MB; old lexicons leave theirs)."""
    try:
        caches = sorted(directory.glob("dictionary-*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in caches[KEEP:]:
            stale.unlink()
    except OSError:
        pass


@lru_cache(maxsize=8)
def load_dictionary(words: tuple[str, ...], removed: tuple[str, ...]) -> Dictionary:
    """The dictionary with `words` added and `removed` deleted, from the cache (built on a miss)."""
    name = _cache_name(words, removed)
    places = [cache_dir() / name, Path(tempfile.gettempdir()) / "speechmine" / name]
    for path in places:
        found = _read(path)
        if found is not None:
            return Dictionary(*found)
    built = _build(words, removed)
    for path in places:
        if _write(path, *built):
            break
    return Dictionary(*built)
