"""The integrity check behind `civicdesk check`: SQLite's own check, foreign keys, the index,
the triggers that keep the audit log and the requests' history append-only."""

from __future__ import annotations

from dataclasses import dataclass, field

import peewee as pw

from civicdesk.data import append_only, models, search
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message

UNPROTECTED = QT_TRANSLATE_NOOP(
    "Integrity", "append-only: the trigger {trigger} is missing or was changed, so rows of "
                 "{table} can be changed or deleted")


@dataclass
class Report:
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: pw.SqliteDatabase) -> Report:
    report = Report()
    for (line,) in db.execute_sql("PRAGMA integrity_check").fetchall():
        if line != "ok":
            report.problems.append(f"sqlite: {line}")
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall()[:50]:
        report.problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    report.problems += search.inconsistencies(db)
    report.problems += [str(Message("Integrity", UNPROTECTED, {"table": table, "trigger": name}))
                        for table, name in append_only.missing_or_changed(db)]
    for model in models.ALL_MODELS:
        report.counts[model._meta.table_name] = model.select().count()
    return report
