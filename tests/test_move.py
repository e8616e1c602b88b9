"""Moving a whole database (#17): `civicdesk move --to FILE.db` and `--to postgresql://...`,
every row as it was (ids, versions, timestamps, the audit log, the import log), verified
before the target commits; refusing a target that holds data, and a failure in the middle
leaving the target empty. The server tests run against the throw-away server of
`CIVICDESK_TEST_DB` and skip without one."""

from __future__ import annotations

import io
import shutil
import sqlite3
import sys
from pathlib import Path

import psycopg
import pytest
from server_db import admin, needs_server

from civicdesk.data import address, copying, database, migrations, models, search
from civicdesk.data.fields import fold
from civicdesk.demo import generate
from civicdesk.exchange import people_import, presets, tables
from civicdesk.services import accounts, imports, member_list, payments, people, preferences
from civicdesk.services.actors import Actor

from conftest import FIXTURES, make_template
from odd_input import Run, run_main

SECRET = "move-it-1234"


# The data: a little of everything, written through the services ---------------------------

def _fill(scratch: Path) -> None:
    tess = Actor("Tess Tester", "admin")
    generate.generate(40, seed=5, actor=tess)
    ada = accounts.create_first_admin("Ada Admin", SECRET, username="ada")
    zoe = people.create_person(ada, {"first_name": "Zoë", "last_name": "Łukasz",
                                     "email": "zoe@example.org", "phone": "(555) 123-4567"})
    first = models.Person.select().order_by(models.Person.id).first()
    # A person reached through a later one, and that one through the first: both references
    # point to rows of the same table, one of them to a row copied after it.
    people.update_person(ada, first.id, first.version, {"reach_via": zoe.id})
    people.update_person(ada, zoe.id, zoe.version, {"reach_via": first.id})
    paid = models.Payment.select().where(models.Payment.person.is_null(False)).first()
    payments.correct_payment(ada, paid.id, "wrong amount", {
        "person": paid.person_id, "amount_cents": paid.amount_cents + 100,
        "paid_on": paid.paid_on, "period_start": paid.period_start,
        "period_end": paid.period_end, "method": paid.method})
    preferences.update_setting(ada, "timezone", "America/Toronto")
    csv = scratch / "new people.csv"
    csv.write_text("First name,Last name,Email\nUma,Unger,uma@example.org\n"
                   "Vic,Vance,vic@example.org\n", encoding="utf-8")
    table = tables.read_table(csv)
    plan = people_import.preview(table, presets.mapping_for(table, "generic")).plan
    imports.import_people(ada, plan)


@pytest.fixture(scope="module")
def town_template(tmp_path_factory) -> Path:
    folder, scratch = tmp_path_factory.mktemp("town"), tmp_path_factory.mktemp("csv")
    return make_template(folder, lambda: _fill(scratch))[0]


@pytest.fixture
def town(tmp_path, town_template) -> Path:
    """A CivicDesk file of the test's own with the town's data (closed)."""
    path = tmp_path / "town" / "civicdesk.db"
    path.parent.mkdir()
    shutil.copyfile(town_template, path)
    return path


def stored_rows(path: Path) -> dict[str, list[tuple]]:
    """Every table of the file *path* as SQLite stores it, in id order."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {m._meta.table_name: conn.execute(
            f'SELECT * FROM "{m._meta.table_name}" ORDER BY "{m._meta.primary_key.column_name}"'
        ).fetchall() for m in models.ALL_MODELS}
    finally:
        conn.close()


def only_read(before: dict, after: dict) -> None:
    """The source of a move is only read: what changed in it is Ada's login for the command
    (its audit entry, her last login), as for any command run with --as."""
    assert {t: rows for t, rows in after.items() if t not in ("audit_entry", "user")} == {
        t: rows for t, rows in before.items() if t not in ("audit_entry", "user")}
    old = len(before["audit_entry"])
    assert after["audit_entry"][:old] == before["audit_entry"]
    assert [entry[4] for entry in after["audit_entry"][old:]] == ["login"]


def values_of(db) -> dict[str, list[tuple]]:
    """Every table of the open database *db* as CivicDesk reads it (Python values, so a
    file and a server compare), in id order."""
    with copying.bound(db):
        return {m._meta.table_name: list(m.select().order_by(m._meta.primary_key).tuples())
                for m in models.ALL_MODELS}


@pytest.fixture
def civicdesk(data_dir, monkeypatch):
    """`civicdesk(*argv, stdin=...)`: the command line, run here, its output captured."""
    def run(*argv: str, stdin: str = "") -> Run:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return run_main(*argv)
    return run


@pytest.fixture
def move(civicdesk):
    """`move(source, target)`: `civicdesk --db SOURCE --as ada move --to TARGET`."""
    def run(source: Path | str, target: Path | str) -> Run:
        return civicdesk("--db", str(source), "--as", "ada", "--password-stdin", "move",
                         "--to", str(target), stdin=SECRET + "\n")
    return run


def found_by_search(text: str) -> list[str]:
    query = member_list.MemberQuery(member_list.MemberFilter(text=text))
    return [f"{row.first_name} {row.last_name}" for row in query.rows(0, 10)]


# File to file ----------------------------------------------------------------------------------

def test_a_file_moves_into_a_new_file_row_for_row(town, tmp_path, move, civicdesk):
    before = stored_rows(town)
    target = tmp_path / "elsewhere" / "civicdesk.db"
    done = move(town, target)
    assert done.code == 0, done.err
    assert "43 people" in done.out and "both pass the check" in done.out
    assert "person: 43 rows copied" in done.err  # progress, a line per table
    after = stored_rows(town)
    assert stored_rows(target) == after  # ids, versions, timestamps, audit and import logs
    only_read(before, after)
    assert [p.name for p in target.parent.iterdir()] == ["civicdesk.db"]  # nothing beside it
    db = database.open_database(target)  # an ordinary CivicDesk file
    try:
        assert found_by_search("lukasz") == ["Zoë Łukasz"]
        assert found_by_search("555123") == ["Zoë Łukasz"]
        made = people.create_person(Actor("Ana", "admin"), {"first_name": "Next"})
        assert made.id == max(row[0] for row in before["person"]) + 1
    finally:
        database.close_database(db)
    assert civicdesk("--db", str(target), "check").code == 0


def test_an_existing_file_with_data_is_refused_and_left_as_it_was(town, tmp_path, move):
    other = tmp_path / "other.db"
    db = database.open_database(other)
    people.create_person(Actor("Ana", "admin"), {"first_name": "Already", "last_name": "Here"})
    database.close_database(db)
    before = stored_rows(other)
    done = move(town, other)
    assert done.code == 2 and "Traceback" not in done.err
    assert "already holds data (person, audit_entry)" in done.err
    assert "nothing was changed" in done.err
    assert stored_rows(other) == before


def test_an_existing_empty_civicdesk_file_is_moved_into(town, tmp_path, move):
    target = tmp_path / "fresh.db"
    database.close_database(database.open_database(target))  # made, holding nothing yet
    done = move(town, target)
    assert done.code == 0, done.err
    assert stored_rows(target) == stored_rows(town)


def test_interrupting_a_move_leaves_no_file(town, tmp_path):
    target = tmp_path / "moved.db"
    source = database.open_database(town, migrate=False)

    def stop(step: copying.Step) -> None:
        if step.phase == copying.COPY and step.table == "payment":
            raise KeyboardInterrupt  # Ctrl+C in the middle

    try:
        with pytest.raises(KeyboardInterrupt):
            copying.to_new_file(source, target, progress=stop)
    finally:
        database.close_database(source)
    assert list(tmp_path.iterdir()) == [town.parent]  # nothing at all, not even a journal


def test_the_command_leaves_nothing_when_the_source_fails_the_check(town, tmp_path, move):
    conn = sqlite3.connect(town)
    conn.execute("DROP TRIGGER audit_entry_append_only_delete")  # the log could be rewritten
    conn.commit()
    conn.close()
    target = tmp_path / "moved.db"
    done = move(town, target)
    assert done.code == 2 and "does not pass CivicDesk's check" in done.err
    assert "audit_entry_append_only_delete" in done.err
    assert not target.exists() and not list(tmp_path.glob(".moved.db*"))


def test_moving_needs_an_admin_and_the_same_database_is_refused(town, tmp_path, move,
                                                                civicdesk):
    no_login = civicdesk("--db", str(town), "move", "--to", str(tmp_path / "x.db"))
    assert no_login.code == 2 and "--as NAME" in no_login.err
    same = move(town, town)
    assert same.code == 2 and "names the database being moved" in same.err
    assert not (tmp_path / "x.db").exists()


def test_an_older_file_is_not_upgraded_by_moving_it(tmp_path, civicdesk):
    old = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema_v5.db", old)
    before = old.read_bytes()
    done = civicdesk("--db", str(old), "move", "--to", str(tmp_path / "new.db"))
    assert done.code == 2 and "saved by an older CivicDesk" in done.err
    assert old.read_bytes() == before and not (tmp_path / "new.db").exists()


def test_the_tables_are_copied_in_dependency_order():
    for position, model in enumerate(models.ALL_MODELS):
        for fk in model._meta.refs:
            assert fk.rel_model is model or models.ALL_MODELS.index(fk.rel_model) < position, \
                f"{model.__name__}.{fk.name} points to a table copied after it"


# On a server -----------------------------------------------------------------------------------

@pytest.fixture
def server_database(empty_server_database):
    return empty_server_database


def url_of(where: address.ServerAddress) -> str:
    return f"postgresql://{where.user}:{where.password}@{where.host}:{where.port}/{where.database}"


def server_counts(where: address.ServerAddress) -> dict[str, int]:
    with psycopg.connect(**where.connect_params()) as conn:
        return {m._meta.table_name: conn.execute(
            f'SELECT count(*) FROM "{m._meta.table_name}"').fetchone()[0]
            for m in models.ALL_MODELS}


def holds_no_data(where: address.ServerAddress) -> bool:
    db = database.open_database(where)
    try:
        return copying.occupied(db) == []
    finally:
        database.close_database(db)


@needs_server
def test_a_file_moves_onto_a_server_and_back_row_for_row(town, tmp_path, server_database,
                                                           move, civicdesk):
    before = stored_rows(town)
    done = move(town, url_of(server_database))
    assert done.code == 0, done.err
    assert "43 people" in done.out and "both pass the check" in done.out
    assert server_database.password not in done.out + done.err
    moved = stored_rows(town)  # with the login of the move in its log
    only_read(before, moved)
    assert server_counts(server_database) == {t: len(rows) for t, rows in moved.items()}
    db = database.open_database(server_database)
    try:
        local = database.open_database(town, migrate=False)
        try:
            assert values_of(db) == values_of(local)  # the same values, read either way
        finally:
            local.close()
        models.database.initialize(db)
        assert found_by_search("lukasz") == ["Zoë Łukasz"]
        made = people.create_person(Actor("Ana", "admin"), {"first_name": "Next"})
        assert made.id == max(row[0] for row in before["person"]) + 1  # the sequence moved on
        models.Person.delete_by_id(made.id)
    finally:
        database.close_database(db)
    back = tmp_path / "back" / "civicdesk.db"
    done = civicdesk("--db", url_of(server_database), "--as", "ada", "--password-stdin",
                     "move", "--to", str(back), stdin=SECRET + "\n")
    assert done.code == 0, done.err
    after = stored_rows(back)
    # The login of the second move is in the log now; everything else is as it was stored
    assert after["audit_entry"][:len(before["audit_entry"])] == before["audit_entry"]
    assert {t: rows for t, rows in after.items() if t not in ("audit_entry", "user")} == {
        t: rows for t, rows in before.items() if t not in ("audit_entry", "user")}


@needs_server
def test_a_server_database_with_data_is_refused_and_left_as_it_was(town, server_database,
                                                                   move):
    db = database.open_database(server_database)
    people.create_person(Actor("Ana", "admin"), {"first_name": "Already"})
    database.close_database(db)
    before = server_counts(server_database)
    done = move(town, url_of(server_database))
    assert done.code == 2 and "already holds data" in done.err
    assert server_counts(server_database) == before


@needs_server
def test_a_row_the_server_cannot_store_is_named_and_nothing_is_copied(town, server_database,
                                                                      move):
    conn = sqlite3.connect(town)
    conn.create_function(search.FOLD, 1, fold, deterministic=True)  # the index's triggers
    pid = conn.execute("SELECT max(id) FROM person").fetchone()[0]
    conn.execute("UPDATE person SET notes = ? WHERE id = ?", ("line one\x00line two", pid))
    conn.execute("UPDATE household SET name = ? WHERE id = 3", ("x" * 300,))
    conn.commit()
    conn.close()
    done = move(town, url_of(server_database))
    assert done.code == 2, done.err
    assert "Row 3 of household" in done.err and "name is 300 characters long" in done.err
    assert holds_no_data(server_database)
    conn = sqlite3.connect(town)
    conn.create_function(search.FOLD, 1, fold, deterministic=True)
    conn.execute("UPDATE household SET name = 'Short' WHERE id = 3")
    conn.commit()
    conn.close()
    done = move(town, url_of(server_database))
    assert done.code == 2
    assert f"Row {pid} of person" in done.err and "NUL character" in done.err
    assert holds_no_data(server_database)


@needs_server
def test_a_connection_lost_in_the_middle_leaves_the_server_database_empty(
        town, server_database):
    source = database.open_database(town, migrate=False)
    target = database.open_database(server_database)
    backend_pid = target.execute_sql("SELECT pg_backend_pid()").fetchone()[0]

    def cut(step: copying.Step) -> None:
        if step.phase == copying.COPY and step.table == "payment" and step.copied == 0:
            with admin() as conn:
                conn.execute("SELECT pg_terminate_backend(%s)", (backend_pid,))

    try:
        with pytest.raises(copying.CopyFailed) as failed:
            copying.copy_all(source, target, progress=cut)
        assert "connection to the database server" in str(failed.value)
        assert "holds no data" in str(failed.value)
    finally:
        database.close_database(target)
        source.close()
    assert holds_no_data(server_database)
    assert sum(server_counts(server_database).values()) == len(
        migrations.DEFAULT_CATEGORIES) + len(set(migrations._CATEGORY_SKILLS.values()))
