"""Exports: "Export what I see" of one list, and "Export everything" with its way back.

`export_list` writes a list (`services.export_lists`) to CSV or XLSX (`exchange.sheets`);
`export_all` writes a zip of one CSV per table, a README describing every column (made
from the models and the services' FieldSpecs, so it stays true) and a manifest;
`import_all` reads such a zip into an empty database, same ids and values, in one
transaction. Every export is audited (what, how many rows, the filters; never values).

Who may: coordinators and admins export (BULK_EXPORT); the sensitive notes go into
"everything" only for an admin who asks (EXPORT_SENSITIVE: coordinators see them in the
window, but a file of all of them is the admins' call). Password hashes never leave.
Reading a zip in replaces a whole (empty) database: RESTORE_BACKUP, as a restore.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw
import psycopg

from civicdesk import __version__, clock, paths
from civicdesk.data import backend, migrations, models, search
from civicdesk.errors import UserError
from civicdesk.exchange import sheets
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import (
    accounts,
    actors,
    audit,
    export_lists,
    hours,
    payments,
    people,
    requests,
    rows,
    series,
    shifts,
)
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import allowed

ACTION, ACTION_ALL, ACTION_IMPORT = "export", "export_all", "import_all"
FORMAT = 1  # the zip's layout
MANIFEST, README = "manifest.json", "README.txt"
PROGRESS_EVERY = 500
NEVER = {("user", "password_hash")}
# Rows every new database has (seeded by the upgrade): replaced by the zip's own.
SEEDED = ("request_category", "setting", "tag")
Progress = Callable[[int, int], None]


class CannotWrite(UserError):
    context = "Errors"
    template = QT_TRANSLATE_NOOP("Errors", "cannot write {path}: {reason}")


class NotOurExport(UserError):
    context = "Errors"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a CivicDesk \u201cExport everything\u201d file ({why}); "
                  "nothing was changed")


class NotEmpty(UserError):
    context = "Errors"
    template = QT_TRANSLATE_NOOP(
        "Errors", "this database already holds data ({what}); an export is read back only "
                  "into an empty one, so nothing is mixed or overwritten. Nothing was changed")


class UnknownColumn(UserError):
    context = "Errors"
    template = QT_TRANSLATE_NOOP("Errors", "the {kind} list has no column {column!r}")


class AdminNeeded(UserError):
    context = "Errors"
    template = QT_TRANSLATE_NOOP(
        "Errors", "the file has user accounts, and no PIN or password ever leaves a "
                  "database: name an admin of the file to give a new one (--admin NAME); "
                  "nothing was changed")


class NoSuchAdmin(UserError):
    context = "Errors"
    template = QT_TRANSLATE_NOOP("Errors", "the file has no admin account named {name}; "
                                           "nothing was changed")


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    tables: dict[str, int] = field(default_factory=dict)
    changes: Changes = field(default=Changes("audit_entry"), compare=False, repr=False)


# Export what I see ------------------------------------------------------------------------

@allowed(actors.BULK_EXPORT, also={"audit log": actors.VIEW_AUDIT})
def export_list(actor: Actor, listing: export_lists.Listing, path: str | Path, *,
                columns: Sequence[str] | None = None,
                translate: export_lists.Translate = export_lists.english,
                progress: Progress | None = None) -> Exported:
    """Write *listing*'s rows (the given *columns*, default all) to *path*, .csv or .xlsx."""
    if listing.kind == "audit":
        actor.require(actors.VIEW_AUDIT)
    path = Path(path)
    fmt = sheets.format_of(path)
    keys = list(columns) if columns is not None else list(listing.columns)
    for key in keys:
        if key not in listing.columns:
            raise UnknownColumn(kind=listing.kind, column=key)
    total = listing.count()
    cells = _counted(listing.cells(keys, translate), total, progress)
    written = _write(path, lambda: sheets.write(path, listing.headers(keys, translate), cells,
                                                sheet=listing.kind, fmt=fmt))
    with rows.transaction():
        audit.record(actor, ACTION, listing.kind, None, {
            "rows": [None, written], "file": [None, path.name], "columns": [None, keys],
            "filters": [None, listing.filters]})
    return Exported(path, written)


def _counted(cells, total: int, progress: Progress | None):
    for i, row in enumerate(cells):
        if progress is not None and i % PROGRESS_EVERY == 0:
            progress(i, total)
        yield row
    if progress is not None:
        progress(total, total)


def _write(path: Path, write: Callable[[], Any]) -> Any:
    try:
        return write()
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CannotWrite(path=str(path), reason=reason) from exc


# Export everything ------------------------------------------------------------------------

def _tables() -> list[type[pw.Model]]:
    return [m for m in models.ALL_MODELS if m is not models.ErasurePass]


SPECS = {"person": people.PERSON_FIELDS, "household": people.HOUSEHOLD_FIELDS,
         "user": accounts.USER_FIELDS, "payment": payments.PAYMENT_FIELDS,
         "event": shifts.EVENT_FIELDS, "shift": shifts.SHIFT_FIELDS,
         "assignment": shifts.ASSIGNMENT_FIELDS, "ad_hoc_hours": hours.HOURS_FIELDS,
         "support_request": requests.REQUEST_FIELDS, "shift_series": series.SERIES_FIELDS}


def _spec(table: str, fld: pw.Field):
    found = SPECS.get(table, {})
    return found.get(fld.name) or found.get(fld.column_name)


def sensitive_columns() -> set[tuple[str, str]]:
    """(table, column) of every FieldSpec marked sensitive."""
    return {(m._meta.table_name, f.column_name) for m in _tables()
            for f in m._meta.sorted_fields
            if (spec := _spec(m._meta.table_name, f)) is not None and spec.sensitive}


def columns_of(model: type[pw.Model], include_sensitive: bool) -> list[pw.Field]:
    table, hidden = model._meta.table_name, sensitive_columns()
    return [f for f in model._meta.sorted_fields if (table, f.column_name) not in NEVER
            and (include_sensitive or (table, f.column_name) not in hidden)]


@allowed(actors.BULK_EXPORT, also={"sensitive notes": actors.EXPORT_SENSITIVE})
def export_all(actor: Actor, path: str | Path, *, include_sensitive: bool = False,
               progress: Progress | None = None) -> Exported:
    """Every table (but the password hashes) as CSV files in the zip *path*, with a README."""
    if include_sensitive:
        actor.require(actors.EXPORT_SENSITIVE)
    path = Path(path)
    if path.suffix.lower() != ".zip":
        raise sheets.UnknownFormat(path=str(path))
    with models.database.atomic():  # one snapshot of every table
        counts = _write(path, lambda: _write_zip(path, include_sensitive, progress))
    with rows.transaction():
        audit.record(actor, ACTION_ALL, "", None, {
            "rows": [None, sum(counts.values())], "file": [None, path.name],
            "include_sensitive": [None, include_sensitive]})
    return Exported(path, sum(counts.values()), counts)


def _write_zip(path: Path, include_sensitive: bool, progress: Progress | None
               ) -> dict[str, int]:
    tables = _tables()
    counts: dict[str, int] = {}
    layout: dict[str, list[str]] = {}
    with open(path, "wb", opener=paths.private_opener) as raw, \
            zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
        for done, model in enumerate(tables):
            table, cols = model._meta.table_name, columns_of(model, include_sensitive)
            layout[table] = [f.column_name for f in cols]
            counts[table] = _write_table(zf, table, layout[table])
            if progress is not None:
                progress(done + 1, len(tables))
        zf.writestr(README, readme(include_sensitive))
        zf.writestr(MANIFEST, json.dumps({
            "format": FORMAT, "civicdesk": __version__,
            "schema_version": migrations.SCHEMA_VERSION, "made_at": clock.now().isoformat(),
            "include_sensitive": include_sensitive, "columns": layout, "rows": counts},
            indent=2))
    return counts


def _write_table(zf: zipfile.ZipFile, table: str, columns: list[str]) -> int:
    names = ", ".join(f'"{c}"' for c in columns)
    order = "key" if table == "setting" else "id"  # each table's primary key
    cursor = models.database.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY "{order}"')
    count = 0
    with zf.open(f"{table}.csv", "w") as member, \
            io.TextIOWrapper(member, encoding=sheets.CSV_ENCODING, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for values in cursor:
            writer.writerow([sheets.csv_cell(v) for v in values])
            count += 1
    return count


def readme(include_sensitive: bool) -> str:
    """What every file and column holds, from the models and the FieldSpecs."""
    lines = [
        "CivicDesk: everything, one CSV file per table",
        "",
        "UTF-8 with a byte-order mark, comma-separated, one header row. Each table's first",
        "column is its id; a column ending in _id holds the id of a row of another table.",
        "Times are UTC (YYYY-MM-DD HH:MM:SS), dates YYYY-MM-DD, yes/no 1 or 0, money in",
        "cents. Text that a spreadsheet would take for a formula (starting with = + - @)",
        "has a ' in front. Empty cells are empty or unknown values.",
        "Password and PIN hashes are never exported. Sensitive notes are "
        + ("included." if include_sensitive else "left out (not asked for)."),
        "Read it back into an empty database with: civicdesk import all FILE.zip",
        "",
    ]
    for model in _tables():
        table = model._meta.table_name
        lines += [f"{table}.csv", "-" * (len(table) + 4)]
        doc = (model.__doc__ or "").strip().splitlines()
        if doc and not doc[0].startswith(model.__name__ + "("):
            lines.append(doc[0])
        for fld in columns_of(model, include_sensitive):
            lines.append(f"  {fld.column_name}: {_describe(table, fld)}")
        lines.append("")
    return "\n".join(lines)


_KINDS = {"UTCDateTimeField": "time (UTC)", "DateField": "date", "IntegerField": "whole number",
          "BooleanField": "yes/no (1 or 0)", "JSONField": "JSON text",
          "FloatField": "number", "BigIntegerField": "whole number"}


def _describe(table: str, fld: pw.Field) -> str:
    spec = _spec(table, fld)
    parts = [spec.label] if spec is not None else []
    if isinstance(fld, pw.ForeignKeyField):
        parts.append(f"id of a row of {fld.rel_model._meta.table_name}")
    elif isinstance(fld, pw.AutoField):
        parts.append("id")
    else:
        parts.append(_KINDS.get(type(fld).__name__, "text"))
    if spec is not None and spec.choices:
        parts.append("one of " + ", ".join(spec.choices))
    if spec is not None and spec.sensitive:
        parts.append("sensitive")
    if fld.null:
        parts.append("may be empty")
    return "; ".join(parts)


# Read it back -----------------------------------------------------------------------------

@allowed(actors.RESTORE_BACKUP)
def import_all(actor: Actor, path: str | Path, *, progress: Progress | None = None,
               admin: tuple[str, str] | None = None) -> Exported:
    """Read an `export_all` zip into this (empty) database: same ids and values, one
    transaction, audited. *admin* (username, new secret) gives that account a new PIN or
    password, since none comes with the file."""
    path = Path(path)
    with rows.transaction():
        occupied = [m._meta.table_name for m in _tables()
                    if m._meta.table_name not in SEEDED and m.select().exists()]
        if occupied:
            raise NotEmpty(what=", ".join(occupied[:4]))
        counts = _read_zip(path, progress)
        if admin is not None:
            _new_secret(*admin)
        elif counts.get("user"):
            raise AdminNeeded()
        audit.record(actor, ACTION_IMPORT, "", None, {
            "rows": [None, sum(counts.values())], "file": [None, path.name]})
    return Exported(path, sum(counts.values()), counts, Changes.of_everything())


def _new_secret(username: str, secret: str) -> None:
    hashed = accounts.hash_secret(secret)
    done = (models.User.update(password_hash=hashed, failed_attempts=0)
            .where((models.User.username == username) & (models.User.role == "admin"))
            .execute())
    if not done:
        raise NoSuchAdmin(name=username)


def _open_zip(path: Path) -> tuple[zipfile.ZipFile, dict]:
    try:
        zf = zipfile.ZipFile(path)
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except FileNotFoundError as exc:
        raise NotOurExport(path=str(path), why="there is no such file") from exc
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise NotOurExport(path=str(path), why="not a zip file, or a damaged one") from exc
    except (KeyError, ValueError, UnicodeError) as exc:
        raise NotOurExport(path=str(path), why=f"no readable {MANIFEST}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise NotOurExport(path=str(path), why=f"an unknown {MANIFEST}")
    return zf, manifest


def _read_zip(path: Path, progress: Progress | None) -> dict[str, int]:
    zf, manifest = _open_zip(path)
    tables, counts = _tables(), {}
    with zf:
        db = models.database
        for table in SEEDED:
            db.execute_sql(f'DELETE FROM "{table}"')
        with search.bulk_loading(db):
            for done, model in enumerate(tables):
                counts[model._meta.table_name] = _read_table(zf, model, manifest, path)
                if progress is not None:
                    progress(done + 1, len(tables))
    return counts


def _read_table(zf: zipfile.ZipFile, model: type[pw.Model], manifest: dict, path: Path
                ) -> int:
    table = model._meta.table_name
    known = {f.column_name: f for f in model._meta.sorted_fields}
    try:
        with zf.open(f"{table}.csv") as member:
            reader = csv.reader(io.TextIOWrapper(member, encoding=sheets.CSV_ENCODING,
                                                 newline=""))
            header = next(reader, [])
            if not header or any(c not in known or (table, c) in NEVER for c in header):
                raise NotOurExport(path=str(path), why=f"{table}.csv has other columns")
            fields = [known[c] for c in header]
            # Columns left out (the sensitive notes, unless asked for) get their defaults.
            missing = [f for c, f in known.items() if c not in header
                       and not isinstance(f, pw.AutoField)]
            filled = [f.db_value(f.default() if callable(f.default) else f.default)
                      for f in missing]
            names = ", ".join(f'"{c}"' for c in [*header, *(f.column_name for f in missing)])
            marks = ", ".join("?" * (len(header) + len(missing)))
            sql = backend.sql(None, f'INSERT INTO "{table}" ({names}) VALUES ({marks})')
            batch, count = [], 0
            for line in reader:
                if len(line) != len(fields):
                    raise NotOurExport(path=str(path), why=f"{table}.csv line {count + 2}")
                batch.append([*(_cell(f, v) for f, v in zip(fields, line, strict=True)), *filled])
                count += 1
                if len(batch) >= 5000:
                    models.database.cursor().executemany(sql, batch)
                    batch = []
            if batch:
                models.database.cursor().executemany(sql, batch)
    except KeyError as exc:
        raise NotOurExport(path=str(path), why=f"{table}.csv is missing") from exc
    except (zipfile.BadZipFile, OSError, EOFError, UnicodeError, csv.Error) as exc:
        raise NotOurExport(path=str(path), why=f"{table}.csv is damaged") from exc
    except (pw.IntegrityError, sqlite3.IntegrityError, psycopg.IntegrityError) as exc:
        raise NotOurExport(path=str(path), why=f"{table}.csv does not fit the other "
                                               "tables") from exc
    expected = manifest.get("rows", {}).get(table)
    if expected is not None and expected != count:
        raise NotOurExport(path=str(path), why=f"{table}.csv has {count} rows, not {expected}")
    return count


def _cell(fld: pw.Field, text: str) -> Any:
    if text == "" and fld.null:
        return None
    return sheets.unguard(text)
