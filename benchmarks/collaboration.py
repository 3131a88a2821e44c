"""Issue 7: the partner sheets of a referral and of a round table, from the richest demo
dossier, through the export registry (read, consent gatekeeper, PDF, audit line)."""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.domain.consent import ConsentState, consent_state
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.exports import Audience, ExportRequest, export
from genwerkt_desktop.services.workspace import Workspace

from .common import Metric, Say, median, timed_ms
from .workspace import created_vault

TARGET_MS = 300.0


def measure_collaboration_pdfs(folder: Path, runs: int, say: Say) -> list[Metric]:
    folder.mkdir(parents=True, exist_ok=True)
    with created_vault(folder / "kluis") as vault:
        load_demo(vault)
        workspace = Workspace.open(vault)
        dossiers = [workspace.dossiers.get(c.id) for c in workspace.dossiers.list_clients()]
        richest = max(
            (d for d in dossiers if d.meetings),
            key=lambda d: len(d.contacts) + len(d.observations) + len(d.rights) + len(d.goals),
        )
        today = vault.clock.today()
        referral = next(
            r
            for r in richest.referrals
            if consent_state(richest.consents, r.organisation_id, today) is ConsentState.VALID
        )
        meeting = richest.meetings[0]
        timings: dict[str, list[float]] = {"referral": [], "meeting": []}
        for run in range(runs):
            for kind, item in (("referral", referral.id), ("meeting", meeting.id)):
                request = ExportRequest(
                    richest.client.id,
                    folder / f"{kind}-{run}.pdf",
                    item_id=item,
                    audience=Audience.PARTNER,
                )
                ms, _ = timed_ms(lambda kind=kind, request=request: export(vault, kind, request))
                timings[kind].append(ms)
    for kind, samples in timings.items():
        say(f"{kind} partner sheet: runs {', '.join(f'{s:.0f}' for s in samples)} ms")
    return [
        Metric("referral_pdf_ms", median(timings["referral"]), "ms", TARGET_MS, "lower"),
        Metric("meeting_pdf_ms", median(timings["meeting"]), "ms", TARGET_MS, "lower"),
    ]
