"""File > Import… walked with pytest-qt on real files (#14): the file, the mapping with one
guess changed, the preview with its problems and matches, the import, its undo; Cancel
during the import leaving nothing; the SignUpGenius kind; File > Imports… with Undo; the
actions hidden for volunteers."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from civicdesk.data import models
from civicdesk.services import people
from civicdesk.services.actors import Actor
from tests import test_import_people as people_files
from tests import test_import_signups as signup_files

from civicdesk.gui import import_wizard, tasks
from civicdesk.gui.context import AppContext
from civicdesk.gui.mainwindow import MainWindow
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = [pytest.mark.gui]
CORA = Actor("Cora Coordinator", "coordinator")


@pytest.fixture
def context(db, db_path, data_dir, actor):
    people.create_person(actor, {"first_name": "Luc", "last_name": "Müller",
                                 "email": "luc@example.org"})
    return AppContext(db_path=db_path, actor=CORA, tasks=TaskRunner(SynchronousExecutor()))


@pytest.fixture
def wizard(qtbot, context, monkeypatch):
    monkeypatch.setattr(import_wizard, "confirm_undo", lambda parent, what: True)
    dialog = import_wizard.ImportWizard(context)
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def _to_preview(qtbot, wizard, path) -> None:
    wizard.path_edit.setText(str(path))
    wizard.preset_combo.setCurrentIndex(wizard.preset_combo.findData("civicrm"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page() == import_wizard.MAPPING_PAGE, wizard.message.text()
    notes = wizard.target_combos["Note(s)"]
    assert notes.currentData() == "notes"  # the preset's guess, shown
    notes.setCurrentIndex(notes.findData("accessibility_notes"))  # changed by the user
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page() == import_wizard.PREVIEW_PAGE, wizard.message.text()


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_wizard_walks_from_the_file_to_the_import_and_its_undo(qtbot, wizard, tmp_path):
    _to_preview(qtbot, wizard, people_files.civicrm_file(tmp_path))
    assert wizard.counts_label.text() == ("To create: 2\nMatching people on file (to update): "
                                          "1\nUnchanged: 0\nWith problems (left out): 3")
    problems = _cells(wizard.problems_table)
    assert sorted(p[:3] for p in problems) == [["5", "Contact Type", "Household"],
                                               ["6", "First Name", ""],
                                               ["7", "Email", "omar@example"],
                                               ["7", "Member Since", "2021-02-31"]]
    assert "omar@example\u201d is not an email address" in " ".join(p[3] for p in problems)
    matched = _cells(wizard.matched_table)
    assert [m[:3] for m in matched] == [["3", "Luc Müller", "email"]]
    assert "Phone: (empty) \u2192 514.555.0102" in matched[0][3]
    assert "May be emailed: no \u2192 yes" in matched[0][3]
    assert wizard.next_button.text() == "&Import the valid rows"
    assert models.Person.select().count() == 1  # nothing written before the import

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page() == import_wizard.RESULT_PAGE
    assert "2 people created (and 2 households), 1 people updated" in wizard.result_label.text()
    zoe = models.Person.get(models.Person.first_name == "Zoé")
    assert (zoe.accessibility_notes, zoe.notes) == ("Prefers mornings.\nHas a car.", "")
    assert models.Person.get(models.Person.first_name == "Luc").phone == "514.555.0102"

    qtbot.mouseClick(wizard.undo_button, Qt.MouseButton.LeftButton)
    assert "was undone" in wizard.result_label.text()
    assert [(p.first_name, p.phone) for p in models.Person.select()] == [("Luc", "")]
    assert not wizard.undo_button.isEnabled()


def test_cancel_during_the_import_leaves_nothing(qtbot, wizard, tmp_path, monkeypatch):
    _to_preview(qtbot, wizard, people_files.civicrm_file(tmp_path))
    before = [m.select().count() for m in (models.Person, models.Household,
                                           models.ImportBatch, models.AuditEntry)]
    original = tasks.TaskContext.progress

    def cancel_pressed(self, done, total, text=""):
        self._task.cancel()  # the user presses Cancel on the progress dialog
        return original(self, done, total, text)

    monkeypatch.setattr(tasks.TaskContext, "progress", cancel_pressed)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page() == import_wizard.PREVIEW_PAGE
    assert wizard.message.text() == "The import was cancelled: nothing was imported."
    assert [m.select().count() for m in (models.Person, models.Household,
                                         models.ImportBatch, models.AuditEntry)] == before


def test_ambiguous_dates_are_asked_on_the_mapping_page(qtbot, wizard, tmp_path):
    path = people_files.write_csv(tmp_path / "members.csv", ["First name", "Last name",
                                                             "Member since"],
                                  [["Ann", "Abbott", "03/04/2020"],
                                   ["Bea", "Brown", "05/06/2021"]])
    wizard.path_edit.setText(str(path))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page() == import_wizard.MAPPING_PAGE
    assert "could be day/month/year or month/day/year" in wizard.message.text()
    wizard.date_combo.setCurrentIndex(wizard.date_combo.findData("mdy"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page() == import_wizard.PREVIEW_PAGE
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    ann = models.Person.get(models.Person.first_name == "Ann")
    assert str(ann.member_since) == "2020-03-04"


def test_a_file_that_cannot_be_read_is_said_on_the_first_page(qtbot, wizard, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    wizard.path_edit.setText(str(path))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page() == import_wizard.FILE_PAGE
    assert "binary data" in wizard.message.text()


def test_save_as_preset_offers_it_next_time(qtbot, wizard, tmp_path, monkeypatch):
    monkeypatch.setattr(import_wizard, "ask_preset_name", lambda parent: "Our CiviCRM")
    wizard.path_edit.setText(str(people_files.civicrm_file(tmp_path)))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.save_preset_button, Qt.MouseButton.LeftButton)
    assert wizard.message.text() == "Saved as the preset \u201cOur CiviCRM\u201d."
    assert wizard.preset_combo.findData("Our CiviCRM") >= 0


def test_a_signupgenius_report_through_the_wizard(qtbot, wizard, tmp_path):
    wizard.signups_radio.setChecked(True)
    assert not wizard.preset_combo.isEnabled()
    wizard.path_edit.setText(str(signup_files.report_file(tmp_path)))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page() == import_wizard.PREVIEW_PAGE, wizard.message.text()  # no mapping
    assert wizard.counts_label.text().startswith("Sign-ups to add: 5\nNew events: 2")
    assert ["7", "Email", "bob@example.org", "the same sign-up as row 6"] in _cells(
        wizard.problems_table)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert "5 sign-ups added, with 2 new events, 4 new shifts and 3 new people" in \
        wizard.result_label.text()
    assert models.Assignment.select().count() == 5


def test_a_people_file_as_sign_ups_is_refused_clearly(qtbot, wizard, tmp_path):
    wizard.signups_radio.setChecked(True)
    wizard.path_edit.setText(str(people_files.civicrm_file(tmp_path)))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page() == import_wizard.FILE_PAGE
    assert "is not a SignUpGenius sign-up report: it has no Sign Up column" in \
        wizard.message.text()


def test_past_imports_list_and_undo_with_the_kept_rows(qtbot, wizard, context, tmp_path,
                                                       monkeypatch, actor):
    _to_preview(qtbot, wizard, people_files.civicrm_file(tmp_path))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    zoe = models.Person.get(models.Person.first_name == "Zoé")
    people.update_person(actor, zoe.id, zoe.version, {"preferred_name": "Zo"})
    dialog = import_wizard.ImportsDialog(context)
    qtbot.add_widget(dialog)
    row = _cells(dialog.list)[0]
    assert (row[0], row[2], row[3], row[4], row[5], row[6]) == (
        "1", "Cora Coordinator", "civicrm_contacts.csv", "people",
        "2 created, 1 updated, 3 left out", "in place")
    dialog.list.selectRow(0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "Kept as they are:\n\u2022 Zoé Müller: edited since the import" in \
        dialog.result_label.text()
    assert _cells(dialog.list)[0][6].startswith("undone ")
    assert [p.first_name for p in models.Person.select().order_by(models.Person.id)] == [
        "Luc", "Zoé"]


@pytest.mark.parametrize("role", ["volunteer", "coordinator"])
def test_file_import_is_for_coordinators_and_admins(qtbot, db, db_path, data_dir, role):
    window = MainWindow(AppContext(db_path=db_path, actor=Actor("Someone", role),
                                   tasks=TaskRunner(SynchronousExecutor())))
    qtbot.add_widget(window)
    assert window.action_import.isVisible() == (role == "coordinator")
    assert window.action_imports.isVisible() == (role == "coordinator")
    assert window.action_import.shortcut().toString() == "Ctrl+I"


def test_amounts_that_read_two_ways_are_asked_and_the_payments_imported(qtbot, wizard,
                                                                        tmp_path):
    path = people_files.write_csv(tmp_path / "cotisations.csv",
                                  ["Prénom", "Nom", "Cotisation", "Payé le"],
                                  [["Ann", "Abbott", "1.200", "2026-03-15"],
                                   ["Bea", "Brown", "20", "2026-03-16"]], delimiter=";")
    wizard.path_edit.setText(str(path))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.target_combos["Cotisation"].currentText() == "Dues paid: amount"
    assert wizard.target_combos["Payé le"].currentData() == "dues_paid_on"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page() == import_wizard.MAPPING_PAGE
    assert "(such as 1.200) could be read with a decimal point or a decimal comma" \
        in wizard.message.text()
    assert wizard.mark_combo.hasFocus() or wizard.focusWidget() is wizard.mark_combo
    wizard.mark_combo.setCurrentIndex(wizard.mark_combo.findData(","))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page() == import_wizard.PREVIEW_PAGE
    assert wizard.counts_label.text().endswith("Dues payments to record: 2")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert "2 dues payments recorded." in wizard.result_label.text()
    ann = models.Person.get(models.Person.first_name == "Ann")
    assert [p.amount_cents for p in ann.payments] == [120000]
    assert str(ann.dues_paid_until) == "2027-03-14"
    qtbot.mouseClick(wizard.undo_button, Qt.MouseButton.LeftButton)
    assert "2 dues payments removed." in wizard.result_label.text()
    assert models.Payment.select().count() == 0
