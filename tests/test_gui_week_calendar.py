"""The week calendar (pytest-qt on the real widget): days as columns, shifts as cards with
filled/capacity, unfilled ones amber, today marked, keyboard and buttons to move weeks."""

from datetime import timedelta

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from civicdesk.services import schedule, shifts

from civicdesk.gui import themes
from civicdesk.gui.panes.shifts_week import WeekPage
from civicdesk.gui.widgets.week_calendar import WeekCalendar

pytestmark = [pytest.mark.gui, pytest.mark.dates]


@pytest.fixture
def page(qtbot, plan):
    page = WeekPage(plan["tz"])
    qtbot.add_widget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.wait_exposed(page)
    page.this_week()
    return page


def _pixel(calendar: WeekCalendar, point: QPoint) -> QColor:
    body = calendar.widget()
    return body.grab().toImage().pixelColor(point)


def test_shifts_sit_in_their_day_column_in_time_order(page, plan):
    cal = page.calendar
    assert cal.shown_ids() == [plan["mon"], plan["wed"]]
    mon, wed = cal.card(plan["mon"]), cal.card(plan["wed"])
    assert (mon.day, wed.day) == (0, 2)
    assert cal.column_span(0)[0] <= mon.rect.left() < cal.column_span(1)[0]
    assert cal.column_span(2)[0] <= wed.rect.left() < cal.column_span(3)[0]


def test_unfilled_shifts_look_different_from_full_ones(page, plan):
    cal = page.calendar
    mon, wed = cal.card(plan["mon"]), cal.card(plan["wed"])  # 1 of 2 / 1 of 1
    inside = QPoint(20, 2)  # right of the colour stripe, above the text
    assert _pixel(cal, mon.rect.topLeft() + inside) == QColor(themes.surface("shift_unfilled").fill)
    assert _pixel(cal, wed.rect.topLeft() + inside) == QColor(themes.surface("shift").fill)


def test_today_is_marked(page, plan):
    cal = page.calendar
    day = (plan["today"] - plan["monday"]).days
    x, width = cal.column_span(day)
    assert cal.day_summary(day).startswith("Today")
    bottom = cal.widget().height() - 3
    assert _pixel(cal, QPoint(x + width // 2, bottom)) == themes.line("today_tint")
    other = (day + 3) % 7
    x, width = cal.column_span(other)
    assert _pixel(cal, QPoint(x + width // 2, bottom)) != themes.line("today_tint")


def test_buttons_and_keys_move_between_weeks(qtbot, page, plan):
    monday = plan["monday"]
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.monday == monday + timedelta(weeks=1)
    assert page.calendar.shown_ids() == [plan["next_tue"]]
    assert page.this_week_button.isEnabled()
    page.calendar.setFocus()
    qtbot.keyClick(page.calendar.widget(), Qt.Key.Key_PageUp)
    qtbot.keyClick(page.calendar.widget(), Qt.Key.Key_PageUp)
    assert page.monday == monday - timedelta(weeks=1) and page.calendar.shown_ids() == []
    qtbot.keyClick(page.calendar.widget(), Qt.Key.Key_Home)
    assert page.monday == monday and not page.this_week_button.isEnabled()
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.monday == monday - timedelta(weeks=1)
    assert page.title_label.text()  # e.g. "16 – 22 November 2026"


def test_arrows_choose_a_card_and_enter_opens_it(qtbot, page, plan):
    body = page.calendar.widget()
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Down)
    assert page.calendar.current_shift_id() == plan["mon"]
    qtbot.keyClick(body, Qt.Key.Key_Right)
    assert page.calendar.current_shift_id() == plan["wed"]  # skips the empty Tuesday
    with qtbot.waitSignal(page.shift_opened) as opened:
        qtbot.keyClick(body, Qt.Key.Key_Return)
    assert opened.args == [plan["wed"]]


def test_clicking_selects_and_double_clicking_opens(qtbot, page, plan):
    card = page.calendar.card(plan["mon"])
    body = page.calendar.widget()
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=card.rect.center())
    assert page.calendar.current_shift_id() == plan["mon"]
    with qtbot.waitSignal(page.shift_opened) as opened:
        qtbot.mouseDClick(body, Qt.MouseButton.LeftButton, pos=card.rect.center())
    assert opened.args == [plan["mon"]]
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=QPoint(card.rect.left() + 3,
                                                                 body.height() - 3))
    assert page.calendar.current_shift_id() is None


def test_the_tooltip_and_summary_tell_what_a_card_means(page, plan, actor):
    cal = page.calendar
    text = cal.card_tooltip(cal.card(plan["mon"]).row)
    assert "Food pantry: Sorting" in text and "1 of 2" in text and "Hall" in text
    assert cal.day_summary(2).endswith("all filled")
    shifts.cancel_shift(actor, plan["mon"], 1, "Flood")
    page.reload()
    assert "Cancelled" in cal.card_tooltip(cal.card(plan["mon"]).row)
    assert _pixel(cal, cal.card(plan["mon"]).rect.topLeft() + QPoint(20, 2)) == \
        QColor(themes.surface("shift_cancelled").fill)


def test_an_empty_week_says_so(qtbot, page):
    page.show_week(page.monday - timedelta(weeks=10))
    assert page.calendar.shown_ids() == []
    assert all(page.calendar.day_summary(d).endswith("no shifts") for d in range(7))


def test_a_week_across_the_dst_change_keeps_shifts_on_their_local_day(qtbot, plan, actor):
    from datetime import date, datetime

    # 2026-11-01 (Sunday) New York falls back; a 23:30 shift that Sunday stays on Sunday
    start = datetime(2026, 11, 1, 23, 30, tzinfo=plan["tz"])
    late = shifts.create_shift(actor, {"event": plan["pantry"], "starts_at": start,
                                       "ends_at": start + timedelta(minutes=20),
                                       "capacity": 1}).id
    cal = WeekCalendar(plan["tz"])
    qtbot.add_widget(cal)
    monday = date(2026, 10, 26)
    cal.set_week(monday, schedule.shifts_between(*schedule.week_bounds(monday, plan["tz"])),
                 plan["today"])
    assert cal.card(late).day == 6
