"""What every pane and dialog is given: the database, who is acting, tasks, the change bus.

`actor` is whoever logged in (`gui.login_screen`); after a switch of user the main window
sets the new one and builds its panes again, so what they offer follows the new role."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.shared_database import ServerAddress

from civicdesk.gui.tasks import TaskRunner


class ChangeBus(QObject):
    """After a service call changed data, whoever called it publishes the `Changes`; every
    pane (and any open detail view) hears it and refreshes what it shows."""

    changed = Signal(object)  # Changes


@dataclass
class AppContext:
    db_path: Path | ServerAddress  # the file, or the address of a server's database
    actor: Actor
    tasks: TaskRunner
    bus: ChangeBus = field(default_factory=ChangeBus)
    # Who has the file open for changes, when this window only looks (`data.lockfile`).
    read_only_for: object | None = None
    # The screen is locked (`gui.screen_lock`): operations refuse to write meanwhile.
    locked: bool = False

    @property
    def read_only(self) -> bool:
        return self.read_only_for is not None

    def publish(self, changes: Changes) -> None:
        """Tell every pane what a write changed. Only `gui.operations` calls this, once
        per write (tests/test_gui_operations.py)."""
        self.bus.changed.emit(changes)
