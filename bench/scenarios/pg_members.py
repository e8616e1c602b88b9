"""The members pane and the person page on a PostgreSQL database (#17):
`pg_members_first_screen`, `pg_members_keystroke_*` and `pg_open_person`.

The database is the bench's own on `CIVICDESK_TEST_DB`'s server (`make bench` starts a
throw-away one when PostgreSQL is installed), made once per run by moving the run's demo
file there with `civicdesk move --to` (in a child process, as a user would) and dropped at
the end. The pane and the page are the same as in `members` and `person`, timed the same
way until painted.

Baselines: for the pane, the recorded statements replayed on a plain psycopg connection
plus the same cells painted by plain Qt (`members`); goal ≤ 30 ms and ≤ 3×, the issue's.
For opening a person, the recorded reads replayed on psycopg; the goal is the window's
100 ms and the same number of statements as on a file (`sql_statements`, which
tests/test_query_budgets.py budgets on both back ends).

Without a server the scenarios are skipped with a message.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import sys
import uuid

from bench.runner import Env, Scenario
from bench.scenarios import members, person


class _ServerCopy:
    """The demo's data in a database of its own on the server, made on first use."""

    def __init__(self, env: Env) -> None:
        self.env, self.found = env, None

    def where(self):
        if self.found is None:
            import psycopg

            from civicdesk.data import address

            server = address.parse(os.environ["CIVICDESK_TEST_DB"])
            name = f"bench_members_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(**server.connect_params(), autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            atexit.register(_drop, server, name)
            where = server.with_database(name)
            subprocess.run([sys.executable, "-m", "civicdesk", "--db", str(self.env.demo_db()),
                            "move", "--to", _url(where)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            with psycopg.connect(**where.connect_params(), autocommit=True) as conn:
                conn.execute("ANALYZE")  # as autovacuum would soon after a move
            self.found = where
        return self.found


def _url(where) -> str:
    secret = f":{where.password}" if where.password else ""
    return f"postgresql://{where.user}{secret}@{where.host}:{where.port}/{where.database}"


def _drop(server, name: str) -> None:
    import psycopg

    with psycopg.connect(**server.connect_params(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def scenarios(env: Env) -> list[Scenario]:
    if not os.environ.get("CIVICDESK_TEST_DB"):
        print("pg_members_*, pg_open_person: skipped: no PostgreSQL server (set "
              "CIVICDESK_TEST_DB=postgresql://...; make bench starts one when PostgreSQL is "
              "installed)", file=sys.stderr)
        return []
    copy = _ServerCopy(env)
    return (members.pane_scenarios(
                "pg_members", lambda: members._Bench(copy.where(), work=env.work), copy.where)
            + person.person_scenarios(
                "pg", lambda: person._PersonBench(env.demo_db(), server=copy.where()),
                copy.where, saving=False))
