"""What the installed app needs beyond the main window, checked by `civicdesk --self-test`.

The panes load most of this only when a volunteer first previews or prints a report, so a
piece missing from an installer would show up at the worst moment. These checks make a
broken bundle fail in CI instead. The imports are written out (not computed) so that
PyInstaller's analysis sees them and bundles them; build.spec lists them again as hidden
imports to be sure.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QSize, QTranslator
from PySide6.QtGui import QColor, QIcon, QImage

from civicdesk import APP_NAME, i18n, paths

Check = Callable[[Path], str]  # given a scratch folder; returns a detail line or raises

SAMPLE_TEXT = f"{APP_NAME} self-test: Zoë Müller, Ñandú Peña"


def checks() -> list[tuple[str, Check]]:
    """(name, check) pairs, in the order the self-test runs them."""
    found = [("SVG icons", check_icons), ("translations", check_translations),
             ("PDF preview of a reportlab PDF", check_pdf_preview),
             ("reportlab's C accelerators (rl-accel)", check_rl_accel),
             ("PostgreSQL driver (psycopg's binary libpq)", check_psycopg_binary),
             ("the system's keyring (passwords of shared databases)", check_keyring),
             ("printing to PDF", check_print_support),
             ("calendar export, time zones, password hashing", check_libraries),
             ("reading spreadsheets to import", check_spreadsheets),
             ("phone numbers, email addresses, likely duplicates", check_search_libraries),
             ("dates and money in Spanish and French (Babel)", check_locale_formats),
             ("the user guide", check_user_guide)]
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        found.append(("programs started from the app", check_child_environment))
    return found


def check_locale_formats(scratch: Path) -> str:
    """Babel's CLDR data for the languages we ship is in the bundle (build.spec keeps only
    those): a date and an amount in Spanish (Spain) and French (Canada), as reports print
    them; and another language's data is left out, so it falls back to English."""
    from datetime import date

    from babel import dates, localedata, numbers

    day = date(2026, 12, 5)
    found = [dates.format_date(day, "full", locale="es_ES"),
             numbers.format_currency(12.5, "USD", locale="fr_CA")]
    if "diciembre" not in found[0] or "US" not in found[1]:
        raise RuntimeError(f"Babel formatted {found}")
    shipped = [name for name in localedata.locale_identifiers() if not name.startswith(
        ("en", "es", "fr"))]
    if getattr(sys, "frozen", False) and shipped:
        raise RuntimeError(f"Babel data of other languages is bundled: {shipped[:5]}")
    return f"{found[0]}; {found[1]}"


def check_user_guide(scratch: Path) -> str:
    """Help > User guide opens docs/guide/index.html: it is there, and so is every page and
    picture it links to."""
    import re

    first = paths.user_guide()
    pages = [first, *sorted(first.parent.glob("*.html"))]
    missing, pictures = [], 0
    for page in pages:
        if not page.is_file():
            missing.append(page.name)
            continue
        for link in re.findall(r'(?:src|href)="([^"#:]+)"', page.read_text(encoding="utf-8")):
            pictures += link.endswith(".png")
            if not (page.parent / link).is_file():
                missing.append(f"{page.name} -> {link}")
    if missing:
        raise RuntimeError(f"the user guide is incomplete: {', '.join(missing)}")
    return f"{len(set(pages))} pages, {pictures} pictures in {first.parent}"


def _has_ink(image: QImage) -> bool:
    """True when the image is not one flat colour (something was drawn)."""
    first = image.pixelColor(0, 0)
    step = max(1, image.width() // 64)
    return any(image.pixelColor(x, y) != first
               for y in range(0, image.height(), step) for x in range(0, image.width(), step))


def check_icons(scratch: Path) -> str:
    """Every SVG under resources/icons draws (needs Qt's SVG icon engine/image plugins)."""
    folder = paths.resource_dir() / "icons"
    files = sorted(folder.glob("*.svg"))
    if not (folder / "civicdesk.svg").is_file():
        raise FileNotFoundError(f"the app icon is missing from {folder}")
    for path in files:
        pixmap = QIcon(str(path)).pixmap(QSize(32, 32))
        if pixmap.isNull() or not _has_ink(pixmap.toImage()):
            raise RuntimeError(f"{path.name} does not draw (SVG support missing?)")
    return f"{len(files)} icons draw"


def check_translations(scratch: Path) -> str:
    """Our .qm files load, and the .ts beside them that the command line reads (a built app
    must have both; the source tree may not have built the .qm yet); Qt's own
    (qtbase_<language>.qm: its buttons and dialogs) load for every language we ship."""
    folder = paths.resource_dir() / "translations"
    files = sorted(folder.glob("civicdesk_*.qm"))
    if not files and getattr(sys, "frozen", False):
        raise FileNotFoundError(f"no translations (civicdesk_*.qm) in {folder}")
    for path in files:
        if not QTranslator().load(str(path)):
            raise RuntimeError(f"{path.name} does not load")
        if not path.with_suffix(".ts").is_file():
            raise FileNotFoundError(f"{path.with_suffix('.ts').name} is missing beside it")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for code in (c for c in i18n.LANGUAGES if c != i18n.ENGLISH):
        if not QTranslator().load(f"qtbase_{code}", qt_folder):
            raise FileNotFoundError(f"Qt's own translation qtbase_{code}.qm is not in {qt_folder}")
    ours = ", ".join(p.stem.removeprefix("civicdesk_") for p in files) or "none built"
    others = [code for code in i18n.LANGUAGES if code != i18n.ENGLISH]
    return f"{ours}; Qt's own for {', '.join(others)}"


def _sample_pdf(target: Path) -> None:
    """One page written by reportlab with a TrueType font: ours from resources/fonts when
    there are any, otherwise the Vera font reportlab ships (its data must be bundled)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfgen import canvas

    fonts = sorted((paths.resource_dir() / "fonts").glob("*.ttf"))
    for font in fonts:  # every bundled font must at least parse
        pdfmetrics.registerFont(ttfonts.TTFont(font.stem, str(font)))
    if not fonts:
        pdfmetrics.registerFont(ttfonts.TTFont("Vera", "Vera.ttf"))
    pdf = canvas.Canvas(str(target), pagesize=A4, invariant=1)
    pdf.setFont(fonts[0].stem if fonts else "Vera", 24)
    pdf.drawString(72, 720, SAMPLE_TEXT)
    pdf.rect(72, 600, 200, 80, fill=1)
    pdf.save()


def check_pdf_preview(scratch: Path) -> str:
    """reportlab writes a PDF; QtPdf opens it, reads its text back and draws it in a view."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    target = scratch / "self-test.pdf"
    _sample_pdf(target)
    document = QPdfDocument()
    error = document.load(str(target))
    if error != QPdfDocument.Error.None_ or document.pageCount() != 1:
        raise RuntimeError(f"QtPdf could not open the PDF ({error.name})")
    text = document.getAllText(0).text()
    if "Müller" not in text:
        raise RuntimeError(f"the PDF text read back as {text!r}")
    image = document.render(0, QSize(200, 280))
    if image.isNull() or not _has_ink(image):
        raise RuntimeError("QtPdf drew an empty page")
    view = QPdfView()
    view.setDocument(document)
    view.resize(400, 500)
    view.grab()  # paints the page in the widget the report preview uses
    view.deleteLater()
    return f"{target.stat().st_size:,} bytes, text and drawing read back"


def check_rl_accel(scratch: Path) -> str:
    """reportlab uses rl-accel's C functions, not its Python fallbacks. reportlab imports
    `_rl_accel` inside exec(), which PyInstaller cannot see, so a bundle without it works,
    only slower, and nobody notices (#15); the import below makes the analysis see it."""
    import _rl_accel
    from reportlab.lib import rl_accel

    slow = sorted(rl_accel._py_funcs)  # the functions that fell back to Python
    if slow:
        raise RuntimeError(f"reportlab runs these without rl-accel: {', '.join(slow)}")
    if rl_accel.fp_str(1.5, 2) != "1.5 2":
        raise RuntimeError("rl-accel's fp_str formats numbers wrongly")
    return f"rl-accel {_rl_accel.version}: {len(rl_accel._c_funcs)} C functions"


def check_psycopg_binary(scratch: Path) -> str:
    """psycopg talks to a shared database through its own build of libpq (psycopg-binary,
    #17). Without it psycopg looks for a libpq on the system, which a PC running the
    installed app rarely has: connecting would fail only then, so the check is here. The
    imports below make the analysis see the binary package."""
    import psycopg
    import psycopg_binary
    from psycopg_binary import pq

    if psycopg.pq.__impl__ != "binary":
        raise RuntimeError(f"psycopg uses its {psycopg.pq.__impl__} implementation, not the "
                           f"binary one")
    libpq = psycopg.pq.version()
    return (f"psycopg {psycopg.__version__} ({pq.__name__} {psycopg_binary.__version__}), "
            f"libpq {libpq // 10000}.{libpq % 100}")


# The keyring backend of each system, and the modules it needs there.
KEYRING_BACKENDS = {"linux": ("keyring.backends.SecretService", "secretstorage", "jeepney"),
                    "win32": ("keyring.backends.Windows",),
                    "darwin": ("keyring.backends.macOS",)}


def check_keyring(scratch: Path) -> str:
    """The passwords of shared databases go to the system's keyring (#17): keyring finds its
    backends through its entry points (its metadata must be bundled) and this system's
    backend loads with what it needs. A PC whose keyring is locked or missing (no desktop
    session) is no failure: CivicDesk asks for the password then; the check says so."""
    import importlib
    from importlib import metadata

    from civicdesk import passwords

    listed = {ep.name for ep in metadata.entry_points(group="keyring.backends")}
    if not {"SecretService", "Windows", "macOS"} <= listed:
        raise RuntimeError(f"keyring's backends are not listed (its metadata): {sorted(listed)}")
    for name in KEYRING_BACKENDS.get(sys.platform, ()):
        importlib.import_module(name)
    if not passwords.keyring_usable():
        return "loads; no keyring usable here (passwords are asked)"
    return passwords.keyring_name()


def check_print_support(scratch: Path) -> str:
    """QPrinter (what Print uses) can print; here to a PDF file instead of a printer."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    target = scratch / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("QPrinter did not start a page")
    painter.fillRect(100, 100, 400, 200, QColor("black"))
    painter.end()
    if not target.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("QPrinter wrote no PDF")
    return f"{len(QPrinterInfo.availablePrinters())} printer(s) on this computer"


def check_libraries(scratch: Path) -> str:
    """icalendar (shift calendars), tzdata (time zones on Windows), argon2 (logins),
    XlsxWriter (exports)."""
    from importlib import resources
    from zoneinfo import ZoneInfo

    import argon2
    import icalendar
    import tzdata  # noqa: F401 - the zone files must be in the bundle, not only on Linux

    zone = resources.files("tzdata").joinpath("zoneinfo", "America", "New_York")
    if not zone.is_file():
        raise FileNotFoundError("tzdata has no zone files")
    calendar = icalendar.Calendar()
    event = icalendar.Event()
    event.add("summary", SAMPLE_TEXT)
    calendar.add_component(event)
    parsed = icalendar.Calendar.from_ical(calendar.to_ical())
    if str(parsed.walk("VEVENT")[0]["summary"]) != SAMPLE_TEXT:
        raise RuntimeError("icalendar did not read back its own event")
    hasher = argon2.PasswordHasher(time_cost=1, memory_cost=1024)
    if not hasher.verify(hasher.hash("1234"), "1234"):
        raise RuntimeError("argon2 did not verify its own hash")
    _check_xlsx(scratch)
    return f"time zone {ZoneInfo('America/New_York').key}"


def _check_xlsx(scratch: Path) -> None:
    import zipfile

    from civicdesk.exchange import sheets

    target = scratch / "check.xlsx"
    sheets.write(target, ["Name"], [[SAMPLE_TEXT]])
    with zipfile.ZipFile(target) as book:
        if SAMPLE_TEXT not in book.read("xl/worksheets/sheet1.xml").decode("utf-8"):
            raise RuntimeError("XlsxWriter did not write its cell")
def check_spreadsheets(scratch: Path) -> str:
    """python-calamine (its Rust extension) reads the XLSX/ODS files people import (#14);
    a CSV goes through the same reader, from a file in the scratch folder."""
    import python_calamine

    from civicdesk.exchange import tables

    sample = scratch / "people.csv"
    sample.write_text(f"First name;Notes\nAna;{SAMPLE_TEXT}\n", encoding="utf-8")
    if tables.read_table(sample).rows != [["Ana", SAMPLE_TEXT]]:
        raise RuntimeError("the CSV reader did not read back its sample")
    return f"python-calamine ({python_calamine.CalamineWorkbook.__name__})"


def check_child_environment(scratch: Path) -> str:
    """A program the app starts (a PDF viewer, xdg-open) must not get the bundle's libraries
    (scripts/pyinstaller/linux-hook.py gives it the library path the user had)."""
    inside = str(getattr(sys, "_MEIPASS", ""))
    library_path = os.environ.get("LD_LIBRARY_PATH", "")
    if inside and inside in library_path.split(os.pathsep):
        raise RuntimeError(f"LD_LIBRARY_PATH still points into the bundle: {library_path}")
    return "system library path"


def check_search_libraries(scratch: Path) -> str:
    """phonenumbers with its per-country metadata (loaded lazily, one module per country,
    which PyInstaller's analysis cannot follow), email-validator with idna for
    internationalised addresses, rapidfuzz's compiled matcher (not its slow pure-Python
    fallback) (#15)."""
    import email_validator
    from rapidfuzz.distance import JaroWinkler

    from civicdesk import phones
    from civicdesk.services import validation

    samples = {"US": ("(555) 232-4682", "+15552324682"), "GB": ("020 7946 0958", "+442079460958"),
               "DE": ("030 123456", "+4930123456"), "FR": ("01 23 45 67 89", "+33123456789")}
    region = phones.region()
    try:
        for code, (typed, e164) in samples.items():
            phones.set_region(code)
            if phones.e164(typed) != e164:
                raise RuntimeError(f"phonenumbers did not read {typed!r} in {code}")
    finally:
        phones.set_region(region)
    if not validation.is_email("zoë@exämple.org") or validation.is_email("john..doe@example.org"):
        raise RuntimeError("email-validator did not judge its samples")
    matcher = JaroWinkler.similarity.__module__
    if not matcher.endswith(("_cpp", "_cpp_avx2")):
        raise RuntimeError(f"rapidfuzz runs its pure-Python fallback ({matcher})")
    return (f"{len(samples)} countries' numbers, email-validator {email_validator.__version__}, "
            f"rapidfuzz {matcher.rpartition('.')[2]}")

