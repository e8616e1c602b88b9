"""Logging in (#13): `accounts.login` on the 100,000-person database, what the login screen
and `--as NAME` run: find the account, argon2id-verify the PIN with the real parameters
(`accounts.HASHER`: 3 passes over 64 MiB, 4 lanes), reset the wrong-attempt count, stamp
the login and write its audit entry, in one transaction, and return the session's actor.

Baseline: a bare argon2-cffi `PasswordHasher().verify` of the same hash with the same
parameters. Goal (the issue's): at most 1.5x, i.e. everything around the hash costs at most
half of it.
"""

from __future__ import annotations

import shutil

import argon2

from bench.runner import Env, Scenario, timed

TARGET_RATIO = 1.5
PIN = "482916"


class _Login:
    def __init__(self, source) -> None:
        from civicdesk.data import database
        from civicdesk.services import accounts

        self.path = source.parent / "login.db"
        for suffix in ("", "-wal", "-shm"):
            (source.parent / f"login.db{suffix}").unlink(missing_ok=True)
        shutil.copyfile(source, self.path)
        self.db = database.open_database(self.path)
        admin = accounts.create_first_admin("Ada Admin", PIN)
        for role, name in (("coordinator", "Cole Coordinator"), ("volunteer", "Vi Volunteer")):
            accounts.add_user(admin, {"username": name, "role": role}, PIN)
        self.hash = accounts.find_user("Vi Volunteer").password_hash
        self.bare = argon2.PasswordHasher()

    def login(self) -> float:
        from civicdesk.services import accounts
        return timed(lambda: accounts.login("Vi Volunteer", PIN))

    def baseline(self) -> float:
        return timed(lambda: self.bare.verify(self.hash, PIN))


def scenarios(env: Env) -> list[Scenario]:
    state: dict[str, _Login] = {}

    def login() -> _Login:
        if "login" not in state:
            state["login"] = _Login(env.demo_db())
        return state["login"]

    return [Scenario(f"login_{env.people}", measure=lambda: login().login(),
                     baseline=lambda: login().baseline(), target_ratio=TARGET_RATIO,
                     setup=login, repeat=9)]
