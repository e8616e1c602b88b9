"""Text of any script on a reportlab canvas: font runs, right-to-left order, shaping, wrapping.

A line of text becomes `Run`s in visual (left-to-right) order, each in one font with its
width. Plain Latin text takes a fast path (one run, no shaping), which is what keeps a
10,000-row roster close to the speed of bare `drawString` calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics, ttfonts

from civicdesk.reports import bidi, fonts

# kern and liga only: Noto Sans Arabic's discretionary ligatures turn a plain name into a
# calligraphic one with vowel marks (reportlab's default also enables dlig).
_FEATURES = {"kern": True, "liga": True}
# ... and the narrow no-break space of French numbers and English times ("1 234", "2:30 PM")
_SIMPLE = re.compile(r"[\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u202f]*\Z")
_CACHE_LIMIT = 50_000
# Where a line may break: whitespace, but not the no-break spaces that hold "12,50 $US" or
# "2:30 PM" together.
_BREAKS = re.compile(r"[^\S\u00a0\u2007\u202f]+")
_MIRROR = str.maketrans("()[]{}<>\u00ab\u00bb", ")(][}{><\u00bb\u00ab")


@dataclass(frozen=True)
class Run:
    """A piece of a line in one font, in visual order (shaped text is a reportlab ShapedStr)."""

    text: str
    font: str
    width: float


class Line(tuple):
    """The runs of one line, left to right; `width` is their total."""

    @property
    def width(self) -> float:
        return sum(run.width for run in self)


_line_cache: dict[tuple[str, float, bool], Line] = {}


def layout(text: str, size: float, bold: bool = False) -> Line:
    """One line of *text* (no wrapping) as runs in visual order."""
    key = (text, size, bold)
    found = _line_cache.get(key)
    if found is not None:
        return found
    if _SIMPLE.match(text):
        font = fonts.base_font(bold)
        line = Line((Run(text, font, pdfmetrics.stringWidth(text, font, size)),))
    else:
        line = Line(_complex_layout(text, size, bold))
    if len(_line_cache) > _CACHE_LIMIT:
        _line_cache.clear()
    _line_cache[key] = line
    return line


def clear_cache() -> None:
    """Forget measured lines (the benchmark starts each run cold)."""
    _line_cache.clear()


def width(text: str, size: float, bold: bool = False) -> float:
    return layout(text, size, bold).width


def _complex_layout(text: str, size: float, bold: bool) -> list[Run]:
    char_levels = bidi.levels(text)
    pieces = _split(text, char_levels)
    order = bidi.visual_order([level for _, _, level in pieces])
    return [_shape(*pieces[i], size, bold) for i in order]


def _split(text: str, char_levels: list[int]) -> list[tuple[str, fonts.Face, int]]:
    """Logical runs of one face and one level (neutrals stay with the face before them)."""
    faces: list[fonts.Face] = []
    current = next((f for f in map(fonts.face_for, text) if f is not None), fonts.BASE)
    for char in text:
        face = fonts.face_for(char)
        if face is not None:
            current = face
        elif not fonts.has_glyph(current, char):  # e.g. digits in Noto Sans Hebrew
            face = fonts.BASE
        faces.append(face or current)
    pieces: list[tuple[str, fonts.Face, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or faces[i] != faces[start] or char_levels[i] != char_levels[start]:
            pieces.append((text[start:i], faces[start], char_levels[start]))
            start = i
    return pieces


def _shape(text: str, face: fonts.Face, level: int, size: float, bold: bool) -> Run:
    font = fonts.font_name(face, bold)
    if face.shaped:
        word = [pdfmetrics.stringWidth(text, font, size), (ABag(fontName=font, fontSize=size),
                                                           text)]
        shaped = ttfonts.shapeFragWord(word, features=_FEATURES)[1][1]
        if isinstance(shaped, ttfonts.ShapedStr):
            advance = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
            return Run(shaped, font, advance)
    if level % 2:  # right-to-left neutrals or a font without shaping: mirror the order
        text = text[::-1].translate(_MIRROR)
    return Run(text, font, pdfmetrics.stringWidth(text, font, size))


def draw(canvas, x: float, y: float, line: Line, size: float, align: str = "left",
         max_width: float | None = None) -> None:
    """Draw *line* with its baseline at *y*; *x* is the left, centre or right edge."""
    total = line.width
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for run in line:
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.text)
        x += run.width


def add_to(text_object, x: float, y: float, line: Line, size: float,
           align: str = "left") -> None:
    """Like `draw`, into a reportlab text object: one BT/ET block for many lines is much
    cheaper than a drawString per cell (the roster draws ~70,000 of them)."""
    if align == "right":
        x -= line.width
    elif align == "center":
        x -= line.width / 2
    for run in line:
        text_object.setTextOrigin(x, y)
        text_object.setFont(run.font, size)
        text_object.textOut(run.text)
        x += run.width


def wrap(text: str, size: float, max_width: float, bold: bool = False) -> list[Line]:
    """*text* broken into lines no wider than *max_width* (at spaces; a word longer than a
    line is cut; explicit newlines are kept)."""
    lines: list[Line] = []
    for paragraph in text.split("\n"):
        line = layout(paragraph, size, bold)
        if line.width <= max_width:
            lines.append(line)
        else:
            lines += [layout(t, size, bold) for t in _break(paragraph, size, max_width, bold)]
    return lines


def _break(text: str, size: float, max_width: float, bold: bool) -> list[str]:
    space = width(" ", size, bold)
    out, current, current_width = [], "", 0.0
    for word in filter(None, _BREAKS.split(text)):
        w = width(word, size, bold)
        if w > max_width:  # a word longer than the line: cut it by characters
            if current:
                out.append(current)
            pieces = _cut(word, size, max_width, bold)
            out += pieces[:-1]
            current, current_width = pieces[-1], width(pieces[-1], size, bold)
        elif not current:
            current, current_width = word, w
        elif current_width + space + w > max_width:
            out.append(current)
            current, current_width = word, w
        else:
            current, current_width = f"{current} {word}", current_width + space + w
    if current or not out:
        out.append(current)
    return out


def _cut(word: str, size: float, max_width: float, bold: bool) -> list[str]:
    """A word wider than the line, in pieces: after a hyphen, slash, @, dot or en dash when
    one is in reach (emails, double names, "9:00 AM–12:30 PM"), else wherever the line is
    full."""
    pieces, start = [], 0
    while True:  # measuring only what can fit on a line: a 10,000-letter word stays quick
        end = start + 1
        while end < len(word) and width(word[start:end + 1], size, bold) <= max_width:
            end += 1
        if end >= len(word):  # the rest fits
            break
        soft = max(word.rfind(ch, start, end) for ch in "-/@.\u2013")
        if soft > start:
            end = soft + 1
        pieces.append(word[start:end])
        start = end
    pieces.append(word[start:])
    return pieces


def fit(text: str, size: float, max_width: float, bold: bool = False) -> Line:
    """One line that fits *max_width*: shortened with an ellipsis when it does not."""
    line = layout(text, size, bold)
    if line.width <= max_width or not text:
        return line
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if width(text[:mid].rstrip() + "\u2026", size, bold) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return layout(text[:lo].rstrip() + "\u2026", size, bold)
