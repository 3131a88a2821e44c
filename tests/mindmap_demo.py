"""A mind map as a coach and a client might draw it together (for tests and the demo
picture): the question in the middle, five themes, and a few thoughts under each."""

from __future__ import annotations

from datetime import date

from genwerkt_desktop.domain.instruments import Mindmap, MindmapBranch


def _theme(text: str, *thoughts: str) -> MindmapBranch:
    return MindmapBranch(text, tuple(MindmapBranch(t) for t in thoughts))


def back_to_work() -> Mindmap:
    return Mindmap(
        id="mm-terug-aan-het-werk",
        centre="Ik wil terug aan het werk",
        made_on=date(2026, 11, 20),
        branches=(
            _theme(
                "Wat ik kan",
                "Tien jaar in de keuken gestaan",
                "Goed met mensen",
                "Rijbewijs B",
            ),
            _theme(
                "Wat me tegenhoudt",
                "Mijn rug na lang staan",
                "Geen opvang na school",
                "Schrik voor een sollicitatiegesprek",
            ),
            _theme("Geld", "Wat als mijn uitkering stopt?", "Schulden eerst op een rij"),
            _theme(
                "Wie kan helpen",
                "Mijn zus voor de kinderen",
                "De trajectbegeleider van VDAB",
                "Buurvrouw werkt in een rusthuis",
            ),
            _theme("Eerste stappen", "Cv samen opmaken", "Deeltijds beginnen", "Een dag meelopen"),
        ),
    )
