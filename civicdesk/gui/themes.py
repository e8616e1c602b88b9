"""View > Theme: system (the default), light, dark or high contrast, remembered per computer.

`apply(name)` sets the application's style (`focus_style.FocusStyle`: Fusion with a focus
ring) and palette from `theme_colours`, and tells `notifier().changed` so what keeps a
colour of its own (a style sheet, a cached brush) takes the new one; painted widgets and
models read `tone()` / `surface()` / `line()` when they paint, so they follow by
repainting. "system" is the light or dark scheme as the system's colour scheme says
(QStyleHints.colorScheme), or high contrast when the system asks for more contrast, and
changes with it while CivicDesk runs. The choice is kept with the window state
(`uistate`), like the text size, and applied at start by `application.create_app`.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from civicdesk.i18n import QT_TRANSLATE_NOOP

from civicdesk.gui import focus_style, theme_colours, uistate
from civicdesk.gui.theme_colours import Scheme, Surface

KEY = "view/theme"
NAMES = ("system", "light", "dark", "high-contrast")
LABELS = {
    "system": QT_TRANSLATE_NOOP("Themes", "Like the &system"),
    "light": QT_TRANSLATE_NOOP("Themes", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Themes", "&Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("Themes", "&High contrast"),
}
_ROLES = {name: getattr(QPalette.ColorRole, name) for name in theme_colours.LIGHT.palette}

_TINT, _FILL = "civicdesk_tint", "civicdesk_fill"  # what `tint` and `fill` asked for
_state: dict = {"name": None, "scheme": theme_colours.LIGHT, "style": None, "hints": None}


class _Notifier(QObject):
    changed = Signal(str)  # the scheme now shown: "light", "dark" or "high-contrast"


@cache
def notifier() -> _Notifier:
    return _Notifier()


# What the rest of the window asks --------------------------------------------------------
def scheme() -> Scheme:
    """The colours in use (the light ones until a theme is applied: tests, the self-test)."""
    return _state["scheme"]


def current() -> str:
    """The theme chosen: one of `NAMES`."""
    return _state["name"] or saved()


def tone(name: str) -> QColor:
    """A text colour for the window, fields and table rows ("late", "error" ...)."""
    return _colour(scheme().tones[name])


def surface(name: str) -> Surface:
    """A fill and the text colours drawn on it ("card", "late_row" ...)."""
    return scheme().surfaces[name]


def line(name: str) -> QColor:
    """A colour that is not text: "focus", "grid", "card_border" ..."""
    return _colour(scheme().lines[name])


@cache
def _colour(value: str) -> QColor:
    return QColor(value)


def colour(value: str) -> QColor:
    """A surface's "#rrggbb" as a QColor (cached: painters ask on every paint)."""
    return _colour(value)


def tint(widget: QWidget, tone_name: str | None, extra: str = "") -> None:
    """Write *widget*'s text in a tone (None: as the palette says), with *extra* style
    sheet rules ("font-weight: bold;"); it follows when the theme changes."""
    widget.setProperty(_TINT, [tone_name, extra] if tone_name else None)
    widget.setStyleSheet(_tint_sheet(tone_name, extra) if tone_name else extra)


def fill(widget: QWidget, surface_name: str, extra: str = "", selector: str = "") -> None:
    """Draw *widget* on a surface: its fill and text colour, and *extra* rules; with a
    *selector* ("#duplicates_frame") only that widget, not its children, gets them."""
    widget.setProperty(_FILL, [surface_name, extra, selector])
    widget.setStyleSheet(_fill_sheet(surface_name, extra, selector))


def _tint_sheet(tone_name: str, extra: str) -> str:
    return f"color: {scheme().tones[tone_name]}; {extra}".strip()


def _fill_sheet(surface_name: str, extra: str, selector: str) -> str:
    found = surface(surface_name)
    rules = f"background: {found.fill}; color: {found.text}; " + \
        extra.replace("{outline}", scheme().lines["outline"])
    return f"{selector} {{ {rules.strip()} }}" if selector else rules.strip()


def _restyle(widget: QWidget) -> None:
    """Give a widget's style sheet the new theme's colours (a style sheet also fixed the
    widget's palette when it was polished: setting it again takes the new one)."""
    tinted, filled = widget.property(_TINT), widget.property(_FILL)
    if tinted:
        widget.setStyleSheet(_tint_sheet(*tinted))
    elif filled:
        widget.setStyleSheet(_fill_sheet(*filled))
    elif widget.styleSheet():
        widget.setStyleSheet(widget.styleSheet())


# Choosing and applying ------------------------------------------------------------------
def saved() -> str:
    value = str(uistate.qsettings().value(KEY, "system"))
    return value if value in NAMES else "system"


def apply_saved() -> None:
    apply(saved(), remember=False)


def apply(name: str, *, remember: bool = True) -> str:
    """Show the application in theme *name*; returns the scheme shown."""
    if name not in NAMES:
        raise ValueError(f"unknown theme {name!r}")
    _state["name"] = name
    _follow_system(name == "system")
    shown = _show(resolve(name))
    if remember:
        state = uistate.qsettings()
        state.setValue(KEY, name)
        state.sync()
    return shown


def resolve(name: str, color_scheme: Qt.ColorScheme | None = None,
            high_contrast: bool | None = None) -> str:
    """The scheme a theme shows now: "system" follows the system's preferences."""
    if name != "system":
        return name
    hints = QApplication.styleHints()
    if high_contrast is None:
        high_contrast = hints.accessibility().contrastPreference() == \
            Qt.ContrastPreference.HighContrast
    if high_contrast:
        return "high-contrast"
    if color_scheme is None:
        color_scheme = hints.colorScheme()
    return "dark" if color_scheme == Qt.ColorScheme.Dark else "light"


def palette(found: Scheme) -> QPalette:
    result = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role_name, value in found.palette.items():
            result.setColor(group, _ROLES[role_name], QColor(value))
    for role_name, value in found.palette.items():  # disabled: the same, fainter text
        result.setColor(QPalette.ColorGroup.Disabled, _ROLES[role_name],
                        QColor(found.disabled.get(role_name, value)))
    return result


def _show(name: str) -> str:
    found = theme_colours.SCHEMES[name]
    _state["scheme"] = found
    app = QApplication.instance()
    style = _state["style"]
    if style is None or app.style() is not style:
        style = _state["style"] = focus_style.FocusStyle(found)
        app.setStyle(style)
    style.set_scheme(found)
    app.setPalette(palette(found))
    for widget in app.allWidgets():
        _restyle(widget)
    notifier().changed.emit(name)
    return name


def _follow_system(follow: bool) -> None:
    """Listen to the system's colour scheme and contrast preference while "system" is
    chosen (QStyleHints is kept: PySide deletes the wrapper of a temporary)."""
    hints = _state["hints"]
    if follow and hints is None:
        hints = _state["hints"] = QApplication.styleHints()
        hints.colorSchemeChanged.connect(on_color_scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(on_contrast_changed)
    elif not follow and hints is not None:
        hints.colorSchemeChanged.disconnect(on_color_scheme_changed)
        hints.accessibility().contrastPreferenceChanged.disconnect(on_contrast_changed)
        _state["hints"] = None


def on_color_scheme_changed(color_scheme: Qt.ColorScheme) -> None:
    if current() == "system":
        _show(resolve("system", color_scheme=color_scheme))


def on_contrast_changed(preference: Qt.ContrastPreference) -> None:
    if current() == "system":
        _show(resolve("system", high_contrast=preference == Qt.ContrastPreference.HighContrast))


# View > Theme -----------------------------------------------------------------------------
def add_menu(view: QMenu, parent: QWidget) -> QMenu:
    """A "Theme" submenu at the end of *view*: one radio item per theme."""
    menu = QMenu(QCoreApplication.translate("Themes", "&Theme"), parent)
    menu.setObjectName("menu_theme")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = current()
    for name in NAMES:
        action = QAction(QCoreApplication.translate("Themes", LABELS[name]), menu)
        action.setObjectName(f"action_theme_{name.replace('-', '_')}")
        action.setCheckable(True)
        action.setChecked(name == chosen)
        action.setData(name)
        action.triggered.connect(lambda _=False, n=name: apply(n))
        group.addAction(action)
        menu.addAction(action)
    view.addSeparator()
    view.addMenu(menu)
    return menu
