"""The audit log as a table: one row per entry, newest first, paged in SQL
(`services.audit_log`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from civicdesk.services import audit_log
from civicdesk.services.audit_log import AuditFilter, AuditRow

from civicdesk.gui import localized
from civicdesk.gui.models import paged_table

IdRole = paged_table.IdRole
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
COLUMNS = ("when", "who", "action", "what", "changes")


def header_label(column: str) -> str:
    return {
        "when": QCoreApplication.translate("AuditTable", "When"),
        "who": QCoreApplication.translate("AuditTable", "Who"),
        "action": QCoreApplication.translate("AuditTable", "Action"),
        "what": QCoreApplication.translate("AuditTable", "What"),
        "changes": QCoreApplication.translate("AuditTable", "Changes"),
    }[column]


def what_text(row: AuditRow) -> str:
    """`person 12: Ana Alves` (the kind translated; the name where the log could find it)."""
    kind = QCoreApplication.translate("Audit", row.kind_text)
    what = kind if row.row_id is None else f"{kind} {row.row_id}"
    return f"{what}: {row.subject}" if row.subject else what


def changes_text(row: AuditRow) -> str:
    """The changed fields' labels, e.g. `Phone, Accessibility and mobility`."""
    return ", ".join(QCoreApplication.translate("Field", c.label) for c in row.field_changes())


class AuditTableModel(paged_table.PagedTableModel):
    """The entries matching `filters`; *open_log* is the guarded read
    (`lambda filters: audit_log.open_log(actor, filters)`)."""

    columns = COLUMNS
    roles = frozenset({TOOLTIP})

    def __init__(self, open_log: Callable[[AuditFilter], audit_log.AuditQuery],
                 parent=None) -> None:
        super().__init__(parent)
        self._open_log = open_log
        self.filters = AuditFilter()

    def make_query(self) -> audit_log.AuditQuery:
        return self._open_log(self.filters)

    def set_filters(self, filters: AuditFilter, *, again: bool = False) -> None:
        """Show the entries matching *filters* (*again*: read them anew even if they are the
        same). A refusal (no such person, reversed dates, no permission) is raised before
        anything changes: the list stays as it was."""
        if filters == self.filters and self.query is not None and not again:
            return
        query = self._open_log(filters)
        count = query.count()
        self.beginResetModel()
        self.filters, self._query, self._count = filters, query, count
        self._forget()
        self.endResetModel()

    @property
    def capped(self) -> bool:
        return bool(self.query is not None and self.query.capped)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return header_label(self.columns[section])
        return None

    def texts(self, row: AuditRow) -> tuple[str, ...]:
        return (localized.format_datetime(row.at), row.actor,
                QCoreApplication.translate("Audit", row.action_text), what_text(row),
                changes_text(row))

    def cell(self, row: AuditRow, column: str, role: int) -> Any:
        if role == TOOLTIP:
            return self.texts(row)[self.columns.index(column)]
        return None
