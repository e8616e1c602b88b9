"""The Events tab: the activities shifts belong to; add, edit, archive, save as calendar."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk import clock
from civicdesk.services import actors, schedule, shifts
from civicdesk.services.changes import Changes

from civicdesk.gui import calendar_export, operations
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.event_dialog import EventDialog
from civicdesk.gui.models import event_table
from civicdesk.gui.models.event_table import EventTableModel
from civicdesk.gui.widgets import tables


class EventsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = EventTableModel(self)
        # Made in reading order, which is the order Tab goes in.
        self.new_button = QPushButton(self.tr("&Plan an event\u2026"), self)
        self.edit_button = QPushButton(self.tr("E&dit\u2026"), self)
        self.archive_button = QPushButton(self.tr("A&rchive"), self)
        self.export_button = QPushButton(self.tr("Save as calendar file\u2026"), self)
        self.archived_check = QCheckBox(self.tr("Show &archived events"), self)
        self.table = QTableView(self)
        self._build()
        self.archived_check.toggled.connect(self.reload)
        self.new_button.clicked.connect(self.on_new)
        self.edit_button.clicked.connect(self.on_edit)
        self.archive_button.clicked.connect(self.on_archive)
        self.export_button.clicked.connect(self.on_export)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    def _build(self) -> None:
        table = self.table
        table.setModel(self.model)
        tables.read_only_rows(table, single=True, stretch=event_table.LOCATION,
                              name=self.tr("Events"))
        planner = self.context.actor.can(actors.MANAGE_SHIFTS)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button):
            button.setEnabled(planner)
            buttons.addWidget(button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.archived_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(table, 1)

    def reload(self, *args) -> None:
        self.model.sync(schedule.event_rows(clock.utcnow(),
                                            include_archived=self.archived_check.isChecked()))
        self._update_buttons()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("event") or changes.touches("shift"):
            self.reload()

    def current_event(self) -> schedule.EventRow | None:
        index = self.table.currentIndex()
        return index.data(event_table.EventRowRole) if index.isValid() else None

    def _update_buttons(self, *args) -> None:
        event = self.current_event()
        planner = self.context.actor.can(actors.MANAGE_SHIFTS)
        self.edit_button.setEnabled(planner and event is not None)
        self.archive_button.setEnabled(planner and event is not None)
        self.export_button.setEnabled(event is not None)
        self.archive_button.setText(self.tr("Bring &back") if event and event.archived
                                    else self.tr("A&rchive"))

    def on_new(self) -> None:
        EventDialog.ask(self.context, self)

    def on_edit(self) -> None:
        event = self.current_event()
        if event is not None:
            EventDialog.ask(self.context, self, event)

    def on_archive(self) -> None:
        event = self.current_event()
        if event is None:
            return
        operations.run(self, self.context, lambda actor: shifts.set_event_archived(
            actor, event.id, event.version, not event.archived))

    def on_export(self) -> None:
        event = self.current_event()
        if event is not None:
            calendar_export.save_event(self, event.name)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if self.context.actor.can(actors.MANAGE_SHIFTS):
            self.on_edit()
