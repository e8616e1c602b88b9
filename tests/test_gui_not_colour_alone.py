"""Colour is never the only signal (#16): overdue dues, unfilled shifts, late requests and
urgent ones also carry words or a sign that a screen reader can say, in the cell itself
(DisplayRole), its icon (DecorationRole) or what is spoken (AccessibleTextRole)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import demo_data
import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from civicdesk import clock
from civicdesk.services import request_lists, schedule
from civicdesk.services.member_list import MemberFilter
from civicdesk.services.request_lists import QueueFilter

from civicdesk.gui.models import (
    member_table,
    person_requests_model,
    request_board_model,
    request_queue_model,
    shift_table,
)
from civicdesk.gui.widgets.week_calendar import WeekCalendar

pytestmark = pytest.mark.gui
ROLE = Qt.ItemDataRole


@pytest.fixture
def neighbourhood(from_template, actor, clock):
    from_template(demo_data.neighbourhood, actor)
    demo_data.forty_days_on(clock)


def _marks(index) -> tuple:
    """What a cell says besides its colour: its icon, tooltip and spoken text."""
    return (index.data(ROLE.DecorationRole), index.data(ROLE.ToolTipRole),
            index.data(ROLE.AccessibleTextRole))


def test_overdue_dues_carry_a_warning_sign_and_the_word(neighbourhood):
    model = member_table.MemberTableModel()
    model.set_filters(MemberFilter())
    dues = member_table.MemberTableModel.columns.index("dues")
    today = clock.today()
    seen = {True: 0, False: 0}
    for row in range(model.rowCount()):
        person, index = model.row_at(row), model.index(row, dues)
        icon, tip, spoken = _marks(index)
        overdue = person.dues_overdue(today)
        seen[overdue] += 1
        if overdue:
            assert isinstance(icon, QIcon) and not icon.isNull()
            assert tip.startswith("Dues overdue: paid until ")
            assert spoken == f"{index.data()}, overdue"
        else:
            assert icon is None and spoken is None
    assert seen[True] and seen[False]


def test_unfilled_and_cancelled_shifts_say_so_in_words(neighbourhood):
    now = clock.now()
    rows = schedule.shifts_between(now - timedelta(days=80), now)
    unfilled = next(r for r in rows if r.unfilled)
    model = shift_table.ShiftTableModel(clock.zone())
    model.load([unfilled, dataclasses.replace(unfilled, id=-1, cancelled=True),
                dataclasses.replace(unfilled, id=-2, filled=unfilled.capacity)])
    states = {model.shift_at(r).id: model.index(r, shift_table.STATE).data()
              for r in range(3)}
    assert states[unfilled.id].endswith("open")  # "2 open", on amber
    assert states[-1] == "Cancelled" and states[-2] == "Full"


def test_the_week_calendar_says_what_a_card_needs(qtbot, neighbourhood):
    now = clock.now()
    calendar = WeekCalendar(clock.zone())
    qtbot.add_widget(calendar)
    monday = schedule.week_start(clock.today() - timedelta(days=40))
    rows = schedule.shifts_between(*schedule.week_bounds(monday, clock.zone()))
    rows = [r for r in rows if r.starts_at < now]
    unfilled = next(r for r in rows if r.unfilled)
    calendar.set_week(monday, rows, clock.today())
    calendar.select(unfilled.id)
    spoken = calendar.focusProxy().accessibleDescription()
    assert spoken.splitlines()[-1] == f"{unfilled.open_places} place" \
        f"{'' if unfilled.open_places == 1 else 's'} open"
    assert unfilled.name in spoken


def _late_row(model):
    for row in range(model.rowCount()):
        if model.index(row, 0).data(request_queue_model.OverdueRole):
            return row
    raise AssertionError("no late request to look at")


def test_late_requests_in_the_queue_carry_a_sign_and_the_word(neighbourhood):
    model = request_queue_model.RequestQueueModel()
    model.load(QueueFilter())
    row = _late_row(model)
    due = model.index(row, request_queue_model.COLUMNS.index("due"))
    icon, tip, spoken = _marks(due)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert "Late: it was due on" in tip
    assert spoken == f"{due.data()}, late"
    on_time = [r for r in range(model.rowCount())
               if not model.index(r, 0).data(request_queue_model.OverdueRole)]
    for other in on_time:
        assert model.index(other, request_queue_model.COLUMNS.index("due")).data(
            ROLE.DecorationRole) is None


def test_urgent_requests_say_how_urgent_in_words(neighbourhood):
    model = request_queue_model.RequestQueueModel()
    model.load(QueueFilter(urgency="today", statuses=()))
    assert model.rowCount() > 0
    urgency = request_queue_model.COLUMNS.index("urgency")
    assert {model.index(r, urgency).data() for r in range(model.rowCount())} == {"Today"}
    board = request_board_model.BoardColumnModel("new")
    board.set_ids(model.ids())
    assert all("Today" in board.index(r, 0).data() for r in range(board.rowCount()))


def test_late_cards_on_the_board_say_late(neighbourhood):
    queue = request_queue_model.RequestQueueModel()
    queue.load(QueueFilter())
    late = queue.id_at(_late_row(queue))
    board = request_board_model.BoardColumnModel("new")
    board.set_ids([late])
    card = board.index(0, 0).data(request_board_model.CardRole)
    assert card.late  # the delegate draws the warning sign and the red edge
    assert "(late)" in card.when
    assert "(late)" in board.index(0, 0).data()  # what a screen reader and the tooltip say


def test_late_requests_on_a_persons_page_carry_a_sign_and_the_word(neighbourhood):
    queue = request_queue_model.RequestQueueModel()
    queue.load(QueueFilter())
    late = queue.request(_late_row(queue))
    made, _helped = request_lists.person_requests(late.requester_id)
    model = person_requests_model.PersonRequestsModel("assignee")
    model.set_rows(made)
    row = next(r for r in range(model.rowCount()) if model.rows()[r].id == late.id)
    due = model.index(row, person_requests_model.COLUMNS.index("due"))
    icon, tip, spoken = _marks(due)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert "Late: it was due on" in tip
    assert spoken == f"{due.data()}, late"
    assert model.index(row, 0).data(ROLE.BackgroundRole) is not None  # and the colour
