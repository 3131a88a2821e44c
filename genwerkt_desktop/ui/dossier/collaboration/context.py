"""What the actions of the Samenwerking tab share: the dossier on screen, the sociale
kaart beside it, and one way to save (the presenter provides it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.ui.dossier.forms import FormDialog

from .org_choice import OrganisationChoice
from .sections import ConsentSection, MeetingSection, ReferralSection


class CollaborationScreen(Protocol):
    """The view: three sections, one open form at a time, a calm notice."""

    consents: ConsentSection
    referrals: ReferralSection
    meetings: MeetingSection

    def widget(self) -> QWidget: ...

    def open_form(self, dialog: FormDialog, submitted: Callable[[Any], None]) -> None: ...

    def close_form(self) -> None: ...

    def show_notice(self, text: str) -> None: ...


class DossierContext(Protocol):
    def dossier(self) -> Dossier | None: ...

    def choice(self) -> OrganisationChoice:
        """The organisations (dossier and sociale kaart) with their consent state today."""
        ...

    def names(self) -> dict[str, str]:
        """Organisation id → name, from the dossier and the sociale kaart."""
        ...

    def save(self, work: Callable[[DossierEdits, str], Changes]) -> None:
        """One write of the dossier, through the controller, by this tab."""
        ...
