"""Dutch words for the closed lists of collaboration, and the consent badge's colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from genwerkt_desktop.domain.consent import ConsentState
from genwerkt_desktop.domain.enums import (
    AppointmentMadeBy,
    ConsentMethod,
    MeetingKind,
    ReferralStatus,
    ShareCategory,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CollaborationLabels", text)


def category_labels() -> dict[ShareCategory, str]:
    return {
        ShareCategory.IDENTITY: _tr("Identiteit (familienaam, geboortedatum)"),
        ShareCategory.CONTACT_DETAILS: _tr("Contactgegevens"),
        ShareCategory.SUPPORT_QUESTION: _tr("Begeleidingsvraag en traject"),
        ShareCategory.LIFE_DOMAINS: _tr("Levensdomeinen"),
        ShareCategory.RIGHTS: _tr("Rechten"),
        ShareCategory.ECOGRAM: _tr("Ecogram"),
        ShareCategory.BALANCE: _tr("Draagkracht en draaglast"),
        ShareCategory.POP: _tr("POP (doelen en stappen)"),
        ShareCategory.CONTACT_NOTES: _tr("Verslagen van contactmomenten"),
        ShareCategory.CLOSURE: _tr("Afsluiting en nazorg"),
    }


def short_category_labels() -> dict[ShareCategory, str]:
    return {
        ShareCategory.IDENTITY: _tr("identiteit"),
        ShareCategory.CONTACT_DETAILS: _tr("contact"),
        ShareCategory.SUPPORT_QUESTION: _tr("vraag"),
        ShareCategory.LIFE_DOMAINS: _tr("levensdomeinen"),
        ShareCategory.RIGHTS: _tr("rechten"),
        ShareCategory.ECOGRAM: _tr("ecogram"),
        ShareCategory.BALANCE: _tr("balans"),
        ShareCategory.POP: _tr("POP"),
        ShareCategory.CONTACT_NOTES: _tr("verslagen"),
        ShareCategory.CLOSURE: _tr("afsluiting"),
    }


def method_labels() -> dict[ConsentMethod, str]:
    return {
        ConsentMethod.SPOKEN: _tr("Mondeling"),
        ConsentMethod.WRITTEN: _tr("Schriftelijk"),
    }


def state_label(state: ConsentState) -> str:
    return {
        ConsentState.VALID: _tr("Toestemming geldig"),
        ConsentState.REVOKED: _tr("Toestemming ingetrokken"),
        ConsentState.MISSING: _tr("Geen toestemming"),
    }[state]


def state_mark(state: ConsentState) -> str:
    """A sign that does not depend on colour alone."""
    return {ConsentState.VALID: "✔", ConsentState.REVOKED: "⊘", ConsentState.MISSING: "–"}[state]


def state_colour(state: ConsentState) -> QColor:
    return QColor(
        {
            ConsentState.VALID: "#1e7a46",
            ConsentState.REVOKED: "#b42318",
            ConsentState.MISSING: "#8a5a00",
        }[state]
    )


def referral_status_labels() -> dict[ReferralStatus, str]:
    return {
        ReferralStatus.ONGOING: _tr("Lopend"),
        ReferralStatus.TIME_OUT: _tr("Time-out"),
        ReferralStatus.SUCCEEDED: _tr("Geslaagd"),
        ReferralStatus.STOPPED: _tr("Losgelaten"),
    }


def meeting_kind_labels() -> dict[MeetingKind, str]:
    return {
        MeetingKind.CLIENT_MEETING: _tr("Cliëntoverleg"),
        MeetingKind.ROUND_TABLE: _tr("Rondetafelgesprek"),
    }


def made_by_labels() -> dict[AppointmentMadeBy, str]:
    return {
        AppointmentMadeBy.CLIENT: _tr("De cliënt belt zelf"),
        AppointmentMadeBy.TOGETHER: _tr("We bellen samen"),
        AppointmentMadeBy.COACH: _tr("De coach belt"),
    }
