"""Importing people as one unit: the write of a previewed plan (one transaction, one audit
entry, bulk inserts), its undo, the log of imports, and saved mappings (presets).

The plan is made by `civicdesk.exchange.people_import` from a file; this module only
knows plain values. Every value is checked again here with the people service's rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import peewee as pw

from civicdesk import clock, localformat, phones, plaintext
from civicdesk.data import advisory, bulk, models, search
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import audit, payments, people, references, rows, validation
from civicdesk.services.actors import IMPORT, Actor
from civicdesk.services.changes import Changes
from civicdesk.services.guard import allowed

Progress = Callable[[int, int], None]  # (done, total); raising from it cancels: nothing stays
PRESET_PREFIX = "import_preset:"
BULK_FROM = 500  # from this many new people, index them in one statement at the end
LIST_FIELDS = people.LIST_FIELDS
DATE_FIELDS = ("member_since", "renewal_due")
PAYMENT_METHOD = "other"  # an imported payment's method: the file does not say how


@dataclass
class NewPerson:
    """A row to create: person fields (lists included), its household (an index into
    `ImportPlan.households`) and its id in the other system."""

    row: int
    values: dict[str, Any]
    household: int | None = None
    external_id: str = ""


@dataclass
class PersonUpdate:
    """A matched person: the fields to change (new values), at the version previewed."""

    row: int
    person_id: int
    version: int
    values: dict[str, Any]
    household: int | None = None  # joins a new household of the plan
    external_id: str = ""


@dataclass
class NewPayment:
    """A dues payment of a row: for a person the plan creates (("new", index into
    `ImportPlan.creates`)) or one on file (("id", person id)); values checked by
    `payments.check_payment`."""

    row: int
    person: tuple[str, int]
    values: dict[str, Any]


@dataclass
class ImportPlan:
    file_name: str
    preset: str = "generic"
    system: str = "import"
    households: list[dict[str, Any]] = field(default_factory=list)
    creates: list[NewPerson] = field(default_factory=list)
    updates: list[PersonUpdate] = field(default_factory=list)
    unchanged: int = 0
    problems: int = 0
    payments: list[NewPayment] = field(default_factory=list)


@dataclass
class SignupPlan:
    """A sign-up report's import (`exchange.signups_import.preview`): new events, new shifts
    (`event` is ("id", on file) or ("new", index into `events`)), new people, and the
    sign-ups, each naming its shift and person the same way."""

    file_name: str
    preset: str = "signupgenius"
    system: str = "signupgenius"
    events: list[dict[str, Any]] = field(default_factory=list)
    shifts: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    signups: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0
    problems: int = 0


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    created: int
    changed: int
    households: int
    changes: Changes
    events: int = 0
    shifts: int = 0
    signups: int = 0
    payments: int = 0


@dataclass(frozen=True)
class KeptRow:
    """A row undo left as it is, and why (edited since, or has sign-ups ...)."""

    table: str
    row_id: int
    name: str
    reason: str


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    removed: int
    restored: int
    kept: list[KeptRow]
    changes: Changes
    signups: int = 0  # sign-ups removed (a sign-up report's import)
    payments: int = 0  # dues payments removed


@dataclass(frozen=True)
class ImportSummary:
    id: int
    at: datetime
    actor: str
    file_name: str
    preset: str
    counts: dict
    undone_at: datetime | None
    undone_by: str
    kind: str = "people"  # or "signups"


class ChangedSincePreview(UserError):
    context = "Import"
    template = QT_TRANSLATE_NOOP(
        "Import", "{who} changed {name} (row {row}) after the preview; nothing was imported. "
                  "Preview the file again.")


class AlreadyUndone(UserError):
    context = "Import"
    template = QT_TRANSLATE_NOOP("Import", "import {batch} was already undone on {when} by "
                                           "{who}; there is nothing to undo")


class BadPresetName(UserError):
    context = "Import"
    template = QT_TRANSLATE_NOOP("Import", "a preset needs a name of 1 to 60 characters on "
                                           "one line")


EDITED = QT_TRANSLATE_NOOP("Import", "edited since the import")
IN_USE = QT_TRANSLATE_NOOP("Import", "has sign-ups, hours, payments, requests or a login "
                                     "since the import")
STILL_LIVED_IN = QT_TRANSLATE_NOOP("Import", "people not from this import live there")
STILL_SIGNED_UP = QT_TRANSLATE_NOOP("Import", "people not from this import are signed up")
STILL_HAS_SHIFTS = QT_TRANSLATE_NOOP("Import", "it has shifts not from this import")
VOIDED_SINCE = QT_TRANSLATE_NOOP("Import", "voided or corrected since the import")


# Matching people already on file -------------------------------------------------------------

@dataclass
class Known:
    """The people on file as the preview matches against them."""

    by_external: dict[str, int] = field(default_factory=dict)
    by_email: dict[str, list[int]] = field(default_factory=dict)
    by_phone: dict[str, list[int]] = field(default_factory=dict)
    by_name_address: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    records: dict[int, dict[str, Any]] = field(default_factory=dict)


MATCHED_COLUMNS = ("first_name", "last_name", "preferred_name", "email", "phone", "mobile",
                   "household", "membership_status", "member_number", "is_volunteer",
                   "availability", "accessibility_notes", "consent_directory",
                   "consent_email", "consent_phone", "consent_photo", "notes",
                   "sensitive_notes", "member_since", "renewal_due", "version")


def phone_key(text: str) -> str:
    """A phone number as matching compares it: its digits, the last ten (a leading +1 or
    0 is how it was dialled, not who it is)."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits[-10:] if len(digits) >= 6 else ""


def name_address_key(first: str, last: str, street: str, postal: str) -> tuple[str, str]:
    from civicdesk.data.fields import fold

    return (fold(f"{first} {last}"), fold(f"{street} {postal}"))


def known_people(system: str) -> Known:
    """Every person on file, indexed for matching (a few statements, whatever the count)."""
    P, H, X = models.Person, models.Household, models.ExternalId
    found = Known()
    columns = [getattr(P, c) for c in MATCHED_COLUMNS]
    query = (P.select(P.id, H.street, H.postal_code, *columns)
             .join(H, pw.JOIN.LEFT_OUTER, on=(P.household == H.id))
             .where(P.erased_at.is_null()).tuples())
    for pid, street, postal, *values in query:
        record = dict(zip(MATCHED_COLUMNS, values, strict=True))
        found.records[pid] = record
        if record["email"]:
            found.by_email.setdefault(record["email"].casefold(), []).append(pid)
        for number in {phone_key(record["phone"]), phone_key(record["mobile"])} - {""}:
            found.by_phone.setdefault(number, []).append(pid)
        if street:
            key = name_address_key(record["first_name"], record["last_name"], street,
                                   postal or "")
            found.by_name_address.setdefault(key, []).append(pid)
    for value, pid in X.select(X.value, X.person).where(X.system == system).tuples():
        found.by_external[value] = pid
    return found


def known_payments() -> set[tuple[int, date, int]]:
    """(person, paid on, cents) of every counted payment of a person: a row whose payment
    is already on file is unchanged, so importing a file twice records it once."""
    Pay = models.Payment
    query = Pay.select(Pay.person, Pay.paid_on, Pay.amount_cents).where(
        Pay.person.is_null(False) & Pay.voided_at.is_null())
    return set(query.tuples())


def lists_of_many(person_ids: Iterable[int]) -> dict[int, dict[str, list[str]]]:
    return {pid: people.lists_of(pid) for pid in person_ids}


# The import ----------------------------------------------------------------------------------

@allowed(IMPORT)
def import_people(actor: Actor, plan: ImportPlan, progress: Progress | None = None
                  ) -> ImportResult:
    """Write *plan* in one transaction with one audit entry; *progress* may raise to cancel
    (then nothing of it stays)."""
    report = progress or (lambda done, total: None)
    creates = [(_clean(n.values, n.row), n) for n in plan.creates]
    updates = [(_clean(u.values, u.row, partial=True), u) for u in plan.updates]
    households = [validation.clean(people.HOUSEHOLD_FIELDS, h) for h in plan.households]
    dues = [(payments.check_payment(p.values), p) for p in plan.payments]
    total = len(creates) + len(updates) + len(dues) + 1
    with advisory.one_at_a_time(advisory.IMPORT), rows.transaction():  # one PC at a time
        batch = models.ImportBatch.create(user=actor.user_id, actor=actor.name,
                                          file_name=plan.file_name[:255], preset=plan.preset)
        writer = _Writer(batch.id, plan.system, report, total)
        if len(creates) + len(households) >= BULK_FROM:  # indexed once, at the end
            with search.bulk_loading(models.database), \
                    bulk.indexes_deferred(models.database, "person"):
                household_ids = writer.households(households)
                created = writer.create(creates, household_ids)
        else:
            household_ids = writer.households(households)
            created = writer.create(creates, household_ids)
        changed = writer.update(actor, updates, household_ids)
        paid = writer.payments(actor, dues, created)
        counts = {"created": len(created), "changed": len(changed),
                  "households": len(household_ids), "unchanged": plan.unchanged,
                  "problems": plan.problems}
        if plan.payments:
            counts["payments"] = len(paid)
        models.ImportBatch.update(counts=counts).where(
            models.ImportBatch.id == batch.id).execute()
        made = {"person": ranges(created), "household": ranges(household_ids)}
        if paid:
            made["payment"] = ranges(paid)
        audit.record(actor, "import", "import_batch", batch.id, {
            "file": plan.file_name, "preset": plan.preset, "counts": counts,
            "created": made, "changed": {"person": sorted(changed)}})
        report(total, total)
    return ImportResult(batch.id, len(created), len(changed), len(household_ids),
                        Changes.of_everything(), payments=len(paid))


def _clean(values: dict[str, Any], row: int, *, partial: bool = False) -> dict[str, Any]:
    dates = {k: values[k] for k in DATE_FIELDS if k in values}
    for name, day in dates.items():
        if day is not None and not (validation.DATE_MIN <= day <= validation.DATE_MAX):
            validation.fail(name, name, "date_range", day, min=validation.DATE_MIN.isoformat(),
                            max=validation.DATE_MAX.isoformat())
    cleaned = validation.clean(people.PERSON_FIELDS,
                               {k: v for k, v in values.items() if k not in DATE_FIELDS},
                               partial=partial)
    if not partial and not (cleaned.get("first_name") or cleaned.get("last_name")):
        validation.fail("first_name", people.PERSON_FIELDS["first_name"].label,
                        people.NAME_REQUIRED)
    return cleaned | dates


class _Writer:
    """The inserts and updates of one import, and its `import_row` records."""

    def __init__(self, batch: int, system: str, report: Progress, total: int) -> None:
        self.batch, self.system, self.report, self.total = batch, system, report, total
        self.done = 0
        self.tags = {name: tid for tid, name in models.Tag.select(models.Tag.id,
                                                                   models.Tag.name).tuples()}

    def households(self, households: list[dict]) -> list[int]:
        ids = bulk.new_ids(models.Household, len(households))
        bulk.insert_rows(models.Household, [h | {"id": i} for i, h in
                                            zip(ids, households, strict=True)])
        self._record("household", ids)
        return ids

    def create(self, creates: list[tuple[dict, NewPerson]], homes: list[int]) -> list[int]:
        ids = bulk.new_ids(models.Person, len(creates))
        persons, langs, tags, external = [], [], [], []
        for pid, (values, new) in zip(ids, creates, strict=True):
            row = {k: v for k, v in values.items() if k not in LIST_FIELDS}
            row["id"] = pid
            row["sort_name"] = people.sort_key(row.get("first_name", ""),
                                               row.get("last_name", ""))
            if new.household is not None:
                row["household"] = homes[new.household]
            persons.append(phones.normalised(row))
            self._lists(pid, values, langs, tags)
            if new.external_id:
                external.append({"person": pid, "system": self.system,
                                 "value": new.external_id})
            self._step()
        bulk.insert_rows(models.Person, persons)
        bulk.insert_rows(models.PersonLanguage, langs)
        bulk.insert_rows(models.PersonTag, tags)
        bulk.insert_rows(models.ExternalId, external)
        self._record("person", ids)
        return ids

    def update(self, actor: Actor, updates: list[tuple[dict, PersonUpdate]],
               homes: list[int]) -> list[int]:
        changed, records = [], []
        for values, upd in updates:
            row = rows.get_row(models.Person, upd.person_id)
            if row.version != upd.version:
                who = rows.conflict(models.Person, upd.person_id, upd.version, row.version)
                raise ChangedSincePreview(who=who.params["who"], row=upd.row,
                                          name=people.display_name(row.first_name,
                                                                   row.last_name))
            fields = {k: v for k, v in values.items() if k not in LIST_FIELDS}
            if upd.household is not None:
                fields["household"] = homes[upd.household]
            fields = phones.normalised(fields)  # undone with the numbers they belong to
            old = rows.current_values(row, fields)
            if "first_name" in fields or "last_name" in fields:
                merged = old | fields
                fields["sort_name"] = people.sort_key(
                    merged.get("first_name", row.first_name),
                    merged.get("last_name", row.last_name))
                old["sort_name"] = row.sort_name
            lists = {k: v for k, v in values.items() if k in LIST_FIELDS}
            before = people.lists_of(upd.person_id) if lists else {}
            version = row.version + 1
            models.Person.update(**fields, version=version, updated_at=clock.utcnow()).where(
                models.Person.id == upd.person_id).execute()
            if lists:
                people._write_lists(upd.person_id, lists)
            if upd.external_id and not models.ExternalId.select().where(
                    (models.ExternalId.system == self.system)
                    & (models.ExternalId.value == upd.external_id)).exists():
                models.ExternalId.create(person=upd.person_id, system=self.system,
                                         value=upd.external_id)
            records.append({"batch": self.batch, "table_name": "person",
                            "row_id": upd.person_id, "created": False, "version": version,
                            "old": {k: audit.jsonable(v) for k, v in old.items()}
                            | {k: before[k] for k in lists}})
            changed.append(upd.person_id)
            self._step()
        bulk.insert_rows(models.ImportRow, records)
        return changed

    def payments(self, actor: Actor, dues: list[tuple[dict, NewPayment]],
                 created: list[int]) -> list[int]:
        """The rows' dues payments, as `payments.record_payment` records them, and every
        payer's "dues paid until" again (the dues rule)."""
        if not dues:
            return []
        ids = bulk.new_ids(models.Payment, len(dues))
        found, payers = [], set()
        for pid, (values, due) in zip(ids, dues, strict=True):
            kind, ref = due.person
            person = created[ref] if kind == "new" else ref
            if kind == "id":
                references.require(models.Person, person, "person",
                                   payments.PAYMENT_FIELDS["person"].label)
            found.append(values | {"id": pid, "person": person, "created_by": actor.user_id})
            payers.add(person)
            self._step()
        bulk.insert_rows(models.Payment, found)
        self._record("payment", ids)
        payments.refresh_dues(sorted(payers))
        return ids

    def _lists(self, pid: int, values: dict, langs: list, tags: list) -> None:
        for language in values.get("languages", ()):
            langs.append({"person": pid, "language": language})
        for name, kind in (("skills", "skill"), ("interests", "interest")):
            for tag in values.get(name, ()):
                tags.append({"person": pid, "tag": self._tag(tag, kind)})

    def _tag(self, name: str, kind: str) -> int:
        key = name.strip().lower()
        if key not in self.tags:
            self.tags[key] = models.Tag.create(name=key, kind=kind).id
        return self.tags[key]

    def _record(self, table: str, ids: list[int]) -> None:
        bulk.insert_rows(models.ImportRow, ({"batch": self.batch, "table_name": table,
                                             "row_id": i, "created": True, "version": 1}
                                            for i in ids))

    def _step(self) -> None:
        self.done += 1
        if self.done % 1000 == 0:
            self.report(self.done, self.total)


def ranges(ids: list[int]) -> list[list[int]]:
    """[[first, last], ...] of *ids* (sorted): 100,000 new ids in a row are one pair."""
    found: list[list[int]] = []
    for i in sorted(ids):
        if found and found[-1][1] == i - 1:
            found[-1][1] = i
        else:
            found.append([i, i])
    return found


# Sign-ups --------------------------------------------------------------------------------------

@allowed(IMPORT)
def import_signups(actor: Actor, plan: SignupPlan, progress: Progress | None = None
                   ) -> ImportResult:
    """Write a sign-up report's *plan* (events, shifts, people, sign-ups) in one transaction
    with one audit entry; undone like a people import (`undo_import`). *progress* may raise
    to cancel: nothing of it stays."""
    from civicdesk.services import shifts as shift_service

    report = progress or (lambda done, total: None)
    new_people = [_clean(values, 0) for values in plan.people]
    events = [validation.clean(shift_service.EVENT_FIELDS, e) for e in plan.events]
    total = len(plan.signups) + len(new_people) + 1
    with advisory.one_at_a_time(advisory.IMPORT), rows.transaction():
        batch = models.ImportBatch.create(user=actor.user_id, actor=actor.name, kind="signups",
                                          file_name=plan.file_name[:255], preset=plan.preset)
        writer = _Writer(batch.id, plan.system, report, total)
        E, S, A = models.Event, models.Shift, models.Assignment
        event_ids, created_events = [], []
        for values in events:  # one made since the preview is used, not doubled
            same = E.get_or_none(E.name == values["name"])
            if same is not None:
                event_ids.append(same.id)
                continue
            event_ids.append(E.insert(**values).execute())
            created_events.append(event_ids[-1])
        writer._record("event", created_events)
        shift_ids = []
        for values in plan.shifts:
            kind, ref = values["event"]
            row = {k: v for k, v in values.items() if k != "event"}
            row["event"] = event_ids[ref] if kind == "new" else ref
            if row["ends_at"] <= row["starts_at"]:
                validation.fail("ends_at", shift_service.SHIFT_FIELDS["ends_at"].label,
                                shift_service.END_BEFORE_START, row["ends_at"])
            shift_ids.append(S.insert(**row).execute())
        writer._record("shift", shift_ids)
        person_ids = writer.create([(v, NewPerson(0, v)) for v in new_people], [])
        signups = []
        for item in plan.signups:
            (skind, sref), (pkind, pref) = item["shift"], item["person"]
            shift = shift_ids[sref] if skind == "new" else sref
            person = person_ids[pref] if pkind == "new" else pref
            if A.select().where((A.shift == shift) & (A.person == person)).exists():
                continue  # signed up in the window since the preview: left as it is
            signups.append(A.insert(shift=shift, person=person, status="signed_up",
                                    note=item.get("note", "")).execute())
            writer._step()
        writer._record("assignment", signups)
        counts = {"created": len(person_ids), "changed": 0, "events": len(created_events),
                  "shifts": len(shift_ids), "signups": len(signups),
                  "unchanged": plan.unchanged, "problems": plan.problems}
        models.ImportBatch.update(counts=counts).where(
            models.ImportBatch.id == batch.id).execute()
        audit.record(actor, "import", "import_batch", batch.id, {
            "file": plan.file_name, "preset": plan.preset, "kind": "signups",
            "counts": counts,
            "created": {"person": ranges(person_ids),
                        "event": ranges(created_events),
                        "shift": ranges(shift_ids), "assignment": ranges(signups)}})
        report(total, total)
    return ImportResult(batch.id, len(person_ids), 0, 0, Changes.of_everything(),
                        events=counts["events"], shifts=len(shift_ids), signups=len(signups))


# Undo ----------------------------------------------------------------------------------------

@allowed(IMPORT)
def undo_import(actor: Actor, batch_id: int) -> UndoResult:
    """Undo an import as a unit: the people and households it created are removed, the
    people it changed get their old values back; a row edited since the import (or a new
    person who has sign-ups, hours, payments, requests or a login since) is kept as it
    is and listed. Audited as one "import_undo" entry."""
    with advisory.one_at_a_time(advisory.IMPORT), rows.transaction():
        batch = rows.get_row(models.ImportBatch, batch_id)
        if batch.undone_at is not None:
            raise AlreadyUndone(batch=batch_id,
                                when=localformat.format_date(batch.undone_at.astimezone(clock.zone())),
                                who=batch.undone_by)
        undo = _Undo(batch_id)
        undo.restore_changed()
        undo.remove_signups()
        undo.remove_payments()
        undo.remove_people()
        undo.remove_households()
        models.ImportBatch.update(undone_at=clock.utcnow(), undone_by=actor.name).where(
            models.ImportBatch.id == batch_id).execute()
        audit.record(actor, "import_undo", "import_batch", batch_id, {
            "removed": {table: ranges(ids) for table, ids in undo.removed.items() if ids
                        or table in ("person", "household")},
            "restored": {"person": sorted(undo.restored)},
            "kept": {table: sorted(k.row_id for k in undo.kept if k.table == table)
                     for table in ("person", "household", "assignment", "shift", "event",
                                   "payment")
                     if table in ("person", "household")
                     or any(k.table == table for k in undo.kept)}})
        payments.refresh_dues(sorted(undo.payers - set(undo.removed["person"])))
    return UndoResult(batch_id, len(undo.removed["person"]), len(undo.restored), undo.kept,
                      Changes.of_everything(), len(undo.removed["assignment"]),
                      len(undo.removed["payment"]))


class _Undo:
    def __init__(self, batch_id: int) -> None:
        IR = models.ImportRow
        self.rows = list(IR.select(IR.table_name, IR.row_id, IR.created, IR.version, IR.old)
                         .where(IR.batch == batch_id).tuples())
        self.removed: dict[str, list[int]] = {"assignment": [], "shift": [], "event": [],
                                              "payment": [], "person": [], "household": []}
        self.payers: set[int] = set()  # whose dues the payments removed counted for
        self.restored: list[int] = []
        self.kept: list[KeptRow] = []

    def _current(self, model, ids: list[int]) -> dict[int, tuple]:
        found = {}
        for chunk in _chunks(ids):
            query = model.select(model.id, model.version, *self._names(model)).where(
                model.id.in_(chunk))
            found.update({r[0]: r for r in query.tuples()})
        return found

    @staticmethod
    def _names(model) -> list:
        if model is models.Person:
            return [model.first_name, model.last_name]
        if model is models.Shift:
            return [model.title, model.location]
        if model is models.Event:
            return [model.name, model.location]
        if model is models.Assignment:
            return [model.person, model.shift]
        return [model.name, model.street]

    def _keep(self, table: str, row: tuple, reason: str) -> None:
        if table == "person":
            name = people.display_name(row[2], row[3])
        elif table == "assignment":
            person = models.Person.get_or_none(models.Person.id == row[2])
            shift = models.Shift.get_or_none(models.Shift.id == row[3])
            name = " — ".join(filter(None, (
                people.display_name(person.first_name, person.last_name) if person else "",
                shift.title if shift else "")))
        else:
            name = str(row[2] or row[3])
        self.kept.append(KeptRow(table, row[0], name, reason))

    def restore_changed(self) -> None:
        changed = [(rid, version, old) for table, rid, created, version, old in self.rows
                   if table == "person" and not created]
        current = self._current(models.Person, [rid for rid, _, _ in changed])
        for rid, version, old in changed:
            row = current.get(rid)
            if row is None:
                continue
            if row[1] != version:
                self._keep("person", row, EDITED)
                continue
            lists = {k: old.pop(k) for k in LIST_FIELDS if k in old}
            values = {k: _from_json(k, v) for k, v in old.items()}
            models.Person.update(**values, version=version + 1, updated_at=clock.utcnow()) \
                .where(models.Person.id == rid).execute()
            if lists:
                people._write_lists(rid, lists)
            self.restored.append(rid)

    def remove_signups(self) -> None:
        """The sign-ups, then the shifts, then the events a sign-up report brought in; one
        edited since (attended, renamed), or a shift or event that has others now, stays."""
        M = models
        for model, table, others, reason in (
                (M.Assignment, "assignment", None, EDITED),
                (M.Shift, "shift", (M.Assignment, M.Assignment.shift), STILL_SIGNED_UP),
                (M.Event, "event", (M.Shift, M.Shift.event), STILL_HAS_SHIFTS)):
            ids = [rid for t, rid, created, _, _ in self.rows if t == table and created]
            if not ids:
                continue
            current = self._current(model, ids)
            used: set[int] = set()
            if others is not None:
                other, column = others
                for chunk in _chunks(ids):
                    used |= {r for (r,) in other.select(column).where(column.in_(chunk))
                             .tuples()}
            gone = []
            for rid in ids:
                row = current.get(rid)
                if row is None:
                    continue
                if row[1] != 1:
                    self._keep(table, row, EDITED)
                elif rid in used:
                    self._keep(table, row, reason)
                else:
                    gone.append(rid)
            for chunk in _chunks(gone):
                model.delete().where(model.id.in_(chunk)).execute()
            self.removed[table] = gone

    def remove_payments(self) -> None:
        """The dues payments the import recorded; one voided since (or corrected: the
        correction voids it) stays, as the treasurer's books keep it."""
        Pay = models.Payment
        ids = [rid for t, rid, created, _, _ in self.rows if t == "payment" and created]
        gone = []
        for chunk in _chunks(ids):
            query = Pay.select(Pay.id, Pay.person, Pay.voided_at, Pay.amount_cents,
                               Pay.paid_on).where(Pay.id.in_(chunk))
            for pid, person, voided, cents, paid_on in query.tuples():
                if voided is not None:
                    self.kept.append(KeptRow("payment", pid,
                                             f"{localformat.format_money(cents)} "
                                             f"{localformat.format_date(paid_on)}",
                                             VOIDED_SINCE))
                else:
                    gone.append(pid)
                    self.payers.add(person)
        for chunk in _chunks(gone):
            Pay.delete().where(Pay.id.in_(chunk)).execute()
        self.removed["payment"] = gone

    def remove_people(self) -> None:
        ids = [rid for table, rid, created, _, _ in self.rows if table == "person" and created]
        current = self._current(models.Person, ids)
        used = _in_use(ids)
        gone = []
        for rid in ids:
            row = current.get(rid)
            if row is None:
                continue
            if row[1] != 1:
                self._keep("person", row, EDITED)
            elif rid in used:
                self._keep("person", row, IN_USE)
            else:
                gone.append(rid)
        for chunk in _chunks(gone):
            models.Person.delete().where(models.Person.id.in_(chunk)).execute()
        self.removed["person"] = gone

    def remove_households(self) -> None:
        ids = [rid for table, rid, created, _, _ in self.rows if table == "household" and created]
        current = self._current(models.Household, ids)
        H, P = models.Household, models.Person
        lived_in = {h for (h,) in P.select(P.household).where(P.household.in_(ids)).tuples()} \
            if ids else set()
        gone = []
        for rid in ids:
            row = current.get(rid)
            if row is None:
                continue
            if row[1] != 1:
                self._keep("household", row, EDITED)
            elif rid in lived_in:
                self._keep("household", row, STILL_LIVED_IN)
            else:
                gone.append(rid)
        for chunk in _chunks(gone):
            H.delete().where(H.id.in_(chunk)).execute()
        self.removed["household"] = gone


def _from_json(name: str, value: Any) -> Any:
    if name in ("member_since", "renewal_due", "dues_paid_until") and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _in_use(ids: list[int]) -> set[int]:
    """Of the people *ids*, those that something else now points at."""
    M = models
    found: set[int] = set()
    for chunk in _chunks(ids):
        for model, column in ((M.Assignment, M.Assignment.person),
                              (M.AdHocHours, M.AdHocHours.person),
                              (M.Payment, M.Payment.person),
                              (M.SupportRequest, M.SupportRequest.requester),
                              (M.SupportRequest, M.SupportRequest.assignee),
                              (M.User, M.User.person)):
            found |= {p for (p,) in model.select(column).where(column.in_(chunk)).tuples()}
    return found


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


# The log and the presets ---------------------------------------------------------------------

@allowed(IMPORT)
def list_imports(actor: Actor) -> list[ImportSummary]:
    """Past imports, newest first."""
    B = models.ImportBatch
    query = B.select(B.id, B.at, B.actor, B.file_name, B.preset, B.counts, B.undone_at,
                     B.undone_by, B.kind).order_by(B.id.desc()).tuples()
    return [ImportSummary(*row) for row in query]


@allowed(IMPORT)
def save_preset(actor: Actor, name: str, preset: dict[str, Any]) -> Changes:
    """Save a mapping under *name* (in the settings table, one row per preset), replacing
    one of that name; audited."""
    name = " ".join(str(name).split())
    if not 0 < len(name) <= 60 or plaintext.problem(name) is not None:
        raise BadPresetName()
    value = {"columns": {str(c): (str(k) if k else None)
                         for c, k in dict(preset.get("columns", {})).items()},
             "system": str(preset.get("system") or "import"),
             "date_order": preset.get("date_order"),
             "decimal_mark": preset.get("decimal_mark") if preset.get("decimal_mark")
             in (",", ".") else None}
    with rows.transaction():
        key = PRESET_PREFIX + name
        old = models.Setting.get_or_none(models.Setting.key == key)
        models.Setting.insert(key=key, value=value).on_conflict(
            conflict_target=[models.Setting.key], preserve=[models.Setting.value]).execute()
        audit.record(actor, "update", "setting", None,
                     {key: [old.value if old else None, value]})
    return Changes("setting")


def saved_presets() -> list[str]:
    S = models.Setting
    return sorted(key[len(PRESET_PREFIX):] for (key,) in
                  S.select(S.key).where(S.key.startswith(PRESET_PREFIX)).tuples())


def saved_preset(name: str) -> dict | None:
    row = models.Setting.get_or_none(models.Setting.key == PRESET_PREFIX + name)
    return row.value if row is not None else None

