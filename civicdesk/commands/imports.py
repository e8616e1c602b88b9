"""`civicdesk import people FILE [--preset NAME] [--map "Column=field" ...] [--date-order
dmy|mdy|ymd] [--decimal-mark comma|point] [--sheet NAME] [--save-preset NAME] [--dry-run]`, `civicdesk import signups
FILE [--preset signupgenius] [--dry-run]`, `civicdesk import undo ID` and `civicdesk
imports`: bringing people (or a sign-up report) in from a file, as one undoable unit."""

from __future__ import annotations

import argparse

from civicdesk import clock
from civicdesk.commands import common, export
from civicdesk.commands.common import Cli
from civicdesk.errors import UserError
from civicdesk.exchange import mapping, people_import, presets, signups_import, tables
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import actors, imports


class NotAnImport(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "{value} is not an import number; "
                                           "civicdesk imports lists them")


SHOWN_CHANGES = 50  # rows to update listed one per line; the rest are counted


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    command = subparsers.add_parser(
        "import", parents=[parent], help=Cli.tr(
            "import people from a CSV, XLSX or ODS file, undo an import, or read an "
            "`export all` zip"),
        description=Cli.tr("Import people from a file in one go (all or nothing), or undo "
                           "an import (--dry-run shows what it will do, and stops there); or "
                           "read an `export all` zip into an empty database."))
    kinds = command.add_subparsers(dest="kind", metavar="people|signups|undo|all",
                                   required=True)
    sheet, dry_run = (Cli.tr("a workbook's sheet (name or number; default first)"),
                      Cli.tr("show what would be imported; write nothing"))
    people = kinds.add_parser("people", parents=[parent],
                              help=Cli.tr("import people from FILE"))
    people.add_argument("file", metavar="FILE")
    people.add_argument("--preset", default="generic", help=Cli.tr(
        "generic (guess from the headers), civicrm, wildapricot, or a saved preset's name"))
    people.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                        help=Cli.tr("put COLUMN into FIELD (COLUMN= leaves it out); "
                                    "repeat it"))
    people.add_argument("--date-order", choices=mapping.DATE_ORDERS, help=Cli.tr(
        "how the file writes dates, when they could be read two ways"))
    people.add_argument("--decimal-mark", choices=sorted(mapping.DECIMAL_MARKS), help=Cli.tr(
        "how the file writes amounts (12,50 or 12.50), when they could be read two ways"))
    people.add_argument("--sheet", help=sheet)
    people.add_argument("--save-preset", metavar="NAME",
                        help=Cli.tr("save this mapping as a preset called NAME"))
    people.add_argument("--dry-run", action="store_true", help=dry_run)
    people.set_defaults(command=run_people)
    signups = kinds.add_parser("signups", parents=[parent],
                               help=Cli.tr("import a SignUpGenius sign-up report from FILE"))
    signups.add_argument("file", metavar="FILE")
    signups.add_argument("--preset", default="signupgenius",
                         help=Cli.tr("signupgenius (the only sign-up report read so far)"))
    signups.add_argument("--sheet", help=sheet)
    signups.add_argument("--dry-run", action="store_true", help=dry_run)
    signups.set_defaults(command=run_signups)
    undo = kinds.add_parser("undo", parents=[parent], help=Cli.tr("undo import ID as a unit"))
    undo.add_argument("id", metavar="ID")
    undo.set_defaults(command=run_undo)
    export.add_import_all(kinds, parent)
    listed = subparsers.add_parser("imports", parents=[parent],
                                   help=Cli.tr("list past imports with their counts"))
    listed.set_defaults(command=run_list)


def run_people(args: argparse.Namespace) -> int:
    table = tables.read_table(common.file_name(args.file), sheet=args.sheet)
    # A new install may begin with an import: the file is made then (not for a dry run).
    with common.opened(args, writes=not args.dry_run, must_exist=args.dry_run):
        actor = common.acting(args)
        common.require(actor, actors.IMPORT, "imports.import_people")  # the preview too
        found = presets.mapping_for(table, args.preset).with_columns(args.map)
        if args.date_order:
            found.date_order = args.date_order
        if args.decimal_mark:
            found.decimal_mark = mapping.DECIMAL_MARKS[args.decimal_mark]
        shown = people_import.preview(table, found)
        for line in describe(table, shown):
            print(line)
        if args.save_preset and not args.dry_run:
            imports.save_preset(actor, args.save_preset, presets.as_saved(found))
            print(Cli.tr("saved the mapping as the preset {name}").format(
                name=args.save_preset))
        if args.dry_run:
            print(Cli.tr("dry run: nothing was written"))
            return common.EXIT_OK
        if not shown.plan.creates and not shown.plan.updates and not shown.plan.payments:
            print(Cli.tr("nothing to import"))
            return common.EXIT_OK
        done = imports.import_people(actor, shown.plan)
    if done.payments:
        said = Cli.tr("import {number}: created {people} and {households}, changed "
                      "{changed}, recorded {payments} (undo it with: civicdesk import undo "
                      "{number})")
    else:
        said = Cli.tr("import {number}: created {people} and {households}, changed "
                      "{changed} (undo it with: civicdesk import undo {number})")
    print(said.format(number=done.batch_id, people=Cli.tr("%Ln people", "", done.created),
                      households=Cli.tr("%Ln household(s)", "", done.households),
                      changed=Cli.tr("%Ln people", "", done.changed),
                      payments=Cli.tr("%Ln dues payment(s)", "", done.payments)))
    return common.EXIT_OK


def describe(table: tables.Table, shown: people_import.Preview) -> list[str]:
    """The preview as lines: the file, the mapping, the counts, each problem and change."""
    if table.kind == "csv":
        how = Cli.tr("CSV, {encoding}, delimiter {delimiter}").format(
            encoding=table.encoding, delimiter=_delimiter(table))
    else:
        how = Cli.tr("{kind}, sheet {sheet}").format(kind=table.kind.upper(), sheet=table.sheet)
    lines = [Cli.tr("{file} ({how}; header on row {row}), preset {preset}").format(
        file=common.shown(table.name), how=how, row=table.header_row,
        preset=shown.mapping.preset)]
    lines += [Cli.tr("note: {note}").format(note=note) for note in shown.notes]
    used = [f"{c} -> {k}" for c, k in shown.mapping.columns.items() if k]
    left = [c for c, k in shown.mapping.columns.items() if not k]
    lines.append(Cli.tr("columns: {columns}").format(columns="; ".join(used)))
    if left:
        lines.append(Cli.tr("not imported: {columns}").format(columns=", ".join(left)))
    if shown.date_order:
        lines.append(Cli.tr("dates read as {order}").format(order=_date_order(shown.date_order)))
    if shown.decimal_mark:
        lines.append(Cli.tr("amounts read with a decimal comma") if shown.decimal_mark == ","
                     else Cli.tr("amounts read with a decimal point"))
    if shown.plan.payments:
        lines.append(Cli.tr("dues payments to record: {count}").format(
            count=len(shown.plan.payments)))
    counts = shown.counts
    lines += [Cli.tr("to create: {count}").format(count=counts["create"]),
              Cli.tr("to update: {count}").format(count=counts["update"])]
    for row in shown.of(people_import.UPDATE)[:SHOWN_CHANGES]:
        changed = "; ".join(f"{k} {_value(old)} -> {_value(new)}"
                            for k, (old, new) in row.changes.items()) \
            or Cli.tr("joins a household")
        lines.append("  " + Cli.tr("row {row}: {name} (person {person}, matched by {how}): "
                                   "{changes}").format(
            row=row.row, name=row.name, person=row.person_id, how=row.matched_by,
            changes=changed))
    lines.append(Cli.tr("unchanged: {count}").format(count=counts["unchanged"]))
    lines += _problems(shown.problems, counts["problem"])
    return lines


def _problems(problems, count: int) -> list[str]:
    """How many rows are left out, then each one's problem."""
    lines = [Cli.tr("with problems (left out): {count}").format(count=count)]
    for problem in problems:
        lines.append("  " + Cli.tr("row {row}, {column}, \u201c{value}\u201d: {reason}").format(
            row=problem.row, column=problem.column or "-", value=problem.value,
            reason=problem.reason))
    return lines


def _date_order(order: str) -> str:
    if order == "dmy":
        return Cli.tr("day/month/year")
    if order == "mdy":
        return Cli.tr("month/day/year")
    return Cli.tr("year-month-day")


def _delimiter(table: tables.Table) -> str:
    if table.delimiter == "\t":
        return Cli.tr("tab")
    if table.delimiter == ",":
        return Cli.tr("comma")
    if table.delimiter == ";":
        return Cli.tr("semicolon")
    return table.delimiter


def _value(value) -> str:
    if isinstance(value, list):
        return ", ".join(value) or Cli.tr("(none)")
    return Cli.tr("(empty)") if value in (None, "") else str(value)


SIGNUP_PRESETS = ("signupgenius",)


def run_signups(args: argparse.Namespace) -> int:
    preset = presets.ALIASES.get(args.preset.strip().casefold(), args.preset.strip().casefold())
    if preset not in SIGNUP_PRESETS:
        raise presets.UnknownPreset(name=args.preset, names=", ".join(SIGNUP_PRESETS))
    table = tables.read_table(common.file_name(args.file), sheet=args.sheet)
    with common.opened(args, writes=not args.dry_run, must_exist=args.dry_run):
        actor = common.acting(args)
        common.require(actor, actors.IMPORT, "imports.import_signups")  # the preview too
        shown = signups_import.preview(table)
        for line in describe_signups(table, shown):
            print(line)
        if args.dry_run:
            print(Cli.tr("dry run: nothing was written"))
            return common.EXIT_OK
        if not shown.plan.signups:
            print(Cli.tr("nothing to import"))
            return common.EXIT_OK
        done = imports.import_signups(actor, shown.plan)
    print(Cli.tr("import {number}: created {events}, {shifts}, {signups} and {people} (undo "
                 "it with: civicdesk import undo {number})").format(
        number=done.batch_id, events=Cli.tr("%Ln event(s)", "", done.events),
        shifts=Cli.tr("%Ln shift(s)", "", done.shifts),
        signups=Cli.tr("%Ln sign-up(s)", "", done.signups),
        people=Cli.tr("%Ln people", "", done.created)))
    return common.EXIT_OK


def describe_signups(table: tables.Table, shown: signups_import.SignupPreview) -> list[str]:
    """The sign-ups preview as lines: the file, the counts, each match and problem."""
    c = shown.counts
    lines = [Cli.tr("{file} (SignUpGenius sign-up report; header on row {row})").format(
        file=common.shown(table.name), row=table.header_row)]
    lines += [Cli.tr("note: {note}").format(note=note) for note in shown.notes]
    lines += [Cli.tr("sign-ups to create: {count}").format(count=c["create"]),
              Cli.tr("new events: {count}").format(count=c["events"]),
              Cli.tr("new shifts: {count}").format(count=c["shifts"]),
              Cli.tr("new people: {count}").format(count=c["people"]),
              Cli.tr("people on file: {count}").format(count=c["matched"])]
    for row in shown.rows:
        if row.matched_by:
            lines.append("  " + Cli.tr("row {row}: {name} (person {person}, matched by "
                                       "{how})").format(
                row=row.row, name=row.name, person=row.person_id, how=row.matched_by))
    lines.append(Cli.tr("already signed up: {count}").format(count=c["unchanged"]))
    lines += _problems(shown.problems, c["problem"])
    return lines


def run_undo(args: argparse.Namespace) -> int:
    text = args.id.strip()
    if not text.isdigit():
        raise NotAnImport(value=text)
    with common.opened(args):
        actor = common.acting(args)
        done = imports.undo_import(actor, int(text))
    removed = [Cli.tr("%Ln sign-up(s)", "", done.signups)] if done.signups else []
    removed += [Cli.tr("%Ln dues payment(s)", "", done.payments)] if done.payments else []
    removed.append(Cli.tr("%Ln people", "", done.removed))
    print(Cli.tr("import {number} undone: removed {removed}, restored {restored}").format(
        number=done.batch_id, removed=", ".join(removed), restored=done.restored))
    if done.kept:
        print(Cli.tr("kept as they are ({count}):").format(count=len(done.kept)))
        for kept in done.kept:
            print(f"  {kept.table} {kept.row_id} {kept.name}: {kept.reason}")
    return common.EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with common.opened(args, writes=False):
        actor = common.acting(args)
        found = imports.list_imports(actor)
    if not found:
        print(Cli.tr("no imports yet"))
    for item in found:
        c = item.counts
        if item.undone_at:
            state = Cli.tr("undone {day} by {name}").format(
                day=f"{item.undone_at.astimezone(clock.zone()):%Y-%m-%d}", name=item.undone_by)
        else:
            state = Cli.tr("in place")
        counts = Cli.tr("created {created}, changed {changed}, unchanged {unchanged}, problems "
                        "{problems}").format(**{k: c.get(k, 0) for k in (
                            "created", "changed", "unchanged", "problems")})
        print(f"{item.id}  {item.at.astimezone(clock.zone()):%Y-%m-%d %H:%M}  {item.actor}  "
              f"{item.file_name} ({item.preset}): {_signups(c)}{counts}; {state}")
    return common.EXIT_OK


def _signups(counts: dict) -> str:
    if "signups" not in counts:
        return ""
    return ", ".join((Cli.tr("%Ln sign-up(s)", "", counts["signups"]),
                      Cli.tr("%Ln event(s)", "", counts.get("events", 0)),
                      Cli.tr("%Ln shift(s)", "", counts.get("shifts", 0)))) + "; "
