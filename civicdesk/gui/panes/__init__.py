"""The main window's sections, one module each; `PANES` lists them in order.

The window lists every section at startup but builds (and imports) a pane only when it is
first shown: importing them all up front pulled reportlab and three panes' worth of modules
into startup (930 ms instead of ~350 ms at 100,000 people).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from civicdesk.services import actors

from civicdesk.gui.panes.base import Pane


@dataclass(frozen=True)
class PaneEntry:
    """A pane by name: enough to list it, imported on `load()`.

    `class_name` is also the translation context, and `source_title` must be the same text
    as the class's own `title()`, so both share one translation.
    """

    module: str
    class_name: str
    icon_name: str
    source_title: str
    permission: str | None = None  # listed only for those who have it

    def shown_to(self, actor) -> bool:
        return self.permission is None or actor.can(self.permission)

    @property
    def __name__(self) -> str:  # reads like the class it stands for
        return self.class_name

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.source_title)

    def load(self) -> type[Pane]:
        module = importlib.import_module(f"civicdesk.gui.panes.{self.module}")
        return getattr(module, self.class_name)


PANES: list[PaneEntry | type[Pane]] = [
    PaneEntry("members", "MembersPane", "members", "Members"),
    PaneEntry("shifts", "ShiftsPane", "shifts", "Shifts"),
    PaneEntry("requests", "RequestsPane", "requests", "Requests"),
    PaneEntry("reports", "ReportsPane", "reports", "Reports"),
    PaneEntry("audit", "AuditPane", "audit", "Audit log", actors.VIEW_AUDIT),
]
