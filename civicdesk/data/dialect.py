"""SQL that only SQLite understands, as small fragments the read models compose.

The read models (civicdesk/services) write portable SQL; where SQLite needs a hint to pick
a good plan, they ask here, so a PostgreSQL back end changes this module (and the search
index, `search.py`) and nothing else. Each fragment says why SQLite wants it.
"""

from __future__ import annotations

from civicdesk.data import backend


def unindexed(expression: str) -> str:
    """*expression*, kept from using its column's index: a unary `+` on SQLite.

    Without statistics SQLite would pick the index of a common value (e.g. a membership
    status shared by 40,000 people) and sort them all for every page, where walking the
    sort order's own index finds a page at once. PostgreSQL plans by its statistics (and
    has no unary `+` on text): the expression as it is."""
    return expression if backend.is_postgres() else f"+{expression}"


def found_first(expression: str) -> str:
    """The first sort key of a search with few matches (at most a few thousand): they are
    found through the search index, then sorted. SQLite's planner does that by itself. A
    server's would walk the sort key's index and test each person against the search,
    which finds "mul" (491 Müllers at the end of 100,000 names) in 220 ms instead of 5:
    COALESCE(x, x) is the same value and order (and collation) with no index to walk."""
    return f"COALESCE({expression}, {expression})" if backend.is_postgres() else expression


def indexed_by(table: str, alias: str, index: str) -> str:
    """`table alias`, walked through *index* (SQLite's INDEXED BY; PostgreSQL picks)."""
    if backend.is_postgres():
        return f"{table} {alias}"
    return f"{table} {alias} INDEXED BY {index}"



def rows_about(table: str) -> int:
    """About how many rows *table* holds, for choosing a plan, not for showing: a file
    counts them (SQLite reads the b-tree's pages, fast); a server's statistics say (a
    count(*) scans 100,000 rows, 7 ms), or it counts while it has none yet."""
    if backend.is_postgres():
        (found,) = backend.execute(None, "SELECT reltuples FROM pg_class WHERE oid = ?::regclass",
                                   (table,)).fetchone()
        if found is not None and found >= 0:
            return int(found)
    return backend.execute(None, f'SELECT count(*) FROM "{table}"').fetchone()[0]
