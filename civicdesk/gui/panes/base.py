"""What the main window expects of a pane."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from civicdesk.services.changes import Changes

from civicdesk.gui.context import AppContext


class Pane(QWidget):
    """A section of the main window (Members, Shifts ...).

    Subclasses set `icon_name` and implement the classmethod `title()` (the window lists
    panes before building them: a pane is only built when first shown, which keeps startup
    fast). `apply_changes` is called after any service call changed data.
    """

    icon_name = "civicdesk"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    @classmethod
    def load(cls) -> type[Pane]:
        """A pane class stands for itself in `PANES` (entries there import theirs lazily)."""
        return cls

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what *changes* touched (default: nothing)."""

    def activated(self) -> None:
        """Called when the user switches to this pane."""

    def find(self) -> None:
        """Edit > Find (Ctrl+F): to this pane's search box (default: its first visible
        line edit)."""
        from PySide6.QtWidgets import QLineEdit

        for edit in self.findChildren(QLineEdit):
            if edit.isVisible() and edit.isEnabled():
                edit.setFocus()
                edit.selectAll()
                return

    def may_close(self) -> bool:
        """The window is closing: False keeps it open (e.g. the user chose to go back to
        unsaved edits). Ask before discarding anything."""
        return True

    def has_unsaved_edits(self) -> bool:
        """Edits not saved yet (another user logging in is warned that they will be
        thrown away)."""
        return False

    def exercise(self) -> None:
        """For `civicdesk --self-test`: do something representative a user would do here
        (search, open a record, switch a view), without changing data; raise on failure."""
