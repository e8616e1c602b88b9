"""The association's clock: what "now" and "today" mean, in the association's time zone.

Every layer asks here (services, demo data, reports, the CLI, the GUI); nothing else in
civicdesk/ reads the date or time from the operating system (tests/test_clock.py reads the
sources to keep it so). Like Anki's scheduler asking the collection for `today` instead of
the OS date, a volunteer in Auckland looking after a New York association sees New York's
today.

The zone is the association's setting, applied when a database opens and whenever the
setting changes (`settings.apply_timezone`); without one it is this computer's zone.
Tests pin the time with the `clock` fixture (tests/conftest.py), never by sleeping.

This module imports nothing from civicdesk, so the lowest layer (the models' timestamp
defaults) can use it too.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_zone: ZoneInfo | None = None  # the association's; None: this computer's
_system: ZoneInfo | None = None
_pinned: datetime | None = None  # aware; set by tests only


def system_zone() -> ZoneInfo:
    """This computer's time zone (UTC when the machine has none configured)."""
    global _system
    if _system is None:
        try:
            import tzlocal

            _system = tzlocal.get_localzone()
        except Exception:  # no zone configured (some containers)
            _system = ZoneInfo("UTC")
    return _system


def zone_named(name: str | None) -> ZoneInfo | None:
    """The zone called *name* (e.g. `America/New_York`), or None if empty or unknown."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
        return None


def set_zone(value: str | ZoneInfo | None) -> None:
    """Use *value* (a zone or its name) as the association's zone; None, empty or unknown
    names mean this computer's zone."""
    global _zone
    _zone = value if isinstance(value, ZoneInfo) else zone_named(value)


def zone() -> ZoneInfo:
    """The association's time zone."""
    return _zone or system_zone()


def now() -> datetime:
    """Now, aware, in the association's zone."""
    if _pinned is not None:
        return _pinned.astimezone(zone())
    return datetime.now(zone())


def utcnow() -> datetime:
    """Now, aware in UTC, to the second (what the database stores)."""
    return now().astimezone(UTC).replace(microsecond=0)


def today() -> date:
    """Today in the association's zone (what "overdue", "this week" and "this year" mean)."""
    return now().date()


def stamp() -> str:
    """Now as `20261201-091500`, for file names (backups, crash logs)."""
    return now().strftime("%Y%m%d-%H%M%S")


# For tests ----------------------------------------------------------------------------------

def pin(at: datetime | None) -> None:
    """Stop the clock at *at* (naive: a wall time in the association's zone); None lets it
    run again."""
    global _pinned
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=zone())
    _pinned = at


def advance(by: timedelta) -> None:
    """Move a pinned clock on by *by*."""
    if _pinned is None:
        raise RuntimeError("the clock is not pinned")
    pin(_pinned + by)


def pinned() -> bool:
    return _pinned is not None
