"""The keyboard path of a search box over a list, shared by the lists that have one.

In the search box: Enter opens the current row, the arrow and page keys move into the list
(onto the selected first match), Esc clears the search. In the list: Esc goes back to the
search box with its text selected, ready to type over.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MOVE_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


class SearchListKeys(QObject):
    """Installed on *search* and *view*; `open_current()` opens the list's current row."""

    def __init__(self, search: QLineEdit, view: QAbstractItemView,
                 open_current: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search, self.view, self.open_current = search, view, open_current
        search.installEventFilter(self)
        view.installEventFilter(self)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if watched is self.search:
            if key in ENTER_KEYS:
                self.open_current()
                return True
            if key in MOVE_KEYS and self.view.model() is not None \
                    and self.view.model().rowCount():
                self.view.setFocus()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        elif watched is self.view and key == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        return False
