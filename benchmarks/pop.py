"""Issue 6: the step plan (POP) and the status report of the richest demo dossier as PDF.

Ayşe Yılmaz's dossier is the richest of the shipped demos (most goals and steps, two
ecograms, three balances, a meeting, the largest file); both sheets are written for her
through the same exporters as ``genwerkt export --kind pop|stavaza``.
"""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.exports import ExportRequest, export

from .common import Metric, Say, median, timed_ms
from .workspace import created_vault

TARGET_MS = 500.0
RICHEST_DEMO = "6a69d339-e69f-4e20-ae0d-835d33ddf93b"  # Ayşe Yılmaz


def measure_pop_pdfs(folder: Path, runs: int, say: Say) -> list[Metric]:
    folder.mkdir(parents=True, exist_ok=True)
    metrics: list[Metric] = []
    with created_vault(folder / "kluis") as vault:
        load_demo(vault)
        for kind, name in (("pop", "pop_pdf_ms"), ("stavaza", "stavaza_pdf_ms")):
            export(vault, kind, ExportRequest(RICHEST_DEMO, folder / f"warm-{kind}.pdf"))
            samples = []
            for run in range(runs):
                request = ExportRequest(RICHEST_DEMO, folder / f"{kind}-{run}.pdf")
                ms, _ = timed_ms(lambda request=request, kind=kind: export(vault, kind, request))
                samples.append(ms)
            say(
                f"{kind}: PDF of the richest demo dossier, runs "
                f"{', '.join(f'{s:.0f}' for s in samples)} ms"
            )
            metrics.append(Metric(name, median(samples), "ms", TARGET_MS, "lower"))
    return metrics
