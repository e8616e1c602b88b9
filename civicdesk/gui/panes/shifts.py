"""The Shifts pane: a week calendar, a filterable list, the reminder call list and events;
plan shifts, sign people up, record attendance and hours."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from civicdesk import clock
from civicdesk.services import actors, rosters, schedule
from civicdesk.services.changes import Changes

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.hours_dialog import HoursDialog
from civicdesk.gui.dialogs.shift_detail import ShiftDetailDialog
from civicdesk.gui.dialogs.shift_dialog import ShiftDialog
from civicdesk.gui.panes.base import Pane
from civicdesk.gui.panes.shifts_calls import CallsPage
from civicdesk.gui.panes.shifts_events import EventsPage
from civicdesk.gui.panes.shifts_list import ListPage
from civicdesk.gui.panes.shifts_week import WeekPage

# Which changes make the pane look again.
WATCHED = ("shift", "assignment", "event", "shift_series", "person", "adhoc_hours")


class ShiftsPane(Pane):
    icon_name = "shifts"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tz = clock.zone()
        # Made in reading order, so Tab goes from the buttons above to the tabs below.
        self.new_shift_button = QPushButton(self.tr("&New shift\u2026"), self)
        self.log_hours_button = QPushButton(self.tr("&Log hours\u2026"), self)
        self.tabs = QTabWidget(self)
        self.week_page = WeekPage(self.tz, self)
        self.list_page = ListPage(self.tz, self, context=context)
        self.calls_page = CallsPage(context, self.tz, self)
        self.events_page = EventsPage(context, self)
        self._build()
        self.week_page.shift_opened.connect(self.open_shift)
        self.list_page.shift_opened.connect(self.open_shift)
        self.new_shift_button.clicked.connect(self.on_new_shift)
        self.log_hours_button.clicked.connect(self.on_log_hours)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.on_new_shift)
        self.week_page.this_week()
        self.list_page.reload()
        self.calls_page.reload()
        self.events_page.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ShiftsPane", "Shifts")

    def _build(self) -> None:
        self.tabs.addTab(self.week_page, self.tr("&Week"))
        self.tabs.addTab(self.list_page, self.tr("L&ist"))
        self.tabs.addTab(self.calls_page, self.tr("Reminder &calls"))
        self.tabs.addTab(self.events_page, self.tr("Event&s"))
        planner = self.context.actor.can(actors.MANAGE_SHIFTS)
        self.new_shift_button.setEnabled(planner)
        self.new_shift_button.setToolTip(
            self.tr("Plan a shift or a weekly series (Ctrl+N)") if planner
            else self.tr("Only coordinators plan shifts."))
        bar = QHBoxLayout()
        bar.addWidget(self.new_shift_button)
        bar.addWidget(self.log_hours_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    # Pane --------------------------------------------------------------------------------
    def activated(self) -> None:
        self.week_page.reload()  # "today" may have moved on since the pane was built

    def apply_changes(self, changes: Changes) -> None:
        if not any(changes.touches(table) for table in WATCHED):
            return
        if changes.touches("shift") or changes.touches("assignment") or \
                changes.touches("event") or changes.touches("shift_series"):
            self.week_page.reload()
        self.list_page.apply_changes(changes)
        self.calls_page.apply_changes(changes)
        self.events_page.apply_changes(changes)

    # Actions -----------------------------------------------------------------------------
    def open_shift(self, shift_id: int) -> None:
        ShiftDetailDialog.open(self.context, shift_id, self)

    def suggested_day(self) -> date:
        """The day a new shift starts on: the selected card's, today, or the shown Monday."""
        chosen = self.week_page.calendar.current_shift_id()
        row = schedule.shift_row(chosen) if chosen is not None else None
        if row is not None:
            return row.starts_at.astimezone(self.tz).date()
        today = clock.today()
        return today if schedule.week_start(today) == self.week_page.monday \
            else self.week_page.monday

    def on_new_shift(self) -> None:
        if self.context.actor.can(actors.MANAGE_SHIFTS):
            ShiftDialog.ask_new(self.context, self, self.suggested_day())

    def on_log_hours(self) -> None:
        HoursDialog.ask_log(self.context, self)

    def exercise(self) -> None:
        """Show this week, go to the next and back, open a shift read-only."""
        self.tabs.setCurrentWidget(self.week_page)
        page = self.week_page
        page.this_week()
        start = page.monday
        page.next_week()
        page.previous_week()
        if page.monday != start:
            raise RuntimeError(f"week navigation ended on {page.monday}, not {start}")
        shown = page.calendar.shown_ids() or [
            r.id for r in schedule.shifts_between(*schedule.week_bounds(start, self.tz))]
        if not shown:
            return  # an empty database: nothing to open
        dialog = ShiftDetailDialog(self.context, shown[0], self, read_only=True)
        expected = len(rosters.shift_signups(shown[0]))
        found = dialog.signups.rowCount()
        dialog.done(0)
        dialog.deleteLater()
        if found != expected:
            raise RuntimeError(f"shift {shown[0]} shows {found} sign-ups, not {expected}")
