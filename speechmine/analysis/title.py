"""A document's own title, from its first line."""
from __future__ import annotations

import re

from .labels import match_label


def document_title(text: str) -> str | None:
    """The document's title from its first line (`在2025年全市交通运输工作会议上的讲话` →
    `2025年全市交通运输工作会议`), or None when the text opens with a sentence or a label."""
    first = next((line.strip(" \u3000\t") for line in text.splitlines() if line.strip(" \u3000\t")), "")
    if not first or len(first) > 50 or re.search(r"[。！？；：:]$|[。！？]", first) or match_label(first, 0):
        return None
    return re.sub(r"^在(.+?)上的(?:讲话|发言|报告)$", r"\1", first)
