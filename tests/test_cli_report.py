"""`civicdesk report`, run as a user would: in a child process."""

import pytest

from civicdesk.reports import catalog

from conftest import run_civicdesk
from report_helpers import reader, text

pytestmark = [pytest.mark.e2e, pytest.mark.dates]


def test_report_list_names_every_report_and_its_options():
    listed = run_civicdesk("report", "--list")
    assert listed.returncode == 0, listed.stderr
    for name, spec in catalog.REPORTS.items():
        assert f"\n  {name} " in listed.stdout
        for option in spec.options:
            assert f"--{option.name.replace('_', '-')}" in listed.stdout


def test_report_writes_a_pdf_and_explains_bad_options(tmp_path):
    db = tmp_path / "demo.db"
    assert run_civicdesk("--db", str(db), "demo", "--people", "200").returncode == 0
    out = tmp_path / "labels.pdf"
    made = run_civicdesk("--db", str(db), "report", "labels", "-o", str(out),
                         "--layout", "l7163", "--start-at", "3")
    assert made.returncode == 0, made.stderr
    assert out.is_file() and len(reader(out.read_bytes()).pages) >= 1
    directory = tmp_path / "dir.pdf"
    made = run_civicdesk("--db", str(db), "report", "directory", "-o", str(directory),
                         "--paper", "a4")
    assert made.returncode == 0, made.stderr
    assert "Member directory" in text(directory.read_bytes())
    bad = run_civicdesk("--db", str(db), "report", "hours", "-o", str(tmp_path / "h.pdf"),
                        "--start", "2026-13-01")
    assert bad.returncode == 2 and "From" in bad.stderr and "2026-13-01" in bad.stderr
    assert "Traceback" not in bad.stderr and not (tmp_path / "h.pdf").exists()
    unknown = run_civicdesk("--db", str(db), "report", "payroll", "-o", "x.pdf")
    assert unknown.returncode == 2 and "payroll" in unknown.stderr
