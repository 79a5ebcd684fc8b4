"""Drafting aid for texts that name no units: a suggested lead unit and time limit per task.

A work report says `年内建成……` and leaves the office to decide who leads. `suggest_party` guesses a
department from the sentence's topic words (`lexicons/departments.txt`, or the user's own list in
the same format) with the document's level (`level_of`: 县/市/区); `suggest_deadline` proposes the
year's end for an annual task of a dated plan and `长期坚持` for standing work. These are
suggestions, kept apart from what the text says, for staff to confirm.

A wrong suggestion costs more than none, so a suggested unit must fit the speaker's organisation:
with the user's own unit list (`load_units`, `--units FILE`: the organisation's departments with
their short names) only those are suggested; without it, only a unit the document itself assigns
work to (`fits_document`), never the speaker's own bureau (`speaker_line`), and nothing in an
internal speech (`is_internal`: 全局, 局党组 …), whose work goes to the organisation's own offices.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Collection, Sequence

from .dates import DateLike, resolve
from ..errors import SpeechmineError
from ..lexicon import lexicon_path, read_entries

LEVELS = ("县", "市", "区")
STANDING_WORDS = ("长期", "持续", "常态化", "长效", "坚持", "始终", "经常性", "久久为功", "严禁")
_LEVEL_CUES = {
    "县": ("全县", "县委", "县政府", "县人民政府", "我县", "本县", "县直", "县级", "县域"),
    "市": ("全市", "市委", "市政府", "市人民政府", "我市", "本市", "市直", "市级", "市域"),
    "区": ("全区", "区委", "区政府", "区人民政府", "我区", "本区", "区直", "区级"),
}
_HAS_LEVEL = re.compile(r"省|市(?!场)|县|区(?!域)|州|旗")
_INTERNAL_CUES = ("全局", "局党组", "局党委", "我局", "本局", "局机关", "局属", "局领导班子", "机关各",
                  "各科室", "各处室", "委机关", "厅机关", "院机关")
_SPEAKER_POSTS = re.compile(r"(?:局长|书记|主任|部长|厅长|主席|市长|县长|区长|处长|院长|校长)")
_UNIT_ENDINGS = re.compile(r"(?:办公室|委员会|局|委|办|厅|处|科|室|部|中心|队|所|站|院|会)$")


@dataclass(frozen=True)
class Department:
    """A unit (without level unless it starts with one) and the topic keywords that point to it."""

    name: str
    keywords: tuple[str, ...]

    def score(self, sentence: str) -> int:
        """Keyword hits in `sentence`, each weighted by the keyword's length."""
        return sum(sentence.count(word) * len(word) for word in self.keywords)


def parse_departments(lines: Sequence[str], source: str = "departments") -> tuple[Department, ...]:
    """Departments from lexicon lines `keyword keyword … = unit`, in file order."""
    departments = []
    for entry in read_entries(lines):
        keywords, sep, name = entry.rpartition("=")
        if not sep or not name.strip() or not keywords.split():
            raise SpeechmineError(f"{source}: expected `keyword keyword … = unit`: {entry}")
        departments.append(Department(name.strip(), tuple(keywords.split())))
    return tuple(departments)


@lru_cache(maxsize=8)
def load_departments(path: str | None = None) -> tuple[Department, ...]:
    """The departments of `path`, or of the shipped `lexicons/departments.txt`."""
    file = Path(path) if path else lexicon_path("departments")
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpeechmineError(f"{file}: cannot read the department list ({exc.__class__.__name__})") from None
    return parse_departments(text.splitlines(), str(file))


def parse_units(lines: Sequence[str], source: str = "units") -> tuple[Department, ...]:
    """The organisation's own departments from lines `full name  short name …  [: topic words …]`:
    `局办公室 办公室 : 会务 公文 督办`. The topic words, the short names and the full name without
    its level and ending (`局人事科` → `人事`) point to the unit; it is suggested by its full name."""
    units = []
    for entry in read_entries(lines):
        names, _, topics = entry.partition(":") if ":" in entry else entry.partition("：")
        names_list = names.split()
        if not names_list:
            raise SpeechmineError(f"{source}: expected `full name  short name …  [: topic words …]`: {entry}")
        full, shorts = names_list[0], names_list[1:]
        core = _UNIT_ENDINGS.sub("", re.sub(r"^(?:局|委|[省市县区州旗])", "", full))
        keywords = tuple(dict.fromkeys(w for w in (*topics.split(), *shorts, core) if len(w) >= 2))
        units.append(Department(full, keywords))
    return tuple(units)


@lru_cache(maxsize=8)
def load_units(path: str) -> tuple[Department, ...]:
    """The units of a `--units` file (see `parse_units`)."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SpeechmineError(f"{file}: unit list not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpeechmineError(f"{file}: cannot read the unit list ({exc.__class__.__name__})") from None
    units = parse_units(text.splitlines(), str(file))
    if not units:
        raise SpeechmineError(f"{file}: the unit list names no unit")
    return units


def is_internal(text: str) -> bool:
    """Whether the document speaks inside one organisation (全局, 局党组, 各科室 …) more than to a
    whole city or county (全市, 县政府 …): its tasks go to the organisation's own offices."""
    internal = sum(text.count(cue) for cue in _INTERNAL_CUES)
    public = sum(text.count(cue) for cues in _LEVEL_CUES.values() for cue in cues)
    return internal > public


def speaker_line(text: str) -> str:
    """The line under the title that names the speaker and post (`市委教育工委书记、市教育局局长
    陈立新`), or ""; the speaker's own organisation is who assigns, not who is assigned."""
    lines = [line.strip() for line in text.splitlines()[:8] if line.strip()]
    return next((line for line in lines if len(line) <= 60 and _SPEAKER_POSTS.search(line)
                 and not re.search(r"[。！？：:]$", line)), "")


def fits_document(unit: str, parties: Collection[str]) -> bool:
    """Whether the document assigns work to this unit itself: `parties` (the units its items
    name) hold its name, with or without the level (县人社局, 人社局). The speaker's own bureau,
    named only in the title or a speaker line, is no such unit."""
    bare = unit[1:] if _HAS_LEVEL.fullmatch(unit[:1]) else unit
    return unit in parties or (len(bare) >= 3 and bare in parties)


def level_of(text: str) -> str:
    """县, 市 or 区: the level whose cues (`全县`, `县委`, `我市` …) the document uses most; ties go
    in that order. "" when the text has none."""
    counts = {level: sum(text.count(cue) for cue in cues) for level, cues in _LEVEL_CUES.items()}
    best = max(LEVELS, key=lambda level: counts[level])
    return best if counts[best] else ""


def with_level(name: str, level: str) -> str:
    """`name` with the level in front, unless it already starts with one."""
    return name if _HAS_LEVEL.match(name) else f"{level}{name}"


def suggest_party(sentence: str, level: str = "县",
                  departments: Sequence[Department] | None = None) -> str | None:
    """The department whose topic keywords the sentence hits most (first in the list on a tie),
    with the level in front; None when no keyword occurs."""
    departments = tuple(departments) if departments is not None else load_departments()
    index = _keyword_index(departments)
    present = {word for i in range(len(sentence) - 1) for word in index.by_start.get(sentence[i:i + 2], ())
               if sentence.startswith(word, i)}
    present.update(word for word in index.single if word in sentence)
    best, best_score = None, 0
    for position in sorted({position for word in present for position in index.owners[word]}):
        score = departments[position].score(sentence)
        if score > best_score:
            best, best_score = departments[position], score
    return with_level(best.name, level) if best else None


@dataclass(frozen=True)
class _KeywordIndex:
    """Keywords by their first two characters (one-character keywords apart), to find the ones a
    sentence holds in one pass, and the positions of the departments each keyword points to."""

    by_start: dict[str, tuple[str, ...]]
    single: tuple[str, ...]
    owners: dict[str, tuple[int, ...]]


@lru_cache(maxsize=8)
def _keyword_index(departments: tuple[Department, ...]) -> _KeywordIndex:
    by_start: dict[str, set[str]] = {}
    owners: dict[str, list[int]] = {}
    for position, department in enumerate(departments):
        for word in department.keywords:
            by_start.setdefault(word[:2] if len(word) > 1 else "", set()).add(word)
            owners.setdefault(word, []).append(position)
    return _KeywordIndex({key: tuple(sorted(words)) for key, words in by_start.items() if key},
                         tuple(sorted(by_start.get("", ()))),
                         {word: tuple(positions) for word, positions in owners.items()})


def is_standing(sentence: str) -> bool:
    """Whether the sentence describes standing work (持续, 常态化, 长效, 坚持 …) rather than a one-off."""
    return any(word in sentence for word in STANDING_WORDS)


def suggest_deadline(deadline: str | None, kind_hint: str | None,
                     doc_date: DateLike) -> tuple[str | None, str | None]:
    """(suggested deadline text, suggested ISO due) for a task; (None, None) when the text states
    a deadline. `kind_hint` "ongoing" (standing work) gives `长期坚持`; any other task of a dated
    document gives `年底前` and the year's end (as `resolve("年底前", doc_date)` places it)."""
    if deadline:
        return None, None
    if kind_hint == "ongoing":
        return "长期坚持", None
    due = resolve("年底前", doc_date).due
    return ("年底前", due) if due else (None, None)
