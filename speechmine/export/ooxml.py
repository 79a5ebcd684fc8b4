"""Making Office (zip) files byte-identical: fixed entry timestamps and document dates."""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import Any

from .cells import xml_safe

FIXED_TIME = datetime(2000, 1, 1, 0, 0, 0)
_STAMP = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
_DATES = re.compile(rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")


def normalize(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed zip timestamps and fixed created/modified dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            content = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                content = _DATES.sub(rb"\g<1>" + _STAMP.encode() + rb"\g<3>", content)
            info = zipfile.ZipInfo(entry.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, content)
    return out.getvalue()


def workbook_bytes(workbook: Any, title: str | None) -> bytes:
    """An openpyxl workbook saved with its title, speechmine as its author and fixed dates."""
    props = workbook.properties
    props.title = xml_safe(title) if title is not None else None
    props.creator = props.lastModifiedBy = "speechmine"
    props.created = props.modified = FIXED_TIME
    out = io.BytesIO()
    workbook.save(out)
    return normalize(out.getvalue())
