"""Problems with the database file that the user can fix (shown as messages, not tracebacks)."""

from __future__ import annotations

from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP


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
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "The database {path} is damaged ({detail}). CivicDesk did not change it. "
        "Restore the newest backup from {backups}.",
    )


class DatabaseTooNew(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "The database {path} was saved by a newer CivicDesk (data version {found}; this "
        "CivicDesk understands up to {supported}). Install the newer CivicDesk to open it.",
    )


class DatabaseLocked(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "The database is busy: another CivicDesk window or program is saving to it. "
        "Wait a moment and try again.",
    )


class DiskFull(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "The disk holding {path} is full, so nothing was saved. Free some space and try again.",
    )
