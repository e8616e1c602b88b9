"""Column types: UTC timestamps, JSON text, and the text folding used for sorting and search."""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, date, datetime

import peewee

# Latin letters that Unicode does not decompose into base letter + accent (strokes, hooks,
# eth, thorn, schwa, eng ...: all of Latin-1, Extended-A and -B, with the IPA forms their
# capitals case-fold to), each to the letters a reader would type for it. Letters with no
# such reading (tone letters, clicks, glottal stops) are kept. The apostrophe of ŉ and the
# middle dot of ŀ (Catalan l·l) go. tests/test_folding.py checks this against Unicode's
# names of every letter from U+0080 to U+024F.
_FOLDED_AS = {
    "a": "ⱥ", "b": "ƀƃɓ", "c": "ƈȼ", "d": "đðƌƍȡɖɗ", "e": "ǝɇəɛ", "f": "ƒ", "g": "ǥɠɣ",
    "h": "ħ", "i": "ıɨɩ", "j": "ȷɉ", "k": "ĸƙ", "l": "łƚƛȴ", "m": "ɯ", "n": "ŋƞȵɲ",
    "o": "øɔɵ", "p": "ƥ", "q": "ɋ", "r": "ɍʀ", "s": "ȿ", "t": "ŧƫƭȶʈⱦ", "u": "ʉʊ", "v": "ʋʌ",
    "w": "ƿ", "y": "ƴɏ", "z": "ƶƹƺȥɀʒ",
    "ae": "æ", "oe": "œ", "ss": "ß", "th": "þ", "sh": "ʃƪ", "gh": "ȝ", "hv": "ƕ", "oi": "ƣ",
    "ou": "ȣ", "db": "ȸ", "qp": "ȹ", "": "ʼ·",
}
_EXTRA_FOLDS = str.maketrans({letter: folded for folded, letters in _FOLDED_AS.items()
                              for letter in letters})


def fold(text: str | None) -> str:
    """Lower-case *text* and strip accents, so `Zoë Müller` sorts and matches as `zoe muller`."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.translate(_EXTRA_FOLDS).split())


class UTCDateTimeField(peewee.DateTimeField):
    """Stored as `YYYY-MM-DD HH:MM:SS` in UTC (sorts as text, portable); read back aware."""

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            raise ValueError(f"{self.name}: naive datetime {value!r}; pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")

    def python_value(self, value):
        if value is None or value == "":
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def read_date(value: str | date | None) -> date | None:
    """A DATE column's value as raw SQL returns it (text from SQLite, a date from
    PostgreSQL) as a date."""
    if not value:
        return None
    return value if isinstance(value, date) else date.fromisoformat(value)


def utc_text(value: datetime) -> str:
    """The stored text form of an aware datetime, for raw SQL comparisons."""
    return UTCDateTimeField().db_value(value)


class JSONField(peewee.TextField):
    """A JSON document kept in a TEXT column (portable to PostgreSQL as text)."""

    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    def python_value(self, value):
        return None if value is None else json.loads(value)
