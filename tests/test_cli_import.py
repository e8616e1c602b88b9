"""`civicdesk import people FILE ...`, `civicdesk imports` and `civicdesk import undo ID`
(#14): the preview printed, --dry-run writing nothing, logins with --as, bad input as one
line with exit code 2 and the database as it was."""

from __future__ import annotations

import io
import sqlite3
import sys

import pytest

from civicdesk.data import database

from odd_input import Run, run_main

PIN = "2468"


@pytest.fixture
def civicdesk(data_dir, monkeypatch):
    def run(*argv: str, stdin: str = "") -> Run:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return run_main(*argv)
    return run


@pytest.fixture
def people_file(tmp_path):
    path = tmp_path / "membres.csv"
    path.write_bytes(
        "Association du quartier — membres\r\n\r\n"
        "Prénom;Nom;Courriel;Tél;Membre depuis;Notes\r\n"
        "Zoé;Müller;zoe@example.org;(555) 123-4567;25/03/2020;\"Deux lignes\r\nde notes\"\r\n"
        "Jean;Dupont;jean@example;555 987 6543;31/02/2020;\r\n"
        "\r\n".encode("cp1252"))
    return path


def people(data_dir) -> list[tuple]:
    conn = sqlite3.connect(f"{(data_dir / 'civicdesk.db').as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT first_name, last_name, notes FROM person "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()


def test_dry_run_prints_the_preview_and_writes_nothing(civicdesk, people_file, data_dir):
    missing = civicdesk("import", "people", str(people_file), "--dry-run")
    assert missing.code == 2 and "there is no database" in missing.err
    assert not (data_dir / "civicdesk.db").exists()
    database.close_database(database.open_database(data_dir / "civicdesk.db"))
    run = civicdesk("import", "people", str(people_file), "--dry-run")
    assert run.code == 0, run
    assert "membres.csv (CSV, cp1252, delimiter semicolon; header on row 3)" in run.out
    assert "to create: 1" in run.out
    assert ("row 5, Courriel, \u201cjean@example\u201d: \u201cjean@example\u201d is not an "
            "email address") in run.out
    assert "row 5, Membre depuis, \u201c31/02/2020\u201d" in run.out
    assert run.out.rstrip().endswith("dry run: nothing was written")
    assert people(data_dir) == []


def test_import_then_list_then_undo(civicdesk, people_file, data_dir):
    run = civicdesk("import", "people", str(people_file))
    assert run.code == 0, run
    assert "import 1: created 1 person" in run.out
    assert people(data_dir) == [("Zoé", "Müller", "Deux lignes\nde notes")]
    listed = civicdesk("imports")
    assert "membres.csv (generic): created 1, changed 0, unchanged 0, problems 1; in place" \
        in listed.out
    undone = civicdesk("import", "undo", "1")
    assert undone.code == 0 and "import 1 undone: removed 1 person" in undone.out
    assert people(data_dir) == []
    assert "undone" in civicdesk("imports").out
    again = civicdesk("import", "undo", "1")
    assert again.code == 2 and "was already undone" in again.err


@pytest.mark.parametrize("args, says", [
    (["--preset", "salesforce"], "there is no preset salesforce; the presets are: generic, "
                                 "civicrm, wildapricot"),
    (["--map", "Courriel=emial"], "--map \u201cCourriel=emial\u201d: emial is not a field "
                                  "CivicDesk imports"),
    (["--map", "Courriel"], "write it as \u201cColumn=field\u201d"),
])
def test_bad_options_are_one_line_and_change_nothing(civicdesk, people_file, data_dir,
                                                     args, says):
    run = civicdesk("import", "people", str(people_file), *args)
    assert run.code == 2 and run.err.startswith("civicdesk: ") and says in run.err, run
    assert run.err.count("\n") == 1
    assert people(data_dir) == []


def test_a_bad_file_is_one_line(civicdesk, tmp_path, data_dir):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    run = civicdesk("import", "people", str(path))
    assert run.code == 2 and "photo.xlsx is not a table CivicDesk can read" in run.err


def test_with_accounts_a_coordinator_imports_and_a_volunteer_is_refused(
        civicdesk, people_file, data_dir):
    assert civicdesk("user", "add", "ana", "--role", "admin", "--password-stdin",
                     stdin=f"{PIN}\n").code == 0
    assert civicdesk("--as", "ana", "--password-stdin", "user", "add", "vi", "--role",
                     "volunteer", "--password-stdin", stdin=f"{PIN}\n1357\n").code == 0
    nobody = civicdesk("import", "people", str(people_file))
    assert nobody.code == 2 and "--as NAME" in nobody.err
    refused = civicdesk("--as", "vi", "--password-stdin", "import", "people",
                        str(people_file), "--dry-run", stdin="1357\n")
    assert refused.code == 2 and "is not allowed to import people" in refused.err
    run = civicdesk("--as", "ana", "--password-stdin", "import", "people", str(people_file),
                    stdin=f"{PIN}\n")
    assert run.code == 0, run
    assert [p[0] for p in people(data_dir)] == ["Zoé"]


def test_amounts_that_read_two_ways_need_decimal_mark(civicdesk, tmp_path, data_dir):
    path = tmp_path / "cotisations.csv"
    path.write_bytes("Prénom;Nom;Cotisation;Payé le\r\nZoé;Müller;1.200;15/03/2026\r\n"
                     "Jean;Dupont;20;16/03/2026\r\n".encode("cp1252"))
    asked = civicdesk("import", "people", str(path))
    assert asked.code == 2 and "--decimal-mark comma or --decimal-mark point" in asked.err
    assert people(data_dir) == []
    run = civicdesk("import", "people", str(path), "--decimal-mark", "comma")
    assert run.code == 0, run
    assert "amounts read with a decimal comma" in run.out
    assert "dues payments to record: 2" in run.out
    assert "recorded 2 dues payments" in run.out
    conn = sqlite3.connect(f"{(data_dir / 'civicdesk.db').as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT amount_cents, paid_on FROM payment ORDER BY id").fetchall() \
            == [(120000, "2026-03-15"), (2000, "2026-03-16")]
    finally:
        conn.close()
    undone = civicdesk("import", "undo", "1")
    assert "removed 2 dues payments, 2 people" in undone.out
