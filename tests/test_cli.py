"""The headless commands, run as a user would run them: in a child process."""

import os
import shutil
import sqlite3

import pytest

from civicdesk import __version__
from civicdesk.data import migrations

from conftest import FIXTURES, run_civicdesk, without_root_powers

pytestmark = pytest.mark.e2e


def test_version_and_help():
    assert run_civicdesk("--version").stdout.strip() == f"CivicDesk {__version__}"
    help_text = run_civicdesk("--help").stdout
    assert "demo" in help_text and "check" in help_text and "--data-dir" in help_text


def test_demo_then_check(tmp_path):
    db = tmp_path / "demo.db"
    made = run_civicdesk("--db", str(db), "demo", "--people", "300", "--seed", "7")
    assert made.returncode == 0, made.stderr
    assert "300 person" in made.stdout
    checked = run_civicdesk("check", "--db", str(db))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip().endswith("ok")
    assert any(line.split() == ["person", "300"] for line in checked.stdout.splitlines())


def test_demo_never_goes_into_a_database_with_people(tmp_path):
    db = tmp_path / "demo.db"
    run_civicdesk("--db", str(db), "demo", "--people", "20")
    again = run_civicdesk("--db", str(db), "demo", "--people", "20")
    assert again.returncode == 2
    assert "already has people" in again.stderr and "Traceback" not in again.stderr


def test_the_data_dir_variable_and_option_choose_the_folder(tmp_path):
    by_env = run_civicdesk("demo", "--people", "5",
                           env={"CIVICDESK_DATA_DIR": str(tmp_path / "env")})
    assert by_env.returncode == 0, by_env.stderr
    assert (tmp_path / "env" / "civicdesk.db").is_file()
    by_option = run_civicdesk("--data-dir", str(tmp_path / "opt"), "demo", "--people", "5")
    assert by_option.returncode == 0, by_option.stderr
    assert (tmp_path / "opt" / "civicdesk.db").is_file()


def test_check_lists_what_is_wrong(tmp_path):
    db = tmp_path / "demo.db"
    run_civicdesk("--db", str(db), "demo", "--people", "50")
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM person_search WHERE rowid = 3")
    conn.commit()
    conn.close()
    checked = run_civicdesk("--db", str(db), "check")
    assert checked.returncode == 1
    assert "search index: person 3 is missing" in checked.stdout


def _copy(tmp_path):
    path = tmp_path / "civicdesk.db"
    shutil.copy(FIXTURES / f"schema_v{migrations.SCHEMA_VERSION}.db", path)
    return path


def _prepare_folder(tmp_path):
    return str(tmp_path)


def _truncated(tmp_path):
    path = _copy(tmp_path)
    path.write_bytes(path.read_bytes()[:20000])
    return str(path)


def _text_file(tmp_path):
    path = tmp_path / "civicdesk.db"
    path.write_text("name,email\nAnn,ann@example.org\n")
    return str(path)


def _too_new(tmp_path):
    path = _copy(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    return str(path)


@pytest.mark.parametrize("make, says", [
    (_prepare_folder, "is a folder"),
    (_text_file, "is not a CivicDesk database"),
    (_truncated, "is damaged"),
    (_too_new, "newer CivicDesk"),
])
def test_bad_database_paths_get_a_clear_message(tmp_path, make, says):
    target = make(tmp_path)
    before = open(target, "rb").read() if os.path.isfile(target) else None
    result = run_civicdesk("--db", target, "check")
    assert result.returncode == 2
    assert says in result.stderr and "Traceback" not in result.stderr
    if before is not None:
        assert open(target, "rb").read() == before


def test_an_unreadable_database_gets_a_clear_message(tmp_path):
    path = _copy(tmp_path)
    path.chmod(0)
    try:
        result = run_civicdesk("--db", str(path), "check", prefix=without_root_powers())
    finally:
        path.chmod(0o644)
    assert result.returncode == 2, result.stderr
    assert "not allowed to read" in result.stderr and "Traceback" not in result.stderr


def test_a_read_only_data_folder_gets_a_clear_message(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = run_civicdesk("--data-dir", str(folder), "demo", "--people", "5",
                               prefix=without_root_powers())
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2, result.stderr
    assert "cannot save in the folder" in result.stderr and "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []


def test_check_reports_a_file_whose_audit_log_lost_its_protection(tmp_path):
    path = _copy(tmp_path)
    assert run_civicdesk("--db", str(path), "check").returncode == 0
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_entry_append_only_delete")
    conn.commit()
    conn.close()
    checked = run_civicdesk("--db", str(path), "check")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "audit_entry_append_only_delete is missing" in checked.stdout
    assert "rows of audit_entry can be changed or deleted" in checked.stdout


@pytest.mark.parametrize(("value", "says"), [
    ("postgresql://ana@127.0.0.1:1/association", "cannot reach the database server "
                                                 "127.0.0.1:1"),
    ("mysql://ana@office-pc/association", "connects to PostgreSQL servers only"),
    ("postgresql://office-pc/association", "the user name is missing")])
def test_a_server_address_is_never_taken_for_a_file_name(tmp_path, value, says):
    """`--db postgresql://...` used to make a SQLite file in a folder named "postgresql:"; now
    it is a server's database (tests/test_cli_server.py), and a value with a scheme that is
    none is refused, saying what is wrong."""
    from conftest import ROOT

    for command in (["check"], ["demo", "--people", "10"]):
        done = run_civicdesk("--data-dir", str(tmp_path), "--db", value, *command)
        assert done.returncode == 2, done.stdout + done.stderr
        assert says in done.stderr and "Traceback" not in done.stderr
    assert not (ROOT / "postgresql:").exists() and not (ROOT / "mysql:").exists()
    assert list(tmp_path.iterdir()) == []  # nothing made anywhere
