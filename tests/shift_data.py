"""Fixtures for the shifts GUI tests: a context and a small plan around the current week."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from civicdesk import clock, localtime
from civicdesk.data import models
from civicdesk.services import people, preferences, schedule, shifts
from civicdesk.services.actors import Actor

from civicdesk.gui.context import AppContext
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner


def make_context(db, db_path, role: str = "coordinator") -> AppContext:
    return AppContext(db_path=db_path, actor=Actor("Cora", role),
                      tasks=TaskRunner(SynchronousExecutor()))


@pytest.fixture
def context(db, db_path):
    """A coordinator at the keyboard."""
    return make_context(db, db_path)


@pytest.fixture
def volunteer_context(db, db_path):
    """A front-desk volunteer at the keyboard (may sign people up, not plan shifts)."""
    return make_context(db, db_path, "volunteer")


def _plan(actor):
    """This week: Monday 09-12 pantry (2 places, Ann on it), Wednesday 13-16 garden (1 place,
    full), next week Tuesday 10-12 pantry; Ann and Bo are volunteers, Bo drives."""
    with models.database.atomic():  # one commit for the whole set-up
        preferences.update_setting(actor, "timezone", "America/New_York")
        tz = clock.zone()
        today = clock.today()
        monday = schedule.week_start(today)
        pantry = shifts.create_event(actor, {"name": "Food pantry", "location": "Hall",
                                             "colour": "#e67e22"}).id
        garden = shifts.create_event(actor, {"name": "Garden", "colour": "#27ae60"}).id

        def shift(event, day, start, end, capacity, **extra):
            return shifts.create_shift(actor, {
                "event": event, "starts_at": localtime.local_to_utc(day, time(start), tz),
                "ends_at": localtime.local_to_utc(day, time(end), tz), "capacity": capacity,
                **extra}).id

        ann = people.create_person(actor, {"first_name": "Ann", "last_name": "Bell",
                                           "phone": "555-1111", "is_volunteer": True}).id
        bo = people.create_person(actor, {"first_name": "Bo", "last_name": "Adams",
                                          "is_volunteer": True, "skills": ["driving"]}).id
        ids = {"mon": shift(pantry, monday, 9, 12, 2, title="Sorting"),
               "wed": shift(garden, monday + timedelta(days=2), 13, 16, 1, title="Weeding"),
               "next_tue": shift(pantry, monday + timedelta(days=8), 10, 12, 3, title="Driver",
                                 required_skill="driving")}
        shifts.assign(actor, ids["mon"], ann)
        shifts.assign(actor, ids["wed"], bo)
    return ids | {"pantry": pantry, "garden": garden, "ann": ann, "bo": bo, "tz": tz,
                  "monday": monday, "today": today}


@pytest.fixture
def plan(db, actor, from_template):
    """The rows of `_plan`, made once for this file and copied into the test's db."""
    return from_template(_plan, actor)
