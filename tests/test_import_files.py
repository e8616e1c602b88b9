"""Reading the files people bring (#14): CSV in every encoding and delimiter Excel and
LibreOffice write, with title rows and line breaks in quotes; XLSX and ODS; and every kind
of bad file refused with a message that names the problem."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from civicdesk.exchange import tables

HEADER = ["Prénom", "Nom", "Courriel", "Notes"]
ROWS = [["Zoé", "Müller", "zoe@example.org", "Aime les fleurs"],
        ["François", "Lefèvre", "f@example.org", "Deux lignes\nde notes"]]


def csv_text(delimiter: str = ",", title: str = "") -> str:
    def cell(text: str) -> str:
        return f'"{text}"' if "\n" in text or delimiter in text else text
    lines = ([title, ""] if title else []) + [delimiter.join(cell(c) for c in r)
                                              for r in [HEADER, *ROWS]]
    return "\r\n".join(lines) + "\r\n\r\n"  # an empty last line, as spreadsheets leave


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                           ("cp1252", b""), ("utf-16-le", b"\xff\xfe")])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_in_each_encoding_and_delimiter_reads_the_same(tmp_path, encoding, bom, delimiter):
    path = tmp_path / "people.csv"
    path.write_bytes(bom + csv_text(delimiter).encode(encoding))
    table = tables.read_table(path)
    assert table.headers == HEADER
    assert table.rows == ROWS
    assert table.delimiter == delimiter
    assert table.numbers == [2, 3]


def test_title_rows_above_the_header_are_skipped_and_rows_keep_their_numbers(tmp_path):
    path = tmp_path / "signups.csv"
    path.write_text(csv_text(";", title="Liste des membres, export du 3 mars"),
                    encoding="cp1252")
    table = tables.read_table(path)
    assert (table.headers, table.header_row) == (HEADER, 3)
    assert table.numbers == [4, 5]  # the row numbers the spreadsheet shows
    assert table.rows[1][3] == "Deux lignes\nde notes"


def test_a_password_or_card_column_is_never_kept(tmp_path):
    path = tmp_path / "wa.csv"
    path.write_text("First name,Password,Card number,Email\nAnn,hunter2,4111111111111111,"
                    "a@example.org\n", encoding="utf-8")
    table = tables.read_table(path)
    assert table.headers == ["First name", "Email"]
    assert table.rows == [["Ann", "a@example.org"]]
    assert table.dropped == ["Password", "Card number"]
    assert "hunter2" not in repr(table) and "4111" not in repr(table)


def _xlsx(path: Path, rows: list[list], sheets: tuple[str, ...] = ("People",)) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        rows = [["Other"], ["x"]]
    book.save(path)


def test_xlsx_reads_the_first_sheet_or_the_one_asked(tmp_path):
    path = tmp_path / "people.xlsx"
    _xlsx(path, [["Export"], HEADER + ["Member since", "Phone"],
                 ROWS[0] + [date(2020, 3, 25), 5551234567]], sheets=("People", "Old"))
    table = tables.read_table(path)
    assert (table.kind, table.sheet, table.sheets) == ("xlsx", "People", ["People", "Old"])
    assert table.header_row == 2
    # a date cell is read as a date, whatever the file's locale; a number without ".0"
    assert table.rows == [ROWS[0] + ["2020-03-25", "5551234567"]]
    assert tables.read_table(path, sheet="Old").headers == ["Other"]
    assert tables.read_table(path, sheet="2").sheet == "Old"
    with pytest.raises(tables.NoSuchSheet, match="People, Old"):
        tables.read_table(path, sheet="Members")


def _ods(path: Path, rows: list[list[str]]) -> None:
    """A minimal OpenDocument spreadsheet, as LibreOffice's format defines it."""
    cells = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>'
        for c in row) + "</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Feuille1">'
        f'{cells}</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)


def test_ods_reads_like_xlsx(tmp_path):
    path = tmp_path / "membres.ods"
    _ods(path, [HEADER, ROWS[0]])
    table = tables.read_table(path)
    assert (table.kind, table.headers, table.rows) == ("ods", HEADER, [ROWS[0]])


def test_a_file_named_xlsx_that_is_csv_is_read_as_csv_and_says_so(tmp_path):
    path = tmp_path / "people.xlsx"
    path.write_text(csv_text(), encoding="utf-8")
    table = tables.read_table(path)
    assert (table.kind, table.rows) == ("csv", ROWS)
    assert table.notes == ["people.xlsx is named .xlsx but holds CSV; it was read as CSV"]
    other = tmp_path / "people.csv"
    _xlsx(other, [HEADER, ROWS[0]])
    assert tables.read_table(other).kind == "xlsx"
    assert "named .csv but holds XLSX" in tables.read_table(other).notes[0]


def _write(path: Path, what: str) -> None:
    if what == "binary":
        path.write_bytes(bytes(range(256)) * 40)
    elif what == "empty":
        path.write_bytes(b"")
    elif what == "blank lines":
        path.write_bytes(b"\r\n\r\n  \r\n")
    elif what == "header only":
        path.write_text("First name,Last name,Email\r\n\r\n")
    elif what == "1,000 columns":
        path.write_text(",".join(f"Field {i}" for i in range(1000)) + "\n"
                        + ",".join("x" for _ in range(1000)) + "\n")
    elif what == "a zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("photo.jpg", b"\xff\xd8\xff")
    elif what == "a broken xlsx":
        path.write_bytes(tables.ZIP + b"\x00" * 200)
    elif what == "a missing file":
        pass


@pytest.mark.parametrize("what, error, says", [
    ("binary", tables.NotATable, "holds binary data, not text"),
    ("empty", tables.EmptyFile, "is empty: there is nothing to import"),
    ("blank lines", tables.EmptyFile, "is empty"),
    ("header only", tables.HeaderOnly, "has a header row but no rows below it"),
    ("1,000 columns", tables.TooManyColumns, "has 1000 columns; CivicDesk reads at most 300"),
    ("a zip", tables.NotATable, "it is a zip archive, not a spreadsheet"),
    ("a broken xlsx", tables.NotATable, "looks like a spreadsheet but cannot be opened"),
    ("a missing file", tables.NoFile, "cannot read"),
])
def test_a_bad_file_gets_a_message_naming_the_problem(tmp_path, what, error, says):
    path = tmp_path / "people.csv"
    _write(path, what)
    with pytest.raises(error) as refused:
        tables.read_table(path)
    assert says in str(refused.value) and "people.csv" in str(refused.value)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:  # a sparse 200 MB file: its size is what is looked at
        out.truncate(200 * 1024 * 1024)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a huge file"))
    with pytest.raises(tables.TooBig, match="huge.csv is 200 MB; CivicDesk imports files of "
                                            "up to 100 MB"):
        tables.read_table(path)


def test_repeated_and_empty_headers_get_names_of_their_own(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Name,Email,,Email\nAnn Lee,a@example.org,x,b@example.org\n")
    assert tables.read_table(path).headers == ["Name", "Email", "Column 3", "Email (2)"]
