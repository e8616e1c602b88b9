"""Membership cards: credit-card size (85.6 x 54 mm), eight to a page with cutting outlines."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from civicdesk import localformat
from civicdesk.i18n import QT_TRANSLATE_NOOP
from civicdesk.reports import textlayout
from civicdesk.reports.base import BaseReport

CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS, GAP = 2, 4, 6 * mm
BAND = colors.HexColor("#2c5d8f")


class CardsReport(BaseReport):
    """Data: list of CardRow."""

    title = QT_TRANSLATE_NOOP("Report", "Membership cards")

    def render(self, data) -> bytes:
        if self.is_empty(data):
            return super().render(data)
        size = self.page.size
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=size, invariant=1 if self.invariant else None)
        canvas.setTitle(self.tr(self.title))
        canvas.setAuthor(self.letterhead.association)
        left = (size[0] - COLUMNS * CARD_W - (COLUMNS - 1) * GAP) / 2
        top = size[1] - (size[1] - ROWS * CARD_H - (ROWS - 1) * GAP) / 2
        per_page = COLUMNS * ROWS
        for i, card in enumerate(data):
            if i and i % per_page == 0:
                canvas.showPage()
                self.report_progress(i, len(data))
            row, column = divmod(i % per_page, COLUMNS)
            x = left + column * (CARD_W + GAP)
            y = top - (row + 1) * CARD_H - row * GAP
            self.draw_card(canvas, x, y, card)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def draw_card(self, canvas, x: float, y: float, card) -> None:
        canvas.setStrokeColor(colors.HexColor("#9a9a9a"))
        canvas.setDash(2, 2)
        canvas.setLineWidth(0.4)
        canvas.roundRect(x, y, CARD_W, CARD_H, 3 * mm, stroke=1, fill=0)
        canvas.setDash()
        band = 13 * mm
        canvas.saveState()  # the band follows the card's rounded corners
        outline = canvas.beginPath()
        outline.roundRect(x, y, CARD_W, CARD_H, 3 * mm)
        canvas.clipPath(outline, stroke=0, fill=0)
        canvas.setFillColor(BAND)
        canvas.rect(x, y + CARD_H - band, CARD_W, band, stroke=0, fill=1)
        canvas.restoreState()
        text_x = x + 4 * mm
        logo = self._logo()
        if logo:
            canvas.drawImage(logo, text_x, y + CARD_H - band + 1.5 * mm, width=10 * mm,
                             height=10 * mm, preserveAspectRatio=True, mask="auto")
            text_x += 12 * mm
        canvas.setFillColor(colors.white)
        inner = x + CARD_W - 4 * mm - text_x
        textlayout.draw(canvas, text_x, y + CARD_H - 7 * mm, textlayout.fit(
            self.letterhead.association, 10, inner, True), 10)
        textlayout.draw(canvas, text_x, y + CARD_H - 11 * mm, textlayout.fit(
            self.tr(QT_TRANSLATE_NOOP("Report", "Membership card")), 7.5, inner), 7.5)
        canvas.setFillColor(colors.black)
        self._draw_holder(canvas, x, y, card)

    def _draw_holder(self, canvas, x: float, y: float, card) -> None:
        width = CARD_W - 8 * mm
        lines = textlayout.wrap(card.name, 13, width, True)[:2]
        baseline = y + CARD_H - 21 * mm
        for line in lines:
            textlayout.draw(canvas, x + 4 * mm, baseline, line, 13)
            baseline -= 15
        number = self.tr(QT_TRANSLATE_NOOP("Report", "Member no. {number}"),
                         number=card.member_number)
        textlayout.draw(canvas, x + 4 * mm, y + 11 * mm, textlayout.fit(number, 9, width), 9)
        if card.valid_until:
            valid = self.tr(QT_TRANSLATE_NOOP("Report", "Valid until {date}"),
                            date=localformat.format_date(card.valid_until))
        elif card.status == "honorary":
            valid = self.tr(QT_TRANSLATE_NOOP("Report", "Honorary member"))
        else:
            valid = ""
        textlayout.draw(canvas, x + 4 * mm, y + 6 * mm, textlayout.fit(valid, 9, width, True), 9)
