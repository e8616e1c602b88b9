"""The Members pane as a volunteer uses it: find, open, add, edit, archive (pytest-qt)."""

from datetime import date, datetime

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from civicdesk.data import models
from civicdesk.services import household_list, payments, people
from civicdesk.services.actors import Actor

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs import prompts
from civicdesk.gui.dialogs.household_dialog import HouseholdDialog
from civicdesk.gui.dialogs.payment_dialog import PaymentDialog
from civicdesk.gui.panes import members, person_page, person_tab
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.dates]


def make_context(db, db_path, actor) -> AppContext:
    return AppContext(db_path=db_path, actor=actor,
                      tasks=TaskRunner(SynchronousExecutor()))


def make_pane(qtbot, context) -> members.MembersPane:
    """The pane as the main window hosts it: it hears every published change."""
    pane = members.MembersPane(context)
    context.bus.changed.connect(pane.apply_changes)
    qtbot.add_widget(pane)
    return pane


def _town(actor):
    with models.database.atomic():  # one commit for the whole set-up
        home = people.create_household(actor, {"name": "Müller", "street": "5 Elm Road"}).id
        ids = {
            "zoe": people.create_person(actor, {
                "first_name": "Zoë", "last_name": "Müller", "household": home,
                "membership_status": "member", "languages": ["German"], "email": "zoe@example.org",
                "sensitive_notes": "Private matter."}).id,
            "zack": people.create_person(actor, {
                "first_name": "Zack", "last_name": "Muller", "is_volunteer": True,
                "phone": "555-1234", "skills": ["driving"], "languages": ["Spanish"]}).id,
            "ann": people.create_person(actor, {"first_name": "Ann", "last_name": "Abbott",
                                                "membership_status": "lapsed"}).id,
        }
    return ids | {"home": home}


@pytest.fixture
def town(db, actor, from_template):
    return from_template(_town, actor)


@pytest.fixture
def pane(qtbot, db, db_path, town, data_dir):
    widget = make_pane(qtbot, make_context(db, db_path, Actor("Tess Tester")))
    widget.resize(1100, 760)
    widget.show()
    qtbot.wait_exposed(widget)
    return widget


def listed(pane) -> list[str]:
    model = pane.people_list.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def type_into(qtbot, widget, typed: str) -> None:
    """Type key by key (QTest cannot send ë or Ü as keys; those are inserted, which is
    the same edit for the line edit)."""
    for ch in typed:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            widget.insert(ch)


def search(qtbot, pane, typed: str) -> None:
    pane.people_list.ui.search_edit.clear()
    type_into(qtbot, pane.people_list.ui.search_edit, typed)


# Finding --------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, expected", [
    ("zoe", ["Müller, Zoë"]),
    ("muller", ["Muller, Zack", "Müller, Zoë"]),
    ("MÜLL", ["Muller, Zack", "Müller, Zoë"]),
    ("zoë mü", ["Müller, Zoë"]),
    ("elm road", ["Müller, Zoë"]),
    ("555 12", ["Muller, Zack"]),
    ("nobody", []),
])
def test_typing_in_search_filters_the_list(qtbot, pane, typed, expected):
    search(qtbot, pane, typed)
    assert listed(pane) == expected
    count = pane.people_list.ui.count_label.text()
    assert count == ("1 person found" if len(expected) == 1 else f"{len(expected)} people found")


def choose(combo, value) -> None:
    """Pick *value* as a volunteer would: open the list, choose."""
    combo.showPopup()
    combo.setCurrentIndex(combo.findData(value))
    combo.hidePopup()


def test_filters_combine_and_show_everyone_clears_them(qtbot, pane):
    ui = pane.people_list.ui
    choose(ui.volunteer_combo, False)
    assert listed(pane) == ["Abbott, Ann", "Müller, Zoë"]
    search(qtbot, pane, "mul")
    assert listed(pane) == ["Müller, Zoë"]
    choose(ui.language_combo, "Spanish")
    assert listed(pane) == [] and ui.count_label.text() == "0 people found"
    ui.clear_filters_button.click()
    assert len(listed(pane)) == 3 and ui.count_label.text() == "3 people on file"
    ui.dues_check.setChecked(True)  # lapsed, and a member who never paid
    assert listed(pane) == ["Abbott, Ann", "Müller, Zoë"]
    ui.clear_filters_button.click()
    choose(ui.skill_combo, "driving")
    assert listed(pane) == ["Muller, Zack"]


def test_the_skill_filter_offers_skills_added_since_it_was_opened(qtbot, pane, town, actor):
    combo = pane.people_list.ui.skill_combo
    assert combo.count() == 1  # "Any skill" until the list is opened
    combo.showPopup()
    combo.hidePopup()
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "driving" in offered and "sewing" not in offered
    pane.context.publish(people.update_person(actor, town["ann"], 1, {"skills": ["sewing"]}))
    combo.showPopup()
    combo.hidePopup()
    assert "sewing" in [combo.itemData(i) for i in range(combo.count())]


def test_keyboard_path_find_open_back(qtbot, pane, town):
    qtbot.keyClick(pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.people_list.ui.search_edit.hasFocus()
    qtbot.keyClicks(pane.people_list.ui.search_edit, "zoe")
    qtbot.keyClick(pane.people_list.ui.search_edit, Qt.Key.Key_Return)
    assert pane.stack.currentWidget() is pane.person_page
    assert pane.person_page.person_id() == town["zoe"]
    assert pane.person_page.editor.ui.first_name_edit.hasFocus()
    qtbot.keyClick(pane.person_page.editor.ui.first_name_edit, Qt.Key.Key_Escape)
    assert pane.stack.currentWidget() is pane.people_list
    assert pane.people_list.current_person_id() == town["zoe"]
    qtbot.keyClick(pane.people_list.ui.table_view, Qt.Key.Key_Escape)
    assert pane.people_list.ui.search_edit.hasFocus()
    qtbot.keyClick(pane.people_list.ui.search_edit, Qt.Key.Key_Escape)
    assert pane.people_list.ui.search_edit.text() == "" and len(listed(pane)) == 3


def test_enter_in_the_table_opens_the_selected_person(qtbot, pane, town):
    view = pane.people_list.ui.table_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert pane.person_page.person_id() == town["zack"]


# Adding and editing ---------------------------------------------------------------------
def fill(qtbot, editor, **texts) -> None:
    for name, value in texts.items():
        widget = getattr(editor.ui, f"{name}_edit")
        widget.clear()
        qtbot.keyClicks(widget, value)  # ASCII only (see type_into)


def test_ctrl_n_then_ctrl_s_adds_a_person_who_appears_in_the_list(qtbot, pane):
    qtbot.keyClick(pane, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = pane.person_page.editor
    assert pane.stack.currentWidget() is pane.person_page and editor.record().id is None
    fill(qtbot, editor, first_name="Nina", last_name="Novak", phone="555 777 8888")
    qtbot.keyClick(editor.ui.phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    person = models.Person.get(models.Person.last_name == "Novak")
    assert pane.person_page.person_id() == person.id
    assert not pane.person_page.is_dirty()
    qtbot.keyClick(editor.ui.phone_edit, Qt.Key.Key_Escape)  # back to the list
    assert pane.stack.currentWidget() is pane.people_list
    assert "Novak, Nina" in listed(pane)
    assert pane.people_list.current_person_id() == person.id


def test_the_editor_round_trips_every_field(qtbot, pane, town, actor):
    pane.open_person(town["ann"])
    editor, ui = pane.person_page.editor, pane.person_page.editor.ui
    fill(qtbot, editor, first_name="Annabel", last_name="Abbott-Smith", preferred_name="Bel",
         phone="+1 555 123 4567", mobile="555-987-6543", email="bel@example.org",
         member_number="M-42", accessibility_notes="Uses a cane", notes="Likes tea",
         availability="Mornings", sensitive_notes="Needs discretion",
         languages="English, Tigrinya", skills="driving, first aid", interests="gardening")
    ui.status_combo.setCurrentIndex(ui.status_combo.findData("honorary"))
    for name in ("is_volunteer", "consent_directory", "consent_email", "consent_phone",
                 "consent_photo"):
        getattr(ui, f"{name}_check").setChecked(True)
    editor.reach_via.set_person_id(town["zack"])
    editor.set_household(town["home"])
    assert pane.person_page.save()
    saved = people.get_person(actor, town["ann"])
    assert (saved.first_name, saved.last_name, saved.preferred_name) == (
        "Annabel", "Abbott-Smith", "Bel")
    assert (saved.phone, saved.mobile, saved.email) == (
        "+1 555 123 4567", "555-987-6543", "bel@example.org")
    assert (saved.member_number, saved.membership_status) == ("M-42", "honorary")
    assert (saved.accessibility_notes, saved.notes, saved.availability,
            saved.sensitive_notes) == ("Uses a cane", "Likes tea", "Mornings",
                                       "Needs discretion")
    assert saved.languages == ["English", "Tigrinya"]
    assert saved.skills == ["driving", "first aid"] and saved.interests == ["gardening"]
    assert saved.is_volunteer and saved.consent_directory and saved.consent_email
    assert saved.consent_phone and saved.consent_photo
    assert (saved.reach_via, saved.household) == (town["zack"], town["home"])
    pane.person_page.show_person(town["ann"])  # and back into the form unchanged
    assert editor.values()["languages"] == ["English", "Tigrinya"]
    assert editor.reach_via.text() == "Zack Muller"
    assert not pane.person_page.is_dirty()


def test_validation_errors_appear_next_to_the_right_field(qtbot, pane, town, actor):
    pane.open_person(town["ann"])
    editor = pane.person_page.editor
    fill(qtbot, editor, email="ann(at)home", phone="12")
    editor.ui.first_name_edit.clear()
    editor.ui.last_name_edit.clear()
    assert not pane.person_page.save()
    ui = editor.ui
    assert "not an email address" in ui.email_error.text() and ui.email_error.isVisible()
    assert "not a phone number" in ui.phone_error.text() and ui.phone_error.isVisible()
    assert not ui.mobile_error.isVisible()
    assert people.get_person(actor, town["ann"]).email == ""  # nothing saved
    fill(qtbot, editor, email="ann@example.org", phone="555 123 456")
    assert not pane.person_page.save()  # now only the missing name
    assert "first or a last name" in ui.first_name_error.text()
    assert not ui.email_error.isVisible()


def test_a_household_typed_but_not_picked_is_not_saved_as_none(qtbot, pane, town, actor):
    pane.open_person(town["zoe"])
    editor = pane.person_page.editor
    qtbot.keyClicks(editor.household, "x")  # edits away from the chosen household
    assert editor.household.household_id() is None
    assert not pane.person_page.save()
    assert "Choose from the list" in editor.ui.household_error.text()
    assert people.get_person(actor, town["zoe"]).household == town["home"]


def test_a_likely_duplicate_is_shown_and_can_be_opened_instead(qtbot, pane, town):
    pane.new_person()
    editor = pane.person_page.editor
    fill(qtbot, editor, first_name="Zoe", last_name="Muller")
    editor.ui.last_name_edit.editingFinished.emit()
    assert editor.ui.duplicates_frame.isVisible()
    assert editor.ui.duplicates_list.item(0).text().startswith("Zoë Müller")
    editor.ui.open_duplicate_button.click()  # no "unsaved changes" question: a choice
    assert pane.person_page.person_id() == town["zoe"]


def test_saving_a_likely_duplicate_asks_first(qtbot, pane, monkeypatch):
    answers = [False, True]
    monkeypatch.setattr(prompts, "confirm", lambda *a: answers.pop(0))
    pane.new_person()
    fill(qtbot, pane.person_page.editor, first_name="Ann", last_name="ABBOTT")
    assert not pane.person_page.save()
    assert models.Person.select().where(models.Person.last_name == "ABBOTT").count() == 0
    assert pane.person_page.save()
    assert models.Person.select().where(models.Person.last_name == "ABBOTT").count() == 1


def test_archive_and_bring_back(qtbot, pane, town, monkeypatch):
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    pane.open_person(town["ann"])
    pane.person_page.ui.archive_button.click()
    assert models.Person.get_by_id(town["ann"]).archived
    assert pane.person_page.ui.badge_label.isVisible()
    pane.back()
    assert "Abbott, Ann" not in listed(pane)
    ui = pane.people_list.ui
    ui.archived_combo.setCurrentIndex(ui.archived_combo.findData("archived"))
    assert listed(pane) == ["Abbott, Ann (archived)"]
    pane.open_person(town["ann"])
    pane.person_page.ui.archive_button.click()  # "Bring back from archive"
    assert not models.Person.get_by_id(town["ann"]).archived
    assert not pane.person_page.ui.badge_label.isVisible()
    pane.back()
    assert listed(pane) == []
    ui.archived_combo.setCurrentIndex(0)
    assert "Abbott, Ann" in listed(pane)


def test_volunteers_cannot_archive_nor_see_sensitive_notes(qtbot, db, db_path, town,
                                                           volunteer, data_dir):
    pane = make_pane(qtbot, make_context(db, db_path, volunteer))
    pane.open_person(town["zoe"])
    page = pane.person_page
    assert not page.editor.sensitive_visible()
    assert "sensitive_notes" not in page.editor.values()
    assert not page.ui.archive_button.isEnabled()
    fill(qtbot, page.editor, notes="Called today")
    assert page.save()  # and the notes they cannot see are untouched
    assert models.Person.get_by_id(town["zoe"]).sensitive_notes == "Private matter."


def test_a_stale_save_is_refused_explained_and_can_be_reloaded(qtbot, pane, town,
                                                               monkeypatch):
    asked = []
    monkeypatch.setattr(prompts, "reload_after_conflict",
                        lambda parent, why, mine: asked.append((why, mine)) or True)
    pane.open_person(town["ann"])
    other = Actor("Olga Other", "coordinator")
    people.update_person(other, town["ann"], 1, {"email": "olga@example.org"})
    fill(qtbot, pane.person_page.editor, email="mine@example.org")
    assert not pane.person_page.save()
    (why, mine), = asked
    assert "Olga Other changed this record" in why and "email" in why
    assert "mine@example.org" in mine
    assert models.Person.get_by_id(town["ann"]).email == "olga@example.org"
    assert pane.person_page.editor.ui.email_edit.text() == "olga@example.org"


@pytest.mark.parametrize("answer, leaves, saved", [
    (prompts.CANCEL, False, False), (prompts.DISCARD, True, False), (prompts.SAVE, True, True)])
def test_leaving_unsaved_edits_asks_first(qtbot, pane, town, monkeypatch, answer, leaves,
                                          saved):
    monkeypatch.setattr(prompts, "unsaved_changes", lambda parent, name: answer)
    pane.open_person(town["ann"])
    fill(qtbot, pane.person_page.editor, notes="Half-typed")
    qtbot.keyClick(pane.person_page.editor.ui.notes_edit, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.AltModifier)
    assert (pane.stack.currentWidget() is pane.people_list) == leaves
    assert (models.Person.get_by_id(town["ann"]).notes == "Half-typed") == saved


# Households and payments ----------------------------------------------------------------
def test_one_click_from_a_person_to_their_household_and_back(qtbot, pane, town):
    pane.open_person(town["zoe"])
    pane.person_page.editor.ui.open_household_button.click()
    page = pane.household_page
    assert pane.stack.currentWidget() is page and page.household_id == town["home"]
    assert page.ui.title_label.text() == "Müller"
    assert page.members.index(0, 0).data() == "Zoë Müller"
    page.ui.open_member_button.click()
    assert pane.stack.currentWidget() is pane.person_page
    assert pane.person_page.person_id() == town["zoe"]


def test_a_new_household_with_two_people_and_a_payment_shows_in_the_list(
        qtbot, pane, monkeypatch, clock):
    clock.pin(datetime(2026, 3, 14, 10, 0))
    def fill_household(dialog):
        dialog.ui.street_edit.setText("9 Birch Lane")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(HouseholdDialog, "exec", fill_household)
    pane.new_person()
    editor = pane.person_page.editor
    fill(qtbot, editor, first_name="Olu", last_name="Ade")
    editor.ui.new_household_button.click()
    assert editor.household.text() == "Ade \u2014 9 Birch Lane"
    assert pane.person_page.save()
    home = models.Household.get(models.Household.street == "9 Birch Lane").id
    pane.open_household(home)
    pane.household_page.ui.new_member_button.click()
    assert pane.person_page.editor.household.household_id() == home
    fill(qtbot, pane.person_page.editor, first_name="Bisi", last_name="Ade")
    assert pane.person_page.save()

    def pay(dialog):
        dialog.ui.amount_spin.setValue(25)
        dialog.ui.whole_household_check.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PaymentDialog, "exec", pay)
    pane.person_page.editor.ui.record_payment_button.click()
    until = date(2027, 3, 13)  # a year from today, the day before it comes round again
    assert pane.person_page.editor.ui.dues_label.text() == "3/13/27"  # en_US
    assert pane.person_page.payments.rowCount() == 1
    search(qtbot, pane, "ade")
    model = pane.people_list.model
    rows = [[model.index(r, c).data() for c in (0, 1, 5)] for r in range(model.rowCount())]
    shown = f"{until.month}/{until.day}/{until:%y}"  # en_US
    assert rows == [["Ade, Bisi", "9 Birch Lane", shown], ["Ade, Olu", "9 Birch Lane", shown]]


def test_moving_someone_into_a_household(qtbot, pane, town, monkeypatch):
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    pane.open_household(town["home"])
    page = pane.household_page
    page.picker.set_person_id(town["zack"])
    page.ui.move_button.click()
    assert models.Person.get_by_id(town["zack"]).household_id == town["home"]
    assert [page.members.index(r, 0).data() for r in range(2)] == ["Zack Muller", "Zoë Müller"]


def test_a_payment_with_bad_input_stays_open_and_says_why(qtbot, db, db_path, town, actor,
                                                          clock):
    def submit(actor, values):
        values.pop("whole_household")
        return payments.record_payment(actor, values | {"person": town["ann"]})

    clock.pin(datetime(2026, 5, 1, 9, 0))
    dialog = PaymentDialog(make_context(db, db_path, actor), submit)
    qtbot.add_widget(dialog)
    dialog.load("Ann Abbott", None, payments.offer_for_person(town["ann"], None, None))
    assert dialog.ui.period_start_edit.date().toPython() == date(2026, 5, 1)
    assert dialog.ui.period_end_edit.date().toPython() == date(2027, 4, 30)
    dialog.ui.period_end_edit.setDate(date(2026, 1, 1))
    dialog.accept()
    assert dialog.changes is None and not dialog.ui.period_end_error.isHidden()
    assert "ends before it starts" in dialog.ui.period_end_error.text()
    assert models.Payment.select().count() == 0


def test_the_household_dialog_shows_problems_next_to_the_fields(qtbot, db, db_path, actor):
    dialog = HouseholdDialog(make_context(db, db_path, actor), people.create_household)
    qtbot.add_widget(dialog)
    dialog.load({})
    dialog.ui.unit_edit.setText("x" * 50)
    dialog.accept()
    assert dialog.changes is None and "too long" in dialog.ui.unit_error.text()
    assert models.Household.select().count() == 0


# Detail tabs, columns, self-test --------------------------------------------------------
class _RecordingTab(person_tab.PersonTab):
    shown: list = []

    @classmethod
    def title(cls) -> str:
        return "Recorded"

    def load(self):
        type(self).shown.append(self.person_id)


def test_registered_detail_tabs_appear_and_follow_the_person(qtbot, db, db_path, town,
                                                              monkeypatch, data_dir):
    _RecordingTab.shown = []
    monkeypatch.setattr(person_page.PersonPage, "TABS", (_RecordingTab,))
    pane = make_pane(qtbot, make_context(db, db_path, Actor("Tess")))
    pane.open_person(town["zoe"])
    tabs = pane.person_page.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Details", "Payments",
                                                               "Recorded"]
    pane.open_person(town["zack"])
    assert _RecordingTab.shown == [town["zoe"], town["zack"]]


def test_hidden_columns_and_widths_are_remembered(qtbot, db, db_path, town, data_dir):
    first = make_pane(qtbot, make_context(db, db_path, Actor("Tess")))
    layout = first.people_list.columns
    layout.set_visible(3, False)
    layout.header.resizeSection(0, 321)
    layout.save()
    second = make_pane(qtbot, make_context(db, db_path, Actor("Tess")))
    header = second.people_list.ui.table_view.horizontalHeader()
    assert header.isSectionHidden(3) and header.sectionSize(0) == 321
    menu = second.people_list.columns.menu()
    assert [a.isChecked() for a in menu.actions()][3] is False
    assert not menu.actions()[0].isEnabled()  # the name cannot be hidden


def test_the_self_test_exercise_changes_nothing(pane):
    before = models.AuditEntry.select().count()
    pane.exercise()
    assert models.AuditEntry.select().count() == before
    assert pane.stack.currentWidget() is pane.people_list


def test_tags_complete_the_word_being_typed(qtbot, pane, town):
    pane.open_person(town["ann"])
    skills = pane.person_page.editor.ui.skills_edit
    qtbot.keyClicks(skills, "dri")
    assert skills.completer_popup_visible()
    skills._on_completer_activated("driving")
    assert skills.text() == "driving, " and skills.tags() == ["driving"]
    assert isinstance(pane.person_page.editor.ui.errors_label, QLabel)


def test_a_search_matching_too_many_says_to_type_more(qtbot, pane, monkeypatch):
    from civicdesk.services.member_list import MemberQuery

    monkeypatch.setattr(MemberQuery, "SEARCH_CAP", 1)
    search(qtbot, pane, "mul")
    assert len(listed(pane)) == 1
    assert pane.people_list.ui.count_label.text() == (
        "More than 1 people found: type more to narrow the search")
    search(qtbot, pane, "muller zack")
    assert pane.people_list.ui.count_label.text() == "1 person found"


def test_a_new_empty_household_can_be_found_in_the_households_list(qtbot, pane, actor):
    empty = people.create_household(actor, {"name": "Østergaard", "street": "9 Pine"}).id
    pane.show_households()
    households = pane.households_list
    households.focus_search()
    qtbot.keyClicks(households.ui.search_edit, "ostergaard")
    qtbot.keyClick(households.ui.search_edit, Qt.Key.Key_Return)
    assert pane.place() == ("household", empty)


def test_the_households_list_has_the_same_keyboard_path(qtbot, pane, town):
    pane.show_households()
    households = pane.households_list
    search_edit = households.ui.search_edit
    households.focus_search()
    qtbot.keyClicks(search_edit, "elm")
    qtbot.keyClick(search_edit, Qt.Key.Key_Escape)
    assert search_edit.text() == ""
    qtbot.keyClicks(search_edit, "elm")
    qtbot.keyClick(search_edit, Qt.Key.Key_Return)  # opens the household it found
    assert pane.place() == ("household", town["home"])


def test_a_payment_while_editing_shows_the_new_dues_and_keeps_the_edits(qtbot, pane, town,
                                                                         monkeypatch, clock):
    clock.pin(datetime(2026, 3, 14, 10, 0))

    def pay(dialog):
        dialog.ui.amount_spin.setValue(20)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PaymentDialog, "exec", pay)
    pane.open_person(town["ann"])
    page = pane.person_page
    page.editor.ui.phone_edit.setText("555 0111")
    page.editor.ui.record_payment_button.click()
    assert page.editor.ui.dues_label.text() == "3/13/27"
    assert "Saturday, March 13, 2027" in page.ui.payments_dues_label.text()
    assert page.is_dirty() and page.editor.ui.phone_edit.text() == "555 0111"
    assert page.payments.rowCount() == 1


def test_a_household_search_matching_more_than_the_cap_says_to_type_more(
        qtbot, pane, actor, monkeypatch):
    monkeypatch.setattr(household_list.HouseholdQuery, "SEARCH_CAP", 3)
    with models.database.atomic():
        for n in range(5):
            people.create_household(actor, {"name": f"Birch family {n}", "street": "Birch"})
    pane.show_households()
    households = pane.households_list
    households.focus_search()
    qtbot.keyClicks(households.ui.search_edit, "birch")
    qtbot.waitUntil(lambda: households.model.rowCount() == 3)
    assert households.ui.count_label.text() == \
        "More than 3 households found: type more to narrow the search"
