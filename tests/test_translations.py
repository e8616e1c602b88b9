"""Every user-visible string can be translated."""

import ast
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402

TEXT_SETTERS = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
                "setLabelText", "setTitle", "showMessage", "setWhatsThis", "addTab",
                "setAccessibleName", "information", "warning", "critical", "question"}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton",
                "QToolButton", "QMenu"}


def _is_logging(func) -> bool:
    """`log.warning("...")` is for the log file, not for the user."""
    return isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in ("log", "logging")


def _literal_texts(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if (name in TEXT_SETTERS or name in TEXT_WIDGETS) and not _is_logging(func):
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                        and any(ch.isalpha() for ch in arg.value):
                    yield node.lineno, arg.value


def test_gui_code_passes_no_untranslated_literals_to_widgets():
    offenders = []
    for path in (ROOT / "civicdesk" / "gui").rglob("*.py"):
        if "forms" in path.parts:
            continue
        for line, value in _literal_texts(ast.parse(path.read_text())):
            offenders.append(f"{path.relative_to(ROOT)}:{line}: {value!r}")
    assert offenders == []


def test_lupdate_finds_texts_in_qt_free_layers_and_in_the_gui(tmp_path):
    ts = tmp_path / "check.ts"
    subprocess.run([translations.tool("pyside6-lupdate"), *translations.sources(), "-ts",
                    str(ts)], check=True, capture_output=True)
    text = ts.read_text()
    for expected in ("is not an email address", "is a folder, not a database file",
                     "Give at least a first or a last name.", "Members",
                     "Something went wrong that CivicDesk did not expect.", "&amp;Quit"):
        assert expected in text, expected
    assert Path(translations.TS_DIR).is_dir()
