"""A table model over a long list paged in SQL: a count, and a cache of the pages looked at.

The query object (e.g. `member_list.MemberQuery`) answers `count()`, `rows(offset, limit,
after=, before=)`, `contains(id)`, `position(id)`, `position_of_key(key)` and `key_of(id)`.
The model never runs a query per cell: `data()` reads the cached page, and a missing page
is fetched whole (by keyset when a neighbouring page is cached, see `data.paging`).
At most MAX_PAGES pages stay cached, so memory does not grow with scrolling.

Changes to single rows are passed on as precise signals (`dataChanged`, row insert, remove
or move); only a new filter or something unexplained resets the model.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from civicdesk.gui import themes
from civicdesk.gui.models import roles

IdRole = roles.IdRole
ID_ROLE, DISPLAY = int(IdRole), int(Qt.ItemDataRole.DisplayRole)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class Line:
    """A cached row and, once first painted, its column texts and styles: a repaint asks
    each cell for seven roles, and the view repaints on every scroll step."""

    __slots__ = ("row", "id", "key", "texts", "styles")

    def __init__(self, row: Any) -> None:
        self.row, self.id, self.key = row, row.id, row.key
        self.texts: tuple | None = None
        self.styles: dict[int, tuple] = {}
# Re-sorting keeps the selection by looking up where each selected row went; beyond this
# many distinct rows the model resets instead (one query each).
MAX_REMAPPED = 20


class PagedTableModel(QAbstractTableModel):
    """Subclasses implement `make_query()`, `columns`, `headerData`, `texts(row)` (the
    display texts), optionally `styles(row)` ({role: value per column}) and
    `cell(row, column, role)` for their other `roles`; they call `reload()` when what the
    query selects changes."""

    PAGE = 50  # a tall screen shows ~35 rows; unindexed sorts pay a scan per page
    MAX_PAGES = 60
    columns: tuple[str, ...] = ()
    # The roles `cell` answers (as ints: Qt passes ints). A view asks for a dozen roles per
    # cell while painting; the others are answered before any lookup.
    roles: frozenset[int] = frozenset({int(Qt.ItemDataRole.DisplayRole)})
    # The columns the query can sort by (in SQL); `sort_column`/`descending` say how.
    sort_keys: frozenset[str] | tuple[str, ...] = ()
    sort_column = ""
    descending = False

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._query: Any = None
        self._count = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._last: tuple[int, list] | None = None  # the page `data` read last
        themes.notifier().changed.connect(self.restyle)

    # To implement -------------------------------------------------------------------------
    def make_query(self):
        raise NotImplementedError

    def texts(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def styles(self, row: Any) -> dict[int, tuple]:
        return {}

    def cell(self, row: Any, column: str, role: int) -> Any:
        return None

    def prepare_styles(self) -> None:
        """Work out what `styles` shares (brushes in the theme's colours ...)."""

    def restyle(self) -> None:
        """The theme changed: every cached row's styles are worked out again."""
        self.prepare_styles()
        for page in self._pages.values():
            for line in page:
                line.texts = None
        if self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(self.columns) - 1))

    # Qt API -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        # The hot path of every paint: kept short (an invalid index has row -1).
        if role != DISPLAY and role != ID_ROLE and role not in self.roles:
            return None
        line = self.line_at(index.row())
        if line is None:
            return None
        if line.texts is None:
            line.texts, line.styles = self.texts(line.row), self.styles(line.row)
        if role == DISPLAY:
            return line.texts[index.column()]
        styled = line.styles.get(role)
        if styled is not None:
            return styled[index.column()]
        if role == ID_ROLE:
            return line.id
        return self.cell(line.row, self.columns[index.column()], role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # Rows and ids -------------------------------------------------------------------------
    @property
    def query(self):
        return self._query

    def reload(self) -> None:
        """Run the query anew (a new filter): count, and forget every cached page."""
        self.beginResetModel()
        self._query = self.make_query()
        self._count = self._query.count()
        self._forget()
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        """The row object at *row* (fetching its page if needed); None if out of range."""
        line = self.line_at(row)
        return None if line is None else line.row

    def line_at(self, row: int) -> Line | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.PAGE)
        if self._last is not None and self._last[0] == number:
            page = self._last[1]
        else:
            page = self._pages.get(number)
            if page is None:
                page = self._fetch(number)
            else:
                self._pages.move_to_end(number)
            self._last = (number, page)
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> int | None:
        found = self.line_at(row)
        return None if found is None else found.id

    def row_of_id(self, row_id: int) -> int | None:
        """The row showing *row_id*, or None if the filter leaves it out."""
        cached = self._cached_row(row_id)
        return cached if cached is not None else self._query.position(row_id)

    def _cached_row(self, row_id: int) -> int | None:
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == row_id:
                    return number * self.PAGE + offset
        return None

    def _fetch(self, number: int) -> list:
        before_page, after_page = self._pages.get(number - 1), self._pages.get(number + 1)
        after = before_page[-1].key if before_page and len(before_page) == self.PAGE else None
        before = after_page[0].key if after_page and after is None else None
        page = [Line(r) for r in self._query.rows(number * self.PAGE, self.PAGE, after=after,
                                                  before=before)]
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # Changes ------------------------------------------------------------------------------
    def refresh_ids(self, ids: set[int]) -> None:
        """Some rows changed in the database: show it with the smallest fitting signal."""
        if self._query is None or not ids:
            return
        self._query = self.make_query()  # counts anew
        if len(ids) == 1:
            self._refresh_one(next(iter(ids)))
        else:
            self._refresh_many(ids)

    def _refresh_one(self, row_id: int) -> None:
        old_row = self._cached_row(row_id)
        if old_row is not None and self._refreshed_in_place(old_row, row_id):
            return
        new_row = self._query.position(row_id)
        new_count = self._query.count()
        if old_row is not None and new_row is not None and new_count == self._count:
            self._moved(old_row, new_row)
        elif old_row is not None and new_row is None and new_count == self._count - 1:
            self._removed(old_row)
        elif old_row is None and new_row is not None and new_count == self._count + 1:
            self._inserted(new_row)
        elif old_row is None and new_row is None and new_count == self._count:
            pass  # not listed before or after (e.g. an archived person, archived hidden)
        elif old_row is None and new_count == self._count:
            # Somewhere we never looked; it may have moved into what is cached.
            self._relayout()
        else:
            self.reload()  # someone else changed more than this one row

    def _refreshed_in_place(self, row: int, row_id: int) -> bool:
        """If the changed row is still listed, with the same sort key, among as many rows
        (e.g. a new phone number in a list sorted by name), it has not moved: read just it
        again and keep every other cached row. No counting up to its position, which at
        100,000 people is most of what a refresh costs. False if it may have moved."""
        line = self.line_at(row)
        if line is None or self._query.count() != self._count:
            return False
        fresh = self._query.row_of_id(row_id)
        if fresh is None or fresh.key != line.key or not self._query.contains(row_id):
            return False
        number, offset = divmod(row, self.PAGE)
        self._pages[number][offset] = Line(fresh)  # the same list `_last` may hold
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return True

    def _refresh_many(self, ids: set[int]) -> None:
        if self._query.count() != self._count:
            self.reload()
            return
        old = {row_id: self._cached_row(row_id) for row_id in ids}
        if any(row is None for row in old.values()):
            self._relayout()
        elif all(self._query.position(row_id) == row for row_id, row in old.items()):
            self._forget()  # same places (e.g. a household's new address)
            for row in old.values():
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        else:
            self._relayout()

    def _moved(self, old_row: int, new_row: int) -> None:
        if old_row == new_row:
            self._forget()
            self.dataChanged.emit(self.index(old_row, 0),
                                  self.index(old_row, len(self.columns) - 1))
            return
        # Qt's destination is the row *before* which it lands, counted before the move.
        destination = new_row if new_row < old_row else new_row + 1
        self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), destination)
        self._forget()
        self.endMoveRows()

    def _removed(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        self._count -= 1
        self._forget()
        self.endRemoveRows()

    def _inserted(self, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._count += 1
        self._forget()
        self.endInsertRows()

    def _relayout(self) -> None:
        """Same rows, new order (a sort, or rows moved out of sight): keep the selection
        on the same ids."""
        old = self.persistentIndexList()
        ids = [self._cached_id(ix.row()) for ix in old]
        if len(set(ids) - {None}) > MAX_REMAPPED:
            self.reload()
            return
        self.layoutAboutToBeChanged.emit()
        self._count = self._query.count()
        self._forget()
        rows = {pid: self._query.position(pid) for pid in set(ids) - {None}}
        new = [QModelIndex() if rows.get(pid) is None else self.index(rows[pid], ix.column())
               for ix, pid in zip(old, ids, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _forget(self) -> None:
        """Drop every cached page (rows moved, or the query changed)."""
        self._pages.clear()
        self._last = None

    def _cached_id(self, row: int) -> int | None:
        number, offset = divmod(row, self.PAGE)
        page = self._pages.get(number)
        return page[offset].id if page and offset < len(page) else None

    def sortable(self, column: int) -> bool:
        return self.columns[column] in self.sort_keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL (columns the query cannot sort by, e.g. languages, are ignored)."""
        if not 0 <= column < len(self.columns) or not self.sortable(column):
            return
        self.sort_column = self.columns[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.query is not None:
            self.resort()

    def resort(self) -> None:
        """The sort order changed: same rows, new order, shown from the top.

        A reset, not a relayout: keeping the selection would mean finding where the
        selected row went, a count over up to 100,000 rows (100 ms); after a sort the
        volunteer looks at the top anyway. The count is the same, so it is not redone.
        """
        self.beginResetModel()
        count, capped = self._count, getattr(self._query, "capped", False)
        self._query = self.make_query()
        self._query.assume_count(count, capped)
        self._forget()
        self.endResetModel()

