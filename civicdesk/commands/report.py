"""`civicdesk report NAME -o FILE.pdf [options]` and `civicdesk report --list`."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk import clock
from civicdesk.commands import common


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    report = subparsers.add_parser(
        "report", parents=[parent], help="print a report to a PDF file (--list shows them)",
        description="civicdesk report NAME -o FILE.pdf [--option VALUE ...]; "
                    "civicdesk report NAME --help shows the options of one report.")
    report.add_argument("name", nargs="?", help="which report (see --list)")
    report.add_argument("--list", action="store_true", help="list the reports and their options")
    report.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    report.set_defaults(command=run)


def _report_parser(name: str, catalog) -> argparse.ArgumentParser:
    """The options of one report, as command-line options (dates as YYYY-MM-DD)."""
    spec = catalog.spec(name)
    parser = argparse.ArgumentParser(prog=f"civicdesk report {name}",
                                     description=spec.description)
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="where to write the PDF")
    for option in spec.options:
        flag = f"--{option.name.replace('_', '-')}"
        if option.spec.kind == "bool":  # a switch: --large-print
            parser.add_argument(flag, dest=option.name, action="store_true", default=None,
                                help=option.spec.label)
            continue
        parser.add_argument(flag, dest=option.name, metavar=_metavar(option),
                            help=_option_help(option))
    return parser


def _metavar(option) -> str:
    kind = option.spec.kind
    if kind == "choice":
        return "{" + ",".join(option.spec.choices) + "}"
    return {"date": "YYYY-MM-DD", "int": "N", "ref": "ID", "bool": ""}.get(kind, "TEXT")


def _option_help(option) -> str:
    text = option.spec.label
    if option.target:
        text += f" (the {option.target}'s number)"
    default = option.default(clock.today())
    if default is not None and option.spec.kind != "bool":
        text += f"; default {default}"
    return text + ("; required" if option.spec.required and default is None else "")


def run(args: argparse.Namespace) -> int:
    from civicdesk.reports import catalog  # reportlab only for this command

    if args.list or not args.name:
        print(_report_list(catalog))
        return common.EXIT_OK if args.list else common.EXIT_USER_ERROR
    catalog.spec(args.name)  # an unknown name is a clear error, not a usage dump
    options = vars(_report_parser(args.name, catalog).parse_args(args.rest))
    output = Path(options.pop("output"))
    with common.opened(args, writes=False):
        pdf = catalog.build(args.name, {k: v for k, v in options.items() if v is not None},
                            common.acting(args))
    common.write_file(output, pdf)
    print(f"{common.shown(output)}: {args.name}, {len(pdf):,} bytes")
    return common.EXIT_OK


def _report_list(catalog) -> str:
    lines = ["Reports (civicdesk report NAME -o FILE.pdf [options]):"]
    for spec in catalog.REPORTS.values():
        lines.append(f"\n  {spec.name:<10} {spec.title}: {spec.description}")
        for option in spec.options:
            lines.append(f"      --{option.name.replace('_', '-'):<12} {_metavar(option):<22} "
                         f"{_option_help(option)}")
    return "\n".join(lines)
