"""A person's ad-hoc hours (work without a shift) as a small table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk.services import hours

from civicdesk.gui import shift_format
from civicdesk.gui.models import row_list


def hours_model(parent=None) -> row_list.RowListModel:
    """Columns: day, time worked, event, what was done (rows are `hours.HoursRow`)."""
    return row_list.RowListModel([
        (QCoreApplication.translate("HoursTable", "Day"),
         lambda r: shift_format.day_text(r.worked_on) + f" {r.worked_on.year}"),
        (QCoreApplication.translate("HoursTable", "Time worked"),
         lambda r: hours.format_minutes(r.minutes)),
        (QCoreApplication.translate("HoursTable", "Event"), lambda r: r.event_name),
        (QCoreApplication.translate("HoursTable", "What was done"), lambda r: r.note),
    ], parent)
