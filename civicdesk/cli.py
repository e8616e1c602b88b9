"""Headless commands (`civicdesk demo|check|report|calendar ...`), one module each in
civicdesk/commands; this module wires them into the parser and runs the chosen one.

Nothing here imports Qt, so the commands start fast and run on machines without a screen.
"""

from __future__ import annotations

import argparse
import sys

from civicdesk import plaintext
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
    report,
    restore,
    settings_cmd,
    user,
)
from civicdesk.errors import UserError

COMMANDS = (demo, check, backup, restore, report, calendar, audit, user, export, imports,
            settings_cmd, find)
EXIT_OK, EXIT_FAILED, EXIT_USER_ERROR = common.EXIT_OK, common.EXIT_FAILED, common.EXIT_USER_ERROR
db_path = common.db_path


def add_commands(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    for command in COMMANDS:
        command.register(subparsers, parent)


def user_error(message: str) -> int:
    """Print `civicdesk: MESSAGE` on one line on stderr (whatever the message quotes:
    line breaks, control or broken characters); the exit code for a user error."""
    print(f"civicdesk: {plaintext.one_line(message)}", file=sys.stderr)
    return EXIT_USER_ERROR


def run(args: argparse.Namespace) -> int:
    """Run the chosen command; user errors are printed plainly, never as a traceback."""
    try:
        return args.command(args)
    except UserError as exc:
        return user_error(str(exc))
    except Exception as exc:
        from civicdesk.services import storage  # a storage failure while using the file

        explained = storage.explain(exc)
        if explained is None:
            raise
        return user_error(str(explained))
    except KeyboardInterrupt:
        print("civicdesk: interrupted; nothing was saved by the unfinished command.",
              file=sys.stderr)
        return EXIT_FAILED
