"""Search on a PostgreSQL server gives the answers of a file's (#17 item 3): the server's
`civicdesk_fold` is `fields.fold` for every character, its words are FTS5's, and the same
people, typed the same way, are found in a file and on a server."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import psycopg
import pytest
from hypothesis import given
from hypothesis import strategies as st
from server_db import SERVER, admin, copy_of, drop, make_template, needs_server, new_name

from civicdesk.data import address, backend, database, fts5_tables, models, pg_search, search
from civicdesk.data.fields import fold
from civicdesk.services import people
from civicdesk.services.actors import Actor

from odd_input import examples, odd_text

ACTOR = Actor("Tess Tester", "admin")
# Text PostgreSQL can hold: no NUL, no half of a surrogate pair.
_CHARACTER = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
_SPACES = st.sampled_from([" ", "\t", "\n", "\x0b", "\x1c", "\x85", "\xa0", "\u2003", "\u3000",
                           "\u2028", "\u00a8", "\ufe49"])
_ACCENTED = st.sampled_from(list("ÀéÏøßæœÞđłıİǅǈẞﬁﬀ㎏½²ᴬᴭﾊｶ가힣각\u0301\u0308ϒΐ"))
server_text = st.lists(st.one_of(_CHARACTER, _SPACES, _ACCENTED, st.sampled_from("aZ09_-'.@")),
                       max_size=24).map("".join)


@pytest.fixture(scope="module")
def pg_template():
    if not SERVER:
        pytest.skip("no PostgreSQL server: set CIVICDESK_TEST_DB")
    name = make_template()
    yield name
    drop(name)


@pytest.fixture
def pg_db(data_dir, pg_template):
    """A CivicDesk database of the test's own on the server (the models are bound to it)."""
    bound = models.database.obj
    opened, name = copy_of(pg_template)
    yield opened
    database.close_database(opened)
    models.database.initialize(bound)
    drop(name)


@contextmanager
def bound_to(db):
    """The models (and the searches that read them) on *db* for the block."""
    before = models.database.obj
    models.database.initialize(db)
    try:
        yield
    finally:
        models.database.initialize(before)


def _server_values(db, function: str, values: list[str]) -> list:
    return [row[0] for row in db.execute_sql(
        f"SELECT {function}(x) FROM unnest(%s::text[]) WITH ORDINALITY AS u(x, i) ORDER BY i",
        (values,)).fetchall()]


# -- the folding -----------------------------------------------------------------------------


@needs_server
def test_the_server_folds_every_character_of_the_basic_plane_as_python(pg_db):
    characters = [chr(cp) for cp in range(1, 0x10000) if not 0xD800 <= cp <= 0xDFFF]
    folded = _server_values(pg_db, search.FOLD, characters)
    wrong = [(f"U+{ord(c):04X}", fold(c), got) for c, got in zip(characters, folded, strict=True)
             if got != fold(c)]
    assert wrong == []


@needs_server
def test_the_server_folds_the_other_planes_as_python(pg_db):
    """Every character beyond U+FFFF that fold changes (mathematical letters, ...), and
    every 97th of the others."""
    changed = {c for c in pg_search.fold_table() if ord(c) > 0xFFFF}
    characters = sorted(changed | {chr(cp) for cp in range(0x10000, 0x110000, 97)})
    folded = _server_values(pg_db, search.FOLD, characters)
    assert [c for c, got in zip(characters, folded, strict=True) if got != fold(c)] == []
    assert len(changed) > 1000


@needs_server
@examples(150)
@given(st.lists(server_text, min_size=1, max_size=30))
def test_the_server_folds_any_text_as_python(pg_db, texts):
    assert _server_values(pg_db, search.FOLD, texts) == [fold(t) for t in texts]


@needs_server
def test_spaces_and_empty_text_fold_as_python(pg_db):
    texts = ["", " ", "  a  ", "\ta\u3000b\u2028\n", "a\u00a8b", "\u00a8", "ŉ", "Ŀl", "x\x85y",
             "ÀB  ﬁ ", "ᴬᴭ", "\u0301", "Straße Ĳsbrand"]
    assert _server_values(pg_db, search.FOLD, texts) == [fold(t) for t in texts]
    assert pg_db.execute_sql(f"SELECT {search.FOLD}(NULL)").fetchone()[0] == fold(None) == ""


@needs_server
def test_the_folding_does_not_depend_on_the_servers_locale(pg_db):
    """Turkish rules lower-case I to ı: the folding is Python's under a Turkish collation."""
    if pg_db.execute_sql("SELECT 1 FROM pg_collation WHERE collname = 'tr-x-icu'").fetchone() \
            is None:
        pytest.skip("this server has no ICU collations")
    turkish = pg_db.execute_sql("SELECT lower('ISTANBUL' COLLATE \"tr-x-icu\")").fetchone()[0]
    assert turkish == "ıstanbul"  # what lower() alone would do
    for function in (search.FOLD, pg_search.TOKENS):
        row = pg_db.execute_sql(f"SELECT {function}('ISTANBUL İzmir' COLLATE \"tr-x-icu\"), "
                                f"{function}('ISTANBUL İzmir' COLLATE \"C\")").fetchone()
        assert row[0] == row[1]
    assert row[0] == pg_search.tokens(fold("ISTANBUL İzmir")) == ["istanbul", "izmir"]


# -- the words -------------------------------------------------------------------------------


def _fts5_words(texts: list[str]) -> list[list[str]]:
    """The words SQLite's FTS5 makes of each text (the file's own index)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = "
                 "'unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    conn.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", enumerate(texts, 1))
    words: dict[int, list] = {i: [] for i in range(1, len(texts) + 1)}
    for term, doc, _, offset in conn.execute("SELECT term, doc, col, offset FROM v"):
        words[doc].append((offset, term))
    return [[term for _, term in sorted(words[i])] for i in range(1, len(texts) + 1)]


@examples(200)
@given(st.lists(server_text, min_size=1, max_size=20))
def test_the_words_are_those_of_fts5(texts):
    assert [pg_search.tokens(t) for t in texts] == _fts5_words(texts)


def test_the_fts5_table_is_current():
    """scripts/fts5_tables.py --check, for the characters of the basic plane."""
    characters = [chr(cp) for cp in range(1, 0x10000, 7) if not 0xD800 <= cp <= 0xDFFF]
    assert [pg_search.tokens(f"q{c}q") for c in characters] == \
        _fts5_words([f"q{c}q" for c in characters])
    assert fts5_tables.SEPARATORS[0] == (0x1, 0x2F)


@needs_server
def test_the_server_cuts_words_as_fts5_for_every_character(pg_db):
    texts = [f"q{chr(cp)}q" for cp in range(1, 0x10000) if not 0xD800 <= cp <= 0xDFFF]
    assert _server_values(pg_db, pg_search.TOKENS, texts) == [pg_search.tokens(t) for t in texts]


@needs_server
@examples(100)
@given(st.lists(st.one_of(server_text, st.builds(lambda c, n: c * n, st.sampled_from("xé中"),
                                                 st.sampled_from([254, 255, 256, 600]))),
                min_size=1, max_size=20))
def test_the_server_cuts_any_text_as_python(pg_db, texts):
    assert _server_values(pg_db, pg_search.TOKENS, texts) == [pg_search.tokens(t) for t in texts]


# -- the same people found in a file and on a server -----------------------------------------

PEOPLE = {
    "zoe": {"first_name": "Zoë", "last_name": "Lefèvre", "email": "zoe.lefevre@example.org"},
    "jean": {"first_name": "Jean_Luc", "last_name": "O'Brien-Smith", "email": "jl_ob+x@mail.fr",
             "phone": "(555) 123-4567"},
    "ij": {"first_name": "Ĳsbrand", "last_name": "Straße", "mobile": "+49 30 1234567"},
    "fi": {"first_name": "ﬁona", "last_name": "Ｍａｒｔｉｎ", "phone": "555.987.6543"},
    "kim": {"first_name": "민준", "last_name": "김", "email": "kim@例え.jp"},
    "anita": {"first_name": "अनीता", "last_name": "शर्मा"},
    "sakura": {"first_name": "さくら", "last_name": "山田", "preferred_name": "Saku"},
    "thai": {"first_name": "สมชาย", "last_name": "ใจดี"},
    "greek": {"first_name": "Ελένη", "last_name": "Οἰκονόμου"},
    "odd": {"first_name": "ᴬnna", "last_name": "Ø'Hara_2nd", "email": "a__b@x.io"},
    "arabic": {"first_name": "محمد", "last_name": "٣ العلي"},
    "dot": {"first_name": "Ŀluís", "last_name": "Col·lecció", "phone": "93 123 45 67"},
}
HOMES = {"zoe": {"name": "Lefèvre family", "street": "12 Maple Street", "postal_code": "10101",
                 "city": "Łódź"},
         "kim": {"name": "김 가족", "street": "Birkenweg 3", "unit": "2/B", "city": "München"}}


def _populate() -> dict[int, str]:
    """The people (and two households) through the services; {id: key}."""
    with models.database.atomic():
        homes = {key: people.create_household(ACTOR, values).id for key, values in HOMES.items()}
        return {people.create_person(ACTOR, values | ({"household": homes[key]} if key in homes
                                                      else {})).id: key
                for key, values in PEOPLE.items()}


@pytest.fixture
def both(db, pg_db):
    """The same people in a file (`db`) and on a server: [(db, {id: key}), ...]."""
    found = []
    for each in (db, pg_db):
        with bound_to(each):
            found.append((each, _populate()))
    return found


def _typed() -> list[str]:
    """What people might type to find them: each word, its first letters, whole names."""
    typed = {"", " ", "_", "'", "-", "555", "555 123", "(555) 123-45", "+1 555", "4567",
             "5551234567", "jl_ob", "jl_ob+x@", "o'brien", "brien smith", "smith o",
             "mail.fr", "例え", "saku", "anna", "a__b", "2nd", "ohara", "hara_2", "l·l"}
    for values in [*PEOPLE.values(), *HOMES.values()]:
        for value in values.values():
            if not isinstance(value, str):
                continue
            typed.add(value)
            for word in value.split():
                typed.update({word, word.upper(), word[:1], word[:2], word[:3], fold(word)})
    return sorted(typed)


def _people_found(db, ids: dict[int, str], typed: str) -> set[str]:
    with bound_to(db):
        return {ids[pid] for pid in search.matching_ids(db, typed)}


def _households_found(db, typed: str) -> set[str]:
    with bound_to(db):
        own = search.household_matches(typed)
        if own is None:
            return set()
        rows = backend.execute(db, f"SELECT h.name FROM household h WHERE {own[0]}", (own[1],))
        return {name for (name,) in rows.fetchall()}


def _counted(db, typed: str) -> int | None:
    with bound_to(db):
        found = search.people_matching("p.id", typed)
        if found is None:
            return None
        return search.count_people_matching(db, found[1], "NOT p.archived", (), 5)


@needs_server
def test_typing_finds_the_same_people_in_a_file_and_on_a_server(both):
    (file, file_ids), (server, server_ids) = both
    differ = []
    for typed in _typed():
        in_file, on_server = (_people_found(file, file_ids, typed),
                              _people_found(server, server_ids, typed))
        if in_file != on_server:
            differ.append((typed, in_file, on_server))
    assert differ == []
    assert _people_found(server, server_ids, "o'brien smith") == {"jean"}
    assert _people_found(server, server_ids, "jean_l") == {"jean"}
    assert _people_found(server, server_ids, "jean luc") == {"jean"}  # two words, both found
    assert _people_found(server, server_ids, "luc_jean") == set()  # a phrase: in this order


@needs_server
def test_households_and_counts_are_the_same_in_a_file_and_on_a_server(both):
    (file, _), (server, _) = both
    for typed in _typed():
        assert _households_found(file, typed) == _households_found(server, typed), typed
        assert _counted(file, typed) == _counted(server, typed), typed


@needs_server
@examples(150)
@given(odd_text)
def test_odd_input_finds_the_same_people_in_a_file_and_on_a_server(both, typed):
    """Quotes, stars, NUL, broken characters, 100,000 characters: never an error, and the
    same people."""
    (file, file_ids), (server, server_ids) = both
    assert _people_found(file, file_ids, typed) == _people_found(server, server_ids, typed)


@needs_server
def test_the_duplicate_check_looks_up_the_same_people(both):
    """whole_words and name_prefixes (the duplicate check's) give the same ids."""
    (file, file_ids), (server, server_ids) = both
    asks = [("name", ["jean", "luc"]), ("name", ["jean_luc"]), ("name", ["luc", "jean"]),
            ("name", ["zoe", "lefevre"]), ("name", ["lef"]), ("email", ["jl", "ob", "x"]),
            ("email", ["mail", "fr"]), ("email", ["example"]), ("phone", ["5551234567"]),
            ("phone", ["4567"]), ("street", ["maple"]), ("name", ["\x00", "'", '"'])]
    for column, words in asks:
        found = [{ids[i] for i in search.whole_words(db, column, words, 20)}
                 for db, ids in both]
        assert found[0] == found[1], (column, words)
    assert {server_ids[i] for i in search.whole_words(server, "name", ["zoe"], 20)} == {"zoe"}
    assert search.whole_words(server, "email", ["zo"], 20) == []  # whole words, not prefixes
    for prefixes in (["zo", "lef"], ["je", "o"], ["ĳ"], ["ij", "stras"], ["a", "o"], ["_"], []):
        found = [{ids[i] for i in search.name_prefixes(db, prefixes, 200)} for db, ids in both]
        assert found[0] == found[1], prefixes
    assert file_ids == server_ids


@needs_server
def test_a_typed_nul_or_broken_character_never_fails(pg_db):
    with bound_to(pg_db):
        made = people.create_person(ACTOR, {"first_name": "Zoë", "last_name": "Nul"}).id
        for typed in ("zo\x00e", "\x00", "zo\ud800", "'zoe'", "zoe:*", "!zoe", "zoe & |", "\\"):
            assert isinstance(search.matching_ids(pg_db, typed), list), typed
        assert search.matching_ids(pg_db, "zo\x00") == [made]
        # a NUL is searched for as U+FFFD, which ends a word, as in a file
        assert search.whole_words(pg_db, "name", ["zoe\x00"], 5) == [made]


# -- the index follows every change ----------------------------------------------------------


@needs_server
def test_an_import_indexes_everyone_once_at_the_end_and_others_read_meanwhile(pg_db, tmp_path):
    """Bulk loading holds the insert triggers back for its own transaction only: another
    connection reads and searches the person table meanwhile (no DDL lock)."""
    other = psycopg.connect(**address.parse(SERVER).with_database(
        pg_db.address.database).connect_params(), autocommit=True)
    try:
        other.execute("SET lock_timeout = '2s'")
        with pg_db.atomic(), search.bulk_loading(pg_db):
            models.Person.insert_many([{"first_name": "Person", "last_name": f"Nr{n}"}
                                       for n in range(500)]).execute()
            assert pg_db.execute_sql(f"SELECT count(*) FROM {search.TABLE}").fetchone()[0] == 0
            assert other.execute(f"SELECT count(*) FROM {search.TABLE} WHERE doc @@ "
                                 f"CAST('person:*' AS tsquery)").fetchone()[0] == 0
        with bound_to(pg_db):
            assert len(search.matching_ids(pg_db, "person")) == 500
            assert search.matching_ids(pg_db, "nr77") != []
        assert search.inconsistencies(pg_db) == []
        # after the block, inserts are indexed one by one again
        with bound_to(pg_db):
            made = people.create_person(ACTOR, {"first_name": "Later"}).id
            assert search.matching_ids(pg_db, "later") == [made]
    finally:
        other.close()


@needs_server
def test_deleting_a_household_keeps_its_members_findable_without_its_street(pg_db):
    with bound_to(pg_db):
        home = people.create_household(ACTOR, {"name": "Ames", "street": "1 Oak Lane"}).id
        member = people.create_person(ACTOR, {"first_name": "Ana", "household": home}).id
        assert search.matching_ids(pg_db, "oak") == [member]
        models.Household.delete_by_id(home)
        assert search.matching_ids(pg_db, "oak") == [] and search.matching_ids(pg_db, "ana") == \
            [member]
        assert search.inconsistencies(pg_db) == []


@needs_server
def test_the_check_notices_a_missing_trigger_and_an_orphan_row(pg_db):
    pg_db.execute_sql("DROP TRIGGER person_search_au ON person")
    pg_db.execute_sql(f"INSERT INTO {search.TABLE} VALUES (999, 'x', '', '', '', 'x'::tsvector)")
    assert search.inconsistencies(pg_db) == [
        "search index: the trigger person_search_au on person is missing or disabled"]
    search.recreate_triggers(pg_db)
    assert search.inconsistencies(pg_db) == []
    pg_db.execute_sql(f"INSERT INTO {search.TABLE} VALUES (999, 'x', '', '', '', 'x'::tsvector)")
    assert search.inconsistencies(pg_db) == ["search index: row 999 has no person"]


@needs_server
def test_functions_of_another_version_are_reported_and_replaced(pg_db):
    assert pg_search.up_to_date(pg_db)
    pg_db.execute_sql(f"COMMENT ON FUNCTION {search.FOLD}(text) IS 'civicdesk search old'")
    assert not pg_search.up_to_date(pg_db)
    assert "another version of CivicDesk" in " ".join(search.inconsistencies(pg_db))
    search.recreate_triggers(pg_db)
    assert pg_search.up_to_date(pg_db) and search.inconsistencies(pg_db) == []


@needs_server
def test_a_database_that_is_not_unicode_is_refused_and_left_empty(data_dir):
    name = new_name("latin")
    with admin() as conn:
        conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'SQL_ASCII' LC_COLLATE 'C' "
                     f"LC_CTYPE 'C' TEMPLATE template0")
    bound = models.database.obj
    try:
        with pytest.raises(pg_search.NotUnicode) as refused:
            database.open_database(address.parse(SERVER).with_database(name))
        assert name in str(refused.value) and "SQL_ASCII" in str(refused.value)
        with psycopg.connect(**address.parse(SERVER).with_database(name).connect_params()) as c:
            assert c.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                             ).fetchone()[0] == 0
    finally:
        models.database.initialize(bound)
        drop(name)


@needs_server
def test_a_bulk_load_leaves_the_indexes_merged_and_one_save_at_a_time_after(pg_db):
    """Many people at once (the demo, an import, a move) go through GIN's pending list and
    are merged before the load ends; afterwards each save updates the index directly, so a
    search never reads through pending entries (40 ms for "mul" at 100,000 people)."""
    from civicdesk.demo import generate

    generate.generate(60, seed=2)

    def options() -> dict:
        return {name: opts for name, opts in pg_db.execute_sql(
            "SELECT relname, reloptions FROM pg_class WHERE relname IN (%s, %s)",
            (f"{search.TABLE}_doc", f"{search.HOUSEHOLD_TABLE}_doc")).fetchall()}

    assert options() == {f"{search.TABLE}_doc": ["fastupdate=off"],
                         f"{search.HOUSEHOLD_TABLE}_doc": ["fastupdate=off"]}
    assert len(search.matching_ids(pg_db, "a", 1000)) > 0
