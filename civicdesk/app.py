"""Composition root: parse the command line, then run a headless command or the GUI."""

from __future__ import annotations

import argparse
import sys

from civicdesk import APP_NAME, __version__, cli, i18n, languages, paths
from civicdesk.commands import common
from civicdesk.commands.common import Cli  # by name: lupdate reads `Cli.tr` as the context


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, its help in the language chosen (`languages.choose`)."""
    # The data options are accepted before and after the command name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=Cli.tr("folder for the database, backups and logs (default: "
                                    "${variable} or the system's app data folder)").format(
                                        variable=paths.DATA_DIR_ENV))
    common.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS,
                        help=Cli.tr("database file to open, or a database on a server: "
                                    "postgresql://USER@HOST[:PORT]/DATABASE (default: "
                                    "civicdesk.db in the data folder)"))
    common.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                        help=Cli.tr("the language of the window and the commands (default: "
                                    "the one chosen on this computer, else the system's)"))
    parser = argparse.ArgumentParser(
        prog="civicdesk", parents=[common],
        description=Cli.tr("{app}: members, volunteer shifts, support requests and reports. "
                           "Without a command, opens the window.").format(app=APP_NAME))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true",
                        help=Cli.tr("check that this copy of CivicDesk works (offscreen, on "
                                    "throw-away demo data; your data is not touched): prints "
                                    "OK, or what failed and exits with 1"))
    # Who runs the command, on a database with user accounts (before the command name).
    parser.add_argument("--as", dest="as_user", metavar="NAME",
                        help=Cli.tr("run the command as this CivicDesk user (needed on a "
                                    "database with user accounts by every command that "
                                    "changes or exports data); the PIN or password is asked "
                                    "without echo"))
    parser.add_argument("--password-stdin", dest="as_password_stdin", action="store_true",
                        help=Cli.tr("read the --as user's PIN or password from the first "
                                    "line of standard input instead (a new user's, if the "
                                    "command also needs one, from the next line; before "
                                    "both, the database server's password, if it asks for "
                                    "one CivicDesk does not have)"))
    subparsers = parser.add_subparsers(title=Cli.tr("commands"), metavar="COMMAND",
                                       dest="command_name")
    cli.add_commands(subparsers, common)
    return parser


def language_given(argv: list[str]) -> str | None:
    """--lang's language, read before the parser is built so that its help is in that
    language (a language CivicDesk does not speak is left for the parser to refuse)."""
    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    pre.add_argument("--lang")
    try:
        found, _ = pre.parse_known_args(argv)
    except argparse.ArgumentError:  # `--lang` without a language: the parser says so
        return None
    return found.lang if found.lang in i18n.LANGUAGES else None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    languages.choose(language_given(argv))
    args = build_parser().parse_args(argv)
    if getattr(args, "data_dir", None):
        try:
            paths.set_data_dir(args.data_dir)
        except RuntimeError as exc:  # --data-dir ~someone, who has no home folder here
            return cli.user_error(f"--data-dir {args.data_dir}: {exc}")
        except ValueError:  # a NUL, or a character the system cannot encode
            return cli.user_error(f"--data-dir {args.data_dir}: {common.not_a_name()}")
    if getattr(args, "command", None):
        return cli.run(args)
    if args.self_test:
        from civicdesk.gui import selftest  # Qt, and only for the self-test

        return selftest.main()
    from civicdesk.gui import application  # Qt only when the window is wanted

    return application.run(args)


if __name__ == "__main__":
    sys.exit(main())
