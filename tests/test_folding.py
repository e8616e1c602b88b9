"""Accent folding covers every Latin letter, checked against Unicode's own names (#15)."""

import re
import unicodedata

import pytest

from civicdesk.data import search
from civicdesk.data.fields import fold
from civicdesk.services import people

# What a reader types for the letters whose name is not "LETTER <base> WITH ...".
NAMED = {"ETH": "d", "THORN": "th", "SCHWA": "e", "ENG": "n", "KRA": "k", "EZH": "z",
         "EZH REVERSED": "z", "YOGH": "gh", "WYNN": "w", "HWAIR": "hv", "SHARP S": "ss",
         "GAMMA": "g", "IOTA": "i", "UPSILON": "u", "ESH": "sh", "REVERSED ESH LOOP": "sh",
         "OPEN O": "o", "OPEN E": "e", "TURNED E": "e", "REVERSED E": "e", "TURNED M": "m",
         "TURNED V": "v", "AFRICAN D": "d", "SMALL Q": "q", "YR": "r", "LAMBDA": "l",
         "TURNED DELTA": "d", "DOTLESS I": "i", "DOTLESS J": "j", "DB DIGRAPH": "db",
         "QP DIGRAPH": "qp", "LONG S": "s"}
# Letters with no reading in the Latin alphabet: folding keeps them (in lower case).
NO_READING = re.compile(r"TONE|CLICK|GLOTTAL STOP|TWO WITH STROKE")
_NAME = re.compile(r"^LATIN (?:CAPITAL |SMALL )?(?:LETTER|LIGATURE) (.+?)"
                   r"(?: WITH .*| PRECEDED BY .*| BAR)?$")


def _expected(letter: str) -> str | None:
    # Title-case digraphs: "LETTER D WITH SMALL LETTER Z WITH CARON" is dz.
    name = re.sub(r"(\b[A-Z]) WITH SMALL LETTER ([A-Z])\b", r"\1\2", unicodedata.name(letter))
    if NO_READING.search(name):
        return None
    base = _NAME.match(name).group(1)
    if base in NAMED:
        return NAMED[base]
    assert re.fullmatch(r"[A-Z]{1,2}", base), f"{name}: add its reading to NAMED"
    return base.lower()


LATIN = [chr(cp) for cp in range(0x80, 0x250)
         if unicodedata.category(chr(cp)).startswith("L")
         and unicodedata.name(chr(cp), "").startswith("LATIN")]


def test_the_table_covers_latin_1_and_extended_a_and_b():
    assert len(LATIN) > 330  # every letter of the blocks, not a hand-picked few


@pytest.mark.parametrize("letter", LATIN, ids=lambda c: f"U+{ord(c):04X}")
def test_every_latin_letter_folds_as_its_unicode_name_says(letter):
    expected = _expected(letter)
    if expected is None:
        assert fold(letter) == letter.casefold()
    else:
        assert fold(letter) == expected, unicodedata.name(letter)


def test_the_letters_the_issue_names():
    assert fold("ð þ ə ŋ ŧ ħ ł ø æ œ ß ı") == "d th e n t h l o ae oe ss i"
    assert fold("Guðrún Þórsdóttir") == "gudrun thorsdottir"


def _people(actor):
    names = ["Guðrún Þórsdóttir", "Ŋozi Əliyeva", "Ŧomas Ħamrun", "Ƀjörn Ɗiallo",
             "Ŀluís Col·lecció", "Ǥunnar Ʒelko"]
    return {name: people.create_person(actor, dict(zip(("first_name", "last_name"),
                                                       name.split(), strict=True))).id
            for name in names}


@pytest.mark.parametrize("name, typed", [
    ("Guðrún Þórsdóttir", "gudrun"), ("Guðrún Þórsdóttir", "thors"),
    ("Guðrún Þórsdóttir", "GUÐ"), ("Ŋozi Əliyeva", "nozi"),
    ("Ŋozi Əliyeva", "eliyeva"), ("Ŧomas Ħamrun", "tomas hamrun"),
    ("Ƀjörn Ɗiallo", "bjorn diallo"), ("Ŀluís Col·lecció", "colleccio"),
    ("Ǥunnar Ʒelko", "gunnar zelko"),
])
def test_the_real_search_finds_the_folded_name(db, actor, from_template, name, typed):
    ids = from_template(_people, actor)
    assert search.matching_ids(db, typed) == [ids[name]]
