"""Opening the database: settings, and a clear error (with the file untouched) for bad files."""

import shutil
import sqlite3

import pytest

from civicdesk.data import database, errors, migrations, models

from conftest import FIXTURES


@pytest.fixture
def db(new_db):
    """This file tests creating and opening files: its `db` is made from nothing by
    open_database, never copied from the session's schema template (conftest)."""
    return new_db


@pytest.mark.sqlite_only("the file's PRAGMAs (WAL, synchronous ...)")
def test_a_new_file_gets_the_current_schema_and_safe_settings(db, db_path):
    assert database.schema_version(db) == migrations.SCHEMA_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    assert db_path.is_file()


def test_a_new_file_has_the_default_request_categories(db):
    names = [c.name for c in models.RequestCategory.select().order_by(models.RequestCategory.sort_order)]
    assert names[:3] == ["groceries", "ride", "repair"]
    assert models.RequestCategory.get(name="ride").skill.name == "driving"


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match="(?i)FOREIGN KEY"):
        models.Person.create(first_name="Ann", household=999)


def _bytes(path):
    return path.read_bytes()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(errors.DatabaseIsFolder, match="is a folder"):
        database.open_database(tmp_path)


def test_a_text_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("shopping list: milk, eggs\n")
    with pytest.raises(errors.NotADatabase, match="is not a CivicDesk database"):
        database.open_database(path)
    assert path.read_text() == "shopping list: milk, eggs\n"


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(errors.NotADatabase):
        database.open_database(path)
    assert _bytes(path) == before
    assert not (tmp_path / "other.db-wal").exists()


def test_a_truncated_database_is_reported_as_damaged(tmp_path):
    path = tmp_path / "cut.db"
    shutil.copy(FIXTURES / f"schema_v{migrations.SCHEMA_VERSION}.db", path)
    data = _bytes(path)
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(errors.DatabaseDamaged, match="is damaged .*malformed.*no verified backup"):
        database.open_database(path)
    assert len(_bytes(path)) == len(data) // 2


def test_a_file_from_a_newer_civicdesk_is_refused(tmp_path):
    path = tmp_path / "new.db"
    shutil.copy(FIXTURES / f"schema_v{migrations.SCHEMA_VERSION}.db", path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(errors.DatabaseTooNew) as caught:
        database.open_database(path)
    assert "newer CivicDesk" in str(caught.value)
    assert f"data version {migrations.SCHEMA_VERSION + 1}" in str(caught.value)
    assert _bytes(path) == before


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    db = database.open_database(path)
    try:
        assert database.schema_version(db) == migrations.SCHEMA_VERSION
    finally:
        database.close_database(db)


def test_the_parent_folder_is_created(tmp_path):
    db = database.open_database(tmp_path / "a" / "b" / "civicdesk.db")
    database.close_database(db)
    assert (tmp_path / "a" / "b" / "civicdesk.db").is_file()


def _contents(path):
    """Everything in a CivicDesk file but the creation times of its rows."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = {pragma: conn.execute(f"PRAGMA {pragma}").fetchone()[0]
                 for pragma in ("application_id", "user_version", "journal_mode", "page_size",
                                "auto_vacuum", "encoding")}
        found["schema"] = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"):
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')
                       if row[1] not in ("created_at", "updated_at")]
            quoted = ", ".join(f'"{c}"' for c in columns)
            found[table] = conn.execute(f'SELECT {quoted} FROM "{table}" ORDER BY 1').fetchall()
        return found
    finally:
        conn.close()


@pytest.mark.sqlite_only("the template file against a new file")
def test_the_tests_schema_template_is_what_a_new_file_gets(new_db, db_path, schema_template,
                                                           tmp_path):
    """The other test files' `db` is a copy of conftest's template: it must be the very file
    open_database creates (same schema, settings and seeded rows), alone without -wal/-shm."""
    assert sorted(p.name for p in schema_template.parent.iterdir()) == [schema_template.name]
    copy = tmp_path / "template-copy.db"  # reading the template itself would leave a -shm
    shutil.copyfile(schema_template, copy)
    database.close_database(new_db)
    assert _contents(copy) == _contents(db_path)
