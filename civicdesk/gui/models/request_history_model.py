"""A request's history: when, who, what happened (append-only, oldest first)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services.requests import HistoryLine

from civicdesk.gui import request_text

COLUMNS = ("at", "actor", "what")
HEADERS = {
    "at": QT_TRANSLATE_NOOP("RequestHistoryModel", "When"),
    "actor": QT_TRANSLATE_NOOP("RequestHistoryModel", "Who"),
    "what": QT_TRANSLATE_NOOP("RequestHistoryModel", "What"),
}


class RequestHistoryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[HistoryLine] = []

    def set_lines(self, lines: list[HistoryLine]) -> None:
        """Show *lines*; when they only grew (the usual case), just the new ones are added."""
        old = self._lines
        if len(lines) > len(old) and lines[:len(old)] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(lines) - 1)
            self._lines = list(lines)
            self.endInsertRows()
            return
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("RequestHistoryModel", HEADERS[COLUMNS[section]])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        key = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "at":
                return request_text.local_time(line.at)
            return line.actor if key == "actor" else request_text.history(line)
        return None
