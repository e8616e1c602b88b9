"""Payments in the window: 0.00 refused, a free membership chosen, a payment voided or
corrected from the person's and the household's lists, voided ones struck through (#15)."""

from datetime import date, datetime

import pytest

from PySide6.QtCore import Qt

from civicdesk.data import models
from civicdesk.services import payments, people
from civicdesk.services.actors import Actor

from civicdesk.gui.context import AppContext
from civicdesk.gui.dialogs.payment_dialog import PaymentDialog
from civicdesk.gui.dialogs.void_payment_dialog import VoidPaymentDialog
from civicdesk.gui.models import payment_table
from civicdesk.gui.panes.household_page import HouseholdPage
from civicdesk.gui.panes.person_page import PersonPage
from civicdesk.gui.tasks import SynchronousExecutor, TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.dates]

YEAR = {"amount_cents": 3000, "paid_on": date(2026, 3, 2), "period_start": date(2026, 3, 2),
        "period_end": date(2027, 3, 1), "method": "cash"}


def _town(actor):
    home = people.create_household(actor, {"name": "Lee", "street": "5 Elm Road"}).id
    ann = people.create_person(actor, {"first_name": "Ann", "last_name": "Lee",
                                       "household": home}).id
    bo = people.create_person(actor, {"first_name": "Bo", "last_name": "Lee",
                                      "household": home}).id
    own = payments.record_payment(actor, YEAR | {"person": ann}).id
    later = payments.record_payment(actor, YEAR | {
        "person": ann, "period_start": date(2027, 3, 2), "period_end": date(2028, 3, 1)}).id
    shared = payments.record_payment(actor, YEAR | {"household": home, "amount_cents": 5000}).id
    return {"home": home, "ann": ann, "bo": bo, "own": own, "later": later, "shared": shared}


@pytest.fixture
def town(from_template, actor, clock):
    clock.pin(datetime(2026, 3, 2, 10))
    return from_template(_town, actor)


def make_context(db_path, role="coordinator") -> AppContext:
    return AppContext(db_path=db_path, actor=Actor("Cole Coordinator", role),
                      tasks=TaskRunner(SynchronousExecutor()))


def person_page(qtbot, db_path, pid, role="coordinator") -> PersonPage:
    context = make_context(db_path, role)
    page = PersonPage(context)
    context.bus.changed.connect(page.apply_changes)
    qtbot.add_widget(page)
    page.show_person(pid)
    page.ui.tabs.setCurrentWidget(page.ui.payments_tab)
    return page


def select(page, payment_id) -> None:
    page.ui.payments_view.setCurrentIndex(page.payments.index(page.payments.row_of(payment_id), 0))


def dues(pid):
    return models.Person.get_by_id(pid).dues_paid_until


def voiding_with(reason):
    def exec_(dialog):
        dialog.ui.reason_edit.setText(reason)
        dialog.accept()
        return dialog.result()
    return exec_


def test_voiding_from_the_person_page_strikes_it_through_and_moves_the_dues(
        qtbot, db_path, town, monkeypatch, qtmodeltester):
    page = person_page(qtbot, db_path, town["ann"])
    assert not page.ui.void_payment_button.isEnabled()  # nothing chosen yet
    select(page, town["later"])
    assert page.ui.void_payment_button.isEnabled()
    monkeypatch.setattr(VoidPaymentDialog, "exec", voiding_with("Recorded twice"))
    page.ui.void_payment_button.click()
    assert dues(town["ann"]) == date(2027, 3, 1)
    assert page.ui.payments_dues_label.text() == "Dues are paid until Monday, March 1, 2027."
    row = page.payments.row_of(town["later"])
    assert all(page.payments.index(row, c).data(Qt.ItemDataRole.FontRole).strikeOut()
               for c in range(5))
    note = page.payments.index(row, 5)  # why, in italics, easy to read
    assert "Voided on 3/2/26 by Cole Coordinator: Recorded twice" in note.data()
    assert not note.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Recorded twice" in page.payments.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    others = [page.payments.index(r, 0).data(Qt.ItemDataRole.FontRole)
              for r in range(page.payments.rowCount()) if r != row]
    assert others == [None, None]
    assert not page.ui.void_payment_button.isEnabled()  # a voided one cannot be again
    qtmodeltester.check(page.payments)


def test_a_void_without_a_reason_stays_open_and_says_so(qtbot, db_path, town):
    context = make_context(db_path)
    line = next(p for p in payments.payments_of(town["ann"]) if p.id == town["own"])
    dialog = VoidPaymentDialog(context, lambda actor, values: payments.void_payment(
        actor, line.id, values["reason"]))
    qtbot.add_widget(dialog)
    dialog.load(line)
    assert "made on 3/2/26" in dialog.ui.payment_label.text()
    dialog.accept()
    assert dialog.changes is None and not dialog.ui.reason_error.isHidden()
    assert models.Payment.get_by_id(town["own"]).voided_at is None


def test_a_volunteer_may_not_void_or_correct(qtbot, db_path, town):
    page = person_page(qtbot, db_path, town["ann"], role="volunteer")
    select(page, town["own"])
    assert not page.ui.void_payment_button.isEnabled()
    assert not page.ui.correct_payment_button.isEnabled()
    assert "coordinators" in page.ui.void_payment_button.toolTip()
    assert page.payment_actions.void() is None
    assert models.Payment.get_by_id(town["own"]).voided_at is None


def test_correcting_from_the_person_page_keeps_the_old_one_struck_through(
        qtbot, db_path, town, monkeypatch):
    page = person_page(qtbot, db_path, town["ann"])
    select(page, town["own"])
    shown = {}

    def correct(dialog):
        shown["was"] = dialog.ui.payer_label.text()
        shown["amount"] = dialog.ui.amount_spin.value()
        dialog.ui.amount_spin.setValue(35)
        dialog.accept()  # no reason yet: refused, the dialog stays
        shown["error"] = dialog.ui.reason_error.text()
        dialog.ui.reason_edit.setText("Paid 35, not 30")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PaymentDialog, "exec", correct)
    page.ui.correct_payment_button.click()
    assert "Was: " in shown["was"] and shown["amount"] == 30
    assert shown["error"]
    lines = payments.payments_of(town["ann"])
    new = next(p for p in lines if p.corrects == town["own"])
    assert (new.amount_cents, new.period_start, new.period_end) == (
        3500, YEAR["period_start"], YEAR["period_end"])
    old = next(p for p in lines if p.id == town["own"])
    assert old.voided and old.void_reason == "Paid 35, not 30"
    assert page.payments.rowCount() == 4
    assert page.payments.index(page.payments.row_of(town["own"]), 0).data(
        Qt.ItemDataRole.FontRole).strikeOut()
    assert "Corrects a voided payment" in page.payments.index(
        page.payments.row_of(new.id), 5).data()


def test_the_household_page_voids_a_household_payment_for_every_member(
        qtbot, db_path, town, monkeypatch, qtmodeltester):
    context = make_context(db_path)
    page = HouseholdPage(context)
    context.bus.changed.connect(page.apply_changes)
    qtbot.add_widget(page)
    page.show_household(town["home"])
    select(page, town["shared"])
    assert dues(town["bo"]) == date(2027, 3, 1)
    monkeypatch.setattr(VoidPaymentDialog, "exec", voiding_with("Wrong household"))
    page.ui.void_payment_button.click()
    assert dues(town["bo"]) is None and dues(town["ann"]) == date(2028, 3, 1)
    assert page.payments.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    qtmodeltester.check(page.payments)


def test_enter_on_a_first_payment_of_nothing_is_refused(qtbot, db_path, town, actor):
    """Issue 15: Enter on the default amount recorded 0.00 for a year."""
    pid = people.create_person(actor, {"first_name": "Cy"}).id
    dialog = PaymentDialog(make_context(db_path), lambda a, v: payments.record_payment(
        a, {k: x for k, x in v.items() if k != "whole_household"} | {"person": pid}))
    qtbot.add_widget(dialog)
    dialog.load("Cy", None, payments.offer_for_person(pid, None, None))
    assert dialog.ui.amount_spin.value() == 20  # the association's dues, not 0.00
    dialog.ui.amount_spin.setValue(0)
    dialog.accept()
    assert dialog.changes is None
    assert "Free membership" in dialog.ui.amount_cents_error.text()
    assert not models.Payment.select().where(models.Payment.person == pid).exists()
    free = dialog.ui.method_combo.findData("free")
    assert dialog.ui.method_combo.itemText(free) == "Free membership"
    dialog.ui.method_combo.setCurrentIndex(free)
    assert not dialog.ui.amount_spin.isEnabled()
    dialog.accept()
    assert dialog.changes is not None and dues(pid) == date(2027, 3, 1)
    assert models.Payment.get_by_id(dialog.changes.id).method == "free"


def test_the_payment_table_names_a_free_membership(qtbot):
    assert payment_table.method_label("free") == "Free membership"


def test_the_delete_key_on_the_list_asks_to_void_the_chosen_payment(
        qtbot, db_path, town, monkeypatch):
    page = person_page(qtbot, db_path, town["ann"])
    with qtbot.wait_active(page):
        page.show()
        page.activateWindow()
    select(page, town["own"])
    page.ui.payments_view.setFocus()
    monkeypatch.setattr(VoidPaymentDialog, "exec", voiding_with("Cheque bounced"))
    qtbot.keyClick(page.ui.payments_view, Qt.Key.Key_Delete)
    assert models.Payment.get_by_id(town["own"]).void_reason == "Cheque bounced"
