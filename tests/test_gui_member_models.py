"""The members pane's Qt models: qtmodeltester after load, insert, update, remove, and the
paging cache behind them."""

from datetime import date

import pytest

from PySide6.QtCore import QPersistentModelIndex, Qt

from civicdesk.data import models
from civicdesk.services import household_list, payments, people
from civicdesk.services.member_list import MemberFilter

from civicdesk.gui import themes
from civicdesk.gui.models import household_table, member_table, paged_table, payment_table
from civicdesk.gui.panes import household_page

pytestmark = [pytest.mark.gui, pytest.mark.dates]


def _crowd(actor):
    """45 people (several pages of 10), names sorting as A00 .. A44."""
    with models.database.atomic():  # one commit for the 45 people, not 45
        return [people.create_person(actor, {"first_name": "Pat", "last_name": f"A{i:02d}"}).id
                for i in range(45)]


@pytest.fixture
def crowd(db, actor, from_template):
    """The rows of `_crowd`, made once for this file and copied into the test's db."""
    return from_template(_crowd, actor)


@pytest.fixture
def model(qapp, db, crowd, monkeypatch):
    monkeypatch.setattr(member_table.MemberTableModel, "PAGE", 10)
    model = member_table.MemberTableModel()
    model.set_filters(MemberFilter())
    return model


def names(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_people_model_passes_the_model_tester_through_every_change(
        qtmodeltester, model, actor, crowd):
    qtmodeltester.check(model)  # load
    assert model.rowCount() == 45 and names(model)[:2] == ["A00, Pat", "A01, Pat"]
    new = people.create_person(actor, {"first_name": "Pat", "last_name": "A10b"}).id
    with_signals(model, "rowsInserted", lambda: model.refresh_ids({new}))
    assert model.rowCount() == 46 and names(model)[11] == "A10b, Pat"
    people.update_person(actor, crowd[3], 1, {"phone": "555 0303"})
    with_signals(model, "dataChanged", lambda: model.refresh_ids({crowd[3]}))
    assert model.index(3, 2).data() == "555 0303"
    people.update_person(actor, crowd[3], 2, {"last_name": "A30b"})
    with_signals(model, "rowsMoved", lambda: model.refresh_ids({crowd[3]}))
    assert names(model).index("A30b, Pat") == 31  # after A30 (and the new A10b)
    people.set_archived(actor, crowd[40], 1, True)
    with_signals(model, "rowsRemoved", lambda: model.refresh_ids({crowd[40]}))
    assert model.rowCount() == 45 and "A40, Pat" not in names(model)
    model.set_filters(MemberFilter(text="a1"))  # reset for a new search
    assert model.rowCount() == 11


def with_signals(model, signal: str, action) -> None:
    """Run *action* and check that the model said what it did with *signal*."""
    seen = []
    getattr(model, signal).connect(lambda *a: seen.append(a))
    action()
    assert seen, f"expected {signal}"


def test_rows_far_down_are_fetched_without_reading_the_pages_between(model):
    assert model.index(44, 0).data() == "A44, Pat"
    assert sorted(model._pages) == [4]  # only the last page was read
    assert model.index(25, 0).data() == "A25, Pat"
    assert model.index(35, 0).data() == "A35, Pat"  # fetched by keyset from page 2's end
    assert model.row_of_id(model.id_at(35)) == 35


def test_an_unseen_page_changing_keeps_the_selection_on_the_same_person(
        qtmodeltester, model, actor, crowd):
    qtmodeltester.check(model)
    current = QPersistentModelIndex(model.index(5, 0))
    model._forget()  # the person we rename is not in any cached page
    model.row_at(5)
    people.update_person(actor, crowd[40], 1, {"last_name": "A00a"})
    model.refresh_ids({crowd[40]})
    assert current.row() == 6 and current.data() == "A05, Pat"


def test_sorting_in_sql_starts_from_the_top_without_counting_again(
        qtmodeltester, model, db, monkeypatch):
    qtmodeltester.check(model)
    statements = []
    original = db.execute_sql
    monkeypatch.setattr(db, "execute_sql", lambda sql, params=None: statements.append(sql)
                        or original(sql, params))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(model)[:2] == ["A44, Pat", "A43, Pat"] and model.rowCount() == 45
    assert not any("count(" in sql for sql in statements)
    model.sort(7, Qt.SortOrder.AscendingOrder)  # languages: not sortable, nothing changes
    assert names(model)[0] == "A44, Pat"


def test_the_model_marks_archived_people(qapp, db, actor):
    pid = people.create_person(actor, {"first_name": "Old", "last_name": "Member",
                                       "membership_status": "member"}).id
    people.set_archived(actor, pid, 1, True)
    model = member_table.MemberTableModel()
    model.set_filters(MemberFilter(archived="all", today=date(2026, 1, 1)))
    name = model.index(0, 0)
    assert name.data() == "Member, Old (archived)"
    assert name.data(Qt.ItemDataRole.FontRole).italic()
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "Member, Old (archived)"
    assert name.data(paged_table.IdRole) == pid


def test_overdue_dues_are_red_and_volunteers_a_centred_yes(qapp, db, actor):
    late = people.create_person(actor, {"first_name": "Late", "last_name": "Alice",
                                        "membership_status": "member", "is_volunteer": True,
                                        "phone": "555 0101", "mobile": "555 0202"}).id
    people.create_person(actor, {"first_name": "Neighbour", "last_name": "Bob"})
    model = member_table.MemberTableModel()
    model.set_filters(MemberFilter(today=date(2026, 1, 1)))
    columns = member_table.MemberTableModel.columns
    at = lambda row, column: model.index(row, columns.index(column))  # noqa: E731
    assert model.index(0, 0).data(paged_table.IdRole) == late
    red = at(0, "dues").data(Qt.ItemDataRole.ForegroundRole)
    assert red.color() == themes.tone("late")
    assert at(0, "name").data(Qt.ItemDataRole.ForegroundRole) is None
    assert at(0, "name").data(Qt.ItemDataRole.FontRole) is None
    assert at(0, "status").data() == "Member"
    assert at(0, "volunteer").data() == "Yes"
    assert at(0, "volunteer").data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignCenter)
    assert at(0, "phone").data() == "555 0101"
    assert "555 0202" in at(0, "phone").data(Qt.ItemDataRole.ToolTipRole)
    # Not a member: no dues to be late with.
    assert at(1, "dues").data(Qt.ItemDataRole.ForegroundRole) is None
    assert at(1, "volunteer").data() == "" and at(1, "status").data() == "Not a member"


def test_the_households_model_passes_the_model_tester(qtmodeltester, qapp, db, actor):
    ids = [people.create_household(actor, {"name": f"H{i}", "street": f"{i} Elm"}).id
           for i in range(5)]
    model = household_table.HouseholdTableModel()
    model.set_text("")
    qtmodeltester.check(model)
    new = people.create_household(actor, {"name": "H2b"}).id
    model.refresh_ids({new})
    assert [model.index(r, 0).data() for r in range(6)][3] == "H2b"
    people.update_household(actor, ids[0], 1, {"street": "1 Oak"})
    model.refresh_ids({ids[0]})
    assert model.index(0, 1).data() == "1 Oak"
    people.set_household_archived(actor, ids[1], 1, True)
    model.refresh_ids({ids[1]})
    assert model.rowCount() == 5


def test_the_small_models_pass_the_model_tester(qtmodeltester, qapp, db, actor):
    home = people.create_household(actor, {"name": "Home"}).id
    ann = people.create_person(actor, {"first_name": "Ann", "last_name": "B",
                                       "household": home}).id
    members = household_page.members_model()
    members.set_rows(household_list.members_of(home))
    qtmodeltester.check(members)
    bob = people.create_person(actor, {"first_name": "Bob", "last_name": "C",
                                       "household": home}).id
    members.set_rows(household_list.members_of(home))  # insert
    assert [members.index(r, 0).data() for r in range(2)] == ["Ann B", "Bob C"]
    people.update_person(actor, ann, 1, {"membership_status": "member"})
    members.set_rows(household_list.members_of(home))  # update
    assert members.index(0, 1).data() == "Member"
    people.update_person(actor, bob, 1, {"household": None})
    members.set_rows(household_list.members_of(home))  # remove
    assert members.rowCount() == 1

    lines = payment_table.payment_model()
    qtmodeltester.check(lines)
    payments.record_payment(actor, {"person": ann, "amount_cents": 2500,
                                    "paid_on": date(2026, 1, 5), "period_start": "2026-01-01",
                                    "period_end": "2026-12-31"})
    lines.set_rows(payments.payments_of(ann))
    assert lines.rowCount() == 1 and lines.index(0, 2).data() == "1/1/26 \u2013 12/31/26"
    lines.set_rows([])
    assert lines.rowCount() == 0
