"""Fast inserts of many rows (demo data, imports, moving a database): one executemany per
batch, triggers on; on both back ends (`?` placeholders become psycopg's `%s`)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import peewee as pw

from civicdesk.data import backend


def _defaults(model: type[pw.Model]) -> dict:
    values = {}
    for f in model._meta.sorted_fields:
        if isinstance(f, pw.AutoField):
            continue
        values[f.name] = f.default() if callable(f.default) else f.default
    return values


def _database(model: type[pw.Model], db: pw.Database | None) -> pw.Database:
    db = model._meta.database if db is None else db
    return db.obj if isinstance(db, pw.DatabaseProxy) else db


def insert_sql(model: type[pw.Model], db: pw.Database, columns: list[str] | None = None
               ) -> str:
    """`INSERT INTO "table" ("a", "b") VALUES (?, ?)` for *db*'s driver (every column of
    *model* unless *columns* are named)."""
    names = columns or [f.column_name for f in model._meta.sorted_fields]
    quoted = ", ".join(f'"{n}"' for n in names)
    return backend.sql(db, f'INSERT INTO "{model._meta.table_name}" ({quoted}) '
                           f'VALUES ({", ".join("?" * len(names))})')


def insert_rows(model: type[pw.Model], rows: Iterable[dict], batch: int = 5000,
                db: pw.Database | None = None) -> int:
    """Insert *rows* (dicts of field name -> Python value; missing fields get the model's
    defaults, `id` may be given) into *db* (None: the models' database). Call inside a
    transaction. Returns the number inserted."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return 0
    key = model._meta.primary_key
    fields = [f for f in model._meta.sorted_fields
              if f is not key or not isinstance(key, pw.AutoField) or key.name in first]
    defaults = _defaults(model)

    def values() -> Iterator[list]:
        for row in itertools.chain([first], rows):
            full = defaults | row
            yield [None if full.get(f.name) is None else f.db_value(full[f.name])
                   for f in fields]

    # Rows without an id get the next ones (a server's sequence; NULL would be refused).
    return insert_values(model, values(), batch=batch, db=db,
                         columns=[f.column_name for f in fields])


def insert_values(model: type[pw.Model], rows: Iterable[list], batch: int = 5000,
                  db: pw.Database | None = None, columns: list[str] | None = None) -> int:
    """Insert *rows* of values as *db* stores them, one per column of *model* in the order
    of its fields or of *columns* (`insert_rows` makes them from Python values; a move
    copies them from another database). Call inside a transaction. Returns the number
    inserted."""
    db = _database(model, db)
    sql = insert_sql(model, db, columns)
    cursor = db.cursor()
    count, pending = 0, []
    for row in rows:
        pending.append(row)
        if len(pending) >= batch:
            cursor.executemany(sql, pending)
            count += len(pending)
            pending.clear()
    if pending:
        cursor.executemany(sql, pending)
        count += len(pending)
    return count


def next_id(model: type[pw.Model]) -> int:
    """The id after the highest, for filling an empty database (the demo; then
    `sequences_past_highest`). Rows added to a database in use take `new_ids`."""
    return (model.select(pw.fn.MAX(model._meta.primary_key)).scalar() or 0) + 1


def new_ids(model: type[pw.Model], count: int, db: pw.Database | None = None) -> list[int]:
    """*count* ids for new rows of *model*, to insert with `insert_rows` (call inside the
    writing transaction). A file has one writer: the ids after the highest. On a server
    another PC may add rows meanwhile: the ids come from the table's sequence, as a single
    INSERT's would, so they never collide (and need not follow each other)."""
    if count <= 0:
        return []
    db = _database(model, db)
    if not backend.is_postgres(db):
        first = next_id(model)
        return list(range(first, first + count))
    key = model._meta.primary_key
    return [i for (i,) in db.execute_sql(
        "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s) "
        "ORDER BY 1", (f'"{model._meta.table_name}"', key.column_name, count)).fetchall()]


def _plain_indexes(db: pw.Database, table: str) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of *table*'s indexes that are not unique."""
    if backend.is_postgres(db):
        # Those that back no constraint (a primary key or UNIQUE is unique anyway).
        return db.execute_sql(
            "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "WHERE t.relname = %s AND t.relnamespace = current_schema()::regnamespace "
            "AND NOT x.indisunique AND NOT x.indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)",
            (table,)).fetchall()
    return db.execute_sql(
        "SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(?) i "
        "ON i.name = m.name WHERE m.type = 'index' AND m.sql IS NOT NULL AND NOT i.\"unique\"",
        (table,)).fetchall()


@contextmanager
def indexes_deferred(db: pw.Database, table: str) -> Iterator[None]:
    """Drop *table*'s plain (non-unique) indexes for the block and build them again after
    it: building an index once from all rows is several times faster than keeping it
    current row by row. Use inside the loading transaction (a failure rolls back both)."""
    db = db.obj if isinstance(db, pw.DatabaseProxy) else db
    found = _plain_indexes(db, table)
    for name, _ in found:
        db.execute_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        for _, sql in found:
            db.execute_sql(sql)


def sequences_past_highest(db: pw.Database, models: Iterable[type[pw.Model]]) -> None:
    """After rows were inserted with their ids (a move): PostgreSQL's sequences behind the
    models' `id` columns set past the highest id, so the next row gets the next number.
    SQLite takes the highest rowid + 1 by itself."""
    db = db.obj if isinstance(db, pw.DatabaseProxy) else db
    if not backend.is_postgres(db):
        return
    for model in models:
        key = model._meta.primary_key
        if not isinstance(key, pw.AutoField):
            continue
        table, column = model._meta.table_name, key.column_name
        db.execute_sql(
            f'SELECT setval(pg_get_serial_sequence(%s, %s), '
            f'(SELECT coalesce(max("{column}"), 0) + 1 FROM "{table}"), false)',
            (f'"{table}"', column))
