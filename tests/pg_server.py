"""Databases of the tests' own on the PostgreSQL server named by `CIVICDESK_TEST_DB` (#17):
one CivicDesk database made by the real creation path (`open_database` on an empty
database) per session, and a copy of it per test (CREATE DATABASE ... TEMPLATE, a few ms)."""

from __future__ import annotations

import os
import uuid

import psycopg
import pytest

from civicdesk.data import address, database, models

SERVER = os.environ.get("CIVICDESK_TEST_DB", "")
needs_server = pytest.mark.skipif(not SERVER, reason="no PostgreSQL server: set "
                                  "CIVICDESK_TEST_DB=postgresql://... (a user who may create "
                                  "databases; scripts/pg_server.sh start DIR makes one)")


def admin() -> psycopg.Connection:
    return psycopg.connect(**address.parse(SERVER).connect_params(), autocommit=True)


def new_name(kind: str) -> str:
    return f"{kind}_{uuid.uuid4().hex[:12]}"


def drop(name: str) -> None:
    with admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_template() -> str:
    """A database holding an empty CivicDesk schema, closed (a template has no sessions)."""
    name = new_name("tmpl")
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
