"""Problems with the database file that the user can fix (shown as messages, not tracebacks),
and the one mapping from sqlite3's and peewee's exceptions to them (`storage_error`)."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import psycopg

from civicdesk import clock, localformat
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message


class DataError(UserError):
    """A problem with the database file itself."""

    context = "DataError"


class DatabaseIsFolder(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "{path} is a folder, not a database file. Choose the civicdesk.db file inside it."
    )


class DatabaseUnreadable(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "CivicDesk is not allowed to read {path}. Ask whoever manages this computer to give "
        "your user access to the file.",
    )


class FolderNotWritable(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "CivicDesk cannot save in the folder {path} (it is read-only or you lack permission). "
        "Choose a folder you can write to, for example with --data-dir.",
    )


class NotADatabase(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "{path} is not a CivicDesk database. Check that you picked the right file; "
        "CivicDesk did not change it.",
    )


class DatabaseDamaged(DataError):
    """SQLite's own check failed. `backup` is the newest verified backup (or None)."""

    template = QT_TRANSLATE_NOOP(
        "DataError",
        "The database {path} is damaged ({detail}). CivicDesk did not change it. {advice}")

    def __init__(self, *, path: str, detail: str, backup=None) -> None:
        self.path, self.backup = path, backup
        detail = one_line(detail)
        if backup is None:
            advice = Message("DataError", NO_BACKUP)
        else:
            advice = Message("DataError", RESTORE_BACKUP, {
                "when": localformat.format_datetime(backup.taken_at.astimezone(clock.zone())),
                "people": backup.counts.get("person", 0), "file": str(backup.path)})
        super().__init__(path=path, detail=detail, advice=advice)


NO_BACKUP = QT_TRANSLATE_NOOP(
    "DataError", "There is no verified backup of it: ask someone who knows computers to "
                 "look at the file before anything else is done with it.")
RESTORE_BACKUP = QT_TRANSLATE_NOOP(
    "DataError", "The newest verified backup is from {when} ({people} people): restore it "
                 "with File > Restore from a backup, or `civicdesk restore {file}`.")


class CannotOpen(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "CivicDesk cannot open {path} ({detail}). SQLite's own check finds no damage, and "
        "CivicDesk did not change the file.",
    )

    def __init__(self, *, path: str, detail: str) -> None:
        super().__init__(path=path, detail=one_line(detail))


def report_lines(text: str) -> list[str]:
    """The lines of what SQLite's check reports: it puts "*** in database main ***" and a
    line break before the first problem."""
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.startswith("*** in database ")]


def one_line(detail: str) -> str:
    """A detail for a message, which is shown in one line."""
    return "; ".join(report_lines(detail))


def sqlite_message(exc: BaseException) -> str:
    """What SQLite said. Python cannot decode a message that quotes bytes of a damaged
    schema which are not UTF-8, and raises UnicodeDecodeError instead: its bytes are the
    message."""
    if isinstance(exc, UnicodeDecodeError) and isinstance(exc.object, bytes):
        return exc.object.decode("utf-8", "replace")
    return str(exc)


class DatabaseTooNew(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "The database {path} was saved by a newer CivicDesk (data version {found}; this "
        "CivicDesk understands up to {supported}). Install the newer CivicDesk to open it.",
    )


class DatabaseLocked(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "The database is busy: another CivicDesk or another program, on this computer or "
        "another one, is saving to it. Nothing was saved. Wait a moment and try again; if it "
        "stays busy, close the other CivicDesk first.",
    )


class DatabaseReadOnly(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "CivicDesk cannot save to {path}: the file is read-only, or you are not allowed to "
        "change it. Nothing was saved. Ask whoever manages this computer to let your user "
        "change the file.",
    )


class StorageFailed(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "CivicDesk could not read or write {path}: the disk reported an error ({detail}). "
        "Nothing was saved. Check that the disk or USB stick is still connected and try "
        "again; if it keeps happening, keep your backups somewhere safe.",
    )


class DiskFull(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "The disk holding {path} is full, so nothing was saved. Free some space and try again.",
    )


# Mapping sqlite3's and peewee's exceptions ----------------------------------------------------

def sqlite_errors(exc: BaseException) -> Iterator[BaseException]:
    """*exc* and the exceptions behind it: peewee keeps sqlite3's as `orig` and as the
    context, and a failed commit's error hides behind the rollback's ("cannot rollback -
    no transaction is active")."""
    seen, todo = set(), [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]


def _kinds(exc: BaseException) -> tuple[set[str], str]:
    """SQLite's error kinds behind *exc* (`FULL`, `IOERR`, `BUSY` ... from the extended
    names like SQLITE_IOERR_SHORT_READ), and all their messages in lower case."""
    kinds, texts = set(), []
    for found in sqlite_errors(exc):
        name = getattr(found, "sqlite_errorname", None) or ""
        if name.count("_"):
            kinds.add(name.split("_")[1])
        if isinstance(found, OSError) and found.errno == errno.ENOSPC:
            kinds.add("FULL")
        texts.append(str(found).lower())
    return kinds, " | ".join(texts)


# What the drivers raise: sqlite3's, peewee's wrappers, and psycopg's (peewee wraps only the
# DB-API classes and their direct subclasses: `psycopg.errors.AdminShutdown` comes through
# as it is).
DATABASE_ERRORS = (sqlite3.Error, pw.PeeweeException, psycopg.Error)


def is_storage_error(exc: BaseException) -> bool:
    return isinstance(exc, DATABASE_ERRORS) or any(
        isinstance(e, sqlite3.Error | psycopg.Error) for e in sqlite_errors(exc))


def disk_full(path: Path) -> bool:
    """Is the disk holding *path* (all but) full?"""
    try:
        stats = os.statvfs(path if path.is_dir() else path.parent)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return stats.f_bavail * stats.f_frsize < 256 * 1024


def storage_error(exc: BaseException, path: Path) -> DataError | None:
    """The DataError a user can act on for a storage failure, or None if *exc* is something
    else (a bug). Damage is not decided here: the caller runs SQLite's own check
    (`database.diagnose`) before it calls a file damaged (`looks_damaged`)."""
    kinds, text = _kinds(exc)
    where = str(path)
    if "FULL" in kinds or "database or disk is full" in text:
        return DiskFull(path=where)
    if "READONLY" in kinds or "readonly database" in text:
        return DatabaseReadOnly(path=where)
    if {"BUSY", "LOCKED"} & kinds or "database is locked" in text:
        return DatabaseLocked()
    if "IOERR" in kinds or "disk i/o error" in text:
        return DiskFull(path=where) if disk_full(path) else StorageFailed(
            path=where, detail=text.split(" | ")[0])
    if "CANTOPEN" in kinds or "unable to open" in text:
        if path.exists() and not os.access(path, os.R_OK):
            return DatabaseUnreadable(path=where)
        return FolderNotWritable(path=str(path.parent))
    if {"PERM", "AUTH"} & kinds:
        return DatabaseReadOnly(path=where)
    return None


def refused_as_read_only(exc: BaseException) -> bool:
    """Did SQLite refuse a write because the file (or this connection) is read-only?"""
    kinds, text = _kinds(exc)
    return "READONLY" in kinds or "readonly database" in text


def looks_damaged(exc: BaseException) -> bool:
    """Does SQLite say the file is damaged or not a database (for its check to confirm)?"""
    kinds, text = _kinds(exc)
    return bool({"CORRUPT", "NOTADB"} & kinds) or any(
        word in text for word in ("malformed", "corrupt", "not a database"))
