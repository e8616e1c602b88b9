"""Fixtures for the tests of several PCs on one PostgreSQL database (#17): a fresh database
per test on the server of `CIVICDESK_TEST_DB`, the models bound to it, and second
connections to it ("the other PC"). Without a server these tests are skipped, saying so.

`server_db` copies a template made once per session by `open_database` (the real creation
path: tables, triggers, the version table), so a test's database costs a CREATE DATABASE
... TEMPLATE, some milliseconds.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest

from civicdesk.data import (
    address,
    database,
    models,
    pg_database,
)

# The server of a PostgreSQL run (CIVICDESK_TEST_DB: every test's database is on it), or,
# on the SQLite run of `make test`, the server that run may use besides its files
# (CIVICDESK_TEST_SERVER: connecting a window on a file to a server, moving a file there).
SERVER = (os.environ.get("CIVICDESK_TEST_DB", "").strip()
          or os.environ.get("CIVICDESK_TEST_SERVER", "").strip())
NO_SERVER = ("no PostgreSQL server: set CIVICDESK_TEST_DB=postgresql://USER:PASSWORD@HOST:PORT/"
             "postgres (a user who may create databases; scripts/pg_server.sh start DIR "
             "starts one; make test does)")
needs_server = pytest.mark.skipif(not SERVER, reason=NO_SERVER)


def admin() -> psycopg.Connection:
    return psycopg.connect(**address.parse(SERVER).connect_params(), autocommit=True)


def new_name(kind: str) -> str:
    return f"{kind}_{uuid.uuid4().hex[:12]}"


def drop(name: str) -> None:
    with admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_template() -> str:
    """A database holding an empty CivicDesk schema made by the real creation path
    (`open_database` on an empty database), closed (a template has no sessions)."""
    name = new_name("tpl")
    with admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
    bound = models.database.obj
    made = database.open_database(address.parse(SERVER).with_database(name))
    database.close_database(made)
    models.database.initialize(bound)
    return name


def copy_of(template: str):
    """A new database copied from *template*, opened and bound to the models; returns
    (database, its name)."""
    name = new_name("t")
    with admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return database.open_database(address.parse(SERVER).with_database(name)), name


@pytest.fixture(scope="session")
def server_template() -> Iterator[str]:
    """The name of a CivicDesk database at the current schema, made once per session."""
    if not SERVER:
        pytest.skip(NO_SERVER)
    name = make_template()
    with admin() as conn:  # no connection may stay on a template while it is copied
        conn.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true')
    yield name
    with admin() as conn:
        conn.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE false')
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def empty_server_database() -> Iterator[address.ServerAddress]:
    """The address of a new, empty database on the server (no schema: what the server's
    admin makes with createdb), dropped afterwards; the models bound as before after."""
    if not SERVER:
        pytest.skip(NO_SERVER)
    name = new_name("t")
    with admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    bound = models.database.obj
    yield address.parse(SERVER).with_database(name)
    models.database.initialize(bound)
    drop(name)


@pytest.fixture
def server_address(server_template) -> Iterator[address.ServerAddress]:
    """The address of a new CivicDesk database of the test's own (dropped afterwards)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{server_template}"')
    yield address.parse(SERVER).with_database(name)
    with admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def server_db(server_address, data_dir) -> Iterator[pg_database.ServerDatabase]:
    """The test's database on the server, opened by `open_database` and bound to the models
    (PC B, the one the test looks from)."""
    bound = models.database.obj
    db = database.open_database(server_address)
    yield db
    database.close_database(db)
    models.database.initialize(bound)


@pytest.fixture
def other_pc(server_address) -> Iterator[pg_database.ServerDatabase]:
    """A second connection to the same database (PC A), not bound to the models: write
    through it with `as_pc(other_pc)`."""
    db = pg_database.connect(server_address)
    yield db
    db.close()


@contextmanager
def as_pc(db) -> Iterator[None]:
    """The services work on *db* inside the block (the models bound to it), then on the
    database they were on before."""
    bound = models.database.obj
    models.database.initialize(db)
    try:
        yield
    finally:
        models.database.initialize(bound)
