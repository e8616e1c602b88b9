"""Who is acting (for the audit log) and what each role may do."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.services import errors

VIEW_SENSITIVE = "view_sensitive"
BULK_EXPORT = "bulk_export"
DELETE = "delete"
OVERRIDE_OVERLAP = "override_overlap"
MANAGE_ACCOUNTS = "manage_accounts"
MANAGE_SETTINGS = "manage_settings"
ARCHIVE = "archive"
MANAGE_SHIFTS = "manage_shifts"
RESTORE_BACKUP = "restore_backup"
VIEW_AUDIT = "view_audit"
SUBJECT_ACCESS = "subject_access"  # export everything held about one person
ERASE = "erase"  # anonymise a person, purge old sensitive notes
EXPORT_SENSITIVE = "export_sensitive"  # the sensitive notes in "Export everything"
IMPORT = "import"  # bring people in from a file, undo such an import (#14)
VOID_PAYMENTS = "void_payments"  # void or correct a recorded payment (#15)

_COORDINATOR = {VIEW_SENSITIVE, BULK_EXPORT, OVERRIDE_OVERLAP, ARCHIVE, MANAGE_SHIFTS,
                VIEW_AUDIT, IMPORT, VOID_PAYMENTS}
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(_COORDINATOR | {DELETE, MANAGE_ACCOUNTS, MANAGE_SETTINGS,
                                       RESTORE_BACKUP, SUBJECT_ACCESS, ERASE,
                                       EXPORT_SENSITIVE}),
    "coordinator": frozenset(_COORDINATOR),
    "volunteer": frozenset(),
}

PERMISSION_TEXT = {
    VIEW_SENSITIVE: QT_TRANSLATE_NOOP("Permission", "see or change sensitive notes"),
    BULK_EXPORT: QT_TRANSLATE_NOOP("Permission", "export data in bulk"),
    DELETE: QT_TRANSLATE_NOOP("Permission", "delete records"),
    OVERRIDE_OVERLAP: QT_TRANSLATE_NOOP("Permission", "override a shift overlap"),
    MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("Permission", "manage user accounts"),
    MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Permission", "change the settings"),
    ARCHIVE: QT_TRANSLATE_NOOP("Permission", "archive records"),
    MANAGE_SHIFTS: QT_TRANSLATE_NOOP("Permission", "plan events and shifts"),
    RESTORE_BACKUP: QT_TRANSLATE_NOOP("Permission", "restore a backup over the data"),
    VIEW_AUDIT: QT_TRANSLATE_NOOP("Permission", "read the audit log"),
    SUBJECT_ACCESS: QT_TRANSLATE_NOOP("Permission", "export everything held about a person"),
    ERASE: QT_TRANSLATE_NOOP("Permission", "erase a person's data"),
    EXPORT_SENSITIVE: QT_TRANSLATE_NOOP("Permission",
                                        "include the sensitive notes in an export"),
    IMPORT: QT_TRANSLATE_NOOP("Permission", "import people from a file, and undo an import"),
    VOID_PAYMENTS: QT_TRANSLATE_NOOP("Permission", "void or correct a payment"),
}


@dataclass(frozen=True)
class Actor:
    """The person at the keyboard. `user_id` is None until logins exist (and for `system`)."""

    name: str
    role: str = "admin"
    user_id: int | None = None

    def can(self, permission: str) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.role, frozenset())

    def require(self, permission: str) -> None:
        if not self.can(permission):
            raise errors.PermissionDenied(who=self.name, what=PERMISSION_TEXT[permission])


SYSTEM = Actor("system", "admin")


def local_actor(role: str = "admin") -> Actor:
    """The operating-system user, used by the CLI and by the GUI until logins arrive."""
    try:
        name = getpass.getuser()
    except Exception:  # no user name in some service/containers setups
        name = "unknown"
    return Actor(name, role)
