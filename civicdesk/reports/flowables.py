"""Platypus flowables that print text in any script through `textlayout`: a wrapped text
block and a fast table (`Grid`) that draws straight on the canvas.

A 10,000-row platypus Table re-measures the rest of the table at every page break (~3.7 s);
`Grid` measures each row once, keeps running totals of the heights, and splits at a page by
bisecting them, so the cost grows with the rows, not with rows x pages.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.platypus import Flowable

from civicdesk.reports import textlayout

GRID_LINE = colors.HexColor("#b8b8b8")
HEADER_FILL = colors.HexColor("#e4e9f0")
ZEBRA_FILL = colors.HexColor("#f5f6f8")


@dataclass(frozen=True)
class TextStyle:
    """A named text style: size in points, bold or not, line spacing, colour, alignment."""

    size: float
    bold: bool = False
    leading: float = 0.0
    color: colors.Color = colors.black
    align: str = "left"
    space_after: float = 0.0

    @property
    def line_height(self) -> float:
        return self.leading or self.size * 1.25


class TextBlock(Flowable):
    """A paragraph of plain text (any script), wrapped to the frame; splits across pages."""

    def __init__(self, text: str, style: TextStyle, lines=None) -> None:
        super().__init__()
        self.text, self.style = text, style
        self._lines = lines
        self.spaceAfter = style.space_after

    def wrap(self, avail_width, avail_height):  # noqa: D102 - platypus API
        self.width = avail_width
        if self._lines is None:
            self._lines = textlayout.wrap(self.text, self.style.size, avail_width,
                                          self.style.bold)
        self.height = len(self._lines) * self.style.line_height
        return avail_width, self.height

    def split(self, avail_width, avail_height):  # noqa: D102 - platypus API
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.line_height)
        if fits < 1 or fits >= len(self._lines):
            return []
        return [TextBlock(self.text, self.style, self._lines[:fits]),
                TextBlock(self.text, self.style, self._lines[fits:])]

    def draw(self):  # noqa: D102 - platypus API
        style, canvas = self.style, self.canv
        canvas.setFillColor(style.color)
        x = {"left": 0, "center": self.width / 2, "right": self.width}[style.align]
        y = self.height - style.size
        for line in self._lines:
            textlayout.draw(canvas, x, y, line, style.size, style.align)
            y -= style.line_height


@dataclass(frozen=True)
class Column:
    """A table column: title, share of the width, alignment; `wrap=False` cuts with an
    ellipsis instead of wrapping (for columns that must stay one line, like phone numbers)."""

    title: str
    weight: float = 1.0
    align: str = "left"
    bold: bool = False
    wrap: bool = True


@dataclass
class _Measured:
    """Row layout shared by a Grid and the pieces it splits into."""

    widths: list[float] = field(default_factory=list)
    cells: list[list[list]] = field(default_factory=list)  # row -> cell -> lines
    tops: list[float] = field(default_factory=list)  # running total of row heights
    header: list[list] = field(default_factory=list)  # column -> lines of its title
    moved: int | None = None  # the row that did not fit and went on to the next frame


class Grid(Flowable):
    """A table of text rows drawn directly on the canvas; the header repeats on each page."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], *,
                 size: float = 9, padding: float = 3, min_row_height: float = 0,
                 zebra: bool = True, header: bool = True, rules: bool = False,
                 progress: Callable[[int, int], None] | None = None, _measured: _Measured | None = None, _span: tuple[int, int] | None = None):
        super().__init__()
        self.columns, self.rows = list(columns), rows
        self.size, self.padding, self.min_row_height = size, padding, min_row_height
        self.zebra, self.progress, self.header = zebra, progress, header
        self.rules = rules  # lines between the columns (forms filled in by hand)
        self._m = _measured or _Measured()
        self._start, self._end = _span or (0, len(rows))
        self.leading = size * 1.2

    # Measuring ---------------------------------------------------------------------------
    def _measure(self, avail_width: float) -> None:
        if self._m.widths:
            return
        total = sum(c.weight for c in self.columns)
        self._m.widths = [avail_width * c.weight / total for c in self.columns]
        inner = [w - 2 * self.padding for w in self._m.widths]
        # A title wider than its column wraps (large print, long translations) rather than
        # running into the next one.
        self._m.header = [textlayout.wrap(c.title, self.size, width, True)
                          for c, width in zip(self.columns, inner, strict=True)]
        heights = []
        for row in self.rows:
            cells = [self._cell_lines(str(text), col, width)
                     for text, col, width in zip(row, self.columns, inner, strict=False)]
            self._m.cells.append(cells)
            lines = max((len(c) for c in cells), default=1)
            heights.append(max(lines * self.leading + 2 * self.padding, self.min_row_height))
        self._m.tops = [0.0, *itertools.accumulate(heights)]

    def _cell_lines(self, text: str, col: Column, width: float) -> list:
        if not col.wrap or "\n" not in text and textlayout.width(text, self.size,
                                                                  col.bold) <= width:
            return [textlayout.fit(text, self.size, width, col.bold)]
        return textlayout.wrap(text, self.size, width, col.bold)

    @property
    def header_height(self) -> float:
        if not self.header:
            return 0.0
        lines = max((len(title) for title in self._m.header), default=1)
        return lines * self.leading + 2 * self.padding

    def _rows_height(self, start: int, end: int) -> float:
        return self._m.tops[end] - self._m.tops[start]

    def wrap(self, avail_width, avail_height):  # noqa: D102 - platypus API
        self._measure(avail_width)
        self.width = sum(self._m.widths)
        self.height = self.header_height + self._rows_height(self._start, self._end)
        return self.width, self.height

    def split(self, avail_width, avail_height):  # noqa: D102 - platypus API
        self._measure(avail_width)
        room = avail_height - self.header_height
        limit = self._m.tops[self._start] + room
        end = bisect.bisect_right(self._m.tops, limit, self._start, self._end + 1) - 1
        if end <= self._start:
            if self._m.moved != self._start:  # try the next frame first
                self._m.moved = self._start
                return []
            end = self._split_row(self._start, room)  # taller than a whole frame
            if end <= self._start:
                return []
        if end >= self._end:
            return [self]
        return [self._piece(self._start, end), self._piece(end, self._end)]

    def _split_row(self, i: int, room: float) -> int:
        """Cut row *i*, taller than a whole frame (a request's long details), after the
        lines that fit in *room*; the rest becomes the next row. The new end of the part
        that fits (i + 1), or i if not even one line fits."""
        fit = int((room - 2 * self.padding) // self.leading)
        if fit < 1:
            return i
        cells = self._m.cells[i]
        rest = [lines[fit:] for lines in cells]
        self._m.cells[i:i + 1] = [[lines[:fit] for lines in cells], rest]
        tops = self._m.tops
        heights = [low - high for high, low in itertools.pairwise(tops)]
        heights[i:i + 1] = [fit * self.leading + 2 * self.padding,
                            max(len(lines) for lines in rest) * self.leading + 2 * self.padding]
        self._m.tops = [0.0, *itertools.accumulate(heights)]
        self._end += 1
        return i + 1

    def _piece(self, start: int, end: int) -> Grid:
        return Grid(self.columns, self.rows, size=self.size, padding=self.padding,
                    min_row_height=self.min_row_height, zebra=self.zebra,
                    header=self.header, rules=self.rules, progress=self.progress, _measured=self._m, _span=(start, end))

    # Drawing -----------------------------------------------------------------------------
    def draw(self):  # noqa: D102 - platypus API
        canvas = self.canv
        y = self.height
        if self.header:
            y = self._draw_row(canvas, y, self._m.header, None, header=True)
        for i in range(self._start, self._end):
            fill = ZEBRA_FILL if self.zebra and i % 2 else None
            y = self._draw_row(canvas, y, self._m.cells[i], fill, height=self._rows_height(
                i, i + 1))
        canvas.setStrokeColor(GRID_LINE)
        canvas.setLineWidth(0.5)
        canvas.line(0, y, self.width, y)
        if self.rules:
            for x in itertools.accumulate(self._m.widths[:-1]):
                canvas.line(x, y, x, self.height)
        if self.progress:
            self.progress(self._end, len(self._m.cells))

    def _draw_row(self, canvas, top: float, cells, fill, *, header: bool = False,
                  height: float | None = None) -> float:
        height = height or self.header_height
        if header or fill:
            canvas.setFillColor(HEADER_FILL if header else fill)
            canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)
        canvas.setStrokeColor(GRID_LINE)
        canvas.setLineWidth(0.5)
        canvas.line(0, top, self.width, top)
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        x = 0.0
        for lines, col, width in zip(cells, self.columns, self._m.widths, strict=False):
            anchor = {"left": x + self.padding, "center": x + width / 2,
                      "right": x + width - self.padding}[col.align]
            y = top - self.padding - self.size
            for line in lines:
                textlayout.add_to(text, anchor, y, line, self.size, col.align)
                y -= self.leading
            x += width
        canvas.drawText(text)
        return top - height


class SignatureLine(Flowable):
    """A line to sign on, with the signer's name and role printed under it."""

    def __init__(self, caption: str, width: float = 220, style: TextStyle | None = None):
        super().__init__()
        self.caption, self.line_width = caption, width
        self.style = style or TextStyle(9)

    def wrap(self, avail_width, avail_height):  # noqa: D102 - platypus API
        self.lines = textlayout.wrap(self.caption, self.style.size, self.line_width)
        self.height = 34 + len(self.lines) * self.style.line_height
        return self.line_width, self.height

    def draw(self):  # noqa: D102 - platypus API
        canvas = self.canv
        top = self.height - 30
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.7)
        canvas.line(0, top, self.line_width, top)
        y = top - 4 - self.style.size
        for line in self.lines:
            textlayout.draw(canvas, 0, y, line, self.style.size)
            y -= self.style.line_height
