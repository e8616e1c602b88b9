"""Text in any script survives into the PDF; labels land on the sheet's label positions;
long tables break into the expected pages."""

from datetime import datetime

import pytest
from reportlab.lib import pagesizes

from civicdesk import clock
from civicdesk.reports import bidi, catalog, labels, textlayout
from civicdesk.reports.base import Letterhead
from civicdesk.reports.people import DirectoryReport
from civicdesk.services import people
from civicdesk.services.report_data import DirectoryRow, LabelRow

from report_helpers import contains_name, pages_text, positions, reader, text

pytestmark = pytest.mark.dates

NOW = datetime(2026, 3, 11, 10, 30)
NAMES = ["Zoë Dubois", "Łukasz Wójcik", "Иван Иванов", "Ελένη Παπαδοπούλου", "محمد العلي",
         "王小明", "さくら 佐藤", "김민준", "שרה כהן", "Nguyễn Thảo"]


def letterhead(name="Neighborhood Association"):
    return Letterhead(name, NOW)


def test_unicode_names_survive_the_round_trip(db, actor):
    for name in NAMES:
        first, _, last = name.partition(" ")
        people.create_person(actor, {"first_name": first, "last_name": last,
                                     "membership_status": "member", "consent_directory": True})
    content = text(catalog.build("directory", {}, actor, now=NOW.replace(
        tzinfo=clock.zone())))
    for name in NAMES:
        for word in name.split():
            assert contains_name(content, word), word


def test_arabic_is_shaped_not_isolated_letters():
    line = textlayout.layout("محمد", 12)
    (run,) = line
    assert run.font == "CD-Arabic"
    # Shaped: contextual forms (initial/medial/final) of the font, not the isolated letters.
    assert hasattr(run.text, "__shapeData__")
    assert run.text != "محمد" and run.text != "محمد"[::-1]


@pytest.mark.parametrize("text_, expected", [
    ("Ali محمد Smith", ["CD-Sans", "CD-Arabic", "CD-Sans"]),
    ("محمد Smith", ["CD-Sans", "CD-Arabic"]),  # right-to-left line: Smith is drawn on the left
    ("王小明 Wang", ["CD-CJK", "CD-Sans"]),
])
def test_mixed_lines_use_a_font_per_script_in_visual_order(text_, expected):
    fonts_used = [run.font for run in textlayout.layout(text_, 10) if run.text.strip()]
    assert fonts_used == expected


def test_bidi_levels_keep_numbers_left_to_right_inside_arabic():
    levels = bidi.levels("محمد 12")
    assert levels[:4] == [1, 1, 1, 1] and levels[-2:] == [2, 2]
    assert bidi.visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]
    assert bidi.visual_order([1, 2, 1]) == [2, 1, 0]


@pytest.mark.parametrize("text_, visual", [
    # right-to-left line: the number is drawn on the left, John inside his brackets
    ("שלום (John) 12", "12 (John) םולש"),
    ("כהן [Apt 4]", "[Apt 4] ןהכ"),
    ("John (שלום) 12", "John (םולש) 12"),
])
def test_brackets_around_mixed_text_are_drawn_the_right_way_round(text_, visual):
    assert "".join(str(run.text) for run in textlayout.layout(text_, 10)) == visual


def test_a_report_prints_a_hebrew_name_with_latin_in_brackets_in_order():
    report = DirectoryReport(letterhead(), "letter")
    report.invariant = True
    content = text(report.render([DirectoryRow("שלום (John) 12", "555 0100", ""),
                                  DirectoryRow("محمد (Ali) 7", "555 0101", "")]))
    assert "12 (John) " in content and "7 (Ali) " in content


def test_long_names_and_addresses_wrap_inside_their_column():
    name = "Maximiliana Theodora Konstantinopoulou-Vandenberghe de la Cruz y Fernández"
    lines = textlayout.wrap(name, 9, 120)
    assert len(lines) > 2 and all(line.width <= 120 for line in lines)
    printed = ["".join(r.text for r in line) for line in lines]
    assert "".join(printed).replace(" ", "") == name.replace(" ", "")
    assert any(line.endswith("Konstantinopoulou-") for line in printed)  # cut at the hyphen


def _directory(count: int) -> bytes:
    rows = [DirectoryRow(f"Person {i:05d}", f"555 {i:07d}", "") for i in range(count)]
    report = DirectoryReport(letterhead(), "letter")
    report.invariant = True
    return report.render(rows)


def test_a_long_table_breaks_into_pages_with_every_row_once():
    pdf = _directory(500)
    pages = pages_text(pdf)
    rows_per_page = pages[0].count("Person ")
    assert rows_per_page > 20
    assert len(pages) == -(-500 // rows_per_page) or len(pages) == -(-500 // rows_per_page) + 1
    everything = "\n".join(pages)
    assert all(f"Person {i:05d}" in everything for i in (0, 1, 250, 499))
    assert sum(p.count("Person ") for p in pages) == 500
    assert all("Name" in p for p in pages)  # the header row repeats
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def _labels(count: int, layout: str, start_at: int) -> bytes:
    rows = [LabelRow(i, f"H{i}", (f"Label{i:03d} Person",), (f"{i} Maple Street", "Springfield"))
            for i in range(count)]
    report = labels.LabelsReport(letterhead(), layout=layout, start_at=start_at)
    report.invariant = True
    return report.render(rows)


@pytest.mark.parametrize("layout,page", [("avery5160", pagesizes.LETTER),
                                         ("l7163", pagesizes.A4)])
def test_labels_land_on_the_label_positions(layout, page):
    sheet = labels.LAYOUTS[layout]
    pdf = _labels(sheet.per_sheet + 3, layout, start_at=1)
    assert len(reader(pdf).pages) == 2
    assert tuple(round(v) for v in reader(pdf).pages[0].mediabox[2:]) == tuple(
        round(v) for v in page)
    found = {t.split()[0]: (x, y) for t, x, y in positions(pdf) if t.startswith("Label")}
    for i in (0, 1, sheet.columns, sheet.per_sheet - 1):
        left, bottom = sheet.origin(i, page[1])
        x, y = found[f"Label{i:03d}"]
        assert x == pytest.approx(left + sheet.inset, abs=0.5)
        assert bottom < y < bottom + sheet.height


def test_start_at_label_skips_the_used_labels():
    sheet = labels.LAYOUTS["avery5160"]
    pdf = _labels(4, "avery5160", start_at=5)
    found = {t.split()[0]: (x, y) for t, x, y in positions(pdf) if t.startswith("Label")}
    left, bottom = sheet.origin(4, pagesizes.LETTER[1])  # label 5 = row 2, column 2
    assert found["Label000"][0] == pytest.approx(left + sheet.inset, abs=0.5)
    assert bottom < found["Label000"][1] < bottom + sheet.height
    assert len(reader(pdf).pages) == 1


def test_labels_shrink_long_addresses_to_fit(tmp_path):
    rows = [LabelRow(1, "", ("Bartholomew Montgomery-Featherstonehaugh & "
                             "Anastasia Wojciechowska-Papadopoulou",),
                     ("1234 Extraordinarily Long Boulevard Name, Apartment 56B, Building C",
                      "Springfield Heights North 10101", "United States of America"))]
    report = labels.LabelsReport(letterhead(), layout="avery5160")
    pdf = report.render(rows)
    sheet = labels.LAYOUTS["avery5160"]
    left, bottom = sheet.origin(0, pagesizes.LETTER[1])
    drawn = positions(pdf)
    margin = pagesizes.LETTER[1] - sheet.top  # the sheet's name is above the labels
    ys = [y for _, _, y in drawn if y < margin]
    assert ys and all(bottom <= y <= bottom + sheet.height for y in ys)
    assert "United States of America" in text(pdf)
    assert "".join(t for t, _, y in drawn if y > margin).startswith(
        "Neighborhood Association")


def test_the_logo_from_the_settings_is_printed_and_bad_bytes_are_skipped(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 40), (200, 30, 30)).save(logo)
    rows = [DirectoryRow("Ann Example", "", "")]
    for data, images in ((logo.read_bytes(), 1), (b"not an image", 0)):
        report = DirectoryReport(Letterhead("Assoc", NOW, logo=data), "letter")
        page = reader(report.render(rows)).pages[0]
        assert len(page.images) == images
        assert "Ann Example" in page.extract_text()
