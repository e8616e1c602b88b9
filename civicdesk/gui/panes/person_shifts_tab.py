"""The "Shifts" tab of the person page: their coming shifts, their hours this year, the
hours they gave without a shift (corrected and removed here), and signing them up for
another shift."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk import clock
from civicdesk.services import actors, hours, lookups, rosters

from civicdesk.gui import calendar_export, focus_order, operations, shift_format
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import prompts
from civicdesk.gui.dialogs.hours_dialog import HoursDialog
from civicdesk.gui.dialogs.signup_dialog import SignupDialog
from civicdesk.gui.models import hours_table, signup_table
from civicdesk.gui.models.roles import RowRole
from civicdesk.gui.models.signup_table import SignupTableModel
from civicdesk.gui.panes.person_tab import PersonTab
from civicdesk.gui.widgets import tables


class PersonShiftsTab(PersonTab):
    watched = ("assignment", "shift", "adhoc_hours", "shift_series", "event")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tz = clock.zone()
        self.model = SignupTableModel(self.tz, signup_table.PERSON_COLUMNS, self)
        self.hours_label = QLabel(self)
        self.table = QTableView(self)
        self.hours = hours_table.hours_model(self)
        self.hours_table = QTableView(self)
        self.hours_table.setObjectName("hours_table")
        self.correct_button = QPushButton(self.tr("Co&rrect\u2026"), self)
        self.remove_button = QPushButton(self.tr("Re&move\u2026"), self)
        self.sign_up_button = QPushButton(self.tr("&Sign up for a shift\u2026"), self)
        self.log_hours_button = QPushButton(self.tr("Log h&ours\u2026"), self)
        self.export_button = QPushButton(self.tr("Save as &calendar file\u2026"), self)
        self.statement_button = QPushButton(self.tr("Print hours st&atement\u2026"), self)
        self.statement_button.setToolTip(self.tr(
            "A signed letter listing this volunteer's dates and hours this year."))
        self._build()
        self.sign_up_button.clicked.connect(self.on_sign_up)
        self.log_hours_button.clicked.connect(self.on_log_hours)
        self.export_button.clicked.connect(self.on_export)
        self.statement_button.clicked.connect(self.on_statement)
        self.correct_button.clicked.connect(self.on_correct_hours)
        self.remove_button.clicked.connect(self.on_remove_hours)
        self.hours_table.doubleClicked.connect(self.on_correct_hours)
        self.hours_table.selectionModel().selectionChanged.connect(self._enable_hours_buttons)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.hours_table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.on_remove_hours)
        self.show_person(None)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PersonShiftsTab", "Shifts")

    def _build(self) -> None:
        table = self.table
        table.setModel(self.model)
        tables.read_only_rows(table, name=self.tr("Coming shifts"))
        buttons = QHBoxLayout()
        for button in self._buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hours_label)
        layout.addWidget(QLabel(self.tr("Coming shifts:"), self))
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        self.hours_table.setModel(self.hours)
        tables.read_only_rows(self.hours_table, single=True,
                              name=self.tr("Hours without a shift"))
        hours_buttons = QHBoxLayout()
        hours_buttons.addWidget(self.correct_button)
        hours_buttons.addWidget(self.remove_button)
        hours_buttons.addStretch(1)
        caption = QLabel(self.tr("Hours &without a shift:"), self)
        caption.setBuddy(self.hours_table)
        layout.addWidget(caption)
        layout.addWidget(self.hours_table, 1)
        layout.addLayout(hours_buttons)
        focus_order.chain(table, *self._buttons(), self.hours_table, self.correct_button,
                          self.remove_button)  # as read, top to bottom

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.sign_up_button, self.log_hours_button, self.export_button,
                self.statement_button)

    def load(self) -> None:
        person_id = self.person_id
        for button in self._buttons():
            button.setEnabled(person_id is not None)
        if person_id is None:
            self.model.load([])
            self.hours.set_rows([])
            self._enable_hours_buttons()
            self.hours_label.setText(self.tr("Save the person first to sign them up."))
            return
        self.model.sync(rosters.person_signups(person_id, clock.utcnow()))
        self.hours.set_rows(hours.person_hours(person_id))
        self._enable_hours_buttons()
        year = clock.today().year
        minutes = hours.year_minutes(person_id, year, self.tz)
        self.hours_label.setText(self.tr("Hours given in {year}: <b>{hours}</b>").format(
            year=year, hours=hours.format_minutes(minutes)))

    def on_sign_up(self) -> None:
        if self.person_id is not None:
            SignupDialog.ask_for_person(self.context, self.person_id, self)

    def on_log_hours(self) -> None:
        if self.person_id is not None:
            HoursDialog.ask_log(self.context, self, self.person_id)

    # Ad-hoc hours ----------------------------------------------------------------------------
    def selected_hours(self) -> hours.HoursRow | None:
        rows = self.hours_table.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def _enable_hours_buttons(self) -> None:
        """Coordinators correct and remove hours (`hours.update_hours`, `remove_hours`)."""
        may = self.context.actor.can(actors.MANAGE_SHIFTS)
        chosen = self.selected_hours() is not None
        for button in (self.correct_button, self.remove_button):
            button.setEnabled(may and chosen)
            button.setToolTip("" if may else self.tr("Only coordinators correct logged hours."))

    def on_correct_hours(self) -> None:
        row = self.selected_hours()
        if row is not None and self.context.actor.can(actors.MANAGE_SHIFTS):
            person = lookups.person_label(self.person_id)
            HoursDialog.ask_edit(self.context, row, person.name if person else "", self)

    def on_remove_hours(self) -> None:
        row = self.selected_hours()
        if row is None or not self.context.actor.can(actors.MANAGE_SHIFTS):
            return
        question = self.tr("Remove {time} on {day} ({note})? The audit log keeps what it "
                           "was.").format(time=hours.format_minutes(row.minutes),
                                          day=shift_format.day_text(row.worked_on, long=True),
                                          note=row.note)
        if self.confirm_remove(question):
            operations.run(self, self.context, lambda actor: hours.remove_hours(actor, row.id))

    def confirm_remove(self, question: str) -> bool:
        """Asked before hours are removed (monkeypatched in tests)."""
        return prompts.confirm(self, self.tr("Remove hours"), question, self.tr("Remove"))

    def on_statement(self) -> None:
        """The hours statement letter for this year so far (options can be changed in the
        Reports section)."""
        from civicdesk.gui.reports import launch  # reportlab loads only when printing

        if self.person_id is not None:
            year = clock.today().replace(month=1, day=1)
            launch.open_report(self.context, self, "statement",
                               {"person": self.person_id, "start": year})

    def on_export(self) -> None:
        if self.person_id is not None:
            person = lookups.person_label(self.person_id)
            calendar_export.save_person(self, self.person_id, person.name if person else "")
