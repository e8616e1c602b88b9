"""The Reminder calls tab: everyone expected on a chosen day, with phone and email; mark
each call as confirmed or not reached."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk import clock, localtime
from civicdesk.services import export_lists, rosters, shifts
from civicdesk.services.changes import Changes

from civicdesk.gui import list_export, localized, operations, shift_format
from civicdesk.gui.context import AppContext
from civicdesk.gui.models import signup_table
from civicdesk.gui.models.signup_table import SignupTableModel
from civicdesk.gui.widgets import flow_layout, tables


class CallsPage(QWidget):
    def __init__(self, context: AppContext, tz: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.tz = context, tz
        self.model = SignupTableModel(tz, signup_table.CALL_COLUMNS, self)
        tomorrow = clock.today() + timedelta(days=1)
        self.day_edit = QDateEdit(shift_format.qdate(tomorrow), self)
        self.day_edit.setCalendarPopup(True)
        localized.localize_date_edit(self.day_edit, "long")
        self.previous_button = QPushButton(self.tr("\u25c0  Day before"), self)
        self.next_button = QPushButton(self.tr("Day after  \u25b6"), self)
        self.confirmed_button = QPushButton(self.tr("C&onfirmed"), self)
        self.not_reached_button = QPushButton(self.tr("Not &reached"), self)
        self.summary_label = QLabel(self)
        self.table = QTableView(self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self._build()
        self.export_action = list_export.button_follows(
            self.export_button, list_export.export_action(self, context, self.export_shown))
        self.day_edit.dateChanged.connect(self.reload)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.confirmed_button.clicked.connect(lambda: self.record("confirmed"))
        self.not_reached_button.clicked.connect(lambda: self.record("not_reached"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    def _build(self) -> None:
        caption = QLabel(self.tr("Reminder calls for &day:"), self)
        caption.setBuddy(self.day_edit)
        bar = QHBoxLayout()
        for widget in (caption, self.day_edit, self.previous_button, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.summary_label)
        table = self.table
        table.setModel(self.model)
        tables.read_only_rows(table, name=self.tr("People to call"))
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Call result for the selected people:"), self))
        actions.addWidget(self.confirmed_button)
        actions.addWidget(self.not_reached_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        layout.addLayout(actions)
        for row in (bar, actions):
            flow_layout.wrap_row(row, self)

    def export_shown(self):
        """The day's sign-ups to call (when, shift, name, phone, email, call) to a file."""
        start, end = localtime.days_bounds(self.day(), self.day(), self.tz)
        columns = ["when", "shift", "name", "phone", "email", "call"]
        return list_export.export_list(self, self.context, self.tr("Reminder calls"),
                                       lambda: export_lists.signups(start, end), columns)

    def day(self) -> date:
        return shift_format.pydate(self.day_edit.date())

    def set_day(self, day: date) -> None:
        self.day_edit.setDate(shift_format.qdate(day))

    def _step(self, days: int) -> None:
        self.day_edit.setDate(self.day_edit.date().addDays(days))

    def reload(self, *args) -> None:
        self.model.sync(rosters.call_list(self.day(), self.tz))
        self._summarise()
        self._update_buttons()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("assignment") or changes.touches("shift") or \
                changes.touches("person"):
            self.reload()

    def _summarise(self) -> None:
        rows = self.model.rows()
        confirmed = sum(1 for r in rows if r.call_outcome == "confirmed")
        missed = sum(1 for r in rows if r.call_outcome == "not_reached")
        self.summary_label.setText(self.tr(
            "{count} to call \u00b7 {confirmed} confirmed \u00b7 {missed} not reached").format(
            count=len(rows), confirmed=confirmed, missed=missed))

    def selected(self) -> list[rosters.SignupRow]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.signup_at(r) for r in sorted(rows)]

    def record(self, outcome: str) -> None:
        """One write per selected person (each their own sign-up's history line); stops at
        the first one refused."""
        for row in self.selected():
            if operations.run(self, self.context, lambda actor, row=row: shifts.record_call(
                    actor, row.assignment_id, row.assignment_version, outcome)) is None:
                break

    def _update_buttons(self, *args) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.confirmed_button.setEnabled(chosen)
        self.not_reached_button.setEnabled(chosen)
