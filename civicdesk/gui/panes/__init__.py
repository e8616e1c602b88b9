"""The main window's sections, one module each; `PANES` lists them in order."""

from __future__ import annotations

from civicdesk.gui.panes import placeholder, requests
from civicdesk.gui.panes.base import Pane

PANES: list[type[Pane]] = [
    placeholder.MembersPlaceholder,
    placeholder.ShiftsPlaceholder,
    requests.RequestsPane,
    placeholder.ReportsPlaceholder,
]
