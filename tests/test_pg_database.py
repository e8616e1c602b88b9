"""Opening a CivicDesk database on a PostgreSQL server (#17): creating the schema in an empty
database, the version in `civicdesk_schema`, and the refusals and faults, each with a clear
message and nothing changed. Runs against the throw-away server of `CIVICDESK_TEST_DB`
(`make test` starts one when PostgreSQL is installed)."""

from __future__ import annotations

import uuid

import peewee as pw
import psycopg
import pytest
from server_db import admin

from civicdesk.data import address, database, migrations, models, pg_database, pg_errors
from civicdesk.data.errors import DatabaseTooNew
from civicdesk.services import people
from civicdesk.services.actors import Actor

pytestmark = pytest.mark.postgres_only  # the PostgreSQL run's (CIVICDESK_TEST_DB)


@pytest.fixture
def empty_database(empty_server_database):
    return empty_server_database


def test_an_empty_database_gets_the_schema_and_its_version(empty_database):
    db = database.open_database(empty_database)
    try:
        assert set(db.get_tables()) >= {m._meta.table_name for m in models.ALL_MODELS}
        assert pg_database.schema_version(db) == migrations.SCHEMA_VERSION
        assert models.RequestCategory.select().count() == len(migrations.DEFAULT_CATEGORIES)
        made = people.create_person(Actor("Ana", "admin"), {"first_name": "Zoë",
                                                            "last_name": "Müller"})
        assert models.Person.get_by_id(made.id).first_name == "Zoë"
    finally:
        database.close_database(db)
    again = database.open_database(empty_database)
    try:  # opened again: the same rows, nothing created twice
        assert models.Person.select().count() == 1
        assert models.RequestCategory.select().count() == len(migrations.DEFAULT_CATEGORIES)
    finally:
        database.close_database(again)


def test_the_address_as_text_opens_it_too(empty_database):
    text = (f"postgresql://{empty_database.user}:{empty_database.password}@"
            f"{empty_database.host}:{empty_database.port}/{empty_database.database}")
    db = database.open_database(text)
    try:
        assert pg_database.schema_version(db) == migrations.SCHEMA_VERSION
    finally:
        database.close_database(db)


def test_a_database_of_another_program_is_refused_and_left_alone(empty_database):
    with psycopg.connect(**empty_database.connect_params(), autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id serial primary key, total numeric)")
    with pytest.raises(pg_errors.ForeignServerDatabase) as refused:
        database.open_database(empty_database)
    assert empty_database.database in str(refused.value)
    assert "not a CivicDesk database" in str(refused.value)
    with psycopg.connect(**empty_database.connect_params()) as conn:
        tables = {t for (t,) in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"invoices"}


def test_a_newer_schema_is_refused_with_the_same_message_as_a_newer_file(empty_database):
    database.close_database(database.open_database(empty_database))
    with psycopg.connect(**empty_database.connect_params(), autocommit=True) as conn:
        conn.execute("UPDATE civicdesk_schema SET version = version + 1")
    with pytest.raises(DatabaseTooNew) as refused:
        database.open_database(empty_database)
    assert f"data version {migrations.SCHEMA_VERSION + 1}" in str(refused.value)
    assert empty_database.password not in str(refused.value)


def test_an_older_schema_is_upgraded_once_by_the_newer_app(empty_database, monkeypatch):
    """A second app version connecting to the schema of the older one runs the new steps (in
    one transaction); the older app then refuses the newer schema instead of using it."""
    database.close_database(database.open_database(empty_database))

    def _v99(db):
        db.execute_sql("ALTER TABLE person ADD COLUMN nickname VARCHAR(255) NOT NULL DEFAULT ''")

    newer = migrations.SCHEMA_VERSION + 1
    with monkeypatch.context() as m:
        m.setattr(migrations, "STEPS", [*migrations.STEPS, (newer, _v99)])
        m.setattr(migrations, "SCHEMA_VERSION", newer)
        db = database.open_database(empty_database)
        try:
            assert pg_database.schema_version(db) == newer
            assert "nickname" in {c.name for c in db.get_columns("person")}
        finally:
            database.close_database(db)
    with pytest.raises(DatabaseTooNew):  # this (older) app
        database.open_database(empty_database)


def test_a_wrong_password_is_said_so_without_showing_it(empty_database):
    wrong = empty_database.with_password("not-the-password")
    with pytest.raises(pg_errors.WrongPassword) as refused:
        database.open_database(wrong)
    assert "did not accept" in str(refused.value)
    assert "not-the-password" not in str(refused.value)


def test_a_server_that_is_down_is_said_so(empty_database):
    import socket
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    down = address.ServerAddress(host="127.0.0.1", port=port, user="x", database="y",
                                 password="z")
    with pytest.raises(pg_errors.ServerUnreachable) as refused:
        database.open_database(down)
    assert f"127.0.0.1:{port}" in str(refused.value)
    assert "connection to server" not in str(refused.value)  # libpq's prefix, said once
    assert "refused" in str(refused.value).lower()  # what libpq found, in its words


def test_a_missing_database_is_said_so(empty_database):
    with pytest.raises(pg_errors.NoSuchServerDatabase) as refused:
        database.open_database(empty_database.with_database("no_such_db_here"))
    assert "no_such_db_here" in str(refused.value)


def test_a_user_without_rights_to_create_tables_is_told_and_nothing_is_made(empty_database):
    role = f"clerk_{uuid.uuid4().hex[:8]}"
    with admin() as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'pw'")
    try:
        with psycopg.connect(**empty_database.connect_params(), autocommit=True) as conn:
            conn.execute(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {role}")
        clerk = address.ServerAddress(host=empty_database.host, port=empty_database.port,
                                      user=role, database=empty_database.database,
                                      password="pw")
        with pytest.raises(pg_errors.NoCreateRights) as refused:
            database.open_database(clerk)
        assert role in str(refused.value) and "owner" in str(refused.value)
        with psycopg.connect(**empty_database.connect_params()) as conn:
            assert conn.execute("SELECT count(*) FROM pg_tables "
                                "WHERE schemaname = 'public'").fetchone()[0] == 0
    finally:
        with admin() as conn:
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")


def test_a_save_cut_off_by_a_lost_connection_keeps_nothing_and_the_next_save_reconnects(
        empty_database):
    """pg_terminate_backend in the middle of a save: the user is told, the server has
    nothing of it, and the next save connects again by itself."""
    db = database.open_database(empty_database)
    actor = Actor("Ana", "admin")
    try:
        pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
        from civicdesk.services import rows
        with pytest.raises(pg_errors.ConnectionLost) as lost:
            with rows.transaction():
                models.Person.create(first_name="Half", last_name="Written")
                with admin() as conn:
                    conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
                models.Person.create(first_name="Second", last_name="Row")
        assert "nothing of this change was saved" in str(lost.value)
        people.create_person(actor, {"first_name": "After", "last_name": "Reconnecting"})
        assert [p.first_name for p in models.Person.select()] == ["After"]
    finally:
        database.close_database(db)


def test_the_history_is_append_only_on_the_server_too(empty_database):
    from civicdesk.data import append_only
    db = database.open_database(empty_database)
    try:
        people.create_person(Actor("Ana", "admin"), {"first_name": "Ana", "last_name": "Lee"})
        assert append_only.missing_or_changed(db) == []
        for statement in ("UPDATE audit_entry SET action = 'x'", "DELETE FROM audit_entry",
                          "TRUNCATE audit_entry"):
            with pytest.raises(pw.IntegrityError, match="append-only"), db.atomic():
                db.execute_sql(statement)
        assert models.AuditEntry.select().count() == 1
        db.execute_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only_delete")
        assert append_only.missing_or_changed(db) == [
            ("audit_entry", "audit_entry_append_only_delete")]
    finally:
        database.close_database(db)


def test_check_on_the_server_counts_and_finds_nothing_wrong(empty_database):
    from civicdesk.data import integrity
    db = database.open_database(empty_database)
    try:
        people.create_person(Actor("Ana", "admin"), {"first_name": "Ana", "last_name": "Lee"})
        report = integrity.check(db)
        assert report.problems == [] and report.ok
        assert report.counts["person"] == 1 and report.counts["audit_entry"] == 1
        db.execute_sql("ALTER TABLE person DROP COLUMN notes")
        assert any("notes" in problem for problem in integrity.check(db).problems)
    finally:
        database.close_database(db)


def test_text_sorts_by_code_point_as_in_a_file_whatever_the_servers_locale(empty_database):
    """The lists page by key ranges: they need the server to order text as SQLite does."""
    db = database.open_database(empty_database)
    try:
        collations = {name for (name,) in db.execute_sql(
            "SELECT DISTINCT collation_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying') "
            "AND table_name <> 'civicdesk_schema'").fetchall()}
        assert collations == {"C"}
        for name in ("b", "B", "a", "é", "Z"):
            models.Tag.create(name=name, kind="skill")
        assert [t.name for t in models.Tag.select().where(models.Tag.name.in_(
            ["b", "B", "a", "é", "Z"])).order_by(models.Tag.name)] == ["B", "Z", "a", "b", "é"]
    finally:
        database.close_database(db)
