"""The ecogram on paper and as SVG: opens, carries the labels, the caption and the legend."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage

from genwerkt_desktop.domain.ecogram import compare
from genwerkt_desktop.domain.ecogram_compare_drawing import compare_drawing
from genwerkt_desktop.domain.ecogram_drawing import CLIENT_RADIUS, NODE_RADIUS, Mark, draw
from genwerkt_desktop.domain.ecogram_layout import MapFrame, all_line_shapes, map_layout
from genwerkt_desktop.domain.ecogram_placement import member_reach
from genwerkt_desktop.domain.ecogram_shapes import RectShape
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.exports.wording import ecogram_changes
from genwerkt_desktop.render.ecogram_pdf import paper_measure, write_pdf, write_svg
from genwerkt_desktop.render.ecogram_qt import write_ecogram_png
from genwerkt_desktop.ui.dossier.ecogram.scene import UNIT, EcogramScene

DEMO = Path(__file__).parents[1] / "resources" / "demo" / "01-ayse-yilmaz.json"


def _ecograms():
    dossier = from_document(json.loads(DEMO.read_text(encoding="utf-8")))
    return sorted(dossier.ecograms, key=lambda e: e.drawn_on)


def test_pdf_carries_caption_labels_legend_and_changes(tmp_path: Path) -> None:
    older, newer = _ecograms()
    notes = ecogram_changes(compare(older, newer))
    path = write_pdf(draw(newer, "Ayşe"), tmp_path / "ecogram.pdf", notes)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Ecogram van Ayşe, 12/10/2026" in text
    for node in newer.nodes:
        assert node.label.split(" (")[0] in text
    for words in ("Legende", "sterke band", "zwakke band", "verbroken band", "Wat veranderde"):
        assert words in text
    assert notes[0].split(":")[0] in text  # "Nieuw in het netwerk", wrapped on the page


def test_svg_parses_and_holds_the_labels(tmp_path: Path) -> None:
    newer = _ecograms()[-1]
    path = write_svg(draw(newer, "Ayşe"), tmp_path / "ecogram.svg")
    root = ET.parse(path).getroot()
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Ecogram van Ayşe" in texts
    assert "Buurvrouw Fatima (أم يوسف)" in texts
    assert "gezelschap" in texts


def test_comparison_pdf_tells_and_marks_ties_between_members(tmp_path: Path) -> None:
    older, newer = _ecograms()
    notes = ecogram_changes(compare(older, newer))
    told = "De band tussen Murat (ex-partner) en Elif (dochter, 7) werd sterker."
    assert told in notes
    # Ties that came with a new member are not told twice: the member is.
    assert not any("Verhuurder" in note and "band" in note for note in notes)
    path = write_pdf(
        compare_drawing(older, newer, "Ayşe", paper_measure), tmp_path / "vergelijking.pdf", notes
    )
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert told in text
    assert "band tussen twee leden viel weg" in text  # the legend


def test_comparison_svg_carries_the_tags_of_ties_between_members(tmp_path: Path) -> None:
    older, newer = _ecograms()
    path = write_svg(
        compare_drawing(older, newer, "Ayşe", paper_measure), tmp_path / "vergelijking.svg"
    )
    texts = [t.text for t in ET.parse(path).getroot().iter() if t.tag.endswith("text")]
    # Five new members; the tie between two members that changed carries its word.
    assert texts.count("nieuw") == 5
    assert texts.count("sterker") == 1 + 1  # Murat–Elif, and the legend's sample


def test_on_screen_no_tag_covers_a_member_a_label_or_another_tag(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With Qt's own font measures, as the compare view lays the map out and paints it."""
    older, newer = _ecograms()
    measure = EcogramScene().measure
    drawing = compare_drawing(older, newer, "Ayşe", measure)
    layout = map_layout(drawing, measure)
    client = CLIENT_RADIUS * MapFrame().half
    taken: list[tuple[str, QRectF]] = [("client", QRectF(-client, -client, 2 * client, 2 * client))]
    tags: list[tuple[str, QRectF]] = []

    def rect(left: float, top: float, right: float, bottom: float) -> QRectF:
        return QRectF(QPointF(left, top), QPointF(right, bottom))

    for placed in layout.members:
        x, y, label = placed.x, placed.y, placed.member.label
        reach = NODE_RADIUS * MapFrame().half + member_reach(placed.member.mark is Mark.JOINED)
        taken.append((label, rect(x - reach, y - reach, x + reach, y + reach)))
        _shape, patch, *tag = (box.moved(x, y) for box in placed.outline)
        taken.append((f"label {label}", rect(patch.left, patch.top, patch.right, patch.bottom)))
        if tag:
            tags.append(
                (f"tag {label}", rect(tag[0].left, tag[0].top, tag[0].right, tag[0].bottom))
            )
    # A line's tag is its boxed word: the rectangles among the lines' shapes.
    for shape in all_line_shapes(drawing.lines, MapFrame(), measure):
        if isinstance(shape, RectShape):
            tags.append(("tag of a line", QRectF(shape.x, shape.y, shape.w, shape.h)))
    assert len(tags) == 8 + 1
    for name, tag in tags:
        assert [other for other, box in taken if tag.intersects(box)] == [], name
    for (a, box_a), (b, box_b) in combinations(tags, 2):
        assert not box_a.intersects(box_b), (a, b)
    assert UNIT > 1  # the screen paints these points larger, all alike
    png = write_ecogram_png(
        drawing, tmp_path / "vergelijking.png", ecogram_changes(compare(older, newer))
    )
    assert not QImage(str(png)).isNull()


def test_a_long_first_name_is_set_smaller_to_stay_inside_the_circle() -> None:
    from reportlab.graphics.shapes import Circle, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from genwerkt_desktop.render import fonts
    from genwerkt_desktop.render.ecogram_pdf import map_drawing

    newer = _ecograms()[-1]

    def label_and_rings(name: str) -> tuple[float, float, float]:
        picture = map_drawing(draw(newer, name))
        centre = picture.width / 2
        (label,) = [s for s in picture.contents if isinstance(s, String) and s.text == name]
        rings = [c for c in picture.contents if isinstance(c, Circle) and c.cx == c.cy == centre]
        inner, outer = sorted(c.r for c in rings)
        return label.fontSize, inner, outer

    size, inner, _outer = label_and_rings("Ayşe")
    assert size == 10  # fits as it is
    size, inner, _outer = label_and_rings("Łukasz")
    assert size < 10 and stringWidth("Łukasz", fonts.BOLD, size) <= 2 * inner
    # A long name stops shrinking at a size that still reads, inside the outer ring.
    size, inner, outer = label_and_rings("Constantin")
    assert size == 6.0 and stringWidth("Constantin", fonts.BOLD, size) <= 2 * outer
