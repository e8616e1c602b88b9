"""The append-only tables: the audit log (`audit_entry`) and the requests' history
(`request_update`).

Triggers in the file refuse every UPDATE and DELETE on them, whoever asks: the app's own
connection, a script, the sqlite3 shell. Rows are only ever added (the services, the demo
generator and `bulk.insert_rows` only INSERT). `integrity.check` (`civicdesk check`) reports
a file whose triggers were dropped or changed; a refused write reaches the user as
`HistoryIsAppendOnly` (`rows.transaction` asks `refusal`).

A later schema step that must rebuild one of these tables drops and recreates its
triggers in the same step.
"""

from __future__ import annotations

import sqlite3

import peewee as pw

from civicdesk.data.errors import DataError
from civicdesk.i18n import QT_TRANSLATE_NOOP

TABLES = ("audit_entry", "request_update")
EVENTS = ("UPDATE", "DELETE")
REFUSED = "is append-only"  # in every refusal's message (what `refusal` recognises)

# Erasing a person's data (`services/erasure.py`) is the one exception, and is audited
# itself: inside its transaction a row in `erasure_pass` lets it mask what the log and the
# history hold about that person. The table is empty at every other moment, so every other
# UPDATE or DELETE is refused as before.
PASS_TABLE = "erasure_pass"


class HistoryIsAppendOnly(DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError",
        "Nothing was saved: the audit log and the history of requests are kept as they were "
        "written. Their entries cannot be changed or deleted.",
    )


def trigger_name(table: str, event: str) -> str:
    return f"{table}_append_only_{event.lower()}"


def trigger_sql(table: str, event: str) -> str:
    """The trigger that refuses *event* (UPDATE or DELETE) on *table*."""
    return (f"CREATE TRIGGER {trigger_name(table, event)} BEFORE {event} ON {table} "
            f"WHEN NOT EXISTS (SELECT 1 FROM {PASS_TABLE}) "
            f"BEGIN SELECT RAISE(ABORT, '{table} {REFUSED}: its rows cannot be changed or "
            f"deleted'); END")


def create(db) -> None:
    """Add the triggers (a new file; `migrations` has the step that upgrades an old one)."""
    for table in TABLES:
        for event in EVENTS:
            db.execute_sql(trigger_sql(table, event))


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def missing_or_changed(db) -> list[tuple[str, str]]:
    """The (table, trigger name) of every trigger that is not in the file as `create`
    writes it: dropped, or replaced by another trigger of the same name."""
    found = {name: bytes(sql or b"").decode("utf-8", "replace")  # a damaged text is "changed"
             for name, sql in db.execute_sql("SELECT name, CAST(sql AS BLOB) FROM sqlite_master "
                                             "WHERE type = 'trigger'").fetchall()}
    return [(table, trigger_name(table, event)) for table in TABLES for event in EVENTS
            if _normal(found.get(trigger_name(table, event))) != _normal(
                trigger_sql(table, event))]


def refusal(exc: BaseException) -> HistoryIsAppendOnly | None:
    """The user's error for a write the triggers refused, or None for any other error."""
    if isinstance(exc, sqlite3.IntegrityError | pw.IntegrityError) and REFUSED in str(exc):
        return HistoryIsAppendOnly()
    return None
