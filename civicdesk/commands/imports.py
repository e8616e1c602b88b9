"""`civicdesk import people FILE [--preset NAME] [--map "Column=field" ...] [--date-order
dmy|mdy|ymd] [--decimal-mark comma|point] [--sheet NAME] [--save-preset NAME] [--dry-run]`, `civicdesk import signups
FILE [--preset signupgenius] [--dry-run]`, `civicdesk import undo ID` and `civicdesk
imports`: bringing people (or a sign-up report) in from a file, as one undoable unit."""

from __future__ import annotations

import argparse

from civicdesk import clock
from civicdesk.commands import common, export
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
        "import", parents=[parent], help="import people from a CSV, XLSX or ODS file, undo "
                                         "an import, or read an `export all` zip",
        description="Import people from a file in one go (all or nothing), or undo an "
                    "import (--dry-run shows what it will do, and stops there); or read an "
                    "`export all` zip into an empty database.")
    kinds = command.add_subparsers(dest="kind", metavar="people|signups|undo|all",
                                   required=True)
    people = kinds.add_parser("people", parents=[parent], help="import people from FILE")
    people.add_argument("file", metavar="FILE")
    people.add_argument("--preset", default="generic",
                        help="generic (guess from the headers), civicrm, wildapricot, or a "
                             "saved preset's name")
    people.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                        help="put COLUMN into FIELD (COLUMN= leaves it out); repeat it")
    people.add_argument("--date-order", choices=mapping.DATE_ORDERS,
                        help="how the file writes dates, when they could be read two ways")
    people.add_argument("--decimal-mark", choices=sorted(mapping.DECIMAL_MARKS),
                        help="how the file writes amounts (12,50 or 12.50), when they "
                             "could be read two ways")
    people.add_argument("--sheet", help="a workbook's sheet (name or number; default first)")
    people.add_argument("--save-preset", metavar="NAME",
                        help="save this mapping as a preset called NAME")
    people.add_argument("--dry-run", action="store_true",
                        help="show what would be imported; write nothing")
    people.set_defaults(command=run_people)
    signups = kinds.add_parser("signups", parents=[parent],
                               help="import a SignUpGenius sign-up report from FILE")
    signups.add_argument("file", metavar="FILE")
    signups.add_argument("--preset", default="signupgenius",
                         help="signupgenius (the only sign-up report read so far)")
    signups.add_argument("--sheet", help="a workbook's sheet (name or number; default first)")
    signups.add_argument("--dry-run", action="store_true",
                         help="show what would be imported; write nothing")
    signups.set_defaults(command=run_signups)
    undo = kinds.add_parser("undo", parents=[parent], help="undo import ID as a unit")
    undo.add_argument("id", metavar="ID")
    undo.set_defaults(command=run_undo)
    export.add_import_all(kinds, parent)
    listed = subparsers.add_parser("imports", parents=[parent],
                                   help="list past imports with their counts")
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
            print(f"saved the mapping as the preset {args.save_preset}")
        if args.dry_run:
            print("dry run: nothing was written")
            return common.EXIT_OK
        if not shown.plan.creates and not shown.plan.updates and not shown.plan.payments:
            print("nothing to import")
            return common.EXIT_OK
        done = imports.import_people(actor, shown.plan)
    print(f"import {done.batch_id}: created {done.created} people and {done.households} "
          f"households, changed {done.changed} people"
          + (f", recorded {done.payments} dues payments" if done.payments else "")
          + f" (undo it with: civicdesk import undo {done.batch_id})")
    return common.EXIT_OK


def describe(table: tables.Table, shown: people_import.Preview) -> list[str]:
    """The preview as lines: the file, the mapping, the counts, each problem and change."""
    how = table.kind.upper() + (f", {table.encoding}, delimiter {_delimiter(table)}"
                                if table.kind == "csv" else f", sheet {table.sheet}")
    lines = [f"{common.shown(table.name)} ({how}; header on row {table.header_row}), "
             f"preset {shown.mapping.preset}"]
    lines += [f"note: {note}" for note in shown.notes]
    used = [f"{c} -> {k}" for c, k in shown.mapping.columns.items() if k]
    left = [c for c, k in shown.mapping.columns.items() if not k]
    lines.append("columns: " + "; ".join(used))
    if left:
        lines.append("not imported: " + ", ".join(left))
    if shown.date_order:
        lines.append(f"dates read as {mapping.DATE_TEXT[shown.date_order]}")
    if shown.decimal_mark:
        lines.append(f"amounts read with a decimal {mapping.MARK_TEXT[shown.decimal_mark]}")
    if shown.plan.payments:
        lines.append(f"dues payments to record: {len(shown.plan.payments)}")
    counts = shown.counts
    lines += [f"to create: {counts['create']}", f"to update: {counts['update']}"]
    for row in shown.of(people_import.UPDATE)[:SHOWN_CHANGES]:
        changed = "; ".join(f"{k} {_value(old)} -> {_value(new)}"
                            for k, (old, new) in row.changes.items()) or "joins a household"
        lines.append(f"  row {row.row}: {row.name} (person {row.person_id}, matched by "
                     f"{row.matched_by}): {changed}")
    lines.append(f"unchanged: {counts['unchanged']}")
    lines.append(f"with problems (left out): {counts['problem']}")
    for problem in shown.problems:
        lines.append(f"  row {problem.row}, {problem.column or '-'}, "
                     f"\u201c{problem.value}\u201d: {problem.reason}")
    return lines


def _delimiter(table: tables.Table) -> str:
    return {"\t": "tab", ",": "comma", ";": "semicolon"}.get(table.delimiter, table.delimiter)


def _value(value) -> str:
    if isinstance(value, list):
        return ", ".join(value) or "(none)"
    return "(empty)" if value in (None, "") else str(value)


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
            print("dry run: nothing was written")
            return common.EXIT_OK
        if not shown.plan.signups:
            print("nothing to import")
            return common.EXIT_OK
        done = imports.import_signups(actor, shown.plan)
    print(f"import {done.batch_id}: created {done.events} events, {done.shifts} shifts, "
          f"{done.signups} sign-ups and {done.created} people (undo it with: civicdesk "
          f"import undo {done.batch_id})")
    return common.EXIT_OK


def describe_signups(table: tables.Table, shown: signups_import.SignupPreview) -> list[str]:
    """The sign-ups preview as lines: the file, the counts, each match and problem."""
    c = shown.counts
    lines = [f"{common.shown(table.name)} (SignUpGenius sign-up report; header on row "
             f"{table.header_row})"]
    lines += [f"note: {note}" for note in shown.notes]
    lines += [f"sign-ups to create: {c['create']}", f"new events: {c['events']}",
              f"new shifts: {c['shifts']}", f"new people: {c['people']}",
              f"people on file: {c['matched']}"]
    for row in shown.rows:
        if row.matched_by:
            lines.append(f"  row {row.row}: {row.name} (person {row.person_id}, matched by "
                         f"{row.matched_by})")
    lines.append(f"already signed up: {c['unchanged']}")
    lines.append(f"with problems (left out): {c['problem']}")
    for problem in shown.problems:
        lines.append(f"  row {problem.row}, {problem.column or '-'}, "
                     f"\u201c{problem.value}\u201d: {problem.reason}")
    return lines


def run_undo(args: argparse.Namespace) -> int:
    text = args.id.strip()
    if not text.isdigit():
        raise NotAnImport(value=text)
    with common.opened(args):
        actor = common.acting(args)
        done = imports.undo_import(actor, int(text))
    signups = f"{done.signups} sign-ups, " if done.signups else ""
    signups += f"{done.payments} dues payments, " if done.payments else ""
    print(f"import {done.batch_id} undone: removed {signups}{done.removed} people, restored "
          f"{done.restored}")
    if done.kept:
        print(f"kept as they are ({len(done.kept)}):")
        for kept in done.kept:
            print(f"  {kept.table} {kept.row_id} {kept.name}: {kept.reason}")
    return common.EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with common.opened(args, writes=False):
        actor = common.acting(args)
        found = imports.list_imports(actor)
    if not found:
        print("no imports yet")
    for item in found:
        c = item.counts
        state = f"undone {item.undone_at.astimezone(clock.zone()):%Y-%m-%d} by " \
            f"{item.undone_by}" if item.undone_at else "in place"
        print(f"{item.id}  {item.at.astimezone(clock.zone()):%Y-%m-%d %H:%M}  {item.actor}  {item.file_name} "
              f"({item.preset}): {_signups(c)}created {c.get('created', 0)}, changed "
              f"{c.get('changed', 0)}, unchanged {c.get('unchanged', 0)}, problems "
              f"{c.get('problems', 0)}; {state}")
    return common.EXIT_OK


def _signups(counts: dict) -> str:
    if "signups" not in counts:
        return ""
    return (f"{counts['signups']} sign-ups, {counts.get('events', 0)} events, "
            f"{counts.get('shifts', 0)} shifts; ")
