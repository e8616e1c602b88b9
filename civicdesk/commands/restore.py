"""`civicdesk restore FILE`: put a backup in place of the database (verified first; the
current file is backed up first)."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk.commands import common
from civicdesk.services import actors


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    restore = subparsers.add_parser(
        "restore", parents=[parent],
        help="put a backup in place of the database (the current one is backed up first)")
    restore.add_argument("backup", type=Path, metavar="FILE",
                         help="the backup file (see: civicdesk backups)")
    restore.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk.commands.backup import describe
    from civicdesk.data import database
    from civicdesk.services import storage

    path = common.db_path(args)
    with common.locked(path):
        done = storage.restore(actors.local_actor(), path, args.backup)
        database.close_database(database.models.database.obj)
    print(f"restored {args.backup} into {path}: {describe(done.restored)}")
    if done.safety is not None:
        print(f"the replaced data is in the backup {done.safety.path}")
    for kept in done.kept_aside:
        print(f"the replaced file could not be backed up (damaged); its copy is {kept}")
    return common.EXIT_OK
