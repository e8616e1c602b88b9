"""A form of editors for one report's options, built from the catalog's option list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from civicdesk import clock
from civicdesk.reports import catalog
from civicdesk.services import report_shifts, schedule

from civicdesk.gui import localized, text
from civicdesk.gui.context import AppContext
from civicdesk.gui.widgets.person_picker import PersonPicker


class OptionsForm(QWidget):
    """Editors for the options of report *name*, with their defaults; `values()` reads them."""

    def __init__(self, context: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.name = context, name
        self.spec = catalog.spec(name)
        self.editors: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        today = clock.today()
        for option in self.spec.options:
            editor = self._editor(option, option.default(today))
            editor.setObjectName(f"{option.name}_editor")
            self.editors[option.name] = editor
            layout.addRow(text.label("Field", option.spec.label), editor)
        if "shift" in self.editors and "day" in self.editors:
            self.editors["day"].dateChanged.connect(self._fill_shifts)
            self._fill_shifts()

    def _editor(self, option: catalog.Option, default: Any) -> QWidget:
        kind = option.spec.kind
        if kind == "date":
            editor = QDateEdit(self)
            editor.setCalendarPopup(True)
            localized.localize_date_edit(editor)
            editor.setDate(QDate(default or clock.today()))
            return editor
        if kind == "bool":  # a switch, such as large print: its label is the row's
            editor = QCheckBox(self)
            editor.setChecked(bool(default))
            return editor
        if kind == "int":
            editor = QSpinBox(self)
            editor.setRange(option.spec.minimum or 0, option.spec.maximum or 1_000_000)
            editor.setValue(default or 0)
            return editor
        if kind == "choice":
            editor = QComboBox(self)
            for value in option.spec.choices:
                editor.addItem(text.label("Field", option.choice_labels.get(value, value)),
                               value)
            editor.setCurrentIndex(max(editor.findData(default), 0))
            return editor
        if kind == "ref":
            return self._ref_editor(option)
        return QLineEdit(self)

    def _ref_editor(self, option: catalog.Option) -> QWidget:
        if option.target == "person":
            return PersonPicker(self.context, self)
        if option.target == "request":
            editor = QSpinBox(self)
            editor.setRange(0, 2_000_000_000)
            editor.setSpecialValueText(self.tr("(type the request's number)"))
            return editor
        editor = QComboBox(self)
        if option.target == "event":
            editor.addItem(self.tr("All events"), None)
            for eid, name in schedule.event_names():
                editor.addItem(name, eid)
        return editor

    def _fill_shifts(self) -> None:
        """The shifts of the chosen day (small, indexed read), plus "every shift"."""
        combo: QComboBox = self.editors["shift"]
        day = self.editors["day"].date().toPython()
        combo.clear()
        combo.addItem(self.tr("Every shift of the day"), None)
        for shift in report_shifts.schedule(day, day, clock.zone()):
            combo.addItem(f"{localized.format_time(shift.starts_at)} {shift.event_name} "
                          f"\u2013 {shift.title}",
                          shift.shift_id)

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QDateEdit):
                found[name] = editor.date().toPython()
            elif isinstance(editor, PersonPicker):
                found[name] = editor.person_id()
            elif isinstance(editor, QCheckBox):
                found[name] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                found[name] = editor.value() or None
            elif isinstance(editor, QComboBox):
                found[name] = editor.currentData()
            else:
                found[name] = editor.text()
        return {k: v for k, v in found.items() if v not in (None, "")}

    def set_value(self, name: str, value: Any) -> None:
        """Set one option (tests and callers that pre-fill the form)."""
        editor = self.editors[name]
        if isinstance(editor, QDateEdit):
            editor.setDate(QDate(value))
        elif isinstance(editor, PersonPicker):
            editor.set_person_id(value)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))
        else:
            editor.setText(str(value))
