"""The demo's neighbourhood for the GUI tests that need every kind of row on screen
(themes, the colour-never-alone marks, the keyboard walk): `from_template(neighbourhood,
actor)`, then pin the clock 40 days on (`forty_days_on`) so open requests are late and
some dues overdue."""

from __future__ import annotations

from datetime import timedelta

from civicdesk import clock
from civicdesk.data import models
from civicdesk.demo import generate
from civicdesk.services import actors, people

PEOPLE = 60


def neighbourhood(actor) -> None:
    """Demo data, then an archived person and household (the demo archives nobody)."""
    generate.generate(PEOPLE, seed=4, actor=actors.SYSTEM)
    person = models.Person.select().where(models.Person.household.is_null(False)).first()
    people.set_archived(actor, person.id, person.version, True)
    household = models.Household.select().where(models.Household.id != person.household_id) \
        .first()
    people.set_household_archived(actor, household.id, household.version, True)


def forty_days_on(pinned) -> None:
    """*pinned* is the `clock` fixture."""
    pinned.pin(clock.now() + timedelta(days=40))
