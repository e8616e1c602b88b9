"""The week calendar: seven day columns, each shift a card (time, event, role, places).

Cards stack in time order within their day rather than sitting on a time grid, so every
card stays readable however many shifts run at once (a food bank may have dozens on a
Saturday). Shifts that still need people are amber with a dashed border and say how many
places are open; cancelled ones are grey and struck through. Today's column is tinted.
The colours are the theme's (`themes.surface("shift")` ...), read again when it changes.

Painted, not built from widgets: a week with 500 shifts lays out in a few milliseconds and
only the visible cards are drawn. Keyboard: arrows move between cards, Enter opens one,
Page Up / Page Down change the week, Home goes to this week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QWidget

from civicdesk import clock
from civicdesk.services.schedule import ShiftRow

from civicdesk.gui import shift_format, themes

PAD, GAP, STRIPE = 6, 6, 6
FOCUS_WIDTH = 2


@dataclass
class _Card:
    row: ShiftRow
    day: int
    index: int  # position in its day
    rect: QRect
    lines: list | None = None  # (font, colour, x, y, text) to draw, for `lines_width`
    lines_width: int = 0


def card_surface(row: ShiftRow) -> themes.Surface:
    """What a shift's card is drawn on: cancelled, still needing people, or full."""
    name = "shift_cancelled" if row.cancelled else "shift_unfilled" if row.unfilled \
        else "shift"
    return themes.surface(name)


class _Header(QWidget):
    """The day names above the columns; today's is marked."""

    def __init__(self, calendar: WeekCalendar) -> None:
        super().__init__(calendar)
        self._calendar = calendar
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.setFont(font)

    def preferred_height(self) -> int:
        return QFontMetrics(self.font()).height() * 2 + 2 * PAD

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        cal = self._calendar
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(self.font())
        shift = -cal.horizontalScrollBar().value()  # the columns scroll sideways too
        for day in range(7):
            x, width = cal.column_span(day)
            cell = QRect(x + shift, 0, width, self.height())
            current = cal.monday + timedelta(days=day)
            if current == cal.today:
                accent = themes.surface("today_header")
                painter.fillRect(cell.adjusted(1, 0, -1, 0), themes.colour(accent.fill))
                painter.setPen(themes.colour(accent.text))
            else:
                painter.setPen(self.palette().windowText().color())
            painter.setFont(bold)
            name = shift_format.day_heading(current)
            if QFontMetrics(bold).horizontalAdvance(name) > width - 2 * PAD:
                name = shift_format.day_text(current)
            area = cell.adjusted(PAD, PAD, -PAD, 0)
            painter.drawText(area.left(), area.top() + fm.ascent(), QFontMetrics(bold).elidedText(
                name, Qt.TextElideMode.ElideRight, area.width()))
            painter.setFont(self.font())
            painter.drawText(area.left(), area.top() + fm.height() + fm.ascent(), fm.elidedText(
                cal.day_summary(day), Qt.TextElideMode.ElideRight, area.width()))
        painter.setPen(themes.line("grid"))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)


class _Body(QWidget):
    """The columns and cards (inside the scroll area)."""

    def __init__(self, calendar: WeekCalendar) -> None:
        super().__init__()
        self._calendar = calendar
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self._calendar.paint_body(QPainter(self), event.rect())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._calendar.relayout()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        card = self._calendar.card_at(event.position().toPoint())
        self._calendar.select(card.row.id if card else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        card = self._calendar.card_at(event.position().toPoint())
        if card is not None:
            self._calendar.shift_activated.emit(card.row.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self._calendar.handle_key(event.key()):
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            card = self._calendar.card_at(event.pos())
            if card is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._calendar.card_tooltip(card.row), self)
            return True
        return super().event(event)


class WeekCalendar(QScrollArea):
    """One week of shifts. Give it rows with `set_week`; it says what the user wants with
    `shift_activated(id)` (double-click, Enter) and `week_step(-1 | 0 | +1)` (keys)."""

    shift_activated = Signal(int)
    week_step = Signal(int)
    selection_changed = Signal(object)  # shift id or None

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.today = clock.today()
        self.monday = self.today - timedelta(days=self.today.weekday())
        self._cards: list[_Card] = []
        self._days: list[list[_Card]] = [[] for _ in range(7)]
        self._selected: int | None = None
        self._body = _Body(self)
        self._body.setAccessibleName(self.tr("Week calendar"))
        self.setWidget(self._body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Seven readable columns may be wider than the window (large text): they scroll.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusProxy(self._body)
        self._header = _Header(self)
        self.horizontalScrollBar().valueChanged.connect(self._header.update)
        self._colours: dict[str, QColor] = {}
        self._set_fonts()
        self._restyle()
        themes.notifier().changed.connect(self._restyle)

    def _set_fonts(self) -> None:
        """The cards' fonts, from the calendar's (again when View > Text size changes it)."""
        self._plain = QFont(self.font())
        self._fm = QFontMetrics(self._plain)
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._bold_fm = QFontMetrics(self._bold)
        self._bold_struck = QFont(self._bold)
        self._bold_struck.setStrikeOut(True)
        self.setViewportMargins(0, self._header.preferred_height(), 0, 0)
        self._body.setMinimumWidth(7 * self.min_column_width())
        for card in self._cards:
            card.lines = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._set_fonts()
            self._place_header()
            self._layout()

    def _restyle(self) -> None:
        """The theme's pens, and every card's lines written again in its colours."""
        self._card_pen = QPen(themes.line("card_border"), 1)
        self._unfilled_pen = QPen(themes.line("unfilled_border"), 1.5)
        self._unfilled_pen.setStyle(Qt.PenStyle.DashLine)
        for card in self._cards:
            card.lines = None
        self._body.update()
        self._header.update()

    def min_column_width(self) -> int:
        """A day column fits a card's `00:00–00:00  10/10` in the bold font, at any text
        size (a fixed 110 px clipped the times at 200 % text, #15)."""
        text = self._bold_fm.horizontalAdvance("00:00\u201300:00") \
            + self._bold_fm.horizontalAdvance("10/10")
        return max(110, text + STRIPE + 3 * PAD + GAP + 2)

    # Data ------------------------------------------------------------------------------
    def set_week(self, monday: date, rows: list[ShiftRow], today: date) -> None:
        """Show *rows* (shifts starting that week, in time order) in their day columns."""
        self.monday, self.today = monday, today
        self._days = [[] for _ in range(7)]
        for row in rows:
            day = (row.starts_at.astimezone(self.tz).date() - monday).days
            if 0 <= day < 7:
                column = self._days[day]
                column.append(_Card(row, day, len(column), QRect()))
        self._cards = [card for column in self._days for card in column]
        if self._selected is not None and self.card(self._selected) is None:
            self._selected = None
            self.selection_changed.emit(None)
        self._layout()
        self._header.update()

    def shown_ids(self) -> list[int]:
        return [card.row.id for card in self._cards]

    def card(self, shift_id: int) -> _Card | None:
        return next((c for c in self._cards if c.row.id == shift_id), None)

    def current_shift_id(self) -> int | None:
        return self._selected

    def day_summary(self, day: int) -> str:
        column = self._days[day]
        to_fill = sum(1 for card in column if card.row.unfilled)
        summary = (self.tr("no shifts") if not column
                   else self.tr("{count} to fill").format(count=to_fill) if to_fill
                   else self.tr("all filled"))
        if self.monday + timedelta(days=day) == self.today:
            return self.tr("Today \u00b7 {summary}").format(summary=summary)
        return summary

    # Geometry --------------------------------------------------------------------------
    def column_span(self, day: int) -> tuple[int, int]:
        """Where day *day* (0 = Monday) is across the body: from the right in a
        right-to-left layout."""
        width = max(self._body.width(), self.viewport().width())
        left = round(day * width / 7)
        span = round((day + 1) * width / 7) - left
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            left = width - left - span
        return left, span

    def card_height(self) -> int:
        return self._fm.height() * 4 + 2 * PAD

    def relayout(self) -> None:
        self._layout()

    def _layout(self) -> None:
        height = self.card_height()
        for card in self._cards:
            x, width = self.column_span(card.day)
            card.rect = QRect(x + GAP // 2 + 1, GAP + card.index * (height + GAP),
                              width - GAP - 1, height)
        tallest = max((len(c) for c in self._days), default=0)
        self._body.setMinimumHeight(GAP + tallest * (height + GAP))
        self._body.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_header()
        self._layout()

    def _place_header(self) -> None:
        margin = self.frameWidth()
        self._header.setGeometry(margin, margin, self.viewport().width(),
                                 self._header.preferred_height())

    def card_at(self, point: QPoint) -> _Card | None:
        return next((c for c in self._cards if c.rect.contains(point)), None)

    # Painting --------------------------------------------------------------------------
    def paint_body(self, painter: QPainter, clip: QRect) -> None:
        body = self._body.rect()
        painter.fillRect(clip, self.palette().base())
        today = (self.today - self.monday).days
        if 0 <= today < 7:
            x, width = self.column_span(today)
            painter.fillRect(QRect(x, 0, width, body.height()), themes.line("today_tint"))
        painter.setPen(themes.line("grid"))
        for day in range(1, 7):
            x, _ = self.column_span(day)
            painter.drawLine(x, clip.top(), x, clip.bottom())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for card in self._cards:
            if card.rect.intersects(clip):
                self._paint_card(painter, card)
        if self._body.hasFocus() and self.card(self._selected) is None:
            self._focus_frame(painter, body)  # focus on the week, no card chosen yet
        if not self._cards:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No shifts this week.\nUse \u201cNew shift\u2026\u201d to "
                                     "plan one, or Page Down for the next week."))

    def _paint_card(self, painter: QPainter, card: _Card) -> None:
        row, rect = card.row, card.rect
        if row.id == self._selected:
            painter.setPen(QPen(self.palette().highlight().color(), 3))
        else:
            painter.setPen(self._unfilled_pen if row.unfilled else self._card_pen)
        painter.setBrush(themes.colour(card_surface(row).fill))
        painter.drawRoundedRect(rect, 4, 4)
        if row.id == self._selected and self._body.hasFocus():
            self._focus_frame(painter, rect.adjusted(-3, -3, 3, 3))
        colour = self._colours.get(row.colour)
        if colour is None:
            colour = self._colours[row.colour] = QColor(row.colour)
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 1, STRIPE, rect.height() - 1),
                         colour)
        if card.lines is None or card.lines_width != rect.width():
            card.lines, card.lines_width = self._card_lines(card), rect.width()
        current = None
        for font, pen, x, y, value in card.lines:
            if font is not current:
                painter.setFont(font)
                current = font
            painter.setPen(pen)
            painter.drawText(rect.left() + x, rect.top() + y, value)

    def _card_lines(self, card: _Card) -> list[tuple[QFont, QColor, int, int, str]]:
        """What to write on a card, elided to its width (kept until the width changes)."""
        row, rect = card.row, card.rect
        left, top = STRIPE + PAD, PAD + self._fm.ascent()
        width, line = rect.width() - left - PAD, self._fm.height()
        places = shift_format.places_short(row.filled, row.capacity)
        places_width = self._bold_fm.horizontalAdvance(places)
        times = shift_format.times_text(row.starts_at, row.ends_at, self.tz)
        if self._bold_fm.horizontalAdvance(times) > width - places_width - PAD:
            times = shift_format.times_short(row.starts_at, row.ends_at, self.tz)
        if self._bold_fm.horizontalAdvance(times) > width - places_width - PAD:
            times = shift_format.start_text(row.starts_at, self.tz)  # "10:00 PM" (12-hour)
        found = card_surface(row)
        text, colour = themes.colour(found.text), themes.colour(found.accent)
        if row.cancelled:
            status = self.tr("Cancelled")
        elif row.unfilled:
            status = shift_format.open_text(row.open_places)
        else:
            status = self.tr("Full")
        time_font = self._bold_struck if row.cancelled else self._bold
        return [
            (self._bold, text, left + width - places_width, top, places),
            (time_font, text, left, top,
             self._elide(self._bold_fm, times, width - places_width - PAD)),
            (self._plain, text, left, top + line, self._elide(self._fm, row.event_name,
                                                              width)),
            (self._plain, text, left, top + 2 * line, self._elide(self._fm, row.title,
                                                                  width)),
            (self._bold, colour, left, top + 3 * line, self._elide(self._bold_fm, status,
                                                                   width)),
        ]

    def _focus_frame(self, painter: QPainter, rect: QRect) -> None:
        painter.save()
        pen = QPen(themes.line("focus"), FOCUS_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        painter.restore()

    @staticmethod
    def _elide(metrics: QFontMetrics, value: str, width: int) -> str:
        if metrics.horizontalAdvance(value) <= width:
            return value
        return metrics.elidedText(value, Qt.TextElideMode.ElideRight, max(width, 0))

    def card_tooltip(self, row: ShiftRow) -> str:
        lines = [row.name, shift_format.when_text(row.starts_at, row.ends_at, self.tz)]
        if row.location:
            lines.append(row.location)
        lines.append(self.tr("Taken: {places}").format(
            places=shift_format.places_text(row.filled, row.capacity)))
        if row.required_skill:
            lines.append(self.tr("Needs: {skill}").format(skill=row.required_skill))
        if row.cancelled:
            lines.append(self.tr("Cancelled"))
        elif row.unfilled:  # in words, not only amber (and what a screen reader says)
            lines.append(shift_format.open_text(row.open_places))
        return "\n".join(lines)

    # Selection and keys ----------------------------------------------------------------
    def select(self, shift_id: int | None) -> None:
        if shift_id == self._selected:
            return
        self._selected = shift_id
        card = self.card(shift_id) if shift_id is not None else None
        if card is not None:
            self.ensureVisible(card.rect.center().x(), card.rect.center().y(),
                               0, card.rect.height() // 2 + GAP)
        # The cards are painted: a screen reader hears the chosen one from the description.
        self._body.setAccessibleDescription(self.card_tooltip(card.row) if card else "")
        QAccessible.updateAccessibility(QAccessibleEvent(
            self._body, QAccessible.Event.DescriptionChanged))
        self._body.update()
        self.selection_changed.emit(shift_id)

    def handle_key(self, key: int) -> bool:
        """Arrows, Enter, Page Up/Down, Home; False for keys the calendar does not use."""
        steps = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1, Qt.Key.Key_Home: 0}
        if key in steps:
            self.week_step.emit(steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._selected is not None:
                self.shift_activated.emit(self._selected)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move(key)
        else:
            return False
        return True

    def _move(self, key: int) -> None:
        if not self._cards:
            return
        card = self.card(self._selected) if self._selected is not None else None
        if card is None:
            self.select(self._cards[0].row.id)
            return
        column = self._days[card.day]
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            target = column[min(max(card.index + step, 0), len(column) - 1)]
            self.select(target.row.id)
            return
        step = -1 if key == Qt.Key.Key_Left else 1
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            step = -step  # Monday is on the right
        day = card.day + step
        while 0 <= day < 7 and not self._days[day]:
            day += step
        if 0 <= day < 7:
            other = self._days[day]
            self.select(other[min(card.index, len(other) - 1)].row.id)
