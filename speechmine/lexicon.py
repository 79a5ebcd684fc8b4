"""Loading the pattern lexicons: plain text files in `lexicons/`, extended by the user's own.

The folder is the package `speechmine.lexicons` once installed (pyproject maps the top-level
`lexicons/` folder there) and `<checkout>/lexicons/` when run from a checkout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
import importlib.util
from pathlib import Path
from typing import Iterable

from .errors import SpeechmineError

LIST_NAMES = (
    "modals", "prohibitions", "resolve_idioms", "commitments", "attitude", "imperative_verbs",
    "past_markers", "quote_verbs", "leading_adverbials", "party_heads", "parties", "non_party_words",
    "target_units",
    "target_verbs", "frame_titles", "review_cues", "framing_prepositions", "split_words", "whole_words",
    "target_comparators", "review_openers", "assignments", "own_voices", "completion_verbs", "frame_endings", "audience",
    "sector_words", "recalled_words",
    "follow_stopwords", "blanket_claims", "completion_cues", "ongoing_cues", "indicator_synonyms",
    "follow_topics",
)
PATTERN_NAMES = ("imperative_patterns", "statement_patterns", "deadline_patterns", "problem_cues")


def lexicon_dir() -> Path:
    """The folder holding the shipped lexicon files."""
    spec = importlib.util.find_spec("speechmine.lexicons")
    for location in (spec.submodule_search_locations or []) if spec else []:
        if (Path(location) / "modals.txt").is_file():
            return Path(location)
    return Path(__file__).resolve().parent.parent / "lexicons"


def lexicon_path(name: str) -> Path:
    """The path of the shipped lexicon file `name` (with or without `.txt`)."""
    return lexicon_dir() / (name if name.endswith(".txt") else f"{name}.txt")


def read_entries(lines: Iterable[str]) -> list[str]:
    """Entries of a lexicon file: stripped lines, less blanks and `#` comment lines, in file order."""
    entries = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return entries


@dataclass(frozen=True)
class Lexicon:
    """All word lists and patterns, by file name (without `.txt`)."""

    lists: dict[str, tuple[str, ...]]
    patterns: dict[str, tuple[re.Pattern, ...]] = field(default_factory=dict)
    sets: dict[str, frozenset[str]] = field(default_factory=dict)
    _combined: dict[str, re.Pattern] = field(default_factory=dict, repr=False, compare=False)
    _groups: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.sets.update({name: frozenset(words) for name, words in self.lists.items()})

    def words(self, name: str) -> tuple[str, ...]:
        return self.lists.get(name, ())

    def set(self, name: str) -> frozenset[str]:
        return self.sets.get(name, frozenset())

    def groups(self, name: str) -> tuple[tuple[str, ...], ...]:
        """The names on each `a = b = c` line of `name` (`indicator_synonyms`, `follow_topics`); read once."""
        found = self._groups.get(name)
        if found is None:
            found = self._groups[name] = groups(self.words(name))
        return found

    def combined(self, name: str) -> re.Pattern:
        """One pattern matching wherever any pattern of `name` (a `*_patterns.txt` or
        `problem_cues.txt`) does; built once."""
        combined = self._combined.get(name)
        if combined is None:
            patterns = self.patterns.get(name, ())
            combined = re.compile("|".join(f"(?:{p.pattern})" for p in patterns)) if patterns else re.compile(r"(?!)")
            self._combined[name] = combined
        return combined

    def search(self, name: str, text: str) -> bool:
        """Whether any pattern of `name` matches in `text`."""
        return self.combined(name).search(text) is not None

    @cached_property
    def dictionary_words(self) -> tuple[str, ...]:
        """Words that must stay whole under segmentation: unit names and markers."""
        names = ("parties", "modals", "prohibitions", "resolve_idioms", "attitude", "imperative_verbs", "whole_words")
        return tuple(sorted({w for n in names for w in self.words(n) if len(w) > 1}))

    @cached_property
    def marker_words(self) -> frozenset[str]:
        """Every word that can be a directive marker (or start a two-word idiom)."""
        names = ("modals", "prohibitions", "commitments", "assignments", "resolve_idioms")
        words = {w for n in names for w in self.words(n)}
        return frozenset(words | {w[:i] for w in self.words("resolve_idioms") for i in range(1, len(w))})

    @cached_property
    def party_heads(self) -> tuple[str, ...]:
        return self.words("party_heads")

    @cached_property
    def non_party_words(self) -> tuple[str, ...]:
        return self.words("non_party_words")

    @cached_property
    def multi_char_verbs(self) -> tuple[str, ...]:
        return tuple(v for v in self.words("imperative_verbs") if len(v) > 1)


def _parse_user_file(path: Path) -> dict[str, list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SpeechmineError(f"{path}: lexicon file not found") from None
    except UnicodeDecodeError:
        raise SpeechmineError(f"{path}: lexicon files must be UTF-8 text") from None
    except OSError as exc:
        raise SpeechmineError(f"{path}: cannot read lexicon ({exc.strerror})") from None
    sections: dict[str, list[str]] = {"parties": []}
    current = "parties"
    for line in text.splitlines():
        stripped = line.strip()
        header = re.fullmatch(r"\[(\w+)\]", stripped)
        if header:
            current = header.group(1)
            if current not in LIST_NAMES and current not in PATTERN_NAMES:
                raise SpeechmineError(f"{path}: unknown lexicon section [{current}]")
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).extend(read_entries([line]))
    return sections


def _compile(name: str, source: str, entries: list[str]) -> tuple[re.Pattern, ...]:
    compiled = []
    for entry in entries:
        try:
            compiled.append(re.compile(entry))
        except re.error as exc:
            raise SpeechmineError(f"{source}: bad pattern in [{name}]: {entry} ({exc})") from None
    return tuple(compiled)


@lru_cache(maxsize=16)
def load(extra: tuple[str, ...] = ()) -> Lexicon:
    """The shipped lexicons plus the user's files in `extra` (paths)."""
    folder = lexicon_dir()
    lists: dict[str, list[str]] = {}
    for name in LIST_NAMES + PATTERN_NAMES:
        path = folder / f"{name}.txt"
        lists[name] = read_entries(path.read_text(encoding="utf-8").splitlines()) if path.is_file() else []
    for user_file in extra:
        for name, entries in _parse_user_file(Path(user_file)).items():
            lists[name].extend(e for e in entries if e not in lists[name])
    patterns = {name: _compile(name, str(folder / f"{name}.txt"), lists.pop(name)) for name in PATTERN_NAMES}
    return Lexicon(lists={k: tuple(v) for k, v in lists.items()}, patterns=patterns)


def groups(lines: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The words of each `a = b = c` line (lines without words left out)."""
    return tuple(group for group in (tuple(w.strip() for w in line.split("=") if w.strip()) for line in lines) if group)
