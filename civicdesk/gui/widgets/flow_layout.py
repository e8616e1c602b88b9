"""A row of controls that wraps onto more lines when the window is narrow (filter bars,
toolbars), so large text or a long translation never makes the window wider than the
screen. A label stays on the line of the field it names (its buddy).

`wrap_row(row)` turns a row built as a QHBoxLayout (in Designer or in code) into one.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right (right to left in a right-to-left layout), wrapping like words.

    An item with a stretch takes the spare room on its line; a QLabel whose buddy comes
    right after it moves to the next line with it.

    It does not answer height-for-width (Qt's scroll areas and main windows would then
    take its preferred height as the least it needs, and scroll a section that fits):
    its minimum height is that of the lines at its present width, and it asks its parent
    to lay out again when a new width makes more or fewer lines.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []
        self._height = -1  # what its lines took when it was last laid out
        if spacing >= 0:
            self.setSpacing(spacing)

    # QLayout ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)
        self._stretch.append(0)

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self.addWidget(widget)
        self._stretch[-1] = stretch

    def add_stretch_to_last(self, stretch: int) -> None:
        self._stretch[-1] += stretch

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        if 0 <= index < len(self._items):
            self._stretch.pop(index)
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation.Horizontal

    def height_for(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        if height != self._height:  # more or fewer lines than the parent made room for
            self._height = height
            QTimer.singleShot(0, self._grow)  # not while the parent lays out

    def _grow(self) -> None:
        if shiboken6.isValid(self):
            self.invalidate()
            parent = self.parentWidget()
            if parent is not None:
                parent.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Everything on one line (as tall as the lines are at the present width)."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i, _ in shown)
        width += self._gap() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i, _ in shown), default=0)
        size = QSize(width, height).grownBy(self.contentsMargins())
        return size.expandedTo(QSize(0, self._height))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest group that cannot be split (a label and its field)."""
        width = max((sum(i.minimumSize().width() for i in group)
                     + self._gap() * (len(group) - 1) for group in self._groups()),
                    default=0)
        height = max((i.minimumSize().height() for i, _ in self._shown()), default=0)
        return QSize(width, height).grownBy(self.contentsMargins()).expandedTo(
            QSize(0, self._height))

    # Arranging --------------------------------------------------------------------------
    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) \
            if style is not None else 6

    def _shown(self) -> list[tuple[QLayoutItem, int]]:
        return [(item, stretch) for item, stretch in zip(self._items, self._stretch, strict=False)
                if not item.isEmpty()]

    def _groups(self) -> list[list[QLayoutItem]]:
        """The shown items, a label together with the field it names."""
        groups: list[list[QLayoutItem]] = []
        glued = False
        for item, _stretch in self._shown():
            if glued:
                groups[-1].append(item)
            else:
                groups.append([item])
            widget = item.widget()
            glued = isinstance(widget, QLabel) and widget.buddy() is not None
        return groups

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        gap = self._gap()
        for group in self._groups():
            need = sum(i.sizeHint().width() for i in group) + gap * (len(group) - 1)
            if lines[-1] and used + gap + need > width:
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + need
            lines[-1].extend(group)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        stretch = dict((id(i), s) for i, s in self._shown())
        y = area.y()
        rtl = self._right_to_left()
        for line in self._lines(area.width()):
            widths = [i.sizeHint().width() for i in line]
            spare = area.width() - sum(widths) - gap * (len(line) - 1)
            if spare < 0:  # a group wider than the line: shrink what may shrink
                widths = [max(i.minimumSize().width(), w) for i, w in zip(line, widths, strict=False)]
                widths = self._squeezed(line, widths, area.width() - gap * (len(line) - 1))
            else:
                total = sum(stretch[id(i)] for i in line)
                if total:
                    widths = [w + spare * stretch[id(i)] // total for i, w in zip(line, widths, strict=False)]
            height = max(i.sizeHint().height() for i in line)
            if move:
                x = area.x()
                for item, w in zip(line, widths, strict=False):
                    place = QRect(QPoint(x, y), QSize(w, height))
                    if rtl:
                        place.moveLeft(area.x() + area.right() - place.right())
                    item.setGeometry(self._aligned(item, place))
                    x += w + gap
            y += height + gap
        used = max(0, y - gap - area.y())
        return used + margins.top() + margins.bottom()

    @staticmethod
    def _squeezed(line: list[QLayoutItem], widths: list[int], room: int) -> list[int]:
        """Take the missing room from the items that can give it (down to their minimum)."""
        widths = list(widths)
        missing = sum(widths) - room
        for index, item in enumerate(line):
            if missing <= 0:
                break
            give = min(missing, widths[index] - item.minimumSize().width())
            widths[index] -= max(0, give)
            missing -= max(0, give)
        return widths

    @staticmethod
    def _aligned(item: QLayoutItem, place: QRect) -> QRect:
        """Items that should not grow taller (line edits, buttons) keep their height,
        centred on the line."""
        widget = item.widget()
        if widget is None:
            return place
        policy = widget.sizePolicy().verticalPolicy()
        if policy in (QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum,
                      QSizePolicy.Policy.Preferred):
            height = min(place.height(), item.sizeHint().height())
            return QRect(place.x(), place.y() + (place.height() - height) // 2,
                         place.width(), height)
        return place

    def _right_to_left(self) -> bool:
        parent = self.parentWidget()
        return parent is not None and parent.layoutDirection() == Qt.LayoutDirection.RightToLeft


def wrap_row(row: QBoxLayout, parent: QWidget) -> FlowLayout:
    """Move the items of the horizontal *row* (which stays in its place, now holding one
    widget) into a FlowLayout on a new widget. Stretches are kept (a stretch between two
    items goes to the one before it), fixed spacing is dropped."""
    holder = QWidget(parent)
    flow = FlowLayout(holder)
    flow.setContentsMargins(0, 0, 0, 0)
    if row.spacing() >= 0:
        flow.setSpacing(row.spacing())
    while row.count():
        stretch = row.stretch(0)
        item = row.takeAt(0)
        widget = item.widget()
        if widget is not None:
            flow.add_widget(widget, stretch)
        elif item.spacerItem() is not None and stretch and flow.count():
            flow.add_stretch_to_last(stretch)  # what came before takes the spare room
        elif item.layout() is not None:  # a nested row: its widgets join the flow
            inner = item.layout()
            while inner.count():
                sub = inner.takeAt(0)
                if sub.widget() is not None:
                    flow.add_widget(sub.widget())
    row.addWidget(holder)
    return flow
