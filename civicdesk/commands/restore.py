"""`civicdesk restore FILE`: put a backup in place of the database (verified first; the
current file is backed up first)."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk.commands import common
from civicdesk.commands.common import Cli
from civicdesk.services import actors


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    restore = subparsers.add_parser(
        "restore", parents=[parent],
        help=Cli.tr("put a backup in place of the database (the current one is backed up "
                    "first)"))
    restore.add_argument("backup", type=Path, metavar="FILE",
                         help=Cli.tr("the backup file (see: civicdesk backups)"))
    restore.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk.commands.backup import describe
    from civicdesk.data import database
    from civicdesk.services import storage

    path = common.db_path(args, "restore", Cli.tr(
        "To put a backup's data on a server, copy it into a new, empty database there: "
        "civicdesk --db BACKUP move --to postgresql://USER@HOST/DATABASE"))
    actor = _acting(args, path)
    with common.locked(path):
        done = storage.restore(actor, path, args.backup)
        database.close_database(database.models.database.obj)
    print(Cli.tr("restored {backup} into {path}: {what}").format(
        backup=common.shown(args.backup), path=common.shown(path),
        what=describe(done.restored)))
    if done.safety is not None:
        print(Cli.tr("the replaced data is in the backup {path}").format(
            path=common.shown(done.safety.path)))
    for kept in done.kept_aside:
        print(Cli.tr("the replaced file could not be backed up (damaged); its copy is "
                     "{path}").format(path=common.shown(kept)))
    return common.EXIT_OK


def _acting(args: argparse.Namespace, path: Path) -> actors.Actor:
    """Who restores: the --as user, logged in to the current file when it has accounts. A
    file that cannot be opened (damaged, empty, missing: what a restore is for) has no
    accounts to ask, so it is restored as before logins (the operating system's user)."""
    from civicdesk.data import errors, lockfile

    if not path.is_file() or common.is_empty_file(path):
        return actors.local_actor()
    try:
        with common.opened(args):
            return common.acting(args)
    except (lockfile.FileInUse, lockfile.NetworkFolder):
        raise
    except errors.DataError:
        return actors.local_actor()
