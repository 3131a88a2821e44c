"""Choosing an organisation from the sociale kaart, with its consent state beside it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from genwerkt_desktop.domain.consent import ConsentState, consent_state
from genwerkt_desktop.domain.model import Consent, ContactPerson, Organisation

from .labels import state_colour, state_label, state_mark


def person_text(person: ContactPerson, *, marks_shown: bool = True) -> str:
    marks: list[str] = []
    if marks_shown and person.trusted:
        marks.append(QCoreApplication.translate("OrganisationChoice", "vaste contactpersoon"))
    elif marks_shown and person.backup:
        marks.append(QCoreApplication.translate("OrganisationChoice", "vervanger"))
    role = f", {person.role}" if person.role else ""
    extra = f" ({', '.join(marks)})" if marks else ""
    phone = f" – {person.phone}" if person.phone else ""
    return f"{person.name}{role}{extra}{phone}"


@dataclass(frozen=True)
class OrganisationChoice:
    """The sociale kaart and the dossier's consents on one day."""

    organisations: Sequence[Organisation]
    consents: Sequence[Consent]
    today: date

    def get(self, organisation_id: str | None) -> Organisation | None:
        return next((o for o in self.organisations if o.id == organisation_id), None)

    def state(self, organisation_id: str) -> ConsentState:
        return consent_state(self.consents, organisation_id, self.today)

    def label(self, org: Organisation) -> str:
        state = self.state(org.id)
        return f"{org.name}   {state_mark(state)} {state_label(state)}"

    def combo(self, parent: QWidget, accessible_name: str, *, none_text: str = "") -> QComboBox:
        """Every organisation by name; ``none_text`` adds a first "none" choice."""
        combo = QComboBox(parent)
        combo.setAccessibleName(accessible_name)
        if none_text:
            combo.addItem(none_text, "")
        for org in sorted(self.organisations, key=lambda o: o.name.casefold()):
            combo.addItem(self.label(org), org.id)
            combo.setItemData(
                combo.count() - 1, state_colour(self.state(org.id)), Qt.ItemDataRole.ForegroundRole
            )
        return combo

    def fill_people(self, combo: QComboBox, organisation_id: str | None) -> None:
        """The organisation's people, the trusted contact first, then the backup."""
        combo.clear()
        combo.addItem(QCoreApplication.translate("OrganisationChoice", "Nog niemand gekozen"), "")
        org = self.get(organisation_id)
        if org is None:
            return
        ranked = sorted(org.contacts, key=lambda p: (not p.trusted, not p.backup))
        for person in ranked:
            combo.addItem(person_text(person), person.id)

    def trusted_line(self, organisation_id: str | None) -> str:
        """ "Vaste contactpersoon: … · vervanger: …" for the chosen organisation."""
        org = self.get(organisation_id)
        if org is None:
            return ""
        parts = []
        trusted = next((p for p in org.contacts if p.trusted), None)
        backup = next((p for p in org.contacts if p.backup), None)
        if trusted is not None:
            parts.append(
                QCoreApplication.translate(
                    "OrganisationChoice", "Vaste contactpersoon: {who}"
                ).format(who=person_text(trusted, marks_shown=False))
            )
        if backup is not None:
            parts.append(
                QCoreApplication.translate("OrganisationChoice", "Vervanger: {who}").format(
                    who=person_text(backup, marks_shown=False)
                )
            )
        if not parts:
            parts.append(
                QCoreApplication.translate(
                    "OrganisationChoice", "Nog geen vaste contactpersoon op de sociale kaart."
                )
            )
        state = self.state(org.id)
        parts.append(f"{state_mark(state)} {state_label(state)}")
        return "\n".join(parts)
