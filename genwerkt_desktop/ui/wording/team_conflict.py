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


def _t(text: str) -> str:
    return QCoreApplication.translate("TeamConflictWords", text)


def kind_word(kind: ItemKind) -> str:
    """The kind of item, in the coach's words."""
    return {
        ItemKind.CARD: _t("Cliëntkaart"),
        ItemKind.PHASE: _t("Fase"),
        ItemKind.OBSERVATION: _t("Observatie"),
        ItemKind.RIGHT: _t("Recht"),
        ItemKind.ECOGRAM: _t("Ecogram"),
        ItemKind.BALANCE: _t("Balans"),
        ItemKind.GOAL: _t("Doel"),
        ItemKind.CONTACT: _t("Notitie of contact"),
        ItemKind.CONSENT: _t("Toestemming"),
        ItemKind.REFERRAL: _t("Doorverwijzing"),
        ItemKind.MEETING: _t("Overleg"),
        ItemKind.CLOSURE: _t("Afsluiting"),
        ItemKind.AFTERCARE: _t("Nazorg"),
    }[kind]


def card_field_words() -> dict[str, str]:
    return {
        "first_name": _t("Voornaam"),
        "last_name": _t("Achternaam"),
        "preferred_name": _t("Roepnaam"),
        "birth_date": _t("Geboortedatum"),
        "phone": _t("Telefoon"),
        "email": _t("E-mail"),
        "address": _t("Adres"),
        "language": _t("Taal"),
        "reminder_preference": _t("Herinneringen"),
        "coach": _t("Begeleider"),
        "referred_by": _t("Aangemeld door"),
        "support_question": _t("Hulpvraag"),
        "status": _t("Status"),
        "started_on": _t("Gestart op"),
        "closed_on": _t("Afgesloten op"),
        "team_sharing": _t("Delen met het team"),
    }


def organisation_field_words() -> dict[str, str]:
    return {
        "name": _t("Naam"),
        "services": _t("Aanbod"),
        "entry_criteria": _t("Wie kan er terecht"),
        "way_of_working": _t("Werkwijze"),
        "stopping_consequences": _t("Gevolgen van stoppen"),
        "address": _t("Adres"),
        "phone": _t("Telefoon"),
        "email": _t("E-mail"),
        "website": _t("Website"),
        "opening_hours": _t("Openingsuren"),
        "contacts": _t("Contactpersonen"),
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
        return _t("ja") if value else _t("nee")
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
        lines.append(_t("andere gegevens op de kaart"))
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
    else:
        parts = pick("starts_on", "ends_on", "contact_moments")
    return _short(" · ".join(parts)) if parts else _t("(zonder tekst)")


def side_summary(diff: Difference, *, mine: bool) -> str:
    """A short readable text of one side of a difference; what is missing says so."""
    side = diff.mine if mine else diff.theirs
    other = diff.theirs if mine else diff.mine
    if side is None:
        return _t("(niet in deze versie)")
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
