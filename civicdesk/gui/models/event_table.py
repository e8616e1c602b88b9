"""Table model over events (schedule.EventRow): name with its colour, place, coming shifts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from civicdesk.services.schedule import EventRow

from civicdesk.gui.models import roles, synced_rows

EventIdRole = roles.IdRole
EventRowRole = Qt.ItemDataRole.UserRole + 2

NAME, LOCATION, UPCOMING, STATE = range(4)
AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the default parent (a call in a default argument trips ruff B008)


class EventTableModel(synced_rows.SyncedRows, QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []
        self._headers = [self.tr("Event"), self.tr("Where"), self.tr("Coming shifts"),
                         self.tr("State")]

    def event_at(self, row: int) -> EventRow:
        return self._rows[row]

    def row_of(self, event_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == event_id), None)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.name, row.location, str(row.upcoming),
                    self.tr("Archived") if row.archived else self.tr("Active")][column]
        if role == EventIdRole:
            return row.id
        if role == EventRowRole:
            return row
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == UPCOMING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
