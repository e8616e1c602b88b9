"""`civicdesk demo --people N [--seed S]`: fill a new database with made-up data."""

from __future__ import annotations

import argparse
import sys
import time

from civicdesk import plaintext
from civicdesk.commands import common
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors

# A million made-up people take some minutes and a gigabyte; more is surely a typo.
MAX_PEOPLE = 1_000_000


class PeopleOutOfRange(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "--people must be from 1 to {max}, not {count}")


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser("demo", parents=[parent],
                                 help="fill a new database with demo data")
    demo.add_argument("--people", type=int, default=500, metavar="N",
                      help=f"how many people to create (default 500, at most {MAX_PEOPLE:,})")
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help="random seed: the same seed gives the same data (default 1)")
    demo.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk.demo import generate  # imported here: `civicdesk` alone must start fast

    if not 1 <= args.people <= MAX_PEOPLE:
        raise PeopleOutOfRange(max=f"{MAX_PEOPLE:,}", count=plaintext.shown(str(args.people)))
    path = common.db_path(args)
    started = time.perf_counter()
    with common.opened(args, must_exist=False):
        try:
            stats = generate.generate(args.people, seed=args.seed, actor=actors.local_actor())
        except generate.DatabaseNotEmpty:
            print(f"civicdesk: {common.shown(path)} already has people. Demo data only goes into a new "
                  f"database, for example: civicdesk --db demo.db demo", file=sys.stderr)
            return common.EXIT_USER_ERROR
    took = time.perf_counter() - started
    summary = ", ".join(f"{n} {table}" for table, n in stats.counts.items())
    print(f"demo data in {common.shown(path)}: {summary} ({took:.1f} s)")
    return common.EXIT_OK
