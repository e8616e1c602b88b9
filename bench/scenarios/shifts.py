"""Shifts scenarios: the week calendar with 500 shifts in the week (5,000 overall), drawn
fresh and reached with "next week", each beside the same week query on plain sqlite3.

The data is a demo database plus generated shifts (and sign-ups, so the filled counts have
work to do), made here rather than by the demo generator.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import time, timedelta
from pathlib import Path

from bench.runner import Env, Scenario, timed
from civicdesk import clock

WEEK_SHIFTS, TOTAL_SHIFTS = 500, 5000

RAW_WEEK = """
SELECT s.id, s.version, e.id, e.name, e.colour, s.title, s.starts_at, s.ends_at, s.location,
       e.location, s.capacity,
       (SELECT COUNT(a.id) FROM assignment a
         WHERE a.shift_id = s.id AND a.status IN ('signed_up', 'confirmed', 'attended')),
       t.name, s.cancelled, s.series_id
FROM shift s JOIN event e ON s.event_id = e.id LEFT JOIN tag t ON s.required_skill_id = t.id
WHERE s.starts_at >= ? AND s.starts_at < ?
ORDER BY s.starts_at, e.name, s.id
"""


class _Week:
    """One database, one Qt window, shared by the scenarios of this module."""

    def __init__(self, env: Env) -> None:
        self.env = env
        self.path = env.work / "shifts.db"
        self.page = None
        self.busy = None  # the Monday of the week with 500 shifts

    def setup(self) -> None:
        if self.page is not None:
            return
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        shutil.copy(self.env.demo_db(), self.path)
        from civicdesk.data import database
        from civicdesk.services import schedule

        self.db = database.open_database(self.path)
        self.tz = clock.zone()
        self.busy = schedule.week_start(clock.today()) + timedelta(weeks=3)
        _add_shifts(self.busy, self.tz)
        self.page = self._new_page()

    def _new_page(self):
        from PySide6.QtWidgets import QApplication

        from civicdesk.gui.panes.shifts_week import WeekPage

        self.app = QApplication.instance() or QApplication([])
        page = WeekPage(self.tz)
        page.resize(1000, 700)  # the pane's share of a 1180 x 760 window
        page.show()
        self.app.processEvents()
        return page

    def render(self) -> float:
        """A fresh week page showing the busy week, painted."""
        def work():
            page = self._new_page()
            page.show_week(self.busy)
            page.grab()
            page.close()
            page.deleteLater()
        return timed(work)

    def next_week(self) -> float:
        """From the week before, press "next week": query, lay out, paint."""
        self.page.show_week(self.busy - timedelta(weeks=1))
        self.page.grab()

        def work():
            self.page.next_week()
            self.page.grab()
        took = timed(work)
        assert len(self.page.calendar.shown_ids()) == WEEK_SHIFTS, "the busy week is not shown"
        return took

    def raw_week(self) -> float:
        """Baseline: the same week's rows with sqlite3 (no objects, no drawing)."""
        from civicdesk.data.fields import utc_text
        from civicdesk.services import schedule

        start, end = schedule.week_bounds(self.busy, self.tz)

        def work():
            conn = sqlite3.connect(self.path)
            rows = conn.execute(RAW_WEEK, (utc_text(start), utc_text(end))).fetchall()
            conn.close()
            assert len(rows) == WEEK_SHIFTS
        return timed(work)


def _add_shifts(busy, tz) -> None:
    """Top the demo data up to 500 shifts in the busy week and 5,000 in all, with sign-ups."""
    from civicdesk import localtime
    from civicdesk.data import bulk, models
    from civicdesk.services import rows, schedule

    rng = random.Random(4)
    events = [e.id for e in models.Event.select()]
    volunteers = [p.id for p in models.Person.select(models.Person.id)
                  .where(models.Person.is_volunteer == True)]  # noqa: E712
    in_week = len(schedule.shifts_between(*schedule.week_bounds(busy, tz)))
    total = models.Shift.select().count()
    week_days = [busy + timedelta(days=d) for d in range(7)]
    other_days = [busy + timedelta(days=d) for d in range(-210, 210) if not 0 <= d < 7]
    days = [rng.choice(week_days) for _ in range(WEEK_SHIFTS - in_week)]
    days += [rng.choice(other_days) for _ in range(TOTAL_SHIFTS - total - len(days))]
    sid = bulk.next_id(models.Shift)
    shifts, signups = [], []
    for offset, day in enumerate(days):
        start = localtime.local_to_utc(day, time(rng.randint(7, 19), rng.choice((0, 30))), tz)
        capacity = rng.randint(1, 8)
        shifts.append({"id": sid + offset, "event": rng.choice(events), "title": "Helper",
                       "starts_at": start, "ends_at": start + timedelta(hours=rng.randint(1, 4)),
                       "capacity": capacity, "created_at": clock.utcnow()})
        for person in rng.sample(volunteers, min(len(volunteers), rng.randint(0, capacity))):
            signups.append({"shift": sid + offset, "person": person,
                            "status": rng.choice(("signed_up", "confirmed", "cancelled"))})
    with rows.transaction():
        bulk.insert_rows(models.Shift, shifts)
        bulk.insert_rows(models.Assignment, signups)


def scenarios(env: Env) -> list[Scenario]:
    week = _Week(env)
    return [
        Scenario("shifts_week_render", setup=week.setup, measure=week.render,
                 baseline=week.raw_week, target_ratio=25.0, repeat=5),
        Scenario("shifts_next_week", setup=week.setup, measure=week.next_week,
                 baseline=week.raw_week, target_ratio=12.0, target_ms=50, repeat=7),
    ]
