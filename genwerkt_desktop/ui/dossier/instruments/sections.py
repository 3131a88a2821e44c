"""The three sections of the Samen bekijken tab, each a table with its buttons: vacancies
read together, choices weighed, calls from other services.  Layout and signals only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.ui.dossier.collaboration.section import Section
from genwerkt_desktop.ui.dossier.read_only import mark_reading
from genwerkt_desktop.ui.widgets.table_model import set_column_widths

from .models import DecisionModel, PhoneModel, VacancyModel


class VacancySection(Section):
    add_requested = Signal()
    edit_requested = Signal()
    sheet_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("InstrumentsTab", "Vacatures samen gelezen"),
            QCoreApplication.translate(
                "InstrumentsTab",
                "Eis per eis: wat vraagt de werkgever, wat brengt de cliënt al mee?",
            ),
            VacancyModel(),
            VacancyModel.COL_TITLE,
            parent,
        )
        self.set_empty_text(
            QCoreApplication.translate("InstrumentsTab", "Nog geen vacature samen gelezen.")
        )
        self.add_button = self.button(
            QCoreApplication.translate("InstrumentsTab", "&Vacature lezen…"),
            QCoreApplication.translate("InstrumentsTab", "Een vacature samen lezen"),
            lambda: self.add_requested.emit(),
            needs_row=False,
        )
        self.button(
            QCoreApplication.translate("InstrumentsTab", "Openen…"),
            QCoreApplication.translate("InstrumentsTab", "Vacature openen"),
            lambda: self.edit_requested.emit(),
        )
        self.sheet_button = self.button(
            QCoreApplication.translate("InstrumentsTab", "&Blad voor de cliënt…"),
            QCoreApplication.translate("InstrumentsTab", "Blad over de vacature voor de cliënt"),
            lambda: self.sheet_requested.emit(),
        )
        mark_reading(self.sheet_button)
        self.button(
            QCoreApplication.translate("InstrumentsTab", "Verwijderen…"),
            QCoreApplication.translate("InstrumentsTab", "Vacature verwijderen"),
            lambda: self.delete_requested.emit(),
        )
        self.view.activated.connect(lambda _i: self.edit_requested.emit())
        self.on_delete_key(lambda: self.delete_requested.emit())
        set_column_widths(
            self.view,
            {
                0: ["00/00/0000"],
                2: ["Sociaal restaurant De Pollepel"],
                3: ["12 van 12 eisen"],
                4: ["Later bekijken"],
            },
        )


class DecisionSection(Section):
    add_requested = Signal()
    edit_requested = Signal()
    goal_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("InstrumentsTab", "Keuzes afgewogen"),
            QCoreApplication.translate(
                "InstrumentsTab",
                "Een vraag, de mogelijkheden met hun voor- en nadelen, en wat de cliënt kiest.",
            ),
            DecisionModel(),
            DecisionModel.COL_QUESTION,
            parent,
        )
        self.set_empty_text(
            QCoreApplication.translate("InstrumentsTab", "Nog geen keuze samen afgewogen.")
        )
        self.add_button = self.button(
            QCoreApplication.translate("InstrumentsTab", "&Keuze afwegen…"),
            QCoreApplication.translate("InstrumentsTab", "Een keuze afwegen"),
            lambda: self.add_requested.emit(),
            needs_row=False,
        )
        self.button(
            QCoreApplication.translate("InstrumentsTab", "Openen…"),
            QCoreApplication.translate("InstrumentsTab", "Keuze openen"),
            lambda: self.edit_requested.emit(),
        )
        self.goal_button = self.button(
            QCoreApplication.translate("InstrumentsTab", "Maak er een POP-&doel van"),
            QCoreApplication.translate("InstrumentsTab", "Maak van de keuze een POP-doel"),
            lambda: self.goal_requested.emit(),
        )
        self.button(
            QCoreApplication.translate("InstrumentsTab", "Verwijderen…"),
            QCoreApplication.translate("InstrumentsTab", "Keuze verwijderen"),
            lambda: self.delete_requested.emit(),
        )
        self.view.activated.connect(lambda _i: self.edit_requested.emit())
        self.on_delete_key(lambda: self.delete_requested.emit())
        set_column_widths(
            self.view,
            {0: ["00/00/0000"], 2: ["Sollicitaties even op pauze"], 3: ["Sollicitaties op pauze"]},
        )


class PhoneSection(Section):
    add_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("InstrumentsTab", "Telefonische vragen"),
            QCoreApplication.translate(
                "InstrumentsTab",
                "Een andere dienst belt over de cliënt: wie, wat en waarom, en wat u deed.",
            ),
            PhoneModel(),
            PhoneModel.COL_ASKED,
            parent,
        )
        self.set_empty_text(
            QCoreApplication.translate("InstrumentsTab", "Nog geen telefonische vraag genoteerd.")
        )
        self.add_button = self.button(
            QCoreApplication.translate("InstrumentsTab", "&Telefonische vraag…"),
            QCoreApplication.translate("InstrumentsTab", "Telefonische vraag noteren"),
            lambda: self.add_requested.emit(),
            needs_row=False,
        )
        self.button(
            QCoreApplication.translate("InstrumentsTab", "Openen…"),
            QCoreApplication.translate("InstrumentsTab", "Telefonische vraag openen"),
            lambda: self.edit_requested.emit(),
        )
        self.button(
            QCoreApplication.translate("InstrumentsTab", "Verwijderen…"),
            QCoreApplication.translate("InstrumentsTab", "Telefonische vraag verwijderen"),
            lambda: self.delete_requested.emit(),
        )
        self.view.activated.connect(lambda _i: self.edit_requested.emit())
        self.on_delete_key(lambda: self.delete_requested.emit())
        set_column_widths(
            self.view,
            {
                0: ["00/00/0000 00:00"],
                1: ["Medewerker huurdersbegeleiding"],
                3: ["gedeeld met akkoord"],
            },
        )
