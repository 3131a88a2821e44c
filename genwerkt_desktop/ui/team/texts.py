"""The team's words, in one place: what each failure means for the coach, what each
dossier's state is called in the list."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.errors import GenwerktError
from genwerkt_desktop.domain.team import TeamState
from genwerkt_desktop.services.team.failures import TeamFailure


def failure_sentence(kind: TeamFailure, exc: BaseException | None = None) -> str:
    """A clear sentence for a failed connect, test, sync or handover."""
    if kind is TeamFailure.UNREACHABLE:
        return QCoreApplication.translate(
            "TeamTexts",
            "De teamserver is niet bereikbaar. Kijk het adres na of probeer het later opnieuw; "
            "er is niets veranderd.",
        )
    if kind is TeamFailure.LOGIN:
        return QCoreApplication.translate(
            "TeamTexts", "De teamserver aanvaardt deze rol en dit wachtwoord niet."
        )
    if kind is TeamFailure.NOT_IN_TEAM:
        return QCoreApplication.translate(
            "TeamTexts",
            "Deze rol hoort bij geen team op de server. Vraag de beheerder van de databank om "
            "u aan het team toe te voegen.",
        )
    if kind is TeamFailure.TLS:
        return QCoreApplication.translate(
            "TeamTexts",
            "De teamserver kon zich niet bewijzen met het TLS-certificaat van uw organisatie, "
            "of het adres vraagt geen sslmode=verify-full. Er is niets verstuurd.",
        )
    # The services' own refusals are Dutch already and carry no client content.
    detail = str(exc) if isinstance(exc, GenwerktError) else ""
    if detail:
        return QCoreApplication.translate("TeamTexts", "Dat lukte niet: {detail}.").format(
            detail=detail.rstrip(".")
        )
    return QCoreApplication.translate("TeamTexts", "Dat lukte niet; er is niets veranderd.")


def offline_status() -> str:
    return QCoreApplication.translate(
        "TeamTexts", "Teamserver niet bereikbaar — u werkt gewoon verder"
    )


def last_sync_status(at: datetime, zone: tzinfo | None = None) -> str:
    local = at.astimezone(zone)
    return QCoreApplication.translate("TeamTexts", "Laatst gesynchroniseerd om {time}").format(
        time=f"{local:%H.%M}"
    )


def never_synced_status() -> str:
    return QCoreApplication.translate("TeamTexts", "Nog niet gesynchroniseerd")


def summary(pushed: int, pulled: int, conflicts: int) -> str:
    parts = [
        QCoreApplication.translate("TeamTexts", "{count} verstuurd").format(count=pushed),
        QCoreApplication.translate("TeamTexts", "{count} opgehaald").format(count=pulled),
    ]
    if conflicts == 1:
        parts.append(QCoreApplication.translate("TeamTexts", "1 conflict om na te kijken"))
    elif conflicts:
        parts.append(
            QCoreApplication.translate("TeamTexts", "{count} conflicten om na te kijken").format(
                count=conflicts
            )
        )
    else:
        parts.append(QCoreApplication.translate("TeamTexts", "geen conflicten"))
    return QCoreApplication.translate("TeamTexts", "Gesynchroniseerd: {parts}.").format(
        parts=", ".join(parts)
    )


def waiting_for_admission() -> str:
    return QCoreApplication.translate(
        "TeamTexts",
        "U wacht nog op toelating: vergelijk de vingerafdruk in Instellingen met de "
        "teamverantwoordelijke.",
    )


# -- the badge column of the client list


def state_mark(state: TeamState, holder: str | None) -> str:
    if state is TeamState.SYNCED:
        return "✓"
    if state is TeamState.AHEAD:
        return "↑"
    if state is TeamState.BEHIND:
        return "↓"
    if state is TeamState.READ_ONLY:
        return QCoreApplication.translate("TeamTexts", "bij {holder}").format(holder=holder or "?")
    if state is TeamState.CONFLICT:
        return QCoreApplication.translate("TeamTexts", "⚠ conflict")
    return "–"  # only on this laptop: quiet, the tooltip says it


def state_tooltip(state: TeamState, holder: str | None) -> str:
    if state is TeamState.SYNCED:
        return QCoreApplication.translate(
            "TeamTexts", "Gesynchroniseerd: de teamserver heeft deze versie."
        )
    if state is TeamState.AHEAD:
        return QCoreApplication.translate(
            "TeamTexts", "Wijzigingen wachten: ze gaan mee bij de volgende synchronisatie."
        )
    if state is TeamState.BEHIND:
        return QCoreApplication.translate(
            "TeamTexts", "Nieuwer op de server: synchroniseer om de laatste versie op te halen."
        )
    if state is TeamState.READ_ONLY:
        return QCoreApplication.translate(
            "TeamTexts", "Bij {holder} (alleen lezen): op dit toestel staat een kopie."
        ).format(holder=holder or "?")
    if state is TeamState.CONFLICT:
        return QCoreApplication.translate(
            "TeamTexts", "Conflict: uw wijzigingen botsten met die op de server en wachten apart."
        )
    return QCoreApplication.translate(
        "TeamTexts", "Alleen op dit toestel: dit dossier gaat niet naar het team."
    )


def column_title() -> str:
    return QCoreApplication.translate("TeamTexts", "Team")
