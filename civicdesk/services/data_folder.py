"""The data folder: which one is in use, and an admin's choice of another for the next start.

The choice is remembered in the default folder (`paths.POINTER_FILE`), which is the PC's
own where the install is per machine. Nothing is moved or copied: at the next start
CivicDesk opens the database in the chosen folder, or creates a new one there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from civicdesk import paths
from civicdesk.data import filesystems, lockfile
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors, audit, rows
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import allowed


class NotAFolder(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} cannot be the data folder: {reason}")


_NOT_ABSOLUTE = QT_TRANSLATE_NOOP("Errors", "give the folder's full path")
_NOT_WRITABLE = QT_TRANSLATE_NOOP("Errors", "CivicDesk may not create files there")


@dataclass(frozen=True)
class DataFolder:
    in_use: Path  # this session's
    default: Path  # where CivicDesk looks when nothing is chosen
    next_start: Path  # what the next start will use (an admin's choice, else the default)
    per_machine: bool  # whether every account of this PC uses the same folder
    given: bool = False  # by --data-dir, $CIVICDESK_DATA_DIR or portable mode: no choice


def where() -> DataFolder:
    if paths.data_dir_given():
        return DataFolder(paths.data_dir(), paths.default_dir(), paths.data_dir(), False, True)
    return DataFolder(paths.data_dir(), paths.default_dir(),
                      paths.chosen_dir() or paths.default_dir(),
                      paths.machine_dir() is not None)


def _usable(folder: Path) -> Path:
    """*folder*, created if missing, if CivicDesk can keep its files there; else NotAFolder."""
    if not folder.is_absolute():
        raise NotAFolder(path=str(folder), reason=_NOT_ABSOLUTE)
    kind = filesystems.network_kind(folder)
    if kind is not None:
        raise lockfile.NetworkFolder(path=str(folder), kind=kind)
    try:
        paths.ensure_private_dir(folder)
    except OSError as exc:
        raise NotAFolder(path=str(folder), reason=exc.strerror or str(exc)) from exc
    except ValueError as exc:  # a NUL in the name
        raise NotAFolder(path=str(folder), reason=str(exc)) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise NotAFolder(path=str(folder), reason=_NOT_WRITABLE)
    return folder


@allowed(actors.MANAGE_SETTINGS)
def choose(actor: Actor, folder: str | os.PathLike | None) -> Changes:
    """From the next start, keep the data in *folder* (None: the default folder again).
    Audited in the database in use; the database itself stays where it is."""
    before = where().next_start
    target = paths.default_dir() if not folder else _usable(Path(folder).expanduser())
    with rows.transaction():
        audit.record(actor, "update", "setting", None,
                     {"data_folder": [str(before), str(target)]})
        try:
            paths.choose_data_dir(target)
        except OSError as exc:  # the audit entry is rolled back with it
            raise NotAFolder(path=str(paths.default_dir()),
                             reason=exc.strerror or str(exc)) from exc
        if folder:
            paths.ensure_private_dir(target)  # now the PC's shared folder, if the install is
    return Changes("setting")
