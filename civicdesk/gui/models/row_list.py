"""A table model over a short, fully loaded list of rows (a person's payments, a
household's members), updated with precise insert/remove/change signals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from civicdesk.gui.models import paged_table

IdRole = paged_table.IdRole


class RowListModel(QAbstractTableModel):
    """Rows with an `id`; `columns` are (title, function row -> text) pairs."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], str]]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == IdRole:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section][0]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def rows(self) -> list[Any]:
        return list(self._rows)

    def id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show *rows*: removed, changed and new rows are signalled one by one while the
        kept rows stay in the same order; anything else is a reset."""
        new_ids = [r.id for r in rows]
        kept = [r.id for r in self._rows if r.id in set(new_ids)]
        if kept != [i for i in new_ids if i in set(kept)]:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
            return
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in set(new_ids):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for position, item in enumerate(rows):
            if position < len(self._rows) and self._rows[position].id == item.id:
                if self._rows[position] != item:
                    self._rows[position] = item
                    self.dataChanged.emit(self.index(position, 0),
                                          self.index(position, len(self._columns) - 1))
                continue
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, item)
            self.endInsertRows()
