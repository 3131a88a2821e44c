"""Look and feel helpers: fonts derived from the system font, the stylesheet, restyling.

Font sizes are always relative to the system font the coach chose; nothing here sets a
pixel size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
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


# The stylesheet's colours (resources/styles/app.qss), for the widgets it does not style.
_LIGHT = {
    QPalette.ColorRole.Window: "#f5f4f0",
    QPalette.ColorRole.WindowText: "#1f2326",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f8f7f4",
    QPalette.ColorRole.Text: "#1f2326",
    QPalette.ColorRole.PlaceholderText: "#80868c",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#1f2326",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2326",
    QPalette.ColorRole.Highlight: "#2e6b80",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#2e6b80",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#ebe9e3",
    QPalette.ColorRole.Mid: "#c9c5bc",
    QPalette.ColorRole.Dark: "#a3a7ab",
    QPalette.ColorRole.Shadow: "#5b6167",
}
_DISABLED_TEXT = "#a3a7ab"


def light_palette() -> QPalette:
    """The app's own light palette, whatever the system's colour scheme."""
    palette = QPalette()
    for role, colour in _LIGHT.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT))
    return palette


def pin_light_look(app: QApplication) -> None:
    """Fusion with a light palette: the stylesheet is a light one, and on a system in dark
    mode the native palette would put white text on its light cards (invisible labels)."""
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: native parts (title bars) follow too
        hints.setColorScheme(Qt.ColorScheme.Light)


def apply_look(app: QApplication, stylesheet: Path | None, icon: Path | None) -> None:
    """Pin the light look, load the stylesheet and the window icon when they are present.

    The stylesheet refers to images as ``url(icons:name.svg)``: the folder of ``icon``.
    """
    pin_light_look(app)
    if icon is not None:
        QDir.addSearchPath("icons", str(icon.parent))
    if stylesheet is not None and stylesheet.is_file():
        app.setStyleSheet(stylesheet.read_text(encoding="utf-8"))
    if icon is not None and icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
