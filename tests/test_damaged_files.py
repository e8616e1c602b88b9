"""Damaged files: `civicdesk check` and opening the window never show a traceback.

One small demo file is built per module and closed cleanly; each variant below damages a copy
of its bytes in one way (the header's fields, the schema page, table and index pages,
truncation, zeroed pages, garbage appended, an orphan or broken -wal, a garbage -shm, random
bytes). For each, `check` exits 0 with "ok", 1 with a list of problems or 2 with one line,
and the window's open path either opens the file or shows one clear message. The verdict
of SQLite itself, asked on a copy of the damaged files before CivicDesk sees them, is the
judge: `check` says "ok" only when SQLite does, and a file SQLite's check passes is never
called damaged (issue 12)."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from civicdesk import app
from civicdesk.data import database, errors, migrations, models
from civicdesk.demo import generate
from civicdesk.errors import UserError
from civicdesk.services import people
from civicdesk.services.actors import Actor

from conftest import make_template

pytestmark = pytest.mark.sqlite_only("damaged SQLite files, byte by byte")

PEOPLE = 300
TESS = Actor("Tess Tester")


# The demo file and what the damage needs to know about it ---------------------------------

@dataclass(frozen=True)
class Demo:
    data: bytes  # the closed file: the whole database, no -wal
    page_size: int
    pages: int
    roots: dict[str, int]  # table or index name -> root page
    own_wal: bytes  # a -wal of this file holding one more person, not checkpointed
    other_wal: bytes  # a -wal of another CivicDesk file (3 people)
    foreign_wal: bytes  # a -wal of some other SQLite file, with 1024-byte pages

    def offset(self, page: int) -> int:
        """Where *page* (1-based) starts in the file."""
        return (page - 1) * self.page_size

    def header(self, page: int) -> int:
        """Where the b-tree page header of *page* starts (after the file header on page 1)."""
        return self.offset(page) + (100 if page == 1 else 0)

    def leaf(self, name: str) -> int:
        """The right-most leaf page of the b-tree *name*."""
        page = self.roots[name]
        while self.data[self.header(page)] in (0x02, 0x05):  # interior index / table page
            start = self.header(page) + 8
            page = int.from_bytes(self.data[start:start + 4], "big")
        return page

    def cells(self, page: int) -> tuple[int, int]:
        """The cell content area of *page*: (start, end) offsets in the file."""
        start = self.header(page) + 5
        content = int.from_bytes(self.data[start:start + 2], "big") or 65536
        return self.offset(page) + content, self.offset(page + 1)


def _wal_of(template: Path, folder: Path, names: list[str]) -> bytes:
    """The -wal a copy of *template* has after *names* were added and before any
    checkpoint, as a kill would leave it."""
    folder.mkdir()
    path = folder / "civicdesk.db"
    shutil.copyfile(template, path)
    bound = models.database.obj
    db = database.open_database(path)
    try:
        db.execute_sql("PRAGMA wal_autocheckpoint = 0")
        for name in names:
            people.create_person(TESS, {"first_name": name, "notes": "a note " * 20})
        return Path(f"{path}-wal").read_bytes()
    finally:
        database.close_database(db)
        models.database.initialize(bound)


def _foreign_wal(folder: Path) -> bytes:
    folder.mkdir()
    conn = sqlite3.connect(folder / "other.sqlite")
    try:
        conn.execute("PRAGMA page_size = 1024")
        conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("CREATE TABLE shopping (item TEXT)")
        conn.executemany("INSERT INTO shopping VALUES (?)", [(f"item {i}",) for i in range(200)])
        conn.commit()
        return (folder / "other.sqlite-wal").read_bytes()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory, schema_template) -> Demo:
    folder = tmp_path_factory.mktemp("damage-demo")
    template, _ = make_template(
        folder, lambda: generate.generate(PEOPLE, seed=7, today=date(2026, 3, 2)))
    conn = sqlite3.connect(f"{template.resolve().as_uri()}?immutable=1", uri=True)
    try:
        roots = dict(conn.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0").fetchall())
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    data = template.read_bytes()
    assert len(data) == page_size * pages and pages > 100
    return Demo(data, page_size, pages, roots,
                own_wal=_wal_of(template, folder / "own", ["After the close"]),
                other_wal=_wal_of(schema_template, folder / "other", ["Ann", "Bo", "Cy"]),
                foreign_wal=_foreign_wal(folder / "foreign"))


# The damage ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Damage:
    name: str
    make: Callable[[bytearray, Demo], bytes | None]  # edits the file; returns a -wal or None
    shm: bytes | None = None  # a -shm to put beside it

    def __str__(self) -> str:
        return self.name


def put(offset: int, value: bytes | Callable[[Demo], bytes]):
    def make(data: bytearray, demo: Demo) -> None:
        found = value(demo) if callable(value) else value
        data[offset:offset + len(found)] = found
    return make


def number(offset: int, value: int | Callable[[Demo], int], size: int = 4):
    return put(offset, lambda demo: (value(demo) if callable(value) else value).to_bytes(
        size, "big", signed=False))


def header_plus(offset: int, delta: int):
    """Add *delta* to the 4-byte header field at *offset*."""
    return number(offset, lambda demo: (int.from_bytes(
        demo.data[offset:offset + 4], "big") + delta) % 2 ** 32)


def on_page(where: Callable[[Demo], int], change: Callable[[bytearray, Demo, int], None]):
    def make(data: bytearray, demo: Demo) -> None:
        change(data, demo, where(demo))
    return make


def zero_page(data: bytearray, demo: Demo, page: int) -> None:
    start = demo.offset(page)
    data[start:start + demo.page_size] = bytes(demo.page_size)


def flip_cells(data: bytearray, demo: Demo, page: int) -> None:
    """Invert 48 bytes in the middle of the page's cells (the rows or keys themselves)."""
    start, end = demo.cells(page)
    middle = (start + end) // 2
    for i in range(middle, min(middle + 48, end)):
        data[i] ^= 0xFF


def page_type(kind: int):
    def change(data: bytearray, demo: Demo, page: int) -> None:
        data[demo.header(page)] = kind
    return change


def cell_pointers(data: bytearray, demo: Demo, page: int) -> None:
    """Point the page's first cells past its end."""
    start = demo.header(page) + (12 if data[demo.header(page)] in (0x02, 0x05) else 8)
    data[start:start + 8] = b"\xff\xf0" * 4


def root(name: str) -> Callable[[Demo], int]:
    return lambda demo: demo.roots[name]


def leaf(name: str) -> Callable[[Demo], int]:
    return lambda demo: demo.leaf(name)


def flip_in_sql(anchor: bytes, at: int, value: int = 0xFF):
    """Replace the byte *at* bytes after *anchor* (in sqlite_master's SQL text) by *value*."""
    def make(data: bytearray, demo: Demo) -> None:
        found = data.find(anchor)
        assert found > 0, anchor
        data[found + at] = value
    return make


def replace_in_sql(old: bytes, new: bytes):
    def make(data: bytearray, demo: Demo) -> None:
        assert len(old) == len(new) and data.count(old) >= 1, old
        found = data.find(old)
        data[found:found + len(old)] = new
    return make


def truncate(size: Callable[[Demo], int]):
    def make(data: bytearray, demo: Demo) -> None:
        del data[size(demo):]
    return make


def zero_pages(first: Callable[[Demo], int], last: Callable[[Demo], int]):
    def make(data: bytearray, demo: Demo) -> None:
        start, end = demo.offset(first(demo)), demo.offset(last(demo) + 1)
        data[start:end] = bytes(end - start)
    return make


def append(size: Callable[[Demo], int], seed: int):
    def make(data: bytearray, demo: Demo) -> None:
        data += random.Random(seed).randbytes(size(demo))
    return make


def random_blocks(seed: int, blocks: int, longest: int):
    """*blocks* runs of random bytes (1 to *longest* long) anywhere after the file header."""
    def make(data: bytearray, demo: Demo) -> None:
        rng = random.Random(seed)
        for _ in range(blocks):
            size = rng.randint(1, longest)
            start = rng.randrange(100, len(data) - size)
            data[start:start + size] = rng.randbytes(size)
    return make


def both(*makes):
    def make(data: bytearray, demo: Demo):
        wals = [made(data, demo) for made in makes]
        return next((wal for wal in wals if wal is not None), None)
    return make


def wal(value: Callable[[Demo], bytes]):
    def make(data: bytearray, demo: Demo) -> bytes:
        return value(demo)
    return make


def own_wal_with(offset: int, value: Callable[[bytes], bytes]):
    """The file's own -wal with the bytes at *offset* replaced by value(old bytes)."""
    def changed(demo: Demo) -> bytes:
        found = bytearray(demo.own_wal)
        old = bytes(found[offset:offset + 4])
        found[offset:offset + 4] = value(old)
        return bytes(found)
    return wal(changed)


def inverted(old: bytes) -> bytes:
    return bytes(b ^ 0xFF for b in old)


WAL_FRAME_DATA = 32 + 24  # the WAL header, then the first frame's header, then its page
PERSON_SQL = b'CREATE TABLE "person" ('
TRIGGER_SQL = b"CREATE TRIGGER audit_entry_append_only_update"

DAMAGES = [
    Damage("intact", lambda data, demo: None),
    # The 100-byte file header, field by field
    Damage("header-magic-changed", put(0, b"SQLite format 4\x00")),
    Damage("header-magic-zeroed", put(0, bytes(16))),
    Damage("header-page-size-invalid", number(16, 0x0300, 2)),
    Damage("header-page-size-8192", number(16, 8192, 2)),
    Damage("header-page-size-512", number(16, 512, 2)),
    Damage("header-page-size-65536", number(16, 1, 2)),
    Damage("header-write-version-legacy", put(18, b"\x01")),
    Damage("header-write-version-unknown", put(18, b"\x03")),
    Damage("header-read-version-unknown", put(19, b"\x03")),
    Damage("header-reserved-space", put(20, b"\x20")),
    Damage("header-payload-fractions", put(21, b"\x20\x40\x40")),
    Damage("header-leaf-payload-fraction", put(23, b"\x21")),
    Damage("header-change-counter", header_plus(24, 1)),
    Damage("header-page-count-bigger", header_plus(28, 10)),
    Damage("header-page-count-smaller", header_plus(28, -10)),
    Damage("header-page-count-zero", number(28, 0)),
    Damage("header-freelist-trunk-past-end", both(number(32, lambda d: d.pages + 5),
                                                  number(36, 1))),
    Damage("header-freelist-trunk-is-a-table", both(number(32, root("person")),
                                                    number(36, 1))),
    Damage("header-freelist-count", number(36, 7)),
    Damage("header-schema-cookie", header_plus(40, 1)),
    Damage("header-schema-format-5", number(44, 5)),
    Damage("header-schema-format-1", number(44, 1)),
    Damage("header-cache-size", number(48, 0xFFFFFFFF)),
    Damage("header-autovacuum-root", number(52, 5)),
    Damage("header-text-utf16le", number(56, 2)),
    Damage("header-text-utf16be", number(56, 3)),
    Damage("header-text-invalid", number(56, 7)),
    Damage("header-user-version-zero", number(60, 0)),
    Damage("header-user-version-older", number(60, migrations.SCHEMA_VERSION - 1)),
    Damage("header-user-version-newer", number(60, migrations.SCHEMA_VERSION + 1)),
    Damage("header-user-version-negative", number(60, 0xFFFFFFFF)),
    Damage("header-incremental-vacuum", number(64, 1)),
    Damage("header-application-id", number(68, 0x12345678)),
    Damage("header-reserved-for-expansion", put(72, b"\xff" * 20)),
    Damage("header-version-valid-for", header_plus(92, 1)),
    Damage("header-sqlite-version", number(96, 0)),
    # The schema: page 1 after the header, and sqlite_master's SQL text
    Damage("schema-page-random", put(100, lambda d: random.Random(1).randbytes(d.page_size - 100))),
    Damage("schema-page-zeroed", put(100, lambda d: bytes(d.page_size - 100))),
    Damage("schema-page-type", put(100, b"\x07")),
    Damage("schema-page-cells-flipped", on_page(lambda d: 1, flip_cells)),
    Damage("schema-sql-table-not-utf8", flip_in_sql(PERSON_SQL, len(PERSON_SQL) + 3)),
    Damage("schema-sql-trigger-not-utf8", flip_in_sql(TRIGGER_SQL, 80)),
    Damage("schema-sql-trigger-text-not-utf8", flip_in_sql(b"RAISE(ABORT, 'audit_entry", 20)),
    Damage("schema-sql-keyword", replace_in_sql(PERSON_SQL, b'CREATE TABLF "person" (')),
    Damage("schema-sql-column-renamed", replace_in_sql(b'"first_name" VARCHAR',
                                                       b'"first_nbme" VARCHAR')),
    Damage("schema-sql-trigger-changed", replace_in_sql(b"its rows cannot be changed",
                                                        b"its rows CANNOT be changed")),
    # Table and index b-tree pages, found by their root page
    Damage("table-person-root-zeroed", on_page(root("person"), zero_page)),
    Damage("table-person-root-type", on_page(root("person"), page_type(0x07))),
    Damage("table-person-leaf-zeroed", on_page(leaf("person"), zero_page)),
    Damage("table-person-leaf-cells-flipped", on_page(leaf("person"), flip_cells)),
    Damage("table-person-leaf-as-index", on_page(leaf("person"), page_type(0x0A))),
    Damage("table-person-leaf-cell-pointers", on_page(leaf("person"), cell_pointers)),
    Damage("table-audit-entry-leaf-cells-flipped", on_page(leaf("audit_entry"), flip_cells)),
    Damage("table-setting-zeroed", on_page(root("setting"), zero_page)),
    Damage("table-search-data-zeroed", on_page(root("person_search_data"), zero_page)),
    Damage("table-search-content-cells-flipped",
           on_page(leaf("person_search_content"), flip_cells)),
    Damage("index-person-sort-name-zeroed", on_page(root("person_sort_name"), zero_page)),
    Damage("index-person-sort-name-cells-flipped",
           on_page(leaf("person_sort_name"), flip_cells)),
    Damage("index-person-sort-name-as-table", on_page(leaf("person_sort_name"),
                                                      page_type(0x0D))),
    Damage("index-request-status-zeroed", on_page(root("support_request_status"), zero_page)),
    Damage("index-setting-key-type", on_page(root("sqlite_autoindex_setting_1"),
                                             page_type(0x07))),
    # Cut off
    Damage("truncated-to-0-bytes", truncate(lambda d: 0)),
    Damage("truncated-to-50-bytes", truncate(lambda d: 50)),
    Damage("truncated-to-100-bytes", truncate(lambda d: 100)),
    Damage("truncated-to-one-page", truncate(lambda d: d.page_size)),
    Damage("truncated-mid-page", truncate(lambda d: d.offset(d.pages // 2) + 1234)),
    Damage("truncated-last-page", truncate(lambda d: d.offset(d.pages))),
    Damage("truncated-last-10-pages", truncate(lambda d: d.offset(d.pages - 9))),
    Damage("truncated-size-not-in-header", both(header_plus(92, 1),
                                                truncate(lambda d: d.offset(d.pages - 9)))),
    # Zeroed pages, garbage at the end
    Damage("zeroed-pages-2-to-10", zero_pages(lambda d: 2, lambda d: 10)),
    Damage("zeroed-middle-pages", zero_pages(lambda d: d.pages // 2, lambda d: d.pages // 2 + 9)),
    Damage("zeroed-last-20-pages", zero_pages(lambda d: d.pages - 19, lambda d: d.pages)),
    Damage("zeroed-whole-file", zero_pages(lambda d: 1, lambda d: d.pages)),
    Damage("appended-1000-bytes", append(lambda d: 1000, seed=1)),
    Damage("appended-3-pages", append(lambda d: 3 * d.page_size, seed=2)),
    # An orphan or broken -wal, a garbage -shm
    Damage("wal-own-intact", wal(lambda d: d.own_wal)),
    Damage("wal-from-another-civicdesk-file", wal(lambda d: d.other_wal)),
    Damage("wal-from-a-foreign-file", wal(lambda d: d.foreign_wal)),
    Damage("wal-garbage", wal(lambda d: random.Random(3).randbytes(50_000))),
    Damage("wal-header-only", wal(lambda d: d.own_wal[:32])),
    Damage("wal-truncated-mid-frame", wal(lambda d: d.own_wal[:len(d.own_wal) - 100])),
    Damage("wal-bad-salt", own_wal_with(16, inverted)),
    Damage("wal-bad-header-checksum", own_wal_with(24, inverted)),
    Damage("wal-bad-frame-checksum", own_wal_with(WAL_FRAME_DATA + 100, inverted)),
    Damage("wal-own-with-main-cut-off", both(wal(lambda d: d.own_wal),
                                             truncate(lambda d: d.offset(d.pages - 9)))),
    Damage("wal-garbage-with-main-cut-off", both(
        wal(lambda d: random.Random(4).randbytes(50_000)),
        truncate(lambda d: d.offset(d.pages - 9)))),
    Damage("shm-garbage", lambda data, demo: None, shm=random.Random(5).randbytes(32768)),
    Damage("shm-garbage-with-own-wal", wal(lambda d: d.own_wal),
           shm=random.Random(6).randbytes(32768)),
    # Random bytes, from fixed seeds
    *[Damage(f"random-blocks-seed-{seed}", random_blocks(seed, blocks=4, longest=512))
      for seed in range(1, 7)],
    *[Damage(f"random-bytes-seed-{seed}", random_blocks(seed, blocks=30, longest=1))
      for seed in range(7, 13)],
]


# Putting a variant on disk, and SQLite's own verdict on it ----------------------------------

def damaged_copy(damage: Damage, demo: Demo, folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / "civicdesk.db"
    data = bytearray(demo.data)
    wal_bytes = damage.make(data, demo)
    path.write_bytes(bytes(data))
    if wal_bytes is not None:
        Path(f"{path}-wal").write_bytes(wal_bytes)
    if damage.shm is not None:
        Path(f"{path}-shm").write_bytes(damage.shm)
    return path


@dataclass(frozen=True)
class Verdict:
    ok: bool
    said: str


def sqlite_verdict(path: Path, folder: Path) -> Verdict:
    """What SQLite alone says about *path* and its -wal, asked on a copy of them: its
    integrity check, and whether the schema reads."""
    folder.mkdir()
    copy = folder / path.name
    for suffix in ("", "-wal"):
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
    try:
        conn = sqlite3.connect(copy)
        conn.text_factory = bytes
        try:
            lines = [line for (line,) in conn.execute("PRAGMA integrity_check")]
            conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master") \
                .fetchall()
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # the latter: its message is not UTF-8
        return Verdict(False, f"{type(exc).__name__}: {exc}")
    return Verdict(lines == [b"ok"], "; ".join(line.decode("utf-8", "replace")
                                               for line in lines))


@pytest.fixture(scope="module")
def verdicts() -> dict[str, Verdict]:
    return {}


@pytest.fixture
def variant(request, demo, verdicts, tmp_path, data_dir) -> tuple[Path, Verdict]:
    damage = request.param
    path = damaged_copy(damage, demo, tmp_path / "variant")
    if damage.name not in verdicts:  # the same bytes for the check and the window
        verdicts[damage.name] = sqlite_verdict(path, tmp_path / "judged")
    return path, verdicts[damage.name]


def test_there_are_at_least_40_kinds_of_damage_each_named_once():
    names = [damage.name for damage in DAMAGES]
    assert len(names) >= 40 and len(set(names)) == len(names)


# `civicdesk check` -------------------------------------------------------------------------

@pytest.mark.parametrize("variant", DAMAGES, ids=str, indirect=True)
def test_check_reports_a_damaged_file_without_a_traceback(variant, capsys):
    path, sqlite_said = variant
    code = app.main(["--db", str(path), "check"])  # an exception escaping fails the test
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 1, 2), (code, out, err)
    if code == 0:
        assert sqlite_said.ok, f"check said ok, SQLite said: {sqlite_said.said}\n{out}"
        assert out.rstrip().endswith("\nok") and not err
    elif code == 1:
        said = re.search(r"^\d+ problems?:$", out, re.MULTILINE)  # "1 problem:", "2 problems:"
        assert said and "\n  - " in out[said.end():], out
    else:
        assert not out and err.endswith("\n") and err.count("\n") == 1, err
        assert err.startswith("civicdesk: ") and len(err.strip()) > len("civicdesk: ") + 10
    if sqlite_said.ok:  # "A file that integrity_check passes is never called damaged"
        said = (out + err).replace(str(path), "FILE")  # the folder's name may say "damaged"
        assert "damaged" not in said.lower(), said
        assert "sqlite:" not in out


def test_check_says_ok_about_the_intact_file_and_its_own_wal(demo, tmp_path, data_dir, capsys):
    """The control: an undamaged file, and one with the -wal a crash left, are ok."""
    for damage in (DAMAGES[0], next(d for d in DAMAGES if d.name == "wal-own-intact")):
        path = damaged_copy(damage, demo, tmp_path / damage.name)
        assert app.main(["--db", str(path), "check"]) == 0
        out = capsys.readouterr().out
        people_line = next(line for line in out.splitlines() if line.split()[0] == "person")
        assert int(people_line.split()[1]) == PEOPLE + (damage.name == "wal-own-intact")


LISTED = {  # a variant that opens, and one of the problems in its list
    # which pages depends on the demo file's layout (wider rows, other pages)
    "header-reserved-space": re.compile(r"sqlite: Page \d+: free space corruption"),
    "header-freelist-count": "sqlite: Main freelist: size is 0 but should be 7",
    "table-person-root-zeroed": "search index: could not be checked (database disk image is "
                                "malformed)",
    # which table the zeroed pages hold depends on the layout: one named, or SQLite's word
    "zeroed-middle-pages": re.compile(r"(sqlite: |\w+: could not be checked \()database "
                                      r"disk image is malformed\)?"),
    "schema-sql-column-renamed": "schema: the table person has no column first_name",
    "schema-sql-trigger-text-not-utf8": "append-only: the trigger "
                                        "audit_entry_append_only_delete is missing or was "
                                        "changed, so rows of audit_entry can be changed or "
                                        "deleted",
}


@pytest.mark.parametrize("name", LISTED)
def test_check_lists_what_it_found_in_a_file_it_could_open(name, demo, tmp_path, data_dir,
                                                           capsys):
    """Every part of the check is asked even when another could not read the file: the
    list says what SQLite found, one problem a line, not only the first error."""
    damage = next(d for d in DAMAGES if d.name == name)
    path = damaged_copy(damage, demo, tmp_path / "variant")
    assert app.main(["--db", str(path), "check"]) == 1
    out = capsys.readouterr().out
    problems = out[re.search(r"^\d+ problems?:$", out, re.MULTILINE).end():].splitlines()[1:]
    wanted = LISTED[name]
    if isinstance(wanted, re.Pattern):
        assert any(wanted.fullmatch(line[4:]) for line in problems), out
    else:
        assert f"  - {wanted}" in problems, out
    assert all(line.startswith("  - ") for line in problems) and "***" not in out


# Opening for the window ------------------------------------------------------------------

@pytest.mark.parametrize("variant", DAMAGES, ids=str, indirect=True)
def test_opening_for_the_window_opens_or_says_why_in_one_message(variant, monkeypatch):
    from civicdesk.gui import application, text  # only this test needs Qt (no QApplication)

    path, sqlite_said = variant
    shown = []
    monkeypatch.setattr(application, "tell_cannot_open", shown.append)
    monkeypatch.setattr(application, "offer_restore", lambda exc: shown.append(exc) or False)
    opened = application.open_for_window(path)  # an exception escaping fails the test
    if opened is not None:
        try:
            assert not shown and models.database.obj is opened
        finally:
            database.close_database(opened)
        return
    assert len(shown) == 1, shown
    (exc,) = shown
    assert isinstance(exc, UserError), repr(exc)
    message = text.error(exc)
    assert message and "Traceback" not in message and "\n" not in message
    assert len(message.split()) > 5 and message.rstrip().endswith("."), message
    assert str(path) in message or str(path.parent) in message, message
    if sqlite_said.ok:
        assert not isinstance(exc, errors.DatabaseDamaged), message
        assert "damaged" not in message.replace(str(path), "FILE").lower(), message
