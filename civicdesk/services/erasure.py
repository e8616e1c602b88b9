"""Erasing a person at their request: who they were goes, what they did stays, unnamed.

Their names, contacts, notes, sensitive notes, availability, accessibility notes, member
number, languages, skills, interests and external ids are replaced or removed; the
address of a household they alone live in too (they leave a household shared with
others). Their shifts and hours, payments (amounts and dates) and requests (category,
status, dates) are kept for the association's counts, with the free text of each
replaced. The audit entries about them (on their person row, their household if theirs
alone, payments, sign-ups, hours, requests and login account) keep what was done and when,
their values masked; a linked login is renamed and closed, and the entries it wrote keep
its id under the new name. The audit log and the requests' history are append-only
(`data/append_only.py`): this is the one transaction that may rewrite them, through the
`erasure_pass` row it inserts and deletes again. It writes its own audit entry ("erase"),
which names the admin and counts what was masked, never a value.

Then nothing of them is left in the file's bytes (`data/privacy.py`): secure_delete, the
search indexes merged, the file rewritten and the -wal emptied. Backups made before still
hold them until they rotate out (`data/backups.py`: up to 12 months).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from civicdesk import clock, localformat
from civicdesk.data import models, privacy
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors, audit, people, rows, validation
from civicdesk.services.actors import Actor
from civicdesk.services.changes import Changes
from civicdesk.services.errors import NotFound
from civicdesk.services.guard import allowed

ERASED_FIRST = "Erased"  # the name an erased person keeps: "Erased #123"
ACTION = "erase"
# How long backups made before an erasure keep the old data (the rotation in
# data/backups.py: 7 daily, 4 weekly, 12 monthly routine backups).
BACKUPS_KEEP_MONTHS = 12


class AlreadyErased(UserError):
    context = "Erasure"
    template = QT_TRANSLATE_NOOP(
        "Erasure", "Person number {row_id} was already erased on {when}. There is nothing "
                   "left to erase.")


class CannotEraseYourself(UserError):
    context = "Erasure"
    template = QT_TRANSLATE_NOOP(
        "Erasure", "You cannot erase yourself: your login is linked to this person. Ask "
                   "another admin.")


class LastAdminAccount(UserError):
    context = "Erasure"
    template = QT_TRANSLATE_NOOP(
        "Erasure", "This person's login is the only active admin account. Make another "
                   "account an admin first.")


@dataclass(frozen=True)
class Erased:
    """What `erase_person` did: the Changes, and whether the file could be compacted at
    once (False: another copy was reading; the -wal is emptied at its next checkpoint)."""

    changes: Changes
    compacted: bool
    masked_entries: int


def erased_name(person_id: int) -> str:
    return f"{ERASED_FIRST} #{person_id}"


def mask(value: Any) -> Any:
    """*value* (an audit entry's `changes`, or part of it) with every text replaced by
    MASK; numbers, yes/no and empty values stay (they say what happened, not who)."""
    if isinstance(value, dict):
        return {key: mask(v) for key, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(v) for v in value]
    if isinstance(value, str):
        return audit.MASK if value else value
    return value


@allowed(actors.ERASE)
def erase_person(actor: Actor, person_id: int) -> Erased:
    """Anonymise *person_id* (see the module's docstring); AlreadyErased the second time.
    Call outside any transaction: it compacts the file after committing."""
    db = models.database
    with privacy.scrubbing(db):
        with rows.transaction():
            person = _person(person_id)
            user = _check(actor, person)
            changes, masked = _erase(actor, person, user)
    return Erased(changes, privacy.compact(db), masked)


def _person(person_id: int) -> models.Person:
    person = models.Person.get_or_none(models.Person.id == person_id) \
        if validation.fits_integer(person_id) else None
    if person is None:
        raise NotFound(what="person", row_id=person_id)
    if person.erased_at is not None:
        when = localformat.format_date(person.erased_at.astimezone(clock.zone()))
        raise AlreadyErased(row_id=person_id, when=when)
    return person


def _check(actor: Actor, person: models.Person) -> models.User | None:
    """The person's login, if any, once it is clear it may be closed."""
    U = models.User
    user = U.get_or_none(U.person == person.id)
    if user is None:
        return None
    if actor.user_id is not None and actor.user_id == user.id:
        raise CannotEraseYourself()
    others = U.select().where((U.role == "admin") & (U.active == True)  # noqa: E712
                              & (U.id != user.id)).count()
    if user.role == "admin" and user.active and not others:
        raise LastAdminAccount()
    return user


def _erase(actor: Actor, person: models.Person, user: models.User | None
           ) -> tuple[Changes, int]:
    pid = person.id
    owned = owned_rows(person, user)
    models.ErasurePass.create(person_id=pid)
    masked = _mask_history(owned, user, pid)
    models.ErasurePass.delete().execute()
    _erase_rows(person, owned, user)
    privacy.merge_search_index(models.database)
    version = person.version + 1
    audit.record(actor, ACTION, "person", pid,
                 {"masked_entries": [None, masked],
                  **{f"kept_{table}": [None, len(ids)] for table, ids in owned.items()
                     if table != "person"}}, version)
    also = frozenset((table, row_id) for table, ids in owned.items() for row_id in ids
                     if table != "person")
    return Changes("person", pid, version, also), masked


def owned_rows(person: models.Person, user: models.User | None, *,
               shared_household: bool = False) -> dict[str, list[int]]:
    """Every row about the person, by table: the audit entries on them are about them.
    Their household only when they alone live there (or *shared_household*)."""
    pid = person.id

    def ids(model: type[pw.Model], condition) -> list[int]:
        return [i for (i,) in model.select(model.id).where(condition).tuples()]

    # Keyed by table name, as the audit entries name them ("ad_hoc_hours").
    owned = {rows.table_of(model): ids(model, condition) for model, condition in (
        (models.Person, models.Person.id == pid),
        (models.Payment, models.Payment.person == pid),
        (models.Assignment, models.Assignment.person == pid),
        (models.AdHocHours, models.AdHocHours.person == pid),
        (models.SupportRequest, models.SupportRequest.requester == pid),
        (models.User, models.User.person == pid))}
    owned["household"] = []
    if person.household_id is not None and (shared_household or models.Person.select().where(
            models.Person.household == person.household_id).count() == 1):
        owned["household"] = [person.household_id]  # theirs alone: the address is theirs
    return owned


def _mask_history(owned: dict[str, list[int]], user: models.User | None, pid: int) -> int:
    """Mask the audit entries about the person's rows, rename them where their login acted,
    and replace the notes of their requests' history. Returns how many entries were
    masked."""
    E, U = models.AuditEntry, models.RequestUpdate
    about = _entries_about(owned)
    for entry_id, changes in about:
        E.update(changes=mask(changes)).where(E.id == entry_id).execute()
    if user is not None:
        E.update(actor=erased_name(pid)).where(E.user == user.id).execute()
        U.update(actor=erased_name(pid)).where(U.user == user.id).execute()
    if owned["support_request"]:
        U.update(note=pw.Case(None, [(U.note == "", "")], audit.MASK)).where(
            U.request.in_(owned["support_request"])).execute()
    return len(about)


def _entries_about(owned: dict[str, list[int]]) -> list[tuple[int, Any]]:
    E = models.AuditEntry
    found = []
    for table, ids in owned.items():
        for chunk in chunks(ids):
            found += list(E.select(E.id, E.changes)
                          .where((E.table_name == table) & E.row_id.in_(chunk)).tuples())
    return found


def chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _erase_rows(person: models.Person, owned: dict[str, list[int]],
                user: models.User | None) -> None:
    pid, now = person.id, clock.utcnow()
    P = models.Person
    # They leave a household shared with others; one of their own stays, emptied below.
    household = person.household_id if owned["household"] else None
    P.update(first_name=ERASED_FIRST, last_name=f"#{pid}", preferred_name="",
             sort_name=people.sort_key(ERASED_FIRST, f"#{pid}"), email="", phone="", mobile="",
             phone_e164="", mobile_e164="", member_number="", household=household,
             availability="", accessibility_notes="",
             consent_directory=False, consent_email=False, consent_phone=False,
             consent_photo=False, reach_via=None, notes="", sensitive_notes="",
             archived=True, erased_at=now, member_since=None, renewal_due=None,
             version=person.version + 1,
             updated_at=now).where(P.id == pid).execute()
    for model in (models.PersonLanguage, models.PersonTag, models.ExternalId):
        model.delete().where(model.person == pid).execute()
    IR = models.ImportRow  # the values an import replaced, kept for its undo
    IR.delete().where((IR.table_name == "person") & (IR.row_id == pid)).execute()
    if owned["household"]:
        H = models.Household
        H.update(name="", street="", unit="", city="", region="", postal_code="", notes="",
                 version=H.version + 1, updated_at=now).where(
            H.id == owned["household"][0]).execute()
    models.Payment.update(note="", void_reason="").where(models.Payment.person == pid).execute()
    models.Assignment.update(note="", override_reason="").where(
        models.Assignment.person == pid).execute()
    models.AdHocHours.update(note="").where(models.AdHocHours.person == pid).execute()
    R = models.SupportRequest
    R.update(summary=audit.MASK, details="", sensitive_notes="", version=R.version + 1,
             updated_at=now).where(R.requester == pid).execute()
    if user is not None:
        models.User.update(username=f"erased-{user.id}", display_name=erased_name(pid),
                           password_hash="", active=False, failed_attempts=0,
                           failed_at=None).where(models.User.id == user.id).execute()
