"""A table model over a short, fully loaded list of rows (a person's payments, a
household's members), updated with precise insert/remove/change signals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from civicdesk.gui.models import synced_rows
from civicdesk.gui.models.roles import IdRole


class RowListModel(synced_rows.SyncedRows, QAbstractTableModel):
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
        """Show *rows*, signalling what was removed, added, moved or changed."""
        self.sync(rows)
