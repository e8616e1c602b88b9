"""The people list: one row per person, filtered and sorted in SQL (`services.member_list`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from civicdesk import clock
from civicdesk.services import member_list, vocabulary
from civicdesk.services.member_list import MemberFilter, MemberRow

from civicdesk.gui import icons, localized, themes
from civicdesk.gui.models import paged_table

IdRole = paged_table.IdRole
DISPLAY, TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND, FONT = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)


# `texts` builds a row's cells in this order; changing the columns means changing it too.
_COLUMN_ORDER = ("name", "address", "phone", "email", "status", "dues", "volunteer", "languages")
assert member_list.COLUMNS == _COLUMN_ORDER, "MemberTableModel.texts lists the old columns"


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
    roles = frozenset({TOOLTIP, FOREGROUND, FONT, ALIGNMENT, DECORATION, ACCESSIBLE})

    def __init__(self, parent=None, *, source=member_list.MemberQuery) -> None:
        super().__init__(parent)
        self._archived_font = QFont()
        self._archived_font.setItalic(True)
        self._centre = int(Qt.AlignmentFlag.AlignCenter)
        self.source = source  # the read model (`services.member_list`)
        self.filters = MemberFilter()
        self.sort_column = "name"
        self.descending = False

    def make_query(self) -> member_list.MemberQuery:
        self._prepare_cells()
        return self.source(self.filters, self.sort_column, self.descending)

    def _prepare_cells(self) -> None:
        """What every row shares, worked out once per query rather than per painted row:
        the translated words, today's date, and the three possible sets of styles."""
        self._yes, self._archived_suffix = self.tr("Yes"), self.tr(" (archived)")
        self._statuses = {code: status_label(code) for code in vocabulary.STATUS_ORDER}
        self._today_cached = self._today()
        self._overdue_word = self.tr("overdue")
        self.prepare_styles()

    def prepare_styles(self) -> None:
        """The three sets of styles a row can have, in the theme's colours."""
        width = len(self.columns)
        alignment = tuple(self._centre if column == "volunteer" else None
                          for column in self.columns)
        self._plain = {FOREGROUND: (None,) * width, FONT: (None,) * width,
                       ALIGNMENT: alignment, DECORATION: (None,) * width}
        # Overdue dues: the theme's "late" colour, and a warning sign that the tooltip and
        # a screen reader put in words (colour is never the only mark).
        dues = tuple(column == "dues" for column in self.columns)
        late, warning = QBrush(themes.tone("late")), icons.load("warning")
        self._overdue = self._plain | {
            FOREGROUND: tuple(late if is_dues else None for is_dues in dues),
            DECORATION: tuple(warning if is_dues else None for is_dues in dues)}
        self._archived = {FOREGROUND: (QBrush(themes.tone("muted")),) * width,
                          FONT: (self._archived_font,) * width, ALIGNMENT: alignment,
                          DECORATION: (None,) * width}

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
        # In the order of `_COLUMN_ORDER`.
        dues = row.dues_paid_until
        return (row.name + self._archived_suffix if row.archived else row.name,
                row.address, row.phone or row.mobile, row.email,
                self._statuses.get(row.status, row.status),
                localized.format_date(dues) if dues else "",
                self._yes if row.is_volunteer else "",
                ", ".join(row.languages))

    def styles(self, row: MemberRow) -> dict[int, tuple]:
        """Archived people in grey italics; dues overdue in red; "Yes" centred."""
        if row.archived:
            return self._archived
        return self._overdue if row.dues_overdue(self._today_cached) else self._plain

    def cell(self, row: MemberRow, column: str, role: int) -> Any:
        if role == ACCESSIBLE:
            return self._overdue_text(row) if column == "dues" else None
        if role != TOOLTIP:
            return None
        if column == "phone":
            return row.phones
        if column == "dues" and not row.archived and row.dues_overdue(self._today_cached):
            return self.tr("Dues overdue: paid until {date}").format(
                date=self.texts(row)[self.columns.index(column)])
        text = self.texts(row)[self.columns.index(column)]
        if row.archived and column == "name":
            return self.tr("{name} (archived)").format(name=row.name)
        return text

    def _overdue_text(self, row: MemberRow) -> str | None:
        """What a screen reader says for an overdue dues cell: the date, then "overdue"."""
        if row.archived or not row.dues_overdue(self._today_cached):
            return None
        return f"{self.texts(row)[self.columns.index('dues')]}, {self._overdue_word}"

    def _today(self) -> date:
        return self.filters.today or clock.today()

    def person_ids(self, indexes: list[QModelIndex]) -> list[int]:
        """The distinct person ids behind some indexes, in row order."""
        rows = sorted({ix.row() for ix in indexes})
        return [pid for pid in (self.id_at(r) for r in rows) if pid is not None]
