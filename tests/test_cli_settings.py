"""`civicdesk settings list|get|set`: the same settings, checks and audit as the dialog."""

from __future__ import annotations

import io
import sys

import pytest
from PIL import Image

from civicdesk.data import models

from odd_input import Run, run_main

PIN = "2468"


@pytest.fixture
def civicdesk(db_path, monkeypatch):
    """The command line on the test's database (the data folder's, without --db)."""
    def run(*argv: str, stdin: str = "") -> Run:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return run_main(*argv)
    return run


@pytest.fixture
def ana(civicdesk):
    made = civicdesk("user", "add", "ana", "--role", "admin", "--display-name", "Ana Admin",
                     "--password-stdin", stdin=f"{PIN}\n")
    assert made.code == 0, made


def as_ana(civicdesk, *argv):
    return civicdesk("--as", "ana", "--password-stdin", "settings", *argv, stdin=f"{PIN}\n")


def test_set_then_get_and_list_show_the_new_value(civicdesk, ana, db_path):
    done = as_ana(civicdesk, "set", "association_name", "Elm Street Neighbours")
    assert done.code == 0, done
    assert done.out == "association_name = Elm Street Neighbours\n"
    assert civicdesk("settings", "get", "association_name").out == "Elm Street Neighbours\n"
    listing = civicdesk("settings", "list").out
    assert "association_name = Elm Street Neighbours    # Association name" in listing
    assert "idle_lock_minutes = 5  (default)" in listing
    assert "demo_offer_answered" not in listing  # kept by the program, not a user's


def test_set_is_audited_as_the_logged_in_user(civicdesk, ana, db_path):
    assert as_ana(civicdesk, "set", "currency", "eur").code == 0
    from civicdesk.data import database

    db = database.open_database(db_path)
    try:
        entry = models.AuditEntry.get(models.AuditEntry.table_name == "setting")
        assert (entry.actor, entry.changes) == ("Ana Admin", {"currency": ["USD", "EUR"]})
    finally:
        database.close_database(db)


@pytest.mark.parametrize("key, value, says", [
    ("timezone", "Europe/Atlantis", "is not a time zone"),
    ("association_email", "desk@", "is not an email address"),
    ("dues_amount_cents", "-100", "must be at least 0"),
    ("logo", "/no/such/picture.png", "There is no file"),
])
def test_a_bad_value_is_one_line_and_changes_nothing(civicdesk, ana, key, value, says):
    before = civicdesk("settings", "get", key).out
    refused = as_ana(civicdesk, "set", key, value)
    assert refused.code == 2 and refused.err.startswith("civicdesk: ")
    assert says in refused.err and refused.err.count("\n") == 1
    assert civicdesk("settings", "get", key).out == before


def test_an_unknown_setting_lists_the_known_ones(civicdesk, ana):
    refused = civicdesk("settings", "get", "colour")
    assert refused.code == 2
    assert "no setting \u201ccolour\u201d" in refused.err and "association_name" in refused.err


def test_a_logo_is_set_from_a_picture_and_shown_as_its_size(civicdesk, ana, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (1200, 400), (0, 120, 60, 255)).save(logo)
    assert as_ana(civicdesk, "set", "logo", str(logo)).code == 0
    assert civicdesk("settings", "get", "logo").out.startswith("(a picture, ")
    assert as_ana(civicdesk, "set", "logo", "").code == 0  # cleared
    assert civicdesk("settings", "get", "logo").out == "\n"


def test_a_volunteer_may_read_but_not_change_the_settings(civicdesk, ana):
    civicdesk("--as", "ana", "--password-stdin", "user", "add", "bob", "--role", "volunteer",
              "--password-stdin", stdin=f"{PIN}\n1357\n")
    refused = civicdesk("--as", "bob", "--password-stdin", "settings", "set", "paper", "a4",
                        stdin="1357\n")
    assert refused.code == 2 and "change the settings" in refused.err
    assert civicdesk("settings", "get", "paper").out == "letter\n"
