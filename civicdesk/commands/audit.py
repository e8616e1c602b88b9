"""`civicdesk audit [--person ID] [--record TABLE:ID] [--user NAME] [--action A]
[--since DATE] [--until DATE]`: the audit log, newest first, one line per entry."""

from __future__ import annotations

import argparse
from datetime import date

from civicdesk.commands import common
from civicdesk.errors import UserError
from civicdesk.services import audit_log


class BadArgument(UserError):
    template = "{option} {value}: {problem}"


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    audit = subparsers.add_parser(
        "audit", parents=[parent], help="print the audit log (who changed what), newest first",
        description="Print the audit log, newest first, one line per entry; masked values "
                    "(sensitive and health notes) stay masked. Dates are local days, both "
                    "included.")
    audit.add_argument("--person", metavar="ID", help="what was done to this person and "
                       "their payments, sign-ups, hours, requests and user account")
    audit.add_argument("--record", metavar="TABLE:ID", help="one record, e.g. payment:12")
    audit.add_argument("--user", metavar="NAME", help="what this user did")
    audit.add_argument("--action", metavar="ACTION",
                       help="one kind of entry: " + ", ".join(audit_log.known_actions()))
    audit.add_argument("--since", metavar="YYYY-MM-DD", help="from this day")
    audit.add_argument("--until", metavar="YYYY-MM-DD", help="up to this day")
    audit.add_argument("--limit", metavar="N", default=str(audit_log.CAP),
                       help=f"at most N entries (default {audit_log.CAP})")
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
            print(f"(the newest {len(entries)} entries; narrow with --since/--until for older)")
        elif not entries:
            print("no entries")
    return common.EXIT_OK


def _filters(args: argparse.Namespace) -> audit_log.AuditFilter:
    from civicdesk.services import accounts

    found = audit_log.AuditFilter()
    if args.person is not None:
        found = found.with_(person_id=_number("--person", args.person))
    if args.record is not None:
        table, _, row = args.record.partition(":")
        if table not in audit_log.KIND_TEXT or not row:
            raise BadArgument(option="--record", value=args.record,
                              problem="give TABLE:ID, TABLE one of "
                                      + ", ".join(audit_log.KIND_TEXT))
        found = found.with_(table=table, row_id=_number("--record", row))
    if args.user is not None:
        user = accounts.find_user(args.user)
        if user is None:
            raise BadArgument(option="--user", value=args.user, problem="there is no such user")
        found = found.with_(user_id=user.id)
    if args.action is not None:
        if args.action not in audit_log.ACTION_TEXT:
            raise BadArgument(option="--action", value=args.action,
                              problem="use one of " + ", ".join(audit_log.known_actions()))
        found = found.with_(action=args.action)
    return found.with_(since=_day("--since", args.since), until=_day("--until", args.until))


def _number(option: str, text: str) -> int:
    if text.strip().isdigit() and int(text) > 0:
        return int(text)
    raise BadArgument(option=option, value=text, problem="not a number (1, 2, 3 ...)")


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise BadArgument(option=option, value=text,
                          problem="not a date; write it as YYYY-MM-DD") from None
    if not 1900 <= day.year <= 2999:
        raise BadArgument(option=option, value=text, problem="years 1900 to 2999 only")
    return day


def line(entry: audit_log.AuditRow) -> str:
    """`2026-03-03 09:00  Tess Tester  changed person 12 (Ana Alves): Phone 555-0101 ->
    555-0202; Accessibility and mobility -> •••`"""
    what = entry.kind_text + (f" {entry.row_id}" if entry.row_id is not None else "")
    if entry.subject:
        what += f" ({entry.subject})"
    text = f"{entry.at:%Y-%m-%d %H:%M}  {entry.actor}  {entry.action_text} {what}"
    changes = "; ".join(_change(c) for c in entry.field_changes())
    return f"{text}: {changes}" if changes else text


def _change(change: audit_log.Change) -> str:
    if change.old and change.new:
        return f"{change.label} {change.old} -> {change.new}"
    if change.old:
        return f"{change.label} {change.old} -> (empty)"
    return f"{change.label} {change.new}"
