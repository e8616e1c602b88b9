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


def indexed_by(table: str, alias: str, index: str) -> str:
    """`table alias`, walked through *index* (SQLite's INDEXED BY; PostgreSQL picks)."""
    if backend.is_postgres():
        return f"{table} {alias}"
    return f"{table} {alias} INDEXED BY {index}"

