"""Issue 4: one large ecogram (150 members, 40 ties between them) drawn by the editor's
scene into an offscreen image, and to a PDF page."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from genwerkt_desktop.domain.ecogram import place_member
from genwerkt_desktop.domain.ecogram_drawing import draw
from genwerkt_desktop.domain.enums import NodeCategory, SupportFlow, TieQuality, TieStrength
from genwerkt_desktop.domain.model import Ecogram, EcogramNode, EcogramTie
from genwerkt_desktop.render.ecogram_pdf import write_pdf

from .common import Metric, Say, median, timed_ms

TARGET_PDF_MS = 500.0
TARGET_RENDER_MS = 100.0
VIEW_WIDTH, VIEW_HEIGHT = 1000, 780


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


def _application() -> object:
    """The running QApplication, or an offscreen one (the scene needs QtWidgets)."""
    import os

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(["genwerkt-benchmarks"])


def measure_ecogram_render(folder: Path, runs: int, say: Say) -> list[Metric]:
    """The editor's scene for 150 members and 40 ties, built and painted once into an
    offscreen image, as the tab does when a dossier opens."""
    _application()
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    from genwerkt_desktop.render.qt_image import picture_font
    from genwerkt_desktop.ui.dossier.ecogram.scene import EcogramScene

    picture_font(10)  # the shipped font loads once per process, as in the app
    ecogram = big_ecogram()
    keep: list[EcogramScene] = []

    def build_and_paint() -> QImage:
        scene = EcogramScene()
        scene.show_ecogram(ecogram, "Ayşe", editable=True)
        # The size of the editor's view in a 1400 x 900 window, the map fitted in it.
        image = QImage(VIEW_WIDTH, VIEW_HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        target = QRectF(0, 0, VIEW_WIDTH, VIEW_HEIGHT)
        scene.render(painter, target, scene.content_rect())
        painter.end()
        keep.append(scene)  # deleted after timing, like a tab that stays open
        return image

    build_and_paint()  # warm-up: the first paint loads glyph caches
    samples = []
    for _ in range(runs):
        ms, _image = timed_ms(build_and_paint)
        samples.append(ms)
    for scene in keep:
        scene.deleteLater()
    say(
        "ecogram: scene of 150 members and 40 ties built and painted, runs "
        f"{', '.join(f'{s:.0f}' for s in samples)} ms"
    )
    return [Metric("ecogram_render_ms", median(samples), "ms", TARGET_RENDER_MS, "lower")]
