"""Work that one PC at a time does on a server database: imports and backups (#17).

`one_at_a_time(kind)` takes PostgreSQL's advisory lock of that kind for the block, on the
connection of the thread that runs it, or refuses at once with a clear message when
another PC holds it (`pg_try_advisory_lock`: nobody waits behind a long import). The server
drops the lock with the session, so a PC that crashed or lost its network holds nothing.

On SQLite it does nothing: the file's own lock (`lockfile`) already keeps one writer.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw

from civicdesk.data import backend, models
from civicdesk.data.errors import DATABASE_ERRORS, DataError
from civicdesk.i18n import QT_TRANSLATE_NOOP

IMPORT, BACKUP = "import", "backup"
# Session-level advisory lock keys ("CIVD" and a number; pg_database.SETUP_LOCK is 1).
KEYS = {IMPORT: 0x43495644_0002, BACKUP: 0x43495644_0003}


class BusyElsewhere(DataError):
    """Another PC is doing this kind of work on the database right now."""

    kind = ""


class ImportingElsewhere(BusyElsewhere):
    kind = IMPORT
    template = QT_TRANSLATE_NOOP(
        "DataError", "Another PC is importing right now; try again when it has finished. "
                     "Nothing was changed.")


class BackingUpElsewhere(BusyElsewhere):
    kind = BACKUP
    template = QT_TRANSLATE_NOOP(
        "DataError", "Another PC is making a backup of this database right now; try again "
                     "when it has finished.")


REFUSALS = {IMPORT: ImportingElsewhere, BACKUP: BackingUpElsewhere}


@contextmanager
def one_at_a_time(kind: str, db: pw.Database | None = None) -> Iterator[None]:
    """Hold the lock of *kind* (`IMPORT`, `BACKUP`) on *db* (None: the models' database)
    for the block; `BusyElsewhere` at once if another connection holds it."""
    db = models.database.obj if db is None else db
    if not backend.is_postgres(db):
        yield
        return
    key = KEYS[kind]
    (taken,) = db.execute_sql("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()
    if not taken:
        raise REFUSALS[kind]()
    try:
        yield
    finally:
        try:
            db.execute_sql("SELECT pg_advisory_unlock(%s)", (key,))
        except DATABASE_ERRORS:
            pass  # the connection was lost, and the lock with it

