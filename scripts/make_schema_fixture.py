"""Save a tiny database at the current schema version as tests/fixtures/schema_v<N>.db.

Run this right after bumping SCHEMA_VERSION (and writing the migration step), so that every
later version is tested against a real file of this one (tests/test_migrations.py).
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from civicdesk.data import database, migrations  # noqa: E402
from civicdesk.services import people, requests, shifts  # noqa: E402
from civicdesk.services.actors import Actor  # noqa: E402


def fill(actor: Actor) -> None:
    """A few rows in the main tables, with accents and non-Latin names."""
    home = people.create_household(actor, {"street": "12 Rue des Érables", "city": "Springfield",
                                           "area": "Old Town"}).id
    zoe = people.create_person(actor, {"first_name": "Zoë", "last_name": "Müller",
                                       "email": "zoe@example.org", "phone": "(555) 123-4567",
                                       "household": home, "membership_status": "member",
                                       "is_volunteer": True, "languages": ["French"],
                                       "skills": ["driving"]}).id
    anna = people.create_person(actor, {"first_name": "Анна", "last_name": "Иванова",
                                        "household": home}).id
    event = shifts.create_event(actor, {"name": "Food pantry"}).id
    start = datetime(2026, 3, 14, 14, 0, tzinfo=UTC)
    shift = shifts.create_shift(actor, {"event": event, "starts_at": start,
                                        "ends_at": start + timedelta(hours=3),
                                        "capacity": 2}).id
    shifts.assign(actor, shift, zoe)
    category = 1
    requests.create_request(actor, {"requester": anna, "category": category,
                                    "summary": "Ride to the clinic",
                                    "due_on": date(2026, 3, 20)})


def main() -> int:
    version = migrations.SCHEMA_VERSION
    target = ROOT / "tests" / "fixtures" / f"schema_v{version}.db"
    target.unlink(missing_ok=True)
    db = database.open_database(target)
    fill(Actor("fixture", "admin"))
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("PRAGMA journal_mode = delete")
    database.close_database(db)
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
