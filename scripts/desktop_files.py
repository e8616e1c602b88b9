"""What a Linux desktop expects of an installed app beside its menu entry, made at build
time for the .deb (scripts/package_linux.py): AppStream metainfo (software centres; checked
with `appstreamcli validate`), hicolor PNG icons rendered from our SVG with Qt, and a man
page generated from the command line's own argparse help (#15)."""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
COMPONENT_ID = "org.example.civicdesk"  # reverse DNS of the homepage, as AppStream wants

METAINFO = """\
<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{component}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>GPL-3.0-or-later</project_license>
  <name>{name}</name>
  <summary>Members, volunteers and requests of a neighborhood office</summary>
  <description>
    <p>{name} keeps a neighborhood association's members and households, volunteer
    shifts and support requests on one office PC, and prints rosters, labels,
    membership cards and reports. It works offline and keeps daily verified backups.</p>
    <ul>
      <li>Members, households and membership dues</li>
      <li>Volunteer shifts, sign-ups, reminder calls and hours</li>
      <li>Support requests from intake to done</li>
      <li>Personal logins with roles, and an audit log</li>
    </ul>
  </description>
  <launchable type="desktop-id">{app_id}.desktop</launchable>
  <icon type="stock">{app_id}</icon>
  <url type="homepage">https://example.org/civicdesk</url>
  <developer_name>CivicDesk developers</developer_name>
  <categories>
    <category>Office</category>
  </categories>
  <provides>
    <binary>{app_id}</binary>
  </provides>
  <content_rating type="oars-1.1"/>
  <releases>
    <release version="{version}" date="{date}"/>
  </releases>
</component>
"""


def release_date() -> str:
    """The day of the build's source: $SOURCE_DATE_EPOCH, else the last commit's."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    command = ["git", "-C", str(ROOT), "log", "-1", "--format=%cs"]
    if epoch:
        command = ["date", "-u", "-d", f"@{epoch}", "+%Y-%m-%d"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def metainfo(name: str, app_id: str, version: str, date: str) -> str:
    return METAINFO.format(component=COMPONENT_ID, name=escape(name), app_id=app_id,
                           version=version, date=date)


def render_icons(svg: Path, share: Path, app_id: str) -> list[Path]:
    """usr/share/icons/hicolor/NxN/apps/APP_ID.png for each of ICON_SIZES (Qt draws them)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # A QApplication (not only a QGuiApplication), so the tests' pytest-qt can share it.
    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"desktop_files: {svg} is not an SVG Qt can draw")
    made = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        folder = share / "icons/hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{app_id}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"desktop_files: could not write {target}")
        made.append(target)
    return made


# The man page ------------------------------------------------------------------------------

def _roff(text: str) -> str:
    """Text safe in a roff line: backslashes escaped, no line starting a request."""
    text = " ".join(text.split()).replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def _options(parser: argparse.ArgumentParser, skip: frozenset[str] = frozenset()) -> list[str]:
    """.TP paragraphs for the options and arguments of *parser*, except those in *skip*
    (the global options, said once at the top)."""
    formatter = parser._get_formatter()
    lines = []
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        if skip & set(action.option_strings):
            continue
        if action.option_strings:
            names = ", ".join(f"\\fB{_roff(o)}\\fR" for o in action.option_strings)
        else:
            names = f"\\fI{_roff(action.metavar or action.dest)}\\fR"
        if action.option_strings and action.nargs != 0:
            names += f" \\fI{_roff(formatter._format_args(action, action.dest.upper()))}\\fR"
        lines += [".TP", names, _roff(formatter._expand_help(action) if action.help else "")]
    return lines


def _commands(parser: argparse.ArgumentParser, prefix: str = ""):
    """(name, help, parser) of each command, `import people` after `import`."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {a.dest: a.help or "" for a in action._choices_actions}
        for name, sub in action.choices.items():
            if name not in helps:  # an alias
                continue
            yield prefix + name, helps[name], sub
            yield from _commands(sub, prefix + name + " ")


def _summary(description: str) -> str:
    """`members, volunteer shifts ...` of `CivicDesk: members, ... reports. Without ...`."""
    return description.split(":", 1)[-1].split(". ")[0].strip().rstrip(".")


def man_page(parser: argparse.ArgumentParser, name: str, version: str) -> str:
    """civicdesk(1) in roff, from the parser the program itself uses."""
    prog = parser.prog
    lines = [f'.TH {prog.upper()} 1 "" "{name} {version}" "User Commands"',
             ".SH NAME", f"{prog} \\- {_roff(_summary(parser.description))}",
             ".SH SYNOPSIS", f".B {prog}", "[\\fIOPTIONS\\fR] [\\fICOMMAND\\fR [\\fIARGS\\fR]]",
             ".SH DESCRIPTION", _roff(parser.description),
             ".SH OPTIONS", *_options(parser), ".SH COMMANDS"]
    said = frozenset(o for a in parser._actions for o in a.option_strings)
    for command, help_text, sub in _commands(parser):
        usage = " ".join(sub.format_usage().removeprefix("usage: ").split())
        lines += [".SS " + _roff(command), _roff(help_text), ".PP",
                  ".nf", _roff(usage), ".fi", *_options(sub, said)]
    lines += [".SH FILES", ".TP", "\\fI/var/lib/civicdesk\\fR",
              "The PC's data folder (the database, its backups and logs) when installed "
              "from the package; members of the group \\fBcivicdesk\\fR share it.",
              ".SH EXIT STATUS", "0 on success, 1 when a check found problems, 2 for a "
              "usage or user error (one line on standard error)."]
    return "\n".join(lines) + "\n"


def write_man_page(share: Path, text: str, app_id: str) -> Path:
    folder = share / "man/man1"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{app_id}.1.gz"
    with target.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                 filename="") as packed:
        packed.write(text.encode("utf-8"))  # mtime 0, no name: the same bytes every build
    return target
