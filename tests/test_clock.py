"""One clock: "now" and "today" are the association's, asked of civicdesk.clock everywhere."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from civicdesk import clock as clock_module
from civicdesk import settings
from civicdesk.data import database, models
from civicdesk.services import hours, people, preferences
from civicdesk.services.errors import ValidationError

PACKAGE = Path(__file__).resolve().parent.parent / "civicdesk"
# Calls that read the operating system's date or time (`time.monotonic` and
# `time.perf_counter` measure durations and are fine).
READS_THE_OS_CLOCK = {
    ("date", "today"), ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
    ("time", "time"), ("time", "localtime"), ("time", "gmtime"), ("time", "ctime"),
    ("QDate", "currentDate"), ("QDateTime", "currentDateTime"), ("QTime", "currentTime"),
    ("QDateTime", "currentSecsSinceEpoch"), ("QDateTime", "currentMSecsSinceEpoch"),
}

pytestmark = pytest.mark.dates


def os_clock_reads(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) \
                and (node.func.value.id, node.func.attr) in READS_THE_OS_CLOCK:
            found.append(f"line {node.lineno}: {node.func.value.id}.{node.func.attr}()")
    return found


def test_the_check_finds_what_it_looks_for():
    assert os_clock_reads("from datetime import date\nx = date.today()\n") == [
        "line 2: date.today()"]
    assert os_clock_reads("y = datetime.now(tz).date()") == ["line 1: datetime.now()"]
    assert os_clock_reads("import time\nt = time.monotonic()") == []


def test_nothing_but_the_clock_module_reads_the_os_clock():
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "clock.py" and path.parent == PACKAGE:
            continue
        found = os_clock_reads(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(PACKAGE.parent))] = found
    assert offenders == {}, "ask civicdesk.clock for now() / today() instead"


def test_without_a_setting_the_zone_is_this_computers(db):
    assert clock_module.zone() == clock_module.system_zone()


def test_today_is_the_associations_not_the_computers(db, actor, clock):
    # 03:30 on 1 March in UTC is still 28 February in New York, already in Auckland.
    clock.pin(datetime(2027, 3, 1, 3, 30, tzinfo=UTC))
    preferences.update_setting(actor, "timezone", "America/New_York")
    assert clock.zone() == ZoneInfo("America/New_York")
    assert clock.today() == date(2027, 2, 28)
    assert clock.now().hour == 22
    preferences.update_setting(actor, "timezone", "Pacific/Auckland")
    assert clock.today() == date(2027, 3, 1)
    assert clock.utcnow() == datetime(2027, 3, 1, 3, 30, tzinfo=UTC)


def test_the_setting_applies_again_when_the_file_is_opened(db, db_path, actor):
    preferences.update_setting(actor, "timezone", "Asia/Kolkata")
    database.close_database(db)
    assert clock_module.zone() == clock_module.system_zone()
    reopened = database.open_database(db_path)
    try:
        assert clock_module.zone() == ZoneInfo("Asia/Kolkata")
    finally:
        database.close_database(reopened)


def test_an_unknown_zone_name_means_this_computers(db, actor):
    with pytest.raises(ValidationError, match="is not a time zone"):  # refused when set
        preferences.update_setting(actor, "timezone", "Mars/Olympus_Mons")
    models.Setting.insert(key="timezone", value="Mars/Olympus_Mons").execute()  # older file
    settings.apply_timezone()
    assert clock_module.zone() == clock_module.system_zone()


def test_what_is_stored_is_stamped_by_the_clock(db, actor, clock):
    clock.pin(datetime(2028, 2, 29, 23, 30, tzinfo=ZoneInfo("America/Los_Angeles")))
    pid = people.create_person(actor, {"first_name": "Leap"}).id
    row = models.Person.get_by_id(pid)
    assert row.created_at == datetime(2028, 3, 1, 7, 30, tzinfo=UTC)
    clock.advance(timedelta(minutes=5))
    people.update_person(actor, pid, row.version, {"last_name": "Day"})
    assert models.Person.get_by_id(pid).updated_at == datetime(2028, 3, 1, 7, 35, tzinfo=UTC)


def test_hours_in_the_future_are_refused_by_the_associations_today(db, actor, clock):
    # Late evening in Los Angeles is already tomorrow in UTC: the 29th is still today there.
    preferences.update_setting(actor, "timezone", "America/Los_Angeles")
    clock.pin(datetime(2028, 2, 29, 23, 30))
    pid = people.create_person(actor, {"first_name": "Ann", "is_volunteer": True}).id
    values = {"person": pid, "minutes": 60, "note": "Flyers"}
    hours.log_hours(actor, values | {"worked_on": date(2028, 2, 29)})
    with pytest.raises(ValidationError, match="in the future"):
        hours.log_hours(actor, values | {"worked_on": date(2028, 3, 1)})
