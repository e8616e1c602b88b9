"""A writer for tests/test_kill.py, killed at random moments: service writes one after
another on a CivicDesk file, each its own transaction with its own audit entry.

    python tests/kill_writer.py FILE

Write number `seq` is `PLAN[op(seq)]`, the same on every run, and each one leaves its
number in what it writes (`marker(seq)`, `note(seq)`), so the file says which writes it
holds. A run goes on from the number of audit entries the writer has in the file. It prints
`ready PATH-OF-CIVICDESK` once the file is open, then `seq` (flushed) after each commit.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta

ACTOR_NAME = "Kill Writer"
EVENT = "Kill writer event"
# One cycle of writes after the event (seq 0): a person and what is done for them.
CYCLE = ("create_person", "edit_person", "payment", "request", "shift", "sign_up",
         "edit_earlier")
PAID_FROM = date(2030, 1, 1)
SHIFTS_FROM = datetime(2031, 1, 1, 9, tzinfo=UTC)
FILLER = " ".join(["notes long enough to fill the -wal quickly"] * 8)


def op(seq: int) -> str:
    return "event" if seq == 0 else CYCLE[(seq - 1) % len(CYCLE)]


def person_of(seq: int) -> int:
    """The write that created the person of *seq*'s cycle."""
    return 1 + (seq - 1) // len(CYCLE) * len(CYCLE)


def edited_by(seq: int) -> int:
    """Whose notes write *seq* changes (an edit): the person of its cycle, or for the
    second edit of a cycle the person of the cycle before (the first cycle's own)."""
    if op(seq) == "edit_earlier" and person_of(seq) > 1:
        return person_of(seq) - len(CYCLE)
    return person_of(seq)


def shift_of(seq: int) -> int:
    return person_of(seq) + CYCLE.index("shift")


def marker(seq: int) -> str:
    """What a created row carries: a person's last name, a payment's or a sign-up's note,
    a request's summary, a shift's title."""
    return f"W{seq}"


def note(seq: int) -> str:
    """The notes an edit writes."""
    return f"edit {seq}: {FILLER}"


def period_end(seq: int) -> date:
    return PAID_FROM + timedelta(days=seq)


def main(path: str) -> int:
    import civicdesk
    from civicdesk.data import database, models
    from civicdesk.services import payments, people, requests, shifts
    from civicdesk.services.actors import Actor

    actor = Actor(ACTOR_NAME, "admin")
    database.open_database(path)
    print("ready", civicdesk.__file__, flush=True)
    P = models.Person

    def person(seq: int) -> models.Person:
        return P.get(P.last_name == marker(seq))

    seq = models.AuditEntry.select().where(models.AuditEntry.actor == ACTOR_NAME).count()
    while True:
        kind = op(seq)
        if kind == "event":
            shifts.create_event(actor, {"name": EVENT})
        elif kind == "create_person":
            people.create_person(actor, {"first_name": "Kim", "last_name": marker(seq),
                                         "languages": ["Spanish", f"L{seq}"]})
        elif kind in ("edit_person", "edit_earlier"):
            row = person(edited_by(seq))
            people.update_person(actor, row.id, row.version, {"notes": note(seq)})
        elif kind == "payment":
            payments.record_payment(actor, {
                "person": person(person_of(seq)).id, "amount_cents": 2000,
                "paid_on": PAID_FROM, "period_start": PAID_FROM,
                "period_end": period_end(seq), "note": marker(seq)})
        elif kind == "request":
            category = models.RequestCategory.select().order_by(models.RequestCategory.id).get()
            requests.create_request(actor, {"requester": person(person_of(seq)).id,
                                            "category": category.id, "summary": marker(seq)})
        elif kind == "shift":
            event = models.Event.get(models.Event.name == EVENT)
            starts = SHIFTS_FROM + timedelta(hours=4 * seq)
            shifts.create_shift(actor, {"event": event.id, "title": marker(seq),
                                        "starts_at": starts,
                                        "ends_at": starts + timedelta(hours=2),
                                        "capacity": 3})
        elif kind == "sign_up":
            shift = models.Shift.get(models.Shift.title == marker(shift_of(seq)))
            shifts.assign(actor, shift.id, person(person_of(seq)).id, note=marker(seq))
        print(seq, flush=True)
        seq += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
