"""The shift dialogs with real widgets: planning single and repeating shifts, signing people
up (skill first, overlaps named, coordinator override), attendance, hours, cancelling."""

import io
from datetime import timedelta

import pypdf
import pytest

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QMessageBox

from civicdesk import clock
from civicdesk.data import models
from civicdesk.services import audit, people, rosters, schedule, series, shifts

from civicdesk.gui import shift_format
from civicdesk.gui.dialogs.cancel_shift_dialog import CancelShiftDialog
from civicdesk.gui.dialogs.event_dialog import EventDialog
from civicdesk.gui.dialogs.hours_dialog import HoursDialog
from civicdesk.gui.dialogs.shift_detail import ShiftDetailDialog
from civicdesk.gui.dialogs.shift_dialog import ShiftDialog
from civicdesk.gui.dialogs.signup_dialog import SignupDialog

pytestmark = [pytest.mark.gui, pytest.mark.dates]


def _dialog(qtbot, cls, context, *args):
    dialog = cls(context, *args)
    qtbot.add_widget(dialog)
    return dialog


def _published(context):
    seen = []
    context.bus.changed.connect(seen.append)
    return seen


# Planning -----------------------------------------------------------------------------------

def _new_shift(qtbot, context, plan, day):
    dialog = _dialog(qtbot, ShiftDialog, context)
    dialog.load_new(day, plan["pantry"])
    dialog.ui.title_edit.setText("Packing")
    return dialog


def test_a_single_shift_is_saved_in_local_time(qtbot, context, plan):
    day = plan["monday"] + timedelta(days=3)
    dialog = _new_shift(qtbot, context, plan, day)
    dialog.ui.start_edit.setTime(QTime(14, 30))
    dialog.ui.end_edit.setTime(QTime(17, 0))
    dialog.ui.capacity_spin.setValue(4)
    seen = _published(context)
    dialog.on_save()
    assert dialog.result() == ShiftDialog.DialogCode.Accepted
    row = schedule.shift_row(dialog.changes.id)
    local = row.starts_at.astimezone(plan["tz"])
    assert (local.date(), local.hour, local.minute) == (day, 14, 30)
    assert (row.title, row.capacity, row.event_name) == ("Packing", 4, "Food pantry")
    assert seen == [dialog.changes]


def test_an_end_equal_to_the_start_is_shown_at_the_end_time_and_nothing_is_saved(
        qtbot, context, plan):
    dialog = _new_shift(qtbot, context, plan, plan["monday"])
    dialog.show()
    dialog.ui.start_edit.setTime(QTime(15, 0))
    dialog.ui.end_edit.setTime(QTime(15, 0))
    before = models.Shift.select().count()
    dialog.on_save()
    assert dialog.changes is None and dialog.isVisible()
    assert "must end after it starts" in dialog.ui.end_edit.toolTip()
    assert "must end after it starts" in dialog.ui.error_label.text()
    assert models.Shift.select().count() == before


def test_an_end_before_the_start_is_an_overnight_shift(qtbot, context, plan):
    day = plan["monday"] + timedelta(days=4)
    dialog = _new_shift(qtbot, context, plan, day)
    dialog.show()
    dialog.ui.end_edit.setTime(QTime(23, 0))
    dialog.ui.start_edit.setTime(QTime(22, 0))
    assert dialog.ui.next_day_label.isHidden()
    dialog.ui.end_edit.setTime(QTime(6, 30))
    assert dialog.ui.next_day_label.isVisible()  # "(the next day)"
    dialog.on_save()
    row = schedule.shift_row(dialog.changes.id)
    start, end = row.starts_at.astimezone(plan["tz"]), row.ends_at.astimezone(plan["tz"])
    assert (start.date(), start.hour) == (day, 22)
    assert (end.date(), end.hour, end.minute) == (day + timedelta(days=1), 6, 30)


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


@pytest.mark.parametrize("typed, shown", [("930", "09:30"), ("9:30", "09:30"),
                                          ("0930", "09:30"), ("1745", "17:45"),
                                          ("9.05", "09:05"), ("14", "14:00")])
def test_time_fields_take_typed_digits(qtbot, context, plan, typed, shown):
    dialog = _new_shift(qtbot, context, plan, plan["monday"])
    dialog.show()
    _type(qtbot, dialog.ui.start_edit, typed)
    assert dialog.ui.start_edit.text() == shown
    assert dialog.ui.start_edit.time().toString("HH:mm") == shown


def test_up_and_down_move_a_time_by_a_quarter_hour(qtbot, context, plan):
    dialog = _new_shift(qtbot, context, plan, plan["monday"])
    edit = dialog.ui.start_edit  # 09:00
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "09:15"
    qtbot.keyClick(edit, Qt.Key.Key_PageDown)
    assert edit.text() == "08:15"


def test_a_time_that_is_not_one_is_named_and_nothing_is_saved(qtbot, context, plan):
    dialog = _new_shift(qtbot, context, plan, plan["monday"])
    dialog.show()
    _type(qtbot, dialog.ui.end_edit, "2575")
    before = models.Shift.select().count()
    dialog.on_save()
    assert dialog.changes is None and dialog.isVisible()
    assert "\u201c2575\u201d is not a time like 09:30" in dialog.ui.end_edit.toolTip()
    assert models.Shift.select().count() == before


def test_moving_a_series_names_the_people_who_now_clash(qtbot, context, plan, monkeypatch):
    tuesday = plan["monday"] + timedelta(days=8)  # the pantry's Driver shift, 10-12, is then
    made = series.create_series(context.actor, {
        "event": plan["garden"], "title": "Watering", "weekdays": [1], "start_time": "07:00",
        "end_time": "09:00", "starts_on": tuesday, "occurrences": 2, "capacity": 3})
    first = min(models.Shift.select().where(models.Shift.series == made.changes.id),
                key=lambda s: s.starts_at)
    shifts.assign(context.actor, first.id, plan["bo"])
    shifts.assign(context.actor, plan["next_tue"], plan["bo"])
    edit = _dialog(qtbot, ShiftDialog, context)
    edit.load_series(made.changes.id)
    edit.show()
    _type(qtbot, edit.ui.start_edit, "930")
    _type(qtbot, edit.ui.end_edit, "1100")
    told = []
    monkeypatch.setattr(edit, "tell", told.append)
    edit.on_save()
    assert edit.outcome.moved_with_signups == 1 and len(told) == 1
    assert "Bo Adams on " + shift_format.day_text(tuesday) in told[0]
    assert "now overlaps \u201cFood pantry: Driver\u201d" in told[0]


def test_a_weekly_series_with_no_end_is_refused(qtbot, context, plan):
    dialog = _new_shift(qtbot, context, plan, plan["monday"])
    dialog.ui.repeat_check.setChecked(True)
    assert dialog.ui.mon_check.isChecked()  # the weekday of the chosen day
    dialog.on_save()
    assert "needs an end" in dialog.ui.until_edit.toolTip()
    assert models.ShiftSeries.select().count() == 0


def test_a_weekly_series_is_created(qtbot, context, plan):
    start = plan["monday"] + timedelta(weeks=2)
    dialog = _new_shift(qtbot, context, plan, start)
    dialog.ui.repeat_check.setChecked(True)
    dialog.ui.thu_check.setChecked(True)
    dialog.ui.times_radio.setChecked(True)
    dialog.ui.times_spin.setValue(6)
    dialog.on_save()
    made = [s for s in models.Shift.select() if s.series_id is not None]
    assert len(made) == 6 and dialog.outcome.created == 6
    days = sorted(s.starts_at.astimezone(plan["tz"]).date() for s in made)
    assert days[:2] == [start, start + timedelta(days=3)]


@pytest.mark.parametrize("agree, made", [(False, 0), (True, 522)])
def test_a_very_long_series_asks_first(qtbot, context, plan, monkeypatch, agree, made):
    dialog = _new_shift(qtbot, context, plan, plan["monday"])
    asked = []
    monkeypatch.setattr(dialog, "confirm_large", lambda n: asked.append(n) or agree)
    dialog.ui.repeat_check.setChecked(True)
    for name in ("tue_check", "wed_check", "thu_check", "fri_check", "sat_check", "sun_check"):
        getattr(dialog.ui, name).setChecked(True)
    dialog.ui.times_radio.setChecked(True)
    dialog.ui.times_spin.setValue(522)
    dialog.on_save()
    assert asked == [522]
    assert models.Shift.select().where(models.Shift.series.is_null(False)).count() == made


def test_editing_a_series_changes_only_shifts_to_come(qtbot, context, plan, monkeypatch):
    start = plan["monday"] - timedelta(weeks=2)
    dialog = _new_shift(qtbot, context, plan, start)
    dialog.ui.repeat_check.setChecked(True)
    dialog.ui.until_radio.setChecked(True)
    dialog.ui.until_edit.setDate(shift_format.qdate(plan["monday"] + timedelta(weeks=3)))
    dialog.on_save()
    series_id = dialog.changes.id
    before = {s.id: (s.starts_at, s.title) for s in models.Shift.select()
              .where(models.Shift.series == series_id)}
    edit = _dialog(qtbot, ShiftDialog, context)
    edit.load_series(series_id)
    assert edit.ui.until_radio.isChecked() and edit.ui.mon_check.isChecked()
    edit.ui.title_edit.setText("Packing boxes")
    told = []
    monkeypatch.setattr(edit, "tell", told.append)
    edit.on_save()
    after = {s.id: (s.starts_at, s.title) for s in models.Shift.select()
             .where(models.Shift.series == series_id)}
    now = clock.utcnow()
    past = [i for i, (when, _) in before.items() if when <= now]
    assert len(past) >= 2 and all(after[i] == before[i] for i in past)
    assert {title for when, title in after.values() if when > now} == {"Packing boxes"}
    assert told == []


def test_editing_one_shift_of_a_series(qtbot, context, plan):
    dialog = _dialog(qtbot, ShiftDialog, context)
    dialog.load_shift(plan["mon"])
    assert dialog.ui.title_edit.text() == "Sorting" and dialog.ui.repeat_check.isHidden()
    dialog.ui.capacity_spin.setValue(5)
    dialog.on_save()
    assert schedule.shift_row(plan["mon"]).capacity == 5


def test_closing_with_unsaved_edits_asks_first(qtbot, context, plan, monkeypatch):
    dialog = _new_shift(qtbot, context, plan, plan["monday"])
    dialog.mark_clean()
    dialog.show()
    dialog.ui.title_edit.setText("Changed")
    monkeypatch.setattr(dialog, "confirm_discard", lambda: False)
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(dialog, "confirm_discard", lambda: True)
    dialog.reject()
    assert not dialog.isVisible()


def test_events_are_created_with_a_colour_and_bad_colours_named(qtbot, context, plan):
    dialog = _dialog(qtbot, EventDialog, context)
    dialog.load(None)
    dialog.ui.name_edit.setText("Bike repair")
    dialog.ui.colour_edit.setText("blue")
    dialog.on_save()
    assert "is not a colour" in dialog.ui.colour_edit.toolTip()
    dialog.ui.colour_edit.setText("#123456")
    dialog.on_save()
    assert models.Event.get(models.Event.name == "Bike repair").colour == "#123456"


# Signing up -------------------------------------------------------------------------------

def _pick(qtbot, picker, typed, index=0):
    qtbot.keyClicks(picker, typed)
    completer = picker.completer()
    model = completer.completionModel()
    completer.activated[type(model.index(0, 0))].emit(model.index(index, 0))


def test_signing_up_from_the_shift_prefers_the_needed_skill(qtbot, context, plan, actor):
    people.create_person(actor, {"first_name": "Alma", "last_name": "Adams",
                                 "is_volunteer": True})
    dialog = _dialog(qtbot, SignupDialog, context)
    dialog.load_for_shift(plan["next_tue"])  # needs driving
    qtbot.keyClicks(dialog.picker, "adams")
    assert dialog.picker.suggestions()[0].startswith("Bo Adams")
    assert "driving" in dialog.ui.intro_label.text()
    _pick(qtbot, dialog.picker, "", 0)
    dialog.on_sign_up()
    assert dialog.changes is not None
    assert [r.name for r in rosters.shift_signups(plan["next_tue"])] == ["Bo Adams"]


def test_an_overlap_is_named_and_a_coordinator_can_override(qtbot, context, plan, actor):
    monday = schedule.shift_record(plan["mon"])
    clash = shifts.create_shift(actor, {"event": plan["garden"], "title": "Watering",
                                        "starts_at": monday.starts_at + timedelta(hours=1),
                                        "ends_at": monday.ends_at + timedelta(hours=1),
                                        "capacity": 2}).id
    dialog = _dialog(qtbot, SignupDialog, context)
    dialog.show()
    dialog.load_for_shift(clash)
    _pick(qtbot, dialog.picker, "ann")
    dialog.on_sign_up()
    assert dialog.changes is None
    assert "\u201cFood pantry: Sorting\u201d" in dialog.ui.error_label.text()
    assert dialog.ui.override_group.isVisible()
    dialog.ui.reason_edit.setText("Leaves early")
    dialog.on_sign_up()
    signup = models.Assignment.get(models.Assignment.shift == clash)
    assert signup.override_reason == "Leaves early"
    assert audit.history("assignment", signup.id)[0].actor == "Cora"


def test_a_volunteer_cannot_override_an_overlap(qtbot, volunteer_context, plan, actor):
    monday = schedule.shift_record(plan["mon"])
    clash = shifts.create_shift(actor, {"event": plan["garden"], "capacity": 2,
                                        "starts_at": monday.starts_at,
                                        "ends_at": monday.ends_at}).id
    dialog = _dialog(qtbot, SignupDialog, volunteer_context)
    dialog.show()
    dialog.load_for_shift(clash)
    _pick(qtbot, dialog.picker, "ann")
    dialog.on_sign_up()
    assert not dialog.ui.override_group.isVisible()
    assert "Only a coordinator" in dialog.ui.error_label.text()
    assert rosters.shift_signups(clash) == []


def test_adjacent_shifts_are_no_clash_in_the_dialog(qtbot, context, plan, actor):
    monday = schedule.shift_record(plan["mon"])
    after = shifts.create_shift(actor, {"event": plan["garden"], "capacity": 2,
                                        "starts_at": monday.ends_at,
                                        "ends_at": monday.ends_at + timedelta(hours=2)}).id
    dialog = _dialog(qtbot, SignupDialog, context)
    dialog.load_for_shift(after)
    _pick(qtbot, dialog.picker, "ann")
    dialog.on_sign_up()
    assert dialog.changes is not None


def test_signing_up_without_choosing_says_what_is_missing(qtbot, context, plan):
    dialog = _dialog(qtbot, SignupDialog, context)
    dialog.show()
    dialog.load_for_shift(plan["next_tue"])
    qtbot.keyClicks(dialog.picker, "nobody")
    dialog.on_sign_up()
    assert "Choose a volunteer" in dialog.ui.error_label.text() and dialog.changes is None


def test_signing_up_from_the_person_lists_open_shifts(qtbot, context, plan):
    dialog = _dialog(qtbot, SignupDialog, context)
    dialog.load_for_person(plan["ann"])
    offered = dialog.shifts.shift_ids()
    assert plan["next_tue"] in offered and plan["wed"] not in offered  # Wednesday is full
    dialog.ui.shifts_view.selectRow(dialog.shifts.row_of(plan["next_tue"]))
    dialog.on_sign_up()
    assert [r.shift_id for r in rosters.person_signups(plan["ann"], schedule.shift_record(
        plan["next_tue"]).starts_at)] == [plan["next_tue"]]


# Attendance, hours, cancelling ------------------------------------------------------------

def _past_shift(actor, plan, capacity=3):
    start = schedule.week_bounds(plan["monday"] - timedelta(weeks=1), plan["tz"])[0] + \
        timedelta(hours=14)
    sid = shifts.create_shift(actor, {"event": plan["pantry"], "title": "Sorting",
                                      "starts_at": start, "ends_at": start + timedelta(hours=3),
                                      "capacity": capacity}).id
    shifts.assign(actor, sid, plan["ann"])
    shifts.assign(actor, sid, plan["bo"])
    return sid


def test_attendance_for_selected_people_and_for_everyone(qtbot, context, plan, actor):
    sid = _past_shift(actor, plan)
    dialog = ShiftDetailDialog(context, sid)
    qtbot.add_widget(dialog)
    assert not dialog.ui.attended_button.isEnabled()  # nothing selected yet
    dialog.ui.signups_view.selectRow(0)  # Bo Adams (by name)
    dialog.ui.no_show_button.click()
    assert [(r.name, r.status) for r in rosters.shift_signups(sid)] == [
        ("Bo Adams", "no_show"), ("Ann Bell", "signed_up")]
    dialog.ui.all_attended_button.click()
    assert {r.status for r in rosters.shift_signups(sid)} == {"attended"}
    assert dialog.signups.index(1, 3).data() == "3 h"  # the model followed the change


def test_attendance_waits_for_the_shift_to_start(qtbot, context, plan):
    dialog = ShiftDetailDialog(context, plan["next_tue"])
    qtbot.add_widget(dialog)
    assert not dialog.ui.all_attended_button.isEnabled()
    assert "once the shift has begun" in dialog.ui.all_attended_button.toolTip()


def test_correcting_hours_is_saved_and_audited(qtbot, context, plan, actor):
    sid = _past_shift(actor, plan)
    shifts.mark_attendance(actor, sid, "attended")
    signup = rosters.shift_signups(sid)[1]
    dialog = _dialog(qtbot, HoursDialog, context)
    dialog.load_correction(signup)
    assert dialog.ui.hours_spin.value() == 3
    dialog.ui.hours_spin.setValue(2)
    dialog.ui.minutes_spin.setValue(30)
    dialog.on_save()
    assert models.Assignment.get_by_id(signup.assignment_id).minutes == 150
    assert audit.history("assignment", signup.assignment_id)[-1].changes == {
        "minutes": [180, 150]}


def test_adhoc_hours_are_logged_and_bad_ones_explained(qtbot, context, plan):
    dialog = _dialog(qtbot, HoursDialog, context)
    dialog.load_log(plan["ann"], clock.today())
    dialog.ui.hours_spin.setValue(0)
    dialog.on_save()
    assert "at least 1" in dialog.ui.hours_spin.toolTip()
    assert "required" in dialog.ui.note_edit.toolTip()
    assert models.AdHocHours.select().count() == 0
    dialog.ui.minutes_spin.setValue(45)
    dialog.ui.note_edit.setText("Flyers")
    dialog.on_save()
    assert models.AdHocHours.get().minutes == 45


def test_cancelling_a_shift_lists_who_to_call(qtbot, context, plan, actor):
    shifts.assign(actor, plan["next_tue"], plan["bo"])
    dialog = _dialog(qtbot, CancelShiftDialog, context)
    dialog.load(plan["next_tue"])
    assert [dialog.people.index(r, 0).data() for r in range(dialog.people.rowCount())] == [
        "Bo Adams"]
    assert "call them" in dialog.ui.explanation_label.text()
    dialog.ui.reason_edit.setText("Van broken")
    dialog.on_cancel_shift()
    assert schedule.shift_row(plan["next_tue"]).cancelled
    assert schedule.shift_record(plan["next_tue"]).cancel_reason == "Van broken"


def test_a_refused_action_is_a_message_not_a_crash(qtbot, context, plan, actor, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    sid = _past_shift(actor, plan)
    dialog = ShiftDetailDialog(context, sid)
    qtbot.add_widget(dialog)
    # someone else moves the shift into the future while this dialog is open
    values = schedule.shift_record(sid)
    shifts.update_shift(actor, sid, 1, {"starts_at": values.starts_at + timedelta(weeks=3),
                                        "ends_at": values.ends_at + timedelta(weeks=3)})
    dialog.ui.all_attended_button.click()
    assert len(shown) == 1 and "has not started yet" in shown[0]
    assert {r.status for r in rosters.shift_signups(sid)} == {"signed_up"}


def test_a_cancelled_shift_says_so_and_cannot_be_cancelled_again(qtbot, context, plan, actor):
    shifts.cancel_shift(actor, plan["next_tue"], 1, "Van broken")
    dialog = ShiftDetailDialog(context, plan["next_tue"])
    qtbot.add_widget(dialog)
    assert dialog.ui.cancelled_label.isVisibleTo(dialog)
    assert "Van broken" in dialog.ui.cancelled_label.text()
    assert not dialog.ui.cancel_shift_button.isEnabled()
    assert not dialog.ui.sign_up_button.isEnabled()


def test_read_only_shows_no_actions(qtbot, context, plan):
    dialog = ShiftDetailDialog(context, plan["mon"], read_only=True)
    qtbot.add_widget(dialog)
    dialog.show()
    assert not dialog.ui.sign_up_button.isVisible() and not dialog.ui.edit_button.isVisible()
    assert dialog.signups.rowCount() == 1


def test_the_sign_in_sheet_prints_from_the_shift(qtbot, context, plan, monkeypatch):
    from civicdesk.gui.reports import preview

    monkeypatch.setattr(preview.ReportPreviewDialog, "show", lambda self: None)
    dialog = ShiftDetailDialog(context, plan["mon"], read_only=True)
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.ui.print_signin_button.isVisible()  # printing changes nothing
    dialog.ui.print_signin_button.click()  # the tests' task runner is synchronous
    previews = dialog.findChildren(preview.ReportPreviewDialog)
    assert len(previews) == 1
    reader = pypdf.PdfReader(io.BytesIO(previews[0].pdf))
    pdf_text = "".join(page.extract_text() for page in reader.pages)
    assert "Sign-in sheet" in pdf_text
    for row in rosters.shift_signups(plan["mon"]):
        assert row.name in pdf_text


def test_a_confirmed_long_series_is_made_on_the_task_thread(qtbot, context, plan, monkeypatch):
    """Thousands of shifts take a few hundred ms: made in the background, window alive."""
    import threading

    from civicdesk.gui.tasks import TaskRunner

    context.tasks = TaskRunner()  # a real worker thread, not the tests' synchronous one
    made_in = []
    original = series.create_series

    def create_series(*args, **kwargs):
        made_in.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(series, "create_series", create_series)
    dialog = _new_shift(qtbot, context, plan, plan["monday"])
    monkeypatch.setattr(dialog, "confirm_large", lambda n: True)
    dialog.ui.repeat_check.setChecked(True)
    dialog.ui.times_radio.setChecked(True)
    dialog.ui.times_spin.setValue(600)
    try:
        dialog.on_save()
    finally:
        context.tasks.shutdown()
    assert made_in[0] is threading.main_thread()  # the first try only counts and asks
    assert made_in[1] is not threading.main_thread()
    assert models.Shift.select().where(models.Shift.series.is_null(False)).count() == 600
