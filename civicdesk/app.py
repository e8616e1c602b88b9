"""Composition root: parse the command line, then run a headless command or the GUI."""

from __future__ import annotations

import argparse
import sys

from civicdesk import APP_NAME, __version__, cli, paths
from civicdesk.commands import common


def build_parser() -> argparse.ArgumentParser:
    # The data options are accepted before and after the command name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=f"folder for the database, backups and logs "
                             f"(default: ${paths.DATA_DIR_ENV} or the system's app data folder)")
    common.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS,
                        help="database file to open (default: civicdesk.db in the data folder)")
    parser = argparse.ArgumentParser(
        prog="civicdesk", parents=[common],
        description=f"{APP_NAME}: members, volunteer shifts, support requests and reports. "
                    "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true",
                        help="check that this copy of CivicDesk works (offscreen, on "
                             "throw-away demo data; your data is not touched): prints OK, "
                             "or what failed and exits with 1")
    # Who runs the command, on a database with user accounts (before the command name).
    parser.add_argument("--as", dest="as_user", metavar="NAME",
                        help="run the command as this CivicDesk user (needed on a database "
                             "with user accounts by every command that changes or exports "
                             "data); the PIN or password is asked without echo")
    parser.add_argument("--password-stdin", dest="as_password_stdin", action="store_true",
                        help="read the --as user's PIN or password from the first line of "
                             "standard input instead (a new user's, if the command also "
                             "needs one, from the next line)")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND",
                                       dest="command_name")
    cli.add_commands(subparsers, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "data_dir", None):
        try:
            paths.set_data_dir(args.data_dir)
        except RuntimeError as exc:  # --data-dir ~someone, who has no home folder here
            return cli.user_error(f"--data-dir {args.data_dir}: {exc}")
        except ValueError:  # a NUL, or a character the system cannot encode
            return cli.user_error(f"--data-dir {args.data_dir}: {common.NOT_A_NAME}")
    if getattr(args, "command", None):
        return cli.run(args)
    if args.self_test:
        from civicdesk.gui import selftest  # Qt, and only for the self-test

        return selftest.main()
    from civicdesk.gui import application  # Qt only when the window is wanted

    return application.run(args)


if __name__ == "__main__":
    sys.exit(main())
