"""Paging a long, sorted list in SQL: a count, then pages by keyset or by offset.

A list on screen never loads all of its rows: it asks for the count (the scroll bar's
length) and then for the pages the user actually looks at. How a page is fetched:

- **keyset** when the page next to it is known (scrolling): `WHERE (key, id) > (last
  shown)` walks the index from there, so page 900 costs what page 1 costs;
- **offset from the nearer end** otherwise (a jump, e.g. Ctrl+End or dragging the scroll
  bar): the order is reversed for the second half, so no query skips more than half of the
  rows, and the last page is as cheap as the first.

Sort keys whose expression may be NULL cannot take part in row-value comparisons, so each
key has a separate never-NULL `compare` expression (the ORDER BY keeps the plain column so
SQLite can walk its index).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee as pw

from civicdesk.data import backend, models


@dataclass(frozen=True)
class Key:
    """One sort key: `order` for ORDER BY, `compare` (never NULL, same order) for ranges."""

    order: str
    compare: str | None = None

    @property
    def comparable(self) -> str:
        return self.compare or self.order


@dataclass(frozen=True)
class ListQuery:
    """The parts of `SELECT columns FROM source WHERE where ORDER BY keys, id`.

    Rows come back as `(*columns, *key values, id)`; the trailing part is the row's
    position in the order (`key_of`), which keyset paging and `position` use.
    """

    columns: tuple[str, ...]
    source: str
    where: str
    params: tuple = ()
    keys: tuple[Key, ...] = ()
    id_column: str = "id"
    descending: bool = False
    count_source: str | None = None  # a cheaper FROM for counting (no display joins)
    key_source: str | None = None  # a cheaper FROM that still holds every sort key

    @property
    def key_width(self) -> int:
        return len(self.keys) + 1

    def _select(self) -> str:
        keys = [k.comparable for k in self.keys] + [self.id_column]
        return ", ".join([*self.columns, *keys])

    def _order(self, reverse: bool = False) -> str:
        down = self.descending != reverse
        suffix = " DESC" if down else ""
        return ", ".join(f"{k.order}{suffix}" for k in self.keys) + f", {self.id_column}{suffix}"

    def _tuple(self) -> str:
        return "(" + ", ".join([k.comparable for k in self.keys] + [self.id_column]) + ")"

    def _beyond(self, key: tuple, forward: bool) -> tuple[str, tuple]:
        """Condition for rows after (*forward*) or before *key* in this order."""
        up = forward != self.descending
        marks = ", ".join("?" * len(key))
        return f"{self._tuple()} {'>' if up else '<'} ({marks})", tuple(key)


def count(db: pw.Database, query: ListQuery) -> int:
    source = query.count_source or query.source
    sql = f"SELECT count(*) FROM {source} WHERE {query.where}"
    return backend.execute(db, sql, query.params).fetchone()[0]


def _run(db: pw.Database, query: ListQuery, extra: str, extra_params: tuple,
         reverse: bool, limit: int, offset: int = 0) -> list[tuple]:
    where = f"({query.where}) AND {extra}" if extra else query.where
    sql = (f"SELECT {query._select()} FROM {query.source} WHERE {where} "
           f"ORDER BY {query._order(reverse)} LIMIT ? OFFSET ?")
    rows = backend.execute(db, sql, query.params + extra_params + (limit, offset)).fetchall()
    return rows[::-1] if reverse else rows


def page(db: pw.Database, query: ListQuery, offset: int, limit: int, total: int, *,
         after: tuple | None = None, before: tuple | None = None,
         capped: bool = False) -> list[tuple]:
    """Rows `offset .. offset+limit` of *query* (which has *total* rows).

    *after* is the key of row `offset - 1` and *before* that of row `offset + limit`, when
    the caller knows them (a neighbouring page is loaded): then no row is skipped at all.
    With *capped*, the list shows only its first *total* rows of more: no counting from the
    end, whose position is unknown.
    """
    limit = max(0, min(limit, total - offset))
    if limit == 0:
        return []
    if after is not None:
        return _run(db, query, *query._beyond(after, True), False, limit)
    if before is not None:
        return _run(db, query, *query._beyond(before, False), True, limit)
    from_end = total - offset - limit
    if from_end < offset and not capped:
        return _run(db, query, "", (), True, limit, from_end)
    return _run(db, query, "", (), False, limit, offset)


def key_of(query: ListQuery, row: tuple) -> tuple:
    """The position key at the end of a row that `page` returned."""
    return tuple(row[-query.key_width:])


def key_of_id(db: pw.Database, query: ListQuery, row_id: Any) -> tuple | None:
    """The position key of one row in this order, whether or not it passes the filter."""
    keys = [k.comparable for k in query.keys] + [query.id_column]
    sql = f"SELECT {', '.join(keys)} FROM {query.source} WHERE {query.id_column} = ?"
    found = backend.execute(db, sql, (row_id,)).fetchone()
    return None if found is None else tuple(found)


def contains(db: pw.Database, query: ListQuery, row_id: Any) -> bool:
    source = query.count_source or query.source
    sql = f"SELECT 1 FROM {source} WHERE ({query.where}) AND {query.id_column} = ?"
    return backend.execute(db, sql, query.params + (row_id,)).fetchone() is not None


def position(db: pw.Database, query: ListQuery, key: tuple) -> int:
    """How many rows of *query* come before a row with *key* (its row number if present)."""
    extra, extra_params = query._beyond(key, False)
    source = query.key_source or query.source
    sql = f"SELECT count(*) FROM {source} WHERE ({query.where}) AND {extra}"
    return backend.execute(db, sql, query.params + extra_params).fetchone()[0]


class Positions:
    """Where rows are in a list query (`_query`, a ListQuery over the app's database): what
    the window's paged table model asks besides pages. The list queries of the services
    (members, households) inherit it and add their counting and rows."""

    _query: ListQuery

    def contains(self, row_id: Any) -> bool:
        return contains(models.database, self._query, row_id)

    def key_of(self, row_id: Any) -> tuple | None:
        return key_of_id(models.database, self._query, row_id)

    def position_of_key(self, key: tuple) -> int:
        """How many listed rows come before a row with this key."""
        return position(models.database, self._query, key)

    def position(self, row_id: Any) -> int | None:
        """Where *row_id* is in this list, or None if the filter leaves it out."""
        if not self.contains(row_id):
            return None
        return self.position_of_key(self.key_of(row_id))
