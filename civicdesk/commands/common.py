"""What every command shares: exit codes, finding and opening the database, writing output."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee as pw

from civicdesk import paths
from civicdesk.data import database, lockfile
from civicdesk.errors import UserError

EXIT_OK, EXIT_FAILED, EXIT_USER_ERROR = 0, 1, 2


class NoDatabase(UserError):
    template = "there is no database at {path}"


class CannotWrite(UserError):
    template = "cannot write {path}: {reason}"


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else paths.default_db_path()


@contextmanager
def opened(args: argparse.Namespace, *, must_exist: bool = True,
           writes: bool = True) -> Iterator[pw.Database]:
    """The database chosen on the command line, open for the block, closed after.

    A command that *writes* takes the file's lock and is refused (`FileInUse`, naming who)
    while a CivicDesk window has it open; one that only reads opens it read-only then."""
    path = db_path(args)
    if must_exist and not path.exists():
        raise NoDatabase(path=str(path))
    with locked(path, writes=writes) as holder:
        db = database.open_database(path, read_only=holder)
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


def write_file(path: Path, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise CannotWrite(path=str(path), reason=exc.strerror or str(exc)) from exc
