"""Issue 5: a full balance (40 factors) with 24 assessments of trend, painted the way the
Balans tab paints it, offscreen into an image."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from genwerkt_desktop.domain.enums import BalanceSide, LifeDomain
from genwerkt_desktop.domain.model import Balance, BalanceFactor

from .common import Metric, Say, median, timed_ms

TARGET_RENDER_MS = 50.0
FACTORS = 40
ASSESSMENTS = 24


def big_history(seed: int = 5) -> list[Balance]:
    """24 monthly assessments of 40 factors each, both sides and every domain used."""
    rng = random.Random(seed)
    domains: list[LifeDomain | None] = [*LifeDomain, None]
    history: list[Balance] = []
    for month in range(ASSESSMENTS):
        factors = tuple(
            BalanceFactor(
                side=BalanceSide.CAPACITY if i % 2 == 0 else BalanceSide.BURDEN,
                text=f"Factor {i} met een omschrijving van enkele woorden",
                weight=rng.randint(1, 5),
                domain=rng.choice(domains),
            )
            for i in range(FACTORS)
        )
        history.append(
            Balance(
                id=f"b{month}",
                assessed_on=date(2025, 1, 6) + timedelta(days=30 * month),
                factors=factors,
            )
        )
    return history


def measure_balance_render(folder: Path, runs: int, say: Say) -> list[Metric]:
    """``balance_render_ms``: the drawing built and painted once into a 1200 × 700 image
    (the tab's picture and its trend, as the screen shows them)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    from genwerkt_desktop.domain.balance_drawing import draw
    from genwerkt_desktop.domain.balance_shapes import overview, trend_chart
    from genwerkt_desktop.render.balance_qt import paint_fitted
    from genwerkt_desktop.render.qt_image import offscreen_gui, picture_font

    offscreen_gui()
    picture_font(10)  # the font is loaded once per process, as in the app
    history = big_history()
    latest = history[-1]
    folder.mkdir(parents=True, exist_ok=True)

    def render() -> QImage:
        drawing = draw(latest, history, "Ayşe")
        image = QImage(1200, 700, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        paint_fitted(painter, overview(drawing, with_legend=False), QRectF(0, 0, 1200, 440))
        chart = trend_chart(drawing.trend, 1200, 260, size=12.5)
        painter.translate(0, 440)
        paint_fitted(painter, chart, QRectF(0, 0, 1200, 260))
        painter.end()
        return image

    render()  # warm-up: first use of the font and the paint engine
    samples = []
    for _ in range(max(runs, 1)):
        ms, image = timed_ms(render)
        samples.append(ms)
    image.save(str(folder / "balance.png"))
    say(
        f"balance: {FACTORS} factors, {ASSESSMENTS} assessments painted, runs "
        f"{', '.join(f'{s:.1f}' for s in samples)} ms"
    )
    return [Metric("balance_render_ms", median(samples), "ms", TARGET_RENDER_MS, "lower")]
