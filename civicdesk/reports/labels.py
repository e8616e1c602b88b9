"""Mailing labels, one per household, on Avery 5160 (Letter) or L7163 (A4) sheets.

Drawn straight on the canvas at the sheet's exact label positions (no header or footer on a
label sheet). "Start at label N" skips the labels already peeled off a partly used sheet.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import pagesizes
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.reports import textlayout
from civicdesk.reports.base import BaseReport

HOUSEHOLD = QT_TRANSLATE_NOOP("Report", "{name} household")
FAMILY = QT_TRANSLATE_NOOP("Report", "The {name} family")
TWO = QT_TRANSLATE_NOOP("Report", "{first} & {second}")


@dataclass(frozen=True)
class SheetLayout:
    """A label sheet: paper, grid, the first label's corner and the distance between labels."""

    name: str
    paper: str
    columns: int
    rows: int
    width: float
    height: float
    left: float  # page edge to the first column
    top: float  # page edge to the first row
    pitch_x: float
    pitch_y: float
    font_size: float
    inset: float

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def origin(self, position: int, page_height: float) -> tuple[float, float]:
        """Bottom-left corner of label *position* (0-based, row by row) on a sheet."""
        row, column = divmod(position, self.columns)
        x = self.left + column * self.pitch_x
        y = page_height - self.top - row * self.pitch_y - self.height
        return x, y


LAYOUTS = {
    "avery5160": SheetLayout("avery5160", "letter", 3, 10, 2.625 * inch, 1 * inch,
                             0.1875 * inch, 0.5 * inch, 2.75 * inch, 1 * inch, 9, 9),
    "l7163": SheetLayout("l7163", "a4", 2, 7, 99.1 * mm, 38.1 * mm, 4.65 * mm, 15.15 * mm,
                         101.6 * mm, 38.1 * mm, 10.5, 5 * mm),
}


def layout_for(paper: str) -> str:
    """The label sheet sold for *paper* (Avery 5160 on Letter, L7163 on A4)."""
    return next((name for name, layout in LAYOUTS.items() if layout.paper == paper),
                "avery5160")


class LabelsReport(BaseReport):
    """Data: list of LabelRow. `layout` names the sheet (LAYOUTS), `start_at` the first free
    label on it (1-based)."""

    title = QT_TRANSLATE_NOOP("Report", "Mailing labels")

    def __init__(self, *args, layout: str = "avery5160", start_at: int = 1, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.layout, self.start_at = LAYOUTS[layout], start_at

    def render(self, data) -> bytes:
        if self.is_empty(data):
            return super().render(data)
        layout = self.layout
        size = pagesizes.portrait(pagesizes.LETTER if layout.paper == "letter"
                                  else pagesizes.A4)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=size, invariant=1 if self.invariant else None)
        canvas.setTitle(self.tr(self.title))
        canvas.setAuthor(self.letterhead.association)
        position = max(0, min(self.start_at - 1, layout.per_sheet - 1))
        self.draw_sheet_name(canvas, size)
        for done, label in enumerate(data, start=1):
            if position == layout.per_sheet:
                canvas.showPage()
                self.draw_sheet_name(canvas, size)
                position = 0
                self.report_progress(done, len(data))
            x, y = layout.origin(position, size[1])
            self.draw_label(canvas, layout, x, y, self.lines(label))
            position += 1
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def draw_sheet_name(self, canvas, size: tuple[float, float]) -> None:
        """Whose sheet this is, small, in the top margin (on the backing, not on a label)."""
        line = f"{self.letterhead.association} \u00b7 {self.tr(self.title)}"
        textlayout.draw(canvas, size[0] / 2, size[1] - 7 * mm, textlayout.fit(
            line, 7, size[0] - 40 * mm), 7, "center")

    def addressee(self, label) -> str:
        """Who the envelope is for: the one person living there; else the household, by
        its name ("The Smith family" when it is their last name) or their shared last
        name; two people of different names both; else the first one's household."""
        people, name = label.people, (label.household_name or "").strip()
        lasts = {last.casefold(): last for last in label.last_names}
        if len(people) == 1:
            return people[0]
        if name:
            return self.tr(FAMILY, name=name) if name.casefold() in lasts else name
        if len(lasts) == 1:
            return self.tr(FAMILY, name=next(iter(lasts.values())))
        if len(people) == 2:
            return self.tr(TWO, first=people[0], second=people[1])
        return self.tr(HOUSEHOLD, name=people[0])

    def lines(self, label) -> list[str]:
        return [self.addressee(label), *label.lines]

    def draw_label(self, canvas, layout: SheetLayout, x: float, y: float,
                   texts: list[str]) -> None:
        """The address block, wrapped to the label, smaller type if it would not fit,
        centred vertically."""
        width = layout.width - 2 * layout.inset
        size = layout.font_size
        while True:
            lines = [(line, i == 0) for i, text in enumerate(texts)
                     for line in textlayout.wrap(text, size, width, i == 0)]
            leading = size * 1.18
            if len(lines) * leading <= layout.height - 4 or size <= 6:
                break
            size -= 0.5
        top = y + (layout.height + len(lines) * leading) / 2 - size
        for line, _bold in lines:
            textlayout.draw(canvas, x + layout.inset, top, line, size)
            top -= leading
