"""The people list: search as you type, filters, the result count and the table.

Typing goes straight to SQL (FTS5) on every keystroke; a search over 100,000 people
answers in milliseconds, so there is no delay to wait out. The first result is selected,
so Enter opens it; Down moves into the list; Esc clears the search.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from civicdesk.services import export_lists, member_list, vocabulary
from civicdesk.services.member_list import MemberFilter

from civicdesk.gui import focus_order, list_export, localized
from civicdesk.gui.context import AppContext
from civicdesk.gui.forms.ui_people_list import Ui_PeopleList
from civicdesk.gui.models import member_table
from civicdesk.gui.widgets import flow_layout, search_keys, table_columns

HEADER_KEY = "members/people_columns"
# Fits a 1180-pixel window; the last column takes what is left.
WIDTHS = {0: 200, 1: 170, 2: 125, 3: 190, 4: 100, 5: 110, 6: 80}


class PeopleListPage(QWidget):
    """Emits `open_requested(person_id)` (Enter, double-click, Open) and `new_requested`."""

    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PeopleList()
        self.ui.setupUi(self)
        self.model = member_table.MemberTableModel(self)
        self._pending: set[int] = set()  # people changed while the list was not shown
        self._select_later: int | None = None
        self._setup_filters()
        flow_layout.wrap_row(self.ui.filter_row, self)  # wraps when the window is narrow
        self._setup_table()
        self._connect()
        self._setup_export()
        self.apply_filters()

    def _setup_export(self) -> None:
        """"Export what I see" (Ctrl+Shift+E), beside Open; not for volunteers."""
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_action = list_export.button_follows(
            self.export_button, list_export.export_action(self, self.context, self.export_shown))
        row = self.ui.count_row
        row.insertWidget(row.indexOf(self.ui.open_button), self.export_button)
        flow_layout.wrap_row(row, self)
        focus_order.before(self.export_button, self.ui.open_button)  # Tab as it is read

    def export_shown(self):
        """The list as shown (search, filters, sort, visible columns) to CSV or XLSX."""
        filters, model = self.filters(), self.model
        sort, descending = model.sort_column, model.descending
        columns = list_export.visible_columns(self.ui.table_view.horizontalHeader(),
                                              model.columns)
        return list_export.export_list(
            self, self.context, self.tr("People"),
            lambda: export_lists.people(filters, sort, descending), columns)

    # Setup --------------------------------------------------------------------------------
    def _setup_filters(self) -> None:
        ui = self.ui
        ui.status_combo.addItem(self.tr("Any membership"), "")
        for code in vocabulary.STATUS_ORDER:
            ui.status_combo.addItem(member_table.status_label(code), code)
        ui.volunteer_combo.addItem(self.tr("Volunteers or not"), None)
        ui.volunteer_combo.addItem(self.tr("Volunteers only"), True)
        ui.volunteer_combo.addItem(self.tr("Not volunteers"), False)
        ui.archived_combo.addItem(self.tr("Current people"), "current")
        ui.archived_combo.addItem(self.tr("Archived people"), "archived")
        ui.archived_combo.addItem(self.tr("Current and archived"), "all")
        ui.language_combo.addItem(self.tr("Any language"), "")
        ui.language_combo.set_loader(self._fill_languages)
        ui.skill_combo.addItem(self.tr("Any skill"), "")
        ui.skill_combo.set_loader(self._fill_skills)
        font = ui.search_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        ui.search_edit.setFont(font)
        ui.search_edit.setMinimumHeight(ui.search_edit.sizeHint().height() + 6)

    def refresh_choices(self) -> None:
        """People changed: the languages and skills on file may have too (read again the
        next time a filter list is opened)."""
        self.ui.language_combo.mark_stale()
        self.ui.skill_combo.mark_stale()

    def _fill_languages(self, combo) -> None:
        self._fill(combo, self.tr("Any language"), member_list.known_tag_lists().languages)

    def _fill_skills(self, combo) -> None:
        self._fill(combo, self.tr("Any skill"), member_list.known_tag_lists().skills)

    @staticmethod
    def _fill(combo, anything: str, values: list[str]) -> None:
        """Replace the choices, keeping the chosen one."""
        chosen = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, "")
        for value in values:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _setup_table(self) -> None:
        view = self.ui.table_view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(view.fontMetrics().height() * 1.9))
        rows.hide()
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.columns = table_columns.ColumnLayout(view, HEADER_KEY, WIDTHS)
        self._sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not self.model.sortable(self._sort[0]):
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(self.apply_filters)
        for combo in (ui.status_combo, ui.volunteer_combo, ui.language_combo, ui.skill_combo,
                      ui.archived_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        ui.dues_check.toggled.connect(self.apply_filters)
        ui.clear_filters_button.clicked.connect(self.clear_filters)
        ui.new_person_button.clicked.connect(self.new_requested)
        ui.open_button.clicked.connect(self._on_open_clicked)
        ui.table_view.activated.connect(self._on_activated)
        ui.table_view.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_changed)
        self.keys = search_keys.SearchListKeys(ui.search_edit, ui.table_view,
                                               self.open_current, self)

    # Filtering ----------------------------------------------------------------------------
    def filters(self) -> MemberFilter:
        ui = self.ui
        return MemberFilter(text=ui.search_edit.text(), status=ui.status_combo.currentData(),
                            volunteer=ui.volunteer_combo.currentData(),
                            dues_overdue=ui.dues_check.isChecked(),
                            skill=ui.skill_combo.currentData() or "",
                            language=ui.language_combo.currentData() or "",
                            archived=ui.archived_combo.currentData())

    def apply_filters(self, *_args) -> None:
        """Show who matches the search and filters; select the first one."""
        self.model.set_filters(self.filters())
        self._show_count()
        self._select_first()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.ui.table_view.setCurrentIndex(self.model.index(0, 0))
            self.ui.table_view.scrollToTop()

    def reload(self) -> None:
        """Everything may have changed (demo data, an import): read the list anew."""
        self.model.reload()
        self._show_count()
        self._select_first()
        self.refresh_choices()

    def clear_filters(self) -> None:
        ui = self.ui
        for widget in (ui.search_edit, ui.status_combo, ui.volunteer_combo, ui.language_combo,
                       ui.skill_combo, ui.archived_combo, ui.dues_check):
            widget.blockSignals(True)
        ui.search_edit.clear()
        for combo in (ui.status_combo, ui.volunteer_combo, ui.language_combo, ui.skill_combo,
                      ui.archived_combo):
            combo.setCurrentIndex(0)
        ui.dues_check.setChecked(False)
        for widget in (ui.search_edit, ui.status_combo, ui.volunteer_combo, ui.language_combo,
                       ui.skill_combo, ui.archived_combo, ui.dues_check):
            widget.blockSignals(False)
        self.apply_filters()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if getattr(self.model.query, "capped", False):
            text = self.tr("More than {count} people found: type more to narrow the "
                           "search").format(count=localized.format_number(count))
        elif self.filters() != MemberFilter():
            text = self.tr("1 person found") if count == 1 else self.tr(
                "{count} people found").format(count=localized.format_number(count))
        else:
            text = self.tr("1 person on file") if count == 1 else self.tr(
                "{count} people on file").format(count=localized.format_number(count))
        self.ui.count_label.setText(text)
        self.ui.open_button.setEnabled(count > 0)

    def _on_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        header = self.ui.table_view.horizontalHeader()
        if not self.model.sortable(column):  # e.g. languages: put the arrow back
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            return
        self._sort = (column, order)
        self._select_first()

    # Selection and opening ----------------------------------------------------------------
    def current_person_id(self) -> int | None:
        index = self.ui.table_view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_person(self, person_id: int) -> bool:
        """Make *person_id* the current row (if the filter shows them); while the list is
        not shown, once it is again (`catch_up`)."""
        if not self._on_top():
            self._select_later = person_id
            return True
        row = self.model.row_of_id(person_id)
        if row is None:
            return False
        self.ui.table_view.setCurrentIndex(self.model.index(row, 0))
        self.scroll_to_current()
        return True

    def scroll_to_current(self) -> None:
        index = self.ui.table_view.currentIndex()
        if index.isValid():
            self.ui.table_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def focus_search(self) -> None:
        self.keys.focus_search()

    def open_current(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.open_requested.emit(person_id)

    def _on_open_clicked(self) -> None:
        self.open_current()

    def _on_activated(self, index: QModelIndex) -> None:
        person_id = self.model.id_at(index.row())
        if person_id is not None:
            self.open_requested.emit(person_id)


    # Changes ------------------------------------------------------------------------------
    def refresh(self, person_ids: set[int]) -> None:
        """People changed: update their rows (and the count); keep the current person.

        While another page of the pane is shown (a person being edited), the rows are
        updated when the list is shown again (`catch_up`): a save then costs no list reads.
        """
        if not self._on_top():
            self._pending |= set(person_ids)
            return
        current = self.current_person_id()
        self.model.refresh_ids(person_ids)
        self._show_count()
        if current is not None and not self.ui.table_view.currentIndex().isValid():
            self.select_person(current)

    def catch_up(self) -> None:
        """The list is shown again: show the changes made meanwhile."""
        pending, self._pending = self._pending, set()
        if pending:
            self.refresh(pending)
        chosen, self._select_later = self._select_later, None
        if chosen is not None:
            self.select_person(chosen)

    def _on_top(self) -> bool:
        stack = self.parentWidget()
        return not isinstance(stack, QStackedWidget) or stack.currentWidget() is self
