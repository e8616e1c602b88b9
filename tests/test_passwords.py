"""Where the password of a database server comes from (#17): the address's own, libpq's
(PGPASSWORD, ~/.pgpass), this computer's keyring, then asked; a wrong one asked again in
the window and refused on the command line; never written to a settings file. Against a
real server (CIVICDESK_TEST_DB) and a real keyring backend kept in memory."""

from __future__ import annotations

import json

import pytest

from civicdesk import passwords, paths, this_computer
from civicdesk.data import pg_errors, pg_probe
from civicdesk.services import shared_database

from server_data import MemoryKeyring, needs_server

pytestmark = pytest.mark.usefixtures("no_libpq_password")


class Asker:
    """Types the passwords it is given, one per question, and notes why it was asked."""

    def __init__(self, *typed: str, remember: bool = False) -> None:
        self.typed, self.remember, self.problems = list(typed), remember, []

    def __call__(self, where, problem):
        self.problems.append(type(problem).__name__ if problem else None)
        if not self.typed:
            return None
        return passwords.Typed(self.typed.pop(0), self.remember)


@needs_server
def test_the_address_own_password_is_the_only_one_tried(clerk, make_database,
                                                         memory_keyring):
    where = clerk.address(make_database())
    asked = Asker("never used")
    found = passwords.connect(where.with_password(clerk.password), pg_probe.probe, asked)
    assert found.opened.empty and found.typed is None and asked.problems == []
    with pytest.raises(pg_errors.WrongPassword) as refused:
        passwords.connect(where.with_password("wrong"), pg_probe.probe, asked)
    assert "did not accept the user name" in str(refused.value)
    assert asked.problems == [] and clerk.password not in str(refused.value)


@needs_server
def test_libpq_passwords_come_before_the_keyring(clerk, make_database, memory_keyring,
                                                 monkeypatch, tmp_path):
    where = clerk.address(make_database())
    memory_keyring.set_password("CivicDesk", where.key, "not even asked")
    monkeypatch.setenv("PGPASSWORD", clerk.password)
    assert passwords.connect(where, pg_probe.probe, Asker()).opened.empty
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{where.host}:{where.port}:*:{clerk.name}:{clerk.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert passwords.connect(where, pg_probe.probe, Asker()).opened.empty


@needs_server
def test_the_keyring_password_is_used_without_asking(clerk, make_database, memory_keyring):
    where = clerk.address(make_database())
    memory_keyring.set_password("CivicDesk", f"{clerk.name}@{where.host}:{where.port}/"
                                f"{where.database}", clerk.password)
    asked = Asker()
    assert passwords.connect(where, pg_probe.probe, asked).opened.empty
    assert asked.problems == []


@needs_server
def test_without_one_it_is_asked_and_a_wrong_one_asked_again(clerk, make_database,
                                                               memory_keyring):
    where = clerk.address(make_database())
    asked = Asker("wrong", clerk.password)
    found = passwords.connect(where, pg_probe.probe, asked)
    assert found.opened.empty and found.typed.password == clerk.password
    assert asked.problems == [None, "WrongPassword"]  # first: nothing known; then: refused
    assert memory_keyring.kept == {}  # remembered only when asked to (by the window)


@needs_server
def test_an_outdated_keyring_password_is_said_and_forgotten_once_a_typed_one_works(
        clerk, make_database, memory_keyring):
    where = clerk.address(make_database())
    passwords.remember(where, "the old one")
    asked = Asker(clerk.password)
    assert passwords.connect(where, pg_probe.probe, asked).opened.empty
    assert asked.problems == ["WrongPassword"]
    assert passwords.saved(where) is None


@needs_server
def test_the_command_line_way_refuses_a_wrong_typed_password(clerk, make_database,
                                                             memory_keyring):
    where = clerk.address(make_database())
    with pytest.raises(pg_errors.WrongPassword):
        passwords.connect(where, pg_probe.probe, Asker("wrong", clerk.password), again=False)


@needs_server
def test_cancelling_the_question_connects_to_nothing(clerk, make_database, no_keyring):
    where = clerk.address(make_database())
    asked = Asker()
    assert passwords.connect(where, pg_probe.probe, asked) is None
    assert asked.problems == [None]


@needs_server
def test_what_else_stands_in_the_way_is_raised_without_asking(clerk, memory_keyring):
    where = clerk.address("no_such_database")
    asked = Asker(clerk.password)
    with pytest.raises(pg_errors.NoSuchServerDatabase):
        passwords.connect(where.with_password(clerk.password), pg_probe.probe, asked)
    down = type(where)(host="127.0.0.1", port=1, user=clerk.name, database="x")
    with pytest.raises(pg_errors.ServerUnreachable):
        passwords.connect(down, pg_probe.probe, asked)
    assert asked.problems == []


def test_the_keyring_keeps_and_forgets_by_address(memory_keyring):
    where = shared_database.parse("postgresql://ana@office-pc:5433/association")
    assert passwords.keyring_usable()
    passwords.remember(where, "s3cret")
    assert memory_keyring.kept == {("CivicDesk", "ana@office-pc:5433/association"): "s3cret"}
    assert passwords.saved(where) == "s3cret"
    assert passwords.saved(where.with_database("other")) is None
    passwords.forget(where)
    passwords.forget(where)  # nothing kept: nothing to do
    assert passwords.saved(where) is None


def test_without_a_keyring_nothing_is_kept_and_remembering_says_why(no_keyring):
    where = shared_database.parse("postgresql://ana@office-pc/association")
    assert not passwords.keyring_usable()
    assert passwords.saved(where) is None
    with pytest.raises(passwords.CannotRemember) as refused:
        passwords.remember(where, "s3cret")
    assert "ana@office-pc:5432/association" in str(refused.value)


def test_a_broken_keyring_is_no_reason_not_to_connect(monkeypatch):
    class Broken(MemoryKeyring):
        def get_password(self, service, username):
            raise RuntimeError("the D-Bus session is gone")

    import keyring

    before = keyring.get_keyring()
    keyring.set_keyring(Broken())
    try:
        assert passwords.saved(shared_database.parse("postgresql://a@b/c")) is None
    finally:
        keyring.set_keyring(before)


def test_this_computer_remembers_the_address_and_never_the_password(memory_keyring):
    where = shared_database.parse("postgresql://ana:s3cret@office-pc/association"
                                  "?sslmode=require")
    shared_database.remember(where)
    saved = json.loads(paths.this_computer_file().read_text(encoding="utf-8"))
    assert saved == {"shared_database": "postgresql://ana@office-pc/association?sslmode=require"}
    assert "s3cret" not in paths.this_computer_file().read_text(encoding="utf-8")
    assert shared_database.remembered() == where and shared_database.remembered().password \
        is None
    this_computer.save("language", "fr")  # the other choices stay as they were
    shared_database.forget()
    assert shared_database.remembered() is None
    assert this_computer.read() == {"language": "fr"}


@pytest.mark.parametrize("odd", ["", "not an address", "mysql://a@b/c", 42, ["x"]])
def test_a_remembered_choice_that_is_no_address_is_no_choice(odd):
    this_computer.save("shared_database", odd)
    assert shared_database.remembered() is None
