"""Copying a whole CivicDesk database into another, empty one (#17): a file onto a server or
a server into a file (`civicdesk move`), and a server's backup written as a file
(`backups.take`).

Every row goes across as it is stored: the same ids, versions, timestamps, the audit log and
the requests' history (append-only: only ever inserted), the import log. The source is only
read, in one snapshot (`snapshot`: a read transaction of a file, REPEATABLE READ on a
server), so a PC saving meanwhile is either wholly in the copy or not at all. The target is
written in one transaction, checked before it commits (the row count of every table equal
to the source's in the same snapshot, and `integrity.check` when asked), so a failure, a
refused row, a lost connection or Ctrl+C leave it as it was: empty.

Tables go in dependency order (`models.ALL_MODELS`), each with `bulk.insert_values` (one
executemany per 5,000 rows) while its plain indexes wait (`bulk.indexes_deferred`); the two
references of a table to itself (who to reach a person through, the payment a correction
replaced) are written once their rows are all there. The search indexes are built once at
the end (`search.bulk_loading`) and PostgreSQL's id sequences set past the highest id.

Values are converted only where the back ends store them differently (SQLite keeps yes/no
as 0 and 1, dates and times as text). What a server cannot store (a NUL character, text
longer than its column) is refused before anything is written, naming the row.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from civicdesk.data import backend, bulk, database, errors, migrations, models, search
from civicdesk.data.fields import JSONField
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message

BATCH = 5000

# What each step of a copy is doing (`Step.phase`).
CHECK_SOURCE, COPY, INDEX, CHECK_TARGET = "check-source", "copy", "index", "check-target"

# The rows a new database is given (migrations.seed_reference_data): a database holding
# nothing else is empty, and a copy replaces them with the source's own.
SEEDED = (models.RequestCategory, models.Tag)


class NotEmpty(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "{target} already holds data ({what}). A database is copied only into an "
                     "empty one, so nothing is mixed or overwritten; nothing was changed.")


class RowRefused(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "Row {row} of {table} cannot be copied to {target}: {why}. Correct it in "
                     "{source} first; nothing was copied, and {target} holds no data.")


class CopyFailed(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "Copying {table} to {target} failed ({why}). Nothing was copied, and "
                     "{target} holds no data.")


class CountsDiffer(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "After copying, {target} would hold {found} rows of {table} where "
                     "{source} holds {expected}. Nothing was copied, and {target} holds no "
                     "data.")


class NotClean(errors.DataError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "{where} does not pass CivicDesk's check: {problems}. Nothing was "
                     "copied, and {target} holds no data.")


WHY_NUL = QT_TRANSLATE_NOOP("DataError", "its {column} holds a NUL character, which a "
                                         "PostgreSQL server cannot store")
WHY_LONG = QT_TRANSLATE_NOOP("DataError", "its {column} is {length} characters long, and the "
                                          "server takes at most {limit}")


@dataclass(frozen=True)
class Step:
    """How far a copy is: *phase* (`CHECK_SOURCE`, `COPY`, `INDEX`, `CHECK_TARGET`); while
    copying, the table, its rows copied so far and in all, and the rows of every table."""

    phase: str
    table: str = ""
    copied: int = 0
    rows: int = 0
    done: int = 0
    total: int = 0
    finished: bool = False  # the last step of this table


Progress = Callable[[Step], None]
Check = Callable[[pw.Database], list[str]]  # the problems `integrity.check` finds


def name_of(db: pw.Database) -> str:
    """A database as messages name it: a server's address (no password), or the file."""
    found = backend.address_of(db)
    return found.url() if found is not None else str(db.database)


# Reading one snapshot -----------------------------------------------------------------------

@contextmanager
def snapshot(db: pw.Database) -> Iterator[None]:
    """One consistent view of *db* for the block, which only reads: on a server a REPEATABLE
    READ, READ ONLY transaction; in a file a deferred one (in WAL mode its snapshot is taken
    at its first read, and it holds no lock that keeps others from saving)."""
    if backend.is_postgres(db):
        with db.atomic():
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
    else:
        with db.transaction("DEFERRED"):
            yield


def counts(db: pw.Database) -> dict[str, int]:
    """The rows of every table of *db* (read in the caller's snapshot)."""
    return {m._meta.table_name: db.execute_sql(
        f'SELECT count(*) FROM "{m._meta.table_name}"').fetchone()[0]
        for m in models.ALL_MODELS}


def _read(db: pw.Database, sql: str) -> Iterator[tuple]:
    """The rows of *sql*, streamed: a server sends them in batches through a cursor of its
    own (inside the snapshot's transaction), instead of all 100,000 at once."""
    if backend.is_postgres(db):
        with db.connection().cursor(name="civicdesk_copy") as cursor:
            cursor.execute(sql)
            while rows := cursor.fetchmany(BATCH):
                yield from rows
    else:
        yield from db.connection().execute(sql)


# Is the target empty? -------------------------------------------------------------------------

def occupied(db: pw.Database) -> list[str]:
    """The tables of *db* that hold data: any row, but the reference data a new database
    is given (request categories and their skills, as made)."""
    found = []
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        if model in SEEDED:
            seeded = _seeded_names(model)
            names = {name for (name,) in db.execute_sql(f'SELECT name FROM "{table}"')}
            if names - seeded:
                found.append(table)
        elif db.execute_sql(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None:
            found.append(table)
    return found


def _seeded_names(model: type[pw.Model]) -> set[str]:
    if model is models.Tag:
        return set(migrations._CATEGORY_SKILLS.values())
    return set(migrations.DEFAULT_CATEGORIES)


# Copying ----------------------------------------------------------------------------------

def copy_all(source: pw.Database, target: pw.Database, *, progress: Progress | None = None,
             check: Check | None = None) -> dict[str, int]:
    """Copy every row of *source* into *target*, which must hold no data (`NotEmpty`), in
    one snapshot of the source and one transaction of the target, which commits only when
    its counts equal the source's and, with *check*, both pass it. Returns the rows per
    table. Raises a DataError saying what failed; the target is then as it was."""
    report = progress or (lambda step: None)
    try:
        with snapshot(source):
            if check is not None:
                report(Step(CHECK_SOURCE))
                _refuse_problems(check(source), source, target)
            expected = counts(source)
            with target.atomic():
                _hold(target)
                busy = occupied(target)
                if busy:
                    raise NotEmpty(target=name_of(target), what=", ".join(busy[:4]))
                for model in reversed(SEEDED):
                    target.execute_sql(f'DELETE FROM "{model._meta.table_name}"')
                copied = _copy_tables(source, target, expected, report)
                found = counts(target)
                for table, rows in expected.items():
                    if found[table] != rows or copied[table] != rows:
                        raise CountsDiffer(target=name_of(target), source=name_of(source),
                                           table=table, expected=rows, found=found[table])
                if check is not None:
                    report(Step(CHECK_TARGET))
                    _refuse_problems(check(target), target, target)
    except errors.DataError:
        raise
    except errors.DATABASE_ERRORS as exc:
        raise _failed(exc, source, target, "") from exc
    return copied


def _hold(target: pw.Database) -> None:
    """On a server, nobody else writes to the tables until the copy commits (reading them
    is allowed): a PC that opened the empty database meanwhile waits."""
    if backend.is_postgres(target):
        tables = ", ".join(f'"{m._meta.table_name}"' for m in models.ALL_MODELS)
        target.execute_sql(f"LOCK TABLE {tables} IN EXCLUSIVE MODE")


def _refuse_problems(problems: list[str], where: pw.Database, target: pw.Database) -> None:
    if problems:
        shown = "; ".join(problems[:3]) + ("; …" if len(problems) > 3 else "")
        raise NotClean(where=name_of(where), problems=shown, target=name_of(target))


def _copy_tables(source: pw.Database, target: pw.Database, expected: dict[str, int],
                 report: Progress) -> dict[str, int]:
    total, done, copied = sum(expected.values()), 0, {}
    with search.bulk_loading(target):
        for model in models.ALL_MODELS:
            table = model._meta.table_name
            rows = expected[table]

            def moved(count: int, finished: bool = False, table=table, rows=rows,
                      before=done) -> None:
                report(Step(COPY, table, count, rows, before + count, total, finished))

            moved(0)
            with bulk.indexes_deferred(target, table):
                copied[table] = _copy_table(model, source, target, moved)
            done += copied[table]
            moved(copied[table], True)
        report(Step(INDEX, done=done, total=total))
    bulk.sequences_past_highest(target, models.ALL_MODELS)
    return copied


def _copy_table(model: type[pw.Model], source: pw.Database, target: pw.Database,
                moved: Callable[[int], None]) -> int:
    fields = list(model._meta.sorted_fields)
    table, key = model._meta.table_name, model._meta.primary_key.column_name
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    make = _row_maker(model, source, target)
    later: list[tuple] = []  # (id, {column: its row of the same table}), see below
    span = [None, None]

    def rows() -> Iterator[list]:
        count = 0
        for raw in _read(source, f'SELECT {columns} FROM "{table}" ORDER BY "{key}"'):
            row, own = make(raw)
            if own:
                later.append((raw[0], own))
            span[0] = raw[0] if count % BATCH == 0 else span[0]
            span[1] = raw[0]
            yield row
            count += 1
            if count % BATCH == 0:
                moved(count)

    try:
        count = bulk.insert_values(model, rows(), batch=BATCH, db=target)
        _point_to_own_rows(model, target, later)
    except errors.DataError:
        raise
    except errors.DATABASE_ERRORS as exc:
        where = f"{table}, rows {span[0]} to {span[1]}" if span[0] is not None else table
        raise _failed(exc, source, target, where) from exc
    return count


def _row_maker(model: type[pw.Model], source: pw.Database, target: pw.Database
               ) -> Callable[[tuple], tuple[list, dict]]:
    """What turns a row as *source* stores it into the row as *target* stores it, and its
    references to rows of its own table (written afterwards, as None first)."""
    fields = list(model._meta.sorted_fields)
    to_server = backend.is_postgres(target)
    convert = [] if backend.is_postgres(source) == to_server else [
        (i, f) for i, f in enumerate(fields) if isinstance(f, _STORED_DIFFERENTLY)
        or isinstance(f, JSONField)]
    texts = [(i, f.column_name, getattr(f, "max_length", None)) for i, f in enumerate(fields)
             if to_server and isinstance(f, pw.CharField | pw.TextField)]
    own = [(i, f.column_name) for i, f in enumerate(fields)
           if isinstance(f, pw.ForeignKeyField) and f.rel_model is model]
    table, target_name, source_name = model._meta.table_name, name_of(target), name_of(source)

    def refuse(raw: tuple, why: str, **params) -> RowRefused:
        return RowRefused(row=raw[0], table=table, target=target_name, source=source_name,
                          why=Message("DataError", why, params))

    def make(raw: tuple) -> tuple[list, dict]:
        row = list(raw)
        for i, f in convert:
            value = row[i]
            if value is not None and not (isinstance(f, JSONField) and isinstance(value, str)):
                row[i] = f.db_value(value if isinstance(f, JSONField) else f.python_value(value))
        for i, column, limit in texts:
            value = row[i]
            if isinstance(value, str):
                if "\x00" in value:
                    raise refuse(raw, WHY_NUL, column=column)
                if limit is not None and len(value) > limit:
                    raise refuse(raw, WHY_LONG, column=column, length=len(value), limit=limit)
        refs = {}
        for i, column in own:
            if row[i] is not None:
                refs[column] = row[i]
                row[i] = None
        return row, refs

    return make


_STORED_DIFFERENTLY = (pw.BooleanField, pw.DateField, pw.DateTimeField, pw.TimeField,
                       pw.DecimalField)


def _point_to_own_rows(model: type[pw.Model], target: pw.Database, later: list[tuple]) -> None:
    """The references of *model*'s rows to rows of the same table, now that all are there
    (a row may point to a later one, and two to each other)."""
    key = model._meta.primary_key.column_name
    by_column: dict[str, list] = {}
    for row_id, refs in later:
        for column, value in refs.items():
            by_column.setdefault(column, []).append((value, row_id))
    for column, pairs in by_column.items():
        sql = backend.sql(target, f'UPDATE "{model._meta.table_name}" SET "{column}" = ? '
                                  f'WHERE "{key}" = ?')
        target.cursor().executemany(sql, pairs)


def _failed(exc: BaseException, source: pw.Database, target: pw.Database, where: str
            ) -> errors.DataError:
    """The error for a database failure while copying: the server's own meaning (the
    connection lost, a refusal) where there is one, else what the driver said."""
    from civicdesk.data import pg_errors

    why: object = None
    for db in (target, source):
        found = backend.address_of(db)
        if found is not None and pg_errors.psycopg_error(exc) is not None:
            explained = pg_errors.while_working(exc, found)
            if explained is not None:
                why = explained.message
                break
    if why is None:
        why = errors.one_line(str(pg_errors.psycopg_error(exc) or exc).strip())[:300]
    return CopyFailed(table=where or "?", target=name_of(target), why=why)


# Into a new file ------------------------------------------------------------------------------

def companions(path: Path) -> list[Path]:
    """*path* and what SQLite may keep beside it (journal, -wal, -shm)."""
    return [Path(f"{path}{suffix}") for suffix in ("", "-journal", "-wal", "-shm")]


def to_new_file(source: pw.Database, path: Path, *, progress: Progress | None = None,
                check: Check | None = None) -> dict[str, int]:
    """Copy *source* into a new CivicDesk file *path* (`copy_all`), written, closed and
    fsynced: a file complete in itself. On any failure nothing is left at *path*."""
    path = Path(path)
    try:
        target = database.new_file(path)
        try:
            copied = copy_all(source, target, progress=progress, check=check)
        finally:
            target.close()
        _fsync(path)
    except BaseException:
        for part in companions(path):
            part.unlink(missing_ok=True)
        raise
    return copied


def write_snapshot(source: pw.Database, path: Path,
                   progress: Callable[[int, int], None] | None = None) -> None:
    """A server's database as the new CivicDesk file *path* (`to_new_file`), for its
    backups (`backups.take`, which verifies and names it); *progress* gets (rows copied,
    rows in all)."""
    def step(found: Step) -> None:
        if progress is not None and found.total:
            progress(found.done, found.total)

    to_new_file(source, path, progress=step)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_folder(folder: Path) -> None:
    """A rename in *folder* made durable (POSIX; Windows' renames are once they return)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_schema_version(path: Path) -> int:
    """The schema version in the header of the CivicDesk file *path*, read without opening
    it for CivicDesk (which would switch an older file to WAL: a change to a file that a
    move must only read). 0: no schema yet."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def schema_version(db: pw.Database) -> int:
    """The CivicDesk schema version of *db* (0: nothing there yet), either back end."""
    if backend.is_postgres(db):
        from civicdesk.data import pg_database

        return pg_database.schema_version(db)
    return database.schema_version(db)


# The models bound, for a check ----------------------------------------------------------------

@contextmanager
def bound(db: pw.Database) -> Iterator[None]:
    """The models bound to *db* for the block (`integrity.check` counts through them), then
    to what they were bound to. Only where nothing else runs meanwhile (the command line):
    a window's other threads would use *db* too."""
    before = models.database.obj
    models.database.initialize(db)
    try:
        yield
    finally:
        models.database.initialize(before)


def integrity_problems(db: pw.Database) -> list[str]:
    """`integrity.check`'s problems of *db* (the models bound to it meanwhile)."""
    from civicdesk.data import integrity

    with bound(db):
        return integrity.check(db).problems
