"""The extraction result as JSON: `{"source": …, "items": [...]}`, keys in model order."""
from __future__ import annotations

import json

from ..model import Result


def render_json(result: Result) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n"
