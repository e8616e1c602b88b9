"""Headless commands (`civicdesk demo|check|report|calendar ...`), one module each in
civicdesk/commands; this module wires them into the parser and runs the chosen one.

Nothing here imports Qt, so the commands start fast and run on machines without a screen.
"""

from __future__ import annotations

import argparse

from civicdesk.commands import (
    audit,
    backup,
    calendar,
    check,
    common,
    demo,
    export,
    find,
    imports,
    move,
    report,
    restore,
    settings_cmd,
    user,
)
from civicdesk.commands.common import Cli
from civicdesk.errors import UserError

COMMANDS = (demo, check, backup, restore, move, report, calendar, audit, user, export,
            imports, settings_cmd, find)
EXIT_OK, EXIT_FAILED, EXIT_USER_ERROR = common.EXIT_OK, common.EXIT_FAILED, common.EXIT_USER_ERROR
db_path = common.db_path
location = common.location


def add_commands(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    for command in COMMANDS:
        command.register(subparsers, parent)


user_error = common.user_error


def run(args: argparse.Namespace) -> int:
    """Run the chosen command; user errors are printed plainly, never as a traceback."""
    try:
        return args.command(args)
    except UserError as exc:
        return user_error(exc.message)
    except Exception as exc:
        from civicdesk.services import storage  # a storage failure while using the file

        explained = storage.explain(exc)
        if explained is None:
            raise
        return user_error(explained.message)
    except KeyboardInterrupt:
        user_error(Cli.tr("interrupted; nothing was saved by the unfinished command."))
        return EXIT_FAILED
