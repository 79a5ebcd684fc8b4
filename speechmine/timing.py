"""Deadlines and rhythms as written (`年底前`, `6月30日前`, `每季度`, `长期坚持`), found with the
patterns in `lexicons/deadline_patterns.txt`. Turning them into dates is `speechmine.dates`."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon
from .model import Span


@lru_cache(maxsize=8)
def _any_of(patterns: tuple[re.Pattern, ...]) -> re.Pattern:
    """One pattern that matches where any of `patterns` does, to find the earliest start fast."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


def find_deadline(text: str, start: int, end: int, lexicon: Lexicon, mask: bytearray | None = None) -> Span | None:
    """The earliest deadline in text[start:end] outside quotations (`mask[i]` set = quoted); of
    the patterns that match there, the longest match."""
    patterns = lexicon.patterns.get("deadline_patterns", ())
    if not patterns:
        return None
    finder, pos = _any_of(patterns), start
    while True:
        found = finder.search(text, pos, end)
        if found is None:
            return None
        at = found.start()
        if mask is not None and mask[at]:
            pos = at + 1
            continue
        stop = max(m.end() for m in (p.match(text, at, end) for p in patterns) if m)
        return Span(text[at:stop], at, stop)
