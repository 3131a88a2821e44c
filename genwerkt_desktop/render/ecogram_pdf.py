"""The ecogram drawing description rendered with reportlab.graphics, for PDF and SVG.

The Qt renderer (``ecogram_qt``) draws the same description with the same measures
(``ecogram_style``), so the paper matches the screen.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics import renderPDF, renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from genwerkt_desktop.domain.ecogram_compare_drawing import (
    ComparedLine,
    ComparedMember,
    TagSide,
    line_tag_box,
    line_tag_point,
    tag_box,
)
from genwerkt_desktop.domain.ecogram_drawing import (
    CLIENT_RADIUS,
    NODE_RADIUS,
    EcogramDrawing,
    LegendEntry,
    Mark,
    Member,
    Stroke,
    Tone,
)
from genwerkt_desktop.domain.ecogram_drawing import Line as DrawnLine

from . import ecogram_style as style
from . import fonts
from .rtl import visual, visual_drawing

PALETTE = {tone: colors.HexColor(hex_) for tone, hex_ in style.PALETTE_HEX.items()}
WIDTHS = style.WIDTHS
_LABEL_BACK = colors.Color(1, 1, 1, alpha=style.LABEL_BACKGROUND_ALPHA)


class _Frame:
    """Map the [-1, 1] square onto a square of ``size`` points (y grows upward in PDF)."""

    def __init__(self, size: float, margin: float) -> None:
        self.half = (size - 2 * margin) / 2
        self.centre = size / 2

    def xy(self, x: float, y: float) -> tuple[float, float]:
        return self.centre + x * self.half, self.centre - y * self.half

    def length(self, d: float) -> float:
        return d * self.half


def _flat(points: list[tuple[float, float]]) -> list[float]:
    return [c for point in points for c in point]


def _arrow(tip_x: float, tip_y: float, from_x: float, from_y: float, colour: object) -> Polygon:
    head = style.arrow_head(tip_x, tip_y, from_x, from_y, style.ARROW_SIZE)
    return Polygon(_flat(head), fillColor=colour, strokeColor=colour)


def _line(group: Group, frame: _Frame, line: DrawnLine) -> None:
    x1, y1 = frame.xy(line.x1, line.y1)
    x2, y2 = frame.xy(line.x2, line.y2)
    colour = PALETTE[line.tone]
    width = WIDTHS[line.stroke]
    if line.stroke is Stroke.ZIGZAG:
        points = style.zigzag(x1, y1, x2, y2, style.ZIGZAG_AMPLITUDE)
        group.add(PolyLine(_flat(points), strokeColor=colour, strokeWidth=width))
    else:
        dash = list(style.DASH) if line.stroke is Stroke.DASHED else None
        group.add(Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=width, strokeDashArray=dash))
    if line.cut_mark:
        for a, b, c, d in style.cut_marks(x1, y1, x2, y2, style.CUT_HALF_LENGTH, style.CUT_GAP):
            group.add(Line(a, b, c, d, strokeColor=colour, strokeWidth=style.CUT_WIDTH))
    if line.arrow_at_start:
        group.add(_arrow(x1, y1, x2, y2, colour))
    if line.arrow_at_end:
        group.add(_arrow(x2, y2, x1, y1, colour))


def _text(
    x: float, y: float, text: str, size: float, *, bold: bool = False, tone: Tone = Tone.INK
) -> String:
    return String(
        x,
        y,
        text,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        textAnchor="middle",
        fillColor=PALETTE[tone],
    )


def _label(group: Group, x: float, baseline: float, text: str, tone: Tone) -> None:
    """A label on a light patch, so lines passing behind it never cross the words."""
    width = stringWidth(text, fonts.REGULAR, style.LABEL_FONT) + 4
    group.add(
        Rect(
            x - width / 2,
            baseline - 2.2,
            width,
            style.LABEL_FONT + 2.4,
            rx=2,
            ry=2,
            fillColor=_LABEL_BACK,
            strokeColor=None,
        )
    )
    group.add(_text(x, baseline, text, style.LABEL_FONT, tone=tone))


def _tag(group: Group, x: float, bottom: float, text: str, tone: Tone) -> None:
    """A small boxed word above a member: nieuw, weg, sterker…"""
    width = stringWidth(text, fonts.BOLD, style.TAG_FONT) + 6
    height = style.TAG_FONT + 4
    colour = PALETTE[tone]
    group.add(
        Rect(
            x - width / 2,
            bottom,
            width,
            height,
            rx=3,
            ry=3,
            fillColor=colors.white,
            strokeColor=colour,
            strokeWidth=0.9,
        )
    )
    group.add(_text(x, bottom + 2.4, text, style.TAG_FONT, bold=True, tone=tone))


def _tag_tone(mark: Mark) -> Tone:
    return {Mark.JOINED: Tone.SUPPORT, Mark.LEFT: Tone.MUTED}.get(mark, Tone.INK)


def _tag_width(text: str) -> float:
    return float(stringWidth(text, fonts.BOLD, style.TAG_FONT))


def _line_tag(group: Group, frame: _Frame, line: DrawnLine) -> None:
    """The word on a changed tie between two members (comparison only), on the line."""
    if not (isinstance(line, ComparedLine) and line.change):
        return
    x, y = frame.xy(*line_tag_point(line))
    box = line_tag_box(_tag_width(line.change))
    _tag(group, x + (box.left + box.right) / 2, y - box.bottom, line.change, _tag_tone(line.mark))


def _member(group: Group, frame: _Frame, member: Member) -> None:
    mx, my = frame.xy(member.x, member.y)
    r = frame.length(NODE_RADIUS)
    left = member.mark is Mark.LEFT
    tone = Tone.MUTED if left else Tone.INK
    outline = {
        "fillColor": colors.white,
        "strokeColor": PALETTE[tone],
        "strokeWidth": style.MEMBER_OUTLINE,
        "strokeDashArray": list(style.DASH) if left else None,
    }
    if member.mark is Mark.JOINED:
        ring = r + style.JOINED_RING_GAP
        ring_style = {
            "fillColor": None,
            "strokeColor": PALETTE[Tone.SUPPORT],
            "strokeWidth": style.JOINED_RING_WIDTH,
        }
        if member.is_organisation:
            group.add(Rect(mx - ring, my - ring, 2 * ring, 2 * ring, rx=5, ry=5, **ring_style))
        else:
            group.add(Circle(mx, my, ring, **ring_style))
    if member.is_organisation:
        group.add(Rect(mx - r, my - r, 2 * r, 2 * r, rx=4, ry=4, **outline))
    else:
        group.add(Circle(mx, my, r, **outline))
    _label(group, mx, my - r - style.LABEL_GAP, member.label, tone)
    for i, badge in enumerate(member.badges):
        bx = mx - (len(member.badges) - 1) * style.BADGE_SPACING / 2 + i * style.BADGE_SPACING
        group.add(_text(bx, my - 3, badge, style.BADGE_FONT, bold=True, tone=tone))
    if member.change:
        side = member.tag_side if isinstance(member, ComparedMember) else TagSide.ABOVE
        box = tag_box(side, r, _tag_width(member.change), member.mark is Mark.JOINED)
        # The box has y pointing down, the page up.
        _tag(
            group,
            mx + (box.left + box.right) / 2,
            my - box.bottom,
            member.change,
            _tag_tone(member.mark),
        )


def map_drawing(drawing: EcogramDrawing, size: float = 460.0) -> Drawing:
    """The map alone, ``size`` points square."""
    fonts.register()
    frame = _Frame(size, margin=58.0)
    out = Drawing(size, size)
    lines = Group()
    for line in drawing.lines:
        _line(lines, frame, line)
    for line in drawing.lines:  # after every line, so no line crosses a tag
        _line_tag(lines, frame, line)
    out.add(lines)
    ink = PALETTE[Tone.INK]
    cx, cy = frame.xy(0.0, 0.0)
    client_r = frame.length(CLIENT_RADIUS)
    out.add(
        Circle(
            cx,
            cy,
            client_r,
            fillColor=colors.white,
            strokeColor=ink,
            strokeWidth=style.CLIENT_OUTLINE,
        )
    )
    out.add(Circle(cx, cy, client_r - 3, fillColor=None, strokeColor=ink, strokeWidth=0.8))
    wide = stringWidth(drawing.client_label, fonts.BOLD, style.CLIENT_FONT)
    size = style.client_font(wide, 2 * (client_r - 4))
    out.add(_text(cx, cy - size * 0.4, drawing.client_label, size, bold=True))
    members = Group()
    for member in drawing.members:
        _member(members, frame, member)
    out.add(members)
    return out


def _legend_sample(out: Drawing, entry: LegendEntry, y: float) -> None:
    x1, x2 = style.LEGEND_SAMPLE
    mid = (x1 + x2) / 2
    colour = PALETTE[entry.tone]
    ink = PALETTE[Tone.INK]
    sample = entry.sample
    if isinstance(sample, Stroke):
        if sample is Stroke.ZIGZAG:
            points = style.zigzag(x1, y + 3, x2, y + 3, style.ZIGZAG_AMPLITUDE)
            out.add(PolyLine(_flat(points), strokeColor=colour, strokeWidth=WIDTHS[sample]))
        else:
            dash = list(style.DASH) if sample is Stroke.DASHED else None
            out.add(
                Line(
                    x1,
                    y + 3,
                    x2,
                    y + 3,
                    strokeColor=colour,
                    strokeWidth=WIDTHS[sample],
                    strokeDashArray=dash,
                )
            )
    elif sample == "cut":
        out.add(Line(x1, y + 3, x2, y + 3, strokeColor=ink, strokeWidth=1.4))
        for a, b, c, d in style.cut_marks(
            x1, y + 3, x2, y + 3, style.CUT_HALF_LENGTH, style.CUT_GAP
        ):
            out.add(Line(a, b, c, d, strokeColor=ink, strokeWidth=style.CUT_WIDTH))
    elif sample == "arrow":
        out.add(Line(x1, y + 3, x2, y + 3, strokeColor=ink, strokeWidth=1.4))
        out.add(_arrow(x2, y + 3, x1, y + 3, ink))
    elif sample == "joined":
        out.add(Circle(mid, y + 3, 5, fillColor=colors.white, strokeColor=ink, strokeWidth=1))
        out.add(Circle(mid, y + 3, 7.5, fillColor=None, strokeColor=colour, strokeWidth=1.8))
    elif sample == "left":
        out.add(
            Circle(
                mid,
                y + 3,
                6,
                fillColor=colors.white,
                strokeColor=colour,
                strokeWidth=1.2,
                strokeDashArray=[2.5, 1.5],
            )
        )
    elif sample == "changed":
        _tag(out, mid, y - 1, "sterker", Tone.INK)
    elif sample == "tie_left":
        dash = list(style.DASH)
        out.add(
            Line(x1, y + 3, x2, y + 3, strokeColor=colour, strokeWidth=1.4, strokeDashArray=dash)
        )
        _tag(out, mid, y - 2, "weg", entry.tone)
    else:
        out.add(_text(mid, y, str(sample), style.LEGEND_FONT, bold=True))


def legend_drawing(entries: tuple[LegendEntry, ...], width: float = style.LEGEND_WIDTH) -> Drawing:
    fonts.register()
    row = style.LEGEND_ROW
    out = Drawing(width, row * len(entries) + 4)
    ink = PALETTE[Tone.INK]
    for i, entry in enumerate(entries):
        y = out.height - (i + 1) * row + 4
        _legend_sample(out, entry, y)
        out.add(
            String(
                style.LEGEND_TEXT_X,
                y,
                entry.text,
                fontName=fonts.REGULAR,
                fontSize=style.LEGEND_FONT,
                fillColor=ink,
            )
        )
    return out


def write_pdf(drawing: EcogramDrawing, path: Path, notes: list[str] | None = None) -> Path:
    """One landscape A4 page: the caption, the map, the legend, and optional notes."""
    fonts.register()
    width, height = landscape(A4)
    canvas = Canvas(str(path), pagesize=(width, height))
    canvas.setTitle(drawing.caption)
    canvas.setFont(fonts.BOLD, 15)
    canvas.drawString(40, height - 48, visual(drawing.caption))
    picture = map_drawing(drawing, size=min(height - 80, 500))
    renderPDF.draw(visual_drawing(picture), canvas, 20, height - 62 - picture.height)
    column = 545.0
    canvas.setFont(fonts.BOLD, 10)
    canvas.drawString(column, height - 90, "Legende")
    legend = legend_drawing(drawing.legend)
    renderPDF.draw(legend, canvas, column, height - 100 - legend.height)
    if notes:
        y = height - 120 - legend.height - 10
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawString(column, y, "Wat veranderde")
        canvas.setFont(fonts.REGULAR, 9)
        for note in notes:
            for part in simpleSplit(note, fonts.REGULAR, 9, width - column - 40):
                y -= 13
                canvas.drawString(column, y, visual(part))
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
    whole.add(Group(*picture.contents))
    whole.add(
        String(
            picture.width + 10,
            whole.height - 36,
            "Legende",
            fontName=fonts.BOLD,
            fontSize=10,
        )
    )
    legend_group = Group(*legend.contents)
    legend_group.translate(picture.width + 10, whole.height - 46 - legend.height)
    whole.add(legend_group)
    renderSVG.drawToFile(whole, str(path))
    return path
