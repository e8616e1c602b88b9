"""Importing people (#14): 100,000 rows of a generic CSV, and the same rows as XLSX; and a
SignUpGenius report of 10,000 sign-ups.

`import_people_100000`: read the file, guess the mapping, preview (every row checked with
the people service's rules and matched), and import in one transaction, into a new
database each time. The baseline, in the same run: `csv.reader` over the same file and
one `executemany` into the same tables (household, person) on plain sqlite3, in a copy of
the same empty database, indexed as the import indexes them: the search triggers and the
person table's plain indexes dropped for the load, then made again and the search index
filled in one statement each (`search.bulk_loading`, `bulk.indexes_deferred`). Goal: at
most 10x, and under 30 s.

`import_people_xlsx_100000`: the same rows read from an XLSX file (python-calamine).

`import_signups_10000`: a SignUpGenius sign-up report (two title rows) of 10,000 sign-ups
in 50 events, 1,000 shifts, 2,500 people: read, preview (events, shifts and people matched
or new, every row checked), import. The baseline: `csv.reader`, the times parsed with
`strptime`, events, shifts and people kept in dicts, one `executemany` per table (event,
shift, person, assignment) with the search triggers on, as the sign-ups import keeps them.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

from bench.runner import Env, Scenario, timed

ROWS = 100_000
TARGET_RATIO = 10.0
TARGET_MS = 30_000.0
HEADERS = ["First name", "Last name", "Email", "Phone", "Address", "City", "Postal code",
           "Member since", "Notes"]


def row(i: int) -> list[str]:
    return [f"Ann{i}", f"Lee{i % 5000}", f"ann{i}@example.org",
            f"555 {i // 10000:03d} {i % 10000:04d}", f"{i} Elm Street", "Springfield",
            f"H2X {i % 10}Y{i % 7}", f"{1 + i % 28:02d}/{1 + i % 12:02d}/20{i % 20:02d}",
            "Met at the fair"]


def write_csv(path: Path, rows: int = ROWS) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        writer.writerows(row(i) for i in range(rows))


def write_xlsx(path: Path, rows: int = ROWS) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("People")
    sheet.append(HEADERS)
    for i in range(rows):
        sheet.append(row(i))
    book.save(path)


class _Import:
    def __init__(self, env: Env, kind: str) -> None:
        self.work = env.work / f"import-{kind}"
        self.work.mkdir(exist_ok=True)
        self.file = self.work / f"people.{kind}"
        self.csv = self.work / "people.csv"
        self.empty = self.work / "empty.db"
        self.db = self.work / "target.db"
        self.raw = self.work / "raw.db"

    def setup(self) -> None:
        from civicdesk.data import database

        write_csv(self.csv)
        if self.file.suffix == ".xlsx":
            write_xlsx(self.file)
        _remove(self.empty)
        database.close_database(database.open_database(self.empty))

    def measure(self) -> float:
        from civicdesk.data import database
        from civicdesk.exchange import people_import, presets, tables
        from civicdesk.services import imports
        from civicdesk.services.actors import Actor

        _fresh(self.empty, self.db)
        db = database.open_database(self.db)
        try:
            def run() -> None:
                table = tables.read_table(self.file)
                shown = people_import.preview(table, presets.mapping_for(table))
                imports.import_people(Actor("Bench", "admin"), shown.plan)
            return timed(run)
        finally:
            database.close_database(db)

    def baseline(self) -> float:
        _fresh(self.empty, self.raw)
        conn = sqlite3.connect(self.raw)
        try:
            return timed(lambda: _plain_load(conn, self.csv))
        finally:
            conn.close()


def _plain_load(conn: sqlite3.Connection, path: Path) -> None:
    from civicdesk.data import search
    from civicdesk.data.fields import fold

    conn.create_function("civicdesk_fold", 1, fold, deterministic=True)
    with path.open(newline="", encoding="utf-8") as source:
        rows = list(csv.reader(source))[1:]
    now = "2026-01-01 00:00:00"
    households = [(i + 1, now, now, 1, r[4], r[5], r[6]) for i, r in enumerate(rows)]
    people = [(i + 1, now, now, 1, r[0], r[1], fold(f"{r[1]} {r[0]}"), r[2], r[3], i + 1,
               r[8]) for i, r in enumerate(rows)]
    with conn:
        # Indexed as the import does it: the per-row search triggers and the person
        # table's plain indexes off for the load, then made again, the index filled once.
        deferred = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'trigger'"
            " AND name IN ('person_search_ai', 'household_search_ai')) OR (type = 'index' "
            "AND tbl_name = 'person' AND name IN (SELECT name FROM pragma_index_list('person')"
            " WHERE NOT \"unique\")))").fetchall()
        for name, sql in deferred:
            kind = "TRIGGER" if sql.upper().startswith("CREATE TRIGGER") else "INDEX"
            conn.execute(f'DROP {kind} "{name}"')
        conn.executemany("INSERT INTO household (id, created_at, updated_at, version, street, "
                         "city, postal_code, name, unit, region, country, area, notes, "
                         "archived) VALUES (?, ?, ?, ?, ?, ?, ?, '', '', '', '', '', '', 0)",
                         households)
        conn.executemany(
            "INSERT INTO person (id, created_at, updated_at, version, first_name, last_name, "
            "sort_name, email, phone, household_id, notes, preferred_name, mobile, "
            "membership_status, member_number, is_volunteer, availability, "
            "accessibility_notes, consent_directory, consent_email, consent_phone, "
            "consent_photo, sensitive_notes, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, '', '', 'none', '', 0, '', '', 0, 0, 0, 0, '', 0)", people)
        for _, sql in deferred:
            conn.execute(sql)
        conn.execute(f"INSERT INTO {search.TABLE}(rowid, name, email, phone, street) SELECT "
                     f"p.id, {search.name_sql('p')}, {search.email_sql('p')}, "
                     f"{search.phone_sql('p')}, {search.street_sql('p')} FROM person p")
        conn.execute(f"INSERT INTO {search.HOUSEHOLD_TABLE}(rowid, text) SELECT h.id, "
                     f"{search.household_sql('h')} FROM household h")


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fresh(source: Path, target: Path) -> None:
    _remove(target)
    shutil.copyfile(source, target)


# A SignUpGenius report --------------------------------------------------------------------

SIGNUPS = 10_000
SIGNUP_TARGET_RATIO = 10.0
SIGNUP_TARGET_MS = 10_000.0
SIGNUP_HEADERS = ["Sign Up", "Start Date/Time (mm/dd/yyyy)", "End Date/Time (mm/dd/yyyy)",
                  "Location", "Qty", "Item", "First Name", "Last Name", "Email",
                  "Sign Up Comment", "Sign Up Coleader", "Sign Up Timestamp"]


def signup_row(i: int) -> list[str]:
    """Sign-up *i*: 1,000 shifts of 10 places, each of 2,500 people on four of them."""
    person = i % 2500
    shift = i % 250 + 250 * (i // 2500)
    day, hour = 1 + shift % 28, 8 + (shift // 28) % 10
    return [f"Event {shift // 20}", f"03/{day:02d}/2024 {hour:02d}:00",
            f"03/{day:02d}/2024 {hour + 2:02d}:00", "Church hall", "1", f"Item {shift % 20}",
            f"Ann{person}", f"Lee{person % 500}", f"ann{person}@example.org",
            "Bringing a friend" if i % 9 == 0 else "", "", "02/20/2024 18:04"]


def write_signups(path: Path, rows: int = SIGNUPS) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        out.write("Food Bank Volunteers - Spring 2024\r\nCreated by: Maple Street\r\n")
        writer = csv.writer(out)
        writer.writerow(SIGNUP_HEADERS)
        writer.writerows(signup_row(i) for i in range(rows))


class _Signups(_Import):
    def __init__(self, env: Env) -> None:
        super().__init__(env, "signups")
        self.file = self.csv = self.work / "signups.csv"

    def setup(self) -> None:
        from civicdesk.data import database

        write_signups(self.csv)
        _remove(self.empty)
        database.close_database(database.open_database(self.empty))

    def measure(self) -> float:
        from civicdesk.data import database
        from civicdesk.exchange import signups_import, tables
        from civicdesk.services import imports
        from civicdesk.services.actors import Actor

        _fresh(self.empty, self.db)
        db = database.open_database(self.db)
        try:
            def run() -> None:
                shown = signups_import.preview(tables.read_table(self.file))
                assert shown.plan.signups and not shown.plan.problems, shown.counts
                imports.import_signups(Actor("Bench", "admin"), shown.plan)
            return timed(run)
        finally:
            database.close_database(db)

    def baseline(self) -> float:
        _fresh(self.empty, self.raw)
        conn = sqlite3.connect(self.raw)
        try:
            return timed(lambda: _plain_signups(conn, self.csv))
        finally:
            conn.close()


def _plain_signups(conn: sqlite3.Connection, path: Path) -> None:
    from datetime import datetime

    from civicdesk.data.fields import fold

    conn.create_function("civicdesk_fold", 1, fold, deterministic=True)
    with path.open(newline="", encoding="utf-8") as source:
        rows = list(csv.reader(source))[3:]
    now = "2026-01-01 00:00:00"
    events: dict[str, int] = {}
    shifts: dict[tuple, list] = {}
    people: dict[str, tuple] = {}
    signups = []
    for r in rows:
        event = events.setdefault(r[0], len(events) + 1)
        starts = datetime.strptime(r[1], "%m/%d/%Y %H:%M").isoformat(" ")
        ends = datetime.strptime(r[2], "%m/%d/%Y %H:%M").isoformat(" ")
        key = (event, r[5], starts)
        if key not in shifts:
            shifts[key] = [len(shifts) + 1, now, now, 1, event, r[5], starts, ends, r[3], 0]
        shifts[key][-1] += 1
        person = people.get(r[8].casefold())
        if person is None:
            person = people[r[8].casefold()] = (len(people) + 1, now, now, 1, r[6], r[7],
                                                fold(f"{r[7]} {r[6]}"), r[8])
        signups.append((len(signups) + 1, now, now, 1, shifts[key][0], person[0], r[9]))
    with conn:
        conn.executemany("INSERT INTO event (id, created_at, updated_at, version, name, "
                         "description, location, colour, archived) VALUES (?, ?, ?, 1, ?, '',"
                         " '', '#4a90d9', 0)", [(i, now, now, name) for name, i in
                                                events.items()])
        conn.executemany("INSERT INTO shift (id, created_at, updated_at, version, event_id, "
                         "title, starts_at, ends_at, location, capacity, notes, cancelled, "
                         "cancel_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', 0, '')",
                         list(shifts.values()))
        conn.executemany(
            "INSERT INTO person (id, created_at, updated_at, version, first_name, last_name, "
            "sort_name, email, phone, notes, preferred_name, mobile, membership_status, "
            "member_number, is_volunteer, availability, accessibility_notes, "
            "consent_directory, consent_email, consent_phone, consent_photo, sensitive_notes, "
            "archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', 'none', '', 0, '', '', "
            "0, 0, 0, 0, '', 0)", list(people.values()))
        conn.executemany("INSERT INTO assignment (id, created_at, updated_at, version, "
                         "shift_id, person_id, note, status, override_reason, call_outcome) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, 'signed_up', '', '')", signups)


def scenarios(env: Env) -> list[Scenario]:
    found = []
    for name, kind in (("import_people_100000", "csv"), ("import_people_xlsx_100000", "xlsx")):
        job = _Import(env, kind)
        found.append(Scenario(name, job.measure, job.baseline, TARGET_RATIO, repeat=3,
                              target_ms=TARGET_MS, setup=job.setup))
    signups = _Signups(env)
    found.append(Scenario("import_signups_10000", signups.measure, signups.baseline,
                          SIGNUP_TARGET_RATIO, repeat=3, target_ms=SIGNUP_TARGET_MS,
                          setup=signups.setup))
    return found
