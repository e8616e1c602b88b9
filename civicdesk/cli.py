"""Headless commands: `civicdesk demo`, `civicdesk check` (more arrive with later features).

Nothing here imports Qt, so the commands start fast and run on machines without a screen.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from civicdesk import paths
from civicdesk.data import database
from civicdesk.errors import UserError
from civicdesk.services import actors

EXIT_OK, EXIT_FAILED, EXIT_USER_ERROR = 0, 1, 2


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser("demo", parents=[common], help="fill a new database with demo data")
    demo.add_argument("--people", type=int, default=500, metavar="N",
                      help="how many people to create (default 500)")
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help="random seed: the same seed gives the same data (default 1)")
    demo.set_defaults(command=cmd_demo)
    check = subparsers.add_parser("check", parents=[common],
                                  help="check the database and print row counts")
    check.set_defaults(command=cmd_check)
    calendar = subparsers.add_parser(
        "calendar", parents=[common],
        help="save the shifts of an event or of a volunteer as an iCalendar (.ics) file")
    whose = calendar.add_mutually_exclusive_group(required=True)
    whose.add_argument("--event", metavar="NAME", help="every shift of this event")
    whose.add_argument("--person", type=int, metavar="ID", help="this person's sign-ups")
    calendar.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics",
                          help="the file to write (replaced if it exists)")
    calendar.set_defaults(command=cmd_calendar)


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else paths.default_db_path()


def run(args: argparse.Namespace) -> int:
    """Run the chosen command; user errors are printed plainly, never as a traceback."""
    try:
        return args.command(args)
    except UserError as exc:
        print(f"civicdesk: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("civicdesk: interrupted; nothing was saved by the unfinished command.",
              file=sys.stderr)
        return EXIT_FAILED


def cmd_demo(args: argparse.Namespace) -> int:
    if args.people < 1:
        print("civicdesk: --people must be at least 1", file=sys.stderr)
        return EXIT_USER_ERROR
    from civicdesk.demo import generate  # imported here: `civicdesk` alone must start fast

    path = db_path(args)
    db = database.open_database(path)
    started = time.perf_counter()
    try:
        stats = generate.generate(args.people, seed=args.seed, actor=actors.local_actor())
    except generate.DatabaseNotEmpty:
        print(f"civicdesk: {path} already has people. Demo data only goes into a new "
              f"database, for example: civicdesk --db demo.db demo", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        database.close_database(db)
    took = time.perf_counter() - started
    summary = ", ".join(f"{n} {table}" for table, n in stats.counts.items())
    print(f"demo data in {path}: {summary} ({took:.1f} s)")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from civicdesk.data import integrity

    path = db_path(args)
    if not path.exists():
        print(f"civicdesk: there is no database at {path}", file=sys.stderr)
        return EXIT_USER_ERROR
    db = database.open_database(path)
    try:
        report = integrity.check(db)
    finally:
        database.close_database(db)
    print(f"database: {path}")
    width = max(len(name) for name in report.counts)
    for name, count in report.counts.items():
        print(f"  {name:<{width}}  {count:>9}")
    if report.ok:
        print("ok")
        return EXIT_OK
    print(f"{len(report.problems)} problem(s):")
    for problem in report.problems:
        print(f"  - {problem}")
    return EXIT_FAILED


def cmd_calendar(args: argparse.Namespace) -> int:
    from civicdesk import settings
    from civicdesk.exchange import ics

    path = db_path(args)
    if not path.exists():
        print(f"civicdesk: there is no database at {path}", file=sys.stderr)
        return EXIT_USER_ERROR
    db = database.open_database(path)
    try:
        tz = settings.timezone()
        if args.event is not None:
            data, count = ics.event_calendar(args.event, tz)
        else:
            data, count = ics.person_calendar(args.person, tz)
        try:
            ics.write(args.output, data, count)
        except OSError as exc:
            print(f"civicdesk: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return EXIT_USER_ERROR
    finally:
        database.close_database(db)
    print(f"{count} shift(s) written to {args.output} (times in {tz.key})")
    return EXIT_OK
