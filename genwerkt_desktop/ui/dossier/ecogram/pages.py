"""The pages of the Ecogram tab besides the comparison: the empty page (no version yet)
and the drawing page (versions, tools, the drawing, the side panel and the legend).
Layout and signals only; what to show arrives as a :class:`ShownVersion`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from genwerkt_desktop.domain.model import Ecogram
from genwerkt_desktop.ui.dossier.read_only import mark_reading
from genwerkt_desktop.ui.widgets.fields import hint_label, make_button
from genwerkt_desktop.ui.widgets.scrolling import column_scroll
from genwerkt_desktop.ui.widgets.start_page import StartPage

from .legend import LegendWidget
from .panel import MemberPanel
from .scene import EcogramScene
from .state import EcogramActions, ShownVersion
from .versions import VersionBar
from .view import EcogramView


class EmptyPage(StartPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "EcogramTab",
                "Nog geen ecogram. Teken samen met de cliënt wie er rond hen staat: "
                "gezin, familie, vrienden, buren, werk, diensten.",
            ),
            QCoreApplication.translate("EcogramTab", "&Teken het netwerk"),
            QCoreApplication.translate("EcogramTab", "Een eerste ecogram tekenen"),
            parent,
        )


class DrawingPage(QWidget):
    new_version_requested = Signal()
    compare_requested = Signal()
    export_requested = Signal()
    delete_version_requested = Signal()
    add_person_requested = Signal()
    add_organisation_requested = Signal()
    delete_member_requested = Signal()
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = VersionBar(self)
        self.new_version_button = make_button(
            QCoreApplication.translate("EcogramTab", "Nieuwe &versie"),
            QCoreApplication.translate("EcogramTab", "Een nieuwe versie van vandaag maken"),
            self,
        )
        self.compare_button = make_button(
            QCoreApplication.translate("EcogramTab", "Verge&lijken…"),
            QCoreApplication.translate("EcogramTab", "Twee versies vergelijken"),
            self,
        )
        self.export_button = make_button(
            QCoreApplication.translate("EcogramTab", "PDF of &afbeelding…"),
            QCoreApplication.translate("EcogramTab", "Het ecogram als PDF, PNG of SVG bewaren"),
            self,
        )
        self.delete_version_button = make_button(
            QCoreApplication.translate("EcogramTab", "Versie verwij&deren…"),
            QCoreApplication.translate("EcogramTab", "De getoonde versie verwijderen"),
            self,
        )
        mark_reading(self.compare_button, self.export_button)
        self.read_only_note = hint_label("", self, muted=True)
        self.add_person_button = make_button(
            QCoreApplication.translate("EcogramTab", "+ &Persoon"),
            QCoreApplication.translate("EcogramTab", "Persoon toevoegen (Insert)"),
            self,
        )
        self.add_org_button = make_button(
            QCoreApplication.translate("EcogramTab", "+ &Organisatie…"),
            QCoreApplication.translate("EcogramTab", "Organisatie uit de sociale kaart toevoegen"),
            self,
        )
        self.delete_button = make_button(
            QCoreApplication.translate("EcogramTab", "Ver&wijderen"),
            QCoreApplication.translate("EcogramTab", "Gekozen lid verwijderen (Delete)"),
            self,
        )
        self.undo_button = make_button(
            QCoreApplication.translate("EcogramTab", "Ongedaan &maken"),
            QCoreApplication.translate("EcogramTab", "Ongedaan maken (Ctrl+Z)"),
            self,
        )
        self.redo_button = make_button(
            QCoreApplication.translate("EcogramTab", "Opn&ieuw"),
            QCoreApplication.translate("EcogramTab", "Opnieuw doen (Ctrl+Shift+Z)"),
            self,
        )
        self.zoom_out_button = make_button(
            "−", QCoreApplication.translate("EcogramTab", "Uitzoomen (min)"), self
        )
        self.zoom_in_button = make_button(
            "+", QCoreApplication.translate("EcogramTab", "Inzoomen (plus)"), self
        )
        self.fit_button = make_button(
            QCoreApplication.translate("EcogramTab", "Pa&ssend"),
            QCoreApplication.translate("EcogramTab", "Hele tekening tonen"),
            self,
        )
        for button in (self.zoom_out_button, self.zoom_in_button):
            # Square-ish, but never narrower than the stylesheet's padding and the sign.
            button.setFixedWidth(max(40, button.sizeHint().width()))
        self.scene = EcogramScene(self)
        self.view = EcogramView(self.scene, self)
        self.panel = MemberPanel(self)
        self.legend = LegendWidget(self)
        self._connect()

        top = QHBoxLayout()
        top.addWidget(self.versions, 1)
        for button in (
            self.new_version_button,
            self.compare_button,
            self.export_button,
            self.delete_version_button,
        ):
            top.addWidget(button)
        tools = QHBoxLayout()
        for button in (
            self.add_person_button,
            self.add_org_button,
            self.delete_button,
            self.undo_button,
            self.redo_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)
        side = QVBoxLayout()
        side.addWidget(self.panel)
        side.addStretch(1)
        side.addWidget(QLabel(QCoreApplication.translate("EcogramTab", "Legende"), self))
        side.addWidget(self.legend)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_scroll = column_scroll(side_widget, self)
        side_scroll.setFixedWidth(330)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(side_scroll)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(top)
        page.addWidget(self.read_only_note)
        page.addLayout(tools)
        page.addLayout(body, 1)

    def _connect(self) -> None:
        self.new_version_button.clicked.connect(self.new_version_requested)
        self.compare_button.clicked.connect(self.compare_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.delete_version_button.clicked.connect(self.delete_version_requested)
        self.add_person_button.clicked.connect(self.add_person_requested)
        self.add_org_button.clicked.connect(self.add_organisation_requested)
        self.delete_button.clicked.connect(self.delete_member_requested)
        self.undo_button.clicked.connect(self.undo_requested)
        self.redo_button.clicked.connect(self.redo_requested)
        self.view.add_requested.connect(self.add_person_requested)
        self.view.delete_requested.connect(self.delete_member_requested)
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom_by(1.2))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom_by(1 / 1.2))
        self.fit_button.clicked.connect(self.view.fit)

    def show_versions(self, versions: Sequence[Ecogram], shown_id: str) -> None:
        self.versions.set_versions(versions, shown_id)

    def show_version(self, shown: ShownVersion) -> None:
        """Draw the version; the side panel follows the member selected in it."""
        ecogram = shown.ecogram
        self.scene.show_ecogram(ecogram, shown.client_label, shown.editable)
        self.view.editable = shown.editable
        self.panel.show_member(ecogram, self.scene.selected_id(), shown.editable)
        self.read_only_note.setText(shown.note)

    def show_actions(self, actions: EcogramActions) -> None:
        for button in (self.add_person_button, self.add_org_button):
            button.setEnabled(actions.editable)
        self.delete_button.setEnabled(actions.editable and actions.member_selected)
        self.undo_button.setEnabled(actions.editable and actions.can_undo)
        self.redo_button.setEnabled(actions.editable and actions.can_redo)
        self.compare_button.setEnabled(actions.can_compare)
        self.delete_version_button.setEnabled(actions.has_version)

    def forget(self) -> None:
        self.scene.forget()
        self.panel.forget()
        self.versions.set_versions([], "")
        self.read_only_note.clear()
