"""Make the fonts bundled for the reports available on screen too.

An office PC may lack fonts for some of its neighbours' scripts (a bare Debian has none for
Devanagari; Qt then draws boxes and warns "OpenType support missing"). Qt falls back to
application fonts like system ones, so registering ours fixes both screen and reports.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from civicdesk import paths

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


def register_bundled_fonts() -> list[str]:
    """Register every font file under resources/fonts; returns the families Qt now knows."""
    families: list[str] = []
    folder = paths.resource_dir() / "fonts"
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.suffix.lower() in FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    return families
