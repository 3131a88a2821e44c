"""Render resources/icons/genwerkt.svg to a square PNG for the frozen builds' icons.

    python packaging/render_icon.py SVG PNG [SIZE]

PyInstaller turns the PNG into the Windows .ico and the macOS .icns itself (with
Pillow, which reportlab already brings along), so the repository keeps one icon: the SVG.
Runs with the build environment's PySide6, offscreen.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    svg, png = argv[0], argv[1]
    size = int(argv[2]) if len(argv) > 2 else 1024
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(["render_icon"])
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        print(f"render_icon: {svg} is not a valid SVG", file=sys.stderr)
        return 1
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    ok = image.save(png, "PNG")
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
