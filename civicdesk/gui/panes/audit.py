"""The Audit log pane (coordinators and admins): who changed what, filtered, newest first,
and the old and new values of the entry picked.

Every filter reads one page along one index (`services.audit_log`): about a millisecond
at 1,000,000 entries (`make bench`: audit_first_page_*), so it stays on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk.errors import UserError
from civicdesk.services import accounts, audit_log, export_lists
from civicdesk.services.audit_log import AuditFilter, AuditRow
from civicdesk.services.changes import Changes

from civicdesk.gui import list_export, localized, text
from civicdesk.gui.models.audit_table import AuditTableModel, what_text
from civicdesk.gui.panes.base import Pane
from civicdesk.gui.widgets import flow_layout, tables
from civicdesk.gui.widgets.person_picker import PersonPicker

NO_DATE = QDate(1900, 1, 1)  # the date edits' "any day", shown as their special text
COLUMN_WIDTHS = (130, 150, 150, 260)


class _DayFilterEdit(QDateEdit):
    """A day or "any day". While it says "any day", Qt's date edit kept Tab for its own
    sections (there are none to show) and the focus could not leave it (#16)."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)


class AuditPane(Pane):
    """Filters on top (Ctrl+F: the person), the entries, the picked entry's changes."""

    icon_name = "audit"

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale = False
        self.model = AuditTableModel(lambda f: audit_log.open_log(context.actor, f), self)
        self._make_filters()
        self._make_table()
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_table = QTableWidget(0, 3, self)
        self.detail_table.setObjectName("audit_detail")
        self.detail_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")])
        tables.read_only_rows(self.detail_table, name=self.tr("What the entry changed"))
        self.detail_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self._layout()
        self.export_action = list_export.button_follows(
            self.export_button, list_export.export_action(self, context, self.export_shown))
        self.apply_filters()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AuditPane", "Audit log")

    # Building ---------------------------------------------------------------------------
    def _make_filters(self) -> None:
        self.person_picker = PersonPicker(self.context, self, include_archived=True)
        self.person_picker.setObjectName("audit_person")
        self.person_picker.setToolTip(self.tr("Entries about this person: their record, "
                                              "payments, sign-ups, hours, requests and "
                                              "user account (Ctrl+F)"))
        self.person_picker.person_chosen.connect(lambda _: self.apply_filters())
        self.person_picker.textChanged.connect(self._on_person_text_changed)
        self.user_combo = QComboBox(self)
        self.user_combo.addItem(self.tr("Anyone"), None)
        for user in accounts.list_users():
            self.user_combo.addItem(user.shown_name, user.id)
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("Any action"), "")
        for action in audit_log.known_actions():
            self.action_combo.addItem(text.label("Audit", audit_log.ACTION_TEXT[action]),
                                      action)
        self.since_edit, self.until_edit = self._date_edit(), self._date_edit()
        for combo in (self.user_combo, self.action_combo):
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        self.clear_button = QPushButton(self.tr("&Clear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("audit_count")
        self.export_button = QPushButton(self.tr("E&xport…"), self)

    def _date_edit(self) -> QDateEdit:
        edit = _DayFilterEdit(self)
        edit.setCalendarPopup(True)
        localized.localize_date_edit(edit)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _: self.apply_filters())
        return edit

    def _make_table(self) -> None:
        self.table_view = QTableView(self)
        self.table_view.setObjectName("audit_table")
        self.table_view.setModel(self.model)
        tables.read_only_rows(self.table_view, single=True, stretch=None,
                              name=self.tr("Audit entries"))
        header = self.table_view.horizontalHeader()
        header.setStretchLastSection(True)  # no ResizeToContents: it would read 1,000 rows
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table_view.setColumnWidth(column, width)
        self.table_view.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _layout(self) -> None:
        filters = QFormLayout()
        filters.addRow(self.tr("&Person:"), self.person_picker)
        line = QHBoxLayout()
        for label, widget in ((self.tr("&User:"), self.user_combo),
                              (self.tr("&Action:"), self.action_combo),
                              (self.tr("Fro&m:"), self.since_edit),
                              (self.tr("T&o:"), self.until_edit)):
            shown = QLabel(label, self)
            shown.setBuddy(widget)
            line.addWidget(shown)
            line.addWidget(widget)
        line.addWidget(self.clear_button)
        filters.addRow(line)
        flow_layout.wrap_row(line, self)
        detail = QWidget(self)
        below = QVBoxLayout(detail)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.detail_label)
        below.addWidget(self.detail_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table_view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        counted = QHBoxLayout()
        counted.addWidget(self.count_label, 1)
        counted.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(counted)
        layout.addWidget(splitter, 1)

    def export_shown(self):
        """The entries as filtered (newest first, at most the list's cap) to CSV or XLSX."""
        filters = self.filters()
        return list_export.export_list(
            self, self.context, self.tr("Audit log"),
            lambda: export_lists.audit(audit_log.open_log(self.context.actor, filters)),
            list(export_lists.AUDIT))

    # Filters ----------------------------------------------------------------------------
    def filters(self) -> AuditFilter:
        since, until = self.since_edit.date(), self.until_edit.date()
        return AuditFilter(
            person_id=self.person_picker.person_id(), user_id=self.user_combo.currentData(),
            action=self.action_combo.currentData() or "",
            since=None if since == NO_DATE else since.toPython(),
            until=None if until == NO_DATE else until.toPython())

    def apply_filters(self, *, again: bool = False) -> None:
        """Show the entries the filters pick (a refusal is said above the list, which
        keeps what it showed)."""
        try:
            self.model.set_filters(self.filters(), again=again)
        except UserError as exc:
            self.count_label.setText(text.error(exc))
            return
        self._show_count()
        self._show_entry(None)
        if self.model.rowCount():
            self.table_view.selectRow(0)

    def _on_person_text_changed(self, typed: str) -> None:
        if not typed and self.person_picker.person_id() is not None:
            self.person_picker.set_person(None)  # the clear button, or the name deleted
            self.apply_filters()

    def clear_filters(self) -> None:
        widgets = (self.person_picker, self.user_combo, self.action_combo, self.since_edit,
                   self.until_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self.person_picker.set_person(None)
        self.user_combo.setCurrentIndex(0)
        self.action_combo.setCurrentIndex(0)
        self.since_edit.setDate(NO_DATE)
        self.until_edit.setDate(NO_DATE)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if self.model.capped:
            self.count_label.setText(self.tr(
                "The newest {count} entries are listed; choose dates to see older ones."
            ).format(count=localized.format_number(count)))
        else:
            self.count_label.setText(self.tr("%n entries", "", count))

    # The entry picked ------------------------------------------------------------------
    def current_entry(self) -> AuditRow | None:
        rows = self.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        self._show_entry(self.current_entry())

    def _show_entry(self, entry: AuditRow | None) -> None:
        self.detail_table.setRowCount(0)
        if entry is None:
            self.detail_label.setText(self.tr("Pick an entry to see what it changed."))
            return
        self.detail_label.setText(self.tr("{when}: {who} \u2014 {action} \u2014 {what}").format(
            when=f"{entry.at:%Y-%m-%d %H:%M:%S}", who=entry.actor,
            action=text.label("Audit", entry.action_text), what=what_text(entry)))
        changes = entry.field_changes()
        self.detail_table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            for column, shown in enumerate((text.label("Field", change.label), change.old,
                                            change.new)):
                item = QTableWidgetItem(shown)
                if change.masked and column:
                    item.setToolTip(self.tr("Not kept in the log: only that it changed."))
                self.detail_table.setItem(row, column, item)

    # Pane -------------------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Every write adds an entry: read the list again now if it is shown, else when
        it is next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def find(self) -> None:
        """Edit > Find (Ctrl+F): to the person filter."""
        self.person_picker.setFocus()

    def activated(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.apply_filters(again=True)

    def exercise(self) -> None:
        self.action_combo.setCurrentIndex(self.action_combo.findData("update"))
        self.table_view.selectRow(0)
        self.clear_filters()
