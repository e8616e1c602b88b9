"""The shifts GUI's table models: right texts and roles, precise change signals, and each
passes qtmodeltester after load, insert, update and remove."""

from datetime import UTC, datetime, timedelta

import pytest

from PySide6.QtCore import Qt

from civicdesk import clock, localtime
from civicdesk.services import rosters, schedule, shifts

from civicdesk.gui.models import event_table, shift_table, signup_table
from civicdesk.gui.models.event_table import EventTableModel
from civicdesk.gui.models.shift_filter import ShiftFilterProxy
from civicdesk.gui.models.shift_table import ShiftTableModel
from civicdesk.gui.models.signup_table import SignupTableModel

pytestmark = [pytest.mark.gui, pytest.mark.dates]


def _week(plan, weeks=0):
    start, end = schedule.week_bounds(plan["monday"] + timedelta(weeks=weeks), plan["tz"])
    return start, end


def _texts(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_shift_model_rows_and_changes(qtmodeltester, qtbot, plan, actor):
    model = ShiftTableModel(plan["tz"])
    model.load(schedule.shifts_between(*_week(plan)))
    qtmodeltester.check(model)
    assert _texts(model, shift_table.EVENT) == ["Food pantry", "Garden"]
    assert _texts(model, shift_table.PLACES) == ["1 of 2", "1 of 1"]
    assert _texts(model, shift_table.STATE) == ["1 place open", "Full"]
    assert model.index(0, shift_table.STATE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, shift_table.STATE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 0).data(shift_table.ShiftIdRole) == plan["mon"]
    start, end = _week(plan)

    def belongs(row):
        return start <= row.starts_at < end

    # update: Bo signs up for Monday -> that row changes in place
    shifts.assign(actor, plan["mon"], plan["bo"])
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.apply_rows(schedule.shift_rows([plan["mon"]]), belongs)
    assert changed.args[0].row() == 0 and model.rowCount() == 2
    assert _texts(model, shift_table.STATE) == ["Full", "Full"]
    qtmodeltester.check(model)
    # insert: a new shift on Tuesday lands between Monday and Wednesday
    tuesday = plan["monday"] + timedelta(days=1)
    new = shifts.create_shift(actor, {
        "event": plan["garden"], "capacity": 2,
        "starts_at": datetime(tuesday.year, tuesday.month, tuesday.day, 15, tzinfo=UTC),
        "ends_at": datetime(tuesday.year, tuesday.month, tuesday.day, 17, tzinfo=UTC)}).id
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.apply_rows(schedule.shift_rows([new]), belongs)
    assert inserted.args[1] == 1 and model.shift_ids() == [plan["mon"], new, plan["wed"]]
    qtmodeltester.check(model)
    # remove: a shift that no longer belongs (moved to next week) goes
    moved = schedule.shift_record(new)
    shifts.update_shift(actor, new, 1, {"starts_at": moved.starts_at + timedelta(weeks=1),
                                        "ends_at": moved.ends_at + timedelta(weeks=1)})
    with qtbot.waitSignal(model.rowsRemoved):
        model.apply_rows(schedule.shift_rows([new]), belongs)
    assert model.shift_ids() == [plan["mon"], plan["wed"]]
    qtmodeltester.check(model)


def test_the_proxy_hides_full_and_cancelled_shifts_on_request(qtmodeltester, plan, actor):
    model = ShiftTableModel(plan["tz"])
    start, end = localtime.days_bounds(plan["monday"], plan["monday"] + timedelta(days=13),
                                      plan["tz"])
    shifts.cancel_shift(actor, plan["next_tue"], 1, "Van broken")
    model.load(schedule.shifts_between(start, end))
    proxy = ShiftFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 3
    proxy.set_unfilled_only(True)
    assert [proxy.index(r, 0).data(shift_table.ShiftIdRole) for r in range(proxy.rowCount())] \
        == [plan["mon"]]
    qtmodeltester.check(proxy)
    cancelled = model.index(model.row_of(plan["next_tue"]), shift_table.STATE)
    assert cancelled.data() == "Cancelled"
    assert cancelled.data(Qt.ItemDataRole.FontRole).strikeOut()


def test_signup_model_syncs_with_precise_signals(qtmodeltester, qtbot, plan, actor):
    model = SignupTableModel(plan["tz"], signup_table.SHIFT_COLUMNS)
    model.load(rosters.shift_signups(plan["mon"]))
    qtmodeltester.check(model)
    assert _texts(model, 0) == ["Ann Bell"] and _texts(model, 2) == ["Signed up"]
    added = shifts.assign(actor, plan["mon"], plan["bo"])
    with qtbot.waitSignal(model.rowsInserted):
        model.sync(rosters.shift_signups(plan["mon"]))
    assert _texts(model, 0) == ["Bo Adams", "Ann Bell"]
    qtmodeltester.check(model)
    shifts.record_call(actor, added.id, added.version, "confirmed")
    with qtbot.waitSignal(model.dataChanged):
        model.sync(rosters.shift_signups(plan["mon"]))
    assert _texts(model, 4) == ["Confirmed", "Not called yet"]
    qtmodeltester.check(model)
    row = model.signup_at(0)
    shifts.update_assignment(actor, row.assignment_id, row.assignment_version,
                             {"status": "cancelled"})
    with qtbot.waitSignal(model.rowsRemoved):
        model.sync(rosters.shift_signups(plan["mon"]))
    assert _texts(model, 0) == ["Ann Bell"]
    qtmodeltester.check(model)


def test_call_and_person_columns(qtmodeltester, plan):
    calls = SignupTableModel(plan["tz"], signup_table.CALL_COLUMNS)
    calls.load(rosters.call_list(plan["monday"], plan["tz"]))
    qtmodeltester.check(calls)
    assert _texts(calls, 0) == ["9:00\u202fAM\u201312:00\u202fPM"]
    assert _texts(calls, 1) == ["Food pantry: Sorting"] and _texts(calls, 3) == ["555-1111"]
    mine = SignupTableModel(plan["tz"], signup_table.PERSON_COLUMNS)
    mine.load(rosters.person_signups(plan["bo"], datetime(2000, 1, 1, tzinfo=UTC)))
    qtmodeltester.check(mine)
    assert _texts(mine, 1) == ["Garden: Weeding"]


def test_event_model(qtmodeltester, qtbot, plan, actor):
    model = EventTableModel()
    model.load(schedule.event_rows(clock.utcnow()))
    qtmodeltester.check(model)
    assert _texts(model, event_table.NAME) == ["Food pantry", "Garden"]
    assert model.index(0, event_table.NAME).data(Qt.ItemDataRole.DecorationRole).name() == \
        "#e67e22"
    shifts.create_event(actor, {"name": "Bike repair"})
    with qtbot.waitSignal(model.rowsInserted):
        model.sync(schedule.event_rows(clock.utcnow()))
    assert _texts(model, event_table.NAME) == ["Bike repair", "Food pantry", "Garden"]
    qtmodeltester.check(model)
    shifts.update_event(actor, plan["garden"], 1, {"location": "Allotments"})
    with qtbot.waitSignal(model.dataChanged):
        model.sync(schedule.event_rows(clock.utcnow()))
    assert model.index(2, event_table.LOCATION).data() == "Allotments"
    shifts.set_event_archived(actor, plan["garden"], 2, True)
    with qtbot.waitSignal(model.rowsRemoved):
        model.sync(schedule.event_rows(clock.utcnow()))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
