"""Email addresses checked by the rules (email-validator, no network look-up), not a
regular expression (#15)."""

import pytest

from civicdesk.data import models
from civicdesk.services import people, validation
from civicdesk.services.errors import ValidationError

REFUSED = ["john..doe@example.org", ".john@example.org", "john.@example.org",
           "john@-example.org", "john@example..org", "john@exa_mple.org", "john@example.org.",
           "john@example", "jo hn@example.org", "john@@example.org", '"john"@example.org',
           "john@[127.0.0.1]", "john@localhost"]
ACCEPTED = ["ann@example.org", "a@b.co", "first.last+desk@example.org", "o'neil@example.ie",
            "zoë@exämple.org", "用户@例子.广告", "x-y_z@sub.example.co.uk"]


@pytest.mark.parametrize("address", REFUSED)
def test_an_address_the_rules_refuse_is_refused(address):
    assert not validation.is_email(address)


def test_the_old_regular_expression_accepted_seven_of_them():
    import re
    old = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")
    assert sum(bool(old.match(a)) for a in REFUSED) >= 7


@pytest.mark.parametrize("address", ACCEPTED)
def test_a_real_address_is_accepted_as_typed(db, actor, address):
    pid = people.create_person(actor, {"first_name": "Ann", "email": address}).id
    assert models.Person.get_by_id(pid).email == address


def test_saving_a_bad_address_names_the_field_and_saves_nothing(db, actor):
    with pytest.raises(ValidationError) as refused:
        people.create_person(actor, {"first_name": "John", "email": "john..doe@example.org"})
    (problem,) = refused.value.problems
    assert problem.field == "email" and "john..doe@example.org" in str(problem.message.params)
    assert models.Person.select().count() == 0
