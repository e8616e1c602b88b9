"""Render an SVG to a square PNG: `render_icon.py IN.svg OUT.png SIZE` (build.spec uses it
for the Windows and macOS app icons, which PyInstaller converts to .ico/.icns)."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402


def render(svg: str, png: str, size: int) -> None:
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        raise SystemExit(f"render_icon: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if not image.save(png):
        raise SystemExit(f"render_icon: could not write {png}")


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    render(sys.argv[1], sys.argv[2], int(sys.argv[3]))
