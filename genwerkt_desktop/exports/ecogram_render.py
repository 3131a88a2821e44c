"""The ecogram drawing description rendered with reportlab.graphics, for PDF and SVG."""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.graphics import renderPDF, renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from genwerkt_desktop.domain.ecogram_drawing import (
    CLIENT_RADIUS,
    NODE_RADIUS,
    EcogramDrawing,
    LegendEntry,
    Stroke,
    Tone,
)
from genwerkt_desktop.domain.ecogram_drawing import Line as DrawnLine

from . import fonts

# Dark enough to stay apart in grey print; the line shapes carry the meaning anyway.
PALETTE = {
    Tone.INK: colors.HexColor("#1f2933"),
    Tone.SUPPORT: colors.HexColor("#2d6a4f"),
    Tone.WARNING: colors.HexColor("#b5400a"),
    Tone.MUTED: colors.HexColor("#7b8794"),
}
WIDTHS = {Stroke.THICK: 3.2, Stroke.SOLID: 1.4, Stroke.DASHED: 1.4, Stroke.ZIGZAG: 1.4}


class _Frame:
    """Map the [-1, 1] square onto a square of ``size`` points (y grows upward in PDF)."""

    def __init__(self, size: float, margin: float) -> None:
        self.half = (size - 2 * margin) / 2
        self.centre = size / 2

    def xy(self, x: float, y: float) -> tuple[float, float]:
        return self.centre + x * self.half, self.centre - y * self.half

    def length(self, d: float) -> float:
        return d * self.half


def _zigzag(x1: float, y1: float, x2: float, y2: float, amplitude: float) -> list[float]:
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    steps = max(4, int(length / (amplitude * 1.6)))
    points: list[float] = []
    for i in range(steps + 1):
        t = i / steps
        offset = 0.0 if i in (0, steps) else amplitude * (1 if i % 2 else -1)
        points += [x1 + ux * length * t - uy * offset, y1 + uy * length * t + ux * offset]
    return points


def _arrow(tip_x: float, tip_y: float, from_x: float, from_y: float, colour: object) -> Polygon:
    length = math.hypot(tip_x - from_x, tip_y - from_y) or 1.0
    ux, uy = (tip_x - from_x) / length, (tip_y - from_y) / length
    size = 7.0
    left = (tip_x - ux * size - uy * size * 0.5, tip_y - uy * size + ux * size * 0.5)
    right = (tip_x - ux * size + uy * size * 0.5, tip_y - uy * size - ux * size * 0.5)
    return Polygon([tip_x, tip_y, *left, *right], fillColor=colour, strokeColor=colour)


def _line(group: Group, frame: _Frame, line: DrawnLine) -> None:
    x1, y1 = frame.xy(line.x1, line.y1)
    x2, y2 = frame.xy(line.x2, line.y2)
    colour = PALETTE[line.tone]
    width = WIDTHS[line.stroke]
    if line.stroke is Stroke.ZIGZAG:
        group.add(PolyLine(_zigzag(x1, y1, x2, y2, 3.0), strokeColor=colour, strokeWidth=width))
    else:
        dash = [5, 3] if line.stroke is Stroke.DASHED else None
        group.add(Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=width, strokeDashArray=dash))
    if line.cut_mark:
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        for shift in (-2.5, 2.5):
            cx, cy = mx + ux * shift, my + uy * shift
            group.add(
                Line(
                    cx - uy * 6 + ux * 2,
                    cy + ux * 6 + uy * 2,
                    cx + uy * 6 - ux * 2,
                    cy - ux * 6 - uy * 2,
                    strokeColor=colour,
                    strokeWidth=1.6,
                )
            )
    if line.arrow_at_start:
        group.add(_arrow(x1, y1, x2, y2, colour))
    if line.arrow_at_end:
        group.add(_arrow(x2, y2, x1, y1, colour))


def map_drawing(drawing: EcogramDrawing, size: float = 460.0) -> Drawing:
    """The map alone, ``size`` points square."""
    fonts.register()
    frame = _Frame(size, margin=58.0)
    out = Drawing(size, size)
    lines = Group()
    for line in drawing.lines:
        _line(lines, frame, line)
    out.add(lines)
    ink = PALETTE[Tone.INK]
    cx, cy = frame.xy(0.0, 0.0)
    client_r = frame.length(CLIENT_RADIUS)
    out.add(Circle(cx, cy, client_r, fillColor=colors.white, strokeColor=ink, strokeWidth=2.2))
    out.add(Circle(cx, cy, client_r - 3, fillColor=None, strokeColor=ink, strokeWidth=0.8))
    out.add(
        String(
            cx,
            cy - 4,
            drawing.client_label,
            fontName=fonts.BOLD,
            fontSize=10,
            textAnchor="middle",
            fillColor=ink,
        )
    )
    r = frame.length(NODE_RADIUS)
    for member in drawing.members:
        mx, my = frame.xy(member.x, member.y)
        if member.is_organisation:
            out.add(
                Rect(
                    mx - r,
                    my - r,
                    2 * r,
                    2 * r,
                    rx=4,
                    ry=4,
                    fillColor=colors.white,
                    strokeColor=ink,
                    strokeWidth=1.2,
                )
            )
        else:
            out.add(Circle(mx, my, r, fillColor=colors.white, strokeColor=ink, strokeWidth=1.2))
        out.add(
            String(
                mx,
                my - r - 10,
                member.label,
                fontName=fonts.REGULAR,
                fontSize=7.5,
                textAnchor="middle",
                fillColor=ink,
            )
        )
        for i, badge in enumerate(member.badges):
            bx = mx - (len(member.badges) - 1) * 5 + i * 10
            out.add(
                String(
                    bx,
                    my - 3,
                    badge,
                    fontName=fonts.BOLD,
                    fontSize=7,
                    textAnchor="middle",
                    fillColor=ink,
                )
            )
    return out


def legend_drawing(entries: tuple[LegendEntry, ...], width: float = 220.0) -> Drawing:
    fonts.register()
    row = 16.0
    out = Drawing(width, row * len(entries) + 4)
    ink = PALETTE[Tone.INK]
    for i, entry in enumerate(entries):
        y = out.height - (i + 1) * row + 4
        sample = entry.sample
        colour = PALETTE[entry.tone]
        if isinstance(sample, Stroke):
            if sample is Stroke.ZIGZAG:
                out.add(
                    PolyLine(
                        _zigzag(4, y + 3, 40, y + 3, 3.0),
                        strokeColor=colour,
                        strokeWidth=WIDTHS[sample],
                    )
                )
            else:
                out.add(
                    Line(
                        4,
                        y + 3,
                        40,
                        y + 3,
                        strokeColor=colour,
                        strokeWidth=WIDTHS[sample],
                        strokeDashArray=[5, 3] if sample is Stroke.DASHED else None,
                    )
                )
        elif sample == "cut":
            out.add(Line(4, y + 3, 40, y + 3, strokeColor=ink, strokeWidth=1.4))
            out.add(Line(19, y - 3, 23, y + 9, strokeColor=ink, strokeWidth=1.6))
            out.add(Line(24, y - 3, 28, y + 9, strokeColor=ink, strokeWidth=1.6))
        elif sample == "arrow":
            out.add(Line(4, y + 3, 40, y + 3, strokeColor=ink, strokeWidth=1.4))
            out.add(_arrow(40, y + 3, 4, y + 3, ink))
        else:
            out.add(
                String(
                    22,
                    y,
                    str(sample),
                    fontName=fonts.BOLD,
                    fontSize=8,
                    textAnchor="middle",
                    fillColor=ink,
                )
            )
        out.add(String(50, y, entry.text, fontName=fonts.REGULAR, fontSize=8, fillColor=ink))
    return out


def write_pdf(drawing: EcogramDrawing, path: Path, notes: list[str] | None = None) -> Path:
    """One landscape A4 page: the caption, the map, the legend, and optional notes."""
    fonts.register()
    width, height = landscape(A4)
    canvas = Canvas(str(path), pagesize=(width, height))
    canvas.setTitle(drawing.caption)
    canvas.setFont(fonts.BOLD, 15)
    canvas.drawString(40, height - 48, drawing.caption)
    picture = map_drawing(drawing, size=min(height - 90, 480))
    renderPDF.draw(picture, canvas, 30, height - 70 - picture.height)
    canvas.setFont(fonts.BOLD, 10)
    canvas.drawString(540, height - 90, "Legende")
    legend = legend_drawing(drawing.legend)
    renderPDF.draw(legend, canvas, 540, height - 100 - legend.height)
    if notes:
        y = height - 120 - legend.height - 10
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawString(540, y, "Wat veranderde")
        canvas.setFont(fonts.REGULAR, 9)
        for note in notes:
            for part in simpleSplit(note, fonts.REGULAR, 9, width - 580):
                y -= 13
                canvas.drawString(540, y, part)
            y -= 4
    canvas.showPage()
    canvas.save()
    return path


def write_svg(drawing: EcogramDrawing, path: Path) -> Path:
    """The map with its caption and legend as one SVG."""
    picture = map_drawing(drawing)
    legend = legend_drawing(drawing.legend)
    whole = Drawing(picture.width + legend.width + 20, max(picture.height, legend.height) + 30)
    whole.add(String(10, whole.height - 18, drawing.caption, fontName=fonts.BOLD, fontSize=13))
    picture_group = Group(*picture.contents)
    picture_group.translate(0, 0)
    whole.add(picture_group)
    legend_group = Group(*legend.contents)
    legend_group.translate(picture.width + 10, whole.height - 40 - legend.height)
    whole.add(legend_group)
    renderSVG.drawToFile(whole, str(path))
    return path
