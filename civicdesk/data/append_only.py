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
import psycopg

from civicdesk.data import backend
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
    if backend.is_postgres(db):
        db.execute_sql(PG_FUNCTION)
    for table in TABLES:
        for event in EVENTS:
            db.execute_sql(pg_trigger_sql(table, event) if backend.is_postgres(db)
                           else trigger_sql(table, event))
        if backend.is_postgres(db):
            db.execute_sql(pg_trigger_sql(table, "TRUNCATE"))


# On PostgreSQL one trigger function serves every table and event; TRUNCATE, which skips
# row triggers there, is refused by a statement trigger of its own.
PG_FUNCTION_NAME = "civicdesk_append_only"
PG_FUNCTION = f"""CREATE OR REPLACE FUNCTION {PG_FUNCTION_NAME}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' OR NOT EXISTS (SELECT 1 FROM {PASS_TABLE}) THEN
        RAISE EXCEPTION '% {REFUSED}: its rows cannot be changed or deleted', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$"""


def pg_trigger_sql(table: str, event: str) -> str:
    level = "STATEMENT" if event == "TRUNCATE" else "ROW"
    return (f"CREATE TRIGGER {trigger_name(table, event)} BEFORE {event} ON {table} "
            f"FOR EACH {level} EXECUTE FUNCTION {PG_FUNCTION_NAME}()")


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def missing_or_changed(db) -> list[tuple[str, str]]:
    """The (table, trigger name) of every trigger that is not in the file as `create`
    writes it: dropped, or replaced by another trigger of the same name."""
    if backend.is_postgres(db):
        return _pg_missing_or_changed(db)
    found = {name: bytes(sql or b"").decode("utf-8", "replace")  # a damaged text is "changed"
             for name, sql in db.execute_sql("SELECT name, CAST(sql AS BLOB) FROM sqlite_master "
                                             "WHERE type = 'trigger'").fetchall()}
    return [(table, trigger_name(table, event)) for table in TABLES for event in EVENTS
            if _normal(found.get(trigger_name(table, event))) != _normal(
                trigger_sql(table, event))]


def _pg_missing_or_changed(db) -> list[tuple[str, str]]:
    """On PostgreSQL: each trigger must be there, enabled, calling the function, and the
    function's body must be `PG_FUNCTION`'s."""
    found = {(table, name): enabled for table, name, enabled in db.execute_sql(
        "SELECT c.relname, t.tgname, t.tgenabled FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE NOT t.tgisinternal AND p.proname = %s", (PG_FUNCTION_NAME,)).fetchall()}
    body = db.execute_sql("SELECT prosrc FROM pg_proc WHERE proname = %s",
                          (PG_FUNCTION_NAME,)).fetchone()
    expected = PG_FUNCTION.split("$$")[1]
    intact = body is not None and _normal(body[0]) == _normal(expected)
    return [(table, trigger_name(table, event)) for table in TABLES
            for event in (*EVENTS, "TRUNCATE")
            if not intact or found.get((table, trigger_name(table, event))) in (None, "D")]


def refusal(exc: BaseException) -> HistoryIsAppendOnly | None:
    """The user's error for a write the triggers refused, or None for any other error."""
    if isinstance(exc, sqlite3.IntegrityError | pw.IntegrityError | psycopg.IntegrityError) \
            and REFUSED in str(exc):
        return HistoryIsAppendOnly()
    return None
