"""Draws a request as a card on the board: what (bold), who and where, how urgent and by
when, and the helper. Late cards get a red edge, a warning icon and the word "late", so the
mark does not depend on colour alone. Every card has the same height (fast scrolling).
Its colours are the theme's card surfaces; the card with the keyboard focus has a ring."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from civicdesk.gui import icons, themes
from civicdesk.gui.models.request_board_model import CardRole

PAD, MARGIN, LINES = 6, 3, 5  # the title may take two lines
FOCUS_WIDTH = 2


def card_surface(selected: bool, late: bool) -> themes.Surface:
    return themes.surface("card_selected" if selected else "card_late" if late else "card")


class RequestCardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(option.rect.width(), LINES * line + 2 * (PAD + MARGIN))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        card = index.data(CardRole)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        surface = card_surface(selected, card.late)
        self._background(painter, box, surface, selected, card.late)
        if option.state & QStyle.StateFlag.State_HasFocus:
            self._focus_ring(painter, option.rect)
        line = QFontMetrics(option.font).lineSpacing()
        text_box = box.adjusted(PAD + (3 if card.late else 0), PAD, -PAD, -PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setPen(themes.colour(surface.text))
        for number, part in enumerate(two_lines(card.title, QFontMetrics(bold),
                                                text_box.width())):
            self._line(painter, bold, text_box, number, line, part)
        painter.setPen(themes.colour(surface.secondary))
        self._line(painter, option.font, text_box, 2, line, card.who)
        self._when(painter, option, bold, text_box, line, card, surface)
        # On a late card the accent is for the date; the helper is written like "who".
        helper = surface.secondary if card.late else surface.accent
        painter.setPen(themes.colour(helper if card.helper else surface.muted))
        self._line(painter, option.font, text_box, 4, line, card.helper or card.nobody)
        painter.restore()

    def _background(self, painter: QPainter, box: QRect, surface: themes.Surface,
                    selected: bool, late: bool) -> None:
        border = themes.line("focus") if selected else themes.line("card_border")
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(themes.colour(surface.fill))
        painter.drawRoundedRect(box, 4, 4)
        if late:  # a red edge down the left side
            painter.fillRect(QRect(box.left() + 1, box.top() + 2, 4, box.height() - 3),
                             themes.line("late_edge"))

    def _focus_ring(self, painter: QPainter, rect: QRect) -> None:
        """Around the card with the keyboard focus, in the margin outside it."""
        painter.save()
        painter.setPen(QPen(themes.line("focus"), FOCUS_WIDTH, Qt.PenStyle.SolidLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        painter.restore()

    def _line(self, painter: QPainter, font: QFont, box: QRect, number: int, height: int,
              text: str) -> None:
        painter.setFont(font)
        rect = QRect(box.left(), box.top() + number * height, box.width(), height)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

    def _when(self, painter: QPainter, option: QStyleOptionViewItem, bold: QFont, box: QRect,
              line: int, card, surface: themes.Surface) -> None:
        rect = QRect(box.left(), box.top() + 3 * line, box.width(), line)
        if card.late:
            size = min(line, 16)
            icons.load("warning").paint(painter, QRect(rect.left(), rect.top(), size, size))
            rect = rect.adjusted(size + 4, 0, 0, 0)
            painter.setPen(themes.colour(surface.accent))
        else:
            painter.setPen(themes.colour(surface.secondary))
        self._line(painter, bold if card.late else option.font,
                   rect.adjusted(0, -3 * line, 0, -3 * line), 3, line, card.when)


def two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """*text* broken at a space to fit two lines of *width* (the second one elided)."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    words, first = text.split(" "), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one very long word
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
    return [first, rest]
