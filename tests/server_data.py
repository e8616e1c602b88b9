"""A server's user with a password and databases of their own, on the throw-away PostgreSQL
server of `CIVICDESK_TEST_DB`, for the tests of connecting (#17): the command line's --db
postgresql://..., the passwords' order, the keyring and File > Connect to a shared
database…. Tests using these skip, saying why, when no server is configured."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

import keyring
import keyring.backend
import psycopg
import pytest
from server_db import SERVER, admin, needs_server  # noqa: F401 - for the tests too

from civicdesk.data import address, migrations, models
from civicdesk.data.address import ServerAddress


@dataclass
class ServerUser:
    """A login role of the test's own and its password."""

    name: str
    password: str

    def address(self, database: str) -> ServerAddress:
        """*database* on the test server, as this user, without the password."""
        server = address.parse(SERVER)
        return ServerAddress(host=server.host, port=server.port, user=self.name,
                             database=database)


@pytest.fixture
def clerk():
    """A user of the server with a password (dropped afterwards, with their databases)."""
    user = ServerUser(f"clerk_{uuid.uuid4().hex[:8]}", secrets.token_urlsafe(12))
    with admin() as conn:
        conn.execute(f"CREATE ROLE {user.name} LOGIN PASSWORD '{user.password}'")
    yield user
    with admin() as conn:
        for (name,) in conn.execute("SELECT datname FROM pg_database d JOIN pg_roles r ON "
                                    "r.oid = d.datdba WHERE r.rolname = %s", (user.name,)):
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f"DROP OWNED BY {user.name}")
        conn.execute(f"DROP ROLE IF EXISTS {user.name}")


@pytest.fixture
def make_database(clerk, request):
    """`make_database()`: a new database on the server (its name): empty and owned by the
    clerk (who may create tables there); with owner=False the clerk may only connect; with
    civicdesk=True a CivicDesk database already (a copy of server_db's template, the clerk
    given every right on its tables)."""
    made = []

    def make(owner: bool = True, civicdesk: bool = False) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        template = f' TEMPLATE "{request.getfixturevalue("server_template")}"' if civicdesk \
            else ""
        with admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"{template}' + (
                f" OWNER {clerk.name}" if owner else ""))
            if not owner:
                conn.execute(f'GRANT CONNECT ON DATABASE "{name}" TO {clerk.name}')
        if civicdesk:
            server = address.parse(SERVER).with_database(name)
            with psycopg.connect(**server.connect_params(), autocommit=True) as conn:
                for kind in ("TABLES", "SEQUENCES"):
                    conn.execute(f"GRANT ALL ON ALL {kind} IN SCHEMA public TO {clerk.name}")
        made.append(name)
        return name

    bound = models.database.obj
    yield make
    models.database.initialize(bound)
    with admin() as conn:
        for name in made:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def write_version(database: str, version: int, application_id: int | None = None) -> None:
    """Make *database* say it holds CivicDesk's schema at *version* (its version table
    only), as a newer or older CivicDesk would have left it."""
    server = address.parse(SERVER).with_database(database)
    with psycopg.connect(**server.connect_params(), autocommit=True) as conn:
        conn.execute("CREATE TABLE civicdesk_schema (application_id BIGINT NOT NULL, "
                     "version INTEGER NOT NULL)")
        conn.execute("INSERT INTO civicdesk_schema VALUES (%s, %s)", (
            migrations.APPLICATION_ID if application_id is None else application_id, version))
        conn.execute("GRANT SELECT ON civicdesk_schema TO PUBLIC")


@pytest.fixture
def no_libpq_password(tmp_path, monkeypatch):
    """libpq finds no password of its own (no PGPASSWORD, no ~/.pgpass) unless a test
    gives one, whatever the machine running the tests has (`pytestmark` of the tests
    of passwords)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps its passwords in memory: what the system's
    keyring does, through keyring's own API, without touching the machine's."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        if self.kept.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    """This computer's keyring, for the test: a `MemoryKeyring` (keyring.set_keyring)."""
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    """A computer without a keyring (keyring's own "fail" backend)."""
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)
