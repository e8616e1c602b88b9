"""The integrity check behind `civicdesk check`: SQLite's own check, the tables and columns,
foreign keys, the index, the triggers that keep the audit log and the requests' history
append-only; counts per table.

Every part is asked even when another failed: a damaged page or a schema CivicDesk does not
know makes the part that reads it a problem of the report (what SQLite said), not an
exception. A storage failure (locked, read-only, a full disk) is raised as its DataError."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw
import psycopg

from civicdesk.data import append_only, backend, errors, models, pg_errors, search
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message

UNPROTECTED = QT_TRANSLATE_NOOP(
    "Integrity", "append-only: the trigger {trigger} is missing or was changed, so rows of "
                 "{table} can be changed or deleted")
NOT_CHECKED = QT_TRANSLATE_NOOP("Integrity", "{part}: could not be checked ({detail})")
NO_TABLE = QT_TRANSLATE_NOOP("Integrity", "schema: the table {table} is missing")
NO_COLUMNS = QT_TRANSLATE_NOOP("Integrity", "schema: the table {table} has no column {columns}")


@dataclass
class Report:
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: pw.Database) -> Report:
    """Every part, in order. On a server PostgreSQL keeps its pages and foreign keys itself
    (a damaged page is the server admin's, with its own tools): the rest is checked as in
    a file."""
    report = Report()
    file = not backend.is_postgres(db)
    if file:
        with _part(db, report, "sqlite"):
            report.problems += [f"sqlite: {line}" for (found,) in db.execute_sql(
                "PRAGMA integrity_check").fetchall() for line in errors.report_lines(found)
                if line != "ok"]
    with _part(db, report, "schema"):
        report.problems += schema_problems(db)
    if file:
        with _part(db, report, "foreign key"):
            for table, rowid, parent, _ in db.execute_sql(
                    "PRAGMA foreign_key_check").fetchall()[:50]:
                report.problems.append(
                    f"foreign key: {table} row {rowid} points to a missing {parent}")
    with _part(db, report, "search index"):
        report.problems += search.inconsistencies(db)
    with _part(db, report, "append-only"):
        report.problems += [
            str(Message("Integrity", UNPROTECTED, {"table": table, "trigger": name}))
            for table, name in append_only.missing_or_changed(db)]
    _count(db, report)
    return report


def _count(db, report: Report) -> None:
    for model in models.ALL_MODELS:
        with _part(db, report, model._meta.table_name):
            report.counts[model._meta.table_name] = model.select().count()


def schema_problems(db: pw.SqliteDatabase) -> list[str]:
    """The tables and columns of the models that the file does not have."""
    problems = []
    tables = set(db.get_tables())
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        if table not in tables:
            problems.append(str(Message("Integrity", NO_TABLE, {"table": table})))
            continue
        found = {column.name for column in db.get_columns(table)}
        missing = [f.column_name for f in model._meta.sorted_fields if f.column_name not in found]
        if missing:
            problems.append(str(Message("Integrity", NO_COLUMNS, {
                "table": table, "columns": ", ".join(missing)})))
    return problems


@contextmanager
def _part(db: pw.SqliteDatabase, report: Report, name: str) -> Iterator[None]:
    """One part of the check: if it cannot read the file (damaged pages, a schema that is
    not what it needs), that is a problem of the report, with what SQLite said."""
    try:
        yield
    except (pw.DatabaseError, sqlite3.DatabaseError, psycopg.Error, UnicodeDecodeError) as exc:
        found = pg_errors.while_working(exc, db.address) if backend.is_postgres(db) else \
            errors.storage_error(exc, Path(db.database))
        if found is not None:
            raise found from exc
        detail = errors.one_line(errors.sqlite_message(exc))
        report.problems.append(f"sqlite: {detail}" if name == "sqlite" else str(
            Message("Integrity", NOT_CHECKED, {"part": name, "detail": detail})))
