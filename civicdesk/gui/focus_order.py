"""Tab order in reading order (#16): helpers for the places where the order widgets were
made in is not the order they are read in (a form built later than the button below it,
buttons added above a tab widget made first). `tests/test_gui_accessibility.py` walks
every pane and dialog with Tab and compares with what is on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def chain(*widgets: QWidget) -> None:
    """Tab goes from each widget to the next, in the order given."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def last_stop(container: QWidget) -> QWidget:
    """The last widget Tab reaches inside *container* (itself if none inside)."""
    last = container
    widget = container.nextInFocusChain()
    while widget is not container and container.isAncestorOf(widget):
        if _takes_tab(widget):
            last = widget
        widget = widget.nextInFocusChain()
    return last


def after(container: QWidget, widget: QWidget) -> None:
    """Tab reaches *widget* right after everything inside *container*."""
    QWidget.setTabOrder(last_stop(container), widget)


def before(widget: QWidget, anchor: QWidget) -> None:
    """Tab reaches *widget* right before *anchor* (a button put into a row of a form
    after the form was built, in front of the button it now stands before)."""
    previous = anchor.previousInFocusChain()
    while previous is not anchor and not _takes_tab(previous):
        previous = previous.previousInFocusChain()  # Qt ignores widgets Tab skips
    QWidget.setTabOrder(previous, widget)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None
