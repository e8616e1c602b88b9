"""Likely duplicates found by fuzzy matching, ranked, with the reason shown (#15)."""

import pytest

from civicdesk.data import models
from civicdesk.services import duplicates, people


def _town(actor):
    with models.database.atomic():
        return {key: people.create_person(actor, values).id for key, values in {
            "ana": {"first_name": "Ana", "last_name": "Ruiz", "phone": "(555) 232-4682"},
            "john": {"first_name": "John", "last_name": "Okafor",
                     "email": "john@example.org"},
            "mei": {"first_name": "Mei", "last_name": "Chen"},
            "other": {"first_name": "Andrea", "last_name": "Rossi"},
        }.items()}


@pytest.fixture
def town(db, actor, from_template):
    return from_template(_town, actor)


@pytest.mark.parametrize("values, who, reason", [
    ({"first_name": "Anna", "last_name": "Ruiz"}, "ana", "similar_name"),
    ({"first_name": "Ana", "last_name": "Ruis"}, "ana", "similar_name"),
    ({"first_name": "Anna", "last_name": "Ruís"}, "ana", "similar_name"),
    ({"first_name": "Jon", "last_name": "Okafor"}, "john", "similar_name"),
    ({"first_name": "Chen", "last_name": "Mei"}, "mei", "swapped_name"),
    ({"first_name": "Ruiz", "last_name": "Ana"}, "ana", "swapped_name"),
    ({"first_name": "ana", "last_name": "RUIZ"}, "ana", "name"),
])
def test_a_near_name_is_a_likely_duplicate_with_its_reason(town, values, who, reason):
    (match,) = duplicates.likely_duplicates(values)
    assert (match.id, match.reasons) == (town[who], (reason,))


@pytest.mark.parametrize("values", [
    {"first_name": "Ann", "last_name": "Rossiter"}, {"first_name": "Maria", "last_name": "Ruiz"},
    {"first_name": "Joan", "last_name": "Okoro"}, {"first_name": "Mei", "last_name": "Wong"},
])
def test_names_that_only_look_alike_at_a_glance_are_not(town, values):
    assert duplicates.likely_duplicates(values) == []


def test_matches_are_ranked_surest_first_with_every_reason(town):
    found = duplicates.likely_duplicates({"first_name": "Andrea", "last_name": "Rosi",
                                          "phone": "+1 555 232 4682"})
    assert [(m.id, m.reasons) for m in found] == [
        (town["ana"], ("phone",)), (town["other"], ("similar_name",))]
    assert found[0].score > found[1].score
    exact = duplicates.likely_duplicates({"first_name": "Jon", "last_name": "Okafor",
                                          "email": "JOHN@example.org"})
    assert [m.reasons for m in exact] == [("email", "similar_name")]


def test_every_reason_has_a_text_to_show():
    assert set(duplicates.WEIGHTS) == set(duplicates.REASONS)
