"""PNG pictures painted with Qt, also from the command line (no window, no display).

The shipped DejaVu font is loaded into Qt so a picture looks the same on a machine
without any fonts installed, and ı ş ł ț never print as boxes.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

from genwerkt_desktop.resources import resource
from genwerkt_desktop.store.files import write_atomic

FAMILY = "DejaVu Sans"


def offscreen_gui() -> QCoreApplication:
    """The running Qt application, or an offscreen one for the command line."""
    app = QCoreApplication.instance()
    if app is None:
        app = QGuiApplication(["genwerkt", "-platform", "offscreen"])
    return app


@cache
def _load_fonts() -> str:
    families: list[str] = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else FAMILY


def picture_font(point_size: float, bold: bool = False) -> QFont:
    """The shipped font at this size (call after :func:`offscreen_gui`)."""
    font = QFont(_load_fonts())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def write_png(
    path: Path, width: int, height: int, paint: Callable[[QPainter], None], dpi: int = 144
) -> Path:
    """Paint on a white ``width`` × ``height`` pixel image and save it as PNG, atomically."""
    offscreen_gui()
    _load_fonts()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint(painter)
    finally:
        painter.end()

    def save(tmp: Path) -> None:
        if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]  # stubs say bytes; only str works
            raise OSError(errno.EIO, "PNG niet geschreven", str(tmp))

    return write_atomic(Path(path), save, suffix=".png")
