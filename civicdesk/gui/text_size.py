"""View > Text size (100 % to 200 %), Bigger / Smaller / Normal: the whole app's font,
remembered.

The size is a factor of the system's font (saved per computer with the window state). The
system's font is already in the desktop's scale (its DPI, QT_SCALE_FACTOR: Qt works in
logical pixels), so 200 % here is twice whatever the desktop shows. It is applied to the
application font at startup (`apply_saved`), before any window is built, so fonts that
widgets derive from it (the section list's 1.25x) follow too. A change while the app runs
also rescales the widgets that set a font of their own and the tables' row heights, and
`notifier().changed` tells whoever sized something from the font (the section list).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu

from civicdesk.gui import uistate

KEY = "view/text_scale"
STEPS = (1.0, 1.25, 1.5, 1.75, 2.0)
_base: float | None = None  # the system font's size, before any scaling


class _Notifier(QObject):
    changed = Signal(float)  # the new factor


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    global _notifier
    if _notifier is None:
        _notifier = _Notifier(QApplication.instance())
    return _notifier


def current() -> float:
    try:
        value = float(uistate.qsettings().value(KEY, 1.0))
    except (TypeError, ValueError):
        value = 1.0
    return min(STEPS, key=lambda step: abs(step - value))


def apply_saved() -> None:
    _apply(current(), remember=False)


def step(direction: int) -> float:
    """One step bigger (+1) or smaller (-1); returns the new factor."""
    index = STEPS.index(current()) + direction
    return _apply(STEPS[max(0, min(index, len(STEPS) - 1))])


def reset() -> float:
    return _apply(1.0)


def set_scale(scale: float) -> float:
    """One of `STEPS` (the nearest one to *scale*)."""
    return _apply(min(STEPS, key=lambda s: abs(s - scale)))


# Each step's menu item is reached by one digit of its number (Alt+V, Z, then 1, 2, 5, 7, 0).
MNEMONIC_DIGITS = {1.0: "1", 1.25: "2", 1.5: "5", 1.75: "7", 2.0: "0"}


def percent_text(scale: float, *, mnemonic: bool = False) -> str:
    number = QLocale().toString(round(scale * 100))
    digit = MNEMONIC_DIGITS.get(scale, "")
    if mnemonic and digit in number:
        at = number.index(digit)
        number = number[:at] + "&" + number[at:]
    return QCoreApplication.translate("TextSize", "{percent}%").format(percent=number)


class _SizeMenu(QMenu):
    """View > Text size: the steps as a list to tick, the current one ticked."""

    def __init__(self, parent: QMenu) -> None:
        super().__init__(QCoreApplication.translate("TextSize", "Text si&ze"), parent)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for scale in STEPS:
            action = QAction(percent_text(scale, mnemonic=True), self)
            action.setCheckable(True)
            action.setData(scale)
            action.triggered.connect(lambda _checked=False, s=scale: set_scale(s))
            self.group.addAction(action)
            self.addAction(action)
        self.aboutToShow.connect(self.tick)
        notifier().changed.connect(self.tick)  # a method: let go when the menu is deleted
        self.tick()

    def tick(self, scale: float | None = None) -> None:
        scale = current() if scale is None else scale
        for action in self.group.actions():
            action.setChecked(action.data() == scale)


def add_menu(menu: QMenu, before: QAction | None = None) -> QMenu:
    """View > Text size, before *before* (else at the end of *menu*)."""
    sizes = _SizeMenu(menu)
    if before is not None:
        menu.insertMenu(before, sizes)
    else:
        menu.addMenu(sizes)
    return sizes


def enlarge(widget, factor: float, *, bold: bool = True) -> None:
    """A title's font: *factor* times the widget's, bold. Set as a font, not a style sheet
    ("font-size: 16pt" would stay 16 pt whatever the text size)."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def _apply(scale: float, *, remember: bool = True) -> float:
    global _base
    app = QApplication.instance()
    font = app.font()
    if _base is None:
        _base = font.pointSizeF()
    old = font.pointSizeF()
    font.setPointSizeF(_base * scale)
    app.setFont(font)
    ratio = font.pointSizeF() / old if old > 0 else 1.0
    if ratio != 1.0:
        _rescale_widgets(app, ratio)
    if remember:
        state = uistate.qsettings()
        state.setValue(KEY, scale)
        state.sync()
    notifier().changed.emit(scale)
    return scale


def _rescale_widgets(app: QApplication, ratio: float) -> None:
    """What the application font does not reach by itself: fonts set on purpose (titles,
    the section list) and rows as tall as the font was when their table was built."""
    for widget in app.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            own = widget.font()
            if own.pointSizeF() > 0:
                own.setPointSizeF(own.pointSizeF() * ratio)
                widget.setFont(own)
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Vertical:
            widget.setDefaultSectionSize(max(1, round(widget.defaultSectionSize() * ratio)))
        elif isinstance(widget, QHeaderView):  # columns sized by hand or by default
            for section in range(widget.count()):
                if widget.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
                    widget.resizeSection(section, round(widget.sectionSize(section) * ratio))
