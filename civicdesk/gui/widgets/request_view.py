"""One request at a glance: who asked, what for, by when, who helps, its history, and the
buttons for what can happen next (only the moves the workflow allows are offered).

Sensitive notes are read from the service only for users allowed to see them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk import clock
from civicdesk.errors import UserError
from civicdesk.services import actors, requests, vocabulary
from civicdesk.services.requests import RequestRecord

from civicdesk.gui import focus_order, request_text, themes
from civicdesk.gui.context import AppContext
from civicdesk.gui.models.request_history_model import RequestHistoryModel
from civicdesk.gui.widgets.flow_layout import FlowLayout

FIELDS = ("requester", "address", "languages", "category", "helper", "area", "due",
          "follow_up", "taken_in", "details")


class RequestView(QWidget):
    """Shows one request; with `actions=True` also the buttons that act on it (they emit
    signals: the pane runs the action, so a read-only view has none)."""

    edit_requested = Signal(int)
    helper_requested = Signal(int)
    move_requested = Signal(int, int, str)  # id, version, new status
    note_requested = Signal(int)
    follow_up_requested = Signal(int)
    ticket_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 actions: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.record: RequestRecord | None = None
        self.history_model = RequestHistoryModel(self)
        self._with_actions = actions
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.state_label)
        layout.addLayout(self._build_form())
        self.sensitive_box = QGroupBox(self.tr("Sensitive notes (coordinators only)"), self)
        self.sensitive_label = self._value_label()
        QVBoxLayout(self.sensitive_box).addWidget(self.sensitive_label)
        layout.addWidget(self.sensitive_box)
        # As many buttons a row as fit, so the view stays narrow enough to sit beside the
        # queue in any language and at any text size.
        self.buttons_layout = FlowLayout()
        self.more_layout = FlowLayout()
        layout.addLayout(self.buttons_layout)
        layout.addLayout(self.more_layout)
        self.history_view = self._build_history()
        layout.addWidget(QLabel(self.tr("History:"), self))
        layout.addWidget(self.history_view, 1)
        self.empty_label = QLabel(self.tr("Choose a request in the list to see it here."), self)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.show_request(None)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        names = {"requester": self.tr("Requester:"), "address": self.tr("Address:"),
                 "languages": self.tr("Speaks:"), "category": self.tr("Category:"),
                 "helper": self.tr("Helper:"), "area": self.tr("Area:"),
                 "due": self.tr("Due:"), "follow_up": self.tr("Follow up:"),
                 "taken_in": self.tr("Taken in:"), "details": self.tr("Details:")}
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for key in FIELDS:
            self.labels[key] = QLabel(names[key], self)
            self.values[key] = self._value_label()
            form.addRow(self.labels[key], self.values[key])
        return form

    def _value_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_history(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.history_model)
        view.verticalHeader().hide()
        # Rows follow their text as the columns resize (a history is a few dozen lines).
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setWordWrap(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab leaves the history; arrows move in it
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.setAccessibleName(self.tr("History of the request"))
        return view

    # Showing ----------------------------------------------------------------------------
    def show_request(self, request_id: int | None) -> None:
        """Show *request_id* (None: nothing chosen; one that is gone shows nothing)."""
        record = None
        if request_id is not None:
            actor = self.context.actor
            try:
                record = requests.get_request(
                    actor, request_id, include_sensitive=actor.can(actors.VIEW_SENSITIVE))
            except UserError:
                record = None
        self.record = record
        for widget in self._content_widgets():
            widget.setVisible(record is not None)
        self.empty_label.setVisible(record is None)
        if record is None:
            self.history_model.set_lines([])
            self._set_buttons(None)
            return
        self._fill(record)
        self.history_model.set_lines(requests.history_lines(record.id))
        self._set_buttons(record)

    def _content_widgets(self) -> list[QWidget]:
        return [self.title_label, self.state_label, self.history_view,
                *self.values.values(), *self.labels.values()]

    def _fill(self, r: RequestRecord) -> None:
        today = clock.today()
        self.title_label.setText(f"#{r.id} {r.summary}")
        state = [request_text.status(r.status), request_text.urgency(r.urgency)]
        if r.overdue(today):
            state.append(self.tr("LATE: it was due on {date}").format(date=r.due_on))
            themes.tint(self.state_label, "late", "font-weight: bold;")
        else:
            themes.tint(self.state_label, None)
        if r.follow_up_due(today):
            state.append(self.tr("follow-up due"))
        self.state_label.setText(" \u00b7 ".join(state))
        phone = f" \u2014 {r.requester_phone}" if r.requester_phone else ""
        values = {
            "requester": r.requester_name + phone,
            "address": ", ".join(x for x in (r.requester_address, r.requester_access_notes)
                                 if x),
            "languages": ", ".join(r.requester_languages),
            "category": request_text.category(r.category_name),
            "helper": (r.assignee_name + (f" \u2014 {r.assignee_phone}" if r.assignee_phone
                                          else "")) or self.tr("nobody yet"),
            "area": r.area, "due": request_text.due(r.due_on, r.overdue(today), today),
            "follow_up": request_text.day(r.follow_up_on),
            "taken_in": request_text.local_time(r.created_at), "details": r.details,
        }
        for key, value in values.items():
            self.values[key].setText(value)
            self.values[key].setVisible(bool(value))
            self.labels[key].setVisible(bool(value))
        self.sensitive_label.setText(r.sensitive_notes)
        self.sensitive_box.setVisible(r.sensitive_included and bool(r.sensitive_notes))

    # Buttons ----------------------------------------------------------------------------
    def _set_buttons(self, r: RequestRecord | None) -> None:
        for layout in (self.buttons_layout, self.more_layout):
            while layout.count():
                item = layout.takeAt(0)
                if item.widget():
                    item.widget().hide()  # at once: Tab must not reach it before it goes
                    item.widget().deleteLater()
        if r is None or not self._with_actions:
            return
        order = ("in_progress", "resolved", "assigned", "new", "closed", "cancelled")
        for status in sorted(vocabulary.TRANSITIONS[r.status], key=order.index):
            if status == "assigned" and r.status == "new":
                continue  # the helper button below does this
            self._button(self.buttons_layout, request_text.move_label(r.status, status),
                         lambda _=False, s=status: self.move_requested.emit(
                             r.id, r.version, s))
        if r.status in vocabulary.REQUEST_OPEN:
            self._button(self.more_layout, self.tr("Choose a helper\u2026"),
                         lambda: self.helper_requested.emit(r.id), "Ctrl+H")
        self._button(self.more_layout, self.tr("Edit\u2026"),
                     lambda: self.edit_requested.emit(r.id), "F2")
        self._button(self.more_layout, self.tr("Add a note\u2026"),
                     lambda: self.note_requested.emit(r.id), "Ctrl+M")
        self._button(self.more_layout, self.tr("Follow-up\u2026"),
                     lambda: self.follow_up_requested.emit(r.id), "Ctrl+U")
        self._button(self.more_layout, self.tr("Print job ticket\u2026"),
                     lambda: self.ticket_requested.emit(r.id))
        # Made after the history below them: Tab reaches them first, as they are read.
        buttons = [item.widget() for layout in (self.buttons_layout, self.more_layout)
                   for item in (layout.itemAt(i) for i in range(layout.count()))]
        focus_order.chain(*buttons, self.history_view)

    def _button(self, layout: FlowLayout, label: str, slot, keys: str = "") -> QPushButton:
        button = QPushButton(label, self)
        if keys:  # the pane owns the shortcut; the button says which it is
            button.setToolTip(keys)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def button_texts(self) -> list[str]:
        """The actions offered (for tests and the self-test)."""
        found = []
        for layout in (self.buttons_layout, self.more_layout):
            for i in range(layout.count()):
                widget = layout.itemAt(i).widget()
                if isinstance(widget, QPushButton):
                    found.append(widget.text().replace("&", ""))
        return found

