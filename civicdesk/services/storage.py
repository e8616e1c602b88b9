"""The database file as a user deals with it: backing it up, the backups on hand, putting
one back, and what a storage failure means. The window and the commands ask here; the
file work itself is `data/backups.py`."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from civicdesk import clock, paths, settings
from civicdesk.data import advisory, backend, backups, copying, database, errors, models
from civicdesk.data.address import ServerAddress
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors, audit
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import allowed

Backup = backups.Backup
BackingUpElsewhere = advisory.BackingUpElsewhere  # another PC is making a backup (a server)


class SecondFolderMissing(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "The second backup folder {path} is not there (is the USB stick or the "
                     "other disk connected?). The backup was made in the first folder only.")


class OnlyFilesAreRestored(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "A backup is put back in place of a database file, and {address} is a "
                     "database on a server. To put a backup's data there, copy it into a new, "
                     "empty database on the server: civicdesk --db BACKUP move --to "
                     "postgresql://USER@HOST/DATABASE. Nothing was changed.")


def db_path() -> Path:
    """The open database's file (on a server: its name, which is no file; see `location`)."""
    return Path(models.database.database)


def location() -> Path | ServerAddress:
    """The open database: its file, or the address of its server's database."""
    found = backend.address_of()
    return found if found is not None else db_path()


def folder_name(where: ServerAddress) -> str:
    """The address of a server's database as one folder name: host_port_database, with
    only letters, digits, dots and hyphens (any other character an underscore, and then a
    short hash of the address, so that no two databases share a folder)."""
    plain = f"{where.host}_{where.port}_{where.database}"
    name = re.sub(r"[^A-Za-z0-9.-]", "_", plain)
    if name != plain or len(name) > 100:
        digest = hashlib.sha256(plain.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        name = f"{name[:100]}_{digest}"
    return name


def backup_folder() -> Path:
    """Where this database's backups go: beside its file (`paths.backup_dir`); for a
    database on a server, a folder named for its address in the data folder's backups."""
    where = location()
    if isinstance(where, ServerAddress):
        return paths.server_backup_dir(folder_name(where))
    return paths.backup_dir(where)


def second_folder() -> Path | None:
    """The second backup folder of the settings (None: none set)."""
    name = settings.get("backup_folder_2").strip()
    return Path(name).expanduser() if name else None


def _second_backups(folder: Path) -> Path:
    """Where this database's backups go in the second folder (see `backup_folder`)."""
    where = location()
    if isinstance(where, ServerAddress):
        return paths.server_backup_dir(folder_name(where), root=folder)
    return paths.backup_dir(where, root=folder)


def explain(exc: BaseException) -> UserError | None:
    """What a storage failure while using the database means for the user (None: a bug)."""
    if not errors.is_storage_error(exc):
        return None
    found = database.translate_error(exc, db_path())
    return found if isinstance(found, UserError) else None


# Backing up --------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackedUp:
    backup: Backup
    second: Backup | None = None  # the copy in the second folder
    second_problem: UserError | None = None  # why there is none, if one was asked for


def back_up(*, kind: str = backups.ROUTINE, progress=None) -> BackedUp:
    """A verified backup in the backup folder, and a verified copy in the second folder
    when one is set (BackupFailed if the first cannot be made). On a server, one PC at a
    time (`BackingUpElsewhere` while another makes one)."""
    with advisory.one_at_a_time(advisory.BACKUP):
        made = backups.take(models.database.obj, backup_folder(), kind=kind,
                            progress=progress, snapshot=copying.write_snapshot)
    folder = second_folder()
    if folder is None:
        return BackedUp(made)
    if not folder.is_dir():
        return BackedUp(made, second_problem=SecondFolderMissing(path=str(folder)))
    try:
        return BackedUp(made, backups.copy_to(made, _second_backups(folder)))
    except UserError as exc:
        return BackedUp(made, second_problem=exc)


def back_up_to(target: Path, progress=None) -> Backup:
    """A verified backup in the file *target* (`civicdesk backup -o FILE`); on a server,
    one PC at a time."""
    with advisory.one_at_a_time(advisory.BACKUP):
        return backups.write_file(models.database.obj, target, progress=progress,
                                  snapshot=copying.write_snapshot)


def changed_since_last_backup() -> bool:
    """Was anything saved after the newest verified backup was made (or is there none)?"""
    newest = backups.newest_verified(backup_folder())
    if newest is None:
        return True
    last = models.AuditEntry.select(models.AuditEntry.id).order_by(
        models.AuditEntry.id.desc()).limit(1).scalar() or 0
    return last > newest.last_change


def due() -> bool:
    """At start: is a routine backup due (none verified in the last day)?"""
    return backups.due(backup_folder())


def on_hand() -> list[Backup]:
    """The backups there are, newest first: the backup folder's, then the second folder's."""
    found = backups.list_backups(backup_folder())
    folder = second_folder()
    if folder is not None and folder.is_dir():
        found += backups.list_backups(_second_backups(folder))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


@dataclass(frozen=True)
class BackupStatus:
    newest: Backup | None  # the newest verified backup
    second_folder: Path | None
    second_missing: bool

    @property
    def stale(self) -> bool:
        """No verified backup in the last 7 days: the window warns."""
        return self.newest is None or clock.utcnow() - self.newest.taken_at > \
            backups.STALE_AFTER


def status() -> BackupStatus:
    folder = second_folder()
    return BackupStatus(backups.newest_verified(backup_folder()), folder,
                        folder is not None and not folder.is_dir())


# Restoring ---------------------------------------------------------------------------------

@allowed(actors.RESTORE_BACKUP)
def restore(actor: Actor, path: Path, source: Path, *, progress=None) -> backups.Restored:
    """Put the backup *source* in place of the database file *path*, which must be closed:
    verified first, the current file backed up first, swapped in one rename. The restored
    file is then open (bound to the models) and its audit log says who restored what.
    A database on a server is not a file to swap (`OnlyFilesAreRestored`)."""
    if isinstance(path, ServerAddress):
        raise OnlyFilesAreRestored(address=path.url())

    def record(incoming: Path, safety: Backup | None) -> None:
        """Into the copy before it goes in place: the entry comes with the data (a kill
        cannot leave restored data without it), and an older backup is upgraded there."""
        db = database.open_database(incoming)
        try:
            with models.database.atomic():
                audit.record(actor, "restore", "database", None, {
                    "from": [None, source.name],
                    "replaced": [None, safety.path.name if safety else "kept aside"]})
        finally:
            database.close_database(db)

    done = backups.restore(path, source, progress=progress, before_swap=record)
    database.open_database(path)
    return done


def restored_changes() -> Changes:
    return Changes.of_everything()
