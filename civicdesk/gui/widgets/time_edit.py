"""A time of day typed as people type it at a desk: `930`, `9:30`, `09.30` or `21`.

QTimeEdit's sections swallow typed digits (typing `930` into `12:00` left it at 12:00,
#15), so this is a line edit that reads what was typed (`localtime.parse_clock`) and shows
it as `09:30` once the field is left. Up and Down move by a quarter of an hour, Page Up and
Page Down by an hour, as a spin box would.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

from civicdesk import localtime

STEPS = {Qt.Key.Key_Up: 15, Qt.Key.Key_Down: -15, Qt.Key.Key_PageUp: 60,
         Qt.Key.Key_PageDown: -60}


class TimeEdit(QLineEdit):
    """`time()` is what was typed as a QTime (invalid when it is not a time); `setTime`
    shows one as `HH:mm`. `timeChanged` is emitted whenever the typed time changes."""

    timeChanged = Signal(QTime)  # noqa: N815 - named like QTimeEdit's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\s*\d{0,2}[:.]?\d{0,2}\s*"), self))
        self.setMaxLength(6)
        self.setPlaceholderText("09:30")
        self.editingFinished.connect(self._tidy)
        self.textChanged.connect(lambda _: self.timeChanged.emit(self.time()))

    def time(self) -> QTime:
        parsed = localtime.parse_clock(self.text())
        return QTime(parsed.hour, parsed.minute) if parsed is not None else QTime()

    def setTime(self, value: QTime) -> None:  # noqa: N802 - named like QTimeEdit's
        self.setText(value.toString("HH:mm"))

    def _tidy(self) -> None:
        value = self.time()
        if value.isValid():
            self.setTime(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        step = STEPS.get(Qt.Key(event.key()))
        value = self.time()
        if step is None or not value.isValid():
            super().keyPressEvent(event)
            return
        minutes = (value.hour() * 60 + value.minute() + step) % (24 * 60)
        self.setTime(QTime(minutes // 60, minutes % 60))
        self.selectAll()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for `00:00` in the current font (so larger text is never clipped)."""
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        text = self.fontMetrics().horizontalAdvance("00:00") + 2 * self.fontMetrics().averageCharWidth()
        return self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option,
                                             QSize(text, self.fontMetrics().height()), self)
