"""Right-to-left text (Arabic, Hebrew) made printable for reportlab.

reportlab writes characters in the order they are stored and does not join Arabic
letters, so a name like "أم يوسف" would print back to front and in loose letters.  Qt
shapes text itself (screen, PNG) and so do SVG viewers: only PDF output goes through here.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from reportlab.graphics.shapes import Drawing, Group, String

_RIGHT_TO_LEFT = frozenset({"R", "AL"})


def has_right_to_left(value: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in value)


@lru_cache(maxsize=2048)
def _visual_line(line: str) -> str:
    return str(get_display(arabic_reshaper.reshape(line), base_dir="L"))


def visual(value: str) -> str:
    """``value`` in the order and letter forms a PDF must draw; unchanged when it holds no
    right-to-left script.  Line by line, so lines keep their order."""
    if not has_right_to_left(value):
        return value
    return "\n".join(_visual_line(line) for line in value.split("\n"))


def visual_drawing(drawing: Drawing | Group) -> Drawing | Group:
    """Every text in a reportlab drawing made printable, in place (before renderPDF)."""
    for node in drawing.contents:
        if isinstance(node, String):
            node.text = visual(node.text)
        elif isinstance(node, Group):
            visual_drawing(node)
    return drawing
