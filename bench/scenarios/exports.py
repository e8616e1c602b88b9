"""Export scenarios: the whole people list (100,000 people at the default scale) to CSV
and to XLSX, as "Export what I see" writes it (`services.exports.export_list`: the list's
own query by keyset pages, the languages of each page, the translated words, the formula
guard, the audit entry).

The baseline is a bare `csv.writer` over one SELECT of the same columns in the same order
on a plain sqlite3 connection: the least any program can do to write the same list. The
XLSX scenario has the same baseline, so its ratio shows what the spreadsheet format costs
on top (XlsxWriter writes and zips every cell's XML).
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from bench.runner import Env, Scenario, timed

CSV_RATIO, XLSX_RATIO = 5.0, 10.0  # measured 2.9x and 6.2x (a loaded 2-core PC)
BARE = ("SELECT p.last_name || ', ' || p.first_name, coalesce(h.street, ''), "
        "coalesce(nullif(p.phone, ''), p.mobile), p.email, p.membership_status, "
        "p.dues_paid_until, p.is_volunteer, "
        "(SELECT group_concat(language, ', ') FROM person_language l WHERE l.person_id = p.id) "
        "FROM person p LEFT JOIN household h ON h.id = p.household_id "
        "WHERE NOT p.archived ORDER BY p.sort_name, p.id")


class _People:
    def __init__(self, demo: Path) -> None:
        from civicdesk.data import database, models

        self.path, self.models = demo, models
        self.db = database.open_database(demo)
        self.raw = sqlite3.connect(demo)
        self.out = demo.parent / "exports"
        self.out.mkdir(exist_ok=True)

    def export(self, suffix: str) -> float:
        from civicdesk.services import export_lists, exports
        from civicdesk.services.actors import Actor

        self.models.database.initialize(self.db)  # other scenarios bind the models elsewhere
        target = self.out / f"people.{suffix}"
        return timed(lambda: exports.export_list(Actor("Bench", "coordinator"),
                                                 export_lists.people(), target))

    def bare(self) -> float:
        def write() -> None:
            with open(self.out / "bare.csv", "w", newline="", encoding="utf-8-sig") as out:
                csv.writer(out).writerows(self.raw.execute(BARE))
        return timed(write)


def scenarios(env: Env) -> list[Scenario]:
    state: dict[str, _People] = {}

    def people() -> _People:
        if "people" not in state:
            state["people"] = _People(env.demo_db())
        return state["people"]

    return [Scenario(f"export_people_{env.people}_{suffix}",
                     measure=lambda s=suffix: people().export(s),
                     baseline=lambda: people().bare(), target_ratio=ratio, setup=people,
                     repeat=3)
            for suffix, ratio in (("csv", CSV_RATIO), ("xlsx", XLSX_RATIO))]
