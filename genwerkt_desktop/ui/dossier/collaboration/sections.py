"""The three sections of the Samenwerking tab, each a table with its buttons: consents,
referrals, meetings.  Layout and signals only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.services.exports import Audience
from genwerkt_desktop.ui.dossier.read_only import KEEPS_READING
from genwerkt_desktop.ui.widgets.table_model import set_column_widths

from .models import ConsentModel, MeetingModel, ReferralModel
from .section import Section

# Column widths from typical contents: a long organisation name, the longest badge.
_ORG, _BADGE = ["Sociaal Huis Leiemeersen"], ["✔ Toestemming ingetrokken"]


class ConsentSection(Section):
    add_requested = Signal()
    edit_requested = Signal()
    revoke_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CollaborationTab", "Toestemming"),
            QCoreApplication.translate(
                "CollaborationTab",
                "Per dienst: wat de cliënt laat delen. Zonder geldige toestemming gaat er niets.",
            ),
            ConsentModel(),
            ConsentModel.COL_CATEGORIES,
            parent,
        )
        self.set_empty_text(
            QCoreApplication.translate("CollaborationTab", "Nog geen toestemming vastgelegd.")
        )
        self.button(
            QCoreApplication.translate("CollaborationTab", "Toestemming &vastleggen…"),
            QCoreApplication.translate("CollaborationTab", "Toestemming vastleggen"),
            lambda: self.add_requested.emit(),
            needs_row=False,
        )
        self.button(
            QCoreApplication.translate("CollaborationTab", "&Wijzigen…"),
            QCoreApplication.translate("CollaborationTab", "Toestemming wijzigen"),
            lambda: self.edit_requested.emit(),
        )
        self.button(
            QCoreApplication.translate("CollaborationTab", "&Intrekken…"),
            QCoreApplication.translate("CollaborationTab", "Toestemming intrekken"),
            lambda: self.revoke_requested.emit(),
        )
        self.button(
            QCoreApplication.translate("CollaborationTab", "Verwijderen…"),
            QCoreApplication.translate("CollaborationTab", "Toestemming verwijderen"),
            lambda: self.delete_requested.emit(),
        )
        self.view.activated.connect(lambda _i: self.edit_requested.emit())
        self.on_delete_key(lambda: self.delete_requested.emit())
        set_column_widths(
            self.view,
            {0: _ORG, 1: _BADGE, 3: ["Schriftelijk"], 4: ["00/00/0000"], 5: ["Ingetrokken op"]},
        )


class ReferralSection(Section):
    add_requested = Signal()
    edit_requested = Signal()
    sheet_requested = Signal(object)  # Audience
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CollaborationTab", "Doorverwijzingen"),
            QCoreApplication.translate(
                "CollaborationTab", "Samen met de cliënt naar een andere dienst, in zeven stappen."
            ),
            ReferralModel(),
            ReferralModel.COL_NEED,
            parent,
        )
        self.set_empty_text(
            QCoreApplication.translate("CollaborationTab", "Nog geen doorverwijzing.")
        )
        self.button(
            QCoreApplication.translate("CollaborationTab", "Nieuwe &doorverwijzing…"),
            QCoreApplication.translate("CollaborationTab", "Nieuwe doorverwijzing"),
            lambda: self.add_requested.emit(),
            needs_row=False,
        )
        self.button(
            QCoreApplication.translate("CollaborationTab", "Bewerke&n…"),
            QCoreApplication.translate("CollaborationTab", "Doorverwijzing bewerken"),
            lambda: self.edit_requested.emit(),
        )
        self.button(
            QCoreApplication.translate("CollaborationTab", "Blad voor de &cliënt…"),
            QCoreApplication.translate("CollaborationTab", "Afsprakenblad voor de cliënt"),
            lambda: self.sheet_requested.emit(Audience.CLIENT),
        ).setProperty(KEEPS_READING, True)
        self.button(
            QCoreApplication.translate("CollaborationTab", "Blad voor de &partner…"),
            QCoreApplication.translate("CollaborationTab", "Doorverwijsblad voor de partner"),
            lambda: self.sheet_requested.emit(Audience.PARTNER),
        ).setProperty(KEEPS_READING, True)
        self.button(
            QCoreApplication.translate("CollaborationTab", "Verwijderen…"),
            QCoreApplication.translate("CollaborationTab", "Doorverwijzing verwijderen"),
            lambda: self.delete_requested.emit(),
        )
        self.view.activated.connect(lambda _i: self.edit_requested.emit())
        self.on_delete_key(lambda: self.delete_requested.emit())
        set_column_widths(
            self.view,
            # The long ones wrap (the rows grow): the need keeps room on a small screen.
            {0: _ORG, 1: _BADGE, 3: ["Time-out tot"], 4: ["5. Het eerste"]},
        )


class MeetingSection(Section):
    add_requested = Signal()
    edit_requested = Signal()
    step_requested = Signal()  # an agreement becomes a POP step
    sheet_requested = Signal(object)  # Audience
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CollaborationTab", "Overleg"),
            QCoreApplication.translate(
                "CollaborationTab", "Cliëntoverleg en rondetafel: de cliënt staat centraal."
            ),
            MeetingModel(),
            MeetingModel.COL_PURPOSE,
            parent,
        )
        self.set_empty_text(
            QCoreApplication.translate("CollaborationTab", "Nog geen overleg gepland.")
        )
        self.button(
            QCoreApplication.translate("CollaborationTab", "Nieuw &overleg…"),
            QCoreApplication.translate("CollaborationTab", "Nieuw overleg plannen"),
            lambda: self.add_requested.emit(),
            needs_row=False,
        )
        self.button(
            QCoreApplication.translate("CollaborationTab", "Bewer&ken…"),
            QCoreApplication.translate("CollaborationTab", "Overleg bewerken"),
            lambda: self.edit_requested.emit(),
        )
        self.pop_button = self.button(
            QCoreApplication.translate("CollaborationTab", "Maak er een POP-&stap van…"),
            QCoreApplication.translate("CollaborationTab", "Afspraak wordt een POP-stap"),
            lambda: self.step_requested.emit(),
        )
        self.button(
            QCoreApplication.translate("CollaborationTab", "Blad voor de cli&ënt…"),
            QCoreApplication.translate("CollaborationTab", "Voorbereidingsblad voor de cliënt"),
            lambda: self.sheet_requested.emit(Audience.CLIENT),
        ).setProperty(KEEPS_READING, True)
        self.button(
            QCoreApplication.translate("CollaborationTab", "Blad voor de p&artners…"),
            QCoreApplication.translate("CollaborationTab", "Agenda en afspraken voor de partners"),
            lambda: self.sheet_requested.emit(Audience.PARTNER),
        ).setProperty(KEEPS_READING, True)
        self.button(
            QCoreApplication.translate("CollaborationTab", "Verwijderen…"),
            QCoreApplication.translate("CollaborationTab", "Overleg verwijderen"),
            lambda: self.delete_requested.emit(),
        )
        self.view.activated.connect(lambda _i: self.edit_requested.emit())
        self.on_delete_key(lambda: self.delete_requested.emit())
        set_column_widths(
            self.view,
            {0: ["00/00/0000  00:00"], 1: _BADGE, 2: ["Rondetafelgesprek"], 4: _ORG * 2},
        )
