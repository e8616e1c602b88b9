"""Stand-ins for the sections that later issues build (they say what is coming)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from civicdesk.gui.panes.base import Pane


class _Placeholder(Pane):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self._label = QLabel(self)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setWordWrap(True)
        font = self._label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self._label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        self.activated()

    def activated(self) -> None:
        self._label.setText(self.description())

    def description(self) -> str:
        raise NotImplementedError


class RequestsPlaceholder(_Placeholder):
    icon_name = "requests"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RequestsPlaceholder", "Requests")

    def description(self) -> str:
        return self.tr("Support requests from neighbours come here.")
