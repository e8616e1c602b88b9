"""Suggesting volunteers for a request: hand-built cases for each reason (skill, language,
area, shift clash, load) and recording the choice with its reasons."""

from datetime import UTC, date, datetime

import pytest

from civicdesk.data import models
from civicdesk.services import matching, people, preferences, requests, shifts
from civicdesk.services.errors import ValidationError

pytestmark = pytest.mark.dates

DUE = date(2026, 3, 14)


def _town(actor):
    """A ride request from Rosa (Spanish, Old Town 10103) due on DUE, and volunteers who
    each differ from the best one in one way."""
    with models.database.atomic():  # one commit for the whole set-up
        preferences.update_setting(actor, "timezone", "UTC")
        homes = {area: people.create_household(actor, {"area": area, "postal_code": code}).id
                 for area, code in (("Old Town", "10103"), ("Riverside", "10102"),
                                    ("Hillcrest", "20999"))}

        def person(first, area="Old Town", skills=("driving",), languages=("Spanish",), **extra):
            return people.create_person(actor, {
                "first_name": first, "household": homes[area], "is_volunteer": True,
                "skills": list(skills), "languages": list(languages), **extra}).id

        ids = {
            "rosa": person("Rosa", skills=(), languages=("Spanish",)),
            "best": person("Best"),
            "near": person("Near", area="Riverside"),
            "busy": person("Busy"),
            "loaded": person("Loaded"),
            "noskill": person("Noskill", skills=("gardening",)),
            "nolang": person("Nolang", languages=("English",)),
            "far": person("Far", area="Hillcrest"),
            "archived": person("Archived"),
            "neighbour": person("Neighbour", is_volunteer=False),
        }
        people.set_archived(actor, ids["archived"], 1, True)
        ride = models.RequestCategory.get(name="ride").id
        ids["request"] = requests.create_request(actor, {
            "requester": ids["rosa"], "category": ride, "summary": "Ride to the clinic",
            "due_on": DUE}).id
        event = shifts.create_event(actor, {"name": "Food pantry"}).id
        shift = shifts.create_shift(actor, {
            "event": event, "title": "Sorting", "starts_at": datetime(2026, 3, 14, 9, tzinfo=UTC),
            "ends_at": datetime(2026, 3, 14, 12, tzinfo=UTC), "capacity": 3}).id
        shifts.assign(actor, shift, ids["busy"])
        for _ in range(2):
            other = requests.create_request(actor, {"requester": ids["neighbour"],
                                                    "category": ride, "summary": "Another"})
            requests.assign(actor, other.id, other.version, ids["loaded"])
    return ids


@pytest.fixture
def town(db, actor, from_template):
    """The rows of `_town`, made once for this file and copied into the test's db."""
    return from_template(_town, actor)


def _texts(suggestion):
    return [str(r.message) for r in suggestion.reasons]


def test_volunteers_are_ranked_by_fit(town):
    ranking = matching.rank(town["request"])
    order = [s.name for s in ranking.suggestions]
    # Equal scores: the one with fewer open requests first, then the earlier on file.
    assert order == ["Best", "Near", "Far", "Loaded", "Nolang", "Busy", "Noskill"]
    assert [s.score for s in ranking.suggestions] == [10, 9, 8, 8, 7, 6, 6]
    assert [s.rank for s in ranking.suggestions] == list(range(1, 8))
    assert ranking.total == 7  # not Rosa herself, not the archived one, not a non-volunteer


def test_each_place_comes_with_its_reasons(town):
    by_name = {s.name: s for s in matching.rank(town["request"]).suggestions}
    assert _texts(by_name["Best"]) == ["Can do driving", "Speaks Spanish", "Lives in Old Town",
                                       "Free on 3/14/26", "No open requests"]
    assert _texts(by_name["Noskill"])[0] == "No driving skill on file"
    assert _texts(by_name["Nolang"])[1] == "Does not speak Spanish"
    assert _texts(by_name["Near"])[2] == "Lives nearby (Riverside)"
    assert _texts(by_name["Far"])[2] == "Lives elsewhere (Hillcrest)"
    assert _texts(by_name["Busy"])[3] == "On a shift that day: Sorting, 3/14/26 9:00\u202fAM\u201312:00\u202fPM"
    assert _texts(by_name["Loaded"])[4] == "2 open requests"
    assert [r.points for r in by_name["Busy"].reasons] == [4, 3, 2, -3, 0]
    assert by_name["Loaded"].load == 2


def test_without_a_due_date_or_skill_those_reasons_are_left_out(town, actor):
    other = models.RequestCategory.get(name="other").id
    rid = requests.create_request(actor, {"requester": town["rosa"], "category": other,
                                          "summary": "Walk the dog"}).id
    best = matching.rank(rid).suggestions[0]
    assert [r.kind for r in best.reasons] == ["language", "area", "load"]


def test_a_cancelled_shift_is_no_clash(town, actor):
    shift = models.Shift.get()
    shifts.cancel_shift(actor, shift.id, shift.version, "Rain")
    busy = matching.rank(town["request"]).find(town["busy"])
    assert "Free on 3/14/26" in _texts(busy)


def test_limit_keeps_the_best_and_anyone_asked_for(town):
    ranking = matching.rank(town["request"], limit=2, include=[town["noskill"]])
    assert [(s.name, s.rank) for s in ranking.suggestions] == [("Best", 1), ("Near", 2),
                                                                ("Noskill", 7)]


def test_choosing_a_volunteer_records_the_ranking_reason(town, actor):
    request = models.SupportRequest.get_by_id(town["request"])
    matching.assign_suggested(actor, request.id, request.version, town["near"])
    last = requests.history_lines(request.id)[-1]
    assert (last.kind, last.new_assignee, last.new_status) == ("assign", "Near", "assigned")
    assert last.note == ("Suggestion 2 of 7: Can do driving; Speaks Spanish; Lives nearby "
                         "(Riverside); Free on 3/14/26; No open requests.")


def test_choosing_someone_who_cannot_help_is_refused(town, actor):
    request = models.SupportRequest.get_by_id(town["request"])
    for who, message in (("neighbour", "is not a volunteer"), ("archived", "is archived")):
        with pytest.raises(ValidationError, match=message):
            matching.assign_suggested(actor, request.id, request.version, town[who])
    assert models.SupportRequest.get_by_id(request.id).assignee is None
    assert [h.kind for h in requests.history_lines(request.id)] == ["created"]
