"""Issue 4: one large ecogram (150 members, 40 ties between them) drawn to a PDF page."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from genwerkt_desktop.domain.ecogram import place_member
from genwerkt_desktop.domain.ecogram_drawing import draw
from genwerkt_desktop.domain.enums import NodeCategory, SupportFlow, TieQuality, TieStrength
from genwerkt_desktop.domain.model import Ecogram, EcogramNode, EcogramTie
from genwerkt_desktop.exports.ecogram_render import write_pdf

from .common import Metric, Say, median, timed_ms

TARGET_PDF_MS = 500.0


def big_ecogram(members: int = 150, ties: int = 40, seed: int = 4) -> Ecogram:
    rng = random.Random(seed)
    nodes: list[EcogramNode] = []
    for i in range(members):
        category = rng.choice(list(NodeCategory))
        strength = rng.choice(list(TieStrength))
        x, y = place_member(category, strength, nodes)
        nodes.append(
            EcogramNode(
                id=f"n{i}",
                label=f"Lid {i}",
                category=category,
                x=x,
                y=y,
                strength=strength,
                quality=rng.choice(list(TieQuality)),
                flow=rng.choice(list(SupportFlow)),
            )
        )
    pairs = [
        EcogramTie(
            f"n{rng.randrange(members)}",
            f"n{rng.randrange(members)}",
            rng.choice(list(TieStrength)),
            rng.choice(list(TieQuality)),
        )
        for _ in range(ties)
    ]
    return Ecogram(id="groot", drawn_on=date(2026, 11, 28), nodes=tuple(nodes), ties=tuple(pairs))


def measure_ecogram_pdf(folder: Path, runs: int, say: Say) -> list[Metric]:
    folder.mkdir(parents=True, exist_ok=True)
    ecogram = big_ecogram()
    samples = []
    for run in range(runs):
        ms, _ = timed_ms(lambda run=run: write_pdf(draw(ecogram, "Ayşe"), folder / f"e{run}.pdf"))
        samples.append(ms)
    say(
        f"ecogram: PDF of 150 members and 40 ties, runs {', '.join(f'{s:.0f}' for s in samples)} ms"
    )
    return [Metric("ecogram_pdf_ms", median(samples), "ms", TARGET_PDF_MS, "lower")]
