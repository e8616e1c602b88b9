"""Chart labels in Chinese, Japanese and Korean print their glyphs, not boxes (#15): each
label is drawn in a bundled font that has its characters; the PDF is read back."""

import io

import pypdf
from reportlab.graphics import renderPDF

from civicdesk.reports import charts, fonts

LABELS = ["日本語の教室", "Food pantry", "한국어 수업", "中文 2"]


def _pdf(drawing) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(renderPDF.drawToString(drawing)))


def _fonts(reader: pypdf.PdfReader) -> set[str]:
    page = reader.pages[0]
    return {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}


def _missing(label: str, font: str) -> list[str]:
    """The characters of *label* that *font* (a registered reportlab name) has no glyph for."""
    from reportlab.pdfbase import pdfmetrics

    known = pdfmetrics.getFont(font).face.charToGlyph
    return [char for char in label if not char.isspace() and ord(char) not in known]


def test_each_label_gets_a_font_with_all_its_characters():
    for label in LABELS:
        assert _missing(label, charts.label_font(label)) == [], label
    assert charts.label_font("Food pantry") == fonts.base_font()
    assert _missing("日本語", fonts.base_font()) != []  # the boxes of before


def test_bar_chart_axis_labels_in_japanese_print_their_glyphs():
    reader = _pdf(charts.bar_chart(LABELS, [3, 5, 2, 1], 400))
    text = reader.pages[0].extract_text()
    for label in LABELS:
        assert label in text, text
    used = _fonts(reader)
    assert any("WenQuanYiMicroHei" in name for name in used) and any("NotoSans" in name for name in used)


def test_pie_legend_in_japanese_prints_its_glyphs():
    reader = _pdf(charts.pie_chart(LABELS, [3, 5, 2, 1], 400))
    text = reader.pages[0].extract_text()
    assert "日本語の教室: 3" in text and "한국어 수업: 2" in text
    assert any("WenQuanYiMicroHei" in name for name in _fonts(reader))
