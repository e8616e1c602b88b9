"""`civicdesk export people|households|shifts|signups|requests -o FILE.csv|.xlsx [filters]`,
`civicdesk export all -o FILE.zip [--include-sensitive]` and `civicdesk import all FILE.zip`."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from civicdesk import clock, localtime
from civicdesk.commands import common
from civicdesk.commands.common import Cli

LISTS = ("people", "households", "shifts", "signups", "requests")
STATUSES = ("member", "lapsed", "honorary", "prospect", "none")


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    export = subparsers.add_parser(
        "export", parents=[parent],
        help=Cli.tr("write a list to CSV or XLSX, or everything to a zip"),
        description=Cli.tr("Write a list as the window shows it (its columns, in its order) "
                           "to a .csv (UTF-8, for any spreadsheet) or .xlsx file, or "
                           "everything to a zip of CSV files with a README. Needs a "
                           "coordinator or an admin (--as NAME on a database with accounts)."))
    kinds = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name, help_text in (("people", Cli.tr("the people list")),
                            ("households", Cli.tr("the households")),
                            ("shifts", Cli.tr("shifts between two days")),
                            ("signups", Cli.tr("who signed up for shifts between two days")),
                            ("requests", Cli.tr("the requests queue"))):
        sub = kinds.add_parser(name, help=help_text, description=Cli.tr(
            "Export {what}.").format(what=help_text))
        sub.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx")
        globals()[f"_{name}_options"](sub)
        sub.set_defaults(command=run_list)
    everything = kinds.add_parser(
        "all", help=Cli.tr("every table as CSV files in a zip, with a README of the columns"),
        description=Cli.tr("Every table as a CSV file in a zip, with a README describing "
                           "every column; read it back with `civicdesk import all FILE.zip`."))
    everything.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    everything.add_argument("--include-sensitive", action="store_true",
                            help=Cli.tr("include the sensitive notes (admins only)"))
    everything.set_defaults(command=run_all)


def add_import_all(sources, parent: argparse.ArgumentParser) -> None:
    """`civicdesk import all FILE.zip`, beside `import people|undo` (commands/imports.py)."""
    back = sources.add_parser(
        "all", parents=[parent], help=Cli.tr("read an `export all` zip into an empty database"),
        description=Cli.tr("Read a zip written by `civicdesk export all` into an empty "
                           "database (a new --db file): same numbers, same values. PINs and "
                           "passwords never leave a database: --admin NAME gives that admin a "
                           "new one (asked, or read from standard input with --password-stdin)."))
    back.add_argument("file", metavar="FILE.zip")
    back.add_argument("--admin", metavar="NAME", help=Cli.tr(
        "an admin account of the file to give a new PIN or password"))
    back.set_defaults(command=run_import_all)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(Cli.tr("not a date (YYYY-MM-DD): {text}").format(
            text=repr(text))) from None


def _people_options(sub) -> None:
    sub.add_argument("--search", default="",
                     help=Cli.tr("names, phone or email, as typed in the list"))
    sub.add_argument("--status", choices=STATUSES, help=Cli.tr("membership status"))
    group = sub.add_mutually_exclusive_group()
    group.add_argument("--volunteers", dest="volunteer", action="store_const", const=True,
                       help=Cli.tr("volunteers only"))
    group.add_argument("--not-volunteers", dest="volunteer", action="store_const",
                       const=False, help=Cli.tr("people who are not volunteers"))
    sub.add_argument("--dues-overdue", action="store_true", help=Cli.tr("dues overdue"))
    sub.add_argument("--skill", default="", help=Cli.tr("who has this skill"))
    sub.add_argument("--language", default="", help=Cli.tr("who speaks this language"))
    sub.add_argument("--archived", choices=("current", "archived", "all"), default="current")
    sub.add_argument("--sort", choices=("name", "address", "phone", "email", "status", "dues",
                                        "volunteer"), default="name")
    sub.add_argument("--descending", action="store_true")


def _households_options(sub) -> None:
    sub.add_argument("--search", default="", help=Cli.tr("name, street or a member's name"))
    sub.add_argument("--include-archived", action="store_true")


def _span_options(sub) -> None:
    sub.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD",
                     help=Cli.tr("first day (default today)"))
    sub.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD",
                     help=Cli.tr("last day, included (default four weeks on)"))
    sub.add_argument("--event", type=int, metavar="ID", help=Cli.tr("one event's shifts only"))


def _shifts_options(sub) -> None:
    _span_options(sub)
    sub.add_argument("--unfilled", action="store_true",
                     help=Cli.tr("only shifts that need people"))


def _signups_options(sub) -> None:
    _span_options(sub)
    sub.add_argument("--shift", type=int, metavar="ID", help=Cli.tr("one shift only"))
    sub.add_argument("--include-cancelled", action="store_true")


def _requests_options(sub) -> None:
    sub.add_argument("--status", action="append", metavar="STATUS",
                     help=Cli.tr("a status (repeat for several; default the open ones; "
                                 "'any')"))
    sub.add_argument("--urgency", help=Cli.tr("one urgency"))
    sub.add_argument("--overdue", action="store_true")


def _span(args):
    start = args.start or clock.today()
    end = args.end or start + timedelta(weeks=4)
    return localtime.days_bounds(start, end, clock.zone())


def listing(args):
    from civicdesk.services import export_lists, member_list, request_lists, vocabulary

    if args.what == "people":
        return export_lists.people(member_list.MemberFilter(
            text=args.search, status=args.status or "", volunteer=args.volunteer,
            dues_overdue=args.dues_overdue, skill=args.skill, language=args.language,
            archived=args.archived), args.sort, args.descending)
    if args.what == "households":
        return export_lists.households(args.search, include_archived=args.include_archived)
    if args.what == "shifts":
        return export_lists.shifts(*_span(args), event_id=args.event,
                                   unfilled_only=args.unfilled)
    if args.what == "signups":
        return export_lists.signups(*_span(args), event_id=args.event, shift_id=args.shift,
                                    include_cancelled=args.include_cancelled)
    statuses = tuple(args.status or vocabulary.REQUEST_OPEN)
    return export_lists.request_queue(request_lists.QueueFilter(
        statuses=() if "any" in statuses else statuses, urgency=args.urgency,
        overdue=args.overdue))


def run_list(args: argparse.Namespace) -> int:
    from civicdesk.exchange import sheets
    from civicdesk.services import exports

    sheets.format_of(args.output)  # before logging in
    with common.opened(args):
        done = exports.export_list(common.acting(args), listing(args), args.output)
    print(f"{common.shown(args.output)}: {rows_of(args.what, done.rows)}")
    return common.EXIT_OK


def rows_of(what: str, count: int) -> str:
    """`1,234 people`, `1 shift`: how many rows of list *what* were written."""
    if what == "people":
        return Cli.tr("%Ln people", "", count)
    if what == "households":
        return Cli.tr("%Ln household(s)", "", count)
    if what == "shifts":
        return Cli.tr("%Ln shift(s)", "", count)
    if what == "signups":
        return Cli.tr("%Ln sign-up(s)", "", count)
    return Cli.tr("%Ln request(s)", "", count)


def run_all(args: argparse.Namespace) -> int:
    from civicdesk.services import exports

    with common.opened(args):
        done = exports.export_all(common.acting(args), args.output,
                                  include_sensitive=args.include_sensitive)
    if args.include_sensitive:
        said = Cli.tr("{path}: {tables}, {rows}")
    else:
        said = Cli.tr("{path}: {tables}, {rows} (without the sensitive notes)")
    print(said.format(path=common.shown(args.output),
                      tables=Cli.tr("%n table(s)", "", len(done.tables)),
                      rows=Cli.tr("%Ln row(s)", "", done.rows)))
    return common.EXIT_OK


def run_import_all(args: argparse.Namespace) -> int:
    from civicdesk.services import exports

    with common.opened(args, must_exist=False):
        actor = common.acting(args)
        admin = None
        if args.admin:
            secret = common.read_secret(args.admin, stdin=getattr(args, "as_password_stdin",
                                                                  False), confirm=True)
            admin = (args.admin, secret)
        done = exports.import_all(actor, args.file, admin=admin)
    print(Cli.tr("{path}: {rows} in {tables} read in").format(
        path=common.shown(args.file), rows=Cli.tr("%Ln row(s)", "", done.rows),
        tables=Cli.tr("%n table(s)", "", len(done.tables))))
    return common.EXIT_OK
