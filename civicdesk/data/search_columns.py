"""What the people search indexes hold and what a search looks for, the same on both back
ends: the SQL expressions that fill the index's columns from a person or a household
(`search.py` in a file's FTS5 table, `pg_search.py` in a server's tsvector), and the words
of what was typed (`query_words`)."""

from __future__ import annotations

import re

from civicdesk import phones, plaintext
from civicdesk.data.fields import fold

TABLE = "person_search"
HOUSEHOLD_TABLE = "household_search"
FOLD = "civicdesk_fold"

_PHONE_JUNK = (" ", "-", "(", ")", ".", "/", "+")


def _digits(expr: str) -> str:
    for junk in _PHONE_JUNK:
        expr = f"replace({expr}, '{junk}', '')"
    return expr


def name_sql(p: str) -> str:
    return f"{FOLD}({p}.first_name || ' ' || {p}.preferred_name || ' ' || {p}.last_name)"


def email_sql(p: str) -> str:
    return f"{FOLD}({p}.email)"


def phone_sql(p: str) -> str:
    return (f"trim({p}.phone || ' ' || {p}.mobile || ' ' || "
            f"{_digits(p + '.phone')} || ' ' || {_digits(p + '.mobile')} || ' ' || "
            f"{_digits(p + '.phone_e164')} || ' ' || {_digits(p + '.mobile_e164')})")


def street_sql(p: str) -> str:
    return (f"coalesce((SELECT {FOLD}(h.street || ' ' || h.unit || ' ' || h.postal_code || ' ' "
            f"|| h.city) FROM household h WHERE h.id = {p}.household_id), '')")


def household_sql(h: str) -> str:
    return (f"{FOLD}({h}.name || ' ' || {h}.street || ' ' || {h}.unit || ' ' || "
            f"{h}.postal_code || ' ' || {h}.city)")


def _row_select(p: str) -> str:
    return f"{p}.id, {name_sql(p)}, {email_sql(p)}, {phone_sql(p)}, {street_sql(p)}"


_TOKEN = re.compile(r"\w+", re.UNICODE)
_PHONEISH = re.compile(r"^[\d\s()+./-]+$")


def query_words(text: str) -> tuple[list[str], list[str]] | None:
    """What `match_expression` looks for in *text*: its folded words (each a prefix, all
    of them), and the runs of digits a phone-like input is also tried as (any of them); None
    if nothing is left."""
    text = plaintext.searchable(text).strip()
    if not text:
        return None
    words = [w for w in _TOKEN.findall(text) if fold(w)]
    if not words:
        return None
    if not _PHONEISH.match(text):
        return [fold(w) for w in words], []
    runs = [] if len(words) == 1 else ["".join(ch for ch in text if ch.isdigit())]
    whole = phones.e164(text)[1:]  # "5552324682" finds +1 555 232 4682 too
    runs += [whole] if whole and whole not in words else []
    return [fold(w) for w in words], runs
