"""`civicdesk check`: SQLite's own check, foreign keys, the search index, the append-only
audit log and request history; counts per table."""

from __future__ import annotations

import argparse

from civicdesk.commands import common
from civicdesk.commands.common import Cli


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    check = subparsers.add_parser("check", parents=[parent],
                                  help=Cli.tr("check the database and print row counts"))
    check.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk.data import integrity

    path = common.location(args)
    if common.is_empty_file(path):  # e.g. a copy made on a full disk
        print(Cli.tr("database: {path}").format(path=common.shown(path)))
        print(Cli.tr("%n problem(s):", "", 1))
        print("  - " + Cli.tr("the file is empty: it holds no data"))
        return common.EXIT_FAILED
    with common.opened(args, writes=False) as db:
        report = integrity.check(db)
    print(Cli.tr("database: {path}").format(path=common.shown(path)))
    width = max((len(name) for name in report.counts), default=0)
    for name, count in report.counts.items():
        print(f"  {name:<{width}}  {count:>9}")
    if report.ok:
        print(Cli.tr("ok"))
        return common.EXIT_OK
    print(Cli.tr("%n problem(s):", "", len(report.problems)))
    for problem in report.problems:
        print(f"  - {problem}")
    return common.EXIT_FAILED
