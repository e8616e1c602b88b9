"""The Requests section: the queue (most urgent first, late ones marked), the board (one
column per status) and today's follow-ups, over one filter bar, with the chosen request
shown beside the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk.services import export_lists, matching, requests
from civicdesk.services.changes import Changes
from civicdesk.services.request_lists import QueueFilter

from civicdesk.gui import list_export, localized, request_text, uistate
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.request_view_dialog import RequestViewDialog, connect_actions
from civicdesk.gui.models.request_queue_model import (
    COLUMNS,
    FollowUpModel,
    IdRole,
    RequestQueueModel,
)
from civicdesk.gui.panes.base import Pane
from civicdesk.gui.request_actions import RequestActions
from civicdesk.gui.widgets import flow_layout, scrolling, tables
from civicdesk.gui.widgets.request_board import RequestBoard
from civicdesk.gui.widgets.request_filters import RequestFilters
from civicdesk.gui.widgets.request_view import RequestView

QUEUE, BOARD, FOLLOW_UPS = range(3)
COLUMN_WIDTHS = {"id": 42, "urgency": 95, "requester": 115, "category": 100, "area": 90,
                 "status": 85, "assignee": 100, "due": 105, "follow_up": 95, "waiting": 75}
# Shown in the request beside the list; right-click the header to show them as columns.
HIDDEN_COLUMNS = ("category", "area", "follow_up", "waiting")
STATE_KEY = "requests_pane/"


class RequestsPane(Pane):
    icon_name = "requests"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RequestsPane", "Requests")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.actions = RequestActions(context, self)
        self.queue_model = RequestQueueModel(self)
        self.follow_up_model = FollowUpModel(self)
        self._board_stale = True
        self._build()
        self._add_shortcuts()
        self._connect()
        self._setup_export()
        self.load()
        self._restore_state()

    # Building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("&New request (Ctrl+N)"), self)
        self.count_label = QLabel(self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.export_button)
        self.filters = RequestFilters(self.context, self)
        self.tabs = QTabWidget(self)  # before its pages: Tab reaches the tabs, then a page
        self.queue_view = self._table(self.queue_model, self.tr("Request queue"))
        self.follow_up_view = self._table(self.follow_up_model, self.tr("Follow-ups due"))
        self.board = RequestBoard(self)
        self.tabs.addTab(self.queue_view, self.tr("&Queue"))
        self.tabs.addTab(self.board, self.tr("&Board"))
        self.tabs.addTab(self.follow_up_view, "")
        self.detail = RequestView(self.context, self)
        # The request's details scroll rather than make the window taller than the screen.
        self.detail_scroll = scrolling.scrolled(self.detail, self, sideways=False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([840, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        flow_layout.wrap_row(top, self)

    def _table(self, model: RequestQueueModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        tables.read_only_rows(view, single=True, stretch=None)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for key, width in self._column_widths(view).items():
            header.resizeSection(COLUMNS.index(key), width)
        header.setSectionResizeMode(COLUMNS.index("summary"), QHeaderView.ResizeMode.Stretch)
        for key in HIDDEN_COLUMNS:
            header.hideSection(COLUMNS.index(key))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos, h=header: self._column_menu(h, pos))
        view.doubleClicked.connect(lambda index: self._edit(index.data(IdRole)))
        return view

    def _column_widths(self, view: QTableView) -> dict[str, int]:
        """Room for the longest urgency and a late date (bold, with the warning icon)."""
        font = view.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        urgency = max(metrics.horizontalAdvance(request_text.urgency(u))
                      for u in requests.URGENCY_LABELS)
        due = metrics.horizontalAdvance("2026-12-31") + view.iconSize().width() + 8
        return COLUMN_WIDTHS | {"urgency": max(urgency + 16, 60), "due": due + 22}

    def _column_menu(self, header: QHeaderView, pos) -> None:
        """Right-click on the header: choose the columns shown."""
        menu = QMenu(self)
        model = header.model()
        for column in range(model.columnCount()):
            if COLUMNS[column] == "summary":
                continue
            action = menu.addAction(model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.exec(header.mapToGlobal(pos))

    def _add_shortcuts(self) -> None:
        keys = [("Ctrl+N", self.new_request), ("F2", lambda: self._edit(self.current_id())),
                ("Ctrl+H", lambda: self._on_current(self.actions.choose_helper)),
                ("Ctrl+M", lambda: self._on_current(self.actions.note)),
                ("Ctrl+U", lambda: self._on_current(self.actions.follow_up)),
                ("F5", lambda: self.refresh(None)),
                ("Ctrl+F", self.filters.status_combo.setFocus)]
        for sequence, slot in keys:
            action = QAction(self)
            action.setShortcut(QKeySequence(sequence))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_request)
        self.filters.changed.connect(self.load)
        for view in (self.queue_view, self.follow_up_view):
            view.selectionModel().currentRowChanged.connect(
                lambda current, _old: self.detail.show_request(
                    current.data(IdRole) if current.isValid() else None))
            view.installEventFilter(self)
        self.board.current_changed.connect(self._on_board_current_changed)
        self.board.move_requested.connect(self._on_board_move_requested)
        self.board.open_requested.connect(self._open_from_board)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        connect_actions(self.detail, self.actions)

    def _setup_export(self) -> None:
        """"Export what I see" (Ctrl+Shift+E): the queue as filtered, in its order."""
        self.export_action = list_export.button_follows(
            self.export_button, list_export.export_action(self, self.context, self.export_shown))

    def export_shown(self):
        ids = self.queue_model.ids()
        columns = [c for c in list_export.visible_columns(
            self.queue_view.horizontalHeader(), COLUMNS) if c in export_lists.REQUESTS]
        return list_export.export_list(self, self.context, self.tr("Requests"),
                                       lambda: export_lists.request_queue(ids=ids), columns)

    # Loading ----------------------------------------------------------------------------
    def load(self, queue_filter: QueueFilter | None = None) -> None:
        """Apply the filter bar (or *queue_filter*) to the queue and the board."""
        queue_filter = queue_filter or self.filters.filter()
        self.queue_model.load(queue_filter)
        self.follow_up_model.load(QueueFilter())
        self._board_stale = True
        if self.tabs.currentIndex() == BOARD:
            self._load_board()
        self._update_counts()
        self._select_first(self.current_view())

    def _load_board(self) -> None:
        self.board.load(self.queue_model.filter)
        self._board_stale = False

    def refresh(self, changed_ids: set[int] | None) -> None:
        """Re-read after a change; rows come, go and change one by one."""
        self.queue_model.refresh(changed_ids)
        self.follow_up_model.refresh(changed_ids)
        if self.tabs.currentIndex() == BOARD:
            self.board.refresh(changed_ids)
        else:
            self._board_stale = True
        self._update_counts()
        self.detail.show_request(self.current_id())

    def _update_counts(self) -> None:
        self.count_label.setText(self.tr("Requests in the queue: {count}").format(
            count=localized.format_number(self.queue_model.rowCount())))
        self.tabs.setTabText(FOLLOW_UPS, self.tr("Follow-ups due t&oday ({count})").format(
            count=localized.format_number(self.follow_up_model.rowCount())))

    def apply_changes(self, changes: Changes) -> None:
        if changes.everything:
            self.load()
        elif changes.touches("support_request"):
            self.refresh(changes.ids("support_request"))
        elif changes.touches("person") or changes.touches("household"):
            self.refresh(None)  # names on the cards may have changed

    def activated(self) -> None:
        self.current_view().setFocus()

    # Ids --------------------------------------------------------------------------------
    def current_view(self) -> QWidget:
        return self.tabs.currentWidget()

    def current_id(self) -> int | None:
        if self.tabs.currentIndex() == BOARD:
            return self.detail.record.id if self.detail.record else None
        index = self.current_view().currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select(self, request_id: int) -> bool:
        """Make *request_id* the current request in the visible list (if it is there)."""
        if self.tabs.currentIndex() == BOARD:
            return self.board.select(request_id)
        view = self.current_view()
        row = view.model().row_of(request_id)
        if row is None:
            return False
        view.selectionModel().setCurrentIndex(
            view.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(view.model().index(row, 0))
        return True

    def _select_first(self, view: QWidget) -> None:
        if isinstance(view, QTableView) and view.model().rowCount() \
                and not view.currentIndex().isValid():
            view.setCurrentIndex(view.model().index(0, 0))
        self.detail.show_request(self.current_id())

    # Actions ----------------------------------------------------------------------------
    def new_request(self) -> None:
        changes = self.actions.new()
        if changes is not None and changes.id is not None:
            self.select(changes.id)

    def _edit(self, request_id: int | None) -> None:
        if request_id is not None:
            self.actions.edit(request_id)

    def _on_current(self, action) -> None:
        request_id = self.current_id()
        if request_id is not None:
            action(request_id)

    def _on_board_move_requested(self, rid: int, version: int, _old: str, new: str) -> None:
        self.actions.move(rid, version, new)
        self.board.select(rid)  # keep the card in hand: Ctrl+Right again moves it on

    def _open_from_board(self, request_id: int) -> None:
        RequestViewDialog.show_for(self, self.context, request_id, actions=True)

    def _on_board_current_changed(self, request_id: int | None) -> None:
        if request_id is not None:
            self.detail.show_request(request_id)

    def _on_tab_changed(self, index: int) -> None:
        # The board needs the width of the window; the request opens in its own window there.
        self.detail_scroll.setVisible(index != BOARD)
        if index == BOARD and self._board_stale:
            self._load_board()
        if index != BOARD:
            self._select_first(self.current_view())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        # Enter on a row opens it for editing (a table view would only move down).
        if event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Return,
                                                                   Qt.Key.Key_Enter):
            self._edit(self.current_id())
            return True
        return super().eventFilter(watched, event)

    # State ------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = uistate.qsettings()
        for name, widget in (("queue_header", self.queue_view.horizontalHeader()),
                             ("splitter", self.splitter)):
            state = settings.value(STATE_KEY + name)
            if state is not None:
                widget.restoreState(state)

    def save_state(self) -> None:
        settings = uistate.qsettings()
        settings.setValue(STATE_KEY + "queue_header",
                          self.queue_view.horizontalHeader().saveState())
        settings.setValue(STATE_KEY + "splitter", self.splitter.saveState())

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_state()
        super().hideEvent(event)

    # Self-test --------------------------------------------------------------------------
    def exercise(self) -> None:
        """Filter the queue, show the board, open a request read-only and compute the
        suggestions for it; changes no data."""
        self.filters.late_check.setChecked(True)
        self.filters.clear()
        self.tabs.setCurrentIndex(BOARD)
        counted = sum(m.rowCount() for m in self.board.models.values())
        self.tabs.setCurrentIndex(QUEUE)
        if self.queue_model.rowCount() == 0:
            if counted:
                raise RuntimeError("the board shows requests the queue does not")
            return
        rid = self.queue_model.id_at(0)
        view = RequestView(self.context, actions=False)
        view.show_request(rid)
        if view.record is None or view.record.id != rid or view.button_texts():
            raise RuntimeError(f"request {rid} did not open read-only")
        view.deleteLater()
        ranking = matching.rank(rid, limit=5)
        if ranking.total and not ranking.suggestions[0].reasons:
            raise RuntimeError("suggestions came without reasons")

