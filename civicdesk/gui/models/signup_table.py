"""Table model over sign-up rows (rosters.SignupRow): people on a shift, the reminder call
list, a person's shifts. Which columns show is chosen per use."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services.rosters import SignupRow

from civicdesk.gui import shift_format, themes
from civicdesk.gui.models import roles, row_list

AssignmentIdRole = roles.IdRole
SignupRowRole = roles.RowRole

SHIFT_COLUMNS = ("name", "phone", "status", "hours", "call")
CALL_COLUMNS = ("time", "shift", "name", "phone", "email", "call")
PERSON_COLUMNS = ("when", "shift", "location", "status")
CANCEL_COLUMNS = ("name", "phone", "email")

_HEADERS = {
    "name": QT_TRANSLATE_NOOP("SignupTableModel", "Name"),
    "phone": QT_TRANSLATE_NOOP("SignupTableModel", "Phone"),
    "email": QT_TRANSLATE_NOOP("SignupTableModel", "Email"),
    "status": QT_TRANSLATE_NOOP("SignupTableModel", "Status"),
    "hours": QT_TRANSLATE_NOOP("SignupTableModel", "Hours"),
    "call": QT_TRANSLATE_NOOP("SignupTableModel", "Reminder call"),
    "time": QT_TRANSLATE_NOOP("SignupTableModel", "Time"),
    "when": QT_TRANSLATE_NOOP("SignupTableModel", "When"),
    "shift": QT_TRANSLATE_NOOP("SignupTableModel", "Shift"),
    "location": QT_TRANSLATE_NOOP("SignupTableModel", "Where"),
}
# The theme's tones for some statuses; the cell always says the status in words too.
_STATUS_TONES = {"attended": "success", "no_show": "error", "cancelled": "muted",
                 "confirmed": "info"}
_CALL_TONES = {"confirmed": "success", "not_reached": "error"}


class SignupTableModel(row_list.RowTableModel):
    def __init__(self, tz: ZoneInfo, columns: tuple[str, ...], parent=None) -> None:
        self.tz = tz
        self.columns = columns
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("SignupTableModel", _HEADERS[c])
                for c in self.columns]

    @staticmethod
    def row_key(row: SignupRow) -> int:
        return row.assignment_id

    def signup_at(self, row: int) -> SignupRow:
        return self._rows[row]

    def cell(self, row: SignupRow, column: int, role: int):
        key = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            tone = (_STATUS_TONES.get(row.status) if key == "status"
                    else _CALL_TONES.get(row.call_outcome) if key == "call" else None)
            return QBrush(themes.tone(tone)) if tone else None
        return None

    def _display(self, row: SignupRow, column: str) -> str:
        values = {
            "name": lambda: row.name, "phone": lambda: row.phone, "email": lambda: row.email,
            "status": lambda: shift_format.status_label(row.status),
            "hours": lambda: shift_format.minutes_text(row.minutes),
            "call": lambda: shift_format.call_label(row.call_outcome),
            "time": lambda: shift_format.times_text(row.starts_at, row.ends_at, self.tz),
            "when": lambda: shift_format.when_text(row.starts_at, row.ends_at, self.tz),
            "shift": lambda: f"{row.event_name}: {row.shift_title}" if row.shift_title
            else row.event_name,
            "location": lambda: row.location,
        }
        return values[column]()
