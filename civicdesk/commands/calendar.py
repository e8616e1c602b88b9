"""`civicdesk calendar (--event NAME | --person ID) -o FILE.ics`: shifts as iCalendar."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk import clock
from civicdesk.commands import common
from civicdesk.commands.common import Cli


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    calendar = subparsers.add_parser(
        "calendar", parents=[parent],
        help=Cli.tr("save the shifts of an event or of a volunteer as an iCalendar (.ics) "
                    "file"))
    whose = calendar.add_mutually_exclusive_group(required=True)
    whose.add_argument("--event", metavar="NAME", help=Cli.tr("every shift of this event"))
    whose.add_argument("--person", type=int, metavar="ID", help=Cli.tr("this person's sign-ups"))
    calendar.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics",
                          help=Cli.tr("the file to write (replaced if it exists)"))
    calendar.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk.exchange import ics

    with common.opened(args, writes=False):
        common.acting(args)  # an export: on a database with accounts, only a logged-in user
        tz = clock.zone()
        if args.event is not None:
            data, count = ics.event_calendar(args.event, tz)
        else:
            data, count = ics.person_calendar(args.person, tz)
        try:
            ics.write(args.output, data, count)
        except (OSError, ValueError) as exc:  # ValueError: a NUL or a lone surrogate
            raise common.CannotWrite(path=str(args.output),
                                     reason=common.write_failure(exc)) from exc
    print(Cli.tr("%n shift(s) written to {path} (times in {zone})", "", count).format(
        path=common.shown(args.output), zone=tz.key))
    return common.EXIT_OK
