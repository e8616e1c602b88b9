"""The integrity check behind `civicdesk check`: SQLite's own check, foreign keys, the index."""

from __future__ import annotations

from dataclasses import dataclass, field

import peewee as pw

from civicdesk.data import models, search


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
    for model in models.ALL_MODELS:
        report.counts[model._meta.table_name] = model.select().count()
    return report
