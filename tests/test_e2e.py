"""The app as a user starts it: a child process that opens the window on a new database."""

import sqlite3

import pytest

from civicdesk.data import migrations

from conftest import run_civicdesk

pytestmark = pytest.mark.e2e


def test_the_app_starts_creates_its_database_and_exits_cleanly(tmp_path):
    result = run_civicdesk("--data-dir", str(tmp_path), "--quit-after-show", timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    conn = sqlite3.connect(tmp_path / "civicdesk.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    conn.close()
    assert (tmp_path / "logs" / "civicdesk.log").exists()


def test_the_app_upgrades_an_old_database_on_start(tmp_path):
    import shutil

    from conftest import FIXTURES

    shutil.copy(FIXTURES / "schema_v1.db", tmp_path / "civicdesk.db")
    result = run_civicdesk("--data-dir", str(tmp_path), "--quit-after-show", timeout=60)
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(tmp_path / "civicdesk.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    conn.close()
    assert list((tmp_path / "backups").glob("civicdesk-*-before-upgrade.db"))
