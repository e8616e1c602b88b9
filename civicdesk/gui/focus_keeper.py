"""After a dialog, a message box or the lock screen, the keyboard focus goes back to where
it was in the main window, so its keys (Ctrl+S on the person being edited) work at once.

Qt gives the focus back to the window's last focus widget itself, unless that widget was
hidden, disabled or deleted meanwhile (the button that opened a payment dialog, in a tab
that the saved payment rebuilt): then nothing has the focus and the page's shortcuts are
dead. The keeper remembers the focused widget and its ancestors; when the window is active
again with no focus of its own, it focuses the first of them still shown.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FocusKeeper(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._chain: list[QWidget] = []
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        window.installEventFilter(self)  # the window's own events only, not its children's

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self.window):
            return
        if new is None:  # a dialog closed and nothing took the focus back
            QTimer.singleShot(0, self.restore)
            return
        if new.window() is not self.window:
            return
        chain, widget = [], new
        while widget is not None and widget is not self.window:
            chain.append(widget)
            widget = widget.parentWidget()
        self._chain = chain

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.restore)
        return False

    def restore(self) -> QWidget | None:
        """Focus where it was (or the nearest part still shown) if nothing has it now."""
        if not shiboken6.isValid(self.window) or not self.window.isVisible():
            return None
        focused = QApplication.focusWidget()
        if focused is not None and focused.isVisible():
            return None  # in the window, or in a dialog still open
        for widget in self._chain:
            if shiboken6.isValid(widget) and widget.isVisible() and widget.isEnabled():
                widget.setFocus()
                return widget
        return None
