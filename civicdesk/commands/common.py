"""What every command shares: exit codes, finding and opening the database, writing output."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee as pw

from civicdesk import paths, plaintext
from civicdesk.data import database, lockfile
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP

EXIT_OK, EXIT_FAILED, EXIT_USER_ERROR = 0, 1, 2
NOT_A_NAME = QT_TRANSLATE_NOOP("Errors", "no file name can hold one of its characters")


class NoDatabase(UserError):
    template = "there is no database at {path}"


class CannotWrite(UserError):
    template = "cannot write {path}: {reason}"


class CannotOpen(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "cannot open {path}: {reason}")


def db_path(args: argparse.Namespace) -> Path:
    """The database file the command works on (--db, else the data folder's)."""
    given = getattr(args, "db", None)
    try:
        return Path(file_name(given)).expanduser() if given else paths.default_db_path()
    except RuntimeError as exc:  # ~someone who has no home folder here
        raise CannotOpen(path=given or f"${paths.DATA_DIR_ENV}", reason=str(exc)) from exc


def file_name(text: str) -> str:
    """*text*, if the system can take it as a file name (no NUL, no character it cannot
    encode), else CannotOpen. Names from the real command line always can, except for NUL
    on no system; names from elsewhere (an environment, a test) may not."""
    try:
        if "\x00" not in text:
            os.fsencode(text)
            return text
    except UnicodeError:
        pass
    raise CannotOpen(path=text, reason=NOT_A_NAME)


def is_empty_file(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size == 0
    except OSError:  # a name the system refuses: opening it says so
        return False


@contextmanager
def opened(args: argparse.Namespace, *, must_exist: bool = True,
           writes: bool = True) -> Iterator[pw.Database]:
    """The database chosen on the command line, open for the block, closed after.

    A command that *writes* takes the file's lock and is refused (`FileInUse`, naming who)
    while a CivicDesk window has it open; one that only reads opens it read-only then."""
    path = db_path(args)
    try:
        missing = must_exist and not path.exists()
    except OSError as exc:  # the name itself is refused (too long, say)
        raise CannotOpen(path=str(path), reason=exc.strerror or str(exc)) from exc
    if missing:
        raise NoDatabase(path=str(path))
    with locked(path, writes=writes) as holder:
        try:
            db = database.open_database(path, read_only=holder)
        except OSError as exc:  # the name itself is refused (too long, say)
            raise CannotOpen(path=str(path), reason=exc.strerror or str(exc)) from exc
        try:
            yield db
        finally:
            database.close_database(db)


@contextmanager
def locked(path: Path, *, writes: bool = True) -> Iterator[lockfile.Holder | None]:
    """Hold the lock of *path* for the block. Yields None, or, for a command that only
    reads while another copy holds the lock, who holds it (open read-only then)."""
    try:
        lock = lockfile.acquire(path)
    except lockfile.FileInUse as exc:
        if writes:
            raise
        yield exc.holder
        return
    with lock:
        yield None


def shown(path: str | Path) -> str:
    """*path* as a line of output shows it: a name with bytes that are not UTF-8 (which
    Python hands over as lone surrogates) shows U+FFFD there instead of failing to print
    on a strict UTF-8 console."""
    return plaintext.shown(str(path), limit=4096)


def write_file(path: Path, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except (OSError, ValueError) as exc:  # ValueError: a NUL or a lone surrogate in the name
        raise CannotWrite(path=str(path), reason=write_failure(exc)) from exc


def write_failure(exc: OSError | ValueError) -> str:
    """Why a file could not be written, for CannotWrite."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return NOT_A_NAME
