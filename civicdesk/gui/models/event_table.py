"""Table model over events (schedule.EventRow): name with its colour, place, coming shifts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from civicdesk.services.schedule import EventRow

from civicdesk.gui import themes
from civicdesk.gui.models import roles, row_list

EventIdRole = roles.IdRole
EventRowRole = roles.RowRole

NAME, LOCATION, UPCOMING, STATE = range(4)


class EventTableModel(row_list.RowTableModel):
    def headers(self) -> list[str]:
        return [self.tr("Event"), self.tr("Where"), self.tr("Coming shifts"), self.tr("State")]

    def event_at(self, row: int) -> EventRow:
        return self._rows[row]

    def cell(self, row: EventRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.name, row.location, str(row.upcoming),
                    self.tr("Archived") if row.archived else self.tr("Active")][column]
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QBrush(themes.tone("muted"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == UPCOMING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
