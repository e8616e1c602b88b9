"""Every dialog opens within the screen, tall enough for its wrapped text, and scrolls
inside when it cannot fit (large text, a small screen, a long translation).

`install(app)` watches dialogs being shown (one application event filter, `create_app`);
`fit(dialog)` is what it does to each: the height its word-wrapped labels need at its
width, then bounded by the screen's available area; when even the dialog's minimum is
taller than that, its contents go into a scroll area, the buttons at the bottom staying
in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from civicdesk.gui.widgets import scrolling

SKIPPED = (QMessageBox, QProgressDialog, QFileDialog)  # they size themselves
SCROLLED = "civicdesk_scrolled"  # a property: this dialog's contents scroll already


class _Watcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) \
                and watched.isWindow() and not isinstance(watched, SKIPPED):
            fit(watched)
        return False


_watcher: _Watcher | None = None


def install(app: QApplication) -> None:
    global _watcher
    if _watcher is None:
        _watcher = _Watcher(app)
        app.installEventFilter(_watcher)


def uninstall(app: QApplication) -> None:
    global _watcher
    if _watcher is not None:
        app.removeEventFilter(_watcher)
        _watcher.deleteLater()
        _watcher = None


def room(widget: QWidget) -> QSize:
    """The screen's available area (without panels and docks) where *widget* shows."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def fit(dialog: QDialog) -> None:
    space = room(dialog)
    layout = dialog.layout()
    if layout is None:
        dialog.resize(dialog.size().boundedTo(space))
        return
    minimum = layout.totalMinimumSize().expandedTo(dialog.minimumSize())
    if minimum.height() > space.height() and not dialog.property(SCROLLED) \
            and scroll_contents(dialog):
        layout.activate()  # the dialog's minimum is the scroll area's now
    size = dialog.size().expandedTo(dialog.minimumSizeHint())
    if layout.hasHeightForWidth():
        size.setHeight(max(size.height(), layout.totalHeightForWidth(size.width())))
        if size.height() > space.height():  # wider, then shorter, when the screen allows
            width = min(space.width(), max(size.width(), space.width() * 3 // 4))
            size = QSize(width, layout.totalHeightForWidth(width))
    dialog.resize(size.boundedTo(space))


def scroll_contents(dialog: QDialog) -> bool:
    """Move what the dialog's (vertical box) layout holds, but its buttons at the bottom,
    into a scroll area in its place. False when its layout is of another kind."""
    outer = dialog.layout()
    if not isinstance(outer, QBoxLayout):
        return False
    inner_widget = QWidget()
    inner = QVBoxLayout(inner_widget)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(outer.spacing())
    kept = []  # the button box at the bottom stays outside, always in view
    while outer.count():
        stretch = outer.stretch(0)
        item = outer.takeAt(0)
        widget, sub = item.widget(), item.layout()
        if isinstance(widget, QDialogButtonBox) and outer.count() == 0:
            kept.append(widget)
        elif widget is not None:
            inner.addWidget(widget, stretch)
        elif sub is not None:
            inner.addLayout(sub, stretch)
        elif item.spacerItem() is not None:
            inner.addItem(item)
    outer.addWidget(scrolling.scrolled(inner_widget, dialog, sideways=False), 1)
    for widget in kept:
        outer.addWidget(widget)
    dialog.setProperty(SCROLLED, True)
    return True
