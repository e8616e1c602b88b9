"""The Week tab of the shifts pane: week navigation above the week calendar."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from civicdesk import clock
from civicdesk.services import schedule

from civicdesk.gui import shift_format, themes
from civicdesk.gui.widgets import flow_layout
from civicdesk.gui.widgets.week_calendar import WeekCalendar


class WeekPage(QWidget):
    """Shows one week; `shift_opened(id)` when the user opens a shift."""

    shift_opened = Signal(int)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.monday = schedule.week_start(self.today())
        self.previous_button = QPushButton(self.tr("\u25c0  Previous week"), self)
        self.this_week_button = QPushButton(self.tr("This week"), self)
        self.next_button = QPushButton(self.tr("Next week  \u25b6"), self)
        self.title_label = QLabel(self)
        self.legend_label = QLabel(self)
        self.calendar = WeekCalendar(tz, self)  # below the buttons, and after them on Tab
        self._build()
        self.previous_button.clicked.connect(self.previous_week)
        self.next_button.clicked.connect(self.next_week)
        self.this_week_button.clicked.connect(self.this_week)
        self.calendar.week_step.connect(self._on_calendar_week_step)
        self.calendar.shift_activated.connect(self.shift_opened)
        for key, slot in ((Qt.Key.Key_PageUp, self.previous_week),
                          (Qt.Key.Key_PageDown, self.next_week),
                          (Qt.Key.Key_Home, self.this_week)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _build(self) -> None:
        self.previous_button.setToolTip(self.tr("Show the week before (Page Up)"))
        self.next_button.setToolTip(self.tr("Show the week after (Page Down)"))
        self.this_week_button.setToolTip(self.tr("Back to this week (Home)"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self._show_legend()
        themes.notifier().changed.connect(self._show_legend)
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.this_week_button, self.next_button):
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.title_label)
        bar.addStretch(1)
        bar.addWidget(self.legend_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.calendar, 1)
        flow_layout.wrap_row(bar, self)

    def _show_legend(self) -> None:
        unfilled, cancelled = themes.surface("shift_unfilled"), themes.surface("shift_cancelled")
        self.legend_label.setText(self.tr(
            "<span style='background:{unfilled}; border:1px dashed {border}'>&nbsp;&nbsp;"
            "&nbsp;&nbsp;</span> needs people &nbsp; <span style='background:{cancelled}'>"
            "&nbsp;&nbsp;&nbsp;&nbsp;</span> cancelled").format(
            unfilled=unfilled.fill, border=themes.line("unfilled_border").name(),
            cancelled=cancelled.fill))

    def today(self) -> date:
        return clock.today()

    def show_week(self, monday: date) -> None:
        """Load and show the week starting on *monday* (one indexed query)."""
        self.monday = schedule.week_start(monday)
        rows = schedule.shifts_between(*schedule.week_bounds(self.monday, self.tz))
        self.calendar.set_week(self.monday, rows, self.today())
        self.title_label.setText(shift_format.week_title(self.monday))
        self.this_week_button.setEnabled(self.monday != schedule.week_start(self.today()))

    def reload(self) -> None:
        self.show_week(self.monday)

    def next_week(self) -> None:
        self.show_week(self.monday + timedelta(weeks=1))

    def previous_week(self) -> None:
        self.show_week(self.monday - timedelta(weeks=1))

    def this_week(self) -> None:
        self.show_week(self.today())

    def _on_calendar_week_step(self, step: int) -> None:
        if step == 0:
            self.this_week()
        else:
            self.show_week(self.monday + timedelta(weeks=step))
