"""Columns a volunteer can show, hide, resize and sort; the layout is remembered per computer.

Right-click a column title for the list of columns. The header's state goes to the window
state file (`uistate`) a moment after each change, so it survives a crash too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from civicdesk.gui import text_size, uistate

SAVE_DELAY_MS = 400


class ColumnLayout(QObject):
    """Restores *view*'s header from `key` and saves it back when it changes.
    Column 0 (the name) cannot be hidden: a row must always say who it is."""

    def __init__(self, view: QTableView, key: str, widths: dict[int, int] | None = None) -> None:
        super().__init__(view)
        self.view, self.key = view, key
        self.header: QHeaderView = view.horizontalHeader()
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        scale = text_size.current()  # the widths given are for 100 % text
        for column, width in (widths or {}).items():
            self.header.resizeSection(column, max(round(width * scale),
                                                  self.header.sectionSizeHint(column)))
        self.restore()
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._on_menu_requested)
        for signal in (self.header.sectionResized, self.header.sectionMoved,
                       self.header.sortIndicatorChanged):
            signal.connect(self._save_timer.start)

    def restore(self) -> bool:
        state = uistate.qsettings().value(self.key)
        restored = state is not None and self.header.restoreState(state)
        self.header.setSectionHidden(0, False)
        return bool(restored)

    def save(self) -> None:
        settings = uistate.qsettings()
        settings.setValue(self.key, self.header.saveState())
        settings.sync()

    def set_visible(self, column: int, visible: bool) -> None:
        if column == 0 and not visible:
            return
        self.header.setSectionHidden(column, not visible)
        self._save_timer.start()

    def menu(self) -> QMenu:
        """The show/hide menu (also used by tests)."""
        menu = QMenu(self.view)
        model = self.view.model()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            action = QAction(title, menu, checkable=True)
            action.setChecked(not self.header.isSectionHidden(column))
            action.setEnabled(column != 0)
            action.toggled.connect(lambda on, c=column: self.set_visible(c, on))
            menu.addAction(action)
        return menu

    def _on_menu_requested(self, pos: QPoint) -> None:
        self.menu().exec(self.header.mapToGlobal(pos))
