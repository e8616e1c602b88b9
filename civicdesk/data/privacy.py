"""What erasing leaves in the file's bytes: the SQLite side of erasure and retention.

A row changed or deleted in SQLite is not gone from the file: the old cell stays in the
page's free space, a freed page keeps its bytes on the freelist, the -wal holds older
copies of each page written since the last checkpoint, and an FTS5 index only records a
deletion as a "delete" marker in a new segment, keeping the old tokens in the old one
until the segments are merged. So `scrubbing()` wraps the erasing transaction with
`PRAGMA secure_delete` (whatever it frees is overwritten with zeros), `merge_search_index`
merges every FTS5 segment into one inside it (the deleted tokens go with the old segments),
and `compact` afterwards rewrites the file from its live rows alone (VACUUM: free space
left by edits made before, without secure_delete, goes too) and truncates the -wal
(`wal_checkpoint(TRUNCATE)`).

On a PostgreSQL server the bytes are the server's: VACUUM there frees dead rows for reuse;
scrubbing the disk and the WAL is the server admin's (README, "Several PCs"). So
`scrubbing` and `merge_search_index` do nothing there, `compact` runs VACUUM on the
tables erasure touches, and `checkpoint` has nothing to do.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from civicdesk.data import backend, search

SEARCH_TABLES = (search.TABLE, search.HOUSEHOLD_TABLE)


@contextmanager
def scrubbing(db) -> Iterator[None]:
    """While the block runs (around, not inside, its transaction: the pragma cannot change
    inside one), what this connection frees is overwritten with zeros."""
    if backend.is_postgres(db):
        yield
        return
    before = db.execute_sql("PRAGMA secure_delete").fetchone()[0]
    db.execute_sql("PRAGMA secure_delete = 1")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA secure_delete = {int(before)}")


def merge_search_index(db) -> None:
    """Merge each search index's segments into one, so the tokens of rows deleted from it
    (an erased name, phone, email, address) are no longer in the index at all. Call inside
    the erasing transaction."""
    if backend.is_postgres(db):
        return
    for table in SEARCH_TABLES:
        db.execute_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def compact(db) -> bool:
    """Rewrite the file from its live rows (VACUUM) and empty the -wal into it, truncated
    to nothing. Call outside any transaction. False when another connection was still
    reading, so the -wal could not be emptied yet (it is at the next checkpoint)."""
    if backend.is_postgres(db):
        for table in ("person", "household", "audit_entry", "request_update", *SEARCH_TABLES):
            db.execute_sql(f"VACUUM {table}")
        return True
    with scrubbing(db):
        db.execute_sql("VACUUM")
        busy, _, _ = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def checkpoint(db) -> bool:
    """Empty the -wal into the file, truncated to nothing (old copies of pages go with it).
    False when another connection was still reading."""
    if backend.is_postgres(db):
        return True
    busy, _, _ = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy
