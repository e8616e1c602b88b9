"""The households list: one row per household with its members (`services.household_list`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from civicdesk.services import household_list
from civicdesk.services.household_list import HouseholdRow

from civicdesk.gui import themes
from civicdesk.gui.models import member_table, paged_table

IdRole = paged_table.IdRole


def header_label(column: str) -> str:
    return {
        "name": QCoreApplication.translate("HouseholdTable", "Household"),
        "address": QCoreApplication.translate("HouseholdTable", "Address"),
        "city": QCoreApplication.translate("HouseholdTable", "Postal code and city"),
        "members": QCoreApplication.translate("HouseholdTable", "Members"),
    }[column]


class HouseholdTableModel(paged_table.PagedTableModel):
    """Households matching `text` (a member's name, phone, email or the street)."""

    columns = ("name", "address", "city", "members")
    sort_keys = household_list.SORT_KEYS
    roles = frozenset({member_table.TOOLTIP, member_table.FOREGROUND, member_table.FONT})

    def __init__(self, parent=None, *, source=household_list.HouseholdQuery) -> None:
        super().__init__(parent)
        self.source = source  # the read model (`services.household_list`)
        self.text = ""
        self.include_archived = False
        self.sort_column = "name"
        self.descending = False

    def make_query(self) -> household_list.HouseholdQuery:
        return self.source(self.text, include_archived=self.include_archived,
                           sort=self.sort_column, descending=self.descending)

    def set_text(self, text: str) -> None:
        if text != self.text or self.query is None:
            self.text = text
            self.reload()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return header_label(self.columns[section])
        return None

    def texts(self, row: HouseholdRow) -> tuple[str, ...]:
        name = row.name or self.tr("(no name)")
        if row.archived:
            name = self.tr("{name} (archived)").format(name=name)
        return (name, row.address, row.place, row.member_names)

    def styles(self, row: HouseholdRow) -> dict[int, tuple]:
        if not row.archived:
            return {}
        font = QFont()
        font.setItalic(True)
        return {member_table.FOREGROUND: (QBrush(themes.tone("muted")),) * 4,
                member_table.FONT: (font,) * 4}

    def cell(self, row: HouseholdRow, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.texts(row)[self.columns.index(column)]
        return None
