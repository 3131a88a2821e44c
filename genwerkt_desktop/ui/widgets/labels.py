"""Dutch labels for every closed list the daily screens show, in one place.

Each label goes through ``QCoreApplication.translate`` with a literal, so Qt Linguist
finds it; the functions build their table on every call, so a language switch shows at
once.  Order of the tables is the order the screens offer the choices in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.enums import (
    ClientStatus,
    ContactKind,
    LifeDomain,
    NoteScope,
    ObservationKind,
    Owner,
    Phase,
    ReminderPreference,
    RightStatus,
    StepStatus,
    TeamSharing,
)


def status_labels() -> dict[ClientStatus, str]:
    return {
        ClientStatus.ACTIVE: QCoreApplication.translate("Labels", "Actief"),
        ClientStatus.AFTERCARE: QCoreApplication.translate("Labels", "Nazorg"),
        ClientStatus.CLOSED: QCoreApplication.translate("Labels", "Afgesloten"),
        ClientStatus.ARCHIVED: QCoreApplication.translate("Labels", "Gearchiveerd"),
    }


def phase_labels() -> dict[Phase, str]:
    return {
        Phase.INTAKE: QCoreApplication.translate("Labels", "Onthaal"),
        Phase.CLARIFYING: QCoreApplication.translate("Labels", "Vraagverduidelijking"),
        Phase.GOAL_SETTING: QCoreApplication.translate("Labels", "Doel- en strategiebepaling"),
        Phase.EXECUTION: QCoreApplication.translate("Labels", "Uitvoering"),
        Phase.CLOSURE: QCoreApplication.translate("Labels", "Afsluiting"),
        Phase.AFTERCARE: QCoreApplication.translate("Labels", "Nazorg"),
    }


def short_phase_labels() -> dict[Phase, str]:
    """For narrow columns: the same phases, each in one word."""
    return {
        Phase.INTAKE: QCoreApplication.translate("Labels", "Onthaal"),
        Phase.CLARIFYING: QCoreApplication.translate("Labels", "Vraagverduidelijking"),
        Phase.GOAL_SETTING: QCoreApplication.translate("Labels", "Doelbepaling"),
        Phase.EXECUTION: QCoreApplication.translate("Labels", "Uitvoering"),
        Phase.CLOSURE: QCoreApplication.translate("Labels", "Afsluiting"),
        Phase.AFTERCARE: QCoreApplication.translate("Labels", "Nazorg"),
    }


def reminder_labels() -> dict[ReminderPreference, str]:
    return {
        ReminderPreference.PAPER: QCoreApplication.translate("Labels", "Op papier"),
        ReminderPreference.EMAIL: QCoreApplication.translate("Labels", "Per e-mail"),
        ReminderPreference.SMS: QCoreApplication.translate("Labels", "Per sms"),
        ReminderPreference.PHONE: QCoreApplication.translate("Labels", "Telefonisch"),
        ReminderPreference.NONE: QCoreApplication.translate("Labels", "Geen herinnering nodig"),
    }


def team_sharing_labels() -> dict[TeamSharing, str]:
    """What the client said at the first reception about sharing with the team."""
    return {
        TeamSharing.TEAM: QCoreApplication.translate(
            "Labels", "Ja, het team mag meelezen en overnemen"
        ),
        TeamSharing.THIS_DEVICE_ONLY: QCoreApplication.translate(
            "Labels", "Nee, alleen op dit toestel"
        ),
    }


def not_asked_label() -> str:
    return QCoreApplication.translate("Labels", "Nog niet gevraagd")


def domain_labels() -> dict[LifeDomain, str]:
    return {
        LifeDomain.WORK: QCoreApplication.translate("Labels", "Werk"),
        LifeDomain.INCOME: QCoreApplication.translate("Labels", "Inkomen en schulden"),
        LifeDomain.HOUSING: QCoreApplication.translate("Labels", "Wonen"),
        LifeDomain.HEALTH: QCoreApplication.translate("Labels", "Gezondheid"),
        LifeDomain.FAMILY: QCoreApplication.translate("Labels", "Gezin en kinderopvang"),
        LifeDomain.NETWORK: QCoreApplication.translate("Labels", "Sociaal netwerk"),
        LifeDomain.EDUCATION: QCoreApplication.translate("Labels", "Onderwijs en vorming"),
        LifeDomain.MOBILITY: QCoreApplication.translate("Labels", "Mobiliteit"),
        LifeDomain.LEISURE: QCoreApplication.translate("Labels", "Vrije tijd"),
        LifeDomain.ADMINISTRATION: QCoreApplication.translate(
            "Labels", "Administratie en justitie"
        ),
        LifeDomain.OTHER: QCoreApplication.translate("Labels", "Andere"),
    }


def observation_labels() -> dict[ObservationKind, str]:
    return {
        ObservationKind.STRENGTH: QCoreApplication.translate("Labels", "Kracht"),
        ObservationKind.RESOURCE: QCoreApplication.translate("Labels", "Hulpbron"),
        ObservationKind.NEED: QCoreApplication.translate("Labels", "Nood"),
    }


def right_status_labels() -> dict[RightStatus, str]:
    return {
        RightStatus.NOT_DISCUSSED: QCoreApplication.translate("Labels", "Nog niet besproken"),
        RightStatus.DISCUSSED: QCoreApplication.translate("Labels", "Besproken"),
        RightStatus.APPLIED: QCoreApplication.translate("Labels", "Aangevraagd"),
        RightStatus.GRANTED: QCoreApplication.translate("Labels", "Toegekend"),
        RightStatus.REFUSED: QCoreApplication.translate("Labels", "Geweigerd"),
        RightStatus.NOT_APPLICABLE: QCoreApplication.translate("Labels", "Niet van toepassing"),
    }


def contact_kind_labels() -> dict[ContactKind, str]:
    return {
        ContactKind.CONVERSATION: QCoreApplication.translate("Labels", "Gesprek"),
        ContactKind.HOME_VISIT: QCoreApplication.translate("Labels", "Huisbezoek"),
        ContactKind.PHONE: QCoreApplication.translate("Labels", "Telefoon"),
        ContactKind.OUTREACH: QCoreApplication.translate("Labels", "Outreachend"),
        ContactKind.INFORMAL: QCoreApplication.translate("Labels", "Informeel"),
        ContactKind.MEETING: QCoreApplication.translate("Labels", "Overleg"),
        ContactKind.OTHER: QCoreApplication.translate("Labels", "Andere"),
    }


def note_scope_labels() -> dict[NoteScope, str]:
    return {
        NoteScope.FILE: QCoreApplication.translate("Labels", "Dossier"),
        NoteScope.PERSONAL: QCoreApplication.translate("Labels", "Persoonlijk"),
    }


def owner_labels() -> dict[Owner, str]:
    return {
        Owner.CLIENT: QCoreApplication.translate("Labels", "Cliënt"),
        Owner.COACH: QCoreApplication.translate("Labels", "Coach"),
        Owner.NETWORK: QCoreApplication.translate("Labels", "Netwerk"),
        Owner.PARTNER: QCoreApplication.translate("Labels", "Partner"),
    }


def step_status_labels() -> dict[StepStatus, str]:
    return {
        StepStatus.PLANNED: QCoreApplication.translate("Labels", "Gepland"),
        StepStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "Bezig"),
        StepStatus.DONE: QCoreApplication.translate("Labels", "Gedaan"),
        StepStatus.FAILED: QCoreApplication.translate("Labels", "Niet gelukt"),
        StepStatus.ON_HOLD: QCoreApplication.translate("Labels", "Even on hold"),
    }


def voiced_label(voiced_by_client: bool | None) -> str:
    """Who brought an observation up; a coach's own observation still has to be checked."""
    if voiced_by_client is True:
        return QCoreApplication.translate("Labels", "Cliënt zei het zelf")
    if voiced_by_client is False:
        return QCoreApplication.translate("Labels", "Nog na te vragen bij de cliënt")
    return QCoreApplication.translate("Labels", "Niet genoteerd")


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return (
        QCoreApplication.translate("Labels", "Ja")
        if value
        else QCoreApplication.translate("Labels", "Nee")
    )


def label_of(table: dict, value: object) -> str:  # type: ignore[type-arg]
    """The label of ``value`` in ``table``; empty for None, the code itself when unknown."""
    if value is None:
        return ""
    return str(table.get(value, getattr(value, "value", value)))
