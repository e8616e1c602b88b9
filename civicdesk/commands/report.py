"""`civicdesk report NAME -o FILE.pdf [options]` and `civicdesk report --list`."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk import clock, i18n
from civicdesk.commands import common
from civicdesk.commands.common import Cli


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    report = subparsers.add_parser(
        "report", parents=[parent],
        help=Cli.tr("print a report to a PDF file (--list shows them)"),
        description=Cli.tr("civicdesk report NAME -o FILE.pdf [--option VALUE ...]; "
                           "civicdesk report NAME --help shows the options of one report."))
    report.add_argument("name", nargs="?", help=Cli.tr("which report (see --list)"))
    report.add_argument("--list", action="store_true",
                        help=Cli.tr("list the reports and their options"))
    report.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    report.set_defaults(command=run)


def _report_parser(name: str, catalog) -> argparse.ArgumentParser:
    """The options of one report, as command-line options (dates as YYYY-MM-DD)."""
    spec = catalog.spec(name)
    parser = argparse.ArgumentParser(prog=f"civicdesk report {name}",
                                     description=i18n.translate("Report", spec.description))
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help=Cli.tr("where to write the PDF"))
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
    text = i18n.translate("Field", option.spec.label)
    if option.target:
        text += " " + _number_of(option.target)
    default = option.default(clock.today())
    if default is not None and option.spec.kind != "bool":
        text += Cli.tr("; default {value}").format(value=default)
    return text + (Cli.tr("; required") if option.spec.required and default is None else "")


def _number_of(target: str) -> str:
    """"(the event's number)": what a reference option takes."""
    if target == "event":
        return Cli.tr("(the event's number)")
    if target == "person":
        return Cli.tr("(the person's number)")
    if target == "shift":
        return Cli.tr("(the shift's number)")
    return Cli.tr("(the request's number)")


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
                            common.acting(args), translate=i18n.translate)
    common.write_file(output, pdf)
    print(Cli.tr("{path}: {report}, %Ln byte(s)", "", len(pdf)).format(
        path=common.shown(output), report=args.name))
    return common.EXIT_OK


def _report_list(catalog) -> str:
    lines = [Cli.tr("Reports (civicdesk report NAME -o FILE.pdf [options]):")]
    for spec in catalog.REPORTS.values():
        title, description = (i18n.translate("Report", spec.title),
                              i18n.translate("Report", spec.description))
        lines.append(f"\n  {spec.name:<10} {title}: {description}")
        for option in spec.options:
            lines.append(f"      --{option.name.replace('_', '-'):<12} {_metavar(option):<22} "
                         f"{_option_help(option)}")
    return "\n".join(lines)
