"""`civicdesk audit [--person ID] [--record TABLE:ID] [--user NAME] [--action A]
[--since DATE] [--until DATE]`: the audit log, newest first, one line per entry."""

from __future__ import annotations

import argparse
from datetime import date

from civicdesk import i18n
from civicdesk.commands import common
from civicdesk.commands.common import Cli
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import audit_log


class BadArgument(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "{option} {value}: {problem}")


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    audit = subparsers.add_parser(
        "audit", parents=[parent],
        help=Cli.tr("print the audit log (who changed what), newest first"),
        description=Cli.tr("Print the audit log, newest first, one line per entry; masked "
                           "values (sensitive and health notes) stay masked. Dates are local "
                           "days, both included."))
    audit.add_argument("--person", metavar="ID", help=Cli.tr(
        "what was done to this person and their payments, sign-ups, hours, requests and "
        "user account"))
    audit.add_argument("--record", metavar="TABLE:ID",
                       help=Cli.tr("one record, e.g. payment:12"))
    audit.add_argument("--user", metavar="NAME", help=Cli.tr("what this user did"))
    audit.add_argument("--action", metavar="ACTION", help=Cli.tr(
        "one kind of entry: {actions}").format(actions=", ".join(audit_log.known_actions())))
    audit.add_argument("--since", metavar="YYYY-MM-DD", help=Cli.tr("from this day"))
    audit.add_argument("--until", metavar="YYYY-MM-DD", help=Cli.tr("up to this day"))
    audit.add_argument("--limit", metavar="N", default=str(audit_log.CAP), help=Cli.tr(
        "at most N entries (default {count})").format(count=audit_log.CAP))
    audit.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    with common.opened(args, writes=False):
        actor = common.acting(args)  # the --as user, on a database with accounts
        filters = _filters(args)
        limit = _number("--limit", args.limit)
        entries = audit_log.trail(actor, filters, limit)
        for entry in entries:
            print(line(entry))
        if len(entries) == limit or len(entries) == audit_log.CAP:
            print(Cli.tr("(the newest %n entries; narrow with --since/--until for older)", "",
                         len(entries)))
        elif not entries:
            print(Cli.tr("no entries"))
    return common.EXIT_OK


def _filters(args: argparse.Namespace) -> audit_log.AuditFilter:
    from civicdesk.services import accounts

    found = audit_log.AuditFilter()
    if args.person is not None:
        found = found.with_(person_id=_number("--person", args.person))
    if args.record is not None:
        table, _, row = args.record.partition(":")
        if table not in audit_log.KIND_TEXT or not row:
            raise BadArgument(option="--record", value=args.record, problem=Cli.tr(
                "give TABLE:ID, TABLE one of {tables}").format(
                    tables=", ".join(audit_log.KIND_TEXT)))
        found = found.with_(table=table, row_id=_number("--record", row))
    if args.user is not None:
        user = accounts.find_user(args.user)
        if user is None:
            raise BadArgument(option="--user", value=args.user,
                              problem=Cli.tr("there is no such user"))
        found = found.with_(user_id=user.id)
    if args.action is not None:
        if args.action not in audit_log.ACTION_TEXT:
            raise BadArgument(option="--action", value=args.action, problem=Cli.tr(
                "use one of {actions}").format(actions=", ".join(audit_log.known_actions())))
        found = found.with_(action=args.action)
    return found.with_(since=_day("--since", args.since), until=_day("--until", args.until))


def _number(option: str, text: str) -> int:
    if text.strip().isdigit() and int(text) > 0:
        return int(text)
    raise BadArgument(option=option, value=text, problem=Cli.tr("not a number (1, 2, 3 ...)"))


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise BadArgument(option=option, value=text,
                          problem=Cli.tr("not a date; write it as YYYY-MM-DD")) from None
    if not 1900 <= day.year <= 2999:
        raise BadArgument(option=option, value=text, problem=Cli.tr("years 1900 to 2999 only"))
    return day


def line(entry: audit_log.AuditRow) -> str:
    """`2026-03-03 09:00  Tess Tester  changed person 12 (Ana Alves): Phone 555-0101 ->
    555-0202; Accessibility and mobility -> •••`, its words in the user's language (as the
    window's Audit log says them)."""
    what = i18n.translate("Audit", entry.kind_text) \
        + (f" {entry.row_id}" if entry.row_id is not None else "")
    if entry.subject:
        what += f" ({entry.subject})"
    action = i18n.translate("Audit", entry.action_text)
    text = f"{entry.at:%Y-%m-%d %H:%M}  {entry.actor}  {action} {what}"
    changes = "; ".join(_change(c) for c in entry.field_changes())
    return f"{text}: {changes}" if changes else text


def _change(change: audit_log.Change) -> str:
    label = i18n.translate("Field", change.label)
    if change.old and change.new:
        return f"{label} {change.old} -> {change.new}"
    if change.old:
        empty = Cli.tr("(empty)")
        return f"{label} {change.old} -> {empty}"
    return f"{label} {change.new}"
