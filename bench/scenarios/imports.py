"""Importing people (#14): 100,000 rows of a generic CSV, and the same rows as XLSX.

`import_people_100000`: read the file, guess the mapping, preview (every row checked with
the people service's rules and matched), and import in one transaction, into a new
database each time. The baseline, in the same run: `csv.reader` over the same file and
one `executemany` into the same tables (household, person) on plain sqlite3, in a copy of
the same empty database, with its search triggers. Goal: at most 10x, and under 30 s.

`import_people_xlsx_100000`: the same rows read from an XLSX file (python-calamine).
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
    from civicdesk.data.fields import fold

    conn.create_function("civicdesk_fold", 1, fold, deterministic=True)
    with path.open(newline="", encoding="utf-8") as source:
        rows = list(csv.reader(source))[1:]
    now = "2026-01-01 00:00:00"
    households = [(i + 1, now, now, 1, r[4], r[5], r[6]) for i, r in enumerate(rows)]
    people = [(i + 1, now, now, 1, r[0], r[1], fold(f"{r[1]} {r[0]}"), r[2], r[3], i + 1,
               r[8]) for i, r in enumerate(rows)]
    with conn:
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


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fresh(source: Path, target: Path) -> None:
    _remove(target)
    shutil.copyfile(source, target)


def scenarios(env: Env) -> list[Scenario]:
    found = []
    for name, kind in (("import_people_100000", "csv"), ("import_people_xlsx_100000", "xlsx")):
        job = _Import(env, kind)
        found.append(Scenario(name, job.measure, job.baseline, TARGET_RATIO, repeat=3,
                              target_ms=TARGET_MS, setup=job.setup))
    return found
