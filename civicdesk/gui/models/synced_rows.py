"""Turning a list read again after a change into precise row signals (remove, insert,
move, dataChanged), so views keep their selection and scroll position; one mechanism for
every short list model and for the request queue's id lists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex

# Beyond this many differences one reset is cheaper than row signals one by one.
MANY_CHANGES = 200


def _row_id(row) -> object:
    return row.id


def sync_rows(model: QAbstractItemModel, rows: list, new: list,
              key: Callable[[object], object] = _row_id) -> None:
    """Edit *rows* (the model's own list) in place into *new*, signalling each step.

    Rows are matched by `key`; a kept row whose value changed gets dataChanged; a row that
    moved is taken out and put back where it belongs.
    """
    if rows == new:
        return
    wanted = {key(r) for r in new}
    gone = [at for at, r in enumerate(rows) if key(r) not in wanted]
    if len(gone) + abs(len(new) - len(rows)) > MANY_CHANGES:
        _reset(model, rows, new)
        return
    for at in reversed(gone):
        model.beginRemoveRows(QModelIndex(), at, at)
        del rows[at]
        model.endRemoveRows()
    last_column = _last_column(model)
    changes = 0
    for at, item in enumerate(new):
        if at < len(rows) and key(rows[at]) == key(item):
            if rows[at] != item:
                rows[at] = item
                model.dataChanged.emit(model.index(at, 0), model.index(at, last_column))
            continue
        changes += 1
        if changes > MANY_CHANGES:
            _reset(model, rows, new)
            return
        moved = next((j for j in range(at + 1, len(rows)) if key(rows[j]) == key(item)), None)
        if moved is not None:
            model.beginRemoveRows(QModelIndex(), moved, moved)
            del rows[moved]
            model.endRemoveRows()
        model.beginInsertRows(QModelIndex(), at, at)
        rows.insert(at, item)
        model.endInsertRows()


def _last_column(model: QAbstractItemModel) -> int:
    if isinstance(model, QAbstractListModel):  # its columnCount() is private in Qt
        return 0
    return max(model.columnCount(QModelIndex()) - 1, 0)


def _reset(model: QAbstractItemModel, rows: list, new: list) -> None:
    model.beginResetModel()
    rows[:] = new
    model.endResetModel()


class SyncedRows:
    """Mixin for QAbstractTableModel subclasses that keep their rows in `self._rows`."""

    _rows: list

    @staticmethod
    def row_key(row) -> object:
        return row.id

    def load(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def sync(self, rows: list) -> None:
        sync_rows(self, self._rows, list(rows), self.row_key)
