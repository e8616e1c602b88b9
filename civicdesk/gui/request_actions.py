"""What can be done to a request, for the queue, the board and the detail view alike:
take one in, edit, choose a helper, move it along the workflow, add a note, follow up.

Moves that need more than a click ask first: choosing a helper opens the suggestions,
reopening asks why, closing or cancelling (which cannot be undone) asks to confirm.
Every change runs as an operation (`gui.operations`), which publishes it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from civicdesk.services import actors, requests, vocabulary
from civicdesk.services.changes import Changes
from civicdesk.services.requests import RequestRecord

from civicdesk.gui import operations, request_text, text
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.request_assign import RequestAssignDialog
from civicdesk.gui.dialogs.request_follow_up import RequestFollowUpDialog
from civicdesk.gui.dialogs.request_intake import RequestIntakeDialog
from civicdesk.gui.dialogs.request_note import RequestNoteDialog


class RequestActions(QObject):
    """Runs the request actions with *parent* as the owner of any dialog."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent

    def record(self, request_id: int) -> RequestRecord:
        actor = self.context.actor
        return requests.get_request(actor, request_id,
                                    include_sensitive=actor.can(actors.VIEW_SENSITIVE))

    def new(self) -> Changes | None:
        return RequestIntakeDialog.ask(self.widget, self.context)

    def edit(self, request_id: int) -> Changes | None:
        return RequestIntakeDialog.ask(self.widget, self.context, self.record(request_id))

    def choose_helper(self, request_id: int) -> Changes | None:
        record = self.record(request_id)
        if record.status not in vocabulary.REQUEST_OPEN:
            self.show_error(RequestActions.tr("Only new, assigned or in-progress requests can be given to "
                                "a volunteer."))
            return None
        return RequestAssignDialog.ask(self.widget, self.context, record)

    def follow_up(self, request_id: int) -> Changes | None:
        return RequestFollowUpDialog.ask(self.widget, self.context, self.record(request_id))

    def note(self, request_id: int) -> Changes | None:
        return RequestNoteDialog.ask(
            self.widget, self.context, RequestActions.tr("Note for request #{id}").format(id=request_id),
            RequestActions.tr("What happened? The note is added to the request's history."), RequestActions.tr("Add note"),
            lambda actor, note: requests.add_note(actor, request_id, note))

    def print_ticket(self, request_id: int) -> None:
        """The job ticket for the helper, in the report preview (never with sensitive notes)."""
        from civicdesk.gui.reports import launch  # reportlab loads only when printing

        launch.open_report(self.context, self.widget, "ticket", {"request": request_id})

    def move(self, request_id: int, version: int, status: str) -> Changes | None:
        """Move along the workflow, asking for what the move needs; None if not done."""
        record = self.record(request_id)
        old = record.status
        if not vocabulary.can_move(old, status):
            self.show_error(RequestActions.tr("A request that is {old} cannot become {new}.").format(
                old=request_text.status(old), new=request_text.status(status)))
            return None
        if status == "assigned" and record.assignee is None:
            return self.choose_helper(request_id)
        if (old, status) == ("resolved", "in_progress") or status in ("closed", "cancelled"):
            return self._move_with_note(record, version, status)
        return operations.Operation(self.widget, self.context, lambda actor: requests.move(
            actor, request_id, version, status)).on_refused(
            lambda exc: self.show_error(text.error(exc))).run()

    def _move_with_note(self, record: RequestRecord, version: int,
                        status: str) -> Changes | None:
        # *version* is what the user saw; if someone changed the request since, the
        # service refuses with a ConflictError naming who.
        rid = record.id
        if status == "in_progress":
            title = RequestActions.tr("Reopen request #{id}").format(id=rid)
            prompt = RequestActions.tr("Why is \u201c{summary}\u201d being reopened? (required)")
        elif status == "closed":
            title = RequestActions.tr("Close request #{id}").format(id=rid)
            prompt = RequestActions.tr("Close \u201c{summary}\u201d for good? A closed request cannot be "
                         "reopened. A last note (optional):")
        else:
            title = RequestActions.tr("Cancel request #{id}").format(id=rid)
            prompt = RequestActions.tr("Cancel \u201c{summary}\u201d? A cancelled request cannot be "
                         "reopened. Why is it cancelled (optional)?")
        return RequestNoteDialog.ask(
            self.widget, self.context, title, prompt.format(summary=record.summary),
            request_text.move_label(record.status, status).replace("&", "").rstrip("\u2026"),
            lambda actor, note: requests.move(actor, rid, version, status, note))

    def show_error(self, message: str) -> None:
        """Tell the user why something was not done (monkeypatched in tests)."""
        QMessageBox.warning(self.widget, RequestActions.tr("Not done"), message)
