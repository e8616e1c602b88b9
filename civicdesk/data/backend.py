"""Which back end a database is on: a SQLite file or a PostgreSQL server (#17).

The rest of `civicdesk/data/` asks here before it writes SQL that only one back end
understands; nothing outside `civicdesk/data/` needs to. The back-end-specific pieces are:

    opening, the schema version    database.py (files)    pg_database.py (servers)
    storage errors                 errors.py              pg_errors.py
    the search index               search.py              pg_search.py
    the append-only history        append_only.py (both: triggers per back end)
    bulk loading                   bulk.py (both)
    the integrity check            integrity.py (both)
    backups                        backups.py: a file's own copy, or a server's SQLite snapshot
"""

from __future__ import annotations

import re

import peewee as pw

from civicdesk.data import models
from civicdesk.data.address import ServerAddress


def is_postgres(db: pw.Database | None = None) -> bool:
    """Is *db* (None: the database the models are bound to) on a PostgreSQL server?"""
    db = models.database.obj if db is None else db
    if isinstance(db, pw.DatabaseProxy):
        db = db.obj
    return isinstance(db, pw.PostgresqlDatabase)


def address_of(db: pw.Database | None = None) -> ServerAddress | None:
    """The server address of *db* (None: a file)."""
    db = models.database.obj if db is None else db
    return getattr(db, "address", None) if is_postgres(db) else None


_PLACEHOLDER = re.compile(r"%|\?")


def sql(db: pw.Database | None, text: str) -> str:
    """*text*, written with SQLite's `?` placeholders, for *db*'s driver: psycopg takes
    `%s`, and a literal `%` written twice. The statements of CivicDesk hold no `?` in a
    quoted string."""
    if not is_postgres(db):
        return text
    return _PLACEHOLDER.sub(lambda m: "%s" if m.group() == "?" else "%%", text)


def execute(db: pw.Database | None, text: str, params: tuple | list = ()):
    """Run *text* (with `?` placeholders) on *db* (None: the models' database)."""
    db = models.database.obj if db is None else db
    return db.execute_sql(sql(db, text), tuple(params))
