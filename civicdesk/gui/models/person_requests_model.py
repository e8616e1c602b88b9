"""A short list of requests for the person detail tab (the ones they made, or helped with)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from civicdesk import settings
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import request_lists
from civicdesk.services.request_lists import QueueRow

from civicdesk.gui import request_text
from civicdesk.gui.models import request_queue_model, synced_rows
from civicdesk.gui.models.request_queue_model import IdRole

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


class PersonRequestsModel(QAbstractTableModel):
    """`other` is the helper for requests made, the requester for requests helped with."""

    def __init__(self, other: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.other = other  # "assignee" or "requester"
        self._rows: list[QueueRow] = []
        self.today, self.tz = request_lists.today(), settings.timezone()

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.today, self.tz = request_lists.today(), settings.timezone()
        synced_rows.sync_rows(self, self._rows, list(rows))

    def id_at(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            key = COLUMNS[section]
            return QCoreApplication.translate("PersonRequestsModel",
                                              HEADERS[self.other if key == "other" else key])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue(self.today):
            return QBrush(QColor(request_text.OVERDUE_BACKGROUND))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        key = COLUMNS[index.column()]
        if key == "created":
            return f"{row.created_at.astimezone(self.tz):%Y-%m-%d}"
        if key == "other":
            return row.assignee_name if self.other == "assignee" else row.requester_name
        return request_queue_model.display(row, key, self.today, self.tz)
