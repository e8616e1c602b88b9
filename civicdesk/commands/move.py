"""`civicdesk move --to postgresql://USER@HOST[:PORT]/DATABASE` or `--to FILE.db`: copy the
whole database (--db: a file by default, or a server's) into an empty database elsewhere, in
one transaction there, verified before it commits (`data/copying.py`). The source is only
read."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee as pw

from civicdesk import plaintext
from civicdesk.commands import common
from civicdesk.commands.common import Cli
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors

MOVING = ".moving"  # the new file is written as .NAME.moving beside it, then renamed


class SameDatabase(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "--to names the database being moved ({target}); name another, empty one")


class SourceOutdated(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{source} was saved by an older CivicDesk. Open it once in this CivicDesk, "
                  "which upgrades it (after a backup), then move it; nothing was changed")


class SourceEmpty(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{source} holds no CivicDesk database yet, so there is nothing to move")


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    move = subparsers.add_parser(
        "move", parents=[parent],
        help=Cli.tr("copy the whole database into an empty one: a PostgreSQL server's, or a "
                    "new file"),
        description=Cli.tr(
            "Copy the whole database (--db, or the data folder's file) into an empty "
            "database: a PostgreSQL server's (--to postgresql://USER@HOST[:PORT]/DATABASE), "
            "or a new file (--to FILE.db). Every row keeps its number, the audit log comes "
            "with it, and the copy is kept only when every table's rows are counted the "
            "same on both sides and both pass `civicdesk check`; otherwise the target is "
            "left empty. The source is only read. Needs an admin (--as NAME on a database "
            "with accounts)."))
    move.add_argument("--to", required=True, metavar="postgresql://...|FILE.db",
                      help=Cli.tr("the empty database to copy into"))
    move.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk.data import address, copying

    source_at = _source_location(args)
    target_at = address.location(args.to if address.is_address(args.to)
                                 else common.file_name(args.to))
    if _same(source_at, target_at):
        raise SameDatabase(target=_shown(target_at))
    started = time.perf_counter()
    with _opened_source(source_at) as source:
        actor = common.acting(args)
        common.require(actor, actors.RESTORE_BACKUP, "move")
        printer = _Printer()
        if isinstance(target_at, address.ServerAddress):
            copied = _into_server(source, target_at, printer)
        else:
            copied = _into_file(source, target_at, printer)
        name = copying.name_of(source)
    took = time.perf_counter() - started
    from civicdesk.commands.backup import describe_counts

    print(Cli.tr("moved {source} to {target}: {what}. Every table has the same number of "
                 "rows on both sides, and both pass the check ({seconds} s).").format(
        source=common.shown(name), target=_shown(target_at),
        what=describe_counts(copied), seconds=f"{took:.1f}"))
    if isinstance(target_at, address.ServerAddress):
        print(Cli.tr("open it with: civicdesk --db {target}").format(target=_shown(target_at)))
    return common.EXIT_OK


def _source_location(args: argparse.Namespace):
    from civicdesk.data import address

    given = getattr(args, "db", None)
    if given and address.is_address(given):
        return address.parse(given)
    return common.db_path(args)


def _same(one, other) -> bool:
    from civicdesk.data import address

    if isinstance(one, address.ServerAddress) or isinstance(other, address.ServerAddress):
        return (isinstance(one, address.ServerAddress)
                and isinstance(other, address.ServerAddress)
                and (one.host, one.port, one.database) == (other.host, other.port,
                                                           other.database))
    try:
        return Path(one).resolve() == Path(other).resolve()
    except OSError:
        return False


def _shown(where) -> str:
    return common.shown(where.url() if hasattr(where, "url") else where)


@contextmanager
def _opened_source(where) -> Iterator[pw.Database]:
    """The database to move, opened as it is (never upgraded: it is only read). A file is
    locked meanwhile, so no CivicDesk saves to it during the move (FileInUse: one has it
    open)."""
    from civicdesk.data import address, copying, database, migrations

    if isinstance(where, address.ServerAddress):
        db = database.open_database(where, migrate=False)
        try:
            _refuse_version(db, where.url(), migrations.SCHEMA_VERSION)
            yield db
        finally:
            database.close_database(db)
        return
    try:
        missing = not where.exists()
    except OSError as exc:
        raise common.CannotOpen(path=str(where), reason=exc.strerror or str(exc)) from exc
    if missing:
        raise common.NoDatabase(path=str(where))
    if common.is_empty_file(where):
        raise SourceEmpty(source=common.shown(where))
    with common.locked(where):
        try:
            found = copying.file_schema_version(where)
        except sqlite3.Error:
            found = None  # not a database: opening it says what it is
        if found is not None:
            _refuse(found, str(where), migrations.SCHEMA_VERSION)
        db = database.open_database(where, migrate=False)
        try:
            _refuse_version(db, str(where), migrations.SCHEMA_VERSION)
            yield db
        finally:
            database.close_database(db)


def _refuse_version(db: pw.Database, name: str, current: int) -> None:
    from civicdesk.data import copying

    _refuse(copying.schema_version(db), name, current)


def _refuse(found: int, name: str, current: int) -> None:
    if found == 0:
        raise SourceEmpty(source=plaintext.shown(name))
    if found < current:
        raise SourceOutdated(source=plaintext.shown(name))


def _into_server(source: pw.Database, where, printer: _Printer) -> dict[str, int]:
    """Into a server's database: its schema is made when it has none (`open_database`),
    then the copy runs in one transaction there."""
    from civicdesk.data import copying, database

    target = database.open_database(where)
    try:
        return copying.copy_all(source, target, progress=printer.step,
                                check=copying.integrity_problems)
    finally:
        database.close_database(target)


def _into_file(source: pw.Database, path: Path, printer: _Printer) -> dict[str, int]:
    """Into a file: a new one is written beside it under a hidden name and renamed once
    verified (a failure leaves nothing); an existing CivicDesk file with no data is
    copied into in place, in one transaction."""
    from civicdesk.data import copying, database, lockfile

    path = path.expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise common.CannotWrite(path=str(path), reason=common.write_failure(exc)) from exc
    lockfile.refuse_network_folder(path)
    with common.locked(path):
        if path.exists() and not common.is_empty_file(path):
            target = database.open_database(path)
            try:
                return copying.copy_all(source, target, progress=printer.step,
                                        check=copying.integrity_problems)
            finally:
                database.close_database(target)
        partial = path.parent / f".{path.name}{MOVING}"
        for leftover in copying.companions(partial):  # what a killed move left
            leftover.unlink(missing_ok=True)
        try:
            copied = copying.to_new_file(source, partial, progress=printer.step,
                                         check=copying.integrity_problems)
        except OSError as exc:
            raise common.CannotWrite(path=str(path), reason=common.write_failure(exc)) from exc
        os.replace(partial, path)
        copying.fsync_folder(path.parent)
        return copied


class _Printer:
    """Progress on stderr: a line when each check starts and each table is done."""

    def __init__(self) -> None:
        self.started = time.perf_counter()

    def step(self, step) -> None:
        from civicdesk.data import copying

        if step.phase == copying.CHECK_SOURCE:
            self._line(Cli.tr("checking the database to move..."))
        elif step.phase == copying.COPY and step.copied == 0 and not step.finished:
            self.started = time.perf_counter()
        elif step.phase == copying.COPY and step.finished:
            took = time.perf_counter() - self.started
            self._line(Cli.tr("{table}: {rows} copied ({seconds} s)").format(
                table=step.table, rows=Cli.tr("%Ln row(s)", "", step.copied),
                seconds=f"{took:.1f}"))
        elif step.phase == copying.INDEX:
            self._line(Cli.tr("building the search indexes..."))
        elif step.phase == copying.CHECK_TARGET:
            self._line(Cli.tr("counting and checking the copy..."))

    @staticmethod
    def _line(text: str) -> None:
        print(f"civicdesk: {text}", file=sys.stderr, flush=True)
