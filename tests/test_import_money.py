"""Dues payments in the people import (#14): amounts in every way people write them, the
decimal mark found from the file's other amounts or asked, each bad amount a problem with
its row, column and value, the payment recorded by the payments service's rules within the
import (dues paid until recomputed) and undone with it; and what CiviCRM's groups and
Do Not Mail/Sms and Wild Apricot's levels become."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from test_import_people import CIVICRM_HEADER, WA_HEADER, civicrm_row, write_csv

from civicdesk.data import models
from civicdesk.exchange import mapping, people_import, presets, tables
from civicdesk.services import imports, member_list, payments, people

from conftest import db_folder


@pytest.mark.parametrize(("text", "cents"), [
    ("12,50", 1250), ("1.234,50", 123450), ("1 234,50", 123450), ("$12.50", 1250),
    ("€ 12,50", 1250), ("12.50", 1250), ("1,234.50", 123450), ("12", 1200), ("12,5", 1250),
    ("12,50 €", 1250), ("CAD 1 000", 100000), ("1\u00a0234,50", 123450),
    ("CHF 1'234.50", 123450), ("1.234.567", 123456700), ("R$ 12,50", 1250), ("0,00", 0),
])
def test_an_amount_is_read_as_written(text, cents):
    assert mapping.parse_money(text, None) == cents


@pytest.mark.parametrize("text", ["douze", "12,50,3", "1,23,4", ",5", "5,", "1.5.6",
                                  "12.345,678", "12/50"])
def test_what_is_not_an_amount_is_a_problem(text):
    with pytest.raises(mapping.CellProblem):
        mapping.parse_money(text, ",")


def test_1_234_is_read_with_the_files_decimal_mark():
    assert mapping.parse_money("1.234", ",") == 123400  # a thousands point
    assert mapping.parse_money("1,234", ".") == 123400
    with pytest.raises(mapping.CellProblem, match="more than two decimals"):
        mapping.parse_money("1,234", ",")  # 1 and 234 thousandths of a euro: not money
    assert mapping.detect_decimal_mark(["1.234", "12,50", "7"]) == ","
    assert mapping.detect_decimal_mark(["1,234", "$12.50"]) == "."
    assert mapping.detect_decimal_mark(["1,234", "20"]) is None


def _tmp(db) -> Path:
    return db_folder()


HEADER = ["Prénom", "Nom", "Courriel", "Cotisation", "Payé le"]


def dues_file(folder: Path, rows: list[list[str]], name: str = "cotisations.csv") -> Path:
    return write_csv(folder / name, HEADER, rows, delimiter=";", encoding="cp1252")


def preview(path: Path, *maps: str, mark: str | None = None, preset: str = "generic"):
    table = tables.read_table(path)
    found = presets.mapping_for(table, preset).with_columns(list(maps))
    found.decimal_mark = mark or found.decimal_mark
    return people_import.preview(table, found)


def test_a_dues_column_records_payments_and_undo_removes_them(db, actor, clock):
    clock.pin(datetime(2026, 6, 1, 12))
    path = dues_file(_tmp(db), [
        ["Zoé", "Müller", "zoe@example.org", "1.234,50", "15/03/2026"],
        ["Luc", "Roy", "luc@example.org", "€ 25,00", "02/04/2026"],
        ["Ana", "Alves", "ana@example.org", "", ""],  # no payment: still imported
        ["Cy", "Cole", "cy@example.org", "0,00", "02/04/2026"],
        ["Di", "Dunn", "di@example.org", "douze", "02/04/2026"],
        ["Ed", "Eng", "ed@example.org", "12,50", ""],
    ])
    shown = preview(path)
    assert shown.mapping.columns["Cotisation"] == "dues_amount"
    assert shown.mapping.columns["Payé le"] == "dues_paid_on"
    assert (shown.decimal_mark, shown.date_order) == (",", "dmy")
    assert shown.counts == {"create": 3, "update": 0, "unchanged": 0, "problem": 3}
    problems = {(p.row, p.column, p.value): p.reason for p in shown.problems}
    assert set(problems) == {(5, "Cotisation", "0.00"), (6, "Cotisation", "douze"),
                             (7, "Payé le", "")}
    assert "Free membership" in problems[(5, "Cotisation", "0.00")]  # the payment form's rule
    assert "not an amount" in problems[(6, "Cotisation", "douze")]
    assert "the day it was paid" in problems[(7, "Payé le", "")]

    done = imports.import_people(actor, shown.plan)
    assert (done.created, done.payments) == (3, 2)
    zoe = models.Person.get(models.Person.first_name == "Zoé")
    [paid] = payments.payments_of(zoe.id)
    assert (paid.amount_cents, paid.paid_on, paid.period_start, paid.period_end,
            paid.method) == (123450, date(2026, 3, 15), date(2026, 3, 15),
                             date(2027, 3, 14), "other")  # a year, as the form proposes
    assert zoe.dues_paid_until == date(2027, 3, 14)  # the dues rule ran
    entry = models.AuditEntry.select().where(models.AuditEntry.action == "import").get()
    assert entry.changes["created"]["payment"] == [[paid.id, paid.id + 1]]
    assert entry.changes["counts"]["payments"] == 2
    assert models.AuditEntry.select().where(models.AuditEntry.table_name == "payment").count() \
        == 0  # the import's one entry lists them

    undone = imports.undo_import(actor, done.batch_id)
    assert (undone.removed, undone.payments) == (3, 2)
    assert models.Payment.select().count() == 0 and models.Person.select().count() == 0


def test_a_period_or_a_renewal_date_says_what_the_payment_covers(db, actor):
    header = ["First name", "Last name", "Amount", "Paid on", "Paid until", "Renewal due"]
    path = write_csv(_tmp(db) / "dues.csv", header, [
        ["Ann", "Lee", "$40.00", "2026-01-10", "2026-12-31", ""],
        ["Bob", "Ray", "40", "2026-01-10", "", "2027-01-31"],
        ["Cat", "Fox", "40", "2026-01-10", "2025-12-31", ""],  # last year's, paid late
        ["Dan", "Orr", "40", "2026-01-10", "2026-02-30", ""],
    ])
    shown = preview(path)
    assert shown.mapping.columns["Paid until"] == "dues_until"
    [problem] = shown.problems
    assert (problem.row, problem.column, problem.value) == (5, "Paid until", "2026-02-30")
    imports.import_people(actor, shown.plan)
    covers = {p.first_name: (p.payments[0].period_start, p.payments[0].period_end,
                             p.dues_paid_until) for p in models.Person.select()}
    assert covers == {
        "Ann": (date(2026, 1, 1), date(2026, 12, 31), date(2026, 12, 31)),
        "Bob": (date(2026, 1, 10), date(2027, 1, 31), date(2027, 1, 31)),
        "Cat": (date(2025, 1, 1), date(2025, 12, 31), date(2025, 12, 31))}


def test_amounts_that_read_two_ways_are_asked_about(db, actor):
    path = dues_file(_tmp(db), [["Zoé", "Müller", "", "1.200", "15/03/2026"],
                                ["Luc", "Roy", "", "20", "16/03/2026"]])
    with pytest.raises(people_import.MoneyFormatNeeded) as asked:
        preview(path)
    assert (asked.value.column, asked.value.example) == ("Cotisation", "1.200")
    assert "--decimal-mark" in str(asked.value)
    shown = preview(path, mark=",")
    assert [p.values["amount_cents"] for p in shown.plan.payments] == [120000, 2000]
    shown = preview(path, mark=".")
    assert [(p.row, p.value) for p in shown.problems] == [(2, "1.200")]


def test_a_matched_person_gets_the_payment_once(db, actor, clock):
    clock.pin(datetime(2026, 6, 1, 12))
    pid = people.create_person(actor, {"first_name": "Zoé", "last_name": "Müller",
                                       "email": "zoe@example.org"}).id
    path = dues_file(_tmp(db), [["Zoé", "Müller", "ZOE@example.org", "25,00", "15/03/2026"]])
    shown = preview(path)
    [row] = shown.rows
    assert (row.action, row.person_id, row.matched_by) == ("update", pid, "email")
    assert row.changes == {"dues_amount": (None, "$25.00 (3/15/26, 3/15/26 \u2013 3/14/27)")}
    done = imports.import_people(actor, shown.plan)
    assert (done.created, done.changed, done.payments) == (0, 0, 1)
    assert models.Person.get_by_id(pid).dues_paid_until == date(2027, 3, 14)
    again = preview(path)  # the same file again: the payment is on file already
    assert again.counts["unchanged"] == 1 and not again.plan.payments

    # a payment voided since is the treasurer's: undo keeps it, and the person it is for
    [paid] = payments.payments_of(pid)
    payments.void_payment(actor, paid.id, "counted twice")
    undone = imports.undo_import(actor, done.batch_id)
    assert [(k.table, k.row_id) for k in undone.kept] == [("payment", paid.id)]
    assert models.Payment.get_by_id(paid.id).voided_at is not None


def test_undo_gives_back_the_dues_paid_until_of_before(db, actor, clock):
    clock.pin(datetime(2026, 6, 1, 12))
    pid = people.create_person(actor, {"first_name": "Zoé", "last_name": "Müller",
                                       "email": "zoe@example.org"}).id
    payments.record_payment(actor, {"person": pid, "amount_cents": 2000,
                                    "paid_on": date(2025, 3, 1),
                                    "period_start": date(2025, 3, 1),
                                    "period_end": date(2026, 2, 28)})
    path = dues_file(_tmp(db), [["Zoé", "Müller", "zoe@example.org", "25", "15/03/2026"]])
    done = imports.import_people(actor, preview(path).plan)
    assert models.Person.get_by_id(pid).dues_paid_until == date(2027, 3, 14)
    imports.undo_import(actor, done.batch_id)
    assert models.Person.get_by_id(pid).dues_paid_until == date(2026, 2, 28)
    assert models.Payment.select().count() == 1


def test_the_decimal_mark_is_kept_in_a_saved_preset(db, actor):
    path = dues_file(_tmp(db), [["Zoé", "Müller", "", "1.200", "15/03/2026"]])
    table = tables.read_table(path)
    found = presets.mapping_for(table)
    found.decimal_mark = ","
    imports.save_preset(actor, "cotisations", presets.as_saved(found))
    assert presets.mapping_for(table, "cotisations").decimal_mark == ","


def test_civicrm_groups_and_do_not_mail_or_sms_are_kept_as_interests(db, actor):
    rows = [civicrm_row(**{"Contact ID": "201", "First Name": "Zoé", "Last Name": "Müller",
                           "Do Not Mail": "1", "Do Not Sms": "0",
                           "Group(s)": "Newsletter Subscribers, Volunteers",
                           "Membership Type": "Student"}),
            civicrm_row(**{"Contact ID": "202", "First Name": "Luc", "Last Name": "Roy",
                           "Do Not Mail": "0", "Do Not Sms": "Yes", "Group(s)": "Volunteers"}),
            civicrm_row(**{"Contact ID": "203", "First Name": "Ana", "Last Name": "Ng",
                           "Do Not Mail": "peut-être"})]
    path = write_csv(_tmp(db) / "civicrm.csv", CIVICRM_HEADER, rows)
    shown = preview(path, preset="civicrm")
    assert [(p.row, p.column, p.value) for p in shown.problems] == [(4, "Do Not Mail",
                                                                     "peut-être")]
    imports.import_people(actor, shown.plan)
    lists = {p.first_name: people.get_person(actor, p.id).interests
             for p in models.Person.select()}
    assert lists == {"Zoé": ["do not mail", "level: student", "newsletter subscribers",
                             "volunteers"],
                     "Luc": ["do not sms", "volunteers"]}
    # the members list's tag filter finds them: a mailing can leave them out
    found = member_list.MemberQuery(member_list.MemberFilter(skill="do not mail")).rows(0, 20)
    assert [r.id for r in found] == [models.Person.get(models.Person.first_name == "Zoé").id]


def test_wild_apricot_levels_are_kept_and_the_balance_is_not_a_payment(db, actor):
    header = [*WA_HEADER, "Balance"]
    rows = [["6001", "Eve", "Stone", "", "eve@example.org", "", "", "", "", "", "no", "yes",
             "yes", "Family", "Active", "", "", "", "", "35.00"],
            ["6002", "Max", "Stone", "", "max@example.org", "", "", "", "", "", "no", "yes",
             "yes", "Honorary", "Active", "", "", "", "", "0"]]
    path = write_csv(_tmp(db) / "wa.csv", header, rows)
    shown = preview(path, preset="wildapricot")
    assert shown.mapping.columns["Balance"] is None and not shown.plan.payments
    imports.import_people(actor, shown.plan)
    eve, max_ = (models.Person.get(models.Person.first_name == n) for n in ("Eve", "Max"))
    assert people.get_person(actor, eve.id).interests == ["level: family"]
    assert (max_.membership_status, people.get_person(actor, max_.id).interests) == (
        "honorary", ["level: honorary"])
    assert models.Payment.select().count() == 0


def test_a_payment_without_a_period_covers_the_associations_dues_period(db, actor):
    from civicdesk.services import preferences

    preferences.update_setting(actor, "dues_period_months", 6)
    path = write_csv(_tmp(db) / "dues.csv", ["First name", "Last name", "Amount", "Paid on"],
                     [["Ann", "Lee", "40", "2026-01-31"]])
    imports.import_people(actor, preview(path).plan)
    [paid] = payments.payments_of(models.Person.get(models.Person.first_name == "Ann").id)
    assert (paid.period_start, paid.period_end) == (date(2026, 1, 31), date(2026, 7, 30))
