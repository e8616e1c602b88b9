"""Fusion, with a focus ring that shows in every theme, and edges drawn in high contrast.

Fusion draws the palette's colours on every system (the native Windows and macOS styles
ignore much of an application palette), so the contrasts `theme_colours` is checked for
are what is on screen. On its own, Fusion marks focus with a thin line in a shade of the
highlight, only after a key press, and derives every edge from the window colour: on the
high-contrast theme's black, fields, buttons and check boxes had no visible edge. This
style adds a 2 px ring in the theme's focus colour (or the text colour, whichever stands
out more from what is under it) around whatever has the keyboard focus, table cells and
list items included, and, where the scheme says `outlined`, a 1 px edge around every field,
button, box and frame.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionFocusRect

from civicdesk.gui import theme_colours

PE, CE, CC = QStyle.PrimitiveElement, QStyle.ControlElement, QStyle.ComplexControl
HAS_FOCUS = QStyle.StateFlag.State_HasFocus
RING = 2

# Primitives that get a ring when they have the focus, and an edge when outlined.
_FIELDS = {PE.PE_FrameLineEdit, PE.PE_PanelButtonCommand}
_EDGED = {PE.PE_IndicatorCheckBox, PE.PE_IndicatorRadioButton, PE.PE_FrameGroupBox,
          PE.PE_FrameTabWidget}
_COMPLEX = {CC.CC_ComboBox, CC.CC_SpinBox, CC.CC_ToolButton}


class FocusStyle(QProxyStyle):
    """The application's style (`themes.apply` sets `scheme` before every repaint)."""

    def __init__(self, scheme: theme_colours.Scheme) -> None:
        super().__init__("Fusion")
        self.scheme = scheme
        self._focus = QColor(scheme.lines["focus"])
        self._outline = QColor(scheme.lines["outline"])

    def set_scheme(self, scheme: theme_colours.Scheme) -> None:
        self.scheme = scheme
        self._focus = QColor(scheme.lines["focus"])
        self._outline = QColor(scheme.lines["outline"])

    # Qt overrides ---------------------------------------------------------------------
    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element == PE.PE_FrameFocusRect:
            self._focus_rect(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _FIELDS:
            self._edge(option, painter, focused=bool(option.state & HAS_FOCUS))
            if element == PE.PE_PanelButtonCommand and option.state & QStyle.StateFlag.State_On:
                self._checked_bar(option, painter)
        elif element in _EDGED and self.scheme.outlined:
            self._edge(option, painter, focused=False,
                       round_=element == PE.PE_IndicatorRadioButton)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX:
            self._edge(option, painter, focused=bool(option.state & HAS_FOCUS))

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802
        super().drawControl(element, option, painter, widget)
        if element == CE.CE_ShapedFrame and getattr(option, "frameShape", 0):
            self._edge(option, painter, focused=bool(option.state & HAS_FOCUS))
        elif element == CE.CE_TabBarTabShape and self.scheme.outlined:
            self._edge(option, painter, focused=False)
            if option.state & QStyle.StateFlag.State_Selected:  # the tab shown, on black
                self._checked_bar(option, painter)

    # Drawing --------------------------------------------------------------------------
    def ring_colour(self, background: QColor, text: QColor) -> QColor:
        """The focus colour, or the text colour where it stands out more from *background*
        (the high-contrast theme's yellow ring on its yellow selection)."""
        under = background.name()
        if theme_colours.contrast(self._focus.name(), under) >= 3.0:
            return self._focus
        return text

    def _focus_rect(self, option: QStyleOption, painter: QPainter) -> None:
        background = option.backgroundColor if isinstance(option, QStyleOptionFocusRect) \
            else option.palette.window().color()
        if not background.isValid():
            background = option.palette.base().color()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = option.palette.highlightedText().color() if selected \
            else option.palette.text().color()
        _draw_ring(painter, QRectF(option.rect), self.ring_colour(background, text), RING)

    def _checked_bar(self, option: QStyleOption, painter: QPainter) -> None:
        """A pressed-in toggle button (People / Households) is marked by a bar along its
        bottom edge, not only by a shade Fusion derives from the button colour (none on
        black)."""
        box = option.rect.adjusted(RING + 1, 0, -RING - 1, -RING - 1)
        painter.fillRect(box.left(), box.bottom() - 2, box.width(), 3,
                         self.ring_colour(option.palette.button().color(),
                                          option.palette.buttonText().color()))

    def _edge(self, option: QStyleOption, painter: QPainter, *, focused: bool,
              round_: bool = False) -> None:
        if focused:
            colour = self.ring_colour(option.palette.base().color(),
                                      option.palette.text().color())
            _draw_ring(painter, QRectF(option.rect), colour, RING)
        elif self.scheme.outlined:
            _draw_ring(painter, QRectF(option.rect), self._outline, 1, round_=round_)


def _draw_ring(painter: QPainter, rect: QRectF, colour: QColor, width: int, *,
               round_: bool = False) -> None:
    painter.save()
    pen = QPen(colour, width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
    inset = width / 2
    box = rect.adjusted(inset, inset, -inset, -inset)
    if round_:
        painter.drawEllipse(box)
    else:
        painter.drawRect(box)
    painter.restore()
