"""The Shifts pane as a whole: its tabs react to changes, its buttons open the right
dialogs, its self-test passes; and the person detail tab "Shifts" on its own."""

from datetime import timedelta

import pytest

from PySide6.QtCore import Qt

from civicdesk.data import models
from civicdesk.services import hours, people, rosters, shifts

from civicdesk.gui import calendar_export
from civicdesk.gui.dialogs.shift_detail import ShiftDetailDialog
from civicdesk.gui.dialogs.shift_dialog import ShiftDialog
from civicdesk.gui.dialogs.signup_dialog import SignupDialog
from civicdesk.gui.models import shift_table
from civicdesk.gui.panes import PANES
from civicdesk.gui.panes.person_page import PersonPage
from civicdesk.gui.panes.person_shifts_tab import PersonShiftsTab
from civicdesk.gui.panes.shifts import ShiftsPane

pytestmark = [pytest.mark.gui, pytest.mark.dates]


@pytest.fixture
def pane(qtbot, context, plan):
    pane = ShiftsPane(context)
    qtbot.add_widget(pane)
    context.bus.changed.connect(pane.apply_changes)  # as the main window does
    pane.resize(1100, 700)
    pane.show()
    return pane


def test_the_shifts_pane_is_registered():
    assert ShiftsPane in [entry.load() for entry in PANES] and ShiftsPane.title() == "Shifts"


def test_the_self_test_shows_weeks_and_opens_a_shift(pane, plan, monkeypatch):
    opened = []
    original = ShiftDetailDialog.__init__

    def spy(self, *args, **kwargs):
        original(self, *args, **kwargs)
        opened.append(self)

    monkeypatch.setattr(ShiftDetailDialog, "__init__", spy)
    audited = models.AuditEntry.select().count()
    pane.exercise()
    assert pane.week_page.monday == plan["monday"]
    assert len(opened) == 1 and opened[0].read_only
    assert models.AuditEntry.select().count() == audited  # nothing was changed


def test_opening_a_card_opens_the_shift(pane, plan, monkeypatch, qtbot):
    opened = []
    monkeypatch.setattr(ShiftDetailDialog, "open", classmethod(
        lambda cls, context, sid, parent=None: opened.append(sid)))
    pane.week_page.calendar.select(plan["wed"])
    qtbot.keyClick(pane.week_page.calendar.widget(), Qt.Key.Key_Return)
    assert opened == [plan["wed"]]


def test_a_sign_up_anywhere_updates_the_calendar_list_and_calls(pane, context, plan, actor):
    card = pane.week_page.calendar.card(plan["mon"])
    assert (card.row.filled, card.row.capacity) == (1, 2)
    pane.list_page.from_edit.setDate(pane.list_page.from_edit.date().addDays(-7))
    before = pane.list_page.model.shift_at(pane.list_page.model.row_of(plan["mon"]))
    assert before.filled == 1
    context.publish(shifts.assign(actor, plan["mon"], plan["bo"]))
    assert pane.week_page.calendar.card(plan["mon"]).row.filled == 2
    assert pane.list_page.model.shift_at(pane.list_page.model.row_of(plan["mon"])).filled == 2
    pane.calls_page.set_day(plan["monday"])
    assert pane.calls_page.model.rowCount() == 2


def test_the_list_filters_by_event_dates_and_open_places(pane, plan):
    page = pane.list_page
    page.from_edit.setDate(page.from_edit.date().addDays(-7))
    shown = set(page.model.shift_ids())
    assert {plan["mon"], plan["wed"], plan["next_tue"]} <= shown
    page.event_combo.set_event_id(plan["garden"])
    assert page.model.shift_ids() == [plan["wed"]]
    page.event_combo.set_event_id(None)
    page.unfilled_check.setChecked(True)
    visible = [page.proxy.index(r, 0).data(shift_table.ShiftIdRole)
               for r in range(page.proxy.rowCount())]
    assert plan["wed"] not in visible and plan["next_tue"] in visible
    assert "Shifts shown: 2" == page.count_label.text()
    page.to_edit.setDate(page.from_edit.date())
    assert plan["next_tue"] not in page.model.shift_ids()


def test_a_new_shift_from_the_pane_starts_on_the_chosen_day(pane, plan, monkeypatch):
    asked = []
    monkeypatch.setattr(ShiftDialog, "ask_new", classmethod(
        lambda cls, context, parent=None, day=None, event_id=None: asked.append(day)))
    pane.week_page.calendar.select(plan["wed"])
    pane.new_shift_button.click()
    assert asked == [plan["monday"] + timedelta(days=2)]


def test_volunteers_cannot_plan_from_the_pane(qtbot, volunteer_context, plan):
    pane = ShiftsPane(volunteer_context)
    qtbot.add_widget(pane)
    assert not pane.new_shift_button.isEnabled()
    assert "coordinators" in pane.new_shift_button.toolTip()
    assert not pane.events_page.new_button.isEnabled()


def test_reminder_calls_are_recorded(pane, context, plan):
    page = pane.calls_page
    page.set_day(plan["monday"] + timedelta(days=2))
    assert [page.model.index(r, 2).data() for r in range(page.model.rowCount())] == [
        "Bo Adams"]
    page.table.selectRow(0)
    page.confirmed_button.click()
    (row,) = rosters.call_list(plan["monday"] + timedelta(days=2), plan["tz"])
    assert (row.call_outcome, row.status) == ("confirmed", "confirmed")
    assert page.model.index(0, 5).data() == "Confirmed"
    assert "1 confirmed" in page.summary_label.text()


def test_the_days_reminder_calls_export_with_their_outcome(pane, plan, monkeypatch, tmp_path):
    import csv
    import io

    from civicdesk.gui import list_export

    page = pane.calls_page
    page.set_day(plan["monday"] + timedelta(days=2))
    page.table.selectRow(0)
    page.confirmed_button.click()
    target = tmp_path / "calls.csv"
    monkeypatch.setattr(list_export, "choose_file", lambda parent, name: target)
    page.export_action.trigger()
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0] == ["When", "Shift", "Name", "Phone", "Email", "Reminder call"]
    assert [(r[2], r[5]) for r in rows[1:]] == [("Bo Adams", "Confirmed")]


def test_events_can_be_archived_and_exported(pane, context, plan, monkeypatch, tmp_path):
    page = pane.events_page
    page.table.selectRow(1)  # Garden
    assert page.current_event().name == "Garden"
    target = tmp_path / "garden.ics"
    monkeypatch.setattr(calendar_export, "choose_file", lambda parent, name: target)
    page.export_button.click()
    assert b"SUMMARY:Garden: Weeding" in target.read_bytes()
    page.archive_button.click()
    assert models.Event.get_by_id(plan["garden"]).archived
    assert [page.model.event_at(r).name for r in range(page.model.rowCount())] == [
        "Food pantry"]


# The person detail tab ---------------------------------------------------------------------

@pytest.fixture
def tab(qtbot, context, plan):
    tab = PersonShiftsTab(context)
    context.bus.changed.connect(tab.apply_changes)  # as the person page passes them on
    qtbot.add_widget(tab)
    return tab


def test_the_shifts_tab_is_registered_for_person_details():
    assert PersonShiftsTab in PersonPage.TABS
    assert PersonShiftsTab.title() == "Shifts"


def test_the_tab_shows_coming_shifts_and_hours_this_year(tab, plan, actor):
    shifts.assign(actor, plan["next_tue"], plan["bo"])
    tab.show_person(plan["bo"])
    shown = [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]
    assert "Food pantry: Driver" in shown
    assert "Hours given in" in tab.hours_label.text() and "0 min" in tab.hours_label.text()
    hours.log_hours(actor, {"person": plan["bo"], "worked_on": plan["today"], "minutes": 90,
                            "note": "Flyers"})
    tab.context.publish(hours.log_hours(actor, {
        "person": plan["bo"], "worked_on": plan["today"], "minutes": 30, "note": "More"}))
    assert "2 h" in tab.hours_label.text()


def test_a_new_person_has_nothing_to_show(tab):
    tab.show_person(None)
    assert tab.model.rowCount() == 0 and not tab.sign_up_button.isEnabled()


def test_signing_up_from_the_person(tab, plan, monkeypatch, context):
    asked = []
    monkeypatch.setattr(SignupDialog, "ask_for_person", classmethod(
        lambda cls, ctx, pid, parent=None: asked.append(pid)))
    tab.show_person(plan["ann"])
    tab.sign_up_button.click()
    assert asked == [plan["ann"]]
    before = tab.model.rowCount()
    context.publish(shifts.assign(context.actor, plan["next_tue"], plan["ann"]))
    assert tab.model.rowCount() == before + 1


def test_people_without_shifts_are_fine(tab, actor):
    nobody = people.create_person(actor, {"first_name": "Nobody"}).id
    tab.show_person(nobody)
    assert tab.model.rowCount() == 0 and "0 min" in tab.hours_label.text()


def test_call_buttons_wait_for_a_selection(pane, plan):
    page = pane.calls_page
    page.set_day(plan["monday"] + timedelta(days=2))
    assert page.model.rowCount() == 1 and not page.confirmed_button.isEnabled()
    page.table.selectRow(0)
    assert page.confirmed_button.isEnabled() and page.not_reached_button.isEnabled()


def test_the_self_test_copes_with_an_empty_database(qtbot, context):
    pane = ShiftsPane(context)
    qtbot.add_widget(pane)
    pane.exercise()
    assert pane.week_page.calendar.shown_ids() == []
    assert pane.list_page.model.rowCount() == 0 and pane.events_page.model.rowCount() == 0


def test_the_hours_statement_prints_from_the_person(tab, plan, actor, monkeypatch):
    import io

    import pypdf

    from civicdesk.gui.reports import preview

    monkeypatch.setattr(preview.ReportPreviewDialog, "show", lambda self: None)
    hours.log_hours(actor, {"person": plan["bo"], "worked_on": plan["today"], "minutes": 90,
                            "note": "Flyers"})
    tab.show_person(plan["bo"])
    tab.statement_button.click()
    (shown,) = tab.findChildren(preview.ReportPreviewDialog)
    pdf_text = "".join(page.extract_text() for page in pypdf.PdfReader(
        io.BytesIO(shown.pdf)).pages)
    assert "Bo" in pdf_text and "Flyers" in pdf_text and "1.5" in pdf_text


# Ad-hoc hours on the person's tab (#15) ----------------------------------------------------

def _logged(actor, plan, minutes, note, days_ago=0):
    return hours.log_hours(actor, {"person": plan["bo"], "minutes": minutes, "note": note,
                                   "worked_on": plan["today"] - timedelta(days=days_ago)}).id


def test_the_tab_lists_hours_without_a_shift(tab, plan, actor, qtmodeltester):
    _logged(actor, plan, 90, "Flyers", days_ago=3)
    _logged(actor, plan, 45, "Repairs")
    tab.show_person(plan["bo"])
    listed = [[tab.hours.index(r, c).data() for c in (1, 3)] for r in range(tab.hours.rowCount())]
    assert listed == [["45 min", "Repairs"], ["1 h 30 min", "Flyers"]]
    qtmodeltester.check(tab.hours)
    assert not tab.correct_button.isEnabled()  # nothing chosen yet
    tab.hours_table.selectRow(1)
    assert tab.correct_button.isEnabled() and tab.remove_button.isEnabled()


def test_logged_hours_are_corrected_from_the_tab(tab, plan, actor, qtbot, monkeypatch):
    from civicdesk.gui.dialogs.hours_dialog import HoursDialog

    entry = _logged(actor, plan, 90, "Flyers")
    tab.show_person(plan["bo"])
    tab.hours_table.selectRow(0)

    def correct(dialog):
        assert dialog.ui.note_edit.text() == "Flyers" and dialog.ui.hours_spin.value() == 1
        assert dialog.ui.minutes_spin.value() == 30
        dialog.ui.hours_spin.setValue(2)
        dialog.ui.note_edit.setText("Flyers, Elm Street")
        dialog.on_save()

    monkeypatch.setattr(HoursDialog, "exec", lambda self: correct(self))
    tab.correct_button.click()
    row = models.AdHocHours.get_by_id(entry)
    assert (row.minutes, row.note, row.person_id) == (150, "Flyers, Elm Street", plan["bo"])
    assert tab.hours.index(0, 1).data() == "2 h 30 min"  # the tab heard the change
    assert "2 h 30 min" in tab.hours_label.text()


@pytest.mark.parametrize("agree", [False, True])
def test_logged_hours_are_removed_after_asking(tab, plan, actor, monkeypatch, agree):
    entry = _logged(actor, plan, 90, "Flyers")
    tab.show_person(plan["bo"])
    tab.hours_table.selectRow(0)
    asked = []
    monkeypatch.setattr(tab, "confirm_remove", lambda q: asked.append(q) or agree)
    tab.remove_button.click()
    assert "1 h 30 min" in asked[0] and "Flyers" in asked[0]
    assert models.AdHocHours.get_or_none(models.AdHocHours.id == entry) is None if agree \
        else models.AdHocHours.get_by_id(entry).minutes == 90
    assert tab.hours.rowCount() == (0 if agree else 1)


def test_volunteers_see_hours_but_cannot_correct_them(qtbot, volunteer_context, plan, actor):
    _logged(actor, plan, 90, "Flyers")
    tab = PersonShiftsTab(volunteer_context)
    qtbot.add_widget(tab)
    tab.show_person(plan["bo"])
    tab.hours_table.selectRow(0)
    assert tab.hours.rowCount() == 1
    assert not tab.correct_button.isEnabled() and not tab.remove_button.isEnabled()
    assert "Only coordinators" in tab.correct_button.toolTip()


# Nothing clipped, at 100 % and 200 % text (#15) -------------------------------------------

@pytest.fixture
def text_scale(qapp, request):
    old = qapp.font()
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(old)


@pytest.mark.parametrize("text_scale", [1, 2], indirect=True)
def test_the_shift_window_clips_no_column(qtbot, context, plan, actor, text_scale):
    from datetime import time

    from civicdesk import localtime

    friday = plan["monday"] + timedelta(days=4)
    shifts.create_shift(actor, {  # overnight: its card has no room for the end day
        "event": plan["pantry"], "title": "Night shelter", "capacity": 10,
        "starts_at": localtime.local_to_utc(friday, time(22), plan["tz"]),
        "ends_at": localtime.local_to_utc(friday + timedelta(days=1), time(6), plan["tz"])})
    pane = ShiftsPane(context)
    qtbot.add_widget(pane)
    pane.show()
    pane.resize(pane.minimumSizeHint())  # the narrowest the window lets it be
    calendar = pane.week_page.calendar
    for card in [calendar.card(i) for i in calendar.shown_ids()]:
        times = calendar._card_lines(card)[1][4]
        assert "\u2026" not in times, times
    night = next(c for c in map(calendar.card, calendar.shown_ids())
                 if c.row.title == "Night shelter")
    # en_US: the range without the end day, or at the narrowest only when it starts
    assert calendar._card_lines(night)[1][4] in ("10:00\u202fPM\u20136:00\u202fAM",
                                                 "10:00\u202fPM")
    pane.tabs.setCurrentWidget(pane.list_page)
    table = pane.list_page.table
    header = table.horizontalHeader()
    for column in range(header.count()):
        needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= needed, column
