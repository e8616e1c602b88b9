"""A mixin for table models over a short list that is simply read again after a change:
`sync(rows)` turns the difference into precise remove/insert/dataChanged signals."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex


class SyncedRows:
    """For QAbstractTableModel subclasses that keep their rows in `self._rows`."""

    _rows: list

    @staticmethod
    def row_key(row) -> object:
        return row.id

    def load(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def sync(self, rows: list) -> None:
        wanted = [self.row_key(r) for r in rows]
        keep = set(wanted)
        for at in reversed(range(len(self._rows))):
            if self.row_key(self._rows[at]) not in keep:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._rows[at]
                self.endRemoveRows()
        have = [self.row_key(r) for r in self._rows]
        if have != [k for k in wanted if k in set(have)]:  # reordered: start over
            self.load(rows)
            return
        last = self.columnCount() - 1
        for at, row in enumerate(rows):
            if at >= len(self._rows) or self.row_key(self._rows[at]) != self.row_key(row):
                self.beginInsertRows(QModelIndex(), at, at)
                self._rows.insert(at, row)
                self.endInsertRows()
            elif self._rows[at] != row:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))
