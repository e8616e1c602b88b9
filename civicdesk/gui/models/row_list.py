"""Table models over a short, fully loaded list of row objects (a person's payments, a
shift's sign-ups, the events, the suggestions for a request ...).

`RowTableModel` does what they all share: row and column counts, headers, the id and row
roles, flags, and precise insert/remove/change signals when the list is read again
(`sync`, from `synced_rows`). Subclasses give `headers()` and `cell(row, column, role)`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from civicdesk.gui.models import synced_rows
from civicdesk.gui.models.roles import IdRole, RowRole

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the default parent (a call in a default argument trips ruff B008)
DISPLAY = Qt.ItemDataRole.DisplayRole
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RowTableModel(synced_rows.SyncedRows, QAbstractTableModel):
    """Rows in `self._rows`; `row_key(row)` (default `row.id`) is what IdRole answers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers = list(self.headers())

    # To implement -------------------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        """The column titles, already translated (asked once)."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What *role* shows for *row* in *column* (None: nothing)."""
        return None

    @staticmethod
    def row_key(row: Any) -> object:
        return getattr(row, "id", None)

    # Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == IdRole:
            return self.row_key(row)
        if role == RowRole:
            return row
        return self.cell(row, index.column(), role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # Rows ---------------------------------------------------------------------------------
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def id_at(self, row: int) -> Any:
        return self.row_key(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_of(self, key: object) -> int | None:
        """The row showing the record with this key, or None."""
        return next((i for i, r in enumerate(self._rows) if self.row_key(r) == key), None)


class RowListModel(RowTableModel):
    """The simplest case: `columns` are (title, function row -> text) pairs."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], str]]], parent=None) -> None:
        self._columns = list(columns)
        super().__init__(parent)

    def headers(self) -> Sequence[str]:
        return [title for title, _ in self._columns]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self._columns[column][1](row)
        return None

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show *rows*, signalling what was removed, added, moved or changed."""
        self.sync(rows)
