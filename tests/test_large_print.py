"""Large print (16 pt body) for the roster, the call list and the sign-in sheet: every name
is there in 16 pt, nothing is smaller than 14 pt, nothing is cut short or runs off the page.
Read back with pdfplumber, which gives each character's size and box."""

import io

import pdfplumber
import pytest

from civicdesk import clock, i18n, localformat
from civicdesk.reports import catalog

import report_people as rp
from conftest import run_civicdesk
from report_helpers import text

pytestmark = pytest.mark.dates

REPORTS = ["roster", "calls", "signin"]


@pytest.fixture
def association(db, actor, from_template):
    return from_template(rp.build, actor)


def options(name: str, association: dict) -> dict:
    return {"roster": {"status": "everyone"}, "calls": {"day": rp.DAY},
            "signin": {"shift": association["shift"]}}[name]


def render(name: str, actor, association: dict, **extra) -> bytes:
    return catalog.build(name, options(name, association) | extra, actor,
                         now=rp.NOW.replace(tzinfo=clock.zone()), invariant=True)


def chars(pdf: bytes) -> list[tuple[dict, float, float]]:
    """Every character drawn, with its page's width and height."""
    found = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            found += [(c, page.width, page.height) for c in page.chars if c["text"].strip()]
    return found


def name_sizes(pdf: bytes) -> dict[str, set[float]]:
    """The sizes each member's first name was printed in, wherever it was printed."""
    first = {first.split()[0] for first, _ in rp.NAMES}
    found: dict[str, set[float]] = {}
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for word in page.extract_words(extra_attrs=["size"]):
                if word["text"] in first:
                    found.setdefault(word["text"], set()).add(round(word["size"], 1))
    return found


@pytest.mark.parametrize("name", REPORTS)
def test_large_print_sets_every_name_in_16_pt_and_nothing_under_14(association, actor, name):
    pdf = render(name, actor, association, large_print=True)
    content = " ".join(text(pdf).split()).replace("- ", "-")  # a long name wraps at a hyphen
    for person in rp.full_names():
        assert person in content, person
    sizes = {round(c["size"], 1) for c, _, _ in chars(pdf)}
    assert min(sizes) >= 14
    names = name_sizes(pdf)
    assert len(names) == len(rp.NAMES) and all(found == {16.0} for found in names.values())
    assert "\u2026" not in content  # nothing shortened with an ellipsis


@pytest.mark.parametrize("name", REPORTS)
def test_ordinary_print_is_smaller(association, actor, name):
    """The control: the same report without the option prints the names smaller, so the
    test above sees the option and not the report's usual size."""
    pdf = render(name, actor, association)
    names = name_sizes(pdf)
    assert len(names) == len(rp.NAMES) and max(max(found) for found in names.values()) < 14


@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_large_print_stays_inside_the_margins(association, actor, name, paper):
    pdf = render(name, actor, association, large_print=True, paper=paper)
    margin = 10 * 72 / 25.4  # the 14 mm margins, less a little for the table's rules
    for char, width, height in chars(pdf):
        assert margin <= char["x0"] and char["x1"] <= width - margin, char["text"]
        assert 0 < char["top"] and char["bottom"] < height, char["text"]


@pytest.mark.parametrize("language, country", [("es", "ES"), ("fr", "FR")])
def test_large_print_in_spanish_and_french_dates(association, actor, language, country):
    i18n.set_language(language)
    localformat.set_region(country, "EUR")
    pdf = render("signin", actor, association, large_print=True)
    day = localformat.format_date(rp.DAY, "long")
    assert day in " ".join(text(pdf).split())
    assert min(round(c["size"], 1) for c, _, _ in chars(pdf)) >= 14


@pytest.mark.e2e
def test_the_command_line_has_a_large_print_switch(tmp_path):
    db = tmp_path / "demo.db"
    assert run_civicdesk("--db", str(db), "demo", "--people", "60").returncode == 0
    out = tmp_path / "roster.pdf"
    made = run_civicdesk("--db", str(db), "report", "roster", "--large-print", "-o", str(out))
    assert made.returncode == 0, made.stderr
    with pdfplumber.open(out) as document:
        body = [c for c in document.pages[0].chars if "Bold" in c["fontname"]
                and c["top"] > 150]
    assert body and min(round(c["size"], 1) for c in body) == 16.0
    listed = run_civicdesk("report", "--list")
    assert "--large-print" in listed.stdout and "Large print (16 pt)" in listed.stdout
