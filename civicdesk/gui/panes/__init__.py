"""The main window's sections, one module each; `PANES` lists them in order."""

from __future__ import annotations

from civicdesk.gui.panes import members, reports, requests, shifts
from civicdesk.gui.panes.base import Pane

PANES: list[type[Pane]] = [
    members.MembersPane,
    shifts.ShiftsPane,
    requests.RequestsPane,
    reports.ReportsPane,
]
