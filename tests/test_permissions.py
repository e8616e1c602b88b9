"""Who may call what: every service function that takes an acting user, for every role.

The table below has one real call per service function (and per case in which a function
checks a further permission itself, `guard.CONDITIONS`). For each role the call either
works, or is refused with `PermissionDenied`, leaves every row as it was, and is itself in
the audit log as a "refused" entry. A service function added without an entry here fails
`test_every_guarded_service_is_in_the_table`; the README's table of roles is checked
against the same declarations.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import peewee as pw
import pytest

from civicdesk import clock
from civicdesk.data import address, database, models
from civicdesk.services import (
    accounts,
    actors,
    audit_log,
    data_folder,
    erasure,
    export_lists,
    exports,
    guard,
    hours,
    imports,
    matching,
    payments,
    people,
    person_view,
    preferences,
    report_data,
    requests,
    retention,
    series,
    shifts,
    storage,
    subject_access,
)
from civicdesk.services.actors import Actor
from civicdesk.services.errors import PermissionDenied

from conftest import db_location

ROOT = Path(__file__).resolve().parent.parent
PAST = date(2026, 5, 4)
START = datetime(2026, 6, 10, 13, tzinfo=UTC)
PINS = {"admin": "1111", "coordinator": "2222", "volunteer": "3333"}
ROLES = tuple(PINS)


def _town() -> dict:
    first = accounts.create_first_admin("Ada Admin", PINS["admin"])
    for role, name in (("coordinator", "Cole Coordinator"), ("volunteer", "Vi Volunteer")):
        accounts.add_user(first, {"username": name, "role": role}, PINS[role])
    extra = accounts.add_user(first, {"username": "Extra Helper"}, "5555").id
    home = people.create_household(first, {"name": "Lee family", "street": "1 Elm St"}).id
    ann = people.create_person(first, {"first_name": "Ann", "last_name": "Lee",
                                       "household": home, "is_volunteer": True}).id
    bob = people.create_person(first, {"first_name": "Bob", "last_name": "Stone"}).id
    event = shifts.create_event(first, {"name": "Food pantry"}).id
    shift = shifts.create_shift(first, {"event": event, "starts_at": START, "capacity": 4,
                                        "ends_at": START + timedelta(hours=3)}).id
    overlapping = shifts.create_shift(first, {
        "event": event, "starts_at": START + timedelta(hours=1), "capacity": 4,
        "ends_at": START + timedelta(hours=2)}).id
    signup = shifts.assign(first, shift, ann).id
    given = hours.log_hours(first, {"person": ann, "worked_on": PAST, "minutes": 90,
                                    "note": "Flyers"}).id
    category = models.RequestCategory.select().first().id
    request = requests.create_request(first, {"requester": bob, "category": category,
                                              "summary": "Groceries"}).id
    clock.pin(datetime(2026, 1, 5, 12))  # a request finished long ago, with private notes
    old = requests.create_request(first, {"requester": bob, "category": category,
                                          "summary": "Paperwork",
                                          "sensitive_notes": "Debts, see the letter."}).id
    requests.move(first, old, models.SupportRequest.get_by_id(old).version, "cancelled", "Done")
    clock.pin(datetime(2026, 6, 1, 12))
    rule = series.create_series(first, {"event": event, "weekdays": ["0"], "capacity": 2,
                                        "start_time": "09:00", "end_time": "12:00",
                                        "starts_on": PAST, "occurrences": 3}).changes.id
    batch = imports.import_people(first, _plan("Imported")).batch_id
    paid = payments.record_payment(first, PAYMENT | {"person": ann}).id
    return {"batch": batch, "home": home, "ann": ann, "bob": bob, "event": event, "shift": shift,
            "overlapping": overlapping, "signup": signup, "hours": given,
            "category": category, "request": request, "series": rule, "extra": extra,
            "payment": paid}


def _v(model, row_id: int) -> int:
    return model.get_by_id(row_id).version


def _restore(t: dict, a: Actor):
    made = storage.back_up().backup.path
    path = db_location()
    if isinstance(path, address.ServerAddress):  # allowed, but a server's is moved (#17)
        if a.can(actors.RESTORE_BACKUP):
            with pytest.raises(storage.OnlyFilesAreRestored):
                storage.restore(a, path, made)
            return None
        return storage.restore(a, path, made)
    if a.can(actors.RESTORE_BACKUP):  # the window closes the file first, once allowed
        database.close_database(models.database.obj)
    return storage.restore(a, path, made)


def _plan(name: str) -> imports.ImportPlan:
    return imports.ImportPlan("people.csv", creates=[imports.NewPerson(2, {"first_name": name})])


PAYMENT = {"amount_cents": 2500, "paid_on": PAST, "period_start": PAST,
           "period_end": PAST + timedelta(days=364)}

CALLS = {
    "accounts.add_user": lambda t, a: accounts.add_user(
        a, {"username": "Newcomer", "role": "volunteer"}, "2468"),
    "accounts.reset_secret": lambda t, a: accounts.reset_secret(a, t["extra"], "8642"),
    "accounts.change_own_secret": lambda t, a: accounts.change_own_secret(
        a, PINS[a.role], "97531"),
    "accounts.set_active": lambda t, a: accounts.set_active(a, t["extra"], False),
    "accounts.update_user": lambda t, a: accounts.update_user(
        a, t["extra"], {"role": "coordinator"}),
    "accounts.user_for": lambda t, a: accounts.user_for(a),
    "audit_log.open_log": lambda t, a: audit_log.open_log(
        a, audit_log.AuditFilter(person_id=t["ann"])),
    "audit_log.trail": lambda t, a: audit_log.trail(a, audit_log.AuditFilter(), limit=5),
    "erasure.erase_person": lambda t, a: erasure.erase_person(a, t["bob"]),
    "exports.export_list": lambda t, a: exports.export_list(
        a, export_lists.people(), t["out"] / "people.csv"),
    "exports.export_list[audit log]": lambda t, a: exports.export_list(
        a, export_lists.audit(audit_log.AuditQuery()), t["out"] / "audit.xlsx"),
    "exports.export_all": lambda t, a: exports.export_all(a, t["out"] / "all.zip"),
    "exports.export_all[sensitive notes]": lambda t, a: exports.export_all(
        a, t["out"] / "all.zip", include_sensitive=True),
    # the town is not empty: an allowed call gets as far as NotEmpty (nothing written)
    "exports.import_all": lambda t, a: pytest.raises(exports.NotEmpty, exports.import_all,
                                                     a, t["out"] / "missing.zip"),
    "hours.log_hours": lambda t, a: hours.log_hours(
        a, {"person": t["ann"], "worked_on": PAST, "minutes": 30, "note": "Sorting"}),
    "hours.remove_hours": lambda t, a: hours.remove_hours(a, t["hours"]),
    "hours.update_hours": lambda t, a: hours.update_hours(a, t["hours"], {"minutes": 45}),
    "imports.import_people": lambda t, a: imports.import_people(a, _plan("Ivy")),
    "imports.import_signups": lambda t, a: imports.import_signups(
        a, imports.SignupPlan("signups.csv", people=[{"first_name": "Sid"}])),
    "imports.undo_import": lambda t, a: imports.undo_import(a, t["batch"]),
    "imports.list_imports": lambda t, a: imports.list_imports(a),
    "imports.save_preset": lambda t, a: imports.save_preset(
        a, "Our sheet", {"columns": {"Nom": "last_name"}}),
    "matching.assign_suggested": lambda t, a: matching.assign_suggested(
        a, t["request"], _v(models.SupportRequest, t["request"]), t["ann"]),
    "payments.record_payment": lambda t, a: payments.record_payment(
        a, PAYMENT | {"person": t["ann"]}),
    "payments.void_payment": lambda t, a: payments.void_payment(a, t["payment"], "Twice"),
    "payments.correct_payment": lambda t, a: payments.correct_payment(
        a, t["payment"], "Amount", PAYMENT | {"person": t["ann"], "amount_cents": 3000}),
    "people.get_person": lambda t, a: people.get_person(a, t["ann"]),
    "people.create_person": lambda t, a: people.create_person(a, {"first_name": "Cy"}),
    "people.create_person[sensitive notes]": lambda t, a: people.create_person(
        a, {"first_name": "Cy", "sensitive_notes": "Do not call after 6 pm."}),
    "people.update_person": lambda t, a: people.update_person(
        a, t["ann"], _v(models.Person, t["ann"]), {"phone": "555 123 4567"}),
    "people.update_person[sensitive notes]": lambda t, a: people.update_person(
        a, t["ann"], _v(models.Person, t["ann"]), {"sensitive_notes": "Moved out."}),
    "people.set_archived": lambda t, a: people.set_archived(
        a, t["bob"], _v(models.Person, t["bob"]), True),
    "people.create_household": lambda t, a: people.create_household(a, {"name": "Diaz"}),
    "people.update_household": lambda t, a: people.update_household(
        a, t["home"], _v(models.Household, t["home"]), {"city": "Springfield"}),
    "people.set_household_archived": lambda t, a: people.set_household_archived(
        a, t["home"], _v(models.Household, t["home"]), True),
    "person_view.person_view": lambda t, a: person_view.person_view(a, t["ann"]),
    "preferences.update_setting": lambda t, a: preferences.update_setting(
        a, "association_name", "Elm Street Neighbours"),
    # back to the default folder: writes no file (the pointer stays absent), only the audit
    "data_folder.choose": lambda t, a: data_folder.choose(a, None),
    "preferences.update_settings": lambda t, a: preferences.update_settings(
        a, {"association_name": "Elm Street Neighbours", "currency": "CAD"}),
    "preferences.answer_demo_offer": lambda t, a: preferences.answer_demo_offer(a),
    "retention.due": lambda t, a: retention.due(a, 1),
    "retention.purge": lambda t, a: retention.purge(a, 1),
    "report_data.roster": lambda t, a: report_data.roster(a),
    "report_data.renewals": lambda t, a: report_data.renewals(a, 30, PAST),
    "report_data.labels": lambda t, a: report_data.labels(a),
    "requests.create_request": lambda t, a: requests.create_request(
        a, {"requester": t["bob"], "category": t["category"], "summary": "A ride"}),
    "requests.create_request[sensitive notes]": lambda t, a: requests.create_request(
        a, {"requester": t["bob"], "category": t["category"], "summary": "A ride",
            "sensitive_notes": "Recently out of hospital."}),
    "requests.create_for_new_neighbour": lambda t, a: requests.create_for_new_neighbour(
        a, {"first_name": "Dee", "phone": "555 987 6543"},
        {"category": t["category"], "summary": "Repairs"}),
    "requests.create_for_new_neighbour[sensitive notes]":
        lambda t, a: requests.create_for_new_neighbour(
            a, {"first_name": "Dee", "phone": "555 987 6543"},
            {"category": t["category"], "summary": "Repairs", "sensitive_notes": "Tenant."}),
    "requests.update_request": lambda t, a: requests.update_request(
        a, t["request"], _v(models.SupportRequest, t["request"]), {"summary": "Shopping"}),
    "requests.update_request[sensitive notes]": lambda t, a: requests.update_request(
        a, t["request"], _v(models.SupportRequest, t["request"]),
        {"sensitive_notes": "Lives alone."}),
    "requests.assign": lambda t, a: requests.assign(
        a, t["request"], _v(models.SupportRequest, t["request"]), t["ann"]),
    "requests.move": lambda t, a: requests.move(
        a, t["request"], _v(models.SupportRequest, t["request"]), "cancelled", "Sorted."),
    "requests.set_follow_up": lambda t, a: requests.set_follow_up(
        a, t["request"], _v(models.SupportRequest, t["request"]), PAST + timedelta(days=60)),
    "requests.add_note": lambda t, a: requests.add_note(a, t["request"], "Called back."),
    "requests.get_request": lambda t, a: requests.get_request(a, t["request"]),
    "requests.get_request[sensitive notes]": lambda t, a: requests.get_request(
        a, t["request"], include_sensitive=True),
    "series.create_series": lambda t, a: series.create_series(
        a, {"event": t["event"], "weekdays": ["2"], "capacity": 2, "start_time": "10:00",
            "end_time": "11:00", "starts_on": PAST, "occurrences": 2}),
    "series.generate": lambda t, a: series.generate(a, t["series"]),
    "series.update_series": lambda t, a: series.update_series(
        a, t["series"], _v(models.ShiftSeries, t["series"]), {"capacity": 3}),
    "shifts.create_event": lambda t, a: shifts.create_event(a, {"name": "Clean-up"}),
    "shifts.update_event": lambda t, a: shifts.update_event(
        a, t["event"], _v(models.Event, t["event"]), {"location": "Hall"}),
    "shifts.set_event_archived": lambda t, a: shifts.set_event_archived(
        a, t["event"], _v(models.Event, t["event"]), True),
    "shifts.create_shift": lambda t, a: shifts.create_shift(
        a, {"event": t["event"], "starts_at": START + timedelta(days=1), "capacity": 2,
            "ends_at": START + timedelta(days=1, hours=2)}),
    "shifts.update_shift": lambda t, a: shifts.update_shift(
        a, t["shift"], _v(models.Shift, t["shift"]), {"capacity": 6}),
    "shifts.cancel_shift": lambda t, a: shifts.cancel_shift(
        a, t["shift"], _v(models.Shift, t["shift"]), "Rain"),
    "shifts.assign": lambda t, a: shifts.assign(a, t["shift"], t["bob"]),
    "shifts.assign[overlap override]": lambda t, a: shifts.assign(
        a, t["overlapping"], t["ann"], override_reason="Covers both"),
    "shifts.update_assignment": lambda t, a: shifts.update_assignment(
        a, t["signup"], _v(models.Assignment, t["signup"]), {"status": "confirmed"}),
    "shifts.mark_attendance": lambda t, a: shifts.mark_attendance(
        a, t["shift"], "attended", now=START + timedelta(hours=4)),
    "shifts.record_call": lambda t, a: shifts.record_call(
        a, t["signup"], _v(models.Assignment, t["signup"]), "confirmed"),
    "storage.restore": _restore,
    "subject_access.gather": lambda t, a: subject_access.gather(a, t["ann"]),
}


EXPECTED = {  # what each case needs (None: every role): the policy, written out
    "accounts.add_user": actors.MANAGE_ACCOUNTS,
    "accounts.change_own_secret": None,
    "accounts.reset_secret": actors.MANAGE_ACCOUNTS,
    "accounts.set_active": actors.MANAGE_ACCOUNTS,
    "accounts.update_user": actors.MANAGE_ACCOUNTS,
    "accounts.user_for": None,
    "audit_log.open_log": actors.VIEW_AUDIT,
    "audit_log.trail": actors.VIEW_AUDIT,
    "erasure.erase_person": actors.ERASE,
    "exports.export_list": actors.BULK_EXPORT,
    "exports.export_list[audit log]": actors.VIEW_AUDIT,
    "exports.export_all": actors.BULK_EXPORT,
    "exports.export_all[sensitive notes]": actors.EXPORT_SENSITIVE,
    "exports.import_all": actors.RESTORE_BACKUP,
    "hours.log_hours": None,
    "hours.remove_hours": actors.MANAGE_SHIFTS,
    "hours.update_hours": actors.MANAGE_SHIFTS,
    "imports.import_people": actors.IMPORT,
    "imports.import_signups": actors.IMPORT,
    "imports.list_imports": actors.IMPORT,
    "imports.save_preset": actors.IMPORT,
    "imports.undo_import": actors.IMPORT,
    "matching.assign_suggested": None,
    "payments.record_payment": None,
    "payments.void_payment": actors.VOID_PAYMENTS,
    "payments.correct_payment": actors.VOID_PAYMENTS,
    "people.create_household": None,
    "people.create_person": None,
    "people.create_person[sensitive notes]": actors.VIEW_SENSITIVE,
    "people.get_person": None,
    "people.set_archived": actors.ARCHIVE,
    "people.set_household_archived": actors.ARCHIVE,
    "people.update_household": None,
    "people.update_person": None,
    "people.update_person[sensitive notes]": actors.VIEW_SENSITIVE,
    "person_view.person_view": None,
    "preferences.answer_demo_offer": None,
    "preferences.update_setting": actors.MANAGE_SETTINGS,
    "preferences.update_settings": actors.MANAGE_SETTINGS,
    "retention.due": actors.ERASE,
    "retention.purge": actors.ERASE,
    "data_folder.choose": actors.MANAGE_SETTINGS,
    "report_data.labels": actors.BULK_EXPORT,
    "report_data.renewals": actors.BULK_EXPORT,
    "report_data.roster": actors.BULK_EXPORT,
    "requests.add_note": None,
    "requests.assign": None,
    "requests.create_for_new_neighbour": None,
    "requests.create_for_new_neighbour[sensitive notes]": actors.VIEW_SENSITIVE,
    "requests.create_request": None,
    "requests.create_request[sensitive notes]": actors.VIEW_SENSITIVE,
    "requests.get_request": None,
    "requests.get_request[sensitive notes]": actors.VIEW_SENSITIVE,
    "requests.move": None,
    "requests.set_follow_up": None,
    "requests.update_request": None,
    "requests.update_request[sensitive notes]": actors.VIEW_SENSITIVE,
    "series.create_series": actors.MANAGE_SHIFTS,
    "series.generate": actors.MANAGE_SHIFTS,
    "series.update_series": actors.MANAGE_SHIFTS,
    "shifts.assign": None,
    "shifts.assign[overlap override]": actors.OVERRIDE_OVERLAP,
    "shifts.cancel_shift": actors.MANAGE_SHIFTS,
    "shifts.create_event": actors.MANAGE_SHIFTS,
    "shifts.create_shift": actors.MANAGE_SHIFTS,
    "shifts.mark_attendance": None,
    "shifts.record_call": None,
    "shifts.set_event_archived": actors.MANAGE_SHIFTS,
    "shifts.update_assignment": None,
    "shifts.update_event": actors.MANAGE_SHIFTS,
    "shifts.update_shift": actors.MANAGE_SHIFTS,
    "storage.restore": actors.RESTORE_BACKUP,
    "subject_access.gather": actors.SUBJECT_ACCESS,
}


READS = {"accounts.user_for", "audit_log.open_log", "audit_log.trail", "imports.list_imports",
         "people.get_person",
         "person_view.person_view", "report_data.roster", "report_data.renewals",
         "report_data.labels", "requests.get_request", "retention.due"}


NOTHING_TO_DO = {"series.generate", "exports.import_all"}  # every shift of the rule exists: nothing is written


def _last_entry() -> int:
    return models.AuditEntry.select(pw.fn.MAX(models.AuditEntry.id)).scalar() or 0


def needed(case: str) -> str | None:
    """The permission a case of the table needs, from the services' own declarations."""
    name, _, condition = case.partition("[")
    if condition:
        return guard.CONDITIONS[name][condition.rstrip("]")]
    return guard.REGISTRY[name]


def test_the_services_declare_the_policy():
    assert {case: needed(case) for case in CALLS} == EXPECTED


def test_every_guarded_service_is_in_the_table():
    cases = {case.partition("[")[0] for case in CALLS}
    conditions = {f"{name}[{case}]" for name, found in guard.CONDITIONS.items()
                  for case in found}
    assert set(guard.REGISTRY) == cases
    assert conditions <= set(CALLS)


def test_every_service_function_that_takes_an_actor_is_guarded():
    """A public function of civicdesk/services whose first argument is `actor` is a use
    case: it must say who may call it (rows and audit are the mechanism, not use cases)."""
    import ast
    found = []
    for path in sorted((ROOT / "civicdesk" / "services").glob("*.py")):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") \
                    and node.args.args and node.args.args[0].arg == "actor" \
                    and not any("allowed" in ast.unparse(d) for d in node.decorator_list):
                found.append(f"{path.stem}.{node.name}")
    assert found == ["audit.record", "guard.record_refusal", "people.make_record",
                     "rows.create_row", "rows.update_row"]


def _snapshot() -> dict:
    """Every row of every table but the audit log (and the logins' own bookkeeping)."""
    return {model.__name__: sorted(model.select().tuples())
            for model in models.ALL_MODELS if model not in (models.AuditEntry, models.User)}


@pytest.fixture
def town(from_template, clock, tmp_path):
    clock.pin(datetime(2026, 6, 1, 12))
    return from_template(_town) | {"out": tmp_path}


def _login(role: str) -> Actor:
    name = {"admin": "Ada Admin", "coordinator": "Cole Coordinator",
            "volunteer": "Vi Volunteer"}[role]
    return accounts.login(name, PINS[role])


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", sorted(CALLS))
def test_each_role_may_or_may_not(town, case, role):
    acting = _login(role)
    permission = EXPECTED[case]
    if permission is None or acting.can(permission):
        last = _last_entry()
        CALLS[case](town, acting)  # works: no PermissionDenied, no other refusal
        if case.startswith("storage.restore"):
            return  # its entry is in the restored file (tests/test_backups.py)
        made = list(models.AuditEntry.select().where(models.AuditEntry.id > last))
        if case.partition("[")[0] in READS or case in NOTHING_TO_DO:
            assert made == [], [(e.action, e.table_name) for e in made]
        else:  # every change is in the audit log, naming who made it
            assert made and {(e.actor, e.user_id) for e in made} == {
                (acting.name, acting.user_id)}, [(e.action, e.actor) for e in made]
        return
    before = _snapshot()
    last = models.AuditEntry.select().order_by(models.AuditEntry.id.desc()).first().id
    with pytest.raises(PermissionDenied) as refused:
        CALLS[case](town, acting)
    assert acting.name in str(refused.value)
    assert _snapshot() == before
    (entry,) = models.AuditEntry.select().where(models.AuditEntry.id > last)
    assert (entry.action, entry.actor, entry.user_id) == ("refused", acting.name,
                                                          acting.user_id)
    assert entry.changes["service"] in guard.REGISTRY


def test_an_actor_with_no_known_role_is_refused_everywhere(town):
    with pytest.raises(PermissionDenied):
        people.create_person(Actor("Mallory", "superuser"), {"first_name": "X"})
    assert not models.Person.select().where(models.Person.first_name == "X").exists()
    entry = models.AuditEntry.select().order_by(models.AuditEntry.id.desc()).first()
    assert (entry.action, entry.actor) == ("refused", "Mallory")


# The README's table of roles ----------------------------------------------------------------

def _readme_table() -> dict[str, tuple[str, ...]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Who may do what", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[1] in ("✓", "–"):
            rows[cells[0]] = tuple(cells[1:])
    return rows


def test_the_readme_says_what_each_role_may_do():
    table = _readme_table()
    expected = {text: tuple("✓" if permission in actors.ROLE_PERMISSIONS[role] else "–"
                            for role in ROLES)
                for permission, text in actors.PERMISSION_TEXT.items()}
    everyone = {k: v for k, v in table.items() if k not in expected}
    assert {k: table.get(k) for k in expected} == expected
    assert everyone and all(v == ("✓", "✓", "✓") for v in everyone.values()), everyone
    assert re.search(r"\| *What *\| *Admin *\| *Coordinator *\| *Volunteer *\|",
                     (ROOT / "README.md").read_text(encoding="utf-8"))
