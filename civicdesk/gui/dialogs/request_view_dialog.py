"""A request on its own window: from the board (with the actions) or from a person's
detail tab (read-only). It follows changes made anywhere while it is open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from civicdesk.services.changes import Changes

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.request_actions import RequestActions
from civicdesk.gui.widgets.request_view import RequestView


class RequestViewDialog(modal.KeptOnLock, QDialog):
    def __init__(self, context: AppContext, request_id: int, parent: QWidget | None = None,
                 *, actions: bool = False) -> None:
        super().__init__(parent)
        self.context, self.request_id = context, request_id
        self.resize(620, 640)
        self.view = RequestView(context, self, actions=actions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        if actions:
            connect_actions(self.view, RequestActions(context, self))
        context.bus.changed.connect(self._on_changed)
        self.view.show_request(request_id)
        if self.view.record is not None:
            self.setWindowTitle(self.tr("Request #{id}: {summary}").format(
                id=request_id, summary=self.view.record.summary))

    def _on_changed(self, changes: Changes) -> None:
        if self.request_id in changes.ids("support_request") or changes.touches("person"):
            self.view.show_request(self.request_id)

    def done(self, result: int) -> None:
        self.context.bus.changed.disconnect(self._on_changed)
        super().done(result)

    @classmethod
    def show_for(cls, parent: QWidget, context: AppContext, request_id: int, *,
                 actions: bool = False) -> None:
        cls(context, request_id, parent, actions=actions).exec()


def connect_actions(view: RequestView, actions: RequestActions) -> None:
    """Let the view's buttons run the actions."""
    view.edit_requested.connect(actions.edit)
    view.helper_requested.connect(actions.choose_helper)
    view.move_requested.connect(actions.move)
    view.note_requested.connect(actions.note)
    view.follow_up_requested.connect(actions.follow_up)
    view.ticket_requested.connect(actions.print_ticket)
