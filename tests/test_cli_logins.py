"""The command line with logins: `civicdesk user ...`, the global `--as NAME` with
`--password-stdin` (the acting user's line first, then a new one), `demo --with-logins`,
and every command that changes or exports data refusing to run as nobody."""

from __future__ import annotations

import getpass
import io
import json
import re
import shutil
import sqlite3
import subprocess
import sys

import pytest

from civicdesk.data import migrations

from conftest import FIXTURES, ROOT, run_civicdesk
from odd_input import Run, run_main

ANA_PIN, BOB_PIN = "2468", "1357"


@pytest.fixture
def civicdesk(data_dir, monkeypatch):
    """`civicdesk(*argv, stdin="...")`: the command run in this process on the data
    folder's database, standard input holding *stdin*."""

    def run(*argv: str, stdin: str = "") -> Run:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return run_main(*argv)
    return run


def rows(data_dir, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"{(data_dir / 'civicdesk.db').as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def users(data_dir) -> list[tuple]:
    return rows(data_dir, "SELECT username, role, active FROM user ORDER BY id")


def refusals(data_dir) -> list[dict]:
    found = rows(data_dir, "SELECT changes FROM audit_entry WHERE action = 'refused' ORDER BY id")
    return [json.loads(changes) for (changes,) in found]


def one_line(run: Run) -> str:
    assert run.code == 2, run
    assert run.err.startswith("civicdesk: ") and run.err.count("\n") == 1, run.err
    assert "Traceback" not in run.err
    return run.err


@pytest.fixture
def ana(civicdesk, data_dir):
    """A database whose first admin is ana (PIN 2468)."""
    made = civicdesk("user", "add", "ana", "--role", "admin", "--display-name", "Ana Admin",
                     "--password-stdin", stdin=f"{ANA_PIN}\n")
    assert made.code == 0, made
    return data_dir


@pytest.fixture
def bob(civicdesk, ana):
    """... and a volunteer, bob (PIN 1357)."""
    made = civicdesk("--as", "ana", "--password-stdin", "user", "add", "bob", "--role",
                     "volunteer", "--password-stdin", stdin=f"{ANA_PIN}\n{BOB_PIN}\n")
    assert made.code == 0, made
    return ana


# user add -------------------------------------------------------------------------------

def test_the_first_user_is_added_without_a_login_and_is_the_first_admin(civicdesk, ana):
    assert users(ana) == [("ana", "admin", 1)]
    assert rows(ana, "SELECT display_name FROM user") == [("Ana Admin",)]


def test_the_first_user_must_be_an_admin_and_no_file_is_made_for_a_refusal(civicdesk, data_dir):
    refused = civicdesk("user", "add", "ana", "--role", "volunteer", "--password-stdin",
                        stdin=f"{ANA_PIN}\n")
    assert "must be an admin (--role admin)" in one_line(refused)
    assert not (data_dir / "civicdesk.db").exists()


def test_a_second_user_add_without_as_says_to_log_in(civicdesk, ana):
    refused = civicdesk("user", "add", "bob", "--role", "volunteer", "--password-stdin",
                        stdin=f"{BOB_PIN}\n")
    assert "--as NAME" in one_line(refused) and "user accounts" in refused.err
    assert users(ana) == [("ana", "admin", 1)]


def test_as_on_a_database_without_accounts_says_there_are_none(civicdesk, data_dir):
    refused = civicdesk("--as", "ana", "--password-stdin", "user", "add", "ana", "--role",
                        "admin", "--password-stdin", stdin=f"{ANA_PIN}\n{ANA_PIN}\n")
    assert "no user accounts yet" in one_line(refused)


def test_an_admin_adds_a_user_who_can_then_log_in(civicdesk, bob):
    assert users(bob) == [("ana", "admin", 1), ("bob", "volunteer", 1)]
    listed = civicdesk("--as", "bob", "--password-stdin", "user", "list", stdin=f"{BOB_PIN}\n")
    assert listed.code == 0, listed
    entries = rows(bob, "SELECT actor, action, table_name FROM audit_entry ORDER BY id")
    assert ("Ana Admin", "create", "user") in entries and ("bob", "login", "user") in entries


def test_the_acting_users_line_comes_first_and_the_new_users_second(tmp_path):
    """As a script would run it: one standard input, two lines, in a child process."""
    db = str(tmp_path / "civicdesk.db")

    def civicdesk(*argv: str, stdin: str):
        return subprocess_run(["--db", db, *argv], stdin)

    assert civicdesk("user", "add", "ana", "--role", "admin", "--password-stdin",
                     stdin=f"{ANA_PIN}\n").returncode == 0
    added = civicdesk("--as", "ana", "--password-stdin", "user", "add", "bob", "--role",
                      "coordinator", "--password-stdin", stdin=f"{ANA_PIN}\n{BOB_PIN}\n")
    assert added.returncode == 0, added.stderr
    assert civicdesk("--as", "bob", "--password-stdin", "user", "list",
                     stdin=f"{BOB_PIN}\n").returncode == 0
    swapped = civicdesk("--as", "bob", "--password-stdin", "user", "list", stdin=f"{ANA_PIN}\n")
    assert swapped.returncode == 2 and "not right for bob" in swapped.stderr


def subprocess_run(argv: list[str], stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civicdesk", *argv], input=stdin,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


# logging in ------------------------------------------------------------------------------

def test_a_wrong_secret_is_refused_audited_and_changes_nothing(civicdesk, ana):
    refused = civicdesk("--as", "ana", "--password-stdin", "user", "add", "bob", "--role",
                        "volunteer", "--password-stdin", stdin=f"9999\n{BOB_PIN}\n")
    assert "not right for Ana Admin" in one_line(refused)
    assert "4" in refused.err  # attempts left
    assert users(ana) == [("ana", "admin", 1)]
    assert [r["why"] for r in refusals(ana)] == ["wrong secret"]


@pytest.mark.parametrize("who", ["nobody", "bob-deactivated"])
def test_an_unknown_or_deactivated_user_cannot_log_in(civicdesk, bob, who):
    if who == "bob-deactivated":
        assert civicdesk("--as", "ana", "--password-stdin", "user", "deactivate", "bob",
                         stdin=f"{ANA_PIN}\n").code == 0
    name = who.split("-")[0]
    refused = civicdesk("--as", name, "--password-stdin", "user", "list", stdin=f"{BOB_PIN}\n")
    assert f"no active user named \u201c{name}\u201d" in one_line(refused)
    assert refusals(bob)[-1]["why"] == "unknown user"


def test_a_user_who_must_wait_is_told_for_how_long(civicdesk, ana, clock):
    for _ in range(5):
        civicdesk("--as", "ana", "--password-stdin", "user", "list", stdin="0000\n")
    waiting = civicdesk("--as", "ana", "--password-stdin", "user", "list", stdin=f"{ANA_PIN}\n")
    assert "try again in" in one_line(waiting) and "seconds" in waiting.err


def test_a_volunteer_cannot_add_an_admin(civicdesk, bob):
    refused = civicdesk("--as", "bob", "--password-stdin", "user", "add", "eve", "--role",
                        "admin", "--password-stdin", stdin=f"{BOB_PIN}\n86420\n")
    assert "bob is not allowed to manage user accounts" in one_line(refused)
    assert [u[0] for u in users(bob)] == ["ana", "bob"]
    assert refusals(bob)[-1]["service"] == "accounts.add_user"
    assert rows(bob, "SELECT actor FROM audit_entry WHERE action = 'refused'") == [("bob",)]


def test_the_secret_is_asked_without_echo_when_not_on_standard_input(civicdesk, ana, monkeypatch):
    asked = []
    answers = iter([ANA_PIN, BOB_PIN, BOB_PIN])
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or next(answers))
    added = civicdesk("--as", "ana", "user", "add", "bob", "--role", "volunteer")
    assert added.code == 0, added
    assert asked == ["PIN or password for ana: ", "PIN or password for bob: ",
                     "The same again, to be sure: "]
    assert [u[0] for u in users(ana)] == ["ana", "bob"]


def test_two_different_new_secrets_change_nothing(civicdesk, ana, monkeypatch):
    answers = iter([ANA_PIN, BOB_PIN, "1358"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt: next(answers))
    refused = civicdesk("--as", "ana", "user", "add", "bob", "--role", "volunteer")
    assert "are not the same; nothing was changed" in one_line(refused)
    assert users(ana) == [("ana", "admin", 1)]


@pytest.mark.parametrize(("line", "message"), [
    ("12", "A PIN has at least 4 digits."),
    ("short", "A password has at least 8 characters"),
    ("", "no PIN or password for bob: its line on standard input is empty"),
    (None, "no PIN or password for bob: standard input has no more lines"),
])
def test_a_short_or_missing_new_secret_is_refused_clearly(civicdesk, ana, line, message):
    stdin = f"{ANA_PIN}\n" + ("" if line is None else f"{line}\n")
    refused = civicdesk("--as", "ana", "--password-stdin", "user", "add", "bob", "--role",
                        "volunteer", "--password-stdin", stdin=stdin)
    assert message in one_line(refused)
    assert users(ana) == [("ana", "admin", 1)]


# list, reset, deactivate -----------------------------------------------------------------

def test_user_list_shows_names_roles_whether_active_and_the_last_login(civicdesk, bob, clock):
    listed = civicdesk("--as", "ana", "--password-stdin", "user", "list", stdin=f"{ANA_PIN}\n")
    assert listed.code == 0, listed
    header, first, second = listed.out.splitlines()
    assert header.split() == ["NAME", "DISPLAY", "NAME", "ROLE", "ACTIVE", "LAST", "LOGIN"]
    assert first.split()[:5] == ["ana", "Ana", "Admin", "admin", "yes"]
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d$", first)
    assert second.split() == ["bob", "bob", "volunteer", "yes", "never"]


def test_reset_gives_a_new_secret_and_the_old_one_stops_working(civicdesk, bob):
    reset = civicdesk("--as", "ana", "--password-stdin", "user", "reset", "bob",
                      "--password-stdin", stdin=f"{ANA_PIN}\n97531\n")
    assert reset.code == 0, reset
    assert civicdesk("--as", "bob", "--password-stdin", "user", "list",
                     stdin="97531\n").code == 0
    assert "not right" in one_line(civicdesk("--as", "bob", "--password-stdin", "user", "list",
                                             stdin=f"{BOB_PIN}\n"))


def test_reset_of_a_user_who_does_not_exist(civicdesk, ana):
    refused = civicdesk("--as", "ana", "--password-stdin", "user", "reset", "zed",
                        "--password-stdin", stdin=f"{ANA_PIN}\n97531\n")
    assert "there is no user named \u201czed\u201d" in one_line(refused)


def test_deactivate_keeps_the_user_but_not_their_login(civicdesk, bob):
    done = civicdesk("--as", "ana", "--password-stdin", "user", "deactivate", "bob",
                     stdin=f"{ANA_PIN}\n")
    assert done.code == 0 and "can no longer log in" in done.out
    assert users(bob) == [("ana", "admin", 1), ("bob", "volunteer", 0)]


def test_the_last_admin_cannot_be_deactivated(civicdesk, ana):
    refused = civicdesk("--as", "ana", "--password-stdin", "user", "deactivate", "ana",
                        stdin=f"{ANA_PIN}\n")
    assert "last active admin" in one_line(refused)
    assert users(ana) == [("ana", "admin", 1)]


# demo --with-logins ----------------------------------------------------------------------

def test_demo_makes_no_logins_unless_asked(civicdesk, data_dir):
    assert civicdesk("demo", "--people", "10").code == 0
    assert users(data_dir) == []


def test_demo_with_logins_prints_one_pin_per_role_that_logs_in(civicdesk, data_dir):
    made = civicdesk("demo", "--people", "10", "--with-logins")
    assert made.code == 0, made
    pins = dict(re.findall(r"^\s+(\w+)\s+\w+\s+PIN (\d{6})$", made.out, re.MULTILINE))
    assert set(pins) == {"admin", "coordinator", "volunteer"}
    assert users(data_dir) == [("admin", "admin", 1), ("coordinator", "coordinator", 1),
                               ("volunteer", "volunteer", 1)]
    for name, pin in pins.items():
        logged_in = civicdesk("--as", name, "--password-stdin", "user", "list",
                              stdin=f"{pin}\n")
        assert logged_in.code == 0, (name, logged_in)
    assert "not right" in one_line(civicdesk("--as", "volunteer", "--password-stdin", "user",
                                             "list", stdin=f"{pins['admin']}\n"))


def test_demo_with_logins_on_a_database_with_a_taken_name_changes_nothing(civicdesk, data_dir):
    assert civicdesk("user", "add", "admin", "--role", "admin", "--password-stdin",
                     stdin=f"{ANA_PIN}\n").code == 0
    refused = civicdesk("--as", "admin", "--password-stdin", "demo", "--people", "10",
                        "--with-logins", stdin=f"{ANA_PIN}\n")
    assert "already has a user named \u201cadmin\u201d" in one_line(refused)
    assert rows(data_dir, "SELECT count(*) FROM person") == [(0,)]


# every command that changes or exports data needs --as --------------------------------------

def _needs_login(tmp_path) -> dict[str, list[str]]:
    backup = tmp_path / "a-backup.db"
    return {
        "demo": ["demo", "--people", "5"],
        "backup": ["backup"],
        "backup -o": ["backup", "-o", str(tmp_path / "copy.db")],
        "restore": ["restore", str(backup)],
        "report": ["report", "roster", "-o", str(tmp_path / "roster.pdf")],
        "calendar": ["calendar", "--event", "Fair", "-o", str(tmp_path / "fair.ics")],
        "user list": ["user", "list"],
        "user reset": ["user", "reset", "ana", "--password-stdin"],
        "user deactivate": ["user", "deactivate", "ana"],
        "audit": ["audit"],
        "settings set": ["settings", "set", "association_name", "Elm Street Neighbours"],
    }


@pytest.mark.parametrize("command", ["demo", "backup", "backup -o", "restore", "report",
                                     "calendar", "user list", "user reset", "user deactivate",
                                     "audit", "settings set"])
def test_a_command_that_changes_or_exports_data_refuses_to_run_without_as(
        civicdesk, ana, tmp_path, command):
    shutil.copyfile(FIXTURES / f"schema_v{migrations.SCHEMA_VERSION}.db", tmp_path / "a-backup.db")
    entries = rows(ana, "SELECT count(*) FROM audit_entry")
    refused = civicdesk(*_needs_login(tmp_path)[command], stdin="97531\n")
    assert "say who you are with --as NAME" in one_line(refused)
    assert rows(ana, "SELECT count(*) FROM audit_entry") == entries
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-backup.db", "data"]
    assert not (ana / "backups").exists()


@pytest.mark.parametrize("argv", [["check"], ["backups"], ["report", "--list"],
                                  ["settings", "list"], ["settings", "get", "paper"]])
def test_reading_commands_need_no_login(civicdesk, ana, argv):
    done = civicdesk(*argv)
    assert done.code == 0, done


def test_the_commands_run_as_the_logged_in_user(civicdesk, ana, tmp_path):
    as_ana = ("--as", "ana", "--password-stdin")
    assert civicdesk(*as_ana, "demo", "--people", "10", stdin=f"{ANA_PIN}\n").code == 0
    assert rows(ana, "SELECT actor FROM audit_entry WHERE action = 'demo'") == [("Ana Admin",)]
    report = civicdesk(*as_ana, "report", "roster", "-o", str(tmp_path / "r.pdf"),
                       stdin=f"{ANA_PIN}\n")
    assert report.code == 0, report
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert civicdesk(*as_ana, "backup", "-o", str(tmp_path / "b.db"),
                     stdin=f"{ANA_PIN}\n").code == 0
    restored = civicdesk(*as_ana, "restore", str(tmp_path / "b.db"), stdin=f"{ANA_PIN}\n")
    assert restored.code == 0, restored
    assert rows(ana, "SELECT actor FROM audit_entry WHERE action = 'restore'") == [
        ("Ana Admin",)]


def test_a_volunteer_may_back_up_into_the_backups_folder_but_not_copy_everything_out(
        civicdesk, bob, tmp_path):
    as_bob = ("--as", "bob", "--password-stdin")
    assert civicdesk(*as_bob, "backup", stdin=f"{BOB_PIN}\n").code == 0
    refused = civicdesk(*as_bob, "backup", "-o", str(tmp_path / "all.db"), stdin=f"{BOB_PIN}\n")
    assert "bob is not allowed to export data in bulk" in one_line(refused)
    assert not (tmp_path / "all.db").exists()
    assert refusals(bob)[-1]["service"] == "storage.back_up_to"


def test_the_audit_log_is_read_as_the_logged_in_user(civicdesk, bob):
    refused = civicdesk("--as", "bob", "--password-stdin", "audit", stdin=f"{BOB_PIN}\n")
    assert "bob is not allowed to" in one_line(refused)
    read = civicdesk("--as", "ana", "--password-stdin", "audit", stdin=f"{ANA_PIN}\n")
    assert read.code == 0, read
    assert "bob" in read.out and "refused" in read.out.lower()


def test_without_accounts_the_commands_work_as_before(tmp_path):
    made = run_civicdesk("--db", str(tmp_path / "x.db"), "demo", "--people", "5")
    assert made.returncode == 0, made.stderr
