"""Afsluiting & nazorg: how the trajectory ends, the aftercare plan, and the sheets.

Top: where the dossier stands (running, closed, in aftercare) and, once closed, from
when it should be destroyed.  Then the closing conversation with *Traject afsluiten…*
(which moves the phase on and offers to start aftercare) and the aftercare plan with its
contact moments to tick off.  The sheets: the aftercare sheet and the client's right of
access (the whole dossier as PDF and JSON).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.closure import (
    destroy_from,
    proposed_aftercare,
    retention_start,
)
from genwerkt_desktop.domain.enums import ClientStatus
from genwerkt_desktop.domain.merge import Merged, merge
from genwerkt_desktop.domain.model import Aftercare, Closure, Dossier
from genwerkt_desktop.services.exports import ExportKind
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.settings import AppSettings
from genwerkt_desktop.ui.widgets.card import Card
from genwerkt_desktop.ui.widgets.fields import format_date, hint_label, make_button, mark_primary
from genwerkt_desktop.ui.worker import TaskRunner

from .access_dialog import AccessFlow
from .aftercare_form import AftercareForm
from .closure_form import ClosureForm


def _settings_years() -> int:
    return AppSettings(QSettings()).retention_years


class ClosureTab(QWidget):
    parts = frozenset({Part.CLIENT, Part.CLOSURE, Part.POP})

    def __init__(
        self,
        controller: DossierController,
        workspace: Workspace,
        runner: TaskRunner,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        retention_years: Callable[[], int] = _settings_years,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closureTab")
        self._controller = controller
        self._workspace = workspace
        self._dialogs = dialogs
        self._clock = clock
        self._retention_years = retention_years
        self._closing = workspace.closing
        self._dossier: Dossier | None = None
        self._closure_dirty = False
        self._aftercare_dirty = False
        # What the forms were filled from: a save lays the coach's edits over what is
        # stored by then, so a change made elsewhere meanwhile is never written back over.
        self._closure_base: Closure | None = None
        self._aftercare_base: Aftercare | None = None
        self._filling = False
        self.export_flow = ExportFlow(workspace, runner, dialogs, self)
        self.access = AccessFlow(workspace, runner, dialogs, self)

        page = QWidget()
        page.setObjectName("tabPage")
        scroll = QScrollArea(self)
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        # -- where it stands
        state = Card(QCoreApplication.translate("ClosureTab", "Stand van het traject"), page)
        self.state_line = QLabel(state)
        self.state_line.setWordWrap(True)
        self.retention_line = hint_label("", state)
        self.retention_line.setObjectName("retentionLine")
        self.sheet_button = make_button(
            QCoreApplication.translate("ClosureTab", "Nazorg&blad…"),
            QCoreApplication.translate("ClosureTab", "Nazorgblad voor de cliënt"),
            state,
        )
        self.access_button = make_button(
            QCoreApplication.translate("ClosureTab", "&Inzage voor de cliënt…"),
            QCoreApplication.translate("ClosureTab", "Inzage: het hele dossier voor de cliënt"),
            state,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.access_button)
        buttons.addStretch(1)
        state.add(self.state_line)
        state.add(self.retention_line)
        state.body.addLayout(buttons)

        # -- the closing conversation
        closing = Card(QCoreApplication.translate("ClosureTab", "Afsluitgesprek"), page)
        closing.add(
            hint_label(
                QCoreApplication.translate(
                    "ClosureTab",
                    "Blik samen terug. Noteer zoveel mogelijk in de woorden van de cliënt: "
                    "wat ging goed, wat hielp, wat hield tegen, en wat nu zelf verder gaat.",
                ),
                closing,
            )
        )
        self.closure_form = ClosureForm(closing)
        closing.add(self.closure_form)
        self.save_closure_button = make_button(
            QCoreApplication.translate("ClosureTab", "Gesprek bew&aren"),
            QCoreApplication.translate("ClosureTab", "Afsluitgesprek bewaren"),
            closing,
        )
        self.close_button = make_button(
            QCoreApplication.translate("ClosureTab", "Traject a&fsluiten…"),
            QCoreApplication.translate("ClosureTab", "Traject afsluiten"),
            closing,
            primary=True,
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_closure_button)
        row.addWidget(self.close_button)
        closing.body.addLayout(row)

        # -- aftercare
        aftercare = Card(QCoreApplication.translate("ClosureTab", "Nazorgplan"), page)
        self.aftercare_hint = hint_label(
            QCoreApplication.translate(
                "ClosureTab",
                "Na het afsluiten blijft u nog een tijd bereikbaar. Spreek af wanneer u "
                "contact hebt, wie de eerste stap zet en waarvoor de cliënt nog kan komen.",
            ),
            aftercare,
        )
        aftercare.add(self.aftercare_hint)
        self.aftercare_notice = hint_label("", aftercare)
        self.aftercare_notice.hide()
        aftercare.add(self.aftercare_notice)
        self.aftercare_form = AftercareForm(aftercare)
        aftercare.add(self.aftercare_form)
        self.save_aftercare_button = make_button(
            QCoreApplication.translate("ClosureTab", "Nazorgplan be&waren"),
            QCoreApplication.translate("ClosureTab", "Nazorgplan bewaren"),
            aftercare,
        )
        self.start_aftercare_button = make_button(
            QCoreApplication.translate("ClosureTab", "Nazorg &starten"),
            QCoreApplication.translate("ClosureTab", "Nazorg starten"),
            aftercare,
            primary=True,
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_aftercare_button)
        row.addWidget(self.start_aftercare_button)
        aftercare.body.addLayout(row)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(14)
        layout.addWidget(state)
        layout.addWidget(closing)
        layout.addWidget(aftercare)
        layout.addStretch(1)

        self.closure_form.changed.connect(self._closure_changed)
        self.aftercare_form.changed.connect(self._aftercare_changed)
        self.aftercare_form.ticked.connect(self._ticked)
        self.save_closure_button.clicked.connect(self.save_closure)
        self.close_button.clicked.connect(self.close_trajectory)
        self.save_aftercare_button.clicked.connect(self.save_aftercare)
        self.start_aftercare_button.clicked.connect(self.start_aftercare)
        self.sheet_button.clicked.connect(self.write_sheet)
        self.access_button.clicked.connect(self.open_access)
        self.clear()

    # ------------------------------------------------------------------ DossierPage

    def keep(self, dossier: Dossier) -> None:
        self.set_dossier(dossier)

    def set_dossier(self, dossier: Dossier) -> None:
        first = self._dossier is None or self._dossier.client.id != dossier.client.id
        self._dossier = dossier
        today = self._clock.today()
        self._filling = True
        try:
            if first or not self._closure_dirty:
                self.closure_form.set_value(dossier.closure, today)
                self._closure_base = dossier.closure
                self._closure_dirty = False
            if first or not self._aftercare_dirty:
                plan = dossier.aftercare or proposed_aftercare(today, dossier.closure)
                self.aftercare_form.set_value(plan, today)
                self._aftercare_base = dossier.aftercare
                self._aftercare_dirty = False
                self.aftercare_notice.hide()
            elif self._aftercare_base is not None and dossier.aftercare != self._aftercare_base:
                # Changed elsewhere while the coach edits: show both, save nothing yet.
                assert dossier.aftercare is not None
                merged = merge(self._aftercare_base, self.aftercare_form.value(), dossier.aftercare)
                self.aftercare_form.set_value(merged.value, today)
                self._aftercare_base = dossier.aftercare
                self._say_merged(merged, saved=False)
        finally:
            self._filling = False
        self._show_state()

    def clear(self) -> None:
        self._dossier = None
        self._filling = True
        try:
            self.closure_form.clear()
            self.aftercare_form.clear()
        finally:
            self._filling = False
        self._closure_dirty = self._aftercare_dirty = False
        self._closure_base = self._aftercare_base = None
        self.aftercare_notice.hide()
        self.access.close_dialog()
        self.state_line.clear()
        self.retention_line.clear()
        self._enable(False)

    def commit_pending(self) -> None:
        """Save what was typed, on this thread (the lock waits for it)."""
        if self._dossier is None:
            return
        cid, edits = self._dossier.client.id, self._workspace.edits
        if self._closure_dirty and self._dossier.closure is not None:
            edits.save_closure_over(cid, self._closure_base, self.closure_form.value())
            self._closure_dirty = False
        if self._aftercare_dirty and self._dossier.aftercare is not None:
            edits.save_aftercare_over(cid, self._aftercare_base, self.aftercare_form.value())
            self._aftercare_dirty = False

    # ------------------------------------------------------------------ actions

    def save_closure(self) -> None:
        closure, base = self.closure_form.value(), self._closure_base
        self._controller.edit(
            lambda edits, cid: edits.save_closure_over(cid, base, closure),
            done=self._closure_saved,
        )

    def close_trajectory(self) -> None:
        dossier = self._dossier
        if dossier is None:
            return
        closure = self.closure_form.value()
        day = closure.evaluated_on or self._clock.today()
        name = dossier.client.preferred_name or dossier.client.first_name
        if not self._dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("ClosureTab", "Traject afsluiten"),
            QCoreApplication.translate(
                "ClosureTab",
                "Het traject van {name} wordt afgesloten op {date}. Het gesprek wordt "
                "bewaard en de fase gaat naar Afsluiting. Doorgaan?",
            ).format(name=name, date=format_date(day)),
        ):
            return
        closing = self._closing
        self._controller.edit(
            lambda _edits, cid: closing.close_trajectory(cid, closure, day),
            done=self._closed,
        )

    def start_aftercare(self) -> None:
        plan = self.aftercare_form.value()
        if plan.starts_on is None:
            plan = dataclasses.replace(plan, starts_on=self._clock.today())
        closing = self._closing
        self._controller.edit(
            lambda _edits, cid: closing.start_aftercare(cid, plan), done=self._aftercare_saved
        )

    def save_aftercare(self) -> None:
        plan, base = self.aftercare_form.value(), self._aftercare_base
        self._controller.edit(
            lambda edits, cid: edits.save_aftercare_over(cid, base, plan),
            result=self._aftercare_saved,
        )

    def write_sheet(self) -> None:
        dossier = self._dossier
        if dossier is None:
            return
        name = dossier.client.preferred_name or dossier.client.first_name
        self.export_flow.save(self, ExportKind.NAZORG, dossier.client.id, f"nazorgplan {name}.pdf")

    def open_access(self) -> None:
        if self._dossier is not None:
            self.access.open_dialog(self, self._dossier)

    # ------------------------------------------------------------------ helpers

    def _closed(self) -> None:
        self._closure_dirty = False
        if self._dossier is not None and self._dossier.aftercare is not None:
            return
        if self._dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("ClosureTab", "Nazorg"),
            QCoreApplication.translate(
                "ClosureTab",
                "Het traject is afgesloten. Wilt u nu de nazorg starten? Er staat al een "
                "voorstel klaar: zes maanden, aan te vullen met contactmomenten.",
            ),
        ):
            self.start_aftercare()

    def _closure_saved(self) -> None:
        self._closure_dirty = False

    def _aftercare_saved(self, merged: Merged[Aftercare] | None = None) -> None:
        self._aftercare_dirty = False
        if merged is not None:
            self._aftercare_base = merged.value
            if merged.changed_elsewhere:
                self._say_merged(merged, saved=True)

    def _say_merged(self, merged: Merged[Aftercare], *, saved: bool) -> None:
        """Tell the coach the plan also changed elsewhere, and what became of it."""
        if merged.conflicts:
            text = QCoreApplication.translate(
                "ClosureTab",
                "Het nazorgplan werd intussen ook elders gewijzigd, op dezelfde plaats als "
                "hier. Uw versie staat er nu; kijk ze even na.",
            )
        elif saved:
            text = QCoreApplication.translate(
                "ClosureTab",
                "Bewaard. Wat intussen elders veranderde (bijvoorbeeld een contactmoment "
                "afgevinkt in de agenda) is behouden.",
            )
        else:
            text = QCoreApplication.translate(
                "ClosureTab",
                "Intussen veranderde het nazorgplan elders (bijvoorbeeld in de agenda); dat "
                "staat er nu bij. Uw wijzigingen zijn nog niet bewaard.",
            )
        self.aftercare_notice.setText(text)
        self.aftercare_notice.show()

    def _closure_changed(self) -> None:
        if not self._filling:
            self._closure_dirty = True

    def _aftercare_changed(self) -> None:
        if not self._filling:
            self._aftercare_dirty = True

    def _ticked(self) -> None:
        """A ticked-off moment is saved at once, when there is a plan to save it in."""
        if self._dossier is not None and self._dossier.aftercare is not None:
            self.save_aftercare()
        else:
            self._aftercare_changed()

    def _enable(self, on: bool) -> None:
        for widget in (
            self.closure_form,
            self.aftercare_form,
            self.save_closure_button,
            self.close_button,
            self.save_aftercare_button,
            self.start_aftercare_button,
            self.sheet_button,
            self.access_button,
        ):
            widget.setEnabled(on)

    def _show_state(self) -> None:
        dossier = self._dossier
        if dossier is None:
            return
        self._enable(True)
        client, plan = dossier.client, dossier.aftercare
        ended = client.status in (
            ClientStatus.CLOSED,
            ClientStatus.AFTERCARE,
            ClientStatus.ARCHIVED,
        )
        closed_on = client.closed_on or (dossier.closure.evaluated_on if dossier.closure else None)
        if not ended:
            text = QCoreApplication.translate(
                "ClosureTab",
                "Het traject loopt nog. Sluit het af wanneer u en de cliënt daar klaar voor zijn.",
            )
        elif plan is not None and client.status is ClientStatus.AFTERCARE:
            text = QCoreApplication.translate(
                "ClosureTab", "Afgesloten op {closed}; in nazorg tot {until}."
            ).format(closed=format_date(closed_on) or "?", until=format_date(plan.ends_on) or "?")
        else:
            text = QCoreApplication.translate("ClosureTab", "Afgesloten op {closed}.").format(
                closed=format_date(closed_on) or "?"
            )
        self.state_line.setText(text)
        years = self._retention_years()
        due = destroy_from(
            retention_start(
                client.status,
                client.closed_on,
                plan.ends_on if plan else None,
                dossier.closure.evaluated_on if dossier.closure else None,
            ),
            years,
        )
        if due is None:
            self.retention_line.setText("")
        else:
            basis = (
                QCoreApplication.translate("ClosureTab", "na het einde van de nazorg")
                if plan and plan.ends_on
                else QCoreApplication.translate("ClosureTab", "na het afsluiten")
            )
            self.retention_line.setText(
                QCoreApplication.translate(
                    "ClosureTab",
                    "Bewaartermijn: te vernietigen vanaf {date} ({years} jaar {basis}).",
                ).format(date=format_date(due), years=years, basis=basis)
            )
        self.retention_line.setVisible(due is not None)
        self.close_button.setVisible(not ended)
        self.start_aftercare_button.setVisible(plan is None)
        self.save_aftercare_button.setVisible(plan is not None)
        self.sheet_button.setEnabled(plan is not None)
        if not ended:
            mark_primary(self.close_button)
