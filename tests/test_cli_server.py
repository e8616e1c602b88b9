"""The commands on a database on a PostgreSQL server (#17): `--db postgresql://USER@HOST
[:PORT]/DATABASE` for check, demo, find, export, user add; the server's password from the
address, standard input, the keyring or the terminal; the address never printed with its
password; and the addresses that are not one, refused saying what is wrong, with nothing
made anywhere."""

from __future__ import annotations

import csv
import io
import sys

import pytest

from civicdesk import app
from civicdesk.data import address, database
from civicdesk.services import actors, people

from conftest import ROOT
from server_data import needs_server

pytestmark = pytest.mark.usefixtures("no_libpq_password")


def civicdesk(capsys, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """`civicdesk ARGS` in this process (standard input: *stdin*): code, output, errors."""
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        code = app.main(list(args))
    finally:
        sys.stdin = sys.__stdin__
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def shared(clerk, make_database):
    """A CivicDesk database of the clerk's on the server: its address without a password,
    and the clerk's password."""
    return clerk.address(make_database(civicdesk=True)), clerk.password


@pytest.fixture
def empty(clerk, make_database):
    """A new, empty database on the server, owned by the clerk (as `shared`)."""
    return clerk.address(make_database()), clerk.password


def url(where: address.ServerAddress, password: str | None = None) -> str:
    """The address as typed after --db (with *password* in it, if given)."""
    login = where.user if password is None else f"{where.user}:{password}"
    return f"postgresql://{login}@{where.host}:{where.port}/{where.database}"


@needs_server
def test_check_sets_up_an_empty_database_and_never_shows_the_password(capsys, empty):
    where, password = empty
    code, out, err = civicdesk(capsys, "--db", url(where, password), "check")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"database: {url(where)}" and lines[-1] == "ok"
    assert any(line.split() == ["person", "0"] for line in lines)
    assert password not in out + err


def add_people(where: address.ServerAddress, password: str, *names: str) -> None:
    """People on file in the server's database, written through the services."""
    db = database.open_database(where.with_password(password))
    try:
        for name in names:
            first, last = name.split()
            people.create_person(actors.local_actor(), {"first_name": first, "last_name": last})
    finally:
        database.close_database(db)


@needs_server
def test_export_writes_the_server_databases_people(capsys, shared, tmp_path):
    where, password = shared
    add_people(where, password, "Zoë Müller", "Ana Ortiz")
    code, out, err = civicdesk(capsys, "--db", url(where, password), "export", "people",
                               "-o", str(tmp_path / "people.csv"))
    assert code == 0, err
    rows = list(csv.reader((tmp_path / "people.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 3 and {"Müller", "Ortiz"} <= {cell for row in rows for cell in
                                                     " ".join(row).replace(",", " ").split()}


@needs_server
def test_find_searches_the_server_database(capsys, shared):
    where, password = shared
    add_people(where, password, "Zoë Müller", "Ana Ortiz")
    code, out, err = civicdesk(capsys, "--db", url(where, password), "find", "muller")
    assert code == 0, err
    assert len(out.splitlines()) == 1 and "Müller, Zoë" in out


@needs_server
def test_demo_fills_a_new_server_database_once(capsys, empty):
    where, password = empty
    db = url(where, password)
    code, out, err = civicdesk(capsys, "--db", db, "demo", "--people", "30", "--seed", "4")
    assert code == 0, err
    assert out.startswith(f"demo data in {url(where)}: ") and password not in out
    assert ", 30 person, " in out
    code, out, err = civicdesk(capsys, "--db", db, "demo", "--people", "5")
    assert code == 2 and f"{url(where)} already has people" in err


@needs_server
def test_the_first_admin_of_a_server_database(capsys, shared):
    where, password = shared  # set up, no accounts yet
    code, out, err = civicdesk(capsys, "--password-stdin", "--db", url(where), "user", "add",
                               "ana", "--role", "admin", "--password-stdin",
                               stdin=f"{password}\nana-secret-1\n")
    assert code == 0, err
    assert f"is the first admin of {url(where)}" in out
    code, out, err = civicdesk(capsys, "--db", url(where, password), "user", "add", "val",
                               "--role", "volunteer")
    assert code == 2 and "--as NAME" in err  # the server's database has accounts now


@needs_server
def test_the_password_on_standard_input_and_a_wrong_one(capsys, shared):
    where, password = shared
    code, out, err = civicdesk(capsys, "--password-stdin", "--db", url(where), "backups",
                               stdin=f"{password}\n")
    assert code == 0, err
    code, out, err = civicdesk(capsys, "--password-stdin", "--db", url(where), "backups",
                               stdin="wrong\n")
    assert (code, out) == (2, "")
    assert err.strip() == (f"civicdesk: The database server {where.host}:{where.port} did "
                           f"not accept the user name {where.user} with this password. Type "
                           f"the password again, or ask whoever runs the server.")
    code, out, err = civicdesk(capsys, "--password-stdin", "--db", url(where), "backups",
                               stdin="")
    assert code == 2 and f"no password for {url(where)}" in err


@needs_server
def test_the_keyring_password_is_used_without_asking(capsys, shared, memory_keyring):
    where, password = shared
    memory_keyring.set_password("CivicDesk", where.key, password)
    code, out, err = civicdesk(capsys, "--db", url(where), "backups", stdin="")
    assert code == 0, err


@needs_server
def test_asked_on_the_terminal_without_echo(shared):
    """Without a password anywhere, a child process asks for it (getpass; here its standard
    input is no terminal, so it reads the line there)."""
    import subprocess

    where, password = shared
    done = subprocess.run([sys.executable, "-m", "civicdesk", "--db", url(where), "backups"],
                          input=f"{password}\n", capture_output=True, text=True, cwd=ROOT,
                          timeout=120)  # the environment: no_libpq_password's
    assert done.returncode == 0, done.stderr
    assert f"Password of {where.user} on the database server {where.host}: " in done.stderr
    assert password not in done.stdout + done.stderr


@needs_server
def test_a_server_that_is_down_or_a_database_that_is_missing(capsys, clerk):
    where = clerk.address("nothing_here")
    code, out, err = civicdesk(capsys, "--db", url(where, clerk.password), "check")
    assert code == 2 and f"has no database named {where.database}" in err
    code, out, err = civicdesk(capsys, "--db", f"postgresql://{clerk.name}@127.0.0.1:1/x",
                               "check")
    assert code == 2 and "cannot reach the database server 127.0.0.1:1" in err


@needs_server
def test_a_server_databases_backups_have_a_folder_named_for_it(capsys, shared, data_dir):
    where, password = shared
    code, out, err = civicdesk(capsys, "--db", url(where, password), "backups")
    assert code == 0, err
    folder = data_dir / "backups" / f"{where.host}_{where.port}_{where.database}"
    assert out.strip() == f"no backups in {folder} yet (make one with: civicdesk backup)"


@pytest.mark.parametrize(("text", "folder"), [
    ("postgresql://ana@office-pc/association", "office-pc_5432_association"),
    ("postgresql://ana@10.0.0.5:5433/civic_desk", "10.0.0.5_5433_civic_desk"),
    ("postgresql://ana@[::1]/x", "__1_5432_x_"),
    ("postgresql://ana@office-pc/a%20b", "office-pc_5432_a_b_"),
    ("postgresql://ana@office-pc/..", "office-pc_5432_.."),
])
def test_the_backup_folder_of_an_address_is_one_safe_name(text, folder):
    from civicdesk.services import storage

    name = storage.folder_name(address.parse(text))
    assert name.startswith(folder) and "/" not in name and len(name) <= 109
    assert name != storage.folder_name(address.parse(text).with_database("other"))


def test_restore_works_on_files_and_says_what_to_do_for_a_server(capsys, tmp_path):
    backup = tmp_path / "backup.db"
    backup.write_bytes(b"")
    code, out, err = civicdesk(capsys, "--db", "postgresql://ana@office-pc/association",
                               "restore", str(backup))
    assert code == 2
    assert ("civicdesk restore works on database files, and "
            "postgresql://ana@office-pc/association is a database on a server.") in err
    assert "move --to" in err


@pytest.mark.parametrize(("value", "why"), [
    ("mysql://ana@office-pc/association", "CivicDesk connects to PostgreSQL servers only"),
    ("postgresql://office-pc/association", "the user name is missing"),
    ("postgresql://ana@/association", "the server's name is missing"),
    ("postgresql://ana@office-pc/", "the database's name is missing"),
    ("postgresql://ana@office-pc:99999/association", "the port must be a number"),
    ("postgresql://ana@office-pc:port/association", "the port must be a number"),
    ("postgresql://ana@office-pc/association?sslmode=maybe", "sslmode must be one of"),
    ("postgresql://ana@office-pc/association?user=bob", "only sslmode can follow"),
])
def test_an_address_that_is_not_one_says_what_is_wrong(capsys, tmp_path, value, why):
    code, out, err = civicdesk(capsys, "--data-dir", str(tmp_path), "--db", value, "check")
    assert (code, out) == (2, "")
    assert err.startswith(f"civicdesk: “{value}” is not the address of a PostgreSQL "
                          f"database: {why}")
    assert err.rstrip().endswith("Write it as postgresql://USER@HOST[:PORT]/DATABASE")
    assert list(tmp_path.iterdir()) == []


def test_a_password_in_a_refused_address_is_not_repeated(capsys, tmp_path):
    code, out, err = civicdesk(capsys, "--data-dir", str(tmp_path), "--db",
                               "postgresql://ana:s3cret@office-pc:0/association", "check")
    assert code == 2 and "s3cret" not in err and "ana:…@office-pc" in err
