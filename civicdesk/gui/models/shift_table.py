"""Table model over shift rows (schedule.ShiftRow): the shift list and the shift chooser."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from civicdesk.services.schedule import ShiftRow

from civicdesk.gui import shift_format
from civicdesk.gui.models import roles

ShiftIdRole = roles.IdRole
ShiftRowRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

WHEN, EVENT, ROLE, LOCATION, PLACES, STATE = range(6)
UNFILLED_BACKGROUND = QColor("#fff1d6")  # the week calendar uses the same amber
UNFILLED_FOREGROUND = QColor("#8a4b00")
CANCELLED_FOREGROUND = QColor("#777777")
AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the default parent (a call in a default argument trips ruff B008)


def _order(row: ShiftRow) -> tuple:
    return row.starts_at, row.event_name.casefold(), row.id


class ShiftTableModel(QAbstractTableModel):
    """Shifts in time order; `apply_rows` inserts, updates and removes single rows."""

    def __init__(self, tz: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self.tz = tz
        self._rows: list[ShiftRow] = []
        self._pos: dict[int, int] = {}
        self._headers = [self.tr("When"), self.tr("Event"), self.tr("Role"), self.tr("Where"),
                         self.tr("Taken"), self.tr("Open")]

    # Loading and changing ---------------------------------------------------------------
    def load(self, rows: list[ShiftRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=_order)
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._pos = {row.id: i for i, row in enumerate(self._rows)}

    def apply_rows(self, found: dict[int, ShiftRow | None],
                   belongs: Callable[[ShiftRow], bool]) -> None:
        """Bring the given shifts up to date: None (deleted) or not `belongs` removes the
        row, a known row is updated in place, a new one is inserted in time order."""
        for shift_id, row in found.items():
            at = self._pos.get(shift_id)
            if row is None or not belongs(row):
                if at is not None:
                    self.beginRemoveRows(QModelIndex(), at, at)
                    del self._rows[at]
                    self._reindex()
                    self.endRemoveRows()
            elif at is not None and _order(self._rows[at]) == _order(row):
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, STATE))
            else:
                if at is not None:  # its time changed: remove, then insert where it belongs
                    self.apply_rows({shift_id: None}, belongs)
                self._insert(row)

    def _insert(self, row: ShiftRow) -> None:
        at = bisect.bisect_left([_order(r) for r in self._rows], _order(row))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._reindex()
        self.endInsertRows()

    # Ids ---------------------------------------------------------------------------------
    def shift_ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def row_of(self, shift_id: int) -> int | None:
        return self._pos.get(shift_id)

    def shift_at(self, row: int) -> ShiftRow:
        return self._rows[row]

    # Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == ShiftIdRole:
            return row.id
        if role == ShiftRowRole:
            return row
        if role == SortRole:
            return self._sort_value(row, index.column())
        return self._decoration(row, index.column(), role)

    def _display(self, row: ShiftRow, column: int) -> str:
        if column == WHEN:
            return shift_format.when_text(row.starts_at, row.ends_at, self.tz)
        if column == EVENT:
            return row.event_name
        if column == ROLE:
            return row.title
        if column == LOCATION:
            return row.location
        if column == PLACES:
            return shift_format.places_text(row.filled, row.capacity)
        if row.cancelled:
            return self.tr("Cancelled")
        return shift_format.open_text(row.open_places) if row.unfilled else self.tr("Full")

    def _sort_value(self, row: ShiftRow, column: int):
        if column == WHEN:
            return row.starts_at.isoformat()
        if column == PLACES:
            return row.filled
        if column == STATE:
            return -1 if row.cancelled else row.open_places
        return self._display(row, column).casefold()

    def _decoration(self, row: ShiftRow, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and row.unfilled and column == STATE:
            return QBrush(UNFILLED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.unfilled and column == STATE:
            return QBrush(UNFILLED_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and row.unfilled and column == STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.cancelled:
            return QBrush(CANCELLED_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and row.cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == EVENT:
            return QColor(row.colour)
        return None
