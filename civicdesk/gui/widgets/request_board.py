"""The request board: one column per status. A card moves with the keyboard (Ctrl+Left /
Ctrl+Right to the neighbouring column) or by dragging it; a column only accepts a drop the
workflow allows, and the move itself goes through the pane (which may ask for a helper or
a reason first)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from civicdesk.services import request_lists, vocabulary
from civicdesk.services.request_lists import QueueFilter

from civicdesk.gui import localized, request_text, themes
from civicdesk.gui.models.request_board_model import BoardColumnModel
from civicdesk.gui.models.request_queue_model import IdRole, VersionRole
from civicdesk.gui.widgets.request_card_delegate import RequestCardDelegate

STATUSES = vocabulary.REQUEST_STATUSES
HEADER_STYLE = "font-weight: bold; padding: 6px; border-radius: 3px;"  # on "board_<status>"
COLUMN_STYLE = "border: 1px solid {outline};"  # on the "board" surface


class BoardColumnView(QListView):
    """A column of cards. Left/Right go to the next column, Ctrl+Left/Right move the card,
    Enter opens it; the menu key offers every move the workflow allows."""

    step = Signal(int)  # -1 / +1: go to the neighbouring column
    shift = Signal(int)  # -1 / +1: move the current card there
    opened = Signal(int)  # request id
    move_chosen = Signal(int, str)  # request id, status (from the context menu)

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)  # thousands of cards stay fast
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        themes.fill(self, "board", COLUMN_STYLE, selector="QListView")
        self.setItemDelegate(RequestCardDelegate(self))
        self.doubleClicked.connect(lambda index: self.opened.emit(index.data(IdRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        direction = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key)
        if direction is not None:
            (self.shift if ctrl else self.step).emit(direction)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.opened.emit(self.currentIndex().data(IdRole))
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        index = self.currentIndex() if event.reason() == event.Reason.Keyboard \
            else self.indexAt(event.pos())
        if not index.isValid():
            return
        menu = QMenu(self)
        rid = index.data(IdRole)
        for status in STATUSES:
            if vocabulary.can_move(self.status, status):
                action = menu.addAction(request_text.move_label(self.status, status))
                action.triggered.connect(lambda _=False, s=status: self.move_chosen.emit(rid, s))
        menu.exec(event.globalPos())


class RequestBoard(QWidget):
    """Six columns over the same filter as the queue (its status choice aside)."""

    move_requested = Signal(int, int, str, str)  # id, version, from, to
    open_requested = Signal(int)
    current_changed = Signal(object)  # request id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QueueFilter()
        self.limit = request_lists.BOARD_LIMIT
        self.models: dict[str, BoardColumnModel] = {}
        self.views: dict[str, BoardColumnView] = {}
        self.headers: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for status in STATUSES:
            layout.addLayout(self._column(status), 1)

    def _column(self, status: str) -> QVBoxLayout:
        model = BoardColumnModel(status, self)
        model.on_drop = self._on_drop
        view = BoardColumnView(status, self)
        view.setModel(model)
        view.setAccessibleName(request_text.status(status))
        view.step.connect(lambda d, s=status: self._step(s, d))
        view.shift.connect(lambda d, s=status: self._shift(s, d))
        view.opened.connect(self.open_requested)
        view.move_chosen.connect(lambda rid, new, s=status: self._request_move(rid, s, new))
        view.selectionModel().currentChanged.connect(
            lambda current, _old: self.current_changed.emit(current.data(IdRole)
                                                            if current.isValid() else None))
        header = QLabel(self)
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setWordWrap(True)  # a long status name takes two lines, not the window's width
        themes.fill(header, f"board_{status}", HEADER_STYLE)
        column = QVBoxLayout()
        column.addWidget(header)
        column.addWidget(view, 1)
        self.models[status], self.views[status], self.headers[status] = model, view, header
        return column

    # Loading ----------------------------------------------------------------------------
    def load(self, queue_filter: QueueFilter, changed_ids: set[int] | None = None) -> None:
        """Show the requests *queue_filter* selects (its statuses are ignored: every status
        has its column). Only what changed is signalled to the views."""
        self.filter = queue_filter
        columns = request_lists.board_ids(queue_filter, limit=self.limit)
        counts = request_lists.board_counts(queue_filter)
        for status, model in self.models.items():
            model.set_ids(columns.get(status, []), changed_ids)
            shown, total = model.rowCount(), counts[status]
            header = self.tr("{status} ({count})") if shown == total else self.tr(
                "{status} ({shown} of {count})")
            self.headers[status].setText(header.format(
                status=request_text.status(status), count=localized.format_number(total), shown=localized.format_number(shown)))
            self.headers[status].setToolTip("" if shown == total else self.tr(
                "The board shows {shown} cards here; the queue lists them all.").format(
                shown=localized.format_number(shown)))

    def refresh(self, changed_ids: set[int] | None = None) -> None:
        self.load(self.filter, changed_ids)

    # Ids --------------------------------------------------------------------------------
    def current_request_id(self) -> int | None:
        view = self.focused_view()
        if view is None or not view.currentIndex().isValid():
            return None
        return view.currentIndex().data(IdRole)

    def focused_view(self) -> BoardColumnView | None:
        focus = self.focusWidget()
        return focus if isinstance(focus, BoardColumnView) else None

    def select(self, request_id: int) -> bool:
        """Put the focus on *request_id*'s card, wherever it is now."""
        for status, model in self.models.items():
            row = model.row_of(request_id)
            if row is not None:
                self._focus(status, row)
                return True
        return False

    def _focus(self, status: str, row: int) -> None:
        view = self.views[status]
        index = view.model().index(row, 0)
        view.setFocus()
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.scrollTo(index)

    # Keyboard and drops -----------------------------------------------------------------
    def _neighbour(self, status: str, direction: int) -> str | None:
        position = STATUSES.index(status) + direction
        return STATUSES[position] if 0 <= position < len(STATUSES) else None

    def _step(self, status: str, direction: int) -> None:
        target = self._neighbour(status, direction)
        while target is not None and self.models[target].rowCount() == 0:
            target = self._neighbour(target, direction)  # skip empty columns
        if target is not None:
            row = min(self.views[status].currentIndex().row(),
                      self.models[target].rowCount() - 1)
            self._focus(target, max(row, 0))

    def _shift(self, status: str, direction: int) -> None:
        index: QModelIndex = self.views[status].currentIndex()
        target = self._neighbour(status, direction)
        if index.isValid() and target is not None:
            self._request_move(index.data(IdRole), status, target, index.data(VersionRole))

    def _request_move(self, rid: int, old: str, new: str, version: int | None = None) -> None:
        if version is None:
            version = self.models[old].request(self.models[old].row_of(rid)).version
        self.move_requested.emit(rid, version, old, new)

    def _on_drop(self, rid: int, version: int, old: str, new: str) -> bool:
        # After the drop event has finished: the move may open a dialog.
        QTimer.singleShot(0, lambda: self.move_requested.emit(rid, version, old, new))
        return True
