"""Editing an ecogram version and marking the changes between two versions."""

from __future__ import annotations

import json
from datetime import date

from genwerkt_desktop.domain.ecogram_compare_drawing import compare_drawing
from genwerkt_desktop.domain.ecogram_drawing import Mark, Tone
from genwerkt_desktop.domain.ecogram_edits import add_node, new_version, remove_node, set_tie
from genwerkt_desktop.domain.ecogram_shapes import Measure
from genwerkt_desktop.domain.enums import NodeCategory
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.domain.model import EcogramNode
from tests.demo_files import demo_path

# Where tags go needs a text measure; any will do for which members are marked.
ROUGH_MEASURE: Measure = lambda text, size, bold: 0.6 * size * len(text)  # noqa: E731


def _versions():  # type: ignore[no-untyped-def]
    dossier = from_document(json.loads(demo_path("ayse").read_text(encoding="utf-8")))
    return sorted(dossier.ecograms, key=lambda e: e.drawn_on)


def test_new_version_keeps_members_and_ties_but_not_the_note() -> None:
    latest = _versions()[-1]
    fresh = new_version(latest, "nieuw", date(2026, 11, 28))
    assert fresh.id == "nieuw" and fresh.drawn_on == date(2026, 11, 28)
    assert fresh.nodes == latest.nodes and fresh.ties == latest.ties and fresh.note is None
    assert new_version(None, "eerste", date(2026, 11, 28)).nodes == ()


def test_removing_a_member_takes_its_ties_along_and_no_self_ties() -> None:
    latest = _versions()[-1]
    fatima = "eb8f0bd4-bbb3-480a-af3a-599a8febae6b"
    without = remove_node(latest, fatima)
    assert all(fatima not in (t.from_id, t.to_id) for t in without.ties)
    assert set_tie(latest, fatima, fatima, None, None) == latest


def test_added_member_without_place_lands_on_the_map() -> None:
    latest = _versions()[-1]
    added = add_node(latest, EcogramNode(id="x", label="Oom", category=NodeCategory.FAMILY))
    node = added.nodes[-1]
    assert node.x is not None and node.y is not None


def test_compare_drawing_marks_joined_left_and_changed() -> None:
    older, newer = _versions()
    drawing = compare_drawing(newer, older, "Ayşe", ROUGH_MEASURE)  # order does not matter
    marks = {m.label: (m.mark, m.change) for m in drawing.members}
    assert marks["Moeder"] == (Mark.JOINED, "nieuw")
    assert marks["Ouders en broers"] == (Mark.LEFT, "weg")
    assert marks["Jobcoach Sam"][0] is Mark.CHANGED and "sterker" in marks["Jobcoach Sam"][1]
    assert marks["Kerem (zoon, 3)"] == (Mark.NONE, "")
    left_line = next(
        x for x in drawing.lines if x.member_id == "d56bfd55-a4d5-461a-93a0-0d8b5ebdb951"
    )
    assert left_line.tone is Tone.MUTED
    assert "23/03/2026" in drawing.caption and "12/10/2026" in drawing.caption
    assert any(e.text == "nieuw in het netwerk" for e in drawing.legend)
