"""The catalogue outside Qt (civicdesk.i18n): the shipped .ts read with ElementTree, the
English where a translation is unfinished, Qt's plural forms, Messages in the language."""

from __future__ import annotations

import pytest

from civicdesk import i18n, paths
from civicdesk.errors import UserError
from civicdesk.i18n import Message

from conftest import ROOT

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{code}">
<context>
    <name>Cli</name>
    <message>
        <source>nobody found</source>
        <translation>{nobody}</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished">sin entradas</translation>
    </message>
    <message>
        <source>no imports yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a door</comment>
        <translation>{door}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>{one}</numerusform>
            <numerusform>{many}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln {row}</numerusform>
            <numerusform>%Ln {rows}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>there is no database at {{path}}</source>
        <translation>{no_db}</translation>
    </message>
    <message>
        <source>cannot open {{path}}: {{reason}}</source>
        <translation>{no_open}</translation>
    </message>
    <message>
        <source>no file name can hold one of its characters</source>
        <translation>{no_name}</translation>
    </message>
</context>
</TS>
"""
ENGLISH_PLURALS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
</context>
</TS>
"""
SPANISH = dict(code="es", nobody="no se encontró a nadie", door="Abrir", one="%n problema:",
               many="%n problemas:", row="fila", rows="filas",
               no_db="no hay ninguna base de datos en {path}",
               no_open="no se puede abrir {path}: {reason}",
               no_name="ningún nombre de archivo puede llevar uno de sus caracteres")
FRENCH = dict(code="fr", nobody="personne n’a été trouvé", door="Ouvrir", one="%n problème :",
              many="%n problèmes :", row="ligne", rows="lignes",
              no_db="il n’y a pas de base de données à {path}",
              no_open="impossible d’ouvrir {path} : {reason}",
              no_name="{oops} aucun nom de fichier")  # a broken placeholder


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    """resources/translations with Spanish and French .ts files (and the English plurals)."""
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "civicdesk_es.ts").write_text(TS.format(**SPANISH), encoding="utf-8")
    (folder / "civicdesk_fr.ts").write_text(TS.format(**FRENCH), encoding="utf-8")
    (folder / "civicdesk_en.ts").write_text(ENGLISH_PLURALS, encoding="utf-8")
    monkeypatch.setattr(paths, "resource_dir", lambda: tmp_path / "resources")
    return folder


def test_a_finished_translation_is_shown_in_the_chosen_language(shipped):
    assert i18n.translate("Cli", "nobody found") == "nobody found"  # English to start with
    i18n.set_language("es")
    assert i18n.language() == "es"
    assert i18n.translate("Cli", "nobody found") == "no se encontró a nadie"
    assert i18n.translate("Cli", "Open", "a door") == "Abrir"
    assert i18n.translate("Cli", "Open") == "Open"  # another message: no comment
    i18n.set_language("fr")
    assert i18n.translate("Cli", "nobody found") == "personne n’a été trouvé"


def test_unfinished_empty_and_unknown_messages_fall_back_to_the_english(shipped):
    i18n.set_language("es")
    assert i18n.translate("Cli", "no entries") == "no entries"  # unfinished
    assert i18n.translate("Cli", "no imports yet") == "no imports yet"  # empty
    assert i18n.translate("Cli", "something new") == "something new"
    assert i18n.translate("Errors", "nobody found") == "nobody found"  # another context


def test_plural_forms_follow_each_languages_rule(shipped):
    said = {code: [] for code in ("en", "es", "fr")}
    for code in said:
        i18n.set_language(code)
        said[code] = [i18n.translate("Cli", "%n problem(s):", n=n) for n in (0, 1, 2)]
    assert said["en"] == ["0 problems:", "1 problem:", "2 problems:"]
    assert said["es"] == ["0 problemas:", "1 problema:", "2 problemas:"]
    assert said["fr"] == ["0 problème :", "1 problème :", "2 problèmes :"]  # 0 is singular


def test_a_large_count_is_grouped_as_the_language_writes_it(shipped):
    shown = {}
    for code in ("en", "es", "fr"):
        i18n.set_language(code)
        shown[code] = [i18n.translate("Cli", "%Ln row(s)", None, n) for n in (1, 1234, 12345)]
    assert shown["en"] == ["1 row(s)", "1,234 row(s)", "12,345 row(s)"]  # no English forms
    assert shown["es"] == ["1 fila", "1234 filas", "12.345 filas"]
    assert shown["fr"] == ["1 ligne", "1\u202f234 lignes", "12\u202f345 lignes"]


def test_a_missing_or_broken_file_is_no_catalogue(shipped):
    (shipped / "civicdesk_fr.ts").write_text("<TS><context>", encoding="utf-8")
    assert i18n.read_ts(shipped / "civicdesk_fr.ts") == {}
    assert i18n.read_ts(shipped / "civicdesk_xx.ts") == {}


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="de"):
        i18n.set_language("de")
    assert i18n.language() == "en"


def test_a_message_and_a_user_error_speak_the_language_and_log_in_english(shipped):
    error = UserError("there is no database at {path}", path="/tmp/x.db")
    i18n.set_language("es")
    assert str(error.message) == "no hay ninguna base de datos en /tmp/x.db"
    assert str(error) == "there is no database at /tmp/x.db"  # the exception, for logs
    nested = Message("Errors", "cannot open {path}: {reason}", {
        "path": "a\x00b", "reason": Message("Errors", "no file name can hold one of its "
                                                      "characters")})
    assert str(nested) == ("no se puede abrir a\x00b: ningún nombre de archivo puede llevar "
                           "uno de sus caracteres")
    assert nested.english() == "cannot open a\x00b: no file name can hold one of its characters"
    i18n.set_language("fr")  # its translation of the reason drops {oops}: the English then
    assert str(nested) == ("impossible d’ouvrir a\x00b : no file name can hold one of its "
                           "characters")


def test_the_shipped_english_file_gives_the_english_plurals():
    assert (ROOT / "resources" / "translations" / "civicdesk_en.ts").is_file()
    assert i18n.translate("Cli", "%n problem(s):", None, 1) == "1 problem:"
    assert i18n.translate("Cli", "%n problem(s):", None, 3) == "3 problems:"
    assert i18n.translate("Cli", "%Ln people", None, 1234) == "1,234 people"


def test_the_words_filled_into_a_message_speak_its_language_too():
    """"The person you asked for..." and "(read as day/month/year)": the word that fills the
    sentence is translated with it, not left in English inside a Spanish sentence."""
    from civicdesk.exchange import mapping
    from civicdesk.services.errors import NotFound

    with pytest.raises(mapping.CellProblem) as caught:
        mapping.parse_date("31/02/2026", "dmy")
    bad_date = i18n.Message("Import", caught.value.reason, caught.value.params)
    missing = NotFound(what="support_request", row_id=7)
    i18n.set_language("es")
    assert "solicitud de ayuda" in str(missing.message)
    assert "día/mes/año" in str(bad_date)
    i18n.set_language("fr")
    assert "demande d’aide" in str(missing.message).replace("'", "’")
    assert "jour/mois/année" in str(bad_date)
    assert "support request" in str(missing)  # the log keeps the English
