"""Taking in requests with the keyboard only: picker, new neighbour, save and new, warnings."""

from datetime import date, timedelta

import pytest

from PySide6.QtCore import Qt

from civicdesk import clock
from civicdesk.data import models
from civicdesk.services import people, requests

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import request_intake
from civicdesk.gui.dialogs.request_intake import RequestIntakeDialog
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.dates]
KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def make_context(db, db_path, actor):
    return AppContext(db_path=db_path, actor=actor, tasks=TaskRunner(SynchronousExecutor()))


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    """Closing a half-filled form at teardown must not wait for an answer."""
    monkeypatch.setattr(RequestIntakeDialog, "confirm_discard", lambda self: True)


@pytest.fixture
def context(db, db_path, coordinator):
    return make_context(db, db_path, coordinator)


@pytest.fixture
def amina(db, actor):
    home = people.create_household(actor, {"street": "5 Elm Road", "area": "Old Town"}).id
    return people.create_person(actor, {"first_name": "Amina", "last_name": "Warsame",
                                        "household": home}).id


@pytest.fixture
def dialog(qtbot, context, amina):
    dlg = RequestIntakeDialog(context)
    qtbot.add_widget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)  # shortcuts only reach the active window
    return dlg


def _pick_by_keyboard(qtbot, dialog, typed):
    qtbot.keyClicks(dialog.picker, typed)
    popup = dialog.picker.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, KEY.Key_Down)
    qtbot.keyClick(popup, KEY.Key_Return)


def _tab(qtbot, dialog, times=1):
    for _ in range(times):
        qtbot.keyClick(dialog.focusWidget(), KEY.Key_Tab)


def test_a_request_taken_in_with_the_keyboard_only(qtbot, dialog, amina):
    assert dialog.focusWidget() is dialog.picker
    _pick_by_keyboard(qtbot, dialog, "amin")
    assert dialog.picker.person_id() == amina and dialog.picker.text() == "Amina Warsame"
    assert dialog.ui.area_edit.text() == "Old Town"  # from her household
    _tab(qtbot, dialog, 2)  # past "New neighbour" (its fields are hidden) to the category
    assert dialog.focusWidget() is dialog.ui.category_combo
    qtbot.keyClick(dialog.ui.category_combo, KEY.Key_R)  # "Repair", then "Ride"
    qtbot.keyClick(dialog.ui.category_combo, KEY.Key_R)
    _tab(qtbot, dialog)
    qtbot.keyClick(dialog.ui.urgency_combo, KEY.Key_T)  # "Today"
    _tab(qtbot, dialog)
    qtbot.keyClicks(dialog.focusWidget(), "Ride to the clinic")
    _tab(qtbot, dialog)
    qtbot.keyClicks(dialog.focusWidget(), "Uses a walker")
    _tab(qtbot, dialog)  # tab leaves the details box (tabChangesFocus)
    assert dialog.focusWidget() is dialog.ui.area_edit
    qtbot.keyClick(dialog.focusWidget(), KEY.Key_S, CTRL)
    assert not dialog.isVisible()
    record = requests.get_request(dialog.context.actor, dialog.last_changes.id)
    assert (record.requester, record.category_name, record.urgency, record.summary,
            record.details, record.area, record.due_on) == (
        amina, "ride", "today", "Ride to the clinic", "Uses a walker", "Old Town",
        clock.today())


def test_save_and_new_clears_the_form_for_the_next_call(qtbot, dialog, amina):
    published = []
    dialog.context.bus.changed.connect(published.append)
    for summary in ("Weekly groceries", "Leaking tap"):
        _pick_by_keyboard(qtbot, dialog, "amin")
        dialog.ui.summary_edit.setFocus()
        qtbot.keyClicks(dialog.ui.summary_edit, summary)
        qtbot.keyClick(dialog.ui.summary_edit, KEY.Key_S,
                       CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert dialog.isVisible() and dialog.ui.summary_edit.text() == ""
        assert f"for Amina Warsame: {summary}" in dialog.ui.saved_label.text()
        assert dialog.focusWidget() is dialog.picker and dialog.picker.person_id() is None
    assert [c.table for c in published] == ["support_request"] * 2
    assert sorted(r.summary for r in models.SupportRequest.select()) == [
        "Leaking tap", "Weekly groceries"]


def test_a_new_neighbour_is_added_with_just_a_name_and_a_phone(qtbot, dialog):
    qtbot.keyClick(dialog.picker, KEY.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.ui.new_neighbour_button.isChecked)  # a mnemonic clicks animated
    assert dialog.focusWidget() is dialog.ui.first_name_edit
    qtbot.keyClicks(dialog.ui.first_name_edit, "Nia")
    _tab(qtbot, dialog, 2)
    qtbot.keyClicks(dialog.focusWidget(), "555 123 4567")
    dialog.ui.summary_edit.setFocus()
    qtbot.keyClicks(dialog.ui.summary_edit, "Companionship")
    qtbot.keyClick(dialog.ui.summary_edit, KEY.Key_Return)  # Enter = the default button, Save
    record = requests.get_request(dialog.context.actor, dialog.last_changes.id)
    assert (record.requester_name, record.requester_phone) == ("Nia", "555 123 4567")


def test_missing_requester_and_summary_are_shown_at_the_fields(qtbot, dialog):
    qtbot.keyClick(dialog.picker, KEY.Key_S, CTRL)
    assert dialog.isVisible()
    assert dialog.ui.requester_error.text() == "This is required."
    assert dialog.ui.summary_error.text() == "This is required."
    assert dialog.focusWidget() is dialog.picker
    assert models.SupportRequest.select().count() == 0


def test_a_bad_new_neighbour_phone_is_shown_and_nothing_is_saved(qtbot, dialog):
    dialog.ui.new_neighbour_button.click()
    qtbot.keyClicks(dialog.ui.first_name_edit, "Nia")
    qtbot.keyClicks(dialog.ui.phone_edit, "call me")
    qtbot.keyClicks(dialog.ui.summary_edit, "Groceries")
    dialog.ui.save_button.click()
    assert "is not a phone number" in dialog.errors.messages()["phone"]
    assert models.Person.select().where(models.Person.first_name == "Nia").count() == 0


def test_a_due_date_in_the_past_warns_but_saves(qtbot, dialog, amina):
    _pick_by_keyboard(qtbot, dialog, "amin")
    qtbot.keyClicks(dialog.ui.summary_edit, "Benefit form")
    past = clock.today() - timedelta(days=3)
    dialog.ui.due_check.setChecked(True)
    dialog.ui.due_edit.setDate(past)
    assert dialog.ui.due_warning.isVisible()
    assert f"{past.isoformat()} is in the past" in dialog.ui.due_warning.text()
    dialog.ui.save_button.click()
    assert models.SupportRequest.get().due_on == past


def test_urgency_suggests_a_due_date_until_one_is_chosen(qtbot, dialog):
    today = clock.today()
    dialog.ui.urgency_combo.setCurrentIndex(dialog.ui.urgency_combo.findData("2_days"))
    assert dialog.values()["due_on"] == today + timedelta(days=2)
    dialog.ui.urgency_combo.setCurrentIndex(dialog.ui.urgency_combo.findData("anytime"))
    assert dialog.values()["due_on"] is None
    assert request_intake.suggested_due("this_week", date(2026, 3, 11)) == date(2026, 3, 15)


def test_closing_with_unsaved_text_asks_first(qtbot, dialog, monkeypatch):
    asked = []
    monkeypatch.setattr(RequestIntakeDialog, "confirm_discard",
                        lambda self: asked.append(1) or False)
    qtbot.keyClicks(dialog.ui.summary_edit, "Half typed")
    qtbot.keyClick(dialog.ui.summary_edit, KEY.Key_Escape)
    assert asked == [1] and dialog.isVisible()


def test_volunteers_do_not_see_sensitive_notes_and_cannot_blank_them(qtbot, db, db_path, actor,
                                                                      volunteer, amina):
    ride = models.RequestCategory.get(name="ride").id
    rid = requests.create_request(actor, {"requester": amina, "category": ride,
                                          "summary": "Ride", "sensitive_notes": "Private"}).id
    dlg = RequestIntakeDialog(make_context(db, db_path, volunteer))
    qtbot.add_widget(dlg)
    dlg.load(requests.get_request(volunteer, rid))
    assert not dlg.ui.sensitive_box.isVisibleTo(dlg) and dlg.ui.sensitive_edit.toPlainText() == ""
    dlg.ui.summary_edit.setText("Ride to the clinic")
    assert dlg.save() is not None
    row = models.SupportRequest.get_by_id(rid)
    assert (row.summary, row.sensitive_notes) == ("Ride to the clinic", "Private")
