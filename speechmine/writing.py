"""Writing files so that a failure never leaves a half-written or lost file behind.

A file is written to a temporary file beside it (`.NAME.HOST-PID.XXXX.tmp`), then moved over it.
A symbolic link is followed (the file it points to is replaced, the link stays); a read-only file
is refused, not replaced. Temporary files that a killed run left behind are removed by the next
write into the same folder: those of a process of this machine that no longer runs, and any older
than `STALE_TMP_SECONDS`.
"""
from __future__ import annotations

import os
import re
import socket
import stat
import tempfile
import time
from pathlib import Path
from typing import Callable

from .errors import SpeechmineError

STALE_TMP_SECONDS = 24 * 3600
HOST = re.sub(r"[^A-Za-z0-9_-]", "_", socket.gethostname()) or "host"


def real_target(path: Path) -> Path:
    """The file a write to `path` changes: `path`, or where its symbolic link points."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def check_writable(path: Path) -> None:
    """SpeechmineError when `path` exists and is read-only (even for root, who could write it)."""
    target = real_target(path)
    if target.exists() and not target.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise SpeechmineError(f"{path}: the file is read-only; make it writable to let speechmine "
                              "update it (or write to another file with -o)")


def alive(pid: int) -> bool:
    """Whether process `pid` runs on this machine (on Windows, where probing a process would end
    it, always True: only age makes a lock or temporary file stale there)."""
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temporary files a killed write to `path` left beside it; return them."""
    directory = path.parent if str(path.parent) else Path(".")
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.(?P<host>[A-Za-z0-9_-]+)-(?P<pid>\d+)\.[^.]+\.tmp$")
    removed = []
    try:
        candidates = list(directory.iterdir())
    except OSError:
        return removed
    for candidate in candidates:
        found = pattern.match(candidate.name)
        if not found:
            continue
        try:
            old = time.time() - candidate.stat().st_mtime > STALE_TMP_SECONDS
            if old or (found["host"] == HOST and not alive(int(found["pid"]))):
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return removed


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write(tmp)` on a temporary file next to `path`, then move it over `path`.

    If `write` raises, the temporary file is removed and `path` is left as it was.
    """
    path = real_target(Path(path))
    check_writable(path)
    remove_stale_temporaries(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{HOST}-{os.getpid()}.", suffix=".tmp",
                                    dir=directory)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path` atomically."""
    write_atomic(Path(path), lambda tmp: tmp.write_text(text, encoding=encoding, newline=""))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    write_atomic(Path(path), lambda tmp: tmp.write_bytes(data))
