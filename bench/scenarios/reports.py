"""Report scenarios: a 10,000-person roster and labels for 10,000 households, each against a
raw reportlab canvas writing the same text at the same places (no wrapping, no fonts per
script, no table) in the same run."""

from __future__ import annotations

import io
import random
from datetime import date, datetime

from reportlab.lib import pagesizes
from reportlab.pdfgen.canvas import Canvas

from bench.runner import Env, Scenario, timed
from civicdesk.demo import names
from civicdesk.reports import fonts, labels, textlayout
from civicdesk.reports.base import Letterhead
from civicdesk.reports.people import RosterReport
from civicdesk.services.report_data import LabelRow, MemberRow

COUNT = 10_000


def _people(rng: random.Random) -> list[tuple[str, str]]:
    weights = [c.weight for c in names.CULTURES]
    found = []
    for _ in range(COUNT):
        culture = rng.choices(names.CULTURES, weights)[0]
        found.append((rng.choice(culture.first), rng.choice(culture.last)))
    return found


def roster_rows(seed: int = 1) -> list[MemberRow]:
    rng = random.Random(seed)
    rows = []
    for i, (first, last) in enumerate(_people(rng)):
        street = f"{rng.randint(1, 250)} {rng.choice(names.STREETS)}"
        rows.append(MemberRow(i, f"{first} {last}", f"M{i:06d}", "member", date(2027, 1, 1),
                              f"(555) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
                              f"person{i}@example.org", f"{street}\nSpringfield 10101"))
    return rows


def label_rows(seed: int = 1) -> list[LabelRow]:
    rng = random.Random(seed)
    return [LabelRow(i, last, (f"{first} {last}",),
                     (f"{rng.randint(1, 250)} {rng.choice(names.STREETS)}",
                      f"Springfield {rng.choice(list(names.POSTAL_BY_AREA.values()))}"))
            for i, (first, last) in enumerate(_people(rng))]


def _letterhead() -> Letterhead:
    return Letterhead("Neighborhood Association", datetime(2026, 1, 1, 12, 0))


def render_roster(rows: list[MemberRow]) -> bytes:
    textlayout.clear_cache()
    return RosterReport(_letterhead(), "letter").render(rows)


def raw_roster(rows: list[MemberRow]) -> bytes:
    """Baseline: the same cell texts with drawString, 30 rows a landscape page."""
    font, size = fonts.base_font(), 8.5
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesizes.landscape(pagesizes.LETTER))
    xs = (45, 170, 215, 260, 310, 410, 570)
    for i, r in enumerate(rows):
        if i and i % 30 == 0:
            canvas.showPage()
        y = 560 - (i % 30) * 17
        canvas.setFont(font, size)
        for x, value in zip(xs, (r.name, r.member_number, r.status, "2027-01-01", r.phone,
                                 r.email, r.address), strict=True):
            canvas.drawString(x, y, value)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_labels(rows: list[LabelRow]) -> bytes:
    textlayout.clear_cache()
    return labels.LabelsReport(_letterhead(), layout="avery5160").render(rows)


def raw_labels(rows: list[LabelRow]) -> bytes:
    """Baseline: the same lines at the Avery 5160 positions with drawString."""
    sheet = labels.LAYOUTS["avery5160"]
    font, size = fonts.base_font(), sheet.font_size
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesizes.LETTER)
    for i, row in enumerate(rows):
        if i and i % sheet.per_sheet == 0:
            canvas.showPage()
        x, y = sheet.origin(i % sheet.per_sheet, pagesizes.LETTER[1])
        canvas.setFont(font, size)
        for n, line in enumerate((row.people[0], *row.lines)):
            canvas.drawString(x + sheet.inset, y + sheet.height - 20 - n * 11, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def scenarios(env: Env) -> list[Scenario]:
    roster, households = roster_rows(env.seed), label_rows(env.seed)
    return [
        Scenario("report_roster_10000", measure=lambda: timed(lambda: render_roster(roster)),
                 baseline=lambda: timed(lambda: raw_roster(roster)), target_ratio=3.0,
                 repeat=3),
        Scenario("report_labels_10000", measure=lambda: timed(lambda: render_labels(households)),
                 baseline=lambda: timed(lambda: raw_labels(households)), target_ratio=3.0,
                 repeat=3),
    ]
