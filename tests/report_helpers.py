"""Reading PDFs back for the report tests: text per page, and where each text was drawn."""

from __future__ import annotations

import io
import unicodedata

import pypdf


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page, NFKC-normalised (Arabic presentation forms become letters)."""
    return [unicodedata.normalize("NFKC", page.extract_text() or "")
            for page in reader(pdf).pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def positions(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x, y) of every piece of text drawn on *page*, in points from the bottom left."""
    found: list[tuple[str, float, float]] = []

    def visit(content, cm, tm, font_dict, font_size):
        if content.strip():
            found.append((content, tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return found


def contains_name(haystack: str, name: str) -> bool:
    """*name* is in the text, in logical order or (right-to-left scripts drawn in visual
    order, as some extractors return them) reversed."""
    name = unicodedata.normalize("NFKC", name)
    return name in haystack or name[::-1] in haystack
