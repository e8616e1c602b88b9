"""Reading a table of people from a file: CSV (encoding, delimiter and header row found from
the bytes), XLSX, XLS and ODS (python-calamine), into plain rows of text.

What kind of file it is comes from its first bytes, never from its name: an `.xlsx` that
is really CSV text is read as CSV (and the table says so in `notes`), and the reverse.
A file that is not a table gets one `UnreadableFile` naming the problem.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP

# A bigger file is refused instead of streamed: the preview holds every row anyway, and
# 100 MB of CSV is about 700,000 people, far beyond any association (#14).
MAX_BYTES = 100 * 1024 * 1024
MAX_COLUMNS = 300  # CiviCRM's full export with membership columns has about 100
MAX_ROWS = 500_000
SAMPLE_ROWS = 30  # rows looked at to find the delimiter and the header row
DELIMITERS = (",", ";", "\t")
ZIP, OLE2 = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


class UnreadableFile(UserError):
    """The file cannot be read as a table; nothing was changed."""

    context = "Import"


class NoFile(UnreadableFile):
    template = QT_TRANSLATE_NOOP("Import", "cannot read {name}: {reason}")


class EmptyFile(UnreadableFile):
    template = QT_TRANSLATE_NOOP("Import", "{name} is empty: there is nothing to import")


class HeaderOnly(UnreadableFile):
    template = QT_TRANSLATE_NOOP(
        "Import", "{name} has a header row but no rows below it: there is nothing to import")


class NotATable(UnreadableFile):
    template = QT_TRANSLATE_NOOP(
        "Import", "{name} is not a table CivicDesk can read ({reason}); save it from your "
                  "spreadsheet as CSV, XLSX or ODS and try again")


class TooBig(UnreadableFile):
    template = QT_TRANSLATE_NOOP(
        "Import", "{name} is {size} MB; CivicDesk imports files of up to {limit} MB (about "
                  "700,000 people): split it, or remove columns you do not need")


class TooManyColumns(UnreadableFile):
    template = QT_TRANSLATE_NOOP(
        "Import", "{name} has {count} columns; CivicDesk reads at most {limit}: remove the "
                  "columns you do not need and try again")


class TooManyRows(UnreadableFile):
    template = QT_TRANSLATE_NOOP(
        "Import", "{name} has more than {limit} rows; split it into smaller files")


class NoSuchSheet(UnreadableFile):
    template = QT_TRANSLATE_NOOP("Import", "{name} has no sheet {sheet}; its sheets are: "
                                           "{sheets}")


_BINARY = QT_TRANSLATE_NOOP("Import", "it holds binary data, not text")
_DAMAGED = QT_TRANSLATE_NOOP("Import", "it looks like a spreadsheet but cannot be opened: {why}")
_ARCHIVE = QT_TRANSLATE_NOOP("Import", "it is a zip archive, not a spreadsheet")
NAMED_AS = QT_TRANSLATE_NOOP("Import", "{name} is named .{suffix} but holds {kind}; it was "
                                       "read as {kind}")


@dataclass
class Table:
    """A file's rows below its header, as text. `numbers[i]` is the row number a
    spreadsheet shows for `rows[i]` (counting title rows and the header), for messages."""

    name: str
    headers: list[str]
    rows: list[list[str]]
    numbers: list[int]
    kind: str = "csv"  # csv, xlsx, xls, ods
    encoding: str = ""
    delimiter: str = ""
    header_row: int = 1
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # said before the preview
    dropped: list[str] = field(default_factory=list)  # secret columns, never read

    def column(self, header: str) -> int:
        return self.headers.index(header)


def read_table(path: str | Path, *, sheet: str | int | None = None) -> Table:
    """The table in *path*: the first sheet of a workbook, or *sheet* (a name or a
    1-based number)."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TooBig(name=name, size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise NoFile(name=name, reason=exc.strerror or str(exc)) from exc
    if not data.strip(b" \t\r\n\x00"):
        raise EmptyFile(name=name)
    kind = _kind(data, name)
    if kind == "csv":
        text, encoding = decode(data, name)
        # Line breaks as CivicDesk keeps them in notes, also inside quoted cells.
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        cells, delimiter = parse_csv(text, name)
        try:
            table = _from_cells(name, cells, kind)
        except csv.Error as exc:  # a quote left open, a NUL in a field
            raise NotATable(name=name, reason=str(exc)) from exc
        table.encoding, table.delimiter = encoding, delimiter
    else:
        table = _from_workbook(path, data, kind, sheet)
    suffix = path.suffix.lower().lstrip(".")
    named = {"csv": "csv", "txt": "csv", "tsv": "csv", "tab": "csv"}.get(suffix, suffix)
    if named in ("csv", "xlsx", "xls", "ods") and named != kind:
        table.notes.append(NAMED_AS.format(name=name, suffix=suffix, kind=kind.upper()))
    return table


def _kind(data: bytes, name: str) -> str:
    if data.startswith(OLE2):
        return "xls"
    if not data.startswith(ZIP):
        return "csv"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mime = archive.read("mimetype").decode("ascii", "replace") \
                if "mimetype" in names else ""
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise NotATable(name=name, reason=_DAMAGED.format(why=exc)) from exc
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "spreadsheet" in mime:
        return "ods"
    raise NotATable(name=name, reason=_ARCHIVE)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of CSV bytes and the encoding found: a BOM's, else UTF-16 without one (every
    other byte zero), else UTF-8 if it decodes, else Windows-1252 (Excel's "CSV" on a
    Western European Windows)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), name), encoding
    head = data[:4000]
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4 and head[::2].count(0) == 0:
        return _checked(data.decode("utf-16-le", errors="replace"), name), "utf-16-le"
    if b"\x00" in head:
        raise NotATable(name=name, reason=_BINARY)
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; no real text file holds them, latin-1 keeps them.
    return _checked(data.decode("cp1252", errors="strict") if _cp1252_ok(data)
                    else data.decode("latin-1"), name), "cp1252"


def _cp1252_ok(data: bytes) -> bool:
    return not any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _checked(text: str, name: str) -> str:
    """Refuse text that is mostly control characters (a binary file that decoded)."""
    sample = text[:4000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    if "\x00" in sample or controls > len(sample) // 20:
        raise NotATable(name=name, reason=_BINARY)
    return text


def parse_csv(text: str, name: str) -> tuple[Iterator[list[str]], str]:
    """Every record of CSV *text* (quoted fields may hold line breaks), and the delimiter
    that gives the most rows of one width (`,`, `;` or tab)."""
    delimiter = sniff_delimiter(text)
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), delimiter


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:SAMPLE_ROWS * 2])
    best, score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)]
        except csv.Error:
            continue
        widths = Counter(len(r) for r in rows if len(r) > 1)
        if widths:
            width, count = max(widths.items(), key=lambda wc: (wc[1], wc[0]))
            if (count, width) > score:
                best, score = delimiter, (count, width)
    return best


def find_header(cells: list[list[str]]) -> int:
    """The index of the header row: the first of the top rows that fills at least 60% of the
    width most rows below have (title rows above it fill one or two cells)."""
    sample = [sum(1 for c in row if c.strip()) for row in cells[:SAMPLE_ROWS]]
    filled = [n for n in sample if n > 1]
    if not filled:
        return next((i for i, n in enumerate(sample) if n), 0)
    width = Counter(filled).most_common(1)[0][0]
    for index, count in enumerate(sample):
        if count >= max(2, width * 0.6):
            return index
    return 0


# Never read, whatever the preset (Wild Apricot's `Password`, card data): dropped from each
# row as it is parsed, so their values are never in the table (#14).
SECRET_WORDS = ("password", "mot de passe", "contrasena", "contraseña", "card number",
                "credit card", "cvv", "cvc", "card expir", "card security", "iban")


def is_secret(header: str) -> bool:
    text = " ".join(header.casefold().split())
    return any(word in text for word in SECRET_WORDS)


def _from_cells(name: str, records, kind: str) -> Table:
    """The table of *records* (an iterator of rows of text): the header row found among
    the first rows, every later non-empty row, secret columns left out as they come."""
    records = iter(records)
    head = [row for _, row in zip(range(SAMPLE_ROWS), records, strict=False)]
    while head and not any(c.strip() for c in head[-1]):
        head.pop()
    if not any(any(c.strip() for c in row) for row in head):
        raise EmptyFile(name=name)
    start = find_header(head)
    all_headers = _headers(head[start])
    if len(all_headers) > MAX_COLUMNS:
        raise TooManyColumns(name=name, count=len(all_headers), limit=MAX_COLUMNS)
    keep = [i for i, h in enumerate(all_headers) if not is_secret(h)]
    dropped = [h for h in all_headers if is_secret(h)]
    width = len(all_headers)
    rows, numbers = [], []
    later = (row for chunk in (head[start + 1:], records) for row in chunk)
    for number, row in enumerate(later, start=start + 2):
        if not any(c.strip() for c in row):
            continue
        if len(row) < width:
            row = row + [""] * (width - len(row))
        rows.append([row[i] for i in keep] + row[width:])
        numbers.append(number)
        if len(rows) > MAX_ROWS:
            raise TooManyRows(name=name, limit=MAX_ROWS)
    if not rows:
        raise HeaderOnly(name=name)
    table = Table(name, [all_headers[i] for i in keep], rows, numbers, kind,
                  header_row=start + 1)
    table.dropped = dropped
    return table


def _headers(row: list[str]) -> list[str]:
    """Trimmed header names; an empty one becomes "Column N", a repeated one gets " (2)"."""
    found, seen = [], Counter()
    while row and not row[-1].strip():
        row = row[:-1]
    for index, text in enumerate(row, start=1):
        text = " ".join(text.split()) or f"Column {index}"
        seen[text.casefold()] += 1
        found.append(text if seen[text.casefold()] == 1 else f"{text} ({seen[text.casefold()]})")
    return found


def _from_workbook(path: Path, data: bytes, kind: str, sheet: str | int | None) -> Table:
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = list(book.sheet_names)
        chosen = _sheet_name(path.name, names, sheet)
        cells = ([cell_text(v) for v in row]
                 for row in book.get_sheet_by_name(chosen).iter_rows())
        table = _from_cells(path.name, cells, kind)
    except UnreadableFile:
        raise
    except Exception as exc:  # calamine's own errors: a damaged or encrypted file
        raise NotATable(name=path.name, reason=_DAMAGED.format(why=exc)) from exc
    table.sheet, table.sheets = chosen, names
    return table


def _sheet_name(name: str, names: list[str], sheet: str | int | None) -> str:
    if not names:
        raise EmptyFile(name=name)
    if sheet is None or sheet == "":
        return names[0]
    if isinstance(sheet, int) or str(sheet).isdigit():
        index = int(sheet) - 1
        if 0 <= index < len(names):
            return names[index]
    elif sheet in names:
        return str(sheet)
    raise NoSuchSheet(name=name, sheet=sheet, sheets=", ".join(names))


def cell_text(value) -> str:
    """A spreadsheet cell as text: dates as YYYY-MM-DD (so no day/month order is guessed),
    whole numbers without ".0" (a phone number or a member id typed as a number)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
