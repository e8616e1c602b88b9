"""The form for every field of a person (Designer form `ui/person_editor.ui`).

`load(record)` shows a person, `values()` reads the form back as service fields,
`changed_values()` only what differs from what was loaded. The page around it saves.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import (
    duplicates,
    household_list,
    lookups,
    member_list,
    people,
    validation,
    vocabulary,
)
from civicdesk.services.errors import ValidationError
from civicdesk.services.people import PersonRecord

from civicdesk.gui import accessible_names, localized, text, themes
from civicdesk.gui.context import AppContext
from civicdesk.gui.forms.ui_person_editor import Ui_PersonEditor
from civicdesk.gui.models import member_table
from civicdesk.gui.widgets.field_errors import FieldErrors
from civicdesk.gui.widgets.household_picker import HouseholdPicker
from civicdesk.gui.widgets.person_picker import PersonPicker

LINE_FIELDS = ("first_name", "last_name", "preferred_name", "phone", "mobile", "email",
               "member_number")
TEXT_FIELDS = ("accessibility_notes", "notes", "availability", "sensitive_notes")
CHECK_FIELDS = ("is_volunteer", "consent_directory", "consent_email", "consent_phone",
                "consent_photo")
TAG_FIELDS = ("languages", "skills", "interests")
PICK_FROM_LIST = QT_TRANSLATE_NOOP(
    "Validation", "Choose from the list that opens while you type, or empty the box.")
# Checked for likely duplicates when the volunteer leaves one of these fields.
IDENTITY_FIELDS = ("first_name", "last_name", "preferred_name", "phone", "mobile", "email")


class PersonEditor(QWidget):
    """Edits one person. `edited` fires on every change the volunteer makes;
    `open_person_requested(id)` when they choose an existing record over a new one."""

    edited = Signal()
    open_person_requested = Signal(int)
    open_household_requested = Signal(int)
    new_household_requested = Signal()
    record_payment_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PersonEditor()
        self.ui.setupUi(self)
        self.reach_via = PersonPicker(context, self)
        self.ui.reach_via_layout.addWidget(self.reach_via)
        accessible_names.from_label(self.reach_via, self.ui.reach_via_label)
        self.household = HouseholdPicker(self)
        self.ui.household_layout.addWidget(self.household)
        accessible_names.from_label(self.household, self.ui.household_label)
        self.setTabOrder(self.ui.email_edit, self.reach_via)
        self.setTabOrder(self.reach_via, self.household)
        self.setTabOrder(self.household, self.ui.new_household_button)
        for code in vocabulary.MEMBERSHIP_STATUSES:
            self.ui.status_combo.addItem(member_table.status_label(code), code)
        self.errors = FieldErrors(self._field_widgets(), self._error_labels(),
                                  self.ui.errors_label)
        self._loaded: dict = {}
        self._record = PersonRecord()
        self._matches: list[duplicates.Match] = []
        self._known: member_list.KnownTags | None = None
        for name in TAG_FIELDS:
            getattr(self.ui, f"{name}_edit").set_known_source(
                lambda name=name: getattr(self._known_tags(), name))
        themes.fill(self.ui.duplicates_frame, "notice", "border: 1px solid {outline}; "
                    "border-radius: 4px;", selector="#duplicates_frame")
        self.ui.duplicates_frame.hide()
        self._connect()

    def _field_widgets(self) -> dict[str, QWidget]:
        fields = {name: getattr(self.ui, f"{name}_edit") for name in
                  LINE_FIELDS + TEXT_FIELDS + TAG_FIELDS}
        fields |= {name: getattr(self.ui, f"{name}_check") for name in CHECK_FIELDS}
        fields |= {"membership_status": self.ui.status_combo, "reach_via": self.reach_via,
                   "household": self.household}
        return fields

    def _error_labels(self) -> dict:
        return {name: getattr(self.ui, f"{name}_error") for name in
                LINE_FIELDS + TEXT_FIELDS + ("reach_via", "household")}

    def _connect(self) -> None:
        for widget in self._field_widgets().values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._on_changed)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._on_changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._on_changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._on_changed)
        for name in IDENTITY_FIELDS:
            getattr(self.ui, f"{name}_edit").editingFinished.connect(self.check_duplicates)
        self.reach_via.person_chosen.connect(self._on_changed)
        self.household.household_chosen.connect(self._on_household_chosen)
        self.ui.open_household_button.clicked.connect(self._on_open_household_clicked)
        self.ui.leave_household_button.clicked.connect(self._on_leave_household_clicked)
        self.ui.new_household_button.clicked.connect(self.new_household_requested)
        self.ui.record_payment_button.clicked.connect(self.record_payment_requested)
        self.ui.open_duplicate_button.clicked.connect(self._on_open_duplicate_clicked)
        self.ui.duplicates_list.itemActivated.connect(self._on_open_duplicate_clicked)

    # Loading and reading back -------------------------------------------------------------
    def _known_tags(self) -> member_list.KnownTags:
        """What the tag fields complete from: read (one statement for all three) when a
        tag is first typed after `load`."""
        if self._known is None:
            self._known = member_list.known_tag_lists()
        return self._known

    def set_sensitive_visible(self, visible: bool) -> None:
        """Without permission to see sensitive notes, the section is not there at all."""
        self.ui.sensitive_group.setVisible(visible)

    def sensitive_visible(self) -> bool:
        return not self.ui.sensitive_group.isHidden()

    def load(self, record: PersonRecord, household: household_list.HouseholdRow | None = None,
             reach_via: lookups.PersonSuggestion | None = None) -> None:
        """Show *record* (a new person has `id` None) with the labels of its household and
        reach-via person as the caller read them; clears errors and the dirty flag."""
        self._record = record
        self.blockSignals(True)
        for name in LINE_FIELDS:
            getattr(self.ui, f"{name}_edit").setText(getattr(record, name) or "")
        for name in TEXT_FIELDS:
            getattr(self.ui, f"{name}_edit").setPlainText(getattr(record, name) or "")
        for name in CHECK_FIELDS:
            getattr(self.ui, f"{name}_check").setChecked(bool(getattr(record, name)))
        self._known = None  # others may have added tags since
        for name in TAG_FIELDS:
            edit = getattr(self.ui, f"{name}_edit")
            edit.set_tags(getattr(record, name))
            edit.mark_stale()
        self.ui.status_combo.setCurrentIndex(
            max(0, self.ui.status_combo.findData(record.membership_status)))
        if reach_via is not None or record.reach_via is None:
            self.reach_via.set_person(reach_via)
        else:
            self.reach_via.set_person_id(record.reach_via)
        if household is not None or record.household is None:
            self.household.set_household(household)
        else:
            self.household.set_household_id(record.household)
        self.blockSignals(False)
        self.show_dues(record.dues_paid_until)
        self.show_household_details()
        self.errors.clear()
        self._loaded = self.values()
        self._set_matches([])
        self.ui.record_payment_button.setEnabled(record.id is not None)

    def record(self) -> PersonRecord:
        return self._record

    def values(self) -> dict:
        """Every field as the services name them."""
        values = {name: getattr(self.ui, f"{name}_edit").text().strip() for name in LINE_FIELDS}
        values |= {name: getattr(self.ui, f"{name}_edit").toPlainText().strip()
                   for name in TEXT_FIELDS}
        values |= {name: getattr(self.ui, f"{name}_check").isChecked() for name in CHECK_FIELDS}
        values |= {name: getattr(self.ui, f"{name}_edit").tags() for name in TAG_FIELDS}
        values["membership_status"] = self.ui.status_combo.currentData()
        values["reach_via"] = self.reach_via.person_id()
        values["household"] = self.household.household_id()
        if not self.sensitive_visible():
            del values["sensitive_notes"]
        return values

    def changed_values(self) -> dict:
        """Only the fields the volunteer changed since `load` (what an update sends)."""
        now = self.values()
        return {k: v for k, v in now.items() if self._loaded.get(k) != v}

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    def unfinished_picks(self) -> ValidationError | None:
        """Text typed into the household or reach-via box without picking from the list
        would silently save as "none": say so instead."""
        problems = [validation.problem(name, people.PERSON_FIELDS[name].label, PICK_FROM_LIST)
                    for name, picker, chosen in (
                        ("household", self.household, self.household.household_id()),
                        ("reach_via", self.reach_via, self.reach_via.person_id()))
                    if picker.text().strip() and chosen is None]
        return ValidationError(problems) if problems else None

    def show_errors(self, error: ValidationError) -> None:
        self.errors.show(error)

    def show_dues(self, until: date | None) -> None:
        self.ui.dues_label.setText(localized.format_date(until) if until
                                   else self.tr("no dues paid yet"))

    # Reactions ----------------------------------------------------------------------------
    def _on_changed(self, *_args) -> None:
        if not self.signalsBlocked():
            self.edited.emit()

    def _on_household_chosen(self, _household_id) -> None:
        self.show_household_details()
        self._on_changed()

    def set_household(self, household_id: int | None) -> None:
        """Put the person in a household (e.g. one just created); counts as an edit."""
        self.household.set_household_id(household_id)
        self._on_household_chosen(household_id)

    def refresh_household_details(self) -> None:
        """The household changed elsewhere: read it again and show it."""
        self.household.set_household_id(self.household.household_id())
        self.show_household_details()

    def show_household_details(self) -> None:
        hid = self.household.household_id()
        row = self.household.household()
        if row is None:
            self.ui.household_address_label.setText(
                self.tr("Not in a household. Pick one above, or enter a new one."))
        else:
            others = [m.name for m in row.members if m.id != self._record.id and not m.archived]
            lines = [x for x in (row.address, row.place) if x]
            lines.append(self.tr("Also living there: {names}").format(names=", ".join(others))
                         if others else self.tr("Nobody else lives there yet."))
            self.ui.household_address_label.setText("\n".join(lines))
        self.ui.open_household_button.setEnabled(hid is not None)
        self.ui.leave_household_button.setEnabled(hid is not None)

    def _on_open_household_clicked(self) -> None:
        if self.household.household_id() is not None:
            self.open_household_requested.emit(self.household.household_id())

    def _on_leave_household_clicked(self) -> None:
        self.set_household(None)

    # Duplicates ---------------------------------------------------------------------------
    def check_duplicates(self) -> list[duplicates.Match]:
        """For a new person: show who on file looks the same (by name, email or phone)."""
        if self._record.id is not None:
            return []
        self._set_matches(duplicates.likely_duplicates(self.values()))
        return self._matches

    def matches(self) -> list[duplicates.Match]:
        return list(self._matches)

    def _set_matches(self, matches: list[duplicates.Match]) -> None:
        self._matches = matches
        self.ui.duplicates_list.clear()
        for match in matches:
            why = ", ".join(text.label("Duplicates", duplicates.REASONS[r])
                            for r in match.reasons)
            archived = self.tr(" (archived)") if match.archived else ""
            line = f"{match.name}{archived} \u2014 {match.detail} [{why}]" if match.detail \
                else f"{match.name}{archived} [{why}]"
            self.ui.duplicates_list.addItem(line)
        if matches:
            self.ui.duplicates_list.setCurrentRow(0)
            rows = min(len(matches), 4)  # as tall as the matches, up to four lines
            view = self.ui.duplicates_list
            line = max(view.sizeHintForRow(0), view.fontMetrics().height() + 8)
            view.setFixedHeight(rows * line + 2 * view.frameWidth() + 2)
        self.ui.duplicates_frame.setVisible(bool(matches))

    def _on_open_duplicate_clicked(self, *_args) -> None:
        row = self.ui.duplicates_list.currentRow()
        if 0 <= row < len(self._matches):
            self.open_person_requested.emit(self._matches[row].id)


def new_record(household: int | None = None, **values) -> PersonRecord:
    """A blank person (optionally already in a household)."""
    return PersonRecord(household=household, **values)
