"""What every pane and dialog is given: the database, who is acting, tasks, the change bus.

The bus carries what this window saved (`publish`, from `gui.operations`) and, on a server
database, what other PCs saved (`publish_from_elsewhere`, from `gui.live_updates`).

`actor` is whoever logged in (`gui.login_screen`); after a switch of user the main window
sets the new one and builds its panes again, so what they offer follows the new role."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from civicdesk.services import live
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes

from civicdesk.gui.tasks import TaskRunner


class ChangeBus(QObject):
    """After a service call changed data, whoever called it publishes the `Changes`; every
    pane (and any open detail view) hears it and refreshes what it shows."""

    changed = Signal(object)  # Changes


@dataclass
class AppContext:
    db_path: Path
    actor: Actor
    tasks: TaskRunner
    bus: ChangeBus = field(default_factory=ChangeBus)
    # Who has the file open for changes, when this window only looks (`data.lockfile`).
    read_only_for: object | None = None
    # The screen is locked (`gui.screen_lock`): operations refuse to write meanwhile.
    locked: bool = False
    # This window as its announcements to the other PCs name it (`services.live`): it
    # ignores its own notices.
    sender: str = live.SENDER

    @property
    def read_only(self) -> bool:
        return self.read_only_for is not None

    def publish(self, changes: Changes) -> None:
        """Tell every pane what a write changed. Only `gui.operations` calls this, once
        per write (tests/test_gui_operations.py)."""
        self.bus.changed.emit(changes)

    def publish_from_elsewhere(self, changes: Changes) -> None:
        """Tell every pane what another PC saved (`changes.elsewhere` says who and when),
        exactly as a write here would: lists refresh, open records reload or, with unsaved
        edits, say who changed them. Only `gui.live_updates` calls this; it is never
        announced again."""
        self.bus.changed.emit(changes)
