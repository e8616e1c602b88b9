"""`civicdesk find TEXT`: the window's search on the command line (#15)."""

from __future__ import annotations

import io
import sys

import pytest

from civicdesk import phones
from civicdesk.data import database
from civicdesk.services import member_list, people
from civicdesk.services.actors import Actor

from odd_input import Run, run_main

PIN = "2468"


@pytest.fixture
def civicdesk(data_dir, monkeypatch):
    def run(*argv: str, stdin: str = "") -> Run:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return run_main(*argv)
    return run


@pytest.fixture
def town(data_dir):
    db = database.open_database(data_dir / "civicdesk.db")
    phones.set_region("US")
    actor = Actor("Tess Tester", "admin")
    try:
        home = people.create_household(actor, {"street": "12 Maple Street", "unit": "2B"}).id
        ids = {"ana": people.create_person(actor, {"first_name": "Ana", "last_name": "Ruiz",
                                                   "phone": "(555) 232-4682",
                                                   "household": home}).id,
               "gudrun": people.create_person(actor, {"first_name": "Guðrún",
                                                      "last_name": "Jónsdóttir"}).id}
        old = people.create_person(actor, {"first_name": "Ana", "last_name": "Old"})
        people.set_archived(actor, old.id, old.version, True)
        ids["old"] = old.id
    finally:
        database.close_database(db)
    return ids


@pytest.mark.parametrize("typed", ["+1 555 232 4682", "5552324682", "(555) 232-4682", "maple",
                                   "ana ruiz"])
def test_find_prints_the_person_the_window_finds(civicdesk, town, typed):
    run = civicdesk("find", typed)
    assert run.code == 0, run
    assert run.out == f"#{town['ana']}\tRuiz, Ana\t(555) 232-4682\t12 Maple Street 2B\n"


def test_find_folds_every_latin_letter_and_can_include_the_archived(civicdesk, town):
    assert civicdesk("find", "gudrun").out.startswith(f"#{town['gudrun']}\tJónsdóttir, Guðrún")
    assert [line.split("\t")[1] for line in civicdesk("find", "ana").out.splitlines()] == \
        ["Ruiz, Ana"]
    both = civicdesk("find", "ana", "--archived").out.splitlines()
    assert [line.split("\t")[1] for line in both] == ["Old, Ana", "Ruiz, Ana"]


def test_nobody_found_is_said(civicdesk, town):
    run = civicdesk("find", "zzz")
    assert (run.code, run.out) == (0, "nobody found\n")


def test_a_capped_search_says_so(civicdesk, town, monkeypatch):
    monkeypatch.setattr(member_list.MemberQuery, "SEARCH_CAP", 1)
    run = civicdesk("find", "ana", "--archived")
    assert run.out.splitlines()[-1] == "(the first 1; type more to narrow the search)"


def test_with_accounts_find_needs_a_login(civicdesk, town):
    made = civicdesk("user", "add", "ana", "--role", "admin", "--password-stdin",
                     stdin=f"{PIN}\n")
    assert made.code == 0, made
    refused = civicdesk("find", "ana")
    assert refused.code == 2 and "--as" in refused.err and refused.out == ""
    run = civicdesk("--as", "ana", "--password-stdin", "find", "ruiz", stdin=f"{PIN}\n")
    assert run.code == 0 and run.out.startswith(f"#{town['ana']}\t"), run
