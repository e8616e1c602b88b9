"""The keyboard walk of `test_gui_accessibility.py`: what a screen reader calls each control,
and where Tab goes, in a window or dialog as it is shown.

`problems(top, qtbot)` names every visible control Tab can reach that has no accessible
name, then presses Tab from the first control in reading order until the focus comes back
to it, and says where that went wrong: a control reached twice or never, the focus on a
hidden widget or outside *top*, or an order that is not the reading order.

Reading order is worked out from the layouts, as a sighted user groups what they see: the
items of a layout (widgets and nested layouts) are read in rows, top to bottom (items
whose tops are within half the smaller one's height of each other share a row), each row
left to right, and a nested layout or a container widget is read whole before the next
item, so two columns of fields side by side are read one column after the other.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDateTimeEdit,
    QLayout,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

MAX_STEPS = 400


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = widget.objectName() or "-"
    text = ""
    for attribute in ("text", "title", "placeholderText"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = value
                break
    return f"{type(widget).__name__}({name}{', ' + repr(text[:30]) if text else ''})"


def owners(widget: QWidget) -> list[QWidget]:
    """The focus widget and the controls it stands for: a combo box for its line edit, a
    spin box for its field, a scroll area for what it shows (they give it the focus with
    setFocusProxy)."""
    found = [widget]
    parent = widget.parentWidget()
    while parent is not None and _proxy_of(parent) is widget:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _proxy_of(widget: QWidget) -> QWidget | None:
    proxy = widget.focusProxy()
    while proxy is not None and proxy.focusProxy() is not None:
        proxy = proxy.focusProxy()
    return proxy


def accessible_name(widget: QWidget) -> str:
    """What a screen reader calls the control (its own name, else the one it stands for)."""
    for control in owners(widget):
        interface = QAccessible.queryAccessibleInterface(control)
        name = interface.text(QAccessible.Text.Name).strip() if interface else ""
        if name:
            return name
    return ""


def _group(widget: QWidget):
    """The exclusive group a button is in (radio buttons, People / Households), or None:
    Tab stops at one button of such a group, and the arrow keys move between them."""
    if not isinstance(widget, QAbstractButton):
        return None
    group = widget.group()
    if group is not None:
        return group if group.exclusive() else None
    if widget.autoExclusive() and widget.parentWidget() is not None:
        return (widget.parentWidget(), type(widget).__name__)
    return None


def reachable(top: QWidget) -> list[QWidget]:
    """The widgets Tab can give the focus to in *top* now, as Qt decides it."""
    found = []
    for widget in top.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(top) or not widget.isEnabled():
            continue
        if widget.focusProxy() is not None:
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


# --- reading order -----------------------------------------------------------------------

@dataclass
class _Block:
    rect: QRect
    widgets: list[QWidget]


def _rect(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _rows(blocks: list[_Block]) -> list[QWidget]:
    blocks = sorted((b for b in blocks if b.widgets), key=lambda b: (b.rect.top(),
                                                                    b.rect.left()))
    rows: list[list[_Block]] = []
    for block in blocks:
        if rows:
            first = rows[-1][0]
            tolerance = min(first.rect.height(), block.rect.height()) / 2
            if block.rect.top() < first.rect.top() + max(tolerance, 4):
                rows[-1].append(block)
                continue
        rows.append([block])
    ordered = []
    for row in rows:
        for block in sorted(row, key=lambda b: b.rect.left()):
            ordered += block.widgets
    return ordered


def reading_order(top: QWidget, wanted: set[QWidget]) -> list[QWidget]:
    def visit(widget: QWidget) -> list[QWidget]:
        own = [widget] if widget in wanted else []
        if isinstance(widget, QMainWindow):
            central = widget.centralWidget()
            return own + (visit(central) if central is not None else [])
        children = [c for c in widget.findChildren(QWidget, options=Qt.FindChildOption
                                                   .FindDirectChildrenOnly)
                    if not c.isWindow() and c.isVisibleTo(top)]
        blocks: list[_Block] = []
        placed: set[QWidget] = set()
        if widget.layout() is not None and not isinstance(widget, QAbstractScrollArea):
            blocks += _layout_blocks(widget.layout(), widget, placed)
        blocks += [_Block(_rect(c, top), visit(c)) for c in children if c not in placed]
        return own + _rows(blocks)

    def _layout_blocks(layout: QLayout, host: QWidget, placed: set) -> list[_Block]:
        blocks = []
        for i in range(layout.count()):
            item = layout.itemAt(i)
            child, inner = item.widget(), item.layout()
            if child is not None:
                if child.isVisibleTo(top) and not child.isWindow():
                    placed.add(child)
                    blocks.append(_Block(_rect(child, top), visit(child)))
            elif inner is not None:
                sub = _layout_blocks(inner, host, placed)
                geometry = inner.geometry()
                blocks.append(_Block(QRect(host.mapTo(top, geometry.topLeft()),
                                           geometry.size()), _rows(sub)))
        return blocks

    return visit(top)


# --- the walk ----------------------------------------------------------------------------

def names_missing(top: QWidget) -> list[str]:
    return [describe(w) for w in reachable(top) if not accessible_name(w)]


def tab_problems(top: QWidget, qtbot) -> list[str]:
    wanted = reachable(top)
    if not wanted:
        return []
    order = reading_order(top, set(wanted))
    order += [w for w in wanted if w not in order]  # not in a layout: anywhere is fine
    # One stop per exclusive group, wherever its first button is read.
    stop = {}
    for widget in order:
        key = _group(widget)
        stop[widget] = widget if key is None else stop.setdefault(key, widget)
    stops = list(dict.fromkeys(stop[w] for w in order))
    order[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is order[0], timeout=2000)
    walked = [stop[order[0]]]
    problems = []
    for _ in range(MAX_STEPS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or not (top is now or top.isAncestorOf(now)):
            problems.append(f"Tab after {describe(walked[-1])} left the window "
                            f"(to {describe(now)})")
            break
        if not now.isVisible():
            problems.append(f"focus on a hidden widget: {describe(now)}")
        here = stop.get(now, now)
        if here is walked[-1]:
            if isinstance(now, QDateTimeEdit):
                continue  # Tab goes from the day to the month to the year, then on
            if len(stops) > 1:
                problems.append(f"Tab is stuck in {describe(now)}: it does not move on")
            break
        if here is walked[0]:
            break
        if here in walked:
            problems.append(f"Tab is stuck: {describe(now)} again after "
                            f"{describe(walked[-1])}")
            break
        walked.append(here)
    else:
        problems.append(f"Tab never came back to {describe(walked[0])}")
    never = [describe(w) for w in stops if w not in walked]
    if never:
        problems.append(f"never reached by Tab: {never}")
    reached = [w for w in walked if w in stops]
    expected = [w for w in stops if w in reached]
    if reached != expected and not problems:
        at = next(i for i, (a, b) in enumerate(zip(reached, expected, strict=True))
                  if a is not b)
        problems.append(f"Tab goes {describe(reached[at - 1]) if at else 'first'} -> "
                        f"{describe(reached[at])}; reading order says "
                        f"{describe(expected[at])}")
        if os.environ.get("KEYBOARD_WALK_DEBUG"):  # the whole of both, to fix it at once
            problems.append(f"reading order: {[describe(w) for w in expected]}")
            problems.append(f"Tab order: {[describe(w) for w in reached]}")
    return problems


def problems(top: QWidget, qtbot) -> list[str]:
    return [f"no accessible name: {n}" for n in names_missing(top)] + tab_problems(top, qtbot)


def every_page(top: QWidget, skip: tuple = ()):
    """Show each page of each stack and tab widget in turn (yielding after each), as
    `test_gui_menus_help.every_page` does (not those in *skip*)."""
    yield "first"
    for stack in [*top.findChildren(QStackedWidget), *top.findChildren(QTabWidget)]:
        if not stack.isVisibleTo(top) or isinstance(stack.parentWidget(), QTabWidget) \
                or stack in skip:
            continue
        before = stack.currentIndex()
        for index in range(stack.count()):
            if index == before:
                continue
            stack.setCurrentIndex(index)
            yield f"{stack.objectName() or type(stack).__name__}[{index}]"
        stack.setCurrentIndex(before)
