"""After calling a neighbour back: note what came of it and when to call again (or not)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from civicdesk import clock
from civicdesk.services import requests, vocabulary
from civicdesk.services.changes import Changes
from civicdesk.services.requests import RequestRecord

from civicdesk.gui import localized, operations
from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import modal
from civicdesk.gui.forms.ui_request_follow_up import Ui_RequestFollowUpDialog
from civicdesk.gui.widgets.field_errors import FieldErrors

NEXT_CALL_DAYS = 7  # the date offered for the next follow-up


class RequestFollowUpDialog(modal.KeptOnLock, QDialog):
    def __init__(self, context: AppContext, record: RequestRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.record = context, record
        self.changes: Changes | None = None
        self.ui = Ui_RequestFollowUpDialog()
        self.ui.setupUi(self)
        localized.localize_date_edit(self.ui.date_edit)
        self.errors = FieldErrors({"follow_up_on": self.ui.date_edit,
                                   "note": self.ui.note_edit}, {}, self.ui.error_label)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.again_check.toggled.connect(self.ui.date_edit.setEnabled)
        for keys in ("Ctrl+Return", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.load(record)

    def load(self, record: RequestRecord) -> None:
        self.setWindowTitle(self.tr("Follow-up for request #{id}").format(id=record.id))
        self.ui.request_label.setText(self.tr("{summary} \u2014 {name}, {phone}").format(
            summary=record.summary, name=record.requester_name,
            phone=record.requester_phone or self.tr("no phone on file")))
        nxt = clock.today() + timedelta(days=NEXT_CALL_DAYS)
        self.ui.date_edit.setDate(QDate(nxt.year, nxt.month, nxt.day))
        open_ = record.status not in vocabulary.REQUEST_FINISHED
        self.ui.again_check.setChecked(open_)
        self.ui.again_check.setEnabled(open_)
        self.ui.date_edit.setEnabled(open_)
        self.ui.note_edit.setFocus()

    def save(self) -> None:
        when = self.ui.date_edit.date().toPython() if self.ui.again_check.isChecked() else None
        record, note = self.record, self.ui.note_edit.toPlainText()
        self.changes = operations.run(self, self.context, lambda actor: requests.set_follow_up(
            actor, record.id, record.version, when, note), errors=self.errors)
        if self.changes is not None:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext, record: RequestRecord) -> Changes | None:
        dialog = cls(context, record, parent)
        dialog.exec()
        return dialog.changes
