"""The one drawing description both renderers use: notation, arrows, badges, legend."""

from __future__ import annotations

import json
from pathlib import Path

from genwerkt_desktop.domain.ecogram_drawing import Stroke, Tone, draw
from genwerkt_desktop.domain.exchange import from_document

DEMO = Path(__file__).parents[2] / "resources" / "demo" / "01-ayse-yilmaz.json"


def _ayse_latest():
    dossier = from_document(json.loads(DEMO.read_text(encoding="utf-8")))
    return max(dossier.ecograms, key=lambda e: e.drawn_on)


def test_every_member_has_a_line_from_the_client_in_hartman_notation() -> None:
    ecogram = _ayse_latest()
    drawing = draw(ecogram, "Ayşe")
    assert [m.label for m in drawing.members] == [n.label for n in ecogram.nodes]
    to_members = drawing.lines[: len(ecogram.nodes)]
    for node, line in zip(ecogram.nodes, to_members, strict=True):
        if node.quality and node.quality.value == "stressvol":
            assert (line.stroke, line.tone) == (Stroke.ZIGZAG, Tone.WARNING)
        elif node.strength and node.strength.value == "sterk":
            assert line.stroke is Stroke.THICK
        elif node.strength and node.strength.value == "zwak":
            assert line.stroke is Stroke.DASHED
        assert line.cut_mark == (node.quality is not None and node.quality.value == "verbroken")
    assert len(drawing.lines) == len(ecogram.nodes) + len(ecogram.ties)
    assert drawing.caption == "Ecogram van Ayşe, 12/10/2026"


def test_meaning_never_rests_on_colour_alone() -> None:
    # Every legend line sample differs in shape, not only in tone.
    samples = [entry.sample for entry in draw(_ayse_latest(), "Ayşe").legend]
    assert len(samples) == len(set(samples))
    assert {Stroke.THICK, Stroke.SOLID, Stroke.DASHED, Stroke.ZIGZAG, "cut", "arrow"} <= set(
        samples
    )


def test_arrows_follow_the_direction_of_support_and_badges_the_kinds() -> None:
    ecogram = _ayse_latest()
    drawing = draw(ecogram, "Ayşe")
    for node, line, member in zip(ecogram.nodes, drawing.lines, drawing.members, strict=False):
        flow = node.flow.value if node.flow else "geen"
        assert line.arrow_at_start == (flow in ("naar_client", "wederzijds"))
        assert line.arrow_at_end == (flow in ("van_client", "wederzijds"))
        assert len(member.badges) == len(node.support)
