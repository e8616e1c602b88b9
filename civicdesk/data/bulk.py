"""Fast inserts of many rows (demo data, imports): one executemany per table, triggers on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import peewee as pw


def _defaults(model: type[pw.Model]) -> dict:
    values = {}
    for f in model._meta.sorted_fields:
        if isinstance(f, pw.AutoField):
            continue
        values[f.name] = f.default() if callable(f.default) else f.default
    return values


def insert_rows(model: type[pw.Model], rows: Iterable[dict], batch: int = 5000) -> int:
    """Insert *rows* (dicts of field name -> Python value; missing fields get the model's
    defaults, `id` may be given). Call inside a transaction. Returns the number inserted."""
    meta = model._meta
    fields = [f for f in meta.sorted_fields]
    names = [f.column_name for f in fields]
    sql = (f'INSERT INTO "{meta.table_name}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
           f'VALUES ({", ".join("?" * len(names))})')
    defaults = _defaults(model)
    conn = meta.database.connection()
    count, pending = 0, []
    for row in rows:
        full = defaults | row
        pending.append([None if full.get(f.name) is None else f.db_value(full[f.name])
                        for f in fields])
        if len(pending) >= batch:
            conn.executemany(sql, pending)
            count += len(pending)
            pending.clear()
    if pending:
        conn.executemany(sql, pending)
        count += len(pending)
    return count


def next_id(model: type[pw.Model]) -> int:
    return (model.select(pw.fn.MAX(model._meta.primary_key)).scalar() or 0) + 1


@contextmanager
def indexes_deferred(db: pw.Database, table: str) -> Iterator[None]:
    """Drop *table*'s plain (non-unique) indexes for the block and build them again after
    it: building an index once from all rows is several times faster than keeping it
    current row by row. Use inside the loading transaction (a failure rolls back both)."""
    found = db.execute_sql(
        "SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(?) i "
        "ON i.name = m.name WHERE m.type = 'index' AND m.sql IS NOT NULL AND NOT i.\"unique\"",
        (table,)).fetchall()
    for name, _ in found:
        db.execute_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        for _, sql in found:
            db.execute_sql(sql)

