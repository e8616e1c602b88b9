"""`civicdesk find TEXT`: the people the window's search finds for TEXT, one per line
(number, name, phone, street), for scripts and for checking a search (#15)."""

from __future__ import annotations

import argparse

from civicdesk.commands import common
from civicdesk.services import member_list


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    find = subparsers.add_parser(
        "find", parents=[parent], help="print the people a search finds",
        description="Print the people the window's search finds for TEXT (name, email, "
                    "phone in any format, street), sorted by name, one per line: number, "
                    "name, phone, street, separated by tabs. At most "
                    f"{member_list.MemberQuery.SEARCH_CAP}, as in the window.")
    find.add_argument("text", metavar="TEXT", nargs="+", help="what to search for")
    find.add_argument("--archived", action="store_true", help="archived people too")
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
            print(f"(the first {len(rows)}; type more to narrow the search)")
        elif not rows:
            print("nobody found")
    return common.EXIT_OK


def line(row: member_list.MemberRow) -> str:
    phone = row.phone or row.mobile
    street = " ".join(x for x in (row.street, row.unit) if x)
    return "\t".join(x.replace("\t", " ") for x in (f"#{row.id}", row.name, phone, street))
