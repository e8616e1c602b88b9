"""One column of the request board: the requests in one status, as cards that can be
dragged to another column (the drop is only offered where the workflow allows it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)

from civicdesk import clock
from civicdesk.services import vocabulary
from civicdesk.services.request_lists import QueueRow

from civicdesk.gui import request_text
from civicdesk.gui.models import request_rows
from civicdesk.gui.models.request_queue_model import IdRole, OverdueRole, StatusRole, VersionRole

MIME_TYPE = "application/x-civicdesk-request"
CardRole = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class Card:
    """The lines of a card, ready to draw."""

    title: str
    who: str
    when: str
    helper: str
    nobody: str
    late: bool

# Called on a drop: (request id, version it was dragged at, from status, to status).
DropHandler = Callable[[int, int, str, str], bool]


def encode(request_id: int, version: int, status: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(f"{request_id} {version} {status}".encode()))
    return mime


def decode(mime: QMimeData) -> tuple[int, int, str] | None:
    if not mime.hasFormat(MIME_TYPE):
        return None
    rid, version, status = bytes(mime.data(MIME_TYPE).data()).decode().split()
    return int(rid), int(version), status


class BoardColumnModel(QAbstractListModel):
    """The cards of one status column, in queue order (ids, rows fetched lazily)."""

    def __init__(self, status: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.today = clock.today()
        self.on_drop: DropHandler | None = None
        self._cache = request_rows.RowCache()

    def set_ids(self, ids: list[int], changed_ids: set[int] | None = None) -> None:
        """Show *ids*: row signals for what came and went, dataChanged for *changed_ids*
        (None: re-read every card)."""
        self.today = clock.today()
        if changed_ids is None:
            self._cache.clear()
        else:
            self._cache.forget(changed_ids)
        request_rows.sync(self, self._cache, ids)
        request_rows.announce(self, self._cache, changed_ids)

    def ids(self) -> list[int]:
        return list(self._cache.ids)

    def row_of(self, request_id: int) -> int | None:
        return self._cache.position(request_id)

    def request(self, row: int) -> QueueRow | None:
        return self._cache.row(row)

    # Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cache)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cache):
            return None
        if role == IdRole:
            return self._cache.ids[index.row()]
        row = self._cache.row(index.row())
        if row is None:
            return None
        late = row.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return card_text(row, late, self.today)
        if role == CardRole:
            return card(row, late, self.today)
        if role == Qt.ItemDataRole.ToolTipRole:
            return card_text(row, late, self.today)
        if role == StatusRole:
            return row.status
        if role == VersionRole:
            return row.version
        if role == OverdueRole:
            return late
        return None

    # Drag and drop ----------------------------------------------------------------------
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        index = indexes[0]
        return encode(index.data(IdRole), index.data(VersionRole) or 0, self.status)

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: QModelIndex) -> bool:
        found = decode(mime)
        return found is not None and vocabulary.can_move(found[2], self.status)

    def dropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: QModelIndex) -> bool:
        found = decode(mime)
        if found is None or not vocabulary.can_move(found[2], self.status) or not self.on_drop:
            return False
        rid, version, old = found
        self.on_drop(rid, version, old, self.status)
        return False  # the board refreshes itself from the database; Qt must not remove rows


def card(row: QueueRow, late: bool, today: date) -> Card:
    dot = " \u00b7 "
    who = dot.join(x for x in (row.requester_name, row.area) if x)
    # The date first: on a late card it is what the warning is about (and must not be cut).
    # A late card also says so in words, beside its warning sign.
    when = [request_text.due(row.due_on, late, today)] if row.due_on else []
    when.append(request_text.urgency(row.urgency))
    helper = f"\u2192 {row.assignee_name}" if row.assignee_name else ""
    nobody = QCoreApplication.translate("BoardColumnModel", "no helper yet")
    return Card(f"#{row.id} {row.summary}", who, dot.join(when), helper, nobody, late)


def card_text(row: QueueRow, late: bool, today: date) -> str:
    """The card as plain lines (tooltip, screen readers, tests)."""
    c = card(row, late, today)
    return "\n".join(x for x in (c.title, c.who, c.when, c.helper) if x)
