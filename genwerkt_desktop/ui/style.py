"""Look and feel helpers: fonts derived from the system font, the stylesheet, restyling.

Font sizes are always relative to the system font the coach chose; nothing here sets a
pixel size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QWidget


def scaled_font(base: QFont, factor: float, *, weight: QFont.Weight | None = None) -> QFont:
    """``base`` made ``factor`` times larger (points when known, else pixels)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:  # a platform that reports the system font in pixels
        font.setPixelSize(round(font.pixelSize() * factor))
    if weight is not None:
        font.setWeight(weight)
    return font


def make_title(widget: QWidget, factor: float = 1.6) -> None:
    widget.setFont(scaled_font(widget.font(), factor, weight=QFont.Weight.DemiBold))


def monospace_font(base: QFont, factor: float = 1.0) -> QFont:
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = base.pointSizeF() if base.pointSizeF() > 0 else fixed.pointSizeF()
    if size > 0:
        fixed.setPointSizeF(size * factor)
    fixed.setStyleHint(QFont.StyleHint.Monospace)
    return fixed


def restyle(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def apply_look(app: QApplication, stylesheet: Path | None, icon: Path | None) -> None:
    """Load the stylesheet and the window icon when they are present.

    The stylesheet refers to images as ``url(icons:name.svg)``: the folder of ``icon``.
    """
    if icon is not None:
        QDir.addSearchPath("icons", str(icon.parent))
    if stylesheet is not None and stylesheet.is_file():
        app.setStyleSheet(stylesheet.read_text(encoding="utf-8"))
    if icon is not None and icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
