"""Schema versions and the ordered steps that upgrade an older file.

A new file gets the current schema in one go (`create_schema`). An older file runs every
step above its `PRAGMA user_version`, in one transaction, after a backup copy was made.
Steps are written against the schema *as it was* (SQL or playhouse.migrate), never against
today's models, because the models keep changing after a step is written.

Keep a tiny fixture per schema version in tests/fixtures/ (see tests/test_migrations.py).
"""

from __future__ import annotations

from collections.abc import Callable

import peewee as pw

from civicdesk import phones, settings
from civicdesk.data import append_only, backend, models, notify, search

APPLICATION_ID = 0x43495644  # "CIVD", written into the file header of every CivicDesk database


def _v2_search_index(db) -> None:
    """Version 2 adds the FTS5 people search index and its triggers. Today's triggers read
    columns of version 6, which adds them (`_v6_search`); the file is never left between."""
    search.create_table_only(db)


def _v3_list_sort_indexes(db) -> None:
    """Version 3 adds an index per sortable column of the people list, each ending in the
    name, so the first page of any sort walks an index instead of sorting every person
    (30-80 ms at 100,000 people, now under 1 ms). The status index is on the same CASE
    expression as `member_list.STATUS_ORDER`'s ORDER BY (tests/test_member_list.py checks
    that SQLite uses each of them)."""
    status_rank = ("CASE membership_status WHEN 'member' THEN 0 WHEN 'honorary' THEN 1 "
                   "WHEN 'lapsed' THEN 2 WHEN 'prospect' THEN 3 WHEN 'none' THEN 4 "
                   "ELSE 9 END")
    for name, columns in (("phone", "phone"), ("email", "email"),
                          ("dues", "dues_paid_until"), ("volunteer", "is_volunteer"),
                          ("status", f"({status_rank})")):
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS person_list_by_{name} "
                       f"ON person ({columns}, sort_name)")


def _v4_household_search_index(db) -> None:
    """Version 4 adds the households' own search index (an empty household could not be
    found: households were found only through their members)."""
    search.create_household_index(db)


def _v5_append_only_history(db) -> None:
    """Version 5 makes the audit log and the requests' history append-only: triggers refuse
    every UPDATE and DELETE on `audit_entry` and `request_update` (see data/append_only.py,
    which new files get theirs from; this step stays as version 5 wrote them)."""
    for table in ("audit_entry", "request_update"):
        for event in ("UPDATE", "DELETE"):
            db.execute_sql(
                f"CREATE TRIGGER {table}_append_only_{event.lower()} BEFORE {event} "
                f"ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only: its rows "
                f"cannot be changed or deleted'); END")


def _v6_logins_and_erasure(db) -> None:
    """Version 6 is for personal logins and erasure: the time of a user's last wrong secret
    (the lockout waits from it), when a person was erased, indexes for the audit viewer's
    filters by user and by action, and the `erasure_pass` table whose row, inside the one
    transaction that erases a person, lets the append-only triggers allow that masking;
    and a payment's voiding (when, by whom, why) and the payment a correction replaced."""
    db.execute_sql('ALTER TABLE "user" ADD COLUMN failed_at DATETIME')
    for column in ("voided_at DATETIME",
                   'voided_by_id INTEGER REFERENCES "user" (id) ON DELETE SET NULL',
                   "voided_by_name VARCHAR(255) NOT NULL DEFAULT ''",
                   "void_reason TEXT NOT NULL DEFAULT ''",
                   "corrects_id INTEGER REFERENCES payment (id) ON DELETE SET NULL"):
        db.execute_sql(f"ALTER TABLE payment ADD COLUMN {column}")
    db.execute_sql("ALTER TABLE person ADD COLUMN erased_at DATETIME")
    # By time within a user or an action: the viewer lists newest first (at, id), so a
    # page with one filter, with or without dates, is one walk along one index.
    db.execute_sql('CREATE INDEX IF NOT EXISTS audit_entry_user_id_at ON audit_entry (user_id, at)')
    db.execute_sql("CREATE INDEX IF NOT EXISTS audit_entry_action_at ON audit_entry (action, at)")
    db.execute_sql("CREATE TABLE IF NOT EXISTS erasure_pass "
                   "(id INTEGER NOT NULL PRIMARY KEY, person_id INTEGER NOT NULL)")
    _v6_imports(db)
    for table in ("audit_entry", "request_update"):
        for event in ("UPDATE", "DELETE"):
            name = f"{table}_append_only_{event.lower()}"
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
            db.execute_sql(
                f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
                f"WHEN NOT EXISTS (SELECT 1 FROM erasure_pass) BEGIN SELECT RAISE(ABORT, "
                f"'{table} is append-only: its rows cannot be changed or deleted'); END")


def _v6_imports(db) -> None:
    """Also in version 6: imports (#14). A person's membership dates as another system kept
    them, and the import log: one `import_batch` per import, one `import_row` per row it
    created or changed (the version it left, the values it replaced), for undo."""
    db.execute_sql("ALTER TABLE person ADD COLUMN member_since DATE")
    db.execute_sql("ALTER TABLE person ADD COLUMN renewal_due DATE")
    _v6_search(db)
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "import_batch" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"at" DATETIME NOT NULL, "user_id" INTEGER, "actor" VARCHAR(255) NOT NULL, '
        '"kind" VARCHAR(255) NOT NULL, "file_name" VARCHAR(255) NOT NULL, '
        '"preset" VARCHAR(255) NOT NULL, "counts" TEXT NOT NULL, "undone_at" DATETIME, '
        '"undone_by" VARCHAR(255) NOT NULL, '
        'FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL)')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "import_batch_user_id" ON "import_batch" '
                   '("user_id")')
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "import_row" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"batch_id" INTEGER NOT NULL, "table_name" VARCHAR(255) NOT NULL, '
        '"row_id" INTEGER NOT NULL, "created" INTEGER NOT NULL, "version" INTEGER NOT NULL, '
        '"old" TEXT, '
        'FOREIGN KEY ("batch_id") REFERENCES "import_batch" ("id") ON DELETE CASCADE)')
    for name, columns, unique in (("batch_id", '"batch_id"', ""),
                                  ("batch_id_table_name_row_id",
                                   '"batch_id", "table_name", "row_id"', "UNIQUE "),
                                  ("table_name_row_id", '"table_name", "row_id"', "")):
        db.execute_sql(f'CREATE {unique}INDEX IF NOT EXISTS "import_row_{name}" '
                       f'ON "import_row" ({columns})')


def _v6_search(db) -> None:
    """Also in version 6: search by the book (#15). Phone numbers in E.164 beside what was
    typed (filled here in the association's country), an index on the household name (its
    list sorts by it and its search is capped), and both search indexes refilled with
    today's folding of every Latin letter (fields.fold) and the E.164 numbers."""
    phones.set_region(settings.phone_country())  # a version 5 file: the locale's country
    for column in ("phone_e164", "mobile_e164"):
        db.execute_sql(f"ALTER TABLE person ADD COLUMN {column} VARCHAR(255) NOT NULL "
                       f"DEFAULT ''")
    rows = db.execute_sql("SELECT id, phone, mobile FROM person "
                          "WHERE phone != '' OR mobile != ''").fetchall()
    db.execute_sql("DROP TRIGGER IF EXISTS person_search_au")  # refilled below, once
    for pid, phone, mobile in rows:
        db.execute_sql("UPDATE person SET phone_e164 = ?, mobile_e164 = ? WHERE id = ?",
                       (phones.e164(phone), phones.e164(mobile), pid))
    db.execute_sql('CREATE INDEX IF NOT EXISTS "household_name" ON "household" ("name")')
    search.recreate_triggers(db)


# (version reached, step). Version 1 is the first set of tables; it has no step because a
# file older than version 1 is either empty (gets create_schema) or not ours.
STEPS: list[tuple[int, Callable]] = [
    (2, _v2_search_index),
    (3, _v3_list_sort_indexes),
    (4, _v4_household_search_index),
    (5, _v5_append_only_history),
    (6, _v6_logins_and_erasure),
]

SCHEMA_VERSION = max([1] + [version for version, _ in STEPS])


def create_schema(db, *, seed: bool = True) -> None:
    """Create every table and the search index on an empty file, at SCHEMA_VERSION, in *db*
    itself, whatever the models are bound to (a backup of a server makes its file while the
    models stay on the server); then the reference data (*seed*: in the models' database)."""
    for model in pw.sort_models(models.ALL_MODELS):
        pw.SchemaManager(model, db).create_all(safe=True)
    if backend.is_postgres(db):
        _code_point_order(db)
    search.create(db)
    _v3_list_sort_indexes(db)
    search.create_household_index(db)
    append_only.create(db)
    notify.create(db)  # a server's: the trigger that tells the other PCs (#17)
    if seed:
        seed_reference_data(db)


def _code_point_order(db) -> None:
    """Every text column compares and sorts by code point (collation "C"), as SQLite does,
    whatever the server's locale: the lists page by key ranges over the same order the
    window and the reports expect, on any server (tables are still empty here, and no trigger reads a column yet: PostgreSQL refuses to
    change the type of a column a trigger uses)."""
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        for field in model._meta.sorted_fields:
            if isinstance(field, pw.CharField | pw.TextField):
                kind = "TEXT" if isinstance(field, pw.TextField) else "VARCHAR(255)"
                db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{field.column_name}" '
                               f'TYPE {kind} COLLATE "C"')


def pending_steps(found: int) -> list[tuple[int, Callable]]:
    return [(version, step) for version, step in STEPS if version > found]


DEFAULT_CATEGORIES = ("groceries", "ride", "repair", "companionship", "translation",
                      "paperwork", "other")
_CATEGORY_SKILLS = {"groceries": "shopping", "ride": "driving", "repair": "repairs",
                    "companionship": "companionship", "translation": "translation",
                    "paperwork": "paperwork"}


def seed_reference_data(db) -> None:
    """The lists a new association starts with: request categories and their skills."""
    for order, name in enumerate(DEFAULT_CATEGORIES):
        skill = None
        if name in _CATEGORY_SKILLS:
            skill, _ = models.Tag.get_or_create(name=_CATEGORY_SKILLS[name],
                                                defaults={"kind": "skill"})
        models.RequestCategory.get_or_create(name=name,
                                             defaults={"skill": skill, "sort_order": order})
