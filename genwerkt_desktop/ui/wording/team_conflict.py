"""The words of a conflict copy: what kind of item differs, and a short sentence for each
side, so a coach can choose without opening the dossier twice."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.model import Client, Organisation
from genwerkt_desktop.domain.team_conflict import Difference, ItemKind

SUMMARY_CHARS = 160  # a summary is a glance, not the whole note


def kind_word(kind: ItemKind) -> str:
    """The kind of item, in the coach's words."""
    return {
        ItemKind.CARD: QCoreApplication.translate("TeamConflictWords", "Cliëntkaart"),
        ItemKind.PHASE: QCoreApplication.translate("TeamConflictWords", "Fase"),
        ItemKind.OBSERVATION: QCoreApplication.translate("TeamConflictWords", "Observatie"),
        ItemKind.RIGHT: QCoreApplication.translate("TeamConflictWords", "Recht"),
        ItemKind.ECOGRAM: QCoreApplication.translate("TeamConflictWords", "Ecogram"),
        ItemKind.BALANCE: QCoreApplication.translate("TeamConflictWords", "Balans"),
        ItemKind.GOAL: QCoreApplication.translate("TeamConflictWords", "Doel"),
        ItemKind.CONTACT: QCoreApplication.translate("TeamConflictWords", "Notitie of contact"),
        ItemKind.CONSENT: QCoreApplication.translate("TeamConflictWords", "Toestemming"),
        ItemKind.REFERRAL: QCoreApplication.translate("TeamConflictWords", "Doorverwijzing"),
        ItemKind.MEETING: QCoreApplication.translate("TeamConflictWords", "Overleg"),
        ItemKind.CLOSURE: QCoreApplication.translate("TeamConflictWords", "Afsluiting"),
        ItemKind.AFTERCARE: QCoreApplication.translate("TeamConflictWords", "Nazorg"),
        ItemKind.FIRST_RECEPTION: QCoreApplication.translate("TeamConflictWords", "Eerste onthaal"),
        ItemKind.INNER_NOTE: QCoreApplication.translate("TeamConflictWords", "Binnenkant"),
        ItemKind.LIFE_EVENT: QCoreApplication.translate("TeamConflictWords", "Levensloop"),
        ItemKind.MINDMAP: QCoreApplication.translate("TeamConflictWords", "Mindmap"),
        ItemKind.VACANCY: QCoreApplication.translate("TeamConflictWords", "Vacature"),
        ItemKind.DECISION: QCoreApplication.translate("TeamConflictWords", "Voor- en nadelen"),
        ItemKind.PHONE_REQUEST: QCoreApplication.translate(
            "TeamConflictWords", "Informatievraag per telefoon"
        ),
    }[kind]


def card_field_words() -> dict[str, str]:
    return {
        "first_name": QCoreApplication.translate("TeamConflictWords", "Voornaam"),
        "last_name": QCoreApplication.translate("TeamConflictWords", "Achternaam"),
        "preferred_name": QCoreApplication.translate("TeamConflictWords", "Roepnaam"),
        "birth_date": QCoreApplication.translate("TeamConflictWords", "Geboortedatum"),
        "phone": QCoreApplication.translate("TeamConflictWords", "Telefoon"),
        "email": QCoreApplication.translate("TeamConflictWords", "E-mail"),
        "address": QCoreApplication.translate("TeamConflictWords", "Adres"),
        "language": QCoreApplication.translate("TeamConflictWords", "Taal"),
        "reminder_preference": QCoreApplication.translate("TeamConflictWords", "Herinneringen"),
        "coach": QCoreApplication.translate("TeamConflictWords", "Begeleider"),
        "referred_by": QCoreApplication.translate("TeamConflictWords", "Aangemeld door"),
        "support_question": QCoreApplication.translate("TeamConflictWords", "Hulpvraag"),
        "status": QCoreApplication.translate("TeamConflictWords", "Status"),
        "started_on": QCoreApplication.translate("TeamConflictWords", "Gestart op"),
        "closed_on": QCoreApplication.translate("TeamConflictWords", "Afgesloten op"),
        "team_sharing": QCoreApplication.translate("TeamConflictWords", "Delen met het team"),
    }


def organisation_field_words() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("TeamConflictWords", "Naam"),
        "services": QCoreApplication.translate("TeamConflictWords", "Aanbod"),
        "entry_criteria": QCoreApplication.translate("TeamConflictWords", "Wie kan er terecht"),
        "way_of_working": QCoreApplication.translate("TeamConflictWords", "Werkwijze"),
        "stopping_consequences": QCoreApplication.translate(
            "TeamConflictWords", "Als de cliënt stopt"
        ),
        "address": QCoreApplication.translate("TeamConflictWords", "Adres"),
        "phone": QCoreApplication.translate("TeamConflictWords", "Telefoon"),
        "email": QCoreApplication.translate("TeamConflictWords", "E-mail"),
        "website": QCoreApplication.translate("TeamConflictWords", "Website"),
        "opening_hours": QCoreApplication.translate("TeamConflictWords", "Openingsuren"),
        "contacts": QCoreApplication.translate("TeamConflictWords", "Contactpersonen"),
    }


def value_text(value: Any) -> str:
    """One field's value as a coach reads it."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("TeamConflictWords", "ja")
            if value
            else QCoreApplication.translate("TeamConflictWords", "nee")
        )
    if isinstance(value, (tuple, list)):
        parts = [getattr(v, "name", None) or value_text(v) for v in value]
        return ", ".join(parts)
    return " ".join(str(value).split())


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[: SUMMARY_CHARS - 1].rstrip() + "…"


def _card_summary(side: Client, other: Client | None) -> str:
    words = card_field_words()
    lines = []
    for field, word in words.items():
        value = getattr(side, field, None)
        if other is not None and getattr(other, field, None) == value:
            continue
        lines.append(f"{word}: {value_text(value)}")
    if not lines:
        lines.append(QCoreApplication.translate("TeamConflictWords", "andere gegevens op de kaart"))
    return "\n".join(lines)


def _item_summary(kind: ItemKind, item: Any) -> str:
    def pick(*names: str) -> list[str]:
        found = []
        for name in names:
            value = getattr(item, name, None)
            if value not in (None, "", ()):
                found.append(value_text(value))
        return found

    parts: list[str]
    if kind is ItemKind.CONTACT:
        parts = pick("at", "summary")
    elif kind is ItemKind.OBSERVATION:
        parts = pick("noted_on", "text")
    elif kind is ItemKind.GOAL:
        parts = pick("title", "status")
    elif kind is ItemKind.RIGHT:
        parts = pick("name", "status", "note")
    elif kind is ItemKind.PHASE:
        parts = pick("phase", "started_on", "note")
    elif kind is ItemKind.ECOGRAM:
        parts = pick("drawn_on", "note")
    elif kind is ItemKind.BALANCE:
        parts = pick("assessed_on", "note")
    elif kind is ItemKind.CONSENT:
        parts = pick("granted_on", "categories", "revoked_on", "note")
    elif kind is ItemKind.REFERRAL:
        parts = pick("need", "status", "revisit_on")
    elif kind is ItemKind.MEETING:
        parts = pick("at", "purpose", "place")
    elif kind is ItemKind.CLOSURE:
        parts = pick("evaluated_on", "reason", "achieved")
    elif kind is ItemKind.FIRST_RECEPTION:
        parts = pick("on", "client_expectations")
    elif kind in (ItemKind.INNER_NOTE, ItemKind.LIFE_EVENT):
        parts = pick("noted_on", "on", "when", "text")
    elif kind is ItemKind.MINDMAP:
        parts = pick("made_on", "centre")
    elif kind is ItemKind.VACANCY:
        parts = pick("read_on", "title", "employer", "conclusion")
    elif kind is ItemKind.DECISION:
        parts = pick("made_on", "question", "chosen")
    elif kind is ItemKind.PHONE_REQUEST:
        parts = pick("at", "caller", "outcome")
    else:
        parts = pick("starts_on", "ends_on", "contact_moments")
    return (
        _short(" · ".join(parts))
        if parts
        else QCoreApplication.translate("TeamConflictWords", "(zonder tekst)")
    )


def side_summary(diff: Difference, *, mine: bool) -> str:
    """A short readable text of one side of a difference; what is missing says so."""
    side = diff.mine if mine else diff.theirs
    other = diff.theirs if mine else diff.mine
    if side is None:
        return QCoreApplication.translate("TeamConflictWords", "(niet in deze versie)")
    if diff.kind is ItemKind.CARD:
        return _card_summary(side, other)
    return _item_summary(diff.kind, side)


def organisation_differences(mine: Organisation, theirs: Organisation) -> list[str]:
    """The names of the organisation's fields that differ (as keys of the field words)."""
    return [
        field
        for field in organisation_field_words()
        if getattr(mine, field, None) != getattr(theirs, field, None)
    ]
