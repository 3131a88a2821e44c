"""An agenda item's "what" column in the interface language, from the service's facts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.enums import (
    AftercareKind,
    ContactKind,
    MeetingKind,
    ReminderPreference,
)
from genwerkt_desktop.services.agenda import AgendaItem, AgendaKind


def _contact(kind: ContactKind | None) -> str:
    return {
        ContactKind.CONVERSATION: QCoreApplication.translate("AgendaWords", "Gesprek"),
        ContactKind.HOME_VISIT: QCoreApplication.translate("AgendaWords", "Huisbezoek"),
        ContactKind.PHONE: QCoreApplication.translate("AgendaWords", "Telefoon"),
        ContactKind.OUTREACH: QCoreApplication.translate("AgendaWords", "Outreachend"),
        ContactKind.INFORMAL: QCoreApplication.translate("AgendaWords", "Informeel"),
        ContactKind.MEETING: QCoreApplication.translate("AgendaWords", "Overleg"),
    }.get(kind or ContactKind.OTHER, QCoreApplication.translate("AgendaWords", "Contact"))


def _aftercare(kind: AftercareKind | None, client_initiates: bool) -> str:
    how = (
        {
            AftercareKind.CONVERSATION: QCoreApplication.translate("AgendaWords", "gesprek"),
            AftercareKind.HOME_VISIT: QCoreApplication.translate("AgendaWords", "huisbezoek"),
            AftercareKind.PHONE: QCoreApplication.translate("AgendaWords", "telefoon"),
            AftercareKind.INFORMAL: QCoreApplication.translate("AgendaWords", "informeel"),
        }.get(kind)
        if kind is not None
        else None
    )
    text = (
        QCoreApplication.translate("AgendaWords", "Nazorgcontact ({how})").format(how=how)
        if how
        else QCoreApplication.translate("AgendaWords", "Nazorgcontact")
    )
    if client_initiates:
        text = QCoreApplication.translate(
            "AgendaWords", "{what} – de cliënt neemt contact op"
        ).format(what=text)
    return text


def _reminder(name: str, organisation: str, how: ReminderPreference | None) -> str:
    text = QCoreApplication.translate(
        "AgendaWords", "Herinnering sturen aan {name} voor de afspraak van morgen bij {where}"
    ).format(name=name, where=organisation)
    way = (
        {
            ReminderPreference.PAPER: QCoreApplication.translate("AgendaWords", "op papier"),
            ReminderPreference.EMAIL: QCoreApplication.translate("AgendaWords", "per e-mail"),
            ReminderPreference.SMS: QCoreApplication.translate("AgendaWords", "per sms"),
            ReminderPreference.PHONE: QCoreApplication.translate("AgendaWords", "telefonisch"),
        }.get(how)
        if how is not None
        else None
    )
    return f"{text} ({way})" if way else text


def _at_place(what: str, place: str) -> str:
    return f"{what} – {place}" if place else what


def agenda_text(item: AgendaItem) -> str:
    """What the item is about: the coach's own words where there are any, worded facts
    for the rest."""
    detail = item.detail
    if item.kind is AgendaKind.APPOINTMENT:
        text = _at_place(_contact(detail.contact_kind), detail.subject)
        if detail.missed:
            return QCoreApplication.translate("AgendaWords", "{what} – niet gekomen").format(
                what=text
            )
        return text
    if item.kind is AgendaKind.AFTERCARE:
        return _aftercare(detail.aftercare_kind, detail.client_initiates)
    if item.kind is AgendaKind.REFERRAL_APPOINTMENT:
        return QCoreApplication.translate("AgendaWords", "Eerste afspraak bij {name}").format(
            name=detail.subject
        )
    if item.kind is AgendaKind.MEETING:
        what = (
            QCoreApplication.translate("AgendaWords", "Rondetafelgesprek")
            if detail.meeting_kind is MeetingKind.ROUND_TABLE
            else QCoreApplication.translate("AgendaWords", "Cliëntoverleg")
        )
        return _at_place(what, detail.subject)
    if item.kind is AgendaKind.REMINDER:
        return _reminder(item.client_name, detail.subject, detail.reminder)
    if item.kind is AgendaKind.REVISIT:
        return QCoreApplication.translate(
            "AgendaWords", "Doorverwijzing naar {name} opnieuw bekijken"
        ).format(name=detail.subject)
    return detail.subject  # steps: the step's own text
