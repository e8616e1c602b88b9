"""`civicdesk user add|list|reset|deactivate`: the user accounts (logins) of the database.

The first `user add` on a database without accounts makes its first admin and needs no
--as; every other one is run by an admin (`civicdesk --as NAME user ...`).
"""

from __future__ import annotations

import argparse

from civicdesk import clock
from civicdesk.commands import common
from civicdesk.commands.common import Cli
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors

ROLES = tuple(actors.ROLE_PERMISSIONS)  # accounts.ROLES, without importing argon2 to start


class FirstMustBeAdmin(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "the first user of a database must be an admin (--role admin), who can "
                  "then add the others; nothing was changed")


class UnknownUser(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "there is no user named \u201c{name}\u201d (see: civicdesk --as NAME user list)")


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    user = subparsers.add_parser(
        "user", parents=[parent], help=Cli.tr("add, list, reset or deactivate user accounts"),
        description=Cli.tr("User accounts: everyone logs in to a database that has them. The "
                           "first `user add` makes the first admin; the others need "
                           "`civicdesk --as ADMIN user ...`."))
    commands = user.add_subparsers(title=Cli.tr("user commands"), metavar="ACTION",
                                   dest="user_command", required=True)
    add = commands.add_parser("add", parents=[parent], help=Cli.tr(
        "add a user (asks for the PIN or password twice)"))
    add.add_argument("name", metavar="NAME", help=Cli.tr("the name to log in with"))
    add.add_argument("--role", required=True, choices=ROLES, help=Cli.tr(
        "what the user may do (the first user must be an admin)"))
    add.add_argument("--display-name", metavar="TEXT", help=Cli.tr(
        "the name shown in the window and the audit log (default: NAME)"))
    _secret_option(add, Cli.tr("read the new user's PIN or password from standard input "
                               "(after the --as user's line, if that is read from there too)"))
    add.set_defaults(command=run_add)
    listing = commands.add_parser("list", parents=[parent], help=Cli.tr(
        "list the users: name, role, active, last login"))
    listing.set_defaults(command=run_list)
    reset = commands.add_parser("reset", parents=[parent], help=Cli.tr(
        "give a user a new PIN or password (ends any wait)"))
    reset.add_argument("name", metavar="NAME")
    _secret_option(reset, Cli.tr("read the new PIN or password from standard input (after "
                                 "the --as user's line, if that is read from there too)"))
    reset.set_defaults(command=run_reset)
    deactivate = commands.add_parser(
        "deactivate", parents=[parent],
        help=Cli.tr("stop a user from logging in (their name stays in the audit log)"))
    deactivate.add_argument("name", metavar="NAME")
    deactivate.set_defaults(command=run_deactivate)


def _secret_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--password-stdin", dest="new_password_stdin", action="store_true",
                        help=help_text)


def _new_secret(args: argparse.Namespace, whose: str) -> str:
    return common.read_secret(whose, stdin=args.new_password_stdin, confirm=True)


def _admin(args: argparse.Namespace, service: str) -> actors.Actor:
    """The --as user, logged in, if they may manage accounts (else refused and audited)."""
    actor = common.acting(args)
    common.require(actor, actors.MANAGE_ACCOUNTS, service)
    return actor


def run_add(args: argparse.Namespace) -> int:
    from civicdesk.services import accounts

    where = common.location(args)
    if args.role != "admin" and not common.is_server(where) and not where.exists():
        raise FirstMustBeAdmin()  # before a new, empty file is made
    with common.opened(args, must_exist=False):
        shown = args.display_name or args.name
        if not accounts.any_accounts():
            if args.as_user:
                raise common.NoAccountsYet(name=args.as_user)
            if args.role != "admin":
                raise FirstMustBeAdmin()
            first = accounts.create_first_admin(shown, _new_secret(args, shown),
                                                username=args.name)
            print(Cli.tr("{name} is the first admin of {path}; from now on every command "
                         "that changes data needs: civicdesk --as {login} ...").format(
                name=first.name, path=common.shown(where), login=args.name))
            return common.EXIT_OK
        actor = _admin(args, "accounts.add_user")
        accounts.add_user(actor, {"username": args.name, "display_name": args.display_name or "",
                                  "role": args.role}, _new_secret(args, shown))
    print(Cli.tr("added {name} ({role})").format(name=shown, role=args.role))
    return common.EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from civicdesk.services import accounts

    with common.opened(args, writes=False):
        if not accounts.any_accounts():
            print(Cli.tr("no user accounts yet (add the first admin with: "
                         "civicdesk user add NAME --role admin)"))
            return common.EXIT_OK
        common.acting(args)
        users = accounts.list_users()
        tz = clock.zone()
    rows = [(Cli.tr("NAME"), Cli.tr("DISPLAY NAME"), Cli.tr("ROLE"), Cli.tr("ACTIVE"),
             Cli.tr("LAST LOGIN"))]
    yes, no, never = Cli.tr("yes"), Cli.tr("no"), Cli.tr("never")
    for user in users:
        last = (user.last_login_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
                if user.last_login_at else never)
        rows.append((common.shown(user.username), common.shown(user.display_name), user.role,
                     yes if user.active else no, last))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
              + "  " + row[4])
    return common.EXIT_OK


def _user(name: str):
    from civicdesk.services import accounts

    user = accounts.find_user(name)
    if user is None:
        raise UnknownUser(name=name)
    return user


def run_reset(args: argparse.Namespace) -> int:
    from civicdesk.services import accounts

    with common.opened(args):
        actor = _admin(args, "accounts.reset_secret")
        user = _user(args.name)
        shown = user.display_name or user.username
        accounts.reset_secret(actor, user.id, _new_secret(args, shown))
    print(Cli.tr("{name} has a new PIN or password").format(name=shown))
    return common.EXIT_OK


def run_deactivate(args: argparse.Namespace) -> int:
    from civicdesk.services import accounts

    with common.opened(args):
        actor = _admin(args, "accounts.set_active")
        user = _user(args.name)
        shown = user.display_name or user.username
        if not user.active:
            print(Cli.tr("{name} was deactivated already").format(name=shown))
            return common.EXIT_OK
        accounts.set_active(actor, user.id, False)
    print(Cli.tr("{name} can no longer log in (their name stays in the audit log)").format(
        name=shown))
    return common.EXIT_OK
