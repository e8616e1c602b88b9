"""Saving an iCalendar (.ics) file of an event's or a person's shifts from the GUI."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from civicdesk import clock
from civicdesk.errors import UserError
from civicdesk.exchange import ics

from civicdesk.gui import operations


def choose_file(parent: QWidget, name: str) -> Path | None:
    """Where to save (monkeypatched in tests); None if the user cancelled."""
    suggested = re.sub(r"[^\w\- ]+", "", name).strip() or "shifts"
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("CalendarExport", "Save calendar file"),
        f"{suggested}.ics",
        QCoreApplication.translate("CalendarExport", "Calendar files (*.ics)"))
    return Path(path) if path else None


def save_event(parent: QWidget, event_name: str) -> Path | None:
    places = QCoreApplication.translate("Calendar", ics.PLACES)
    return _save(parent, event_name,
                 lambda: ics.event_calendar(event_name, clock.zone(), places))


def save_person(parent: QWidget, person_id: int, name: str) -> Path | None:
    return _save(parent, name, lambda: ics.person_calendar(person_id, clock.zone()))


def _save(parent: QWidget, name: str, build) -> Path | None:
    target = choose_file(parent, name)
    if target is None:
        return None
    try:
        data, count = build()
        ics.write(target, data, count)
    except UserError as exc:
        operations.tell_refused(parent, exc)
        return None
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("CalendarExport", "Not saved"),
                            QCoreApplication.translate(
                                "CalendarExport", "The file could not be written: {why}").format(
                                why=exc.strerror or exc))
        return None
    return target
