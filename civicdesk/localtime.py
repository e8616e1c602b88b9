"""Converting stored UTC times to the association's local time and back, and short formats."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from civicdesk import localformat

# "9", "09", "930", "0930", "9:30", "9.30" (how people type a time at a desk; see #15)
_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*$")


def to_local(value: datetime, tz: ZoneInfo) -> datetime:
    return value.astimezone(tz)


def local_to_utc(day: date, wall: time, tz: ZoneInfo) -> datetime:
    """A wall-clock time on a day in *tz*, as UTC (DST-correct: 09:00 stays 09:00)."""
    return datetime.combine(day, wall, tzinfo=tz).astimezone(UTC)


def parse_clock(text: str) -> time | None:
    """A wall-clock time as typed: `930`, `9:30`, `09.30`, `21` (whole hours); None when it
    is not one (`25:00`, `9:75`, `9h`)."""
    match = _CLOCK.match(text or "")
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def day_bounds_utc(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Start and end (exclusive) of a local day, in UTC (23 or 25 hours on DST days)."""
    start = datetime.combine(day, time(0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def days_bounds(first: date, last: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Local days *first* to *last* (inclusive), in UTC."""
    start, _ = day_bounds_utc(first, tz)
    _, end = day_bounds_utc(last, tz)
    return start, end


def format_range(start: datetime, end: datetime, tz: ZoneInfo) -> str:
    """`3/14/26 9:00 AM–12:00 PM` in en_US (with the end date when it ends on another
    day), for messages: the locale's formats (`localformat`)."""
    s, e = to_local(start, tz), to_local(end, tz)
    if s.date() == e.date():
        return f"{localformat.format_datetime(s)}\u2013{localformat.format_time(e)}"
    return f"{localformat.format_datetime(s)}\u2013{localformat.format_datetime(e)}"


def minutes_between(start: datetime, end: datetime) -> int:
    return int((end - start).total_seconds() // 60)
