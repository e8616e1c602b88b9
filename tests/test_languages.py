"""Choosing the language: --lang, then this computer's saved choice, then the system's,
then English; the choice saved in a private JSON file the command line reads too."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest

from civicdesk import app, i18n, languages, paths

from conftest import run_civicdesk


def test_without_anything_it_is_english():
    assert languages.choose() == "en" == i18n.language()


def test_the_system_language_is_the_first_locale_variable_set(monkeypatch):
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    assert languages.system() == "fr"
    monkeypatch.setenv("LC_MESSAGES", "es_MX.UTF-8")
    assert languages.system() == "es"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")  # decides, and is not ours: English
    assert languages.system() is None
    assert languages.choose() == "en"
    monkeypatch.setenv("LC_ALL", "")  # an empty variable counts as not set
    assert languages.choose() == "es"


@pytest.mark.parametrize(("name", "code"), [
    ("es", "es"), ("es_ES", "es"), ("es-AR", "es"), ("fr_BE.ISO8859-1", "fr"),
    ("en_GB.UTF-8", "en"), ("sr_RS@latin", None), ("C", None), ("C.UTF-8", None),
    ("POSIX", None), ("", None)])
def test_locale_names_give_a_language_we_speak_or_none(name, code):
    assert languages.code_of(name) == code


def test_a_saved_choice_beats_the_system_and_lang_beats_both(monkeypatch):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert languages.choose() == "es"
    languages.save("fr")
    assert languages.saved() == "fr"
    assert languages.choose() == "fr"
    assert languages.choose("en") == "en"
    languages.save(None)  # back to the system's
    assert languages.saved() is None
    assert languages.choose() == "es"


def test_the_choice_is_a_private_json_file_in_the_users_settings_folder():
    languages.save("es")
    target = paths.this_computer_file()
    assert target.parent == paths.config_dir()
    assert json.loads(target.read_text(encoding="utf-8")) == {"language": "es"}
    assert not [p.name for p in target.parent.iterdir() if p != target]  # no partial left
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("content", ["{not json", '["es"]', '{"language": "de"}', ""])
def test_an_unreadable_or_odd_file_is_no_choice(content):
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    paths.this_computer_file().write_text(content, encoding="utf-8")
    assert languages.saved() is None
    languages.save("fr")  # and it is replaced by a good one
    assert languages.saved() == "fr"


def test_a_choice_that_cannot_be_written_says_where_and_why(tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(paths, "config_dir", lambda: blocker / "CivicDesk")
    with pytest.raises(languages.CannotSaveChoice) as caught:
        languages.save("es")
    assert str(blocker / "CivicDesk" / paths.THIS_COMPUTER_FILE) in str(caught.value)


def test_lang_is_read_before_the_parser_is_built(monkeypatch):
    assert app.language_given(["--lang", "fr", "check"]) == "fr"
    assert app.language_given(["check", "--lang=es"]) == "es"
    assert app.language_given(["find", "--lang"]) is None  # the parser says what is wrong
    assert app.language_given(["--lang", "de"]) is None


def test_lang_chooses_the_language_of_a_command(data_dir, capsys, monkeypatch):
    db_path = data_dir / "civicdesk.db"  # a file (on any run), not there
    languages.save("fr")
    assert app.main(["--lang", "es", "--db", str(db_path), "check"]) == 2  # no such file
    assert i18n.language() == "es"
    assert app.main(["--db", str(db_path), "check"]) == 2
    assert i18n.language() == "fr"  # the saved choice, without --lang


def test_a_language_we_do_not_speak_is_refused_by_the_parser():
    done = run_civicdesk("--lang", "de", "check")
    assert done.returncode == 2 and "--lang" in done.stderr and "'de'" in done.stderr


def test_the_help_offers_lang():
    done = run_civicdesk("--help")
    assert done.returncode == 0 and "--lang {en,es,fr}" in done.stdout


SPANISH_CLI = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Cli</name>
    <message>
        <source>database: {path}</source>
        <translation>base de datos: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problema:</numerusform>
            <numerusform>%n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty: it holds no data</source>
        <translation>el archivo está vacío: no contiene datos</translation>
    </message>
    <message>
        <source>check the database and print row counts</source>
        <translation>comprobar la base de datos y mostrar cuántas filas tiene</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>there is no database at {path}</source>
        <translation>no hay ninguna base de datos en {path}</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def spanish(tmp_path, monkeypatch):
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "civicdesk_es.ts").write_text(SPANISH_CLI, encoding="utf-8")
    shutil.copy(paths.resource_dir() / "translations" / "civicdesk_en.ts", folder)
    monkeypatch.setattr(paths, "resource_dir", lambda: tmp_path / "resources")


def test_a_command_prints_its_words_errors_and_help_in_the_language(spanish, data_dir, capsys):
    db_path = data_dir / "civicdesk.db"
    db_path.write_bytes(b"")  # an empty file: one problem
    assert app.main(["--lang", "es", "--db", str(db_path), "check"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"base de datos: {db_path}", "1 problema:", "  - el archivo está vacío: no contiene datos"]
    missing = db_path.with_name("nothing.db")
    assert app.main(["--lang", "es", "--db", str(missing), "check"]) == 2
    assert capsys.readouterr().err == f"civicdesk: no hay ninguna base de datos en {missing}\n"
    with pytest.raises(SystemExit):
        app.main(["--lang", "es", "--help"])
    assert "comprobar la base de datos y mostrar cuántas filas tiene" in capsys.readouterr().out
    assert app.main(["--lang", "en", "--db", str(db_path), "check"]) == 1
    assert "1 problem:" in capsys.readouterr().out.splitlines()
