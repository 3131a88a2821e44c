"""Overzicht: where the trajectory stands, in the client's words, on one calm page.

Status and phase with their history (a strip, and the same as a list with the notes),
the support question as the client put it, the appointments (``domain.due``, as the
agenda has them: overdue ones first and marked, then the next), strengths beside needs,
the open steps (late ones marked) and the rights at a glance.  The presenter works
the dossier out into an :class:`OverviewState`; the one thing written from here, a new
phase, goes through the controller naming the tab.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.due import DueKind, DueStatus, due_items, late_items, sort_key
from genwerkt_desktop.domain.enums import ContactKind, Phase
from genwerkt_desktop.domain.instruments import FirstReception
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.domain.next_appointment import planned_contact, propose
from genwerkt_desktop.domain.phases import PhaseSpan, current_phase, timeline
from genwerkt_desktop.domain.smart import open_steps
from genwerkt_desktop.services.agenda import agenda_item
from genwerkt_desktop.services.dossier_edits import DossierEdits, new_id
from genwerkt_desktop.ui.dossier.models import days_text
from genwerkt_desktop.ui.dossier.writes import DossierWrites
from genwerkt_desktop.ui.widgets.fields import format_date, format_moment
from genwerkt_desktop.ui.widgets.labels import (
    label_of,
    not_asked_label,
    phase_labels,
    status_labels,
    team_sharing_labels,
)

from .reception_dialog import ReceptionForm
from .view import OverviewState, OverviewView

NEXT_APPOINTMENTS = 5


class OverviewPresenter:
    def __init__(
        self, view: OverviewView, writes: DossierWrites, clock: Clock, *, initiator: object
    ) -> None:
        self._view = view
        self._writes = writes
        self._clock = clock
        self._initiator = initiator
        self._dossier: Dossier | None = None
        view.phase_change_requested.connect(self.open_phase_dialog)
        view.next_appointment_requested.connect(self.open_appointment_dialog)
        view.reception_requested.connect(self.open_reception_dialog)

    def show(self, dossier: Dossier) -> None:
        self._dossier = dossier
        self._view.show_state(self._state(dossier))

    def keep(self, dossier: Dossier) -> None:
        """The new phase came back: the page stays where the coach scrolled it."""
        self._dossier = dossier
        self._view.show_state(self._state(dossier), keep_scroll=True)

    def clear(self) -> None:
        self._dossier = None
        self._view.show_nothing()

    def open_phase_dialog(self) -> None:
        if self._dossier is None:
            return
        today = self._clock.today()
        dialog = self._view.open_phase_dialog(current_phase(self._dossier.phases, today), today)
        dialog.submitted.connect(self._enter_phase)

    def open_appointment_dialog(self) -> None:
        """Volgende afspraak: the proposal in one small form; Enter plans it."""
        if self._dossier is None:
            return
        contacts = self._dossier.contacts
        places = sorted({c.place.strip() for c in contacts if c.place and c.place.strip()})
        dialog = self._view.open_appointment_dialog(propose(contacts, self._clock.now()), places)
        dialog.submitted.connect(self._plan_appointment)

    def _plan_appointment(self, value: tuple[datetime, ContactKind, str]) -> None:
        """Saved as the contacts tab saves a planned appointment: one contact moment."""
        at, kind, place = value
        contact = planned_contact(new_id(), at, kind, place)

        def plan(edits: DossierEdits, client_id: str) -> Changes:
            return edits.save_contact(client_id, contact)

        self._writes.edit(plan, initiator=self._initiator)

    def _enter_phase(self, value: tuple[Phase, date, str | None]) -> None:
        phase, on, note = value

        def enter(edits: DossierEdits, client_id: str) -> Changes:
            return edits.enter_phase(client_id, phase, on, note)

        self._writes.edit(enter, initiator=self._initiator)

    # -- the first reception

    def open_reception_dialog(self) -> None:
        if self._dossier is None:
            return
        dossier, now = self._dossier, self._clock.now()
        # The next appointment is offered when none is ahead yet.
        ahead = sorted(c.at for c in dossier.contacts if c.planned and c.at >= now)
        dialog = self._view.open_reception_dialog(
            dossier.first_reception,
            dossier.client.team_sharing,
            now,
            plan_next=not ahead,
            already_planned=format_moment(ahead[0], now.tzinfo) if ahead else "",
        )
        dialog.submitted.connect(self.save_reception)

    def save_reception(self, form: ReceptionForm) -> None:
        """All of it in one unit of work: the reception, the team-sharing answer and the
        next appointment as a planned contact moment."""
        if self._dossier is None:
            return

        def save(edits: DossierEdits, client_id: str) -> Changes:
            return edits.instruments.record_first_reception(
                client_id, form.reception, form.sharing, form.appointment
            )

        self._writes.edit(save, initiator=self._initiator)

    def _state(self, dossier: Dossier) -> OverviewState:
        today, now = self._clock.today(), self._clock.now()
        spans = timeline(dossier.phases, today)
        items = due_items(dossier, now)
        # What is overdue stays in view until it is dealt with; then what is ahead.
        late = [i for i in late_items(items) if i.kind is not DueKind.STEP]
        ahead = sorted(
            (i for i in items if i.kind is not DueKind.STEP and i.status is DueStatus.PLANNED),
            key=sort_key,
        )
        appointments = [agenda_item(dossier, i) for i in (*late, *ahead[:NEXT_APPOINTMENTS])]
        # The open steps of the POP, and also a dated step still to do under a goal that
        # is reached or let go: it is due all the same (domain.due).
        shown = {i.id for i in items if i.kind is DueKind.STEP}
        shown |= {step.id for _, step in open_steps(dossier.goals)}
        steps = tuple(
            (goal, step) for goal in dossier.goals for step in goal.steps if step.id in shown
        )
        return OverviewState(
            state_line=_state_line(dossier, spans),
            spans=spans,
            question=(dossier.client.support_question or "").strip(),
            team_sharing=label_of(team_sharing_labels(), dossier.client.team_sharing)
            or not_asked_label(),
            first_reception=reception_summary(dossier.first_reception),
            appointments=tuple(appointments),
            late_appointments=len(late),
            zone=now.tzinfo,
            observations=dossier.observations,
            open_steps=steps,
            late_steps=sum(
                1 for i in items if i.kind is DueKind.STEP and i.status is DueStatus.OVERDUE
            ),
            today=today,
            rights=dossier.rights,
        )


def _state_line(dossier: Dossier, spans: tuple[PhaseSpan, ...]) -> str:
    status = label_of(status_labels(), dossier.client.status) or QCoreApplication.translate(
        "OverviewTab", "Zonder status"
    )
    if not spans:
        return QCoreApplication.translate("OverviewTab", "{status} · nog geen fase").format(
            status=status
        )
    last = spans[-1]
    text = QCoreApplication.translate(
        "OverviewTab", "{status} · nu in de fase {phase}, sinds {date}"
    ).format(
        status=status,
        phase=label_of(phase_labels(), last.phase),
        date=format_date(last.started_on),
    )
    if last.days is not None:
        text += f" ({days_text(last.days)})"
    return text


def reception_summary(reception: FirstReception | None) -> str:
    """The first reception in a line: when, and what was explained."""
    if reception is None:
        return QCoreApplication.translate("OverviewTab", "Eerste onthaal: nog niet genoteerd.")
    explained = [
        text
        for done, text in (
            (
                reception.explained_secrecy,
                QCoreApplication.translate("OverviewTab", "beroepsgeheim"),
            ),
            (
                reception.explained_what_is_noted,
                QCoreApplication.translate("OverviewTab", "wat genoteerd wordt en wie het leest"),
            ),
            (
                reception.explained_team_sharing,
                QCoreApplication.translate("OverviewTab", "dat het team kan inspringen"),
            ),
        )
        if done
    ]
    when = (
        QCoreApplication.translate("OverviewTab", "Eerste onthaal op {date}").format(
            date=format_date(reception.on)
        )
        if reception.on is not None
        else QCoreApplication.translate("OverviewTab", "Eerste onthaal")
    )
    if not explained:
        return QCoreApplication.translate(
            "OverviewTab", "{when} · nog niets uitgelegd aangevinkt"
        ).format(when=when)
    return QCoreApplication.translate("OverviewTab", "{when} · uitgelegd: {what}").format(
        when=when, what=", ".join(explained)
    )
