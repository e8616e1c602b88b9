"""The filter bar above the request queue and board: status, category, urgency, helper,
late, follow-up due. Every change emits the new `QueueFilter`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QWidget

from civicdesk.services import request_lists, requests, vocabulary
from civicdesk.services.request_lists import UNASSIGNED, QueueFilter

from civicdesk.gui import request_text
from civicdesk.gui.context import AppContext
from civicdesk.gui.widgets.flow_layout import FlowLayout
from civicdesk.gui.widgets.person_picker import PersonPicker


class RequestFilters(QWidget):
    changed = Signal(object)  # QueueFilter

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = FlowLayout(self)  # wraps onto more lines when the window is narrow
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_combo = self._combo(layout, self.tr("Sho&w:"), self._statuses())
        self.category_combo = self._combo(layout, self.tr("&Category:"), [
            (self.tr("All"), None)] + [(request_text.category(name), cid)
                                       for cid, name in request_lists.categories()])
        self.urgency_combo = self._combo(layout, self.tr("&Urgency:"), [
            (self.tr("Any"), None)] + [(request_text.urgency(u), u)
                                       for u in requests.URGENCY_LABELS])
        self.helper_picker = PersonPicker(context, self, volunteers_only=True)
        self.helper_picker.setPlaceholderText(self.tr("Any helper"))
        self.helper_picker.setMinimumWidth(140)
        helper_label = QLabel(self.tr("Hel&per:"), self)
        helper_label.setBuddy(self.helper_picker)
        layout.addWidget(helper_label)
        layout.add_widget(self.helper_picker, 1)
        self.nobody_check = self._check(layout, self.tr("Nobody &yet"))
        self.late_check = self._check(layout, self.tr("L&ate"))
        self.follow_up_check = self._check(layout, self.tr("Follow-up &due"))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Show every waiting request again"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        self.helper_picker.person_chosen.connect(self._on_helper_chosen)
        self._quiet = False

    def _statuses(self) -> list[tuple[str, tuple[str, ...]]]:
        return ([(self.tr("Waiting for help"), vocabulary.REQUEST_OPEN), (self.tr("Everything"), ())]
                + [(request_text.status(s), (s,)) for s in requests.STATUS_LABELS])

    def _combo(self, layout: FlowLayout, label: str, items) -> QComboBox:
        combo = QComboBox(self)
        for text_, data in items:
            combo.addItem(text_, data)
        caption = QLabel(label, self)
        caption.setBuddy(combo)
        layout.addWidget(caption)
        layout.addWidget(combo)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _check(self, layout: FlowLayout, label: str) -> QCheckBox:
        check = QCheckBox(label, self)
        check.toggled.connect(self._emit)
        layout.addWidget(check)
        return check

    def filter(self) -> QueueFilter:
        helper = self.helper_picker.person_id()
        if self.nobody_check.isChecked():
            helper = UNASSIGNED
        return QueueFilter(statuses=self.status_combo.currentData(),
                           category=self.category_combo.currentData(),
                           urgency=self.urgency_combo.currentData(), assignee=helper,
                           overdue=self.late_check.isChecked(),
                           follow_up_due=self.follow_up_check.isChecked())

    def clear(self) -> None:
        self._quiet = True
        try:
            for combo in (self.status_combo, self.category_combo, self.urgency_combo):
                combo.setCurrentIndex(0)
            self.helper_picker.set_person_id(None)
            for check in (self.nobody_check, self.late_check, self.follow_up_check):
                check.setChecked(False)
        finally:
            self._quiet = False
        self._emit()

    def _on_helper_chosen(self, person_id: int | None) -> None:
        if person_id is not None:
            self.nobody_check.setChecked(False)
        self._emit()

    def _emit(self, *_args) -> None:
        if not self._quiet:
            self.changed.emit(self.filter())
