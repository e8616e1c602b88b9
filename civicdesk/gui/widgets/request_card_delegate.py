"""Draws a request as a card on the board: what (bold), who and where, how urgent and by
when, and the helper. Late cards get a red edge, a warning icon and the word "late", so the
mark does not depend on colour alone. Every card has the same height (fast scrolling)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from civicdesk.gui import icons, request_text
from civicdesk.gui.models.request_board_model import CardRole

PAD, MARGIN, LINES = 6, 3, 5  # the title may take two lines


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
        self._background(painter, box, selected, card.late)
        line = QFontMetrics(option.font).lineSpacing()
        text_box = box.adjusted(PAD + (3 if card.late else 0), PAD, -PAD, -PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setPen(QColor("black"))
        for number, part in enumerate(two_lines(card.title, QFontMetrics(bold),
                                                text_box.width())):
            self._line(painter, bold, text_box, number, line, part)
        painter.setPen(QColor("#333333"))
        self._line(painter, option.font, text_box, 2, line, card.who)
        self._when(painter, option, bold, text_box, line, card)
        painter.setPen(QColor("#1d4f91") if card.helper else QColor("#777777"))
        self._line(painter, option.font, text_box, 4, line, card.helper or card.nobody)
        painter.restore()

    def _background(self, painter: QPainter, box: QRect, selected: bool, late: bool) -> None:
        fill = "#dce8fa" if selected else request_text.OVERDUE_BACKGROUND if late else "white"
        painter.setPen(QPen(QColor("#2a6bc2" if selected else "#c9c9c9"), 2 if selected else 1))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(box, 4, 4)
        if late:  # a red edge down the left side
            painter.fillRect(QRect(box.left() + 1, box.top() + 2, 4, box.height() - 3),
                             QColor(request_text.OVERDUE_TEXT))

    def _line(self, painter: QPainter, font: QFont, box: QRect, number: int, height: int,
              text: str) -> None:
        painter.setFont(font)
        rect = QRect(box.left(), box.top() + number * height, box.width(), height)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

    def _when(self, painter: QPainter, option: QStyleOptionViewItem, bold: QFont, box: QRect,
              line: int, card) -> None:
        rect = QRect(box.left(), box.top() + 3 * line, box.width(), line)
        if card.late:
            size = min(line, 16)
            icons.load("warning").paint(painter, QRect(rect.left(), rect.top(), size, size))
            rect = rect.adjusted(size + 4, 0, 0, 0)
            painter.setPen(QColor(request_text.OVERDUE_TEXT))
        else:
            painter.setPen(QColor("#333333"))
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
