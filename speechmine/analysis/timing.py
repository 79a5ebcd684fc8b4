"""Deadlines and rhythms as written (`年底前`, `6月30日前`, `每季度`, `长期坚持`), found with the
patterns in `lexicons/deadline_patterns.txt`. Turning them into dates is `speechmine.analysis.dates`."""
from __future__ import annotations

from bisect import bisect_left

from ..lexicon import Lexicon
from ..model import Span


def find_deadline(text: str, start: int, end: int, lexicon: Lexicon, mask: bytearray | None = None) -> Span | None:
    """The earliest deadline in text[start:end] outside quotations (`mask[i]` set = quoted); of
    the patterns that match there, the longest match."""
    patterns = lexicon.patterns.get("deadline_patterns", ())
    if not patterns:
        return None
    finder, pos = lexicon.combined("deadline_patterns"), start
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


class Deadlines:
    """The deadlines of one text, found in a single pass; `first` answers for any stretch of it."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text, self.lexicon = text, lexicon
        patterns = lexicon.patterns.get("deadline_patterns", ())
        self.starts = [m.start() for m in lexicon.combined("deadline_patterns").finditer(text)] if patterns else []

    def first(self, start: int, end: int, mask: bytearray | None = None) -> Span | None:
        """What `find_deadline(text, start, end, …)` gives, without searching the text again."""
        i = bisect_left(self.starts, start)
        if i == len(self.starts) or self.starts[i] >= end:
            return None
        at = self.starts[i]
        if mask is not None and mask[at]:
            return find_deadline(self.text, at + 1, end, self.lexicon, mask)
        patterns = self.lexicon.patterns["deadline_patterns"]
        stop = max((m.end() for m in (p.match(self.text, at, end) for p in patterns) if m), default=0)
        if stop <= at:  # the single pass matched beyond `end`: look inside the stretch itself
            return find_deadline(self.text, start, end, self.lexicon, mask)
        return Span(self.text[at:stop], at, stop)
