"""The volunteers suggested for a request, best first, each with the reasons for the place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services.matching import Ranking, Reason, Suggestion

from civicdesk.gui import text
from civicdesk.gui.models import roles

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


class SuggestionModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ranking: Ranking | None = None
        self._rows: list[Suggestion] = []

    def set_ranking(self, ranking: Ranking | None) -> None:
        self.beginResetModel()
        self.ranking = ranking
        self._rows = list(ranking.suggestions) if ranking else []
        self.endResetModel()

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def row_of(self, person_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.person_id == person_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("SuggestionModel", HEADERS[COLUMNS[section]])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == PersonIdRole:
            return s.person_id
        if role == Qt.ItemDataRole.DisplayRole:
            return {"rank": str(s.rank), "name": s.name, "score": str(s.score),
                    "reasons": reasons_text(s)}[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{mark(r)} {text.message(r.message)} ({r.points:+d})"
                             for r in s.reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("rank", "score"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
