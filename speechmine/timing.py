"""Deadlines and rhythms as written (`年底前`, `6月30日前`, `每季度`, `长期坚持`), found with the
patterns in `lexicons/deadline_patterns.txt`. Turning them into dates is `speechmine.dates`."""
from __future__ import annotations

from .lexicon import Lexicon
from .model import Span


def find_deadline(text: str, start: int, end: int, lexicon: Lexicon, mask: bytearray | None = None) -> Span | None:
    """The earliest deadline in text[start:end] outside quotations (`mask[i]` set = quoted)."""
    best: Span | None = None
    for pattern in lexicon.patterns.get("deadline_patterns", ()):
        for m in pattern.finditer(text, start, end):
            if mask is not None and mask[m.start()]:
                continue
            if best is None or m.start() < best.start or (m.start() == best.start and m.end() > best.end):
                best = Span(m.group(0), m.start(), m.end())
            break
    return best
