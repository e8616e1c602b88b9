"""Opening the database file: the one place that checks, configures and upgrades it."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

import peewee as pw

from civicdesk import clock, paths, settings
from civicdesk.data import (
    address,
    backend,
    errors,
    fields,
    lockfile,
    migrations,
    models,
    pg_database,
    pg_errors,
    search,
)
from civicdesk.i18n import QT_TRANSLATE_NOOP

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


def open_database(path: str | os.PathLike | address.ServerAddress, *, migrate: bool = True,
                  busy_timeout_s: float = BUSY_TIMEOUT_S,
                  read_only: lockfile.Holder | None = None) -> pw.SqliteDatabase:
    """Open (creating if needed) the CivicDesk database at *path* and bind the models to it.

    *path* may also be a PostgreSQL server's database: a `postgresql://` address (text or
    `address.ServerAddress`), opened by `pg_database` with the same checks (#17).

    Raises a `DataError` subclass with a clear message for anything the user can fix: a
    folder, a network folder, an unreadable or foreign file, a too-new database, a
    read-only folder or file, a full disk, a file another program holds, a damaged file
    (only when SQLite's own check says so). Nothing else escapes: an unexpected failure is
    checked the same way.

    *read_only*: the file is open for changes in another CivicDesk (`lockfile`), this one
    only looks: nothing is upgraded, and every write is refused with `OpenedReadOnly`.
    Whoever opens the file for changes takes its `lockfile` first (the window, the
    commands); this function does not.

    After a crash SQLite replays the -wal itself when the file is opened: the main file's
    header may promise pages that are still in the -wal, so it is never judged alone.
    """
    where = address.location(path)
    if isinstance(where, address.ServerAddress):
        return _open_server(where, migrate)
    path = where
    try:
        return _open(path, migrate, busy_timeout_s, read_only)
    except errors.DataError:
        raise
    except Exception as exc:  # noqa: BLE001 - every other failure is explained, see below
        raise explain(exc, path) from exc


def _open(path: Path, migrate: bool, busy_timeout_s: float,
          read_only: lockfile.Holder | None) -> pw.SqliteDatabase:
    _check_file(path)
    lockfile.refuse_network_folder(path)
    _check_not_emptied(path)
    identity = _check_identity(path)
    try:
        paths.protect_database(path)  # 0600 before SQLite creates it: -wal and -shm follow it
        if _in_doubt(path):
            _confirm_intact(path)
        pragmas = PRAGMAS | {"busy_timeout": int(busy_timeout_s * 1000)}
        if read_only is not None:
            pragmas["query_only"] = 1  # SQLite itself refuses writes, whatever asks
        # IMMEDIATE: a write transaction takes the write lock when it starts (waiting up to
        # the busy timeout) instead of failing halfway when another connection wrote meanwhile.
        db = pw.SqliteDatabase(str(path), pragmas=pragmas, timeout=busy_timeout_s,
                               lock_type="IMMEDIATE")
        db.register_function(fields.fold, search.FOLD, 1, deterministic=True)
        db.read_only_for = read_only
        try:
            db.connect()
        except BaseException:
            db.close()
            raise
    finally:
        # Closed only once ours is open: the last connection to close a file forgets the
        # index of its -wal, so after a crash ours would read the whole -wal again.
        if identity is not None:
            identity.close()
    try:
        if read_only is not None:
            _check_current(db, path, read_only)
        elif migrate:
            upgrade(db, path)
    except BaseException:
        db.close()
        raise
    models.database.initialize(db)
    settings.apply_timezone()  # the association's "today" from now on
    settings.apply_country()  # and its phone numbers
    settings.apply_formats()  # and its dates, numbers and money
    return db


def _open_server(where: address.ServerAddress, migrate: bool) -> pw.Database:
    db = pg_database.open_server(where, migrate=migrate)
    settings.apply_timezone()
    settings.apply_country()
    settings.apply_formats()
    return db


def read_only_for(db: pw.Database) -> lockfile.Holder | None:
    """Who has the file open for changes, when *db* was opened read-only because of it."""
    return getattr(db, "read_only_for", None)


def _check_current(db: pw.SqliteDatabase, path: Path, holder: lockfile.Holder) -> None:
    """A read-only copy cannot upgrade the file, so it must already be this version's."""
    if schema_version(db) != migrations.SCHEMA_VERSION:
        raise NeedsUpgrade(path=str(path), holder=holder.describe())


class NeedsUpgrade(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "{path} was saved by an older CivicDesk and must be upgraded before "
                     "this one can show it, which cannot be done while it is open in "
                     "CivicDesk elsewhere ({holder}). Close CivicDesk there first.")


def explain(exc: BaseException, path: Path) -> errors.DataError:
    """The message for a failure to open or use *path*: a storage problem by its kind;
    damage only when SQLite's check confirms it; anything else as "cannot be opened"."""
    found = errors.storage_error(exc, path)
    if found is not None:
        return found
    damage = diagnose(path)
    if damage is not None:
        return damage
    return errors.CannotOpen(path=str(path), detail=f"{type(exc).__name__}: {exc}")


def diagnose(path: Path) -> errors.DatabaseDamaged | None:
    """Run SQLite's `quick_check` on *path* (read-only): the damage it finds, or None if the
    file is intact. The damage names the newest verified backup."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_S)
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            lines = [line for (line,) in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # see errors.sqlite_message
        if errors.storage_error(exc, path) is not None and not errors.looks_damaged(exc):
            return None  # locked, unreadable ...: not a verdict on the file
        lines = [errors.sqlite_message(exc)]
    if lines == ["ok"]:
        return None
    return damaged(path, "; ".join(lines))


def damaged(path: Path, detail: str) -> errors.DatabaseDamaged:
    from civicdesk.data import backups  # backups imports this module's neighbours

    newest = backups.newest_verified(paths.backup_dir(path))
    return errors.DatabaseDamaged(path=str(path), detail=detail, backup=newest)


def _check_not_emptied(path: Path) -> None:
    """A file of 0 bytes is a new database, unless it has verified backups: then it held
    data once (emptied by a full disk, a failed copy ...) and is offered the newest one,
    rather than opened as a new, empty database."""
    from civicdesk.data import backups

    if not path.is_file() or path.stat().st_size > 0:
        return
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # SQLite builds the file from its -wal
    if backups.newest_verified(paths.backup_dir(path)) is not None:
        raise damaged(path, "the file is empty")


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
        if errors.disk_full(folder):
            raise errors.DiskFull(path=str(path))
        raise errors.FolderNotWritable(path=str(folder))
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except PermissionError as exc:
        raise errors.DatabaseUnreadable(path=str(path)) from exc
    if header and not header.startswith(SQLITE_MAGIC):
        raise errors.NotADatabase(path=str(path))
    try:  # try it, as for the folder: a file SQLite could only read fails at the first save
        with path.open("r+b"):
            pass
    except PermissionError as exc:
        raise errors.DatabaseReadOnly(path=str(path)) from exc


def _folder_writable(folder: Path) -> bool:
    """Try it: os.access() says yes to root even on a read-only mount.

    SQLite in WAL mode must create `-wal` and `-shm` files beside the database.
    """
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _in_doubt(path: Path) -> bool:
    """Does the header promise more pages than the file holds, with no -wal to hold them?

    After a crash during a checkpoint the header is already the new one while the -wal
    still holds the pages: SQLite replays them, and the file is whole. Without a -wal the
    file may be a cut-off copy: then SQLite's own check decides (`_confirm_intact`)."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    valid = header[92:96] == header[24:28]  # the in-header size is only valid then
    return bool(valid and page_count and path.stat().st_size < page_size * page_count)


def _confirm_intact(path: Path) -> None:
    damage = diagnose(path)
    if damage is not None:
        raise damage


def _check_identity(path: Path) -> sqlite3.Connection | None:
    """Is this our file, and not too new? Asked read-only, before any setting changes it
    (switching a foreign file to WAL would already modify it). SQLite replays a -wal left
    by a crash for this connection too. Returns the connection, open and idle (no lock
    held), for `_open` to close once its own is open (None: no file yet)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_S)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchall()[0][0]
        found = conn.execute("PRAGMA user_version").fetchall()[0][0]
        has_tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchall()[0][0] > 0
        if has_tables and app_id != migrations.APPLICATION_ID:
            raise errors.NotADatabase(path=str(path))
        if found > migrations.SCHEMA_VERSION:
            raise errors.DatabaseTooNew(path=str(path), found=found,
                                        supported=migrations.SCHEMA_VERSION)
    except BaseException:
        conn.close()
        raise
    return conn


def schema_version(db: pw.SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def upgrade(db: pw.SqliteDatabase, path: Path) -> None:
    """Bring the file to SCHEMA_VERSION: create it, or back it up (verified) and run the
    pending steps in one transaction."""
    from civicdesk.data import backups

    found = schema_version(db)
    if found == migrations.SCHEMA_VERSION:
        return
    models.database.initialize(db)
    if found == 0:
        with db.atomic():
            migrations.create_schema(db)
            _set_version(db, migrations.SCHEMA_VERSION)
        return
    backups.take(db, paths.backup_dir(path), kind=backups.BEFORE_UPGRADE)
    with db.atomic():
        for version, step in migrations.pending_steps(found):
            step(db)
            _set_version(db, version)


def _set_version(db: pw.SqliteDatabase, version: int) -> None:
    # PRAGMAs cannot take parameters; both values are integers we control.
    db.execute_sql(f"PRAGMA application_id = {int(migrations.APPLICATION_ID)}")
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def translate_error(exc: BaseException, path: Path) -> errors.DataError | BaseException:
    """The DataError for a storage failure while using the database (see `explain`);
    other exceptions are returned unchanged (bugs)."""
    if backend.is_postgres():
        found = pg_errors.while_working(exc, backend.address_of())
        return exc if found is None else found
    holder = read_only_for(models.database.obj) if models.database.obj else None
    if holder is not None and errors.refused_as_read_only(exc):
        return lockfile.OpenedReadOnly(path=str(path), holder=holder)
    found = errors.storage_error(exc, path)
    if found is not None:
        return found
    if errors.looks_damaged(exc):
        return diagnose(path) or exc
    return exc  # a constraint our code should have checked, or another bug


def close_database(db: pw.SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()
    clock.set_zone(None)  # the next database brings its own zone
