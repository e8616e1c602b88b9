"""`civicdesk find TEXT`: the people the window's search finds for TEXT, one per line
(number, name, phone, street), for scripts and for checking a search (#15)."""

from __future__ import annotations

import argparse

from civicdesk.commands import common
from civicdesk.commands.common import Cli
from civicdesk.services import member_list


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    find = subparsers.add_parser(
        "find", parents=[parent], help=Cli.tr("print the people a search finds"),
        description=Cli.tr("Print the people the window's search finds for TEXT (name, "
                           "email, phone in any format, street), sorted by name, one per "
                           "line: number, name, phone, street, separated by tabs. At most "
                           "{count}, as in the window.").format(
                               count=member_list.MemberQuery.SEARCH_CAP))
    find.add_argument("text", metavar="TEXT", nargs="+", help=Cli.tr("what to search for"))
    find.add_argument("--archived", action="store_true", help=Cli.tr("archived people too"))
    find.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    with common.opened(args, writes=False):
        common.acting(args)  # the --as user, on a database with accounts
        text = " ".join(args.text)
        query = member_list.MemberQuery(member_list.MemberFilter(
            text=text, archived="all" if args.archived else "current"))
        rows = query.rows(0, query.count())
        for row in rows:
            print(line(row))
        if query.capped:
            print(Cli.tr("(the first %n; type more to narrow the search)", "", len(rows)))
        elif not rows:
            print(Cli.tr("nobody found"))
    return common.EXIT_OK


def line(row: member_list.MemberRow) -> str:
    phone = row.phone or row.mobile
    street = " ".join(x for x in (row.street, row.unit) if x)
    return "\t".join(x.replace("\t", " ") for x in (f"#{row.id}", row.name, phone, street))
