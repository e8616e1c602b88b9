"""The request queue as a table: most urgent first, then the longest waiting; late rows
marked in colour, with an icon and a word (so it does not rely on colour alone)."""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from civicdesk import clock
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import request_lists
from civicdesk.services.request_lists import QueueFilter, QueueRow

from civicdesk.gui import icons, request_text, themes
from civicdesk.gui.models import request_rows, roles

__all__ = ["FollowUpModel", "IdRole", "QueueFilter", "RequestQueueModel", "StatusRole",
           "VersionRole"]

IdRole = roles.IdRole
StatusRole = Qt.ItemDataRole.UserRole + 2
VersionRole = Qt.ItemDataRole.UserRole + 3
OverdueRole = Qt.ItemDataRole.UserRole + 4

COLUMNS = ("id", "urgency", "summary", "requester", "category", "area", "status", "assignee",
           "due", "follow_up", "waiting")
HEADERS = {
    "id": QT_TRANSLATE_NOOP("RequestQueueModel", "No."),
    "urgency": QT_TRANSLATE_NOOP("RequestQueueModel", "Urgency"),
    "summary": QT_TRANSLATE_NOOP("RequestQueueModel", "Summary"),
    "requester": QT_TRANSLATE_NOOP("RequestQueueModel", "Requester"),
    "category": QT_TRANSLATE_NOOP("RequestQueueModel", "Category"),
    "area": QT_TRANSLATE_NOOP("RequestQueueModel", "Area"),
    "status": QT_TRANSLATE_NOOP("RequestQueueModel", "Status"),
    "assignee": QT_TRANSLATE_NOOP("RequestQueueModel", "Helper"),
    "due": QT_TRANSLATE_NOOP("RequestQueueModel", "Due"),
    "follow_up": QT_TRANSLATE_NOOP("RequestQueueModel", "Follow up"),
    "waiting": QT_TRANSLATE_NOOP("RequestQueueModel", "Waiting"),
}


def _header(key: str) -> str:
    return QCoreApplication.translate("RequestQueueModel", HEADERS[key])


class RequestQueueModel(QAbstractTableModel):
    """Request ids for a `QueueFilter`, rows loaded lazily around what is shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = QueueFilter()
        self.today = clock.today()
        self.tz = clock.zone()
        self._cache = request_rows.RowCache()
        self._bold = QFont()
        self._bold.setBold(True)

    # Loading ---------------------------------------------------------------------------
    def load(self, queue_filter: QueueFilter) -> None:
        """Show the requests *queue_filter* selects (a full reload)."""
        self.beginResetModel()
        self.filter = queue_filter
        self.today, self.tz = clock.today(), clock.zone()
        self._cache.ids = self._fetch_ids()
        self._cache.clear()
        self.endResetModel()

    def refresh(self, changed_ids: set[int] | None = None) -> None:
        """Re-read after a change: rows in or out of the filter come and go one by one,
        changed rows are re-read (None: every row)."""
        self.today = clock.today()
        if changed_ids is None:
            self._cache.clear()
        else:
            self._cache.forget(changed_ids)
        request_rows.sync(self, self._cache, self._fetch_ids())
        request_rows.announce(self, self._cache, changed_ids, len(COLUMNS) - 1)

    def _fetch_ids(self) -> list[int]:
        return request_lists.queue_ids(self.filter, self.today)

    # Ids --------------------------------------------------------------------------------
    def ids(self) -> list[int]:
        return list(self._cache.ids)

    def id_at(self, row: int) -> int:
        return self._cache.ids[row]

    def row_of(self, request_id: int) -> int | None:
        return self._cache.position(request_id)

    def request(self, row: int) -> QueueRow | None:
        return self._cache.row(row)

    # Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cache)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return _header(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cache):
            return None
        if role == IdRole:
            return self._cache.ids[index.row()]
        row = self._cache.row(index.row())
        if row is None:  # deleted since the ids were read
            return None
        key = COLUMNS[index.column()]
        return self._value(row, key, role, row.overdue(self.today))

    def _value(self, row: QueueRow, key: str, role: int, late: bool):
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, key, self.today, self.tz)
        if role == StatusRole:
            return row.status
        if role == VersionRole:
            return row.version
        if role == OverdueRole:
            return late
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return QBrush(themes.colour(themes.surface("late_row").fill))
        if role == Qt.ItemDataRole.ForegroundRole and late and key == "due":
            return QBrush(themes.colour(themes.surface("late_row").accent))
        if role == Qt.ItemDataRole.DecorationRole and late and key == "due":
            return icons.load("warning")
        if role == Qt.ItemDataRole.AccessibleTextRole and late and key == "due":
            return late_text(display(row, key, self.today, self.tz))
        if role == Qt.ItemDataRole.FontRole and (row.urgency == "today" or late) \
                and key in ("urgency", "due"):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(row, self.today)
        return None


class FollowUpModel(RequestQueueModel):
    """The "follow-ups due today" list: every request whose follow-up date has come
    (earliest first), whatever the queue's filter."""

    def _fetch_ids(self) -> list[int]:
        return request_lists.follow_up_ids(self.today)


def display(row: QueueRow, key: str, today: date, tz: tzinfo) -> str:
    """The text of one cell."""
    if key == "id":
        return str(row.id)
    if key == "urgency":
        return request_text.urgency(row.urgency)
    if key == "category":
        return request_text.category(row.category_name)
    if key == "status":
        return request_text.status(row.status)
    if key == "due":  # late ones carry the warning icon, red bold text and a tooltip
        return request_text.day(row.due_on)
    if key == "follow_up":
        return request_text.day(row.follow_up_on)
    if key == "waiting":
        return request_text.waiting(row.created_at, today, tz)
    return {"summary": row.summary, "requester": row.requester_name, "area": row.area,
            "assignee": row.assignee_name}[key]


def late_text(due: str) -> str:
    """A late due date as a screen reader says it (the cell shows the date and a sign)."""
    return QCoreApplication.translate("RequestQueueModel", "{date}, late").format(date=due)


def tooltip(row: QueueRow, today: date) -> str:
    lines = [f"#{row.id} {row.summary}"]
    if row.overdue(today):
        lines.append(QCoreApplication.translate(
            "RequestQueueModel", "Late: it was due on {date}.").format(date=row.due_on))
    if row.follow_up_due(today):
        lines.append(QCoreApplication.translate(
            "RequestQueueModel", "Follow-up due ({date}).").format(date=row.follow_up_on))
    return "\n".join(lines)
