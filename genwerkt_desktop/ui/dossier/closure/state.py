"""What the closure tab shows of where the trajectory stands, as a frozen record."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.closure import destroy_from, retention_start
from genwerkt_desktop.domain.enums import ClientStatus
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.ui.widgets.fields import format_date


@dataclass(frozen=True)
class TrajectoryState:
    text: str  # running, closed on, in aftercare until
    retention: str | None  # from when to destroy the dossier; None while it runs
    ended: bool  # closed, in aftercare or archived: nothing left to close
    has_plan: bool  # an aftercare plan is stored


def trajectory_state(dossier: Dossier, years: int) -> TrajectoryState:
    """Where the trajectory stands, and from when the dossier is to be destroyed after
    ``years`` (the domain's retention rule)."""
    client, plan = dossier.client, dossier.aftercare
    ended = client.status in (
        ClientStatus.CLOSED,
        ClientStatus.AFTERCARE,
        ClientStatus.ARCHIVED,
    )
    closed_on = client.closed_on or (dossier.closure.evaluated_on if dossier.closure else None)
    if not ended:
        text = QCoreApplication.translate(
            "ClosureTab",
            "Het traject loopt nog. Sluit het af wanneer u en de cliënt daar klaar voor zijn.",
        )
    elif plan is not None and client.status is ClientStatus.AFTERCARE:
        text = QCoreApplication.translate(
            "ClosureTab", "Afgesloten op {closed}; in nazorg tot {until}."
        ).format(closed=format_date(closed_on) or "?", until=format_date(plan.ends_on) or "?")
    else:
        text = QCoreApplication.translate("ClosureTab", "Afgesloten op {closed}.").format(
            closed=format_date(closed_on) or "?"
        )
    due = destroy_from(
        retention_start(
            client.status,
            client.closed_on,
            plan.ends_on if plan else None,
            dossier.closure.evaluated_on if dossier.closure else None,
        ),
        years,
    )
    retention = None
    if due is not None:
        basis = (
            QCoreApplication.translate("ClosureTab", "na het einde van de nazorg")
            if plan and plan.ends_on
            else QCoreApplication.translate("ClosureTab", "na het afsluiten")
        )
        retention = QCoreApplication.translate(
            "ClosureTab",
            "Bewaartermijn: te vernietigen vanaf {date} ({years} jaar {basis}).",
        ).format(date=format_date(due), years=years, basis=basis)
    return TrajectoryState(text, retention, ended=ended, has_plan=plan is not None)
