"""A short list of requests for the person detail tab (the ones they made, or helped with)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush

from civicdesk import clock
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services.request_lists import QueueRow

from civicdesk.gui import icons, localized, themes
from civicdesk.gui.models import request_queue_model, row_list

COLUMNS = ("created", "summary", "category", "status", "other", "due")
HEADERS = {
    "created": QT_TRANSLATE_NOOP("PersonRequestsModel", "Asked on"),
    "summary": QT_TRANSLATE_NOOP("PersonRequestsModel", "Summary"),
    "category": QT_TRANSLATE_NOOP("PersonRequestsModel", "Category"),
    "status": QT_TRANSLATE_NOOP("PersonRequestsModel", "Status"),
    "requester": QT_TRANSLATE_NOOP("PersonRequestsModel", "For"),
    "assignee": QT_TRANSLATE_NOOP("PersonRequestsModel", "Helper"),
    "due": QT_TRANSLATE_NOOP("PersonRequestsModel", "Due"),
}


class PersonRequestsModel(row_list.RowTableModel):
    """`other` is the helper for requests made, the requester for requests helped with."""

    def __init__(self, other: str, parent: QObject | None = None) -> None:
        self.other = other  # "assignee" or "requester"
        self.today, self.tz = clock.today(), clock.zone()
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("PersonRequestsModel",
                                           HEADERS[self.other if key == "other" else key])
                for key in COLUMNS]

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.today, self.tz = clock.today(), clock.zone()
        self.sync(rows)

    def cell(self, row: QueueRow, column: int, role: int):
        key = COLUMNS[column]
        if row.overdue(self.today):  # a late request: the row's colour, and in its due cell
            late = self._late(row, key, role)  # a sign, a tooltip and a spoken "late"
            if late is not None:
                return late
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "created":
            return localized.format_date(row.created_at.astimezone(self.tz))
        if key == "other":
            return row.assignee_name if self.other == "assignee" else row.requester_name
        return request_queue_model.display(row, key, self.today, self.tz)

    def _late(self, row: QueueRow, key: str, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(themes.colour(themes.surface("late_row").fill))
        if key != "due":
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.load("warning")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(themes.colour(themes.surface("late_row").accent))
        if role == Qt.ItemDataRole.ToolTipRole:
            return request_queue_model.tooltip(row, self.today)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return request_queue_model.late_text(
                request_queue_model.display(row, key, self.today, self.tz))
        return None
