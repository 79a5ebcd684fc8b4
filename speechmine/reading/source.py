"""A decoded document (`Source`) and what reading bytes needs: encoding detection, zip limits.

Offsets everywhere refer to `Source.text` exactly as decoded here: no newline, space or width
normalisation happens on the way in. A byte-order mark is not text and is dropped.
"""
from __future__ import annotations

import codecs
import os
import zipfile
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..errors import SpeechmineError

MAX_UNZIPPED_MB = 256      # SPEECHMINE_MAX_UNZIPPED_MB raises it
MAX_ZIP_RATIO = 200        # SPEECHMINE_MAX_ZIP_RATIO raises it
WORD_SUFFIXES = (".docx",)
CONVERTIBLE_SUFFIXES = (".doc", ".wps", ".odt", ".rtf")
PDF_SUFFIXES = (".pdf",)
NOT_TEXT = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
            b"GIF8": "a GIF image", b"\xd0\xcf\x11\xe0": "an old Office file (.doc/.xls/.wps)",
            b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7z archive"}
"""Openings of files that are not text, and what they are (checked before decoding)."""


@dataclass
class Source:
    """A decoded document: its name, text and what the reader learnt besides the text."""

    name: str
    text: str
    encoding: str = "utf-8"
    doc_date: str | None = None
    task_rows: list[Any] = field(default_factory=list)
    headings: dict[int, int] = field(default_factory=dict)  # paragraph start offset → heading level
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with BOM, then GB18030; return (text, encoding).

    Raises SpeechmineError for empty, binary or undecodable input.
    """
    if not data.strip():
        raise SpeechmineError(f"{name}: the input is empty")
    kind = next((what for magic, what in NOT_TEXT.items() if data.startswith(magic)), None)
    if kind:
        raise SpeechmineError(f"{name}: this is {kind} (a binary file), not text; speechmine reads .txt, .docx and .pdf")
    if data.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", data)]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", data)]
    else:
        if b"\x00" in data:
            raise SpeechmineError(f"{name}: this looks like a binary file, not text (NUL bytes found)")
        candidates = [("utf-8", data), ("gb18030", data)]
    for encoding, raw in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            raise SpeechmineError(f"{name}: the input is empty (only spaces and line breaks)")
        if _plausible(text):
            return text, encoding.replace("-sig", "")
    mixed = utf8_lines(data) if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else []
    if mixed and len(mixed) < data.count(b"\n") + 1:
        raise SpeechmineError(
            f"{name}: mixed encodings: line {shown_lines(mixed)} is UTF-8, other lines are not; "
            "save the whole file as UTF-8 and try again")
    raise SpeechmineError(
        f"{name}: cannot decode the text (tried UTF-8, UTF-16 with BOM and GB18030/GBK); "
        "save it as UTF-8 and try again")


def _plausible(text: str) -> bool:
    """False for text full of control characters or unassigned code points (wrong encoding)."""
    if not text.strip():
        return False
    bad = sum(1 for ch in text
              if (unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\r\n\t\f\v")
              or ch == "\ufffd")
    return bad <= max(2, len(text) // 200)


def _limit(variable: str, default: int) -> int:
    value = os.environ.get(variable, "")
    try:
        return int(value) if value.strip() else default
    except ValueError:
        raise SpeechmineError(f"{variable}={value!r} is not a whole number") from None


def check_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a zip (.docx, .xlsx) that would inflate beyond the limits before anything is read:
    more than `MAX_UNZIPPED_MB` in all, or a member over 1 MB that inflates more than
    `MAX_ZIP_RATIO` times (a zip bomb). zipfile never inflates a member past its declared size."""
    most = _limit("SPEECHMINE_MAX_UNZIPPED_MB", MAX_UNZIPPED_MB)
    ratio = _limit("SPEECHMINE_MAX_ZIP_RATIO", MAX_ZIP_RATIO)
    members = archive.infolist()
    total = sum(info.file_size for info in members)
    if total > most * 1_000_000:
        raise SpeechmineError(
            f"{name}: the file would unpack to {total / 1e6:,.0f} MB, over the limit of {most} MB; "
            f"if you trust it, raise the limit: SPEECHMINE_MAX_UNZIPPED_MB={total // 1_000_000 + 1}")
    for info in members:
        if info.file_size > 1_000_000 and info.file_size > ratio * max(info.compress_size, 1):
            raise SpeechmineError(
                f"{name}: {info.filename} would inflate {info.file_size / max(info.compress_size, 1):,.0f} "
                f"times (the limit is {ratio}: a zip bomb?); if you trust the file, raise the limit: "
                "SPEECHMINE_MAX_ZIP_RATIO")


def utf8_lines(data: bytes) -> list[int]:
    """Line numbers (from 1) of the lines of a non-UTF-8 file that are UTF-8 with Chinese in them:
    decoded with the file's encoding they read as garbage (鍚勫崟浣嶈…)."""
    found = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if max(line, default=0) >= 0x80:
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                continue
            found.append(number)
    return found


def shown_lines(numbers: list[int]) -> str:
    """At most five line numbers, for a message: `3、7、9、12、15…`."""
    return "、".join(map(str, numbers[:5])) + ("…" if len(numbers) > 5 else "")
