"""Backups of the database: written under a temporary name, verified, then put in place.

A backup is made with SQLite's online backup (safe while the app writes), as one file in
rollback-journal mode (nothing beside it to lose), fsynced, then verified: opened read-only,
SQLite's `integrity_check`, the foreign keys, the counts of every table. Only a backup that
passed is renamed to its real name, with a small `.json` beside it that records what was
checked; a kill at any moment leaves either nothing or a hidden `.partial` file, which the
next backup removes. Routine backups are rotated: 7 daily, 4 weekly and 12 monthly.

The search index's agreement with the people (the slowest part of `civicdesk check`) is not
part of the verification: the index is rebuilt from the tables, and the check would triple
the time a backup takes at 100,000 people.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import peewee as pw

from civicdesk import clock, paths
from civicdesk.data import backend, errors, migrations, models
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message

ROUTINE, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE = "routine", "manual", "before-upgrade", \
    "before-restore"
ROTATED = (ROUTINE,)  # kept 7 daily, 4 weekly, 12 monthly
CURRENT = (ROUTINE, MANUAL)  # what says the data was backed up lately (due, status)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_OTHERS = 3  # the newest of each other kind: by hand, before an upgrade or a restore
PREFIX, SUFFIX, META, PARTIAL = "civicdesk-", ".db", ".json", ".partial"
DUE_AFTER = timedelta(days=1)  # at start, back up if the newest routine one is older
STALE_AFTER = timedelta(days=7)  # the status bar warns after this

Progress = Callable[[int, int], None]  # (pages done, pages in all)
# Writes a server's database as a new CivicDesk file: `copying.write_snapshot`, which the
# caller passes (copying opens files through database.py, which backs a file up here before
# an upgrade: neither imports the other round a cycle).
Snapshot = Callable[[pw.Database, Path, "Progress | None"], None]


class BackupFailed(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "The backup could not be made in {folder}: {why}. The database itself "
                     "is unchanged.")


class NotABackup(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "{path} cannot be used as a backup: {why}. Nothing was changed.")


class InUse(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "{path} is open in another CivicDesk or another program. Close it there "
                     "first; nothing was changed.")


WHY_EMPTY = QT_TRANSLATE_NOOP("DataError", "the file is empty")
WHY_MISSING = QT_TRANSLATE_NOOP("DataError", "there is no such file")
WHY_NOT_SQLITE = QT_TRANSLATE_NOOP("DataError", "it is not a database file")
WHY_FOREIGN = QT_TRANSLATE_NOOP("DataError", "it is not a CivicDesk database")
WHY_NEWER = QT_TRANSLATE_NOOP("DataError", "it was saved by a newer CivicDesk")
WHY_DAMAGED = QT_TRANSLATE_NOOP("DataError", "SQLite's check found damage ({detail})")


@dataclass(frozen=True)
class Backup:
    """A backup file and what its verification found (`verified` False: a file of an older
    CivicDesk, or a copy without its record, never checked)."""

    path: Path
    taken_at: datetime
    kind: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int | None = None
    verified: bool = False
    last_change: int = 0  # the newest audit entry it holds: "anything new since?"

    @property
    def people(self) -> int:
        return self.counts.get("person", 0)


@dataclass(frozen=True)
class Verification:
    counts: dict[str, int]
    schema_version: int
    last_change: int


# Verifying ------------------------------------------------------------------------------

def verify(path: Path) -> Verification:
    """Check the database file *path* as a backup; NotABackup says what is wrong with it."""
    path = Path(path)
    if not path.is_file():
        raise NotABackup(path=str(path), why=_why(WHY_MISSING))
    if path.stat().st_size == 0:
        raise NotABackup(path=str(path), why=_why(WHY_EMPTY))
    with path.open("rb") as fh:
        if not fh.read(16).startswith(b"SQLite format 3\x00"):
            raise NotABackup(path=str(path), why=_why(WHY_NOT_SQLITE))
    try:
        return _verified(path)
    except sqlite3.Error as exc:
        raise NotABackup(path=str(path), why=_why(WHY_DAMAGED, detail=str(exc))) from exc


def _verified(path: Path) -> Verification:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # damaged text must not throw
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != migrations.APPLICATION_ID:
            raise NotABackup(path=str(path), why=_why(WHY_FOREIGN))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > migrations.SCHEMA_VERSION:
            raise NotABackup(path=str(path), why=_why(WHY_NEWER))
        problems = [line for (line,) in conn.execute("PRAGMA integrity_check(20)")
                    if line != "ok"]
        problems += [f"foreign key: {table} row {rowid}" for table, rowid, *_ in
                     conn.execute("PRAGMA foreign_key_check").fetchmany(20)]
        if problems:
            raise NotABackup(path=str(path), why=_why(WHY_DAMAGED, detail="; ".join(problems)))
        tables = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                  for name in _table_names() if name in tables}
        last = conn.execute("SELECT max(id) FROM audit_entry").fetchone()[0] \
            if "audit_entry" in tables else 0
        return Verification(counts, version, last or 0)
    finally:
        conn.close()


def _table_names() -> list[str]:
    return [model._meta.table_name for model in models.ALL_MODELS]


def _why(template: str, **params) -> Message:
    return Message("DataError", template, params)


# Taking a backup --------------------------------------------------------------------------

def take(db: pw.Database, folder: Path, *, kind: str = ROUTINE,
         progress: Progress | None = None, snapshot: Snapshot | None = None) -> Backup:
    """Back up the open database *db* into *folder* (made if needed), verified; then rotate
    the routine backups there. A server's database needs its *snapshot* writer. BackupFailed if it cannot be done (nothing is left behind)."""
    folder = Path(folder)
    taken = clock.utcnow()
    try:
        _private_folder(folder)
        remove_partials(folder)
        final = _free_name(folder, taken, kind)
        partial = folder / f".{final.name}{PARTIAL}"
        _copy_database(db, partial, progress, snapshot)
        return _put_in_place(partial, final, taken, kind)
    except (OSError, *errors.DATABASE_ERRORS) as exc:
        remove_partials(folder)
        raise _failed(exc, folder) from exc
    finally:
        if folder.is_dir():
            rotate(folder)


def copy_to(backup: Backup, folder: Path) -> Backup:
    """The same backup, copied into a second folder (a USB stick, another disk), verified
    there and rotated there too."""
    folder = Path(folder)
    try:
        _private_folder(folder)
        remove_partials(folder)
        final = _free_name(folder, backup.taken_at, backup.kind)
        partial = folder / f".{final.name}{PARTIAL}"
        paths.private_file(partial)
        shutil.copyfile(backup.path, partial)
        _fsync(partial)
        return _put_in_place(partial, final, backup.taken_at, backup.kind)
    except OSError as exc:
        remove_partials(folder)
        raise _failed(exc, folder) from exc
    finally:
        if folder.is_dir():
            rotate(folder)


def _copy_database(db: pw.Database, target: Path, progress: Progress | None,
                   snapshot: Snapshot | None) -> None:
    """*db* copied into the new file *target*: a file with SQLite's online backup; a
    server's database by *snapshot* (a CivicDesk file of its own, which the association can
    open on any PC)."""
    if backend.is_postgres(db):
        if snapshot is None:
            raise ValueError("a server's database is backed up by copying.write_snapshot")
        snapshot(db, target, progress)
        paths.private_file(target)
        _fsync(target)
    else:
        _copy_file(db.connection(), target, progress)


def _copy_file(source: sqlite3.Connection, target: Path, progress: Progress | None) -> None:
    """The file open on *source* copied into *target* with SQLite's online backup."""
    paths.private_file(target)  # 0600 from the first byte
    dest = sqlite3.connect(target)
    try:
        def step(_status, remaining, total):
            if progress is not None:
                progress(total - remaining, total)

        source.backup(dest, pages=2048, progress=step)
        # One file on its own: a backup never has a -wal beside it to go missing.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    _fsync(target)


def _put_in_place(partial: Path, final: Path, taken: datetime, kind: str) -> Backup:
    """Verify *partial*, record the verification, then rename both into place."""
    try:
        checked = verify(partial)
    except NotABackup as exc:
        raise BackupFailed(folder=str(final.parent), why=exc.message) from exc
    backup = Backup(final, taken, kind, partial.stat().st_size, checked.counts,
                    checked.schema_version, True, checked.last_change)
    meta = final.with_suffix(META)
    meta_partial = final.parent / f".{meta.name}{PARTIAL}"
    with open(meta_partial, "w", encoding="utf-8", opener=paths.private_opener) as fh:
        fh.write(json.dumps(_record(backup), indent=1))
    _fsync(meta_partial)
    os.replace(partial, final)
    os.replace(meta_partial, meta)
    _fsync_folder(final.parent)
    _private_file(final)
    _private_file(meta)
    return backup


def _record(backup: Backup) -> dict:
    return {"taken_at": backup.taken_at.isoformat(), "kind": backup.kind,
            "size": backup.size, "counts": backup.counts,
            "schema_version": backup.schema_version, "verified": backup.verified,
            "last_change": backup.last_change}


def _free_name(folder: Path, taken: datetime, kind: str) -> Path:
    stem = f"{PREFIX}{taken:%Y%m%d-%H%M%S}-{kind}"
    target, counter = folder / f"{stem}{SUFFIX}", 1
    while target.exists() or target.with_suffix(META).exists():
        counter += 1
        target = folder / f"{stem}-{counter}{SUFFIX}"
    return target


def _failed(exc: BaseException, folder: Path) -> BackupFailed:
    found = errors.storage_error(exc, folder / "backup")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        found = errors.DiskFull(path=str(folder))
    why = found.message if found is not None else str(exc)
    return BackupFailed(folder=str(folder), why=why)


# Files ----------------------------------------------------------------------------------

def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder; its renames are durable once they return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _private_folder(folder: Path) -> None:
    paths.ensure_private_dir(folder)


def _private_file(path: Path) -> None:
    paths.tighten(path)


def remove_partials(folder: Path) -> None:
    """Remove what an interrupted backup left: hidden `.partial` files, and the journal
    SQLite keeps beside one while it is written (a server's snapshot is written by
    transactions of its own, so a kill may leave `.partial-journal` alone)."""
    if not folder.is_dir():
        return
    for suffix in ("", "-journal", "-wal", "-shm"):
        for leftover in folder.glob(f".{PREFIX}*{PARTIAL}{suffix}"):
            leftover.unlink(missing_ok=True)


# Listing and rotating ---------------------------------------------------------------------

def list_backups(folder: Path) -> list[Backup]:
    """The backups in *folder*, newest first (partial files are not backups)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        found.append(_read(path))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _read(path: Path) -> Backup:
    meta = path.with_suffix(META)
    try:
        record = json.loads(meta.read_text(encoding="utf-8"))
        return Backup(path, datetime.fromisoformat(record["taken_at"]), record["kind"],
                      path.stat().st_size, dict(record["counts"]), record["schema_version"],
                      bool(record["verified"]) and path.stat().st_size == record["size"],
                      int(record.get("last_change", 0)))
    except (OSError, ValueError, KeyError, TypeError):
        # An older CivicDesk's backup (before-schema-v4-...), or one that lost its record.
        modified = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
        kind = BEFORE_UPGRADE if "before-schema" in path.name else MANUAL
        return Backup(path, modified, kind, path.stat().st_size)


def newest_verified(folder: Path, kinds=(ROUTINE, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE)
                    ) -> Backup | None:
    return next((b for b in list_backups(folder) if b.verified and b.kind in kinds), None)


def rotate(folder: Path) -> list[Path]:
    """Keep the newest routine backup of each of the last 7 days, 4 weeks and 12 months, and
    the newest 3 of each other kind (made by hand, before an upgrade, before a restore);
    remove the rest. Files without a record are kept: nothing is deleted that was not
    checked."""
    keep: set[Path] = set()
    backups = [b for b in list_backups(folder) if b.verified]
    rotated = [b for b in backups if b.kind in ROTATED]
    for limit, period in ((KEEP_DAILY, _day), (KEEP_WEEKLY, _week), (KEEP_MONTHLY, _month)):
        seen: dict = {}
        for backup in rotated:  # newest first: the newest of each period
            key = period(backup.taken_at.astimezone(clock.zone()))
            if key not in seen and len(seen) < limit:
                seen[key] = backup.path
        keep |= set(seen.values())
    for kind in {b.kind for b in backups} - set(ROTATED):
        keep |= {b.path for b in [b for b in backups if b.kind == kind][:KEEP_OTHERS]}
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        path.with_suffix(META).unlink(missing_ok=True)
    return removed


def _day(moment: datetime):
    return moment.date()


def _week(moment: datetime):
    return moment.isocalendar()[:2]


def _month(moment: datetime):
    return moment.year, moment.month


def due(folder: Path) -> bool:
    """Is a routine backup due at start (none in the last day)?"""
    newest = newest_verified(folder, CURRENT)
    return newest is None or clock.utcnow() - newest.taken_at > DUE_AFTER


# Restoring --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup put in place, and where the replaced file went."""

    restored: Backup
    safety: Backup | None  # the verified backup of the replaced file (None: it was damaged)
    kept_aside: tuple[Path, ...] = ()  # the replaced file's parts, when they could not be
    #                                    backed up (damaged): nothing is thrown away


def restore(db_path: Path, source: Path, *, progress: Progress | None = None,
            before_swap: Callable[[Path, Backup | None], None] | None = None) -> Restored:
    """Put the backup *source* in place of the database file *db_path*, which nobody may
    have open. The backup is verified first; the current file is backed up first (or, if it
    is too damaged for that, its files are kept aside under new names). *before_swap* is
    given the copy about to go in place and the current file's backup (to record the
    restore in the copy's audit log, so the entry comes with the data). The swap is one rename: a kill at any moment leaves the old
    file or the new one, whole."""
    db_path, source = Path(db_path), Path(source)
    checked = verify(source)  # NotABackup: refused, nothing changed
    folder = _backup_folder(db_path)
    safety, aside = _secure_current(db_path, folder, progress)
    incoming = incoming_path(db_path)
    _remove_incoming(incoming)  # left by a killed restore: its -wal must not be replayed
    try:
        paths.private_file(incoming)
        shutil.copyfile(source, incoming)
        if before_swap is not None:
            before_swap(incoming, safety)
        _fsync(incoming)
        for suffix in ("-wal", "-shm"):  # a -wal must never be replayed into another file
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(incoming, db_path)
        _fsync_folder(db_path.parent)
        _private_file(db_path)
    except BaseException as exc:
        _remove_incoming(incoming)
        if isinstance(exc, OSError):
            raise _failed(exc, db_path.parent) from exc
        raise
    taken = datetime.fromtimestamp(source.stat().st_mtime).astimezone()
    restored = next((b for b in list_backups(source.parent) if b.path == source), None) or \
        Backup(source, taken, MANUAL, source.stat().st_size, checked.counts,
               checked.schema_version, True, checked.last_change)
    return Restored(restored, safety, aside)


def incoming_path(db_path: Path) -> Path:
    """Where a restore puts the backup's copy before it swaps it in (hidden, beside it)."""
    return db_path.parent / f".{db_path.name}.restoring"


def _remove_incoming(incoming: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{incoming}{suffix}").unlink(missing_ok=True)


def _backup_folder(db_path: Path) -> Path:
    return paths.backup_dir(db_path)


def _secure_current(db_path: Path, folder: Path, progress: Progress | None
                    ) -> tuple[Backup | None, tuple[Path, ...]]:
    """Back up the file about to be replaced; if SQLite cannot read it (damaged), move its
    files aside instead. Its -wal is folded in first, so nothing committed is left out."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None, ()
    try:
        conn = sqlite3.connect(db_path, isolation_level=None)
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:  # someone else has the file open: it cannot be replaced now
                raise InUse(path=str(db_path))
            taken = clock.utcnow()
            _private_folder(folder)
            final = _free_name(folder, taken, BEFORE_RESTORE)
            partial = folder / f".{final.name}{PARTIAL}"
            _copy_file(conn, partial, progress)
        finally:
            conn.close()
        return _put_in_place(partial, final, taken, BEFORE_RESTORE), ()
    except InUse:
        raise
    except (sqlite3.Error, errors.DataError):
        remove_partials(folder)
        return None, _keep_aside(db_path)


def _keep_aside(db_path: Path) -> tuple[Path, ...]:
    moved = []
    stamp = f"{clock.utcnow():%Y%m%d-%H%M%S}"
    for suffix in ("", "-wal"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            target = part.with_name(f"{db_path.stem}-replaced-{stamp}{db_path.suffix}{suffix}")
            shutil.copyfile(part, target)  # a copy: the rename below replaces the original
            _private_file(target)
            moved.append(target)
    return tuple(moved)


def write_file(db: pw.Database, target: Path, *, progress: Progress | None = None,
               snapshot: Snapshot | None = None) -> Backup:
    """A verified backup at the path the user chose (`civicdesk backup -o FILE`): written
    beside it under a hidden name, then renamed; not rotated, no record beside it."""
    target = Path(target)
    partial = target.parent / f".{target.name}{PARTIAL}"
    taken = clock.utcnow()
    try:
        _copy_database(db, partial, progress, snapshot)
        checked = verify(partial)
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except NotABackup as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(folder=str(target.parent), why=exc.message) from exc
    except (OSError, *errors.DATABASE_ERRORS) as exc:
        partial.unlink(missing_ok=True)
        raise _failed(exc, target.parent) from exc
    return Backup(target, taken, MANUAL, target.stat().st_size, checked.counts,
                  checked.schema_version, True, checked.last_change)
