"""`civicdesk demo --people N [--seed S]`: fill a new database with made-up data."""

from __future__ import annotations

import argparse
import time

from civicdesk import plaintext
from civicdesk.commands import common
from civicdesk.commands.common import Cli
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP

# A million made-up people take some minutes and a gigabyte; more is surely a typo.
MAX_PEOPLE = 1_000_000


class PeopleOutOfRange(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "--people must be from 1 to {max}, not {count}")


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser("demo", parents=[parent],
                                 help=Cli.tr("fill a new database with demo data"))
    demo.add_argument("--people", type=int, default=500, metavar="N", help=Cli.tr(
        "how many people to create (default 500, at most {max})").format(max=f"{MAX_PEOPLE:,}"))
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=Cli.tr(
        "random seed: the same seed gives the same data (default 1)"))
    demo.add_argument("--with-logins", action="store_true", help=Cli.tr(
        "also make one login per role (admin, coordinator, volunteer) with a random PIN, "
        "and print them"))
    demo.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk.demo import generate  # imported here: `civicdesk` alone must start fast

    if not 1 <= args.people <= MAX_PEOPLE:
        raise PeopleOutOfRange(max=f"{MAX_PEOPLE:,}", count=plaintext.shown(str(args.people)))
    path = common.location(args)
    started = time.perf_counter()
    with common.opened(args, must_exist=False):
        actor = common.acting(args)
        if args.with_logins:
            from civicdesk.demo import logins

            logins.check_free()
        try:
            stats = generate.generate(args.people, seed=args.seed, actor=actor)
        except generate.DatabaseNotEmpty:
            return common.user_error(Cli.tr(
                "{path} already has people. Demo data only goes into a new database, for "
                "example: civicdesk --db demo.db demo").format(path=common.shown(path)))
        made = logins.make(None if actor.user_id is None else actor) if args.with_logins else []
    took = time.perf_counter() - started
    summary = ", ".join(f"{n} {table}" for table, n in stats.counts.items())  # table names
    print(Cli.tr("demo data in {path}: {counts} ({seconds} s)").format(
        path=common.shown(path), counts=summary, seconds=f"{took:.1f}"))
    if made:
        print(Cli.tr("demo logins (civicdesk --as NAME ..., or choose the name in the "
                     "window):"))
        for login in made:
            pin = Cli.tr("PIN {pin}").format(pin=login.pin)
            print(f"  {login.username:<12} {login.role:<12} {pin}")
    return common.EXIT_OK
