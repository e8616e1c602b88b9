"""Writing rows to a CSV or XLSX file, guarded against formula injection.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is taken for a
formula by Excel, LibreOffice and Google Sheets (OWASP "CSV injection"): a neighbour named
`=HYPERLINK("http://x","y")` would become a link in the treasurer's spreadsheet. In a CSV
such text gets a leading `'`, which every spreadsheet shows as text (the apostrophe stays
visible there: the price of a plain-text format); in an XLSX it is a string cell with
Excel's "quote prefix" style, so nothing extra is shown and editing the cell keeps it text.
Numbers stay numbers (a negative amount is not text); dates are ISO `YYYY-MM-DD` in a CSV
(every spreadsheet reads that as a date whatever its locale) and date cells in an XLSX.

CSV files are UTF-8 with a byte-order mark: without it Excel on Windows reads them as the
PC's code page and shows `ZoÃ«` for `Zoë`; LibreOffice and Python's `utf-8-sig` skip it.
XLSX is written by XlsxWriter in constant-memory mode (100,000 rows: ~9 s, against ~14 s
for openpyxl's write-only mode on the same machine), one row at a time.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from civicdesk import paths
from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP

FORMATS = ("csv", "xlsx")
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
CSV_ENCODING = "utf-8-sig"
XLSX_MAX_ROWS = 1_048_576  # Excel's limit, header included


class UnknownFormat(UserError):
    context = "Errors"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path}: the file name must end in .csv or .xlsx, so CivicDesk knows "
                  "what to write")


class TooManyRows(UserError):
    context = "Errors"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{count} rows do not fit in one XLSX sheet (at most 1,048,575); "
                  "write a .csv file instead")


def format_of(path: str | Path) -> str:
    """"csv" or "xlsx", from the file name's ending (UnknownFormat otherwise)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UnknownFormat(path=str(path))
    return suffix


def needs_guard(text: str) -> bool:
    """Would a spreadsheet take *text* for a formula? Also true after leading `'`s, so
    that `unguard` can tell our apostrophe from one that was typed (`'=x` stays `'=x`)."""
    return text.lstrip("'")[:1] in DANGEROUS and text[:1] != ""


def guard(text: str) -> str:
    """*text* as a CSV cell that shows as text."""
    return "'" + text if needs_guard(text) else text


def unguard(text: str) -> str:
    """The value `guard` was given (reading our own CSV back)."""
    return text[1:] if text.startswith("'") and needs_guard(text[1:]) else text


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return guard(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes" if value.tzinfo is None
                               else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class CsvWriter:
    def __init__(self, path: Path, headers: Sequence[str], sheet: str) -> None:
        self._file = open(path, "w", newline="", encoding=CSV_ENCODING,  # noqa: SIM115
                          opener=paths.private_opener)
        self._csv = csv.writer(self._file)
        self._csv.writerow([guard(h) for h in headers])

    def row(self, values: Sequence[Any]) -> None:
        self._csv.writerow([csv_cell(v) for v in values])

    def close(self) -> None:
        self._file.close()


class XlsxWriter:
    """One sheet, the header bold and frozen, dates as date cells."""

    def __init__(self, path: Path, headers: Sequence[str], sheet: str) -> None:
        import xlsxwriter  # only when an XLSX is written

        # Created private first (it holds personal data); XlsxWriter then writes into it.
        with open(path, "wb", opener=paths.private_opener):
            pass
        self._book = xlsxwriter.Workbook(str(path), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False, "remove_timezone": True})
        self._sheet = self._book.add_worksheet(sheet[:31] or "Sheet1")
        self._text = self._book.add_format({"quote_prefix": True})
        self._date = self._book.add_format({"num_format": "yyyy-mm-dd"})
        self._time = self._book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        bold = self._book.add_format({"bold": True})
        for col, header in enumerate(headers):
            self._sheet.write_string(0, col, header, bold)
        self._sheet.freeze_panes(1, 0)
        self._row = 1

    def row(self, values: Sequence[Any]) -> None:
        sheet, row = self._sheet, self._row
        if row >= XLSX_MAX_ROWS:
            raise TooManyRows(count=f"{row:,}")
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                if needs_guard(value):
                    sheet.write_string(row, col, value, self._text)
                else:
                    sheet.write_string(row, col, value)
            elif isinstance(value, bool):
                sheet.write_boolean(row, col, value)
            elif isinstance(value, datetime):
                sheet.write_datetime(row, col, value, self._time)
            elif isinstance(value, date):
                sheet.write_datetime(row, col, value, self._date)
            else:
                sheet.write_number(row, col, value)
        self._row = row + 1

    def close(self) -> None:
        self._book.close()


WRITERS = {"csv": CsvWriter, "xlsx": XlsxWriter}


def write(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
          sheet: str = "Sheet1", fmt: str | None = None) -> int:
    """Write *headers* and *rows* to *path* (its format from its name unless *fmt*); the
    number of rows written. A failure (or a `Cancelled` from the rows' iterator) removes
    the partial file."""
    path = Path(path)
    writer = WRITERS[fmt or format_of(path)](path, headers, sheet)
    count = 0
    try:
        for values in rows:
            writer.row(values)
            count += 1
        writer.close()
    except BaseException:
        try:
            writer.close()
        except Exception:  # the file is removed anyway
            pass
        path.unlink(missing_ok=True)
        raise
    return count
