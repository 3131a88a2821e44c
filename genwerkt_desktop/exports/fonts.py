"""The shipped Unicode font: the built-in PDF fonts print ı ş ğ ł ț as black boxes."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from genwerkt_desktop.resources import require

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register() -> None:
    """Register the fonts with reportlab once per process."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(require("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(require("fonts", "DejaVuSans-Bold.ttf"))))
