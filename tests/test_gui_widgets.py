"""Shared widgets: the person picker and the field error display."""

import pytest

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from civicdesk.data import models
from civicdesk.services import people
from civicdesk.services.actors import Actor
from civicdesk.services.errors import ValidationError

from civicdesk.gui.context import AppContext
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner
from civicdesk.gui.widgets.field_errors import FieldErrors
from civicdesk.gui.widgets.person_picker import PersonPicker

pytestmark = pytest.mark.gui


@pytest.fixture
def context(db, db_path):
    return AppContext(db_path=db_path, actor=Actor("Tess"),
                      tasks=TaskRunner(SynchronousExecutor()))


@pytest.fixture
def folks(db, actor):
    with models.database.atomic():  # one commit for the whole set-up
        home = people.create_household(actor, {"street": "5 Elm Road"}).id
        ids = {"zoe": people.create_person(actor, {"first_name": "Zoë", "last_name": "Müller",
                                                   "household": home}).id,
               "zack": people.create_person(actor, {"first_name": "Zack", "last_name": "Müller",
                                                    "is_volunteer": True, "phone": "555-1234",
                                                    "skills": ["driving"]}).id,
               "old": people.create_person(actor, {"first_name": "Zelda", "last_name": "Müller",
                                                   "is_volunteer": True}).id}
        people.set_archived(actor, ids["old"], 1, True)
    return ids


def test_typing_offers_matching_people_with_a_detail_line(qtbot, context, folks):
    picker = PersonPicker(context)
    qtbot.add_widget(picker)
    qtbot.keyClicks(picker, "mull")
    offered = picker.suggestions()
    assert len(offered) == 2  # the archived Zelda is not offered
    assert "Zoë Müller \u2014 5 Elm Road" in offered


def test_volunteer_pickers_offer_only_volunteers(qtbot, context, folks):
    picker = PersonPicker(context, volunteers_only=True)
    qtbot.add_widget(picker)
    qtbot.keyClicks(picker, "muller")
    assert picker.suggestions() == ["Zack Müller \u2014 555-1234"]


def test_choosing_and_then_editing_away(qtbot, context, folks):
    picker = PersonPicker(context)
    qtbot.add_widget(picker)
    chosen = []
    picker.person_chosen.connect(chosen.append)
    qtbot.keyClicks(picker, "zoe")
    picker.completer().activated[type(picker.completer().model().index(0, 0))].emit(
        picker.completer().model().index(0, 0))
    assert picker.person_id() == folks["zoe"] and picker.text() == "Zoë Müller"
    qtbot.keyClicks(picker, "x")
    assert picker.person_id() is None and chosen == [folks["zoe"], None]


def test_field_errors_mark_the_field_and_focus_it(qtbot, db, actor):
    host = QWidget()
    qtbot.add_widget(host)
    email, phone, label, summary = QLineEdit(host), QLineEdit(host), QLabel(host), QLabel(host)
    errors = FieldErrors({"email": email, "phone": phone}, {"email": label}, summary)
    host.show()
    with pytest.raises(ValidationError) as caught:
        people.create_person(actor, {"first_name": "A", "email": "nope", "phone": "x"})
    errors.show(caught.value)
    assert "not an email address" in label.text() and label.isVisible()
    assert "not a phone number" in summary.text() and summary.isVisible()
    assert "not a phone number" in phone.toolTip()
    assert host.focusWidget() is email
    errors.clear()
    assert not label.isVisible() and email.toolTip() == ""
