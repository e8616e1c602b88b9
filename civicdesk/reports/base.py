"""The report framework: page size and margins, named styles, header and footer, render().

A report is a small subclass of `BaseReport` that turns plain data (already read by a
service) into flowables in `story(data)`; `render(data)` returns the PDF bytes. The header
shows the association's name and logo, the report's title and its date or period; the
footer "Printed on ..." and "Page x of y". No data gives a "Nothing to report" page.

Large print (`large_print=True`, for the reports that offer it: `large_print_landscape`
says whether they turn the page for it) sets body and table text in 16 pt, headings and the
page header larger, and nothing smaller than 14 pt; the reports give their tables fewer,
wrapping columns then (`cell_size`), so no text is cut short.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors, pagesizes
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

from civicdesk import localformat
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.reports import textlayout
from civicdesk.reports.flowables import TextBlock, TextStyle

PAPERS = {"letter": pagesizes.LETTER, "a4": pagesizes.A4}
Translate = Callable[[str, str], str]
Progress = Callable[[int, int], None]

NOTHING = QT_TRANSLATE_NOOP("Report", "Nothing to report")
NOTHING_DETAIL = QT_TRANSLATE_NOOP(
    "Report", "There is nothing to print for the options chosen. Try a longer period or "
              "other options.")
LARGE_PRINT = 16.0  # points: body and table text in large print (RNIB's clear-print size)
PAGE_OF = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
PRINTED_ON = QT_TRANSLATE_NOOP("Report", "Printed on {when}")
MUTED = colors.HexColor("#555555")


@dataclass(frozen=True)
class Letterhead:
    """What every page's header needs from the settings, and when the report was made."""

    association: str
    printed_at: datetime
    address: str = ""
    logo: bytes = b""  # PNG (settings.logo_png: checked and scaled when it was set)
    phone: str = ""
    email: str = ""
    website: str = ""

    @property
    def contact(self) -> str:
        """Phone, email and website on one line (the empty ones left out)."""
        return " \u00b7 ".join(p for p in (self.phone, self.email, self.website) if p)


def _identity(context: str, text: str) -> str:
    return text


@dataclass
class PageFrame:
    """The page geometry of one render: size and margins in points."""

    size: tuple[float, float]
    left: float
    right: float
    top: float
    bottom: float

    @property
    def width(self) -> float:
        return self.size[0] - self.left - self.right

    @property
    def height(self) -> float:
        return self.size[1] - self.top - self.bottom


class BaseReport:
    """Subclasses set `title` (marked with QT_TRANSLATE_NOOP("Report", ...)) and implement
    `story(data)`; they may override `is_empty`, `subtitle`, `landscape` and the margins."""

    title = QT_TRANSLATE_NOOP("Report", "Report")
    landscape = False
    large_print_landscape = False  # turn the page for large print (more room per line)
    margins = (16 * mm, 16 * mm, 30 * mm, 16 * mm)  # left, right, top (with header), bottom
    large_margins = (14 * mm, 14 * mm, 42 * mm, 20 * mm)  # room for the larger header
    header = True

    def __init__(self, letterhead: Letterhead, paper: str = "letter", *,
                 translate: Translate | None = None, progress: Progress | None = None,
                 large_print: bool = False) -> None:
        self.letterhead = letterhead
        self.paper = paper if paper in PAPERS else "letter"
        self._translate = translate or _identity
        self.progress = progress
        self.large_print = bool(large_print)
        if self.large_print and self.large_print_landscape:
            self.landscape = True
        size = PAPERS[self.paper]
        size = pagesizes.landscape(size) if self.landscape else pagesizes.portrait(size)
        self.page = PageFrame(size, *(self.large_margins if self.large_print else self.margins))
        self.styles = self.stylesheet()
        self.invariant = False

    # To override ------------------------------------------------------------------------
    def story(self, data: Any) -> list:
        raise NotImplementedError

    def is_empty(self, data: Any) -> bool:
        return not data

    def subtitle(self, data: Any) -> str:
        """The date or period shown beside the title (default: the day it is printed)."""
        return localformat.format_date(self.letterhead.printed_at, "long")

    def stylesheet(self) -> dict[str, TextStyle]:
        if self.large_print:
            return {
                "title": TextStyle(24, bold=True, space_after=6),
                "heading": TextStyle(20, bold=True, space_after=6),
                "body": TextStyle(LARGE_PRINT, leading=21, space_after=8),
                "small": TextStyle(LARGE_PRINT, leading=20, color=MUTED),
                "cell": TextStyle(LARGE_PRINT),
                "big": TextStyle(28, bold=True, space_after=12),
            }
        return {
            "title": TextStyle(16, bold=True, space_after=4),
            "heading": TextStyle(12, bold=True, space_after=4),
            "body": TextStyle(10, leading=14, space_after=6),
            "small": TextStyle(8, color=MUTED),
            "cell": TextStyle(9),
            "big": TextStyle(20, bold=True, space_after=10),
        }

    # Helpers for subclasses --------------------------------------------------------------
    def cell_size(self, normal: float) -> float:
        """The size of a table's text: *normal*, or 16 pt in large print."""
        return LARGE_PRINT if self.large_print else normal

    def _sizes(self) -> tuple[float, float, float, float]:
        """Association, title, subtitle and footer sizes of the page header and footer."""
        return (14, 24, 16, 14) if self.large_print else (9, 16, 10, 8)

    def tr(self, text: str, **params: Any) -> str:
        """*text* (marked in the "Report" context) in the user's language, filled in."""
        translated = self._translate("Report", text)
        return translated.format(**params) if params else translated

    def text(self, text: str, style: str = "body") -> TextBlock:
        return TextBlock(text, self.styles[style])

    def spacer(self, height: float = 6) -> Spacer:
        return Spacer(1, height)

    def report_progress(self, done: int, total: int) -> None:
        if self.progress:
            self.progress(done, total)

    # Rendering ---------------------------------------------------------------------------
    def render(self, data: Any) -> bytes:
        """The PDF of *data* (a "Nothing to report" page when there is no data)."""
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=self.page.size, leftMargin=self.page.left,
            rightMargin=self.page.right, topMargin=self.page.top,
            bottomMargin=self.page.bottom, title=self.tr(self.title),
            author=self.letterhead.association, creator="CivicDesk",
            invariant=1 if self.invariant else None)
        frame = Frame(self.page.left, self.page.bottom, self.page.width, self.page.height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        subtitle = "" if self.is_empty(data) else self.subtitle(data)
        doc.addPageTemplates([PageTemplate(
            id="page", frames=[frame], onPage=lambda c, d: self.draw_header(c, subtitle))])
        story = self.empty_story() if self.is_empty(data) else self.story(data)
        doc.build(story, canvasmaker=self._canvas_maker())
        return buffer.getvalue()

    def empty_story(self) -> list:
        return [Spacer(1, 30 * mm), TextBlock(self.tr(NOTHING), self.styles["big"]),
                self.text(self.tr(NOTHING_DETAIL))]

    def _canvas_maker(self):
        report = self

        class _Canvas(NumberedCanvas):
            def draw_footer(self, page: int, pages: int) -> None:
                report.draw_footer(self, page, pages)

        return _Canvas

    def draw_header(self, canvas: Canvas, subtitle: str) -> None:
        if not self.header:
            return
        page, head = self.page, self.letterhead
        association, title, sub, _ = self._sizes()
        top = page.size[1] - 12 * mm
        x = page.left
        logo = self._logo()
        if logo is not None:
            canvas.drawImage(logo, x, top - 14 * mm, width=14 * mm, height=14 * mm,
                             preserveAspectRatio=True, mask="auto")
            x += 17 * mm
        canvas.setFillColor(MUTED)
        textlayout.draw(canvas, x, top - association + 1, textlayout.fit(
            head.association, association, page.width * 0.6, True), association)
        canvas.setFillColor(colors.black)
        baseline = top - 27 if not self.large_print else top - 42
        if subtitle and self.large_print:  # the subtitle on its own line, under the title
            textlayout.draw(canvas, x, baseline - sub - 6, textlayout.fit(
                subtitle, sub, page.size[0] - page.right - x), sub)
        textlayout.draw(canvas, x, baseline, textlayout.fit(
            self.tr(self.title), title, page.width * (1 if self.large_print else 0.65), True),
            title)
        if subtitle and not self.large_print:
            right = page.size[0] - page.right
            textlayout.draw(canvas, right, baseline, textlayout.fit(
                subtitle, sub, page.width * 0.35), sub, "right")
        canvas.setStrokeColor(colors.HexColor("#8a96a8"))
        canvas.setLineWidth(0.8)
        rule = page.size[1] - page.top + 5 * mm
        canvas.line(page.left, rule, page.size[0] - page.right, rule)

    def _logo(self) -> ImageReader | None:
        """The logo from the settings, or None (also when its bytes are not an image: a
        report must still print)."""
        if not hasattr(self, "_logo_image"):
            self._logo_image = None
            if self.letterhead.logo:
                try:
                    self._logo_image = ImageReader(io.BytesIO(self.letterhead.logo))
                    self._logo_image.getSize()
                except Exception:  # Pillow raises many kinds for bad bytes
                    self._logo_image = None
        return self._logo_image

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        frame = self.page
        size = self._sizes()[3]
        y = 9 * mm
        canvas.setFillColor(MUTED)
        stamp = localformat.format_datetime(self.letterhead.printed_at)
        textlayout.draw(canvas, frame.left, y, textlayout.layout(
            self.tr(PRINTED_ON, when=stamp), size), size)
        textlayout.draw(canvas, frame.size[0] - frame.right, y, textlayout.layout(
            self.tr(PAGE_OF, page=page, pages=pages), size), size, "right")
        canvas.setFillColor(colors.black)


class NumberedCanvas(Canvas):
    """Keeps each page until the end so the footer can say "Page x of y"."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self.draw_footer(number, pages)
            super().showPage()
        super().save()

    def draw_footer(self, page: int, pages: int) -> None:
        """Subclasses draw the footer here."""
