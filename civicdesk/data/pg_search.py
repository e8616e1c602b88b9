"""The search indexes on a PostgreSQL server (#17): the same answers as a file's FTS5 indexes.

`search.py` hands every call here when its database is on a server. The tables and their
rows mirror the file's:

    person_search(rowid = person.id, name, email, phone, street, doc)
    household_search(rowid = household.id, text, doc)

The text columns hold exactly what the file's FTS5 columns hold (the same expressions,
`search.name_sql` ...); `doc` is a tsvector of the words FTS5 would make of them, each with
its position and its column as weight (name A, email B, phone C, street D), under a GIN index.

Three IMMUTABLE SQL functions do what SQLite asks of Python and of FTS5, generated from the
same rules so they cannot drift apart:

- `civicdesk_fold(text)`: exactly `fields.fold`. fold works one character at a time (case
  folding, NFKD, combining marks dropped, `_EXTRA_FOLDS`), then joins the words as
  `str.split()` splits them; the function maps each character as Python does (a table of the
  ~19,000 characters that change, read from `fields.fold` itself), lower-cases ASCII under
  COLLATE "C" (the server's locale plays no part), and joins the words the same way. Plain
  ASCII, most text, skips the table.
- `civicdesk_search_tokens(text)`: the words of FTS5's `unicode61 remove_diacritics 2`,
  from the table SQLite itself gave (`fts5_tables.py`, `scripts/fts5_tables.py`); the
  query's words are cut by the same table in Python (`tokens`).
- `civicdesk_search_doc(name, email, phone, street)`: the tsvector, with positions
  (columns 4,000 positions apart) so a word that FTS5 reads as a phrase (`jean_luc`) is one.

A query is built from quoted lexemes (`'mul':*`), never parsed by a text search
configuration: prefix terms, every word (AND), the phone runs as alternatives, a column by
its weight. No server locale, dictionary or parser is involved at any point.

Triggers (plpgsql) keep both tables current: inserts and deletes per statement (transition
tables), updates per row when an indexed column changed. `bulk_loading` switches the insert
triggers off for its transaction with a setting (no DDL: other PCs keep reading) and indexes
the new rows in one INSERT ... SELECT at the end.
"""

from __future__ import annotations

import functools
import hashlib
import json
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

from civicdesk import plaintext
from civicdesk.data import backend, fields, fts5_tables, pg_errors
from civicdesk.data import search_columns as search
from civicdesk.i18n import QT_TRANSLATE_NOOP

TABLE, HOUSEHOLD_TABLE, FOLD = search.TABLE, search.HOUSEHOLD_TABLE, search.FOLD
TOKENS = "civicdesk_search_tokens"
DOC = "civicdesk_search_doc"
COLUMNS = ("name", "email", "phone", "street")
WEIGHTS = dict(zip(COLUMNS, "ABCD", strict=True))
SPAN = 4000  # positions of a column in `doc`: name 1.., email 4001.., (16,383 at most)
MAX_TOKEN = 255  # characters of a word kept (a tsvector's lexeme holds 2,047 bytes at most)
BULK = "civicdesk.bulk_loading"  # set (local to a transaction): the insert triggers wait
NOTHING = "' '"  # a query no row matches: a space is never part of a word
_ASCII_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"  # str.isspace() below 128, besides ' '


class NotUnicode(pg_errors.ServerError):
    template = QT_TRANSLATE_NOOP(
        "DataError", "The database {database} on {server} stores text as {encoding}, which "
                     "cannot hold every name, so CivicDesk did not set it up. Ask whoever runs "
                     "the server to create it with ENCODING 'UTF8' (README, “Several PCs”).")


# -- the tables the functions carry ----------------------------------------------------------


@functools.cache
def fold_table() -> dict[str, str]:
    """{character: what `fields.fold` makes of it}, for each non-ASCII character it changes,
    before the words are joined (every kind of space as ' '). Read from fold itself: the
    character between two letters, which fold keeps as they are."""
    table = {}
    for cp in range(0x80, 0x110000):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or unicodedata.category(c) == "Cn":
            continue  # surrogates are not text; an unassigned character has no folding
        folded = fields.fold(f"a{c}a")[1:-1]
        if folded != c:
            table[c] = folded
    return table


@functools.cache
def _token_table() -> dict[int, str]:
    """str.translate table: FTS5's separators to ' ', its folds (dropped accents to '')."""
    table = {cp: " " for lo, hi in fts5_tables.SEPARATORS for cp in range(lo, hi + 1)}
    table.update({cp: "" if to is None else chr(to) for cp, to in fts5_tables.FOLDS.items()})
    return table


def tokens(text: str) -> list[str]:
    """The words FTS5's unicode61 tokenizer makes of *text* (as `civicdesk_search_tokens`)."""
    return [w[:MAX_TOKEN] for w in text.translate(_token_table()).split(" ") if w]


def _literal(table: dict[str, str]) -> str:
    """*table* as a jsonb constant in dollar quotes (no character needs escaping there)."""
    text = json.dumps(table, ensure_ascii=False, sort_keys=True)
    assert "$map$" not in text
    return f"$map${text}$map$::jsonb"


def _token_map() -> dict[str, str]:
    """The non-ASCII part of `_token_table` (ASCII is done by lower() and a regexp)."""
    return {chr(cp): to for cp, to in _token_table().items() if cp >= 0x80}


def _ascii_separators() -> str:
    """A regexp class of FTS5's ASCII separators ([0-9A-Za-z] are word characters)."""
    points = sorted(cp for cp in _token_table() if cp < 0x80 and _token_table()[cp] == " ")
    ranges: list[list[int]] = []
    for cp in points:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "[" + "".join(f"\\x{lo:02x}-\\x{hi:02x}" for lo, hi in ranges) + "]+"


def _per_character(source: str, table: str) -> str:
    """plpgsql: r := *source* with each non-ASCII character looked up in *table*."""
    return f"""
    s := {source};
    r := '';
    FOREACH c IN ARRAY string_to_array(s, NULL) LOOP
        r := r || CASE WHEN octet_length(c) = 1 THEN c ELSE coalesce({table} ->> c, c) END;
    END LOOP;"""


@functools.cache
def functions_sql() -> list[str]:
    """CREATE OR REPLACE of the three functions (~0.4 MB: the fold table is in the text)."""
    spaces = "".join(f"\\x{ord(c):02x}" for c in _ASCII_SPACES)
    fold = f"""
CREATE OR REPLACE FUNCTION {FOLD}(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fold$
DECLARE
    r text;
    s text;
    c text;
BEGIN
    IF t IS NULL OR t = '' THEN
        RETURN '';
    END IF;
    r := translate(lower(t COLLATE "C"), E'{spaces}', '{" " * len(_ASCII_SPACES)}');
    IF octet_length(t) <> length(t) THEN  -- beyond ASCII: character by character
        {_per_character("r", _literal(fold_table()))}
    END IF;
    IF strpos(r, '  ') > 0 THEN
        r := regexp_replace(r, '  +', ' ', 'g');
    END IF;
    RETURN btrim(r, ' ');
END
$fold$"""
    tokens_ = f"""
CREATE OR REPLACE FUNCTION {TOKENS}(t text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $tokens$
DECLARE
    r text;
    s text;
    c text;
    words text[];
BEGIN
    IF t IS NULL OR t = '' THEN
        RETURN '{{}}';
    END IF;
    r := regexp_replace(lower(t COLLATE "C"), '{_ascii_separators()}', ' ', 'g');
    IF octet_length(t) <> length(t) THEN
        {_per_character("r", _literal(_token_map()))}
    END IF;
    words := array_remove(string_to_array(r, ' '), '');
    IF length(r) > {MAX_TOKEN} THEN
        words := ARRAY(SELECT left(w, {MAX_TOKEN}) FROM unnest(words) WITH ORDINALITY AS x(w, i)
                       ORDER BY i);
    END IF;
    RETURN words;
END
$tokens$"""
    # A word never holds a quote or a backslash (both end words), so each goes into the
    # tsvector's text as it is: 'word':position and the column's weight.
    assert _token_table()[ord("'")] == _token_table()[ord("\\")] == " "
    doc = f"""
CREATE OR REPLACE FUNCTION {DOC}(VARIADIC parts text[]) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $doc$
DECLARE
    r text := '';
    w text;
    k integer;
    i integer;
    base integer := 0;
BEGIN
    FOR k IN 1 .. coalesce(array_length(parts, 1), 0) LOOP
        i := base;
        FOREACH w IN ARRAY {TOKENS}(parts[k]) LOOP
            IF i < base + {SPAN - 1} THEN
                i := i + 1;
            END IF;
            r := r || ' ''' || w || ''':' || i || substr('ABCD', k, 1);
        END LOOP;
        base := base + {SPAN};
    END LOOP;
    RETURN r::tsvector;
END
$doc$"""
    return [fold, tokens_, doc, f"COMMENT ON FUNCTION {FOLD}(text) IS '{version()}'"]


@functools.cache
def version() -> str:
    """What the functions were made from: this Python's Unicode, fold's table, FTS5's."""
    digest = hashlib.sha256(json.dumps(
        [unicodedata.unidata_version, fold_table(), fts5_tables.SEPARATORS,
         sorted(fts5_tables.FOLDS.items()), MAX_TOKEN, SPAN], ensure_ascii=False,
        sort_keys=True).encode()).hexdigest()[:16]
    return f"civicdesk search {digest}"


def up_to_date(db) -> bool:
    """Do the server's search functions fold and cut words as this CivicDesk does?"""
    row = db.execute_sql(f"SELECT obj_description(to_regprocedure('{FOLD}(text)'), "
                         f"'pg_proc')").fetchone()
    return row is not None and row[0] == version()


# -- tables, triggers, filling ---------------------------------------------------------------


def _people_rows(source: str, where: str = "") -> str:
    """SELECT of person_search rows (rowid, the four columns, doc) for the people in
    *source* (aliased p). OFFSET 0 keeps the inner SELECT apart: merged into the outer one,
    each column's folding would run twice, once for the column and once for doc."""
    return (f"SELECT r.*, {DOC}(r.name, r.email, r.phone, r.street) FROM "
            f"(SELECT {search._row_select('p')} FROM {source} p {where} OFFSET 0) "
            f"AS r(rowid, name, email, phone, street)")


def _household_rows(source: str, where: str = "") -> str:
    return (f"SELECT r.*, {DOC}(r.text) FROM (SELECT h.id, {search.household_sql('h')} "
            f"FROM {source} h {where} OFFSET 0) AS r(rowid, text)")


_INSERT = f"INSERT INTO {TABLE} (rowid, name, email, phone, street, doc) "
_HOUSEHOLD_INSERT = f"INSERT INTO {HOUSEHOLD_TABLE} (rowid, text, doc) "
_WAITING = f"IF current_setting('{BULK}', true) = 'on' THEN RETURN NULL; END IF;"

_PERSON_COLUMNS = ("first_name", "preferred_name", "last_name", "email", "phone", "mobile",
                   "phone_e164", "mobile_e164", "household_id")
_ADDRESS_COLUMNS = ("street", "unit", "postal_code", "city")
_HOUSEHOLD_COLUMNS = ("name", *_ADDRESS_COLUMNS)


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)


def _trigger(name: str, when: str, table: str, body: str, *, each: str,
             condition: str = "") -> list[str]:
    """A plpgsql trigger function named *name* and its trigger (also *name*)."""
    return [
        f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $trigger$
BEGIN
    {body}
    RETURN NULL;
END
$trigger$""",
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} {when} ON {table} {each} "
        f"{f'WHEN ({condition}) ' if condition else ''}EXECUTE FUNCTION {name}()",
    ]


def _people_triggers() -> list[str]:
    return [
        *_trigger("person_search_ai", "AFTER INSERT", "person",
                  f"{_WAITING}\n    {_INSERT}{_people_rows('new_rows')};",
                  each="REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"),
        *_trigger("person_search_au", f"AFTER UPDATE OF {', '.join(_PERSON_COLUMNS)}", "person",
                  f"DELETE FROM {TABLE} WHERE rowid = OLD.id;\n"
                  f"    {_INSERT}{_people_rows('person', 'WHERE p.id = NEW.id')};",
                  each="FOR EACH ROW", condition=_changed(_PERSON_COLUMNS)),
        *_trigger("person_search_ad", "AFTER DELETE", "person",
                  f"DELETE FROM {TABLE} WHERE rowid IN (SELECT id FROM old_rows);",
                  each="REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT"),
        *_trigger("person_search_hu", f"AFTER UPDATE OF {', '.join(_ADDRESS_COLUMNS)}",
                  "household",
                  f"DELETE FROM {TABLE} WHERE rowid IN "
                  f"(SELECT id FROM person WHERE household_id = NEW.id);\n"
                  f"    {_INSERT}{_people_rows('person', 'WHERE p.household_id = NEW.id')};",
                  each="FOR EACH ROW", condition=_changed(_ADDRESS_COLUMNS)),
    ]


def _household_triggers() -> list[str]:
    return [
        *_trigger("household_search_ai", "AFTER INSERT", "household",
                  f"{_WAITING}\n    {_HOUSEHOLD_INSERT}{_household_rows('new_rows')};",
                  each="REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"),
        *_trigger("household_search_au", f"AFTER UPDATE OF {', '.join(_HOUSEHOLD_COLUMNS)}",
                  "household",
                  f"DELETE FROM {HOUSEHOLD_TABLE} WHERE rowid = OLD.id;\n"
                  f"    {_HOUSEHOLD_INSERT}{_household_rows('household', 'WHERE h.id = NEW.id')};",
                  each="FOR EACH ROW", condition=_changed(_HOUSEHOLD_COLUMNS)),
        *_trigger("household_search_ad", "AFTER DELETE", "household",
                  f"DELETE FROM {HOUSEHOLD_TABLE} WHERE rowid IN (SELECT id FROM old_rows);",
                  each="REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT"),
    ]


TRIGGERS = {"person": ("person_search_ai", "person_search_au", "person_search_ad"),
            "household": ("person_search_hu", "household_search_ai", "household_search_au",
                          "household_search_ad")}

# No foreign key to person or household: like FTS5's rowid, a row of the index can outlive
# its person (the check reports it), and deleting a person never waits on the index.
_PEOPLE_TABLE = [
    f"""CREATE TABLE {TABLE} (rowid integer PRIMARY KEY, name text COLLATE "C" NOT NULL,
        email text COLLATE "C" NOT NULL, phone text COLLATE "C" NOT NULL,
        street text COLLATE "C" NOT NULL, doc tsvector NOT NULL)""",
    f"CREATE INDEX {TABLE}_doc ON {TABLE} USING gin (doc) WITH (fastupdate = off)",
]
_HOUSEHOLD_TABLE = [
    f"""CREATE TABLE {HOUSEHOLD_TABLE} (rowid integer PRIMARY KEY, text text COLLATE "C" NOT NULL,
        doc tsvector NOT NULL)""",
    f"CREATE INDEX {HOUSEHOLD_TABLE}_doc ON {HOUSEHOLD_TABLE} USING gin (doc) "
    f"WITH (fastupdate = off)",
]


def _check_encoding(db) -> None:
    """The functions tell ASCII text by its length in bytes, and every name must fit."""
    found = db.execute_sql("SELECT current_setting('server_encoding')").fetchone()[0]
    if found != "UTF8":
        raise pg_errors.make(NotUnicode, backend.address_of(db), encoding=found)


def create_functions(db) -> None:
    """Create (or replace with this CivicDesk's) the folding, word and tsvector functions."""
    _check_encoding(db)
    for statement in functions_sql():
        db.execute_sql(statement)


def create(db) -> None:
    """Both indexes: the functions, the tables with their GIN indexes, the triggers, filled
    from the person and household tables. In the schema's creating transaction."""
    create_people_index(db)
    create_household_index(db)


def create_people_index(db) -> None:
    """The people index (`search.create` on a server)."""
    create_functions(db)
    create_table_only(db)
    for statement in _people_triggers():
        db.execute_sql(statement)
    _fill_people(db)


def create_table_only(db) -> None:
    """The people index's table without its triggers (`search.create_table_only`)."""
    for statement in _PEOPLE_TABLE:
        db.execute_sql(statement)


def create_household_index(db) -> None:
    """The households index (`search.create_household_index` on a server)."""
    if not up_to_date(db):
        create_functions(db)
    for statement in _HOUSEHOLD_TABLE + _household_triggers():
        db.execute_sql(statement)
    _fill_households(db)


def recreate_triggers(db) -> None:
    """This CivicDesk's functions and triggers, and both indexes filled again (after the
    folding or the indexed columns changed)."""
    create_functions(db)
    for statement in _people_triggers() + _household_triggers():
        db.execute_sql(statement)
    rebuild(db)


def _fill_people(db, where: str = "") -> None:
    db.execute_sql(f"{_INSERT}{_people_rows('person', where)}")


def _fill_households(db, where: str = "") -> None:
    db.execute_sql(f"{_HOUSEHOLD_INSERT}{_household_rows('household', where)}")


def rebuild(db) -> None:
    with _many_at_once(db):
        _rebuild(db)


def _rebuild(db) -> None:
    db.execute_sql(f"DELETE FROM {TABLE}")
    _fill_people(db)
    if _exists(db, HOUSEHOLD_TABLE):
        db.execute_sql(f"DELETE FROM {HOUSEHOLD_TABLE}")
        _fill_households(db)


def _exists(db, table: str) -> bool:
    return db.execute_sql("SELECT to_regclass(%s) IS NOT NULL", (table,)).fetchone()[0]


@contextmanager
def bulk_loading(db) -> Iterator[None]:
    """Index people and households inserted inside the block in one statement each at the
    end (see `search.bulk_loading`). Use inside the loading transaction: the setting that
    holds the insert triggers back is local to it, and changes no table (other PCs go on
    reading and writing as before)."""
    db.execute_sql("SELECT set_config(%s, 'on', true)", (BULK,))
    try:
        yield
    finally:
        db.execute_sql("SELECT set_config(%s, '', true)", (BULK,))
    with _many_at_once(db):
        _fill_people(db, f"WHERE NOT EXISTS (SELECT 1 FROM {TABLE} s WHERE s.rowid = p.id)")
        _fill_households(db, f"WHERE NOT EXISTS (SELECT 1 FROM {HOUSEHOLD_TABLE} s "
                             f"WHERE s.rowid = h.id)")


@contextmanager
def _many_at_once(db) -> Iterator[None]:
    """The indexes' GIN trees take one save at a time directly (fastupdate off: a search
    never reads through a list of pending entries, which made "mul" 40 ms after a move
    of 100,000 people until a vacuum came by). Many rows at once go to the pending list
    (6 s instead of 11 s at 100,000 people), merged into the tree before the block ends."""
    indexes = [f"{table}_doc" for table in (TABLE, HOUSEHOLD_TABLE) if _exists(db, table)]
    for index in indexes:
        db.execute_sql(f"ALTER INDEX {index} SET (fastupdate = on)")
    yield
    for index in indexes:
        db.execute_sql("SELECT gin_clean_pending_list(%s::regclass)", (index,))
        db.execute_sql(f"ALTER INDEX {index} SET (fastupdate = off)")


# -- the check -------------------------------------------------------------------------------


def inconsistencies(db, limit: int = 20) -> list[str]:
    """Where the indexes disagree with the person and household tables, in the words of
    `search.inconsistencies` (empty list = consistent)."""
    problems = _missing_parts(db)
    if problems:
        return problems
    missing = db.execute_sql(
        f"SELECT p.id FROM person p LEFT JOIN {TABLE} s ON s.rowid = p.id "
        f"WHERE s.rowid IS NULL ORDER BY p.id LIMIT {limit}").fetchall()
    problems += [f"search index: person {pid} is missing" for (pid,) in missing]
    orphans = db.execute_sql(
        f"SELECT s.rowid FROM {TABLE} s LEFT JOIN person p ON p.id = s.rowid "
        f"WHERE p.id IS NULL ORDER BY s.rowid LIMIT {limit}").fetchall()
    problems += [f"search index: row {rid} has no person" for (rid,) in orphans]
    stale = db.execute_sql(
        f"SELECT p.id FROM person p JOIN {TABLE} s ON s.rowid = p.id "
        f"WHERE s.name IS DISTINCT FROM {search.name_sql('p')} "
        f"OR s.email IS DISTINCT FROM {search.email_sql('p')} "
        f"OR s.phone IS DISTINCT FROM {search.phone_sql('p')} "
        f"OR s.street IS DISTINCT FROM {search.street_sql('p')} "
        f"OR s.doc IS DISTINCT FROM {DOC}(s.name, s.email, s.phone, s.street) "
        f"ORDER BY p.id LIMIT {limit}").fetchall()
    problems += [f"search index: person {pid} is out of date" for (pid,) in stale]
    found = db.execute_sql(
        f"(SELECT h.id, 'missing' FROM household h LEFT JOIN {HOUSEHOLD_TABLE} s "
        f"ON s.rowid = h.id WHERE s.rowid IS NULL ORDER BY h.id LIMIT {limit}) UNION ALL "
        f"(SELECT h.id, 'out of date' FROM household h JOIN {HOUSEHOLD_TABLE} s "
        f"ON s.rowid = h.id WHERE s.text IS DISTINCT FROM {search.household_sql('h')} "
        f"OR s.doc IS DISTINCT FROM {DOC}(s.text) ORDER BY h.id LIMIT {limit})").fetchall()
    problems += [f"search index: household {hid} is {what}" for hid, what in found]
    orphans = db.execute_sql(
        f"SELECT s.rowid FROM {HOUSEHOLD_TABLE} s LEFT JOIN household h ON h.id = s.rowid "
        f"WHERE h.id IS NULL ORDER BY s.rowid LIMIT {limit}").fetchall()
    return problems + [f"search index: row {rid} has no household" for (rid,) in orphans]


def _missing_parts(db) -> list[str]:
    """The tables, functions and triggers the indexes need, where one is missing or was
    made by another CivicDesk (its folding would not match this one's queries)."""
    problems = [f"search index: the table {table} is missing"
                for table in (TABLE, HOUSEHOLD_TABLE) if not _exists(db, table)]
    present = db.execute_sql(
        "SELECT count(*) FROM unnest(%s::text[]) AS f(sig) "
        "WHERE to_regprocedure(f.sig) IS NOT NULL",
        ([f"{FOLD}(text)", f"{TOKENS}(text)", f"{DOC}(text[])"],)).fetchone()[0]
    if present < 3:
        problems.append("search index: its functions are missing")
    elif not up_to_date(db):
        problems.append("search index: its functions were made by another version of "
                        "CivicDesk (they fold words differently)")
    have = {(table, name) for table, name in db.execute_sql(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND c.relname IN "
        "('person', 'household')")}
    problems += [f"search index: the trigger {name} on {table} is missing or disabled"
                 for table, names in TRIGGERS.items() for name in names
                 if (table, name) not in have]
    return problems


# -- queries ---------------------------------------------------------------------------------


def _lexeme(token: str, *, prefix: bool = False, weight: str = "") -> str:
    quoted = "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
    marks = ("*" if prefix else "") + weight
    return f"{quoted}:{marks}" if marks else quoted


def phrase(text: str, *, prefix: bool, weight: str = "") -> str | None:
    """The tsquery of *text* as FTS5 reads a quoted string: its words one after the other
    (`jean_luc` is `'jean' <-> 'luc'`), the last a prefix if *prefix*; None if it holds no
    word (FTS5 leaves such a phrase out)."""
    words = tokens(text)
    if not words:
        return None
    parts = [_lexeme(w, weight=weight) for w in words[:-1]]
    parts.append(_lexeme(words[-1], prefix=prefix, weight=weight))
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def match_expression(text: str) -> str | None:
    """`search.match_expression` as a tsquery (text, for `CAST(? AS tsquery)`); None if
    nothing is left to search for, `NOTHING` if what is left holds no word."""
    found = search.query_words(text)
    if found is None:
        return None
    words, runs = found
    terms = [p for p in (phrase(w, prefix=True) for w in words) if p]
    alternatives = [" & ".join(terms)] if terms else []
    alternatives += [p for p in (phrase(run, prefix=True) for run in runs) if p]
    if not alternatives:
        return NOTHING
    if len(alternatives) == 1:
        return alternatives[0]
    return " | ".join(f"({a})" for a in alternatives)


def household_matches(text: str) -> tuple[str, str] | None:
    expression = match_expression(text)
    if expression is None:
        return None
    return (f"h.id IN (SELECT rowid FROM {HOUSEHOLD_TABLE} WHERE doc @@ CAST(? AS tsquery))",
            expression)


def people_matching(id_column: str, text: str) -> tuple[str, str] | None:
    expression = match_expression(text)
    if expression is None:
        return None
    return f"{id_column} IN (SELECT rowid FROM {TABLE} WHERE doc @@ CAST(? AS tsquery))", expression


def count_people_matching(db, expression: str, where: str, params: tuple, limit: int) -> int:
    """`search.count_people_matching` (*where* on `p`, written with `?`)."""
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} s JOIN person p ON p.id = s.rowid "
           f"WHERE s.doc @@ CAST(? AS tsquery) AND {where} LIMIT ?) AS found")
    return db.execute_sql(backend.sql(db, sql), (expression, *params, limit)).fetchone()[0]


def _ids(db, query: str | None, limit: int) -> list[int]:
    """The first *limit* people matching *query* by id, as FTS5 gives them without a rank."""
    if query is None:
        return []
    cursor = db.execute_sql(f"SELECT rowid FROM {TABLE} WHERE doc @@ CAST(%s AS tsquery) "
                            f"ORDER BY rowid LIMIT %s", (query, limit))
    return [pid for (pid,) in cursor.fetchall()]


def _all(phrases: list[str | None]) -> str | None:
    """Every phrase (AND), the empty ones left out; None when none is left."""
    kept = [p for p in phrases if p]
    return " & ".join(kept) if kept else None


def whole_words(db, column: str, words: list[str], limit: int) -> list[int]:
    words = [plaintext.searchable(w) for w in words if w]
    weight = WEIGHTS[column]
    return _ids(db, _all([phrase(w, prefix=False, weight=weight) for w in words]), limit)


def name_prefixes(db, prefixes: list[str], limit: int) -> list[int]:
    return _ids(db, _all([phrase(plaintext.searchable(p), prefix=True, weight="A")
                          for p in prefixes if p]), limit)


# FTS5 ranks by bm25 over equally weighted columns; ts_rank with equal weights and the
# length normalisation (1: divided by 1 + log of the row's length) comes close.
RANK = "ts_rank('{1,1,1,1}', doc, CAST(%s AS tsquery), 1) DESC, rowid"


def matching_ids(db, text: str, limit: int = 1000) -> list[int]:
    expression = match_expression(text)
    if expression is None:
        return []
    cursor = db.execute_sql(
        f"SELECT rowid FROM {TABLE} WHERE doc @@ CAST(%s AS tsquery) ORDER BY {RANK} LIMIT %s",
        (expression, expression, limit))
    return [pid for (pid,) in cursor.fetchall()]
