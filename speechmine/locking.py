"""One update of a ledger at a time, on a local disk or a shared drive.

`hold(path)` creates the lock file `NAME.lock` beside the ledger with an exclusive create (atomic on
local disks, SMB and NFS alike) and removes it when the update ends. Another update meanwhile gets
a clear error, or with `wait` queues until the lock is free. A lock is stale, and taken over, when
it names a process of this machine that no longer runs, or is older than `STALE_LOCK_SECONDS`.

Office keeps an owner file `~$NAME` beside a workbook it has open: its next save would undo the
update, so `hold` refuses (or waits) while one exists.
"""
from __future__ import annotations

import contextlib
import getpass
import os
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Iterator

from .errors import SpeechmineError
from .writing import HOST, alive, real_target

STALE_LOCK_SECONDS = 3600
POLL_SECONDS = 0.2
_held: set[tuple[str, int]] = set()   # (lock, thread) held here: a nested hold is free


class Busy(SpeechmineError):
    """Another update holds the ledger, or Office has it open."""


def lock_path(path: Path) -> Path:
    """The lock file of the ledger `path`."""
    target = real_target(Path(path))
    return target.with_name(target.name + ".lock")


def office_owner(path: Path) -> Path | None:
    """The owner file Excel, WPS or Word keep while `path` is open (`~$NAME`), when present."""
    target = real_target(Path(path))
    for name in ("~$" + target.name, "~$" + target.name[2:]):   # Office drops 2 chars of long names
        owner = target.with_name(name)
        if len(name) > 2 and owner.exists():
            return owner
    return None


def _stale(lock: Path, holder: str) -> bool:
    fields = holder.split()
    try:
        age = time.time() - lock.stat().st_mtime
    except FileNotFoundError:
        return False
    if age > STALE_LOCK_SECONDS:
        return True
    return len(fields) >= 2 and fields[0] == HOST and fields[1].isdigit() and not alive(int(fields[1]))


def _take_over(lock: Path, holder: str) -> None:
    """Remove a stale lock, unless another process replaced it in the meantime."""
    aside = lock.with_name(f"{lock.name}.{HOST}-{os.getpid()}.stale")
    try:
        os.replace(lock, aside)
    except FileNotFoundError:
        return
    try:
        if aside.read_text(encoding="utf-8", errors="replace") != holder:
            with contextlib.suppress(OSError):   # a fresh lock: put it back (if none came since)
                os.link(aside, lock)
    finally:
        aside.unlink(missing_ok=True)


def _try_lock(lock: Path, me: str) -> str | None:
    """Create the lock; None when done, else the text of the lock that holds it."""
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        try:
            return lock.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(me)
    return None


@contextlib.contextmanager
def hold(path: Path, wait: bool = False) -> Iterator[None]:
    """Hold the ledger `path` for one update (re-entrant within a thread).

    Raises `Busy` when another update holds it or Office has it open, unless `wait`, which
    queues until both are gone."""
    path = Path(path)
    lock = lock_path(path)
    key = (str(lock.resolve()), threading.get_ident())
    if key in _held:
        yield
        return
    try:
        user = getpass.getuser()
    except (OSError, KeyError):   # no login name in the environment nor the password database
        user = "?"
    me = f"{HOST} {os.getpid()} {user} {datetime.now().isoformat(timespec='seconds')}\n"
    while True:
        holder = _try_lock(lock, me)
        if holder is None:
            owner = office_owner(path)
            if owner is None:
                break
            lock.unlink(missing_ok=True)
            if not wait:
                raise Busy(f"{path} is open in Excel, WPS or LibreOffice ({owner.name} exists): close "
                           "it there first, or its next save would undo this update (give --wait to "
                           f"wait for it; if nobody has it open, delete {owner.name})")
        elif holder and _stale(lock, holder):
            _take_over(lock, holder)
            continue
        elif not wait:
            who = holder.split()
            by = f" (by {who[2]} on {who[0]}, process {who[1]}, since {who[3]})" if len(who) >= 4 else ""
            raise Busy(f"{path}: another update is running{by}; try again when it ends, or give "
                       f"--wait to queue behind it (if none is running, delete {lock.name})")
        time.sleep(POLL_SECONDS)
    _held.add(key)
    try:
        yield
    finally:
        _held.discard(key)
        with contextlib.suppress(OSError):
            if lock.read_text(encoding="utf-8", errors="replace") == me:
                lock.unlink()
