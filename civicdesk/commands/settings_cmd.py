"""`civicdesk settings list|get KEY|set KEY VALUE`: the association's own settings (its
name and address on every report, formats, dues, locking and backups).

Reading needs no login; `set` is for admins (`civicdesk --as ADMIN settings set ...`),
checked like the Settings dialog and audited.
"""

from __future__ import annotations

import argparse

from civicdesk import i18n, settings
from civicdesk.commands import common
from civicdesk.commands.common import Cli
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP


class UnknownSetting(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "there is no setting \u201c{name}\u201d; the settings are: {names}")


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    command = subparsers.add_parser(
        "settings", parents=[parent],
        help=Cli.tr("list, show or change the association's settings"),
        description=Cli.tr("The association's settings: its name, address, phone, email, "
                           "website and logo on every report; paper, country, currency and "
                           "time zone; dues; idle lock and the second backup folder."))
    actions = command.add_subparsers(title=Cli.tr("settings commands"), metavar="ACTION",
                                     dest="settings_command", required=True)
    listing = actions.add_parser("list", parents=[parent],
                                 help=Cli.tr("every setting, its value and what it is"))
    listing.set_defaults(command=run_list)
    get = actions.add_parser("get", parents=[parent], help=Cli.tr("print one setting's value"))
    get.add_argument("key", metavar="KEY")
    get.set_defaults(command=run_get)
    put = actions.add_parser(
        "set", parents=[parent], help=Cli.tr("change one setting (admins; audited)"),
        description=Cli.tr("Change one setting. The logo is the path of a PNG or JPEG "
                           "picture, checked and kept, scaled, in the database; an empty "
                           "VALUE clears a setting back to its default."))
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.set_defaults(command=run_set)


def _key(name: str) -> settings.Key:
    key = settings.KEYS.get(name)
    if key is None or key.hidden:
        raise UnknownSetting(name=name, names=", ".join(k.name for k in settings.visible_keys()))
    return key


def shown(key: settings.Key) -> str:
    """A setting's value on one line (a logo as its size, an address with " / ")."""
    value = settings.get(key.name)
    if key.kind == "image":
        logo = settings.logo_png()
        return Cli.tr("(a picture, {size} KB)").format(size=len(logo) // 1024 + 1) \
            if logo else ""
    if isinstance(value, bool):
        return "yes" if value else "no"  # as `settings set` takes it, in every language
    return common.shown(" / ".join(str(value).splitlines()))


def run_list(args: argparse.Namespace) -> int:
    with common.opened(args, writes=False):
        for key in settings.visible_keys():
            default = "" if settings.is_set(key.name) else "  " + Cli.tr("(default)")
            label = i18n.translate("Field", key.label)
            print(f"{key.name} = {shown(key)}{default}    # {label}")
    return common.EXIT_OK


def run_get(args: argparse.Namespace) -> int:
    with common.opened(args, writes=False):
        print(shown(_key(args.key)))
    return common.EXIT_OK


def run_set(args: argparse.Namespace) -> int:
    from civicdesk.services import preferences

    with common.opened(args):
        key = _key(args.key)
        actor = common.acting(args)  # the --as user, on a database with accounts
        preferences.update_setting(actor, key.name, args.value)
        print(f"{key.name} = {shown(key)}")
    return common.EXIT_OK
