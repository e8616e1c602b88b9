"""Does a screen show all its words? The checks behind tests/test_gui_layout.py and the
screenshots' report (scripts/screenshots.py): what a screen needs to fit, the texts cut
short (a label, button, group box or tab narrower or shorter than its text, without word
wrap, or elided without a tooltip), and controls laid over one another."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTabBar,
    QTabWidget,
    QWidget,
)

from civicdesk.gui.widgets.elided_label import ElidedLabel

SLACK = 1  # a pixel of rounding


def minimum_size(widget: QWidget) -> QSize:
    """The smallest a window or dialog can be: its layout's minimum or its own minimum."""
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def pane_needs(window) -> QSize:
    """The window size that shows the current section without scrolling it (the sections
    sit in a scroll area: `MainWindow.pane_scroll`)."""
    scroll = window.pane_scroll
    chrome = window.size() - scroll.viewport().size()
    pane = window.ui.pane_stack.currentWidget()
    return chrome + minimum_size(pane)


def pane_scrolls(window) -> bool:
    """Does the current section scroll in the window at its present size?"""
    scroll = window.pane_scroll
    return scroll.horizontalScrollBar().maximum() > 0 or scroll.verticalScrollBar().maximum() > 0


def fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0 \
        and widget.window() is top.window()


def _name(widget: QWidget, text: str) -> str:
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{type(widget).__name__} {widget.objectName() or ''} {shown!r}".replace("  ", " ")


def clipped_texts(top: QWidget) -> list[str]:
    """The texts in *top* cut short as it is laid out now, with how much room they had."""
    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget, top):
            continue
        problem = _clipped(widget)
        if problem:
            problems.append(problem)
    return problems


def _clipped(widget: QWidget) -> str | None:
    if isinstance(widget, ElidedLabel):
        if widget.is_elided() and not widget.toolTip():
            return f"{_name(widget, widget.text())} is elided without a tooltip"
        return None
    if isinstance(widget, QLabel) and widget.text():
        return _clipped_label(widget)
    if isinstance(widget, QAbstractButton) and widget.text():
        need = _button_needs(widget)
        if need.width() > widget.width() + SLACK or need.height() > widget.height() + SLACK:
            return (f"{_name(widget, widget.text())} needs {need.width()}x{need.height()}, "
                    f"has {widget.width()}x{widget.height()}")
    if isinstance(widget, QGroupBox) and widget.title():
        title = widget.fontMetrics().horizontalAdvance(widget.title())
        if title > widget.width():
            return f"{_name(widget, widget.title())} needs {title} wide, has {widget.width()}"
    if isinstance(widget, QTabBar):
        return _clipped_tabs(widget)
    return None


def _button_needs(button: QAbstractButton) -> QSize:
    """What its text (and icon) need: a push button's size hint is at least 80 px wide
    in most styles, which a short text does not need."""
    hint = button.sizeHint()
    if not isinstance(button, QPushButton):
        return hint
    style = button.style()
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    width = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    if button.menu() is not None:
        width += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    width += 2 * (style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
                  + style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button))
    return QSize(min(width, hint.width()), hint.height())


def _clipped_label(label: QLabel) -> str | None:
    area = label.contentsRect()
    if label.wordWrap():
        height = label.heightForWidth(label.width())
        if height > label.height() + SLACK:
            return f"{_name(label, label.text())} needs {height} high, has {label.height()}"
        return None
    need = label.minimumSizeHint()
    if need.width() > label.width() + SLACK or need.height() > label.height() + SLACK:
        return (f"{_name(label, label.text())} needs {need.width()}x{need.height()}, "
                f"has {label.width()}x{label.height()} ({area.width()} inside)")
    return None


def _clipped_tabs(bar: QTabBar) -> str | None:
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        need, has = bar.tabSizeHint(index), bar.tabRect(index)
        if has.width() + SLACK < need.width() and not bar.tabToolTip(index):
            return f"tab {bar.tabText(index)!r} needs {need.width()} wide, has {has.width()}"
    return None


def overlaps(top: QWidget) -> list[str]:
    """Controls placed over one another by the same layout."""
    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        layout = widget.layout()
        if layout is None or not _shown(widget, top) or isinstance(widget, QStackedWidget):
            continue
        placed = []
        for index in range(layout.count()):
            child = layout.itemAt(index).widget()
            if child is not None and _shown(child, top):
                placed.append(child)
        for i, first in enumerate(placed):
            for second in placed[i + 1:]:
                common = first.geometry().intersected(second.geometry())
                if _area(common) > 2 * max(common.width(), common.height()):
                    problems.append(f"{_name(first, '')} and {_name(second, '')} overlap")
    return problems


def _area(rect: QRect) -> int:
    return max(rect.width(), 0) * max(rect.height(), 0)


def every_page(top: QWidget) -> Iterator[str]:
    """Show each page of each tab and stack widget in *top* in turn (yielding a name for
    each), then put them back as they were."""
    yield ""
    for stack in [*top.findChildren(QTabWidget), *top.findChildren(QStackedWidget)]:
        if not stack.isVisibleTo(top) or stack.objectName() == "qt_tabwidget_stackedwidget":
            continue
        before = stack.currentIndex()
        for index in range(stack.count()):
            if index != before:
                stack.setCurrentIndex(index)
                yield f"page {index} of {type(stack).__name__} {stack.objectName()}".strip()
        stack.setCurrentIndex(before)


def problems(widget: QWidget, window, room: QSize) -> list[str]:
    """What is wrong with the screen *widget* shows now on a screen of *room*: the window
    (*widget* is *window*: its current section) or a dialog or start screen (each of its
    pages). Empty when it fits without scrolling and every text shows whole."""
    from civicdesk.gui import screen_fit, tour

    found = []
    if widget is window:
        need = pane_needs(window)
        if not fits(need, room):
            found.append(f"needs {need.width()}x{need.height()}")
        if pane_scrolls(window):
            found.append("scrolls")
        return found + clipped_texts(window) + overlaps(window)
    need = minimum_size(widget)
    if not fits(need, room):
        found.append(f"needs {need.width()}x{need.height()}")
    if widget.property(screen_fit.SCROLLED):
        found.append("had to scroll: taller than the screen")
    if not fits(widget.size(), room):
        found.append(f"opened at {widget.width()}x{widget.height()}")
    for page in every_page(widget):
        tour.settle()
        here = clipped_texts(widget) + overlaps(widget)
        found += [f"[{page}] {p}" if page else p for p in here]
    return found
