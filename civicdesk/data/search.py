"""The search indexes: people, and households, in FTS5 tables kept current by triggers.

One row per person (rowid = person.id) with four columns: name (first, preferred, last),
email, phone (as typed, digits only and the E.164 form without its +, so `555123` finds
`(555) 123-4567` and `+1 555 123 4567` finds it too: see civicdesk/phones.py) and street
(street, unit, postal code, city of the household). The `unicode61 remove_diacritics 2`
tokenizer folds accents, so `zoe` finds `Zoë`; queries use prefix terms (`mul*`).
The expressions below are written once and used by the triggers, the rebuild and the
consistency check, so the three cannot drift apart.

Households have their own small index (`HOUSEHOLD_TABLE`: name and address, rowid =
household.id), so a household nobody lives in yet is found by its name or street.

Text is folded by `fields.fold` (registered on every connection as `civicdesk_fold`), the
same folding used for sorting: unicode61's own accent removal misses ł, ı, đ, ø, ß and
Greek accents, so `lukasz`, `yilmaz` or `ελενη` would find nobody.

On a PostgreSQL server every function here hands over to `pg_search`, which keeps the same
columns in tables of its own, folds with a generated SQL function that gives exactly
`fields.fold`, and cuts words as unicode61 does, so a search finds the same people (#17).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from civicdesk import plaintext
from civicdesk.data import backend, errors
from civicdesk.data.search_columns import (  # noqa: F401 - the index's names, here too
    FOLD,
    HOUSEHOLD_TABLE,
    TABLE,
    _row_select,
    email_sql,
    household_sql,
    name_sql,
    phone_sql,
    query_words,
    street_sql,
)

_INSERT = f"INSERT INTO {TABLE}(rowid, name, email, phone, street) SELECT "
_HOUSEHOLD_INSERT = f"INSERT INTO {HOUSEHOLD_TABLE}(rowid, text) SELECT "

CREATE_STATEMENTS = [
    f"""CREATE VIRTUAL TABLE {TABLE} USING fts5(
        name, email, phone, street,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')""",
    f"""CREATE TRIGGER person_search_ai AFTER INSERT ON person BEGIN
        {_INSERT}{_row_select('new')};
    END""",
    f"""CREATE TRIGGER person_search_au AFTER UPDATE OF
        first_name, preferred_name, last_name, email, phone, mobile, phone_e164, mobile_e164,
        household_id ON person BEGIN
        DELETE FROM {TABLE} WHERE rowid = old.id;
        {_INSERT}{_row_select('new')};
    END""",
    f"""CREATE TRIGGER person_search_ad AFTER DELETE ON person BEGIN
        DELETE FROM {TABLE} WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER person_search_hu AFTER UPDATE OF street, unit, postal_code, city
        ON household BEGIN
        DELETE FROM {TABLE} WHERE rowid IN (SELECT id FROM person WHERE household_id = new.id);
        {_INSERT}{_row_select('p')} FROM person p WHERE p.household_id = new.id;
    END""",
]

HOUSEHOLD_STATEMENTS = [
    f"""CREATE VIRTUAL TABLE {HOUSEHOLD_TABLE} USING fts5(
        text, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')""",
    f"""CREATE TRIGGER household_search_ai AFTER INSERT ON household BEGIN
        {_HOUSEHOLD_INSERT}new.id, {household_sql('new')};
    END""",
    f"""CREATE TRIGGER household_search_au AFTER UPDATE OF
        name, street, unit, postal_code, city ON household BEGIN
        DELETE FROM {HOUSEHOLD_TABLE} WHERE rowid = old.id;
        {_HOUSEHOLD_INSERT}new.id, {household_sql('new')};
    END""",
    f"""CREATE TRIGGER household_search_ad AFTER DELETE ON household BEGIN
        DELETE FROM {HOUSEHOLD_TABLE} WHERE rowid = old.id;
    END""",
]


def create(db) -> None:
    """Create the people index and its triggers, and fill it from the person table."""
    if backend.is_postgres(db):
        return pg_search.create_people_index(db)
    for statement in CREATE_STATEMENTS:
        db.execute_sql(statement)
    rebuild(db)


def create_table_only(db) -> None:
    """The people index without its triggers, for files older than the columns they read
    (`recreate` adds them)."""
    if backend.is_postgres(db):
        return pg_search.create_table_only(db)
    db.execute_sql(CREATE_STATEMENTS[0])


_TRIGGERS = ("person_search_ai", "person_search_au", "person_search_ad", "person_search_hu",
             "household_search_ai", "household_search_au", "household_search_ad")


def recreate_triggers(db) -> None:
    """Replace both indexes' triggers with today's and fill the indexes again (after the
    folding or the indexed columns changed)."""
    if backend.is_postgres(db):
        return pg_search.recreate_triggers(db)
    for name in _TRIGGERS:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    for statement in CREATE_STATEMENTS[1:] + HOUSEHOLD_STATEMENTS[1:]:
        db.execute_sql(statement)
    rebuild(db)


def create_household_index(db) -> None:
    """Create the households index and its triggers, and fill it."""
    if backend.is_postgres(db):
        return pg_search.create_household_index(db)
    for statement in HOUSEHOLD_STATEMENTS:
        db.execute_sql(statement)
    db.execute_sql(f"{_HOUSEHOLD_INSERT}h.id, {household_sql('h')} FROM household h")


@contextmanager
def bulk_loading(db) -> Iterator[None]:
    """Index people and households inserted inside the block in one statement each at the
    end.

    The per-row insert trigger costs ~0.1 ms a row (10 s for 100,000 people); one
    INSERT ... SELECT afterwards takes 2 s. Use inside the loading transaction.
    """
    if backend.is_postgres(db):
        with pg_search.bulk_loading(db):
            yield
        return
    db.execute_sql("DROP TRIGGER person_search_ai")
    db.execute_sql("DROP TRIGGER household_search_ai")
    try:
        yield
    finally:
        db.execute_sql(CREATE_STATEMENTS[1])
        db.execute_sql(HOUSEHOLD_STATEMENTS[1])
    db.execute_sql(f"{_INSERT}{_row_select('p')} FROM person p "
                   f"WHERE p.id NOT IN (SELECT rowid FROM {TABLE})")
    db.execute_sql(f"{_HOUSEHOLD_INSERT}h.id, {household_sql('h')} FROM household h "
                   f"WHERE h.id NOT IN (SELECT rowid FROM {HOUSEHOLD_TABLE})")


def rebuild(db) -> None:
    if backend.is_postgres(db):
        return pg_search.rebuild(db)
    db.execute_sql(f"DELETE FROM {TABLE}")
    db.execute_sql(f"{_INSERT}{_row_select('p')} FROM person p")
    if _exists(db, HOUSEHOLD_TABLE):  # not yet, while upgrading an older file
        db.execute_sql(f"DELETE FROM {HOUSEHOLD_TABLE}")
        db.execute_sql(f"{_HOUSEHOLD_INSERT}h.id, {household_sql('h')} FROM household h")


def _exists(db, table: str) -> bool:
    return db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = ?",
                          (table,)).fetchone() is not None


def inconsistencies(db, limit: int = 20) -> list[str]:
    """Describe where the index disagrees with the person table (empty list = consistent)."""
    if backend.is_postgres(db):
        return pg_search.inconsistencies(db, limit)
    problems = []
    problems += _fts_check(db, TABLE, "search index")
    missing = db.execute_sql(
        f"SELECT p.id FROM person p LEFT JOIN {TABLE} s ON s.rowid = p.id "
        f"WHERE s.rowid IS NULL LIMIT {limit}").fetchall()
    problems += [f"search index: person {pid} is missing" for (pid,) in missing]
    orphans = db.execute_sql(
        f"SELECT s.rowid FROM {TABLE} s LEFT JOIN person p ON p.id = s.rowid "
        f"WHERE p.id IS NULL LIMIT {limit}").fetchall()
    problems += [f"search index: row {rid} has no person" for (rid,) in orphans]
    stale = db.execute_sql(
        f"SELECT p.id FROM person p JOIN {TABLE} s ON s.rowid = p.id "
        f"WHERE s.name IS NOT {name_sql('p')} OR s.email IS NOT {email_sql('p')} "
        f"OR s.phone IS NOT {phone_sql('p')} OR s.street IS NOT {street_sql('p')} "
        f"LIMIT {limit}").fetchall()
    problems += [f"search index: person {pid} is out of date" for (pid,) in stale]
    return problems + _household_inconsistencies(db, limit)


def _fts_check(db, table: str, name: str) -> list[str]:
    """FTS5's own check of an index. It is a write: a file that cannot be written (locked,
    read-only, a full disk) is said so, not reported as damage to the index. A copy that
    opened the file read-only (query_only) lifts that for this statement alone: the check
    changes nothing."""
    looking = db.execute_sql("PRAGMA query_only").fetchone()[0]
    try:
        if looking:
            db.execute_sql("PRAGMA query_only = 0")
        db.execute_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    except Exception as exc:  # sqlite reports a corrupt FTS index as a DatabaseError
        found = errors.storage_error(exc, Path(db.database))
        if found is not None:
            raise found from exc
        return [f"{name}: {exc}"]
    finally:
        if looking:
            db.execute_sql("PRAGMA query_only = 1")
    return []


def _household_inconsistencies(db, limit: int) -> list[str]:
    table, problems = HOUSEHOLD_TABLE, []
    problems += _fts_check(db, table, "household search index")
    found = db.execute_sql(
        f"SELECT h.id, 'missing' FROM household h LEFT JOIN {table} s ON s.rowid = h.id "
        f"WHERE s.rowid IS NULL UNION ALL "
        f"SELECT h.id, 'out of date' FROM household h JOIN {table} s ON s.rowid = h.id "
        f"WHERE s.text IS NOT {household_sql('h')} LIMIT {limit}").fetchall()
    problems += [f"search index: household {hid} is {what}" for hid, what in found]
    orphans = db.execute_sql(
        f"SELECT s.rowid FROM {table} s LEFT JOIN household h ON h.id = s.rowid "
        f"WHERE h.id IS NULL LIMIT {limit}").fetchall()
    return problems + [f"search index: row {rid} has no household" for (rid,) in orphans]


def match_expression(text: str) -> str | None:
    """Turn what a user typed into an FTS5 query of prefix terms, or None if nothing is left.

    Every word must match (AND); each word matches as a prefix. A phone-like input is
    also tried as one run of digits, so `555 123` finds `555-1234`. Whatever was typed
    (quotes, `*`, `NEAR(`, `-`, `:`, NUL, broken characters) is only ever words to find,
    never query syntax. On a server: the same as a tsquery (`pg_search.match_expression`).
    """
    if backend.is_postgres():
        return pg_search.match_expression(text)
    found = query_words(text)
    if found is None:
        return None
    words, runs = found
    terms = " ".join(f'"{_quoted(w)}"*' for w in words)
    return f"({terms}) OR " + " OR ".join(f'"{run}"*' for run in runs) if runs else terms


def _quoted(word: str) -> str:
    """*word* inside an FTS5 string (a double quote is written twice)."""
    return word.replace('"', '""')


def household_matches(text: str) -> tuple[str, str] | None:
    """The condition (on `h.id`) and its parameter for households whose own name or
    address match *text*, or None if nothing is left to search for."""
    if backend.is_postgres():
        return pg_search.household_matches(text)
    expression = match_expression(text)
    if expression is None:
        return None
    return (f"h.id IN (SELECT rowid FROM {HOUSEHOLD_TABLE} WHERE {HOUSEHOLD_TABLE} MATCH ?)",
            expression)


def people_matching(id_column: str, text: str) -> tuple[str, str] | None:
    """The condition (on *id_column*, a person id) and its parameter for people whose name,
    email, phone or street match *text*, or None if nothing is left to search for."""
    if backend.is_postgres():
        return pg_search.people_matching(id_column, text)
    expression = match_expression(text)
    if expression is None:
        return None
    return f"{id_column} IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?)", expression


def count_people_matching(db, expression: str, where: str, params: tuple,
                          limit: int) -> int:
    """How many people match *expression* (from `match_expression`) and *where* (on `p`),
    counting at most *limit*.

    Driving the count from the index (CROSS JOIN fixes SQLite's join order) streams the
    matches, and the LIMIT stops the stream once it is reached; `p.id IN (matches)` would
    first copy them all into a temporary index."""
    if backend.is_postgres(db):
        return pg_search.count_people_matching(db, expression, where, params, limit)
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} s CROSS JOIN person p "
           f"ON p.id = s.rowid WHERE s.{TABLE} MATCH ? AND {where} LIMIT ?)")
    return db.execute_sql(sql, (expression, *params, limit)).fetchone()[0]


def whole_words(db, column: str, words: list[str], limit: int) -> list[int]:
    """Ids of people whose *column* in the index (name, email, phone, street) holds all
    *words* as whole words (not prefixes). The words may hold anything (NUL, quotes,
    broken characters): they are only ever words to find."""
    if backend.is_postgres(db):
        return pg_search.whole_words(db, column, words, limit)
    words = [plaintext.searchable(w) for w in words if w]
    if not words:
        return []
    phrase = " ".join(f'"{_quoted(w)}"' for w in words)
    cursor = db.execute_sql(
        f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?",
        (f"{column} : ({phrase})", limit))
    return [pid for (pid,) in cursor.fetchall()]


def name_prefixes(db, prefixes: list[str], limit: int) -> list[int]:
    """Ids of people whose name holds a word starting with each of *prefixes* (folded words
    from `fields.fold`; anything else in them is only ever text to find)."""
    if backend.is_postgres(db):
        return pg_search.name_prefixes(db, prefixes, limit)
    terms = " ".join(f'"{_quoted(plaintext.searchable(p))}"*' for p in prefixes if p)
    if not terms:
        return []
    cursor = db.execute_sql(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?",
                            (f"name : ({terms})", limit))
    return [pid for (pid,) in cursor.fetchall()]


def matching_ids(db, text: str, limit: int = 1000) -> list[int]:
    """Ids of people whose name, email, phone or street match *text* (best matches first)."""
    if backend.is_postgres(db):
        return pg_search.matching_ids(db, text, limit)
    expression = match_expression(text)
    if expression is None:
        return []
    cursor = db.execute_sql(
        f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY rank LIMIT ?",
        (expression, limit))
    return [row_id for (row_id,) in cursor.fetchall()]


from civicdesk.data import pg_search  # noqa: E402 - it builds on the expressions above
