"""The "Requests" tab of the person page: what they asked for and what they helped with.
Enter or a double-click opens the request (read-only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout

from civicdesk.services import request_lists
from civicdesk.services.changes import Changes

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.request_view_dialog import RequestViewDialog
from civicdesk.gui.models.person_requests_model import PersonRequestsModel
from civicdesk.gui.panes.person_tab import PersonTab
from civicdesk.gui.widgets import tables


class PersonRequestsTab(PersonTab):
    watched = ("support_request",)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PersonRequestsTab", "Requests")

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(context, parent)
        self.made_model = PersonRequestsModel("assignee", self)
        self.helped_model = PersonRequestsModel("requester", self)
        self.made_label, self.helped_label = QLabel(self), QLabel(self)
        self.made_view = self._table(self.made_model, self.tr("Requests this person made"))
        self.helped_view = self._table(self.helped_model,
                                       self.tr("Requests this person helped with"))
        layout = QVBoxLayout(self)
        for label, view in ((self.made_label, self.made_view),
                            (self.helped_label, self.helped_view)):
            label.setBuddy(view)
            layout.addWidget(label)
            layout.addWidget(view, 1)
        self.show_person(None)

    def _table(self, model: PersonRequestsModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        tables.read_only_rows(view, single=True, stretch=1)
        view.doubleClicked.connect(lambda index: self.open_request(model.id_at(index.row())))
        view.installEventFilter(self)
        return view

    def load(self) -> None:
        person_id = self.person_id
        made, helped = request_lists.person_requests(person_id) if person_id else ([], [])
        self.made_model.set_rows(made)
        self.helped_model.set_rows(helped)
        self.made_label.setText(self.tr("&Asked for help ({count})").format(count=len(made)))
        self.helped_label.setText(self.tr("Hel&ped with ({count})").format(count=len(helped)))

    def apply_changes(self, changes: Changes) -> None:
        """Requests changed, or someone on these lines was edited (their name shows)."""
        shown = {pid for model in (self.made_model, self.helped_model)
                 for row in model.rows() for pid in (row.requester_id, row.assignee_id)}
        if self.person_id is not None and changes.table == "person" and \
                changes.ids("person") & (shown - {self.person_id}):
            self.load()
        else:
            super().apply_changes(changes)

    def open_request(self, request_id: int) -> None:
        RequestViewDialog.show_for(self, self.context, request_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return,
                                                                    Qt.Key.Key_Enter):
            index = watched.currentIndex()
            if index.isValid():
                self.open_request(watched.model().id_at(index.row()))
                return True
        return super().eventFilter(watched, event)
