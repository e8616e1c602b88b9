"""The subject-access export: every kind of row about a person in the JSON and the PDF,
audited, admins only; another neighbour's data stays out."""

from __future__ import annotations

import json
from datetime import datetime

import neighbour_data as nd
import pytest

from civicdesk.data import models
from civicdesk.reports import base
from civicdesk.reports.subject_access import SubjectAccessReport
from civicdesk.services import erasure, guard, payments, subject_access
from civicdesk.services.actors import Actor
from civicdesk.services.errors import NotFound, PermissionDenied

import report_helpers


@pytest.fixture
def neighbour(from_template) -> nd.Neighbour:
    return from_template(nd.build)


def _render(data) -> bytes:
    report = SubjectAccessReport(base.Letterhead("Maple Street Association",
                                                 datetime(2026, 3, 11, 9, 0)))
    report.invariant = True
    return report.render(data)


def test_the_json_holds_every_kind_of_row_about_them(db, neighbour):
    n = neighbour
    data = json.loads(subject_access.gather(nd.ADMIN, n.person).to_json())
    person = data["person"]
    assert (person["first_name"], person["email"], person["phone"]) == (
        nd.FIRST, nd.EMAIL, nd.PHONE)
    assert person["sensitive_notes"] == nd.SENSITIVE  # their own data
    assert (person["languages"], person["skills"]) == (["Tigrinya"], ["driving"])
    assert data["household"]["street"] == nd.STREET
    assert [(p["amount_cents"], p["paid_on"], p["note"]) for p in data["payments"]] == [
        (2500, "2026-01-05", nd.PAYMENT_NOTE)]
    assert [(s["event"], s["status"], s["minutes"]) for s in data["shifts"]] == [
        ("Food pantry", "attended", 180)]
    assert [(h["minutes"], h["worked_on"]) for h in data["adhoc_hours"]] == [(90, "2026-03-03")]
    assert data["minutes_total"] == 270
    made = {r["id"]: r for r in data["requests_made"]}
    assert set(made) == set(n.requests)
    assert made[n.requests[0]]["sensitive_notes"] == nd.SENSITIVE
    assert [line["note"] for line in made[n.requests[0]]["history"]] == ["", nd.HISTORY_NOTE]
    (helped,) = data["requests_helped"]
    assert helped["id"] == n.helped and [line["kind"] for line in helped["history"]] == [
        "assign"]
    assert "Olwen" not in json.dumps(helped)  # the other neighbour's request is theirs
    assert data["account"]["username"] == "zephyrine"
    assert "password_hash" not in data["account"]
    tables = {e["table"] for e in data["audit_entries"]}
    assert tables == {"person", "household", "payment", "assignment", "ad_hoc_hours",
                      "support_request", "user"}
    edit = [e for e in data["audit_entries"] if e["action"] == "update" and
            e["table"] == "person"][0]
    assert edit["changes"] == {"email": [nd.OLD_EMAIL, nd.EMAIL]}
    assert datetime.fromisoformat(data["generated_at"])  # ISO dates throughout


def test_the_export_is_audited_without_personal_values(db, neighbour):
    subject_access.gather(nd.ADMIN, neighbour.person)
    entry = models.AuditEntry.select().order_by(models.AuditEntry.id.desc()).get()
    assert (entry.action, entry.actor, entry.table_name, entry.row_id) == (
        "subject_access", "Tess Tester", "person", neighbour.person)
    assert entry.changes["sections"][1]["payments"] == 1
    assert nd.FIRST not in json.dumps(entry.changes)


def test_the_pdf_shows_the_name_a_payment_and_a_history_line(db, neighbour):
    pdf = _render(subject_access.gather(nd.ADMIN, neighbour.person))
    text = " ".join(report_helpers.text(pdf).split())
    assert "Everything we hold about a person" in text
    assert f"{nd.FIRST} {nd.LAST}" in text
    assert "1/5/26 $25.00" in text and nd.PAYMENT_NOTE in text
    assert nd.HISTORY_NOTE in text
    assert nd.SENSITIVE in text
    assert "Audit log entries about them" in text and nd.OLD_EMAIL in text


def test_an_erased_person_exports_what_is_left(db, neighbour):
    erasure.erase_person(nd.ADMIN, neighbour.person)
    data = subject_access.gather(nd.ADMIN, neighbour.person)
    assert data.name == f"Erased #{neighbour.person}"
    assert nd.FIRST not in data.to_json()
    assert "Erased #" in report_helpers.text(_render(data))


@pytest.mark.parametrize("role", ["coordinator", "volunteer"])
def test_only_an_admin_may_export(db, neighbour, role):
    with pytest.raises(PermissionDenied, match="not allowed to export everything"):
        subject_access.gather(Actor("Someone", role), neighbour.person)
    actions = [e.action for e in models.AuditEntry.select().where(
        models.AuditEntry.actor == "Someone")]
    assert actions == [guard.REFUSED]


def test_exporting_someone_not_on_file_is_refused(db, actor):
    with pytest.raises(NotFound, match="no longer exists"):
        subject_access.gather(actor, 999)


def test_a_voided_payment_says_so_in_the_export(db, neighbour):
    payments.void_payment(nd.ADMIN, neighbour.payment, "Recorded twice")
    data = subject_access.gather(nd.ADMIN, neighbour.person)
    (row,) = data.payments
    assert row["void_reason"] == "Recorded twice" and row["voided_at"]
    text = " ".join(report_helpers.text(_render(data)).split())
    assert "VOIDED on" in text and "Recorded twice" in text


def test_the_pdf_prints_times_in_the_associations_zone(db, neighbour, actor):
    """The shift started at 09:00 UTC: 10:00 in Paris, where this association is."""
    from civicdesk.services import preferences

    preferences.update_setting(actor, "timezone", "Europe/Paris")
    data = subject_access.gather(nd.ADMIN, neighbour.person)
    text = " ".join(report_helpers.text(_render(data)).split())
    assert "3/2/26 10:00 AM" in text and "3/2/26 9:00 AM" not in text
    assert "1/5/26 $25.00" in text  # a date stays the date it is
