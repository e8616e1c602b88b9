"""Bar and pie charts with reportlab's own graphics, in the reports' fonts.

reportlab's chart labels are plain strings in one font each, without the text layout of
the rest of a report (textlayout.py), so each label gets the bundled font that has all its
characters: Noto Sans, or WenQuanYi Micro Hei for Chinese, Japanese and Korean (which
printed as boxes in Noto Sans, #15).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from civicdesk.reports import fonts

PALETTE = [colors.HexColor(c) for c in ("#2c5d8f", "#e67e22", "#27ae60", "#8e44ad",
                                        "#c0392b", "#16a085", "#7f8c8d", "#d4ac0d")]


def bar_chart(labels: list[str], values: list[float], width: float,
              bar_height: float = 16,
              value_format: str | Callable[[float], str] = "{:g}") -> Drawing:
    """Horizontal bars, one per label, with the value at the end of each bar."""
    label_room = min(width * 0.35, 170)
    height = max(len(values), 1) * bar_height * 1.4 + 30
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_room, 20
    chart.width, chart.height = width - label_room - 40, height - 30
    chart.data = [list(reversed(values))]
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = fonts.base_font()
    for i, label in enumerate(reversed(labels)):
        chart.categoryAxis.labels[i].fontName = label_font(label)
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = fonts.base_font()
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.barLabelFormat = value_format if callable(value_format) else value_format.format
    chart.barLabels.fontName = fonts.base_font()
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def pie_chart(labels: list[str], values: list[int], width: float, height: float = 150
              ) -> Drawing:
    """A pie with a legend of labels and counts on its right."""
    drawing = Drawing(width, height)
    pie = Pie()
    size = height - 20
    pie.x, pie.y, pie.width, pie.height = 10, 10, size, size
    pie.data = values
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i in range(len(values)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    y = height - 18
    for i, (label, value) in enumerate(zip(labels, values, strict=False)):
        drawing.add(_swatch(size + 30, y, PALETTE[i % len(PALETTE)]))
        drawing.add(String(size + 44, y, f"{label}: {value}", fontName=label_font(label),
                           fontSize=9))
        y -= 14
    return drawing


def label_font(text: str) -> str:
    """The reportlab font for a chart label: the CJK face when the label has such
    characters (it has Latin letters and digits too), else the base face."""
    if any(fonts.face_for(char) is fonts.CJK for char in text):
        return fonts.font_name(fonts.CJK)
    return fonts.base_font()


def _swatch(x: float, y: float, colour) -> Rect:
    return Rect(x, y - 1, 9, 9, fillColor=colour, strokeColor=None)
