"""Headless commands: `civicdesk demo`, `civicdesk check`, `civicdesk report` (more arrive
with later features).

Nothing here imports Qt, so the commands start fast and run on machines without a screen.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from civicdesk import paths
from civicdesk.data import database
from civicdesk.errors import UserError
from civicdesk.services import actors

EXIT_OK, EXIT_FAILED, EXIT_USER_ERROR = 0, 1, 2


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser("demo", parents=[common], help="fill a new database with demo data")
    demo.add_argument("--people", type=int, default=500, metavar="N",
                      help="how many people to create (default 500)")
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help="random seed: the same seed gives the same data (default 1)")
    demo.set_defaults(command=cmd_demo)
    check = subparsers.add_parser("check", parents=[common],
                                  help="check the database and print row counts")
    check.set_defaults(command=cmd_check)
    report = subparsers.add_parser(
        "report", parents=[common], help="print a report to a PDF file (--list shows them)",
        description="civicdesk report NAME -o FILE.pdf [--option VALUE ...]; "
                    "civicdesk report NAME --help shows the options of one report.")
    report.add_argument("name", nargs="?", help="which report (see --list)")
    report.add_argument("--list", action="store_true", help="list the reports and their options")
    report.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    report.set_defaults(command=cmd_report)


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else paths.default_db_path()


def run(args: argparse.Namespace) -> int:
    """Run the chosen command; user errors are printed plainly, never as a traceback."""
    try:
        return args.command(args)
    except UserError as exc:
        print(f"civicdesk: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("civicdesk: interrupted; nothing was saved by the unfinished command.",
              file=sys.stderr)
        return EXIT_FAILED


def cmd_demo(args: argparse.Namespace) -> int:
    if args.people < 1:
        print("civicdesk: --people must be at least 1", file=sys.stderr)
        return EXIT_USER_ERROR
    from civicdesk.demo import generate  # imported here: `civicdesk` alone must start fast

    path = db_path(args)
    db = database.open_database(path)
    started = time.perf_counter()
    try:
        stats = generate.generate(args.people, seed=args.seed, actor=actors.local_actor())
    except generate.DatabaseNotEmpty:
        print(f"civicdesk: {path} already has people. Demo data only goes into a new "
              f"database, for example: civicdesk --db demo.db demo", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        database.close_database(db)
    took = time.perf_counter() - started
    summary = ", ".join(f"{n} {table}" for table, n in stats.counts.items())
    print(f"demo data in {path}: {summary} ({took:.1f} s)")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from civicdesk.data import integrity

    path = db_path(args)
    if not path.exists():
        print(f"civicdesk: there is no database at {path}", file=sys.stderr)
        return EXIT_USER_ERROR
    db = database.open_database(path)
    try:
        report = integrity.check(db)
    finally:
        database.close_database(db)
    print(f"database: {path}")
    width = max(len(name) for name in report.counts)
    for name, count in report.counts.items():
        print(f"  {name:<{width}}  {count:>9}")
    if report.ok:
        print("ok")
        return EXIT_OK
    print(f"{len(report.problems)} problem(s):")
    for problem in report.problems:
        print(f"  - {problem}")
    return EXIT_FAILED


def _report_parser(name: str, catalog) -> argparse.ArgumentParser:
    """The options of one report, as command-line options (dates as YYYY-MM-DD)."""
    spec = catalog.spec(name)
    parser = argparse.ArgumentParser(prog=f"civicdesk report {name}",
                                     description=spec.description)
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="where to write the PDF")
    for option in spec.options:
        parser.add_argument(f"--{option.name.replace('_', '-')}", dest=option.name,
                            metavar=_metavar(option), help=_option_help(option))
    return parser


def _metavar(option) -> str:
    kind = option.spec.kind
    if kind == "choice":
        return "{" + ",".join(option.spec.choices) + "}"
    return {"date": "YYYY-MM-DD", "int": "N", "ref": "ID"}.get(kind, "TEXT")


def _option_help(option) -> str:
    text = option.spec.label
    if option.target:
        text += f" (the {option.target}'s number)"
    default = option.default(date.today())
    if default is not None:
        text += f"; default {default}"
    return text + ("; required" if option.spec.required and default is None else "")


def cmd_report(args: argparse.Namespace) -> int:
    from civicdesk.reports import catalog  # reportlab only for this command

    if args.list or not args.name:
        print(_report_list(catalog))
        return EXIT_OK if args.list else EXIT_USER_ERROR
    catalog.spec(args.name)  # an unknown name is a clear error, not a usage dump
    options = vars(_report_parser(args.name, catalog).parse_args(args.rest))
    output = Path(options.pop("output"))
    path = db_path(args)
    if not path.exists():
        print(f"civicdesk: there is no database at {path}", file=sys.stderr)
        return EXIT_USER_ERROR
    db = database.open_database(path)
    try:
        pdf = catalog.build(args.name, {k: v for k, v in options.items() if v is not None},
                            actors.local_actor())
    finally:
        database.close_database(db)
    try:
        output.write_bytes(pdf)
    except OSError as exc:
        print(f"civicdesk: cannot write {output}: {exc.strerror}", file=sys.stderr)
        return EXIT_USER_ERROR
    print(f"{output}: {args.name}, {len(pdf):,} bytes")
    return EXIT_OK


def _report_list(catalog) -> str:
    lines = ["Reports (civicdesk report NAME -o FILE.pdf [options]):"]
    for spec in catalog.REPORTS.values():
        lines.append(f"\n  {spec.name:<10} {spec.title}: {spec.description}")
        for option in spec.options:
            lines.append(f"      --{option.name.replace('_', '-'):<12} {_metavar(option):<22} "
                         f"{_option_help(option)}")
    return "\n".join(lines)
