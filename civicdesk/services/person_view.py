"""What the person page shows of one person, read in as few statements as it takes.

The page opens often (every name the front desk clicks), so its read model is one joined
row (the person, their household's address, the person they can be reached through), their
lists, and the household's other members: three statements, where asking each widget for
its own part took a dozen (tests/test_query_budgets.py keeps the count).
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from civicdesk.data import models
from civicdesk.services import errors, household_list, lookups, people
from civicdesk.services.actors import Actor
from civicdesk.services.guard import ANYONE, allowed
from civicdesk.services.people import PersonRecord


@dataclass(frozen=True)
class PersonView:
    """A person with the labels their form shows: the household (with its members) and
    whom to reach them through."""

    record: PersonRecord
    household: household_list.HouseholdRow | None
    reach_via: lookups.PersonSuggestion | None


@allowed(ANYONE)
def person_view(actor: Actor, person_id: int) -> PersonView:
    """One person for the page (sensitive notes only for those who may see them)."""
    P, H = models.Person, models.Household
    via, via_home = P.alias(), H.alias()
    query = (P.select(*people.record_columns(P), H.name, H.street, H.unit, H.city,
                      H.postal_code, H.archived, via.id, via.first_name, via.last_name,
                      via.preferred_name, via.phone, via.email, via.is_volunteer,
                      via.archived, via_home.street)
             .join(H, pw.JOIN.LEFT_OUTER, on=(P.household == H.id)).switch(P)
             .join(via, pw.JOIN.LEFT_OUTER, on=(P.reach_via == via.id))
             .join(via_home, pw.JOIN.LEFT_OUTER, on=(via.household == via_home.id))
             .where(P.id == person_id))
    values = query.tuples().first()
    if values is None:
        raise errors.NotFound(what="person", row_id=person_id)
    width = len(people.RECORD_COLUMNS)
    record = people.make_record(actor, values[:width], people.lists_of(person_id))
    home, reach = values[width:width + 6], values[width + 6:]
    household = None
    if record.household is not None:
        household = household_list.HouseholdRow(
            record.household, *(v or "" for v in home[:5]), bool(home[5]),
            members=household_list.members_of(record.household))
    reach_via = lookups.suggestion_of(reach) if reach[0] is not None else None
    return PersonView(record, household, reach_via)
