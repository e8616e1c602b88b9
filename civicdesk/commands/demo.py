"""`civicdesk demo --people N [--seed S]`: fill a new database with made-up data."""

from __future__ import annotations

import argparse
import sys
import time

from civicdesk.commands import common
from civicdesk.services import actors


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser("demo", parents=[parent],
                                 help="fill a new database with demo data")
    demo.add_argument("--people", type=int, default=500, metavar="N",
                      help="how many people to create (default 500)")
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help="random seed: the same seed gives the same data (default 1)")
    demo.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk.demo import generate  # imported here: `civicdesk` alone must start fast

    if args.people < 1:
        print("civicdesk: --people must be at least 1", file=sys.stderr)
        return common.EXIT_USER_ERROR
    path = common.db_path(args)
    started = time.perf_counter()
    with common.opened(args, must_exist=False):
        try:
            stats = generate.generate(args.people, seed=args.seed, actor=actors.local_actor())
        except generate.DatabaseNotEmpty:
            print(f"civicdesk: {path} already has people. Demo data only goes into a new "
                  f"database, for example: civicdesk --db demo.db demo", file=sys.stderr)
            return common.EXIT_USER_ERROR
    took = time.perf_counter() - started
    summary = ", ".join(f"{n} {table}" for table, n in stats.counts.items())
    print(f"demo data in {path}: {summary} ({took:.1f} s)")
    return common.EXIT_OK
