"""Upgrading older files: from empty, and from a real fixture of every earlier version."""

import shutil

import pytest

from civicdesk.data import backups, database, errors, integrity, migrations, models, search

from conftest import FIXTURES

pytestmark = pytest.mark.sqlite_only("upgrading the .db fixtures of older versions")


def _copy_fixture(version, tmp_path):
    target = tmp_path / "data" / "civicdesk.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / f"schema_v{version}.db", target)
    return target


def test_there_is_a_fixture_for_every_schema_version():
    for version in range(1, migrations.SCHEMA_VERSION + 1):
        assert (FIXTURES / f"schema_v{version}.db").is_file(), \
            f"run scripts/make_schema_fixture.py for version {version}"


@pytest.mark.parametrize("version", range(1, migrations.SCHEMA_VERSION + 1))
def test_every_older_version_upgrades_and_keeps_its_data(version, tmp_path):
    path = _copy_fixture(version, tmp_path)
    db = database.open_database(path)
    try:
        assert database.schema_version(db) == migrations.SCHEMA_VERSION
        names = sorted(p.first_name for p in models.Person.select())
        assert names == ["Zoë", "Анна"]
        assert search.matching_ids(db, "muller") == [models.Person.get(first_name="Zoë").id]
        assert integrity.check(db).ok
    finally:
        database.close_database(db)
    backups = list((path.parent / "backups").glob("*.db"))
    assert len(backups) == (1 if version < migrations.SCHEMA_VERSION else 0)


def test_the_backup_is_the_file_as_it_was_before(tmp_path):
    path = _copy_fixture(1, tmp_path)
    database.close_database(database.open_database(path))
    (backup,) = backups.list_backups(path.parent / "backups")
    assert backup.kind == backups.BEFORE_UPGRADE and backup.verified
    assert backup.schema_version == 1 and backup.people == 2
    import sqlite3

    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 2
    conn.close()


def test_a_failing_step_leaves_the_file_at_its_old_version(tmp_path, monkeypatch):
    path = _copy_fixture(1, tmp_path)

    def broken(db):
        db.execute_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(migrations, "STEPS", [(2, broken)])
    with pytest.raises(errors.CannotOpen, match="disk unplugged"):
        database.open_database(path)
    import sqlite3

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone()
    conn.close()


def _triggers(db):
    return db.execute_sql("SELECT name, tbl_name, sql FROM sqlite_master "
                          "WHERE type = 'trigger' ORDER BY name").fetchall()


def test_version_5_makes_the_history_of_a_version_4_file_append_only(tmp_path, new_db):
    expected = _triggers(new_db)  # what a new file gets
    database.close_database(new_db)
    path = _copy_fixture(4, tmp_path / "old")
    db = database.open_database(path)
    try:
        assert database.schema_version(db) == migrations.SCHEMA_VERSION
        assert _triggers(db) == expected
        entries = models.AuditEntry.select().count()
        assert entries > 0 and models.RequestUpdate.select().count() > 0  # kept
        for statement in ("UPDATE audit_entry SET actor = 'x'", "DELETE FROM audit_entry",
                          "UPDATE request_update SET note = 'x'", "DELETE FROM request_update"):
            with pytest.raises(Exception, match="is append-only"):
                db.execute_sql(statement)
        assert models.AuditEntry.select().count() == entries
    finally:
        database.close_database(db)
