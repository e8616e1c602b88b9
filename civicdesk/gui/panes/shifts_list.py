"""The List tab of the shifts pane: shifts in a date range, by event, optionally only those
that still need people."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk import clock, localtime
from civicdesk.services import export_lists, schedule
from civicdesk.services.changes import Changes

from civicdesk.gui import list_export, localized, shift_format
from civicdesk.gui.models import shift_table
from civicdesk.gui.models.shift_filter import ShiftFilterProxy
from civicdesk.gui.models.shift_table import ShiftTableModel
from civicdesk.gui.widgets import flow_layout, tables
from civicdesk.gui.widgets.event_combo import EventCombo


class ListPage(QWidget):
    shift_opened = Signal(int)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None, *,
                 context=None) -> None:
        super().__init__(parent)
        self.tz, self.context = tz, context
        self.model = ShiftTableModel(tz, self)
        self.proxy = ShiftFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.event_combo = EventCombo(self)
        today = clock.today()
        self.from_edit = self._date_edit(today)
        self.to_edit = self._date_edit(today + timedelta(weeks=4))
        self.unfilled_check = QCheckBox(self.tr("Only shifts that need people"), self)
        self.count_label = QLabel(self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.table = QTableView(self)  # after the bar above it: Tab goes in reading order
        self._build()
        self._setup_export()
        self.event_combo.load(self.tr("All events"))
        self.event_combo.currentIndexChanged.connect(self.reload)
        self.from_edit.dateChanged.connect(self._on_from_edit_date_changed)
        self.to_edit.dateChanged.connect(self.reload)
        self.unfilled_check.toggled.connect(self._on_unfilled_check_toggled)
        self.table.activated.connect(self._on_table_activated)
        self.proxy.rowsInserted.connect(self._show_count)
        self.proxy.rowsRemoved.connect(self._show_count)
        self.proxy.modelReset.connect(self._show_count)
        self.proxy.layoutChanged.connect(self._show_count)

    def _date_edit(self, day) -> QDateEdit:
        edit = QDateEdit(shift_format.qdate(day), self)
        edit.setCalendarPopup(True)
        localized.localize_date_edit(edit)
        return edit

    def _build(self) -> None:
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Event:"), self.event_combo),
                              (self.tr("Fro&m:"), self.from_edit),
                              (self.tr("T&o:"), self.to_edit)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.unfilled_check)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        filters.addWidget(self.export_button)
        table = self.table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(shift_table.WHEN, Qt.SortOrder.AscendingOrder)
        tables.read_only_rows(table, single=True, stretch=shift_table.LOCATION,
                              name=self.tr("Shifts"))
        table.setAlternatingRowColors(False)  # the amber of unfilled rows must stand out
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(table, 1)
        flow_layout.wrap_row(filters, self)

    def _setup_export(self) -> None:
        """"Export what I see" (Ctrl+Shift+E): coordinators and admins, with a context."""
        if self.context is None:
            self.export_button.hide()
            return
        self.export_action = list_export.button_follows(
            self.export_button, list_export.export_action(self, self.context, self.export_shown))

    def shown_ids(self) -> list[int]:
        """The shifts the list shows (filter and sort of the view), top to bottom."""
        proxy = self.proxy
        return [proxy.index(r, 0).data(shift_table.ShiftIdRole)
                for r in range(proxy.rowCount())]

    def export_shown(self):
        start, end = self._span()
        ids, event = self.shown_ids(), self.event_combo.event_id()
        # Each shown column, as numbers and times a spreadsheet can count with.
        columns = [key for index, keys in ((shift_table.WHEN, ("when", "ends")),
                                           (shift_table.EVENT, ("event",)),
                                           (shift_table.ROLE, ("role",)),
                                           (shift_table.LOCATION, ("location",)),
                                           (shift_table.PLACES, ("taken", "places")),
                                           (shift_table.STATE, ("open", "cancelled")))
                   if not self.table.isColumnHidden(index) for key in keys]
        return list_export.export_list(
            self, self.context, self.tr("Shifts"),
            lambda: export_lists.shifts(start, end, event_id=event, ids=ids), columns)

    # Loading -----------------------------------------------------------------------------
    def _span(self) -> tuple[datetime, datetime]:
        return localtime.days_bounds(shift_format.pydate(self.from_edit.date()),
                                    shift_format.pydate(self.to_edit.date()), self.tz)

    def reload(self) -> None:
        start, end = self._span()
        self.model.load(schedule.shifts_between(start, end,
                                                event_id=self.event_combo.event_id()))

    def _belongs(self, row: schedule.ShiftRow) -> bool:
        start, end = self._span()
        event = self.event_combo.event_id()
        return start <= row.starts_at < end and (event is None or row.event_id == event)

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("event") and changes.table == "event":
            self.event_combo.load(self.tr("All events"))
            self.reload()
            return
        ids = changes.ids("shift")
        if ids:
            found = schedule.shift_rows(ids)
            self.model.apply_rows({sid: found.get(sid) for sid in ids}, self._belongs)

    def _show_count(self, *args) -> None:
        shown = self.proxy.rowCount()
        self.count_label.setText(self.tr("Shifts shown: {count}").format(count=shown))

    # Slots -------------------------------------------------------------------------------
    def current_shift_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(shift_table.ShiftIdRole) if index.isValid() else None

    def _on_from_edit_date_changed(self, day) -> None:
        if self.to_edit.date() < day:
            self.to_edit.setDate(day)  # reloads
        else:
            self.reload()

    def _on_unfilled_check_toggled(self, checked: bool) -> None:
        self.proxy.set_unfilled_only(checked)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.shift_opened.emit(index.data(shift_table.ShiftIdRole))
