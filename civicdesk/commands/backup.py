"""`civicdesk backup [-o FILE]` and `civicdesk backups`: make a verified backup now; list
the backups there are."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk import clock
from civicdesk.commands import common
from civicdesk.commands.common import Cli
from civicdesk.services import actors


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser(
        "backup", parents=[parent],
        help=Cli.tr("make a verified backup now (into the backups folder, or -o FILE)"))
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help=Cli.tr(
        "write the backup to this file instead (it is not rotated)"))
    backup.set_defaults(command=run_backup)
    listing = subparsers.add_parser("backups", parents=[parent], help=Cli.tr(
        "list the backups: date, size, counts, verified"))
    listing.set_defaults(command=run_list)


def run_backup(args: argparse.Namespace) -> int:
    from civicdesk.data import backups
    from civicdesk.services import storage

    with common.opened(args, writes=False):
        actor = common.acting(args)
        if args.output is not None:  # a copy of everything, to anywhere: a bulk export
            common.require(actor, actors.BULK_EXPORT, "storage.back_up_to")
            made = storage.back_up_to(args.output)
            print(Cli.tr("backup written to {path}: {what}").format(
                path=common.shown(made.path), what=describe(made)))
            return common.EXIT_OK
        done = storage.back_up(kind=backups.MANUAL)
    print(Cli.tr("backup written to {path}: {what}").format(
        path=common.shown(done.backup.path), what=describe(done.backup)))
    if done.second is not None:
        print(Cli.tr("copied to {path}, verified there too").format(
            path=common.shown(done.second.path)))
    elif done.second_problem is not None:
        print(f"civicdesk: {done.second_problem.message}")
        return common.EXIT_FAILED
    return common.EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from civicdesk.services import storage

    with common.opened(args, writes=False):
        found = storage.on_hand()
        folder = storage.backup_folder()
    if not found:
        print(Cli.tr("no backups in {folder} yet (make one with: civicdesk backup)").format(
            folder=common.shown(folder)))
        return common.EXIT_OK
    verified, unverified = Cli.tr("verified"), Cli.tr("not verified")
    width = max(len(verified), len(unverified))
    for backup in found:
        when = backup.taken_at.astimezone(clock.zone()).strftime("%Y-%m-%d %H:%M")
        checked = verified if backup.verified else unverified
        people = Cli.tr("%Ln people", "", backup.people)
        print(f"{when}  {backup.kind:<14} {size(backup.size):>9}  "
              f"{people:>16}  {checked:<{width}}  {common.shown(backup.path)}")
    return common.EXIT_OK


def describe(backup) -> str:
    """`1,234 people, 567 households, 89 requests, 1.2 MB, verified`"""
    return Cli.tr("{people}, {households}, {requests}, {size}, verified").format(
        **_counted(backup.counts), size=size(backup.size))


def describe_counts(counts: dict[str, int]) -> str:
    """`1,234 people, 567 households, 89 requests`"""
    return Cli.tr("{people}, {households}, {requests}").format(**_counted(counts))


def _counted(counts: dict[str, int]) -> dict[str, str]:
    return {"people": Cli.tr("%Ln people", "", counts.get("person", 0)),
            "households": Cli.tr("%Ln household(s)", "", counts.get("household", 0)),
            "requests": Cli.tr("%Ln request(s)", "", counts.get("support_request", 0))}


def size(count: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:,.0f} {unit}" if unit == "bytes" else f"{count:,.1f} {unit}"
        count /= 1024
    return f"{count} bytes"
