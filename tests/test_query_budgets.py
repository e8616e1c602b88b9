"""How many SQL statements the front desk's everyday moves cost, with the number in each
test's name: opening a person, saving one field, opening a request, opening a sign-up.
Each tab of the person page loads once per change, and only for changes it shows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from PySide6.QtCore import Qt

from civicdesk import clock
from civicdesk.data import backend, models
from civicdesk.localtime import local_to_utc
from civicdesk.services import hours, payments, people, requests, shifts
from civicdesk.services.actors import Actor

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.signup_dialog import SignupDialog
from civicdesk.gui.panes import members
from civicdesk.gui.panes.person_requests_tab import PersonRequestsTab
from civicdesk.gui.panes.person_shifts_tab import PersonShiftsTab
from civicdesk.gui.panes.requests import RequestsPane
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.dates]


def _desk(actor):
    """Zoë: in a household with Kai, a volunteer with a payment, a shift to come, hours
    this year, a request she made and one she helps with."""
    from datetime import time

    tz, today = clock.zone(), clock.today()
    home = people.create_household(actor, {"name": "Ng", "street": "5 Elm Road"}).id
    zoe = people.create_person(actor, {
        "first_name": "Zoë", "last_name": "Ng", "household": home, "is_volunteer": True,
        "membership_status": "member", "languages": ["English", "Cantonese"],
        "skills": ["driving"], "interests": ["gardening"], "phone": "555 0100"}).id
    kai = people.create_person(actor, {"first_name": "Kai", "last_name": "Ng",
                                       "household": home, "reach_via": zoe}).id
    payments.record_payment(actor, {"household": home, "amount_cents": 2500,
                                    "paid_on": today, "period_start": today,
                                    "period_end": today + timedelta(days=364)})
    pantry = shifts.create_event(actor, {"name": "Food pantry"}).id
    start = local_to_utc(today + timedelta(days=3), time(9), tz)
    coming = shifts.create_shift(actor, {"event": pantry, "starts_at": start,
                                         "ends_at": start + timedelta(hours=3),
                                         "capacity": 3}).id
    shifts.assign(actor, coming, zoe)
    hours.log_hours(actor, {"person": zoe, "worked_on": today, "minutes": 90,
                            "note": "Flyers"})
    ride = models.RequestCategory.get(name="ride").id
    asked = requests.create_request(actor, {"requester": zoe, "category": ride,
                                            "summary": "Ride to the clinic"})
    helps = requests.create_request(actor, {"requester": kai, "category": ride,
                                            "summary": "Groceries"})
    requests.assign(actor, helps.id, helps.version, zoe)
    return {"zoe": zoe, "kai": kai, "home": home, "coming": coming, "asked": asked.id,
            "pantry": pantry}


@pytest.fixture
def desk(db, actor, from_template):
    return from_template(_desk, actor)


@pytest.fixture
def context(db, db_path):
    return AppContext(db_path=db_path, actor=Actor("Cora", "coordinator"),
                      tasks=TaskRunner(SynchronousExecutor()))


@pytest.fixture
def pane(qtbot, context, desk):
    """The Members pane as the window shows it, hearing every published change."""
    widget = members.MembersPane(context)
    context.bus.changed.connect(widget.apply_changes)
    qtbot.add_widget(widget)
    widget.show()
    qtbot.wait_exposed(widget)
    widget.person_page  # built once, as the first open builds it  # noqa: B018
    return widget


def test_opening_a_person_takes_at_most_8_statements(pane, desk, count_sql):
    with count_sql() as log:
        pane.open_person(desk["zoe"])
    page = pane.person_page
    assert page.person_id() == desk["zoe"] and not page.is_dirty()
    # Everything the page shows was read in those statements.
    assert "Also living there: Kai Ng" in page.editor.ui.household_address_label.text()
    assert page.payments.rowCount() == 1
    shifts_tab, requests_tab = page.detail_tabs
    assert shifts_tab.model.rowCount() == 1 and "1 h 30 min" in shifts_tab.hours_label.text()
    assert (requests_tab.made_model.rowCount(), requests_tab.helped_model.rowCount()) == (1, 1)
    assert len(log) <= 8, str(log)
    with count_sql() as typed:  # what the tag fields offer is read when a tag is typed
        page.editor.ui.skills_edit.setFocus()
        page.editor.ui.skills_edit.end(False)
        page.editor.ui.skills_edit.insert(", dri")
        page.editor.ui.skills_edit.textEdited.emit(page.editor.ui.skills_edit.text())
    assert len(typed) == 1


def test_saving_one_field_takes_at_most_6_statements_and_the_list_4_after(qtbot, pane, desk,
                                                                           count_sql):
    pane.open_person(desk["zoe"])
    page = pane.person_page
    before = page.editor.record().version
    page.editor.ui.phone_edit.setText("555 0199")
    with count_sql() as log:
        assert page.save()
    assert models.Person.get_by_id(desk["zoe"]).phone == "555 0199"
    assert not page.is_dirty() and page.editor.record().version == before + 1
    # On a server one more: the notice that tells the other PCs (pg_notify, #17)
    assert len(log) <= 6 + backend.is_postgres(), str(log)
    with count_sql() as back:  # the list behind the page catches up when shown
        qtbot.keyClick(page.editor.ui.phone_edit, Qt.Key.Key_Escape)
    assert len(back) <= 4, str(back)  # the one row read again, not the list counted
    row = pane.people_list.model.row_of_id(desk["zoe"])
    assert "555 0199" in pane.people_list.model.index(row, 2).data()


def test_each_tab_loads_once_per_change_it_shows(pane, desk, monkeypatch, actor, context):
    loads = []
    for tab in (PersonShiftsTab, PersonRequestsTab):
        original = tab.load
        monkeypatch.setattr(tab, "load", lambda self, original=original: (
            loads.append(type(self).__name__), original(self))[1])
    pane.open_person(desk["zoe"])
    assert sorted(loads) == ["PersonRequestsTab", "PersonShiftsTab"]
    loads.clear()
    page = pane.person_page
    page.editor.ui.phone_edit.setText("555 0142")
    assert page.save()
    assert loads == []  # her own fields are on neither tab
    context.publish(shifts.assign(actor, desk["coming"], desk["kai"]))
    assert loads == ["PersonShiftsTab"]


@pytest.fixture
def requests_pane(qtbot, context, desk):
    widget = RequestsPane(context)
    qtbot.add_widget(widget)
    return widget


def test_opening_a_request_takes_at_most_3_statements(requests_pane, desk, count_sql):
    with count_sql() as log:
        requests_pane.detail.show_request(desk["asked"])
    assert requests_pane.detail.record.summary == "Ride to the clinic"
    assert requests_pane.detail.history_model.rowCount() == 1
    assert len(log) <= 3, str(log)


def test_opening_a_sign_up_for_a_shift_takes_at_most_1_statement(qtbot, context, desk,
                                                                 count_sql):
    dialog = SignupDialog(context)
    qtbot.add_widget(dialog)
    with count_sql() as log:
        dialog.load_for_shift(desk["coming"])
    assert "1 of 3" in dialog.ui.intro_label.text()
    assert len(log) <= 1, str(log)


def test_opening_a_sign_up_for_a_person_takes_at_most_3_statements(qtbot, context, desk,
                                                                   count_sql):
    dialog = SignupDialog(context)
    qtbot.add_widget(dialog)
    with count_sql() as log:
        dialog.load_for_person(desk["kai"])
    assert dialog.shifts.rowCount() == 1 and "Kai Ng" in dialog.ui.intro_label.text()
    assert len(log) <= 3, str(log)
