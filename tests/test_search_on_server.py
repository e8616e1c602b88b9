"""The search tests again, on a PostgreSQL server (#17): typing finds the same person, the
index follows every change, the check notices an index out of step, as in a file.

The tests are those of test_search.py, test_household_search.py and test_folding.py,
collected here a second time with `db` a database on the server (`pg_server`) and
`from_template` building its rows in it directly. Skipped without `CIVICDESK_TEST_DB`.
"""

from __future__ import annotations

import inspect

import pytest
import test_folding
import test_household_search
import test_search
from server_db import copy_of, drop, make_template, needs_server

from civicdesk.data import database, models

pytestmark = needs_server

# SQLite's own query plan: not a question on a server.
_FILE_ONLY = {"test_the_name_order_walks_the_household_name_index"}
_FIXTURES = {"db", "town", "street", "from_template"}


for _module in (test_search, test_household_search, test_folding):
    for _name, _value in vars(_module).items():
        if _name in ("town", "street"):
            globals()[_name] = _value
        elif (_name.startswith("test_") and _name not in _FILE_ONLY and callable(_value)
              and _FIXTURES & set(inspect.signature(_value).parameters)):
            globals()[_name] = _value


@pytest.fixture(scope="session")
def pg_template():
    name = make_template()
    yield name
    drop(name)


@pytest.fixture
def db(data_dir, pg_template):
    bound = models.database.obj
    opened, name = copy_of(pg_template)
    yield opened
    database.close_database(opened)
    models.database.initialize(bound)
    drop(name)


@pytest.fixture
def from_template(db):
    """Build the rows in the test's own database (a server database is copied from the
    schema's template already; the rows are few)."""
    return lambda build, *args: build(*args)
