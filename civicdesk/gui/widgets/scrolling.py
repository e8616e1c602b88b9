"""A scroll area that scrolls only what does not fit: `scrolled(widget)`.

QScrollArea takes a widget whose layout has height-for-width (any word-wrapped label
has) at its *preferred* height for the width, so a section that fits at its minimum would
scroll. The widget is put in a holder that offers only its minimum size, and the scroll
area scrolls below that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class Holder(QWidget):
    """Holds one widget at its own size, offering the scroll area its minimum size only;
    with *wrapping*, as tall as its word-wrapped text needs at the width it has (a column
    of details, a dialog's contents)."""

    def __init__(self, child: QWidget, parent: QWidget | None = None, *,
                 wrapping: bool = False) -> None:
        super().__init__(parent)
        self.child, self.wrapping = child, wrapping
        child.setParent(self)
        child.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        size = self.child.minimumSizeHint().expandedTo(self.child.minimumSize())
        if self.wrapping and self.width() > 0 and self.child.hasHeightForWidth():
            size.setHeight(max(size.height(), self.child.heightForWidth(self.width())))
        return size

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.child.setGeometry(self.rect())
        if self.wrapping and event.oldSize().width() != event.size().width():
            self.updateGeometry()  # more or fewer lines: another height

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest:  # the child's minimum changed
            self.updateGeometry()
        return False

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            area = self.parentWidget().parentWidget() if self.parentWidget() else None
            if area is not None:  # the viewport's parent: the scroll area
                area.updateGeometry()
        return super().event(event)


class _UpAndDown(QScrollArea):
    """Scrolls up and down only: at least as wide as what it holds."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        size = super().minimumSizeHint()
        held = self.widget()
        if held is None:
            return size
        width = held.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() \
            + 2 * self.frameWidth()
        return QSize(max(size.width(), width), size.height())


def scrolled(widget: QWidget, parent: QWidget | None = None, *,
             sideways: bool = True) -> QScrollArea:
    """*widget* in a frameless scroll area that scrolls only below its minimum size
    (*sideways* False: only up and down, the area as wide as the widget needs, and as
    tall as its wrapped text needs at that width)."""
    area = QScrollArea(parent) if sideways else _UpAndDown(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    # Only a holder: Tab goes to what it holds (which it scrolls into view), not to it.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(Holder(widget, wrapping=not sideways))
    return area
