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


def category_labels() -> dict[ShareCategory, str]:
    return {
        ShareCategory.IDENTITY: QCoreApplication.translate(
            "CollaborationLabels", "Identiteit (familienaam, geboortedatum)"
        ),
        ShareCategory.CONTACT_DETAILS: QCoreApplication.translate(
            "CollaborationLabels", "Contactgegevens"
        ),
        ShareCategory.SUPPORT_QUESTION: QCoreApplication.translate(
            "CollaborationLabels", "Begeleidingsvraag en traject"
        ),
        ShareCategory.LIFE_DOMAINS: QCoreApplication.translate(
            "CollaborationLabels", "Levensdomeinen"
        ),
        ShareCategory.RIGHTS: QCoreApplication.translate("CollaborationLabels", "Rechten"),
        ShareCategory.ECOGRAM: QCoreApplication.translate("CollaborationLabels", "Ecogram"),
        ShareCategory.BALANCE: QCoreApplication.translate(
            "CollaborationLabels", "Draagkracht en draaglast"
        ),
        ShareCategory.POP: QCoreApplication.translate(
            "CollaborationLabels", "POP (doelen en stappen)"
        ),
        ShareCategory.CONTACT_NOTES: QCoreApplication.translate(
            "CollaborationLabels", "Verslagen van contactmomenten"
        ),
        ShareCategory.CLOSURE: QCoreApplication.translate(
            "CollaborationLabels", "Afsluiting en nazorg"
        ),
    }


def short_category_labels() -> dict[ShareCategory, str]:
    return {
        ShareCategory.IDENTITY: QCoreApplication.translate("CollaborationLabels", "identiteit"),
        ShareCategory.CONTACT_DETAILS: QCoreApplication.translate("CollaborationLabels", "contact"),
        ShareCategory.SUPPORT_QUESTION: QCoreApplication.translate("CollaborationLabels", "vraag"),
        ShareCategory.LIFE_DOMAINS: QCoreApplication.translate(
            "CollaborationLabels", "levensdomeinen"
        ),
        ShareCategory.RIGHTS: QCoreApplication.translate("CollaborationLabels", "rechten"),
        ShareCategory.ECOGRAM: QCoreApplication.translate("CollaborationLabels", "ecogram"),
        ShareCategory.BALANCE: QCoreApplication.translate("CollaborationLabels", "balans"),
        ShareCategory.POP: QCoreApplication.translate("CollaborationLabels", "POP"),
        ShareCategory.CONTACT_NOTES: QCoreApplication.translate("CollaborationLabels", "verslagen"),
        ShareCategory.CLOSURE: QCoreApplication.translate("CollaborationLabels", "afsluiting"),
    }


def method_labels() -> dict[ConsentMethod, str]:
    return {
        ConsentMethod.SPOKEN: QCoreApplication.translate("CollaborationLabels", "Mondeling"),
        ConsentMethod.WRITTEN: QCoreApplication.translate("CollaborationLabels", "Schriftelijk"),
    }


def state_label(state: ConsentState) -> str:
    return {
        ConsentState.VALID: QCoreApplication.translate("CollaborationLabels", "Toestemming geldig"),
        ConsentState.REVOKED: QCoreApplication.translate(
            "CollaborationLabels", "Toestemming ingetrokken"
        ),
        ConsentState.MISSING: QCoreApplication.translate("CollaborationLabels", "Geen toestemming"),
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
        ReferralStatus.ONGOING: QCoreApplication.translate("CollaborationLabels", "Lopend"),
        ReferralStatus.TIME_OUT: QCoreApplication.translate("CollaborationLabels", "Time-out"),
        ReferralStatus.SUCCEEDED: QCoreApplication.translate("CollaborationLabels", "Geslaagd"),
        ReferralStatus.STOPPED: QCoreApplication.translate("CollaborationLabels", "Losgelaten"),
    }


def meeting_kind_labels() -> dict[MeetingKind, str]:
    return {
        MeetingKind.CLIENT_MEETING: QCoreApplication.translate(
            "CollaborationLabels", "Cliëntoverleg"
        ),
        MeetingKind.ROUND_TABLE: QCoreApplication.translate(
            "CollaborationLabels", "Rondetafelgesprek"
        ),
    }


def made_by_labels() -> dict[AppointmentMadeBy, str]:
    return {
        AppointmentMadeBy.CLIENT: QCoreApplication.translate(
            "CollaborationLabels", "De cliënt belt zelf"
        ),
        AppointmentMadeBy.TOGETHER: QCoreApplication.translate(
            "CollaborationLabels", "We bellen samen"
        ),
        AppointmentMadeBy.COACH: QCoreApplication.translate("CollaborationLabels", "De coach belt"),
    }
