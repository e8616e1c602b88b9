"""Which characters text may hold, and how to make any text safe to search for or show.

Three kinds of character are trouble; everything else (every script, emoji, right-to-left
marks, zero-width joiners) is ordinary text:

- a lone surrogate (half of a UTF-16 pair, left by a broken copy and paste or an
  undecodable file name) cannot be written as UTF-8, so SQLite cannot store it;
- a control character (NUL, escape, bell, ...) is invisible, ends a string early in C code
  (an FTS5 query stops at a NUL) and is not allowed in an iCalendar file;
- a line break (or a tab) belongs only in multi-line text such as notes, never in a name,
  a phone number or a title.

`problem()` says which one a value holds (validation refuses it); `one_line()`,
`multi_line()` and `searchable()` replace them, for text that was stored before these rules
or that is only looked for, never stored.
"""

from __future__ import annotations

import re

SURROGATE = re.compile("[\ud800-\udfff]")
# Unicode's control characters (category Cc) except tab, line feed and carriage return.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# What str.splitlines() breaks at, and the tab: not in a single-line value.
LINE_BREAK = re.compile("[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
REPLACEMENT = "\ufffd"

_UNSAFE_ON_ONE_LINE = re.compile(f"(?:{LINE_BREAK.pattern}|{CONTROL.pattern})+")


def problem(text: str, *, multiline: bool = False) -> str | None:
    """What is wrong with *text* as a stored value: "surrogate", "line_break" (only
    when not *multiline*), "control", or None."""
    if SURROGATE.search(text):
        return "surrogate"
    if not multiline and LINE_BREAK.search(text):
        return "line_break"
    if CONTROL.search(text):
        return "control"
    return None


def one_line(text: str) -> str:
    """*text* on one line: line breaks, tabs and control characters become a space,
    lone surrogates the replacement character."""
    text = SURROGATE.sub(REPLACEMENT, text)
    return _UNSAFE_ON_ONE_LINE.sub(" ", text).strip()


def multi_line(text: str) -> str:
    """*text* with its line breaks and tabs, without control characters; lone surrogates
    become the replacement character."""
    return CONTROL.sub("", SURROGATE.sub(REPLACEMENT, text))


def searchable(text: str) -> str:
    """What was typed into a search or a filter, safe to send to the database: lone
    surrogates and control characters become the replacement character, which no word
    contains (so they find nothing, and never break the query)."""
    return CONTROL.sub(REPLACEMENT, SURROGATE.sub(REPLACEMENT, text))


def shown(text: str, limit: int = 80) -> str:
    """*text* as a message may quote it: on one line, invisible characters made visible
    (the replacement character), at most *limit* characters."""
    text = SURROGATE.sub(REPLACEMENT, text)
    text = CONTROL.sub(REPLACEMENT, LINE_BREAK.sub(REPLACEMENT, text))
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"
