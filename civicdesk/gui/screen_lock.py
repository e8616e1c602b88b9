"""The screen lock: after idle minutes (or Ctrl+L, or Switch user) the window's content is
hidden behind the login screen, until someone logs in again.

Locking hides the panes, the menus, the status bar, the docks and every other window of
the application. Editors (`dialogs.modal.KeptOnLock`) keep their loop and their edits while
hidden; other modal windows (a message box, a preview) close, as Esc would close them.
The same user logging in gets it all back as it was. Another user is told that the first
user's unsaved edits will be thrown away, and only after they agree is the window theirs:
the editors are closed without saving and the panes built afresh for their role.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolTip,
    QWidget,
)

from civicdesk import settings
from civicdesk.services.actors import Actor

from civicdesk.gui import viewer_files
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.login_screen import LoginScreen
from civicdesk.gui.widgets import scrolling

MINUTE_MS = 60_000
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
})


LOCK_KEYS = QKeySequence("Ctrl+L")


class IdleWatch(QObject):
    """`idle` fires when no key was pressed and the mouse did not move for *minutes*
    (0: never). An application-wide event filter restarts one single-shot timer.

    It also hears Ctrl+L in any window: in an editor (a modal dialog) the main window's
    shortcut is blocked, and the key comes here as a plain key press (`lock_keys`)."""

    idle = Signal()
    lock_keys = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(int(minutes or 0), 0) * MINUTE_MS)
        self.restart()

    def restart(self) -> None:
        if self.timer.interval() > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()

    def remove(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # restarts the countdown
        if kind == QEvent.Type.KeyPress and QKeySequence(event.keyCombination()) == LOCK_KEYS:
            self.lock_keys.emit()
            return True
        return False


def confirm_other_user(parent: QWidget, first: str, second: str) -> bool:
    """Another user unlocks a window with unsaved edits: throw them away? (monkeypatched
    in tests)"""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
        "ScreenLock", "Unsaved edits will be lost"), QCoreApplication.translate(
        "ScreenLock", "{first} left unsaved edits here. If you go on as {second}, they are "
                      "thrown away.").format(first=first, second=second), parent=parent)
    go_on = box.addButton(QCoreApplication.translate(
        "ScreenLock", "Throw them away and go on"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("ScreenLock", "Back to the login"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is go_on


class ScreenLock(QObject):
    """Locks *window* (a QMainWindow whose central widget it wraps in a stack with the
    login screen). `unlocked(actor, same_user)` after a login; the window then hands the
    actor to its panes."""

    locked_changed = Signal(bool)
    unlocked = Signal(object, bool)  # Actor, same user as before the lock

    def __init__(self, window: QMainWindow, context: AppContext,
                 has_unsaved_edits=lambda: False) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.has_unsaved_edits = has_unsaved_edits
        self.locked = False
        self._hidden: list[QWidget] = []
        self._bars: list[QWidget] = []
        self.screen = LoginScreen(context.tasks)
        self.screen.logged_in.connect(self._on_logged_in)
        self.stack = QStackedWidget(window)
        self.stack.addWidget(window.takeCentralWidget())
        # In a scroll area: at large text on a small screen it would set the window's
        # minimum height.
        self.screen_area = scrolling.scrolled(self.screen, self.stack)
        self.stack.addWidget(self.screen_area)
        window.setCentralWidget(self.stack)
        self.idle = IdleWatch(settings.get("idle_lock_minutes"), self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_keys.connect(self.lock)
        context.bus.changed.connect(self._on_changes)

    def _on_changes(self, changes) -> None:
        """A changed `idle_lock_minutes` counts from now, not from the next unlock."""
        if changes.touches("setting") and not self.locked:
            self.idle.set_minutes(settings.get("idle_lock_minutes"))

    # Locking ------------------------------------------------------------------------------
    def lock(self, *, switch_user: bool = False) -> None:
        """Hide everything behind the login screen (with the current user chosen, unless
        another is to log in)."""
        if self.locked:
            return
        self.locked = self.context.locked = True
        self.idle.stop()
        QToolTip.hideText()
        self._hide_other_windows()
        self._hide_bars()
        self.stack.setCurrentWidget(self.screen_area)
        viewer_files.empty()
        self.screen.reload(None if switch_user else self.context.actor.user_id)
        self.screen.show_locked(None if switch_user else self.context.actor.name)
        self.locked_changed.emit(True)

    def _hide_other_windows(self) -> None:
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or a completer's list
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w is not self.window and w.isVisible() and not isinstance(w, QMenu)]
        for widget in self._hidden:
            widget.hide()  # a plain modal dialog's exec() ends here: it was rejected

    def _hide_bars(self) -> None:
        window = self.window
        bars = [window.menuBar(), window.statusBar(), *window.findChildren(QDockWidget),
                *window.findChildren(QToolBar)]
        self._bars = [bar for bar in bars if bar is not None and bar.isVisible()]
        for bar in self._bars:
            bar.hide()

    # Unlocking ----------------------------------------------------------------------------
    def _on_logged_in(self, actor: Actor) -> None:
        before = self.context.actor
        same = actor.user_id is not None and actor.user_id == before.user_id
        if not same and self.edits_left() and not confirm_other_user(
                self.window, before.name, actor.name):
            self.screen.reload()  # still locked: the first user's edits stay hidden
            return
        if not same:
            self._discard()
        self._reveal()
        self.unlocked.emit(actor, same)

    def edits_left(self) -> bool:
        return bool(self._kept()) or self.has_unsaved_edits()

    def _kept(self) -> list[QWidget]:
        """The hidden windows that are still open (editors, non-modal views)."""
        return [w for w in self._hidden if shiboken6.isValid(w) and (
            getattr(w, "running_modal", False)
            or not (isinstance(w, QDialog) and w.isModal()))]

    def _discard(self) -> None:
        for widget in reversed(self._kept()):
            if isinstance(widget, modal.KeptOnLock):
                QDialog.done(widget, QDialog.DialogCode.Rejected)  # no "discard?" question
            else:
                widget.close()
        self._hidden = []

    def _reveal(self) -> None:
        self.locked = self.context.locked = False
        self.stack.setCurrentIndex(0)
        for bar in self._bars:
            if shiboken6.isValid(bar):
                bar.show()
        for widget in self._kept():
            widget.show()
        self._hidden, self._bars = [], []
        self.idle.set_minutes(settings.get("idle_lock_minutes"))
        self.locked_changed.emit(False)

    def stop(self) -> None:
        self.idle.remove()
