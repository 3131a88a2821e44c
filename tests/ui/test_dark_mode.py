"""A computer in dark mode: the light stylesheet keeps dark text, so nothing vanishes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QMenuBar, QVBoxLayout, QWidget

from genwerkt_desktop.resources import resource
from genwerkt_desktop.ui.screenshots import dark_system_palette
from genwerkt_desktop.ui.style import apply_look


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def dark_system(qapp: QApplication) -> Iterator[QApplication]:
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    qapp.setPalette(dark_system_palette())
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _strongest_contrast(widget: QWidget) -> float:
    """The contrast between the widget's background (its corner) and its darkest or
    lightest pixel: what the eye sees of its text, as painted."""
    widget.resize(widget.sizeHint().expandedTo(QSize(160, 28)))
    image = widget.grab().toImage()
    background = image.pixelColor(1, 1)
    return max(
        contrast(background, image.pixelColor(x, y))
        for x in range(image.width())
        for y in range(image.height())
    )


def test_labels_and_menus_stay_readable_on_a_dark_system(dark_system: QApplication) -> None:
    apply_look(dark_system, resource("styles", "app.qss"), resource("icons", "genwerkt.svg"))
    card = QWidget()
    card.setObjectName("card")  # the white card of the start pages
    layout = QVBoxLayout(card)
    layout.addWidget(QLabel("Wachtzin:", card))
    menus = QMenuBar()
    menus.addMenu("Kluis")
    for widget in (card, menus):
        assert _strongest_contrast(widget) >= 4.5, type(widget).__name__
