"""A drop-down of events (with their colour), optionally led by an "all"/"none" entry."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QWidget

from civicdesk import clock
from civicdesk.services import schedule


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class EventCombo(QComboBox):
    """`event_id()` is the chosen event's id, or None for the leading entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lead: str | None = None

    def load(self, lead: str | None = None, keep: int | None = None) -> None:
        """Fill with the active events (plus *keep*, even if archived), after *lead*."""
        current = self.event_id() if self.count() else keep
        self._lead = lead
        self.blockSignals(True)
        self.clear()
        if lead is not None:
            self.addItem(lead, None)
        for row in schedule.event_rows(clock.utcnow(), include_archived=keep is not None):
            if not row.archived or row.id == keep:
                self.addItem(swatch(row.colour), row.name, row.id)
        self.blockSignals(False)
        self.set_event_id(current)

    def event_id(self) -> int | None:
        return self.currentData()

    def set_event_id(self, event_id: int | None) -> None:
        at = self.findData(event_id) if event_id is not None else -1
        if at < 0 and self._lead is not None:
            at = 0
        if at >= 0:
            self.setCurrentIndex(at)
