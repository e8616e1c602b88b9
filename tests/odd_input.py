"""Odd input for the tests of issue 12, item 9: the characters, numbers and dates that used
to crash CivicDesk, Hypothesis strategies made of them, the Hypothesis profile, and a way to
run the command line in this process."""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from civicdesk import app, paths
from civicdesk import settings as association_settings
from civicdesk.data import models

# Every example starts from the same database (the writes are rolled back) and the same
# seed, so a run is repeatable; CIVICDESK_HYPOTHESIS=explore looks further, at random.
settings.register_profile(
    "civicdesk", deadline=None, derandomize=True, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large, HealthCheck.large_base_example])
settings.register_profile("explore", settings.get_profile("civicdesk"), derandomize=False)
PROFILE = settings.get_profile(os.environ.get("CIVICDESK_HYPOTHESIS", "civicdesk"))
SCALE = 10 if os.environ.get("CIVICDESK_HYPOTHESIS") == "explore" else 1


def examples(count: int) -> settings:
    """The profile with *count* examples (ten times more when exploring)."""
    return settings(PROFILE, max_examples=count * SCALE)


SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\udcff"]
CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x85", "\x9f"]
LINE_BREAKS = ["\n", "\r", "\r\n", "\t", "\x0b", "\x0c", "\x1c", "\u2028", "\u2029"]
# Ordinary text, which must be stored and read back exactly.
NORMAL = ["Zo\u00eb", "M\u00fcller", "\u0645\u0631\u064a\u0645", "\u05e9\u05dc\u05d5\u05dd",
          "\u4e2d\u6587", "\u65e5\u672c", "\ud55c\uad6d", "\u0939\u093f\u0902\u0926\u0940",
          "\U0001f600", "\U0001f469\u200d\U0001f469\u200d\U0001f467", "e\u0301",
          "\u200f", "\u202e", "\u200e", "\u200b", "\ufeff", "\ufffd", "\uffff", "\u00a0",
          " ", "a", "Ann", "{value}", "%s", "\\", "'", ";", ",", "@", "0", "9"]
# What FTS5 would read as syntax if it reached a MATCH unquoted.
FTS_SYNTAX = ['"', "*", ":", "-", "^", "(", ")", "+", "NEAR(", "NEAR(a b)", "AND", "OR",
              "NOT", "name:", "a:b", '"a"', "a*", "-a", "{name email}:x"]
ODD_PIECES = SURROGATES + CONTROLS + LINE_BREAKS + NORMAL + FTS_SYNTAX

_piece = st.one_of(st.sampled_from(ODD_PIECES),
                   st.characters(categories=["Cs", "Cc", "Cf", "Zl", "Zp", "Lo", "So", "Mn"]))
long_text = st.builds(lambda ch, n: ch * n, st.sampled_from(["x", "\u00e9", "\u4e2d", "\U0001f600",
                                                              "\n", "\x00", " "]),
                      st.sampled_from([5, 6, 40, 99, 100, 101, 120, 200, 201, 500, 501, 2000,
                                       2001, 5000, 10_000, 10_001, 100_000]))
odd_text = st.one_of(st.lists(_piece, max_size=12).map("".join), st.text(max_size=30),
                     long_text)
odd_list = st.one_of(st.lists(odd_text, max_size=4), odd_text)

HUGE_INTEGERS = [2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1, 10 ** 20, -(10 ** 20),
                 10 ** 5000, 0, -1, 1, 2, 5, 60, 1000, 1001]
odd_integer = st.one_of(
    st.sampled_from(HUGE_INTEGERS), st.integers(), st.integers(-3, 100),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["99999999999999999999", "9" * 5000, "-1", " 12 ", "1e3", "0x10", "1_000",
                     "\uff11\uff12", "\u0663", "", "12\x00", "1\ud800"]))

EXTREME_DATES = [date.min, date.max, date(1899, 12, 31), date(1900, 1, 1), date(2999, 12, 31),
                 date(3000, 1, 1), date(2024, 2, 29)]
KEPT = (date(1900, 1, 1), date(2999, 12, 31))  # the dates CivicDesk keeps
odd_date = st.one_of(
    st.sampled_from(EXTREME_DATES), st.dates(), st.datetimes(), st.dates(*KEPT),
    st.dates(*KEPT).map(date.isoformat),
    st.sampled_from(["0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "20260101",
                     "2026-W01-1", "+2026-01-01", "2026-01-01\x00", "\ud800", ""]))
ZONES = [UTC, ZoneInfo("Pacific/Kiritimati"), ZoneInfo("America/New_York"),
         ZoneInfo("Pacific/Pago_Pago"), timezone(timedelta(hours=23, minutes=59)),
         timezone(-timedelta(hours=23, minutes=59))]
odd_datetime = st.one_of(
    st.sampled_from([datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC),
                     datetime(2999, 12, 31, 23, tzinfo=ZoneInfo("America/New_York")),
                     datetime(1900, 1, 1, 0, 30, tzinfo=ZoneInfo("Pacific/Kiritimati")),
                     datetime(2026, 3, 8, 2, 30, tzinfo=ZoneInfo("America/New_York"))]),
    st.datetimes(timezones=st.sampled_from(ZONES)), st.datetimes(),
    st.datetimes(datetime(1900, 1, 2), datetime(2999, 12, 30), timezones=st.sampled_from(ZONES)),
    st.sampled_from(["0001-01-01T00:00+00:00", "9999-12-31T23:59+00:00", "2026-01-01T10:00",
                     "2026-01-01T10:00+25:00", "\ud800", ""]))
odd_bool = st.one_of(st.booleans(), st.sampled_from([0, 1, 2, "yes", "no", "x", "", None, "\x00",
                                                     "\ud800", "maybe"]))


def odd_value(kind: str) -> st.SearchStrategy:
    """Odd values for a field of this kind (a FieldSpec's `kind`)."""
    return {"text": odd_text, "email": odd_text, "phone": odd_text, "list": odd_list,
            "int": odd_integer, "ref": odd_integer, "date": odd_date,
            "datetime": odd_datetime, "bool": odd_bool, "choice": odd_text}[kind]


@dataclass(frozen=True)
class Run:
    """What `civicdesk ARGS` did in this process: its exit code and what it printed."""

    code: int
    out: str
    err: str


def run_main(*argv: str) -> Run:
    """`civicdesk.app.main(argv)` with its output captured, as `civicdesk ARGS` would run
    (argparse's own exits included); the models and the data folder are as before after."""
    bound = models.database.obj
    out, err = io.StringIO(), io.StringIO()
    try:
        with paths.data_dir_overridden(paths.data_dir()), redirect_stdout(out), \
                redirect_stderr(err):
            try:
                code = app.main(list(argv))
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        models.database.initialize(bound)
        if bound is not None and not bound.is_closed():
            association_settings.apply_timezone()
    return Run(code, out.getvalue(), err.getvalue())
