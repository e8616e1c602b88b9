"""The households list: search through members' names, phones, emails and streets."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QWidget

from civicdesk.services import export_lists

from civicdesk.gui import focus_order, list_export, localized
from civicdesk.gui.context import AppContext
from civicdesk.gui.forms.ui_households_list import Ui_HouseholdsList
from civicdesk.gui.models import household_table
from civicdesk.gui.widgets import search_keys, table_columns

HEADER_KEY = "members/household_columns"
WIDTHS = {0: 200, 1: 240, 2: 180, 3: 320}


class HouseholdsListPage(QWidget):
    """Emits `open_requested(household_id)` on Enter, double-click or Open."""

    open_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_HouseholdsList()
        self.ui.setupUi(self)
        self.model = household_table.HouseholdTableModel(self)
        self.stale = False
        view = self.ui.table_view
        view.setModel(self.model)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(view.fontMetrics().height() * 1.9))
        rows.hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.columns = table_columns.ColumnLayout(view, HEADER_KEY, WIDTHS)
        font = self.ui.search_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.ui.search_edit.setFont(font)
        self.ui.search_edit.textChanged.connect(self.apply_search)
        self.ui.archived_check.toggled.connect(self._on_archived_toggled)
        self.ui.open_button.clicked.connect(self.open_current)
        view.activated.connect(self._on_activated)
        view.horizontalHeader().sortIndicatorChanged.connect(self._after_reload)
        self.keys = search_keys.SearchListKeys(self.ui.search_edit, view, self.open_current,
                                               self)
        self._setup_export()
        self.apply_search()

    def _setup_export(self) -> None:
        """"Export what I see" (Ctrl+Shift+E), beside Open; not for volunteers."""
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_action = list_export.button_follows(
            self.export_button, list_export.export_action(self, self.context, self.export_shown))
        row = self.ui.count_row
        row.insertWidget(row.indexOf(self.ui.open_button), self.export_button)
        focus_order.before(self.export_button, self.ui.open_button)  # Tab as it is read

    def export_shown(self):
        """The households as shown (search, archived or not, sort, visible columns)."""
        model = self.model
        text, archived = model.text, model.include_archived
        sort, descending = model.sort_column, model.descending
        columns = list_export.visible_columns(self.ui.table_view.horizontalHeader(),
                                              model.columns)
        return list_export.export_list(
            self, self.context, self.tr("Households"),
            lambda: export_lists.households(text, include_archived=archived, sort=sort,
                                            descending=descending), columns)

    def apply_search(self, *_args) -> None:
        self.model.set_text(self.ui.search_edit.text())
        self._after_reload()

    def _on_archived_toggled(self, on: bool) -> None:
        self.model.include_archived = on
        self.model.reload()
        self._after_reload()

    def _after_reload(self, *_args) -> None:
        count = self.model.rowCount()
        if getattr(self.model.query, "capped", False):
            text = self.tr("More than {count} households found: type more to narrow the "
                           "search").format(count=localized.format_number(count))
        else:
            text = self.tr("1 household") if count == 1 else self.tr(
                "{count} households").format(count=localized.format_number(count))
        self.ui.count_label.setText(text)
        self.ui.open_button.setEnabled(count > 0)
        if count:
            self.ui.table_view.setCurrentIndex(self.model.index(0, 0))
            self.ui.table_view.scrollToTop()

    def reload_if_stale(self) -> None:
        """People moved since the list was shown: its member names may be out of date."""
        if self.stale:
            self.stale = False
            current = self.current_household_id()
            self.model.reload()
            self._after_reload()
            if current is not None:
                self.select_household(current)

    def refresh(self, household_ids: set[int]) -> None:
        self.model.refresh_ids(household_ids)

    def current_household_id(self) -> int | None:
        index = self.ui.table_view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_household(self, household_id: int) -> bool:
        row = self.model.row_of_id(household_id)
        if row is None:
            return False
        self.ui.table_view.setCurrentIndex(self.model.index(row, 0))
        self.ui.table_view.scrollTo(self.model.index(row, 0),
                                    QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def focus_search(self) -> None:
        self.keys.focus_search()

    def open_current(self) -> None:
        hid = self.current_household_id()
        if hid is not None:
            self.open_requested.emit(hid)

    def _on_activated(self, index: QModelIndex) -> None:
        hid = self.model.id_at(index.row())
        if hid is not None:
            self.open_requested.emit(hid)

