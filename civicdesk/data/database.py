"""Opening the database file: the one place that checks, configures and upgrades it."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

import peewee as pw

from civicdesk import clock, paths, settings
from civicdesk.data import errors, fields, migrations, models, search

BUSY_TIMEOUT_S = 10
SQLITE_MAGIC = b"SQLite format 3\x00"

# synchronous=FULL: in WAL mode NORMAL may lose the last commits on a power cut; this data
# must not be lost, and a front desk writes a few rows a minute, so the fsync costs nothing.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": BUSY_TIMEOUT_S * 1000,
    "cache_size": -32000,
}


def open_database(path: str | os.PathLike, *, migrate: bool = True) -> pw.SqliteDatabase:
    """Open (creating if needed) the CivicDesk database at *path* and bind the models to it.

    Raises a `DataError` subclass with a clear message for anything the user can fix: a
    folder, an unreadable or foreign file, a damaged or too-new database, a read-only folder.
    """
    path = Path(path).expanduser()
    _check_file(path)
    _check_identity(path)
    # IMMEDIATE: a write transaction takes the write lock when it starts (waiting up to the
    # busy timeout) instead of failing halfway when another connection wrote meanwhile.
    db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_S,
                           lock_type="IMMEDIATE")
    db.register_function(fields.fold, search.FOLD, 1, deterministic=True)
    try:
        db.connect()
        if migrate:
            upgrade(db, path)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise translate_error(exc, path) from exc
    except BaseException:
        db.close()
        raise
    models.database.initialize(db)
    settings.apply_timezone()  # the association's "today" from now on
    return db


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise errors.DatabaseIsFolder(path=str(path))
    if path.exists() and not path.is_file():  # a device (/dev/null), a pipe, a socket
        raise errors.NotADatabase(path=str(path))
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.FolderNotWritable(path=str(folder)) from exc
    if not _folder_writable(folder):
        raise errors.FolderNotWritable(path=str(folder))
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError as exc:
        raise errors.DatabaseUnreadable(path=str(path)) from exc
    if not header:
        return  # an empty file becomes a new database
    if not header.startswith(SQLITE_MAGIC):
        raise errors.NotADatabase(path=str(path))
    _check_not_truncated(path, header)


def _folder_writable(folder: Path) -> bool:
    """Try it: os.access() says yes to root even on a read-only mount.

    SQLite in WAL mode must create `-wal` and `-shm` files beside the database.
    """
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _check_not_truncated(path: Path, header: bytes) -> None:
    """Compare the size the header promises with the file's size (a cut-off copy)."""
    if len(header) < 100:
        raise errors.DatabaseDamaged(path=str(path), detail="the file is cut off",
                                     backups=str(paths.backup_dir(path)))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    valid_for = header[92:96]
    # The in-header size is only trustworthy when "version-valid-for" matches the counter.
    if page_count and valid_for == change_counter:
        if path.stat().st_size < page_size * page_count:
            raise errors.DatabaseDamaged(path=str(path), detail="the file is cut off",
                                         backups=str(paths.backup_dir(path)))


def _check_identity(path: Path) -> None:
    """Is this our file, and not too new? Asked read-only, before any setting changes it
    (switching a foreign file to WAL would already modify it)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_S)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            has_tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from exc
    if has_tables and app_id != migrations.APPLICATION_ID:
        raise errors.NotADatabase(path=str(path))
    if found > migrations.SCHEMA_VERSION:
        raise errors.DatabaseTooNew(path=str(path), found=found,
                                    supported=migrations.SCHEMA_VERSION)


def schema_version(db: pw.SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def upgrade(db: pw.SqliteDatabase, path: Path) -> None:
    """Bring the file to SCHEMA_VERSION: create it, or back it up and run the pending steps."""
    found = schema_version(db)
    if found == migrations.SCHEMA_VERSION:
        return
    models.database.initialize(db)
    if found == 0:
        with db.atomic():
            migrations.create_schema(db)
            _set_version(db, migrations.SCHEMA_VERSION)
        return
    backup_copy(db, paths.backup_dir(path), f"before-schema-v{migrations.SCHEMA_VERSION}")
    with db.atomic():
        for version, step in migrations.pending_steps(found):
            step(db)
            _set_version(db, version)


def _set_version(db: pw.SqliteDatabase, version: int) -> None:
    # PRAGMAs cannot take parameters; both values are integers we control.
    db.execute_sql(f"PRAGMA application_id = {int(migrations.APPLICATION_ID)}")
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def backup_copy(db: pw.SqliteDatabase, folder: Path, label: str) -> Path:
    """Copy the open database into *folder* with SQLite's online backup (safe while in use)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.stamp()
    target = folder / f"civicdesk-{label}-{stamp}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"civicdesk-{label}-{stamp}-{counter}.db"
    dest = sqlite3.connect(str(target))
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    return target


def translate_error(exc: Exception, path: Path) -> errors.DataError | Exception:
    """Map a sqlite3 error to the DataError a user can act on (or return it unchanged)."""
    text = str(exc).lower()
    backups = str(paths.backup_dir(path))
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "database or disk is full" in text:
        return errors.DiskFull(path=str(path))
    if "locked" in text or "busy" in text:
        return errors.DatabaseLocked()
    if "file is not a database" in text:
        return errors.NotADatabase(path=str(path))
    if "malformed" in text or "corrupt" in text or "disk i/o error" in text:
        return errors.DatabaseDamaged(path=str(path), detail=str(exc), backups=backups)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return errors.FolderNotWritable(path=str(path.parent))
    return exc


def close_database(db: pw.SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()
    clock.set_zone(None)  # the next database brings its own zone
