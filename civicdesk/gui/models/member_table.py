"""The people list: one row per person, filtered and sorted in SQL (`data.member_list`)."""

from __future__ import annotations

from datetime import date
from typing import Any

import peewee as pw

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from civicdesk.data import member_list
from civicdesk.data.member_list import MemberFilter, MemberRow

from civicdesk.gui.models import paged_table

IdRole = paged_table.IdRole
ARCHIVED_COLOUR = QColor("#6b6b6b")
OVERDUE_COLOUR = QColor("#a4000f")
DISPLAY, TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND, FONT = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)


def header_label(column: str) -> str:
    """A column's title (translated when shown, not at import: translators load later)."""
    return {
        "name": QCoreApplication.translate("MemberTable", "Name"),
        "address": QCoreApplication.translate("MemberTable", "Household address"),
        "phone": QCoreApplication.translate("MemberTable", "Phone"),
        "email": QCoreApplication.translate("MemberTable", "Email"),
        "status": QCoreApplication.translate("MemberTable", "Membership"),
        "dues": QCoreApplication.translate("MemberTable", "Dues paid until"),
        "volunteer": QCoreApplication.translate("MemberTable", "Volunteer"),
        "languages": QCoreApplication.translate("MemberTable", "Languages"),
    }[column]


def status_label(code: str) -> str:
    """A membership status as a volunteer reads it."""
    return {
        "member": QCoreApplication.translate("MemberTable", "Member"),
        "lapsed": QCoreApplication.translate("MemberTable", "Lapsed"),
        "honorary": QCoreApplication.translate("MemberTable", "Honorary"),
        "prospect": QCoreApplication.translate("MemberTable", "Prospect"),
        "none": QCoreApplication.translate("MemberTable", "Not a member"),
    }.get(code, code)


class MemberTableModel(paged_table.PagedTableModel):
    """People matching `filters`, sorted by `sort_column` (a name from `member_list.COLUMNS`)."""

    columns = member_list.COLUMNS
    sort_keys = member_list.SORTABLE
    roles = frozenset({TOOLTIP, FOREGROUND, FONT, ALIGNMENT})

    def __init__(self, db: pw.Database, parent=None) -> None:
        super().__init__(parent)
        self._archived_font = QFont()
        self._archived_font.setItalic(True)
        self._archived_brush, self._overdue_brush = QBrush(ARCHIVED_COLOUR), QBrush(
            OVERDUE_COLOUR)
        self._centre = int(Qt.AlignmentFlag.AlignCenter)
        self.db = db
        self.filters = MemberFilter()
        self.sort_column = "name"
        self.descending = False

    def make_query(self) -> member_list.MemberQuery:
        return member_list.MemberQuery(self.db, self.filters, self.sort_column, self.descending)

    def set_filters(self, filters: MemberFilter) -> None:
        if filters != self.filters or self.query is None:
            self.filters = filters
            self.reload()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_label(self.columns[section])
        if role == Qt.ItemDataRole.ToolTipRole and not self.sortable(section):
            return self.tr("This column cannot be sorted.")
        return None

    def texts(self, row: MemberRow) -> tuple[str, ...]:
        return tuple(self._text(row, column) for column in self.columns)

    def styles(self, row: MemberRow) -> dict[int, tuple]:
        """Archived people in grey italics; dues overdue in red; "Yes" centred."""
        overdue = row.dues_overdue(self._today())
        foreground = tuple(self._archived_brush if row.archived else
                           self._overdue_brush if column == "dues" and overdue else None
                           for column in self.columns)
        font = (self._archived_font if row.archived else None,) * len(self.columns)
        alignment = tuple(self._centre if column == "volunteer" else None
                          for column in self.columns)
        return {FOREGROUND: foreground, FONT: font, ALIGNMENT: alignment}

    def cell(self, row: MemberRow, column: str, role: int) -> Any:
        if role != TOOLTIP:
            return None
        if column == "phone":
            return row.phones
        text = self._text(row, column)
        if row.archived and column == "name":
            return self.tr("{name} (archived)").format(name=row.name)
        return text

    def _today(self) -> date:
        return self.filters.today or date.today()

    def _text(self, row: MemberRow, column: str) -> str:
        if column == "name":
            suffix = self.tr(" (archived)") if row.archived else ""
            return row.name + suffix
        if column == "status":
            return status_label(row.status)
        if column == "dues":
            return row.dues_paid_until.isoformat() if row.dues_paid_until else ""
        if column == "volunteer":
            return self.tr("Yes") if row.is_volunteer else ""
        if column == "languages":
            return ", ".join(row.languages)
        if column == "phone":
            return row.phone or row.mobile  # both in the tooltip
        return getattr(row, column)

    def person_ids(self, indexes: list[QModelIndex]) -> list[int]:
        """The distinct person ids behind some indexes, in row order."""
        rows = sorted({ix.row() for ix in indexes})
        return [pid for pid in (self.id_at(r) for r in rows) if pid is not None]
