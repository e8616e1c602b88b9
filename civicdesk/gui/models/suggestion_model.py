"""The volunteers suggested for a request, best first, each with the reasons for the place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services.matching import Ranking, Reason, Suggestion

from civicdesk.gui import text
from civicdesk.gui.models import roles, row_list

PersonIdRole = roles.IdRole

COLUMNS = ("rank", "name", "score", "reasons")
HEADERS = {
    "rank": QT_TRANSLATE_NOOP("SuggestionModel", "Place"),
    "name": QT_TRANSLATE_NOOP("SuggestionModel", "Volunteer"),
    "score": QT_TRANSLATE_NOOP("SuggestionModel", "Fit"),
    "reasons": QT_TRANSLATE_NOOP("SuggestionModel", "Why"),
}


def mark(reason: Reason) -> str:
    """✓ for a point in favour, ✗ against, – neutral: readable without colour."""
    return "\u2713" if reason.points > 0 else "\u2717" if reason.points < 0 else "\u2013"


def reasons_text(s: Suggestion) -> str:
    return "   ".join(f"{mark(r)} {text.message(r.message)}" for r in s.reasons)


class SuggestionModel(row_list.RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        self.ranking: Ranking | None = None
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("SuggestionModel", HEADERS[c]) for c in COLUMNS]

    @staticmethod
    def row_key(row: Suggestion) -> int:
        return row.person_id

    def set_ranking(self, ranking: Ranking | None) -> None:
        self.ranking = ranking
        self.load(list(ranking.suggestions) if ranking else [])

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def cell(self, s: Suggestion, column: int, role: int):
        key = COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"rank": str(s.rank), "name": s.name, "score": str(s.score),
                    "reasons": reasons_text(s)}[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{mark(r)} {text.message(r.message)} ({r.points:+d})"
                             for r in s.reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("rank", "score"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
