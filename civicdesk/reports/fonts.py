"""The bundled TrueType fonts, one per writing system, registered with reportlab on demand.

Helvetica only knows Latin-1, so every text goes through `font_for(char)`: Noto Sans for
Latin, Greek and Cyrillic, Noto Sans Arabic / Hebrew / Devanagari for those scripts, and
WenQuanYi Micro Hei for Chinese, Japanese and Korean (loaded only when such text appears:
it is 5 MB). Fonts for complex scripts are registered `shapable` so HarfBuzz shapes them.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from civicdesk import paths


@dataclass(frozen=True)
class Face:
    """One family: a file for regular and bold, and whether text in it needs shaping."""

    key: str
    regular: str
    bold: str
    shaped: bool = False
    rtl: bool = False
    subfont: int = 0


BASE = Face("Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
ARABIC = Face("Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", True, True)
HEBREW = Face("Hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", True, True)
DEVANAGARI = Face("Devanagari", "NotoSansDevanagari-Regular.ttf",
                  "NotoSansDevanagari-Bold.ttf", True)
CJK = Face("CJK", "wqy-microhei.ttc", "wqy-microhei.ttc")

# Unicode blocks that decide the face outright (other characters: whichever face has them).
_RANGES = (
    (0x0590, 0x05FF, HEBREW), (0xFB1D, 0xFB4F, HEBREW),
    (0x0600, 0x06FF, ARABIC), (0x0750, 0x077F, ARABIC), (0x08A0, 0x08FF, ARABIC),
    (0xFB50, 0xFDFF, ARABIC), (0xFE70, 0xFEFF, ARABIC),
    (0x0900, 0x097F, DEVANAGARI), (0xA8E0, 0xA8FF, DEVANAGARI),
)

_lock = threading.Lock()
_registered: dict[str, TTFont] = {}


def font_dir():
    return paths.resource_dir() / "fonts"


def font_name(face: Face, bold: bool = False) -> str:
    """The reportlab name of *face* (registering it first if needed)."""
    name = f"CD-{face.key}-Bold" if bold and face.bold != face.regular else f"CD-{face.key}"
    if name not in _registered:
        _register(face, name, face.bold if bold else face.regular)
    return name


def _register(face: Face, name: str, filename: str) -> None:
    # Reports render on a worker thread while the GUI may render another: register once.
    with _lock:
        if name in _registered:
            return
        font = TTFont(name, str(font_dir() / filename), subfontIndex=face.subfont,
                      shapable=face.shaped)
        pdfmetrics.registerFont(font)
        _registered[name] = font


def base_font(bold: bool = False) -> str:
    return font_name(BASE, bold)


def has_glyph(face: Face, char: str) -> bool:
    font = _registered.get(font_name(face))
    return font is not None and ord(char) in font.face.charToGlyph


_face_cache: dict[str, Face | None] = {}


def face_for(char: str) -> Face | None:
    """The face that prints *char*, or None for a neutral (space, punctuation, digit, mark)
    that should stay in the face of the text around it."""
    found = _face_cache.get(char, False)
    if found is not False:
        return found
    found = _classify(char)
    _face_cache[char] = found
    return found


def _classify(char: str) -> Face | None:
    code = ord(char)
    for lo, hi, face in _RANGES:
        if lo <= code <= hi:
            return face
    category = unicodedata.category(char)
    if category[0] in "ZPNMSC" and has_glyph(BASE, char):
        return None
    if has_glyph(BASE, char):
        return BASE
    if has_glyph(CJK, char):
        return CJK
    return BASE  # nothing has it: the base font prints its "missing" box
