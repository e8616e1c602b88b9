"""A request's history: when, who, what happened (append-only, oldest first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services.requests import HistoryLine

from civicdesk.gui import request_text
from civicdesk.gui.models import row_list

COLUMNS = ("at", "actor", "what")
HEADERS = {
    "at": QT_TRANSLATE_NOOP("RequestHistoryModel", "When"),
    "actor": QT_TRANSLATE_NOOP("RequestHistoryModel", "Who"),
    "what": QT_TRANSLATE_NOOP("RequestHistoryModel", "What"),
}


class RequestHistoryModel(row_list.RowTableModel):
    def headers(self) -> list[str]:
        return [QCoreApplication.translate("RequestHistoryModel", HEADERS[c]) for c in COLUMNS]

    def set_lines(self, lines: list[HistoryLine]) -> None:
        """Show *lines*; when they only grew (the usual case), just the new ones are added."""
        old = self._rows
        if len(lines) > len(old) and lines[:len(old)] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(lines) - 1)
            self._rows = list(lines)
            self.endInsertRows()
            return
        self.load(lines)

    def cell(self, line: HistoryLine, column: int, role: int):
        key = COLUMNS[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "at":
                return request_text.local_time(line.at)
            return line.actor if key == "actor" else request_text.history(line)
        return None
