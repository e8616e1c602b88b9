"""One writer per database file. While a CivicDesk window (or a command that writes) has
`civicdesk.db` open, `civicdesk.db.lock` beside it says who: host, user, process and since
when, the way LibreOffice's `.~lock` files do, so a second copy can tell the person at the
PC who has the file open.

What decides whether the file is in use is not the lock file's presence but an operating-
system lock on it (flock on Linux and macOS, a byte-range lock on Windows), which the
system lets go when the process ends, however it ends. So a lock file left by a crash, a
power cut or a USB stick pulled out of another PC is stale by definition and is taken over;
there is no guessing from process ids. This works because the database must be on a local
disk (`filesystems`): network filesystems are refused before any lock is taken.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from civicdesk import __version__, clock, localformat, paths
from civicdesk.data import errors, filesystems
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message

SUFFIX = ".lock"
WINDOWS_LOCK_OFFSET = 1 << 20  # the locked byte, past the text, which stays readable
ATTEMPTS = 5  # tries when the lock file is replaced while we take it


@dataclass(frozen=True)
class Holder:
    """Who has the file open, as its lock file says (fields may be unknown: empty)."""

    host: str = ""
    user: str = ""
    pid: int | None = None
    since: datetime | None = None
    version: str = ""

    @property
    def on_this_computer(self) -> bool:
        return bool(self.host) and self.host == socket.gethostname()

    def describe(self) -> Message:
        since = (localformat.format_datetime(self.since.astimezone(clock.zone()))
                 if self.since is not None else "")
        if not self.host:
            return Message("DataError", UNKNOWN_HOLDER)
        if self.on_this_computer:
            return Message("DataError", HOLDER_HERE, {"user": self.user or "?",
                                                      "since": since})
        return Message("DataError", HOLDER_ELSEWHERE, {"user": self.user or "?",
                                                       "host": self.host, "since": since})


UNKNOWN_HOLDER = QT_TRANSLATE_NOOP("DataError", "another copy of CivicDesk")
HOLDER_HERE = QT_TRANSLATE_NOOP("DataError", "{user}, on this computer, since {since}")
HOLDER_ELSEWHERE = QT_TRANSLATE_NOOP("DataError", "{user} on the computer {host}, since {since}")


class FileInUse(errors.DataError):
    """Another CivicDesk has the file open for changes (`holder` says who)."""

    template = QT_TRANSLATE_NOOP(
        "DataError", "{path} is already open in CivicDesk: {holder}. Only one copy can make "
                     "changes at a time: close CivicDesk there first.")

    def __init__(self, *, path: str, holder: Holder) -> None:
        self.path, self.holder = path, holder
        super().__init__(path=path, holder=holder.describe())


class OpenedReadOnly(errors.DataError):
    """A write in a copy that opened the file read-only because another copy has it."""

    template = QT_TRANSLATE_NOOP(
        "DataError", "This copy of CivicDesk opened {path} read-only, because it is open "
                     "in CivicDesk elsewhere: {holder}. Nothing was saved here; make the "
                     "change there, or close CivicDesk there and open the file again here.")

    def __init__(self, *, path: str, holder: Holder) -> None:
        self.path, self.holder = path, holder
        super().__init__(path=path, holder=holder.describe())


class NetworkFolder(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "{path} is in a network folder ({kind}). CivicDesk keeps its data in "
                     "one file on this computer's own disk: a file that several computers "
                     "share over the network can be damaged. Copy it to this computer's disk "
                     "and open it there. For several PCs, CivicDesk will work with one "
                     "shared database server (PostgreSQL) in a later version.")


def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}{SUFFIX}")


def refuse_network_folder(db_path: Path) -> None:
    kind = filesystems.network_kind(Path(db_path))
    if kind is not None:
        raise NetworkFolder(path=str(db_path), kind=kind)


class Lock:
    """Held until `release()` (or until the process ends)."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path, self._fd = path, fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":  # an open file cannot be removed there
            _unlock(fd)
            os.close(fd)
            _remove(self.path)
        else:  # removed while still locked: a waiter sees it is gone and starts over
            _remove(self.path)
            os.close(fd)

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()


def acquire(db_path: Path) -> Lock:
    """The lock of the database *db_path* (FileInUse if another process holds it;
    NetworkFolder if the file is in a network folder). Where no lock file can be made (a
    read-only folder, a full disk) an unheld Lock comes back and opening the database
    reports the real problem."""
    db_path = Path(db_path)
    refuse_network_folder(db_path)
    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Lock(path, None)
    for _ in range(ATTEMPTS):
        try:
            # 0600, or 0660 in the PC's shared folder: the next user must be able to lock it
            fd = paths.private_opener(str(path), os.O_RDWR | os.O_CREAT
                                      | getattr(os, "O_BINARY", 0))
        except OSError:
            return Lock(path, None)
        if not _try_lock(fd):
            os.close(fd)
            raise FileInUse(path=str(db_path), holder=holder_of(db_path) or Holder())
        if _same_file(fd, path):
            _write_who(fd)
            return Lock(path, fd)
        os.close(fd)  # it was removed by its holder as we locked it: start over
    return Lock(path, None)


def holder_of(db_path: Path) -> Holder | None:
    """Who has *db_path* open for changes now (None: nobody)."""
    path = lock_path(Path(db_path))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        if _try_lock(fd, shared=True):
            _unlock(fd)
            return None  # nobody holds it: a stale file
        with os.fdopen(os.dup(fd), "rb") as fh:
            raw = fh.read(4096)
    finally:
        os.close(fd)
    return _parse(raw)


def _parse(raw: bytes) -> Holder:
    try:
        data = json.loads(raw.decode("utf-8"))
        since = data.get("since")
        return Holder(host=str(data.get("host", "")), user=str(data.get("user", "")),
                      pid=int(data["pid"]) if data.get("pid") is not None else None,
                      since=datetime.fromisoformat(since) if since else None,
                      version=str(data.get("version", "")))
    except (ValueError, TypeError, AttributeError, KeyError):
        return Holder()  # being written this instant, or not ours: still held


def _write_who(fd: int) -> None:
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = ""
    text = json.dumps({"host": socket.gethostname(), "user": user, "pid": os.getpid(),
                       "since": clock.utcnow().isoformat(), "version": __version__},
                      ensure_ascii=False).encode("utf-8")
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, text)  # no fsync: "who" is only shown, the OS lock decides
    except OSError:
        pass  # a full disk: the lock holds all the same, only "who" stays unknown


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int, shared: bool = False) -> bool:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int, shared: bool = False) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
        except OSError:
            return True  # a filesystem without locks: nothing to go by, do not refuse

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
