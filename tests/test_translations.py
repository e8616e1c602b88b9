"""Translations that can't rot (#16): every text people see is marked and in the .ts files,
under a context lupdate and the running app agree on; every shipped language is complete,
keeps each placeholder and mnemonic, and has its plural forms.

The .ts files are updated by `make translations` (scripts/translations.py) only; these
tests say so when they are behind the sources.
"""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402

SHIPPED = ("es", "fr")  # translated languages; English is the source (plurals only)
# What lupdate names a context when the code passes a variable or an object: never one of
# ours, and never found at run time.
ARTEFACTS = {"parent", "window", "None", "QDialog", "self", ""}
RUN_MAKE = "the .ts files are behind the sources: run `make translations`"

Key = tuple[str, str, str]  # context, source, comment


class Entry:
    """One message of a .ts file."""

    def __init__(self, context: str, message: ET.Element) -> None:
        self.context = context
        self.source = message.findtext("source") or ""
        self.comment = message.findtext("comment") or ""
        self.numerus = message.get("numerus") == "yes"
        translation = message.find("translation")
        self.state = translation.get("type", "") if translation is not None else "missing"
        self.forms = [f.text or "" for f in translation.iter("numerusform")] \
            if self.numerus and translation is not None else []
        self.text = (translation.text or "") if translation is not None else ""

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment

    def translations(self) -> list[str]:
        return self.forms if self.numerus else [self.text]

    def __repr__(self) -> str:
        return f"{self.context}: {self.source!r}"


def entries(path: Path) -> list[Entry]:
    root = ET.parse(path).getroot()
    return [Entry(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def ts_path(code: str) -> Path:
    return translations.TS_DIR / f"civicdesk_{code}.ts"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, list[Entry]]:
    """Every shipped .ts file updated from the sources now, as `make translations` would,
    in a copy (the committed files are not touched)."""
    folder = tmp_path_factory.mktemp("ts")
    copies = []
    for code in (*SHIPPED, "en"):
        copies.append(folder / ts_path(code).name)
        shutil.copy(ts_path(code), copies[-1])
    translations.update(copies, quiet=True)
    return {path.stem.removeprefix("civicdesk_"): entries(path) for path in copies}


def live(found: list[Entry]) -> set[Key]:
    return {e.key for e in found if e.state not in ("vanished", "obsolete")}


# --- the .ts files hold what the code shows ------------------------------------------------

@pytest.mark.parametrize("code", [*SHIPPED, "en"])
def test_the_ts_files_hold_every_text_of_the_code_and_forms(code, extracted):
    committed, current = live(entries(ts_path(code))), live(extracted[code])
    missing, gone = sorted(current - committed), sorted(committed - current)
    assert (missing, gone) == ([], []), f"{RUN_MAKE} ({len(missing)} new, {len(gone)} gone)"


def test_the_english_file_holds_only_plurals(extracted):
    assert extracted["en"] and all(e.numerus for e in extracted["en"])
    numerus = {e.key for e in extracted["es"] if e.numerus}
    assert {e.key for e in extracted["en"]} == numerus


def test_no_context_is_named_after_a_variable(extracted):
    contexts = {e.context for e in extracted["es"]}
    assert contexts & ARTEFACTS == set()
    known = _class_names() | _string_literals()
    assert sorted(contexts - known) == []


def _sources() -> list[Path]:
    return [Path(p) for p in translations.sources() if p.endswith(".py")]


def _trees():
    for path in _sources():
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _class_names() -> set[str]:
    found = {n.name for _, tree in _trees() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    for form in (ROOT / "ui").glob("*.ui"):  # Designer forms: their class is the context
        found.add(ET.parse(form).getroot().findtext("class") or "")
    return found


def _string_literals() -> set[str]:
    return {n.value for _, tree in _trees() for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _text(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
        else None


def marked_texts():
    """(where, context, text, plural) of every text the code marks with a literal context:
    QT_TRANSLATE_NOOP, QCoreApplication.translate / i18n.translate, Name.tr(...) (a class's
    tr: the context is its name), self.tr(...) in a class."""
    for path, tree in _trees():
        where = path.relative_to(ROOT)
        for cls in [None, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef))]:
            body = cls.body if cls else tree.body
            for node in (n for b in body for n in ast.walk(b)):
                if not isinstance(node, ast.Call) or not isinstance(node.func, (
                        ast.Attribute, ast.Name)):
                    continue
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                args = node.args
                if name in ("QT_TRANSLATE_NOOP", "translate") and len(args) >= 2 \
                        and _text(args[0]) is not None and _text(args[1]) is not None:
                    yield f"{where}:{node.lineno}", args[0].value, args[1].value, False
                elif name == "tr" and isinstance(node.func, ast.Attribute) and args \
                        and _text(args[0]) is not None:
                    owner = node.func.value
                    if isinstance(owner, ast.Name) and owner.id == "self":
                        if cls is None:
                            continue
                        context = cls.name  # lupdate: the class the call is written in
                    elif isinstance(owner, ast.Name):
                        context = owner.id
                    else:
                        continue
                    yield f"{where}:{node.lineno}", context, args[0].value, len(args) >= 3


def test_lupdate_sees_every_text_the_code_marks(extracted):
    """lupdate's Python parser misses some calls (a `_tr(text)` helper, a keyword argument,
    `translate(..., None, count)` as a plural): whatever it misses is never translated."""
    seen = {(e.context, e.source): e for e in extracted["es"]}
    problems = set()
    for where, context, text, plural in marked_texts():
        found = seen.get((context, text))
        if found is None:
            problems.add(f"{where}: {context}: {text!r} is not in the .ts files")
        elif plural and not found.numerus:
            problems.add(f"{where}: {context}: {text!r} is not read as a plural")
    assert sorted(problems) == []
    assert len(seen) > 1500  # the scan found the texts at all


def test_no_helper_hides_texts_from_lupdate():
    """A function that translates its parameter in a fixed context (`def _tr(text): return
    translate("X", text)`) hides every text passed to it from lupdate: use `X.tr(...)`."""
    helpers = []
    for path, tree in _trees():
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or not node.args.args:
                continue
            first = node.args.args[0].arg
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate" \
                        and len(call.args) >= 2 and _text(call.args[0]) is not None \
                        and isinstance(call.args[1], ast.Name) and call.args[1].id == first:
                    helpers.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert helpers == []


def test_every_heading_and_word_of_an_export_is_in_the_ts_files(extracted):
    from civicdesk.services import export_lists, requests

    seen = live(extracted["es"])
    pairs = [c.header for table in (export_lists.PEOPLE, export_lists.HOUSEHOLDS,
                                    export_lists.SHIFTS, export_lists.SIGNUPS,
                                    export_lists.REQUESTS, export_lists.AUDIT)
             for c in table.values()]
    for context, words in (("MemberTable", export_lists._MEMBER_STATUS),
                           ("ShiftFormat", export_lists._SIGNUP_STATUS),
                           ("ShiftFormat", export_lists._CALL),
                           ("Urgency", requests.URGENCY_LABELS),
                           ("RequestCategory", requests.CATEGORY_LABELS),
                           ("RequestStatus", requests.STATUS_LABELS)):
        pairs += [(context, text) for text in words.values() if text]
    pairs.append(("Export", export_lists._YES))
    assert sorted(p for p in pairs if (*p, "") not in seen) == []


# --- no text reaches people unmarked ------------------------------------------------------

TEXT_SETTERS = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
                "setLabelText", "setTitle", "showMessage", "setWhatsThis", "addTab",
                "setAccessibleName", "setInformativeText", "addAction", "addMenu", "addButton",
                "addItem", "information", "warning", "critical", "question", "about"}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton",
                "QToolButton", "QMenu", "QMessageBox"}
# Literals that are no words of any language (checked only when they hold letters at all),
# and the program's name, which its error lines start with like every Unix tool's.
ALLOWED = {"civicdesk: ", "civicdesk"}


def _is_logging(func) -> bool:
    """`log.warning("...")` is for the log file, not for the user."""
    return isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in ("log", "logging")


def _wordy(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and text not in ALLOWED


def _literal_texts(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if (name in TEXT_SETTERS or name in TEXT_WIDGETS) and not _is_logging(func):
            # an item's data (addItem(text, "current")) is no text
            for arg in node.args[:1] if name == "addItem" else node.args:
                if _text(arg) is not None and _wordy(arg.value):
                    yield node.lineno, arg.value


def test_gui_code_passes_no_untranslated_literals_to_widgets():
    offenders = []
    for path in (ROOT / "civicdesk" / "gui").rglob("*.py"):
        if "forms" in path.parts:
            continue
        for line, value in _literal_texts(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.relative_to(ROOT)}:{line}: {value!r}")
    assert offenders == []


def _printed_words(node: ast.Call):
    """The words a print() call writes itself: a literal, or an f-string's literal parts."""
    for arg in node.args:
        if _text(arg) is not None:
            yield arg.value
        elif isinstance(arg, ast.JoinedStr):
            yield from (v.value for v in arg.values if _text(v) is not None)


def test_the_command_line_prints_no_untranslated_words():
    offenders = []
    for path in [ROOT / "civicdesk" / "cli.py", *(ROOT / "civicdesk" / "commands").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "print":
                offenders += [f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}"
                              for text in _printed_words(node) if _wordy(text)]
    assert offenders == []


def test_every_argparse_help_is_translated():
    """help=, description= and title= of the command line are Cli.tr(...) (or built from
    one), never a bare literal."""
    offenders = []
    for path in [ROOT / "civicdesk" / "app.py", *(ROOT / "civicdesk" / "commands").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg in ("help", "description", "title"):
                value = node.value
                if _text(value) is not None or isinstance(value, (ast.JoinedStr, ast.BinOp)):
                    offenders.append(f"{path.relative_to(ROOT)}:{value.lineno}")
    assert offenders == []


# --- the shipped languages -------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%[1-9]")
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\S)")


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def has_mnemonic(text: str) -> bool:
    return bool(MNEMONIC.search(text.replace("&&", "")))


@pytest.mark.parametrize("code", SHIPPED)
def test_a_shipped_language_is_complete(code):
    """Every message finished and not empty, none vanished or obsolete. (Until the
    translators' work arrives this fails, naming how many are left.)"""
    found = entries(ts_path(code))
    left = [e for e in found if e.state in ("unfinished", "missing")
            or not all(e.translations()) or not e.translations()]
    stale = [e for e in found if e.state in ("vanished", "obsolete")]
    assert (len(left), stale[:5]) == (0, []), f"{code}: {len(left)} unfinished, e.g. {left[:5]}"


def test_the_english_plural_forms_are_written():
    found = entries(ts_path("en"))
    assert [e for e in found if e.state or len(e.forms) != 2 or not all(e.forms)] == []


@pytest.mark.parametrize("code", [*SHIPPED, "en"])
def test_translations_keep_every_placeholder_and_mnemonic(code):
    problems = []
    for entry in entries(ts_path(code)):
        for text in (t for t in entry.translations() if t and entry.state != "unfinished"):
            if placeholders(text) - Counter({"%n": 9, "%Ln": 9}) \
                    != placeholders(entry.source) - Counter({"%n": 9, "%Ln": 9}):
                problems.append(f"{entry}: {text!r} changes the placeholders")
            if entry.numerus and not ({"%n", "%Ln"} & set(placeholders(text))) \
                    and {"%n", "%Ln"} & set(placeholders(entry.source)) and code != "en":
                problems.append(f"{entry}: {text!r} drops the count")
            if has_mnemonic(entry.source) != has_mnemonic(text):
                problems.append(f"{entry}: {text!r} loses or adds the & of its shortcut key")
            if entry.context == "Cli" and text.count("%") > len(re.findall(r"%L?n", text)):
                problems.append(f"{entry}: {text!r}: argparse reads a % as a placeholder")
    assert problems == []


@pytest.mark.parametrize("code", [*SHIPPED, "en"])
def test_every_plural_message_has_its_two_forms(code):
    lacking = [e for e in entries(ts_path(code)) if e.numerus and e.state != "unfinished"
               and (len(e.forms) != 2 or not all(e.forms))]
    assert lacking == []


def test_the_placeholder_check_catches_what_it_should():
    assert placeholders("{name} has %n shifts, %1") == Counter({"{name}": 1, "%n": 1, "%1": 1})
    assert placeholders("{nombre} tiene") != placeholders("{name} has")
    assert has_mnemonic("&Archivo") and has_mnemonic("Es&pañol") and not has_mnemonic("A && B")


@pytest.mark.parametrize("code", SHIPPED)
def test_the_command_line_speaks_a_shipped_language(code, data_dir):
    """`civicdesk --lang es check` on an empty file, in that language (needs the
    translators' work, like the completeness test)."""
    from conftest import run_civicdesk

    db_path = data_dir / "empty.db"  # a file, on either back end's run
    db_path.write_bytes(b"")
    english = run_civicdesk("--lang", "en", "--db", str(db_path), "check")
    done = run_civicdesk("--lang", code, "--db", str(db_path), "check")
    assert english.returncode == done.returncode == 1
    assert english.stdout.splitlines()[1:] == ["1 problem:",
                                               "  - the file is empty: it holds no data"]
    same = set(english.stdout.splitlines()[1:]) & set(done.stdout.splitlines()[1:])
    assert same == set(), f"still English in {code}"


def test_make_translations_drops_what_the_code_no_longer_says(tmp_path, extracted):
    """scripts/translations.py (`make translations`) updates a .ts from the sources: a
    message the code no longer has is removed, not kept as obsolete."""
    ts = tmp_path / "civicdesk_fr.ts"
    text = ts_path("fr").read_text(encoding="utf-8")
    ts.write_text(text.replace("</TS>", """<context>
    <name>Cli</name>
    <message>
        <source>a text no code says any more</source>
        <translation>un texte que plus aucun code ne dit</translation>
    </message>
</context>
</TS>"""), encoding="utf-8")
    translations.update([ts], quiet=True)
    assert "a text no code says any more" not in ts.read_text(encoding="utf-8")
    assert live(entries(ts)) == live(extracted["fr"])  # what the code says now
