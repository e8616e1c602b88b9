"""View > Bigger text / Smaller text / Normal text size: the whole app's font, remembered.

The size is a factor of the system's font (saved per computer with the window state) and
is applied to the application font at startup (`apply_saved`), before any window is built,
so fonts that widgets derive from it (the section list's 1.25x) follow too. A change while
the app runs also rescales the widgets that set a font of their own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from civicdesk.gui import uistate

KEY = "view/text_scale"
STEPS = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
_base: float | None = None  # the system font's size, before any scaling


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
        for widget in app.allWidgets():  # fonts set on purpose (titles, the section list)
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                own = widget.font()
                if own.pointSizeF() > 0:
                    own.setPointSizeF(own.pointSizeF() * ratio)
                    widget.setFont(own)
    if remember:
        state = uistate.qsettings()
        state.setValue(KEY, scale)
        state.sync()
    return scale
