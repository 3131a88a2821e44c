"""The Overzicht tab as the coach sees it: cards in two columns on a wide screen, one on a
narrow one.  Layout and signals only; the presenter hands it an :class:`OverviewState`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.enums import ObservationKind, Phase, TeamSharing
from genwerkt_desktop.domain.instruments import FirstReception
from genwerkt_desktop.domain.model import Goal, Observation, Right, Step
from genwerkt_desktop.domain.next_appointment import Proposal
from genwerkt_desktop.domain.phases import PhaseSpan
from genwerkt_desktop.services.agenda import AgendaItem, AgendaKind
from genwerkt_desktop.ui.agenda.model import kind_label
from genwerkt_desktop.ui.dossier.models import (
    AppointmentModel,
    DomainFilterProxy,
    ObservationModel,
    PhaseHistoryModel,
    RightModel,
    StepModel,
)
from genwerkt_desktop.ui.dossier.timeline import PhaseTimeline
from genwerkt_desktop.ui.widgets.card import Card, empty_label
from genwerkt_desktop.ui.widgets.fields import chain_tab_order, make_button
from genwerkt_desktop.ui.widgets.labels import (
    owner_labels,
    right_status_labels,
)
from genwerkt_desktop.ui.widgets.table_model import (
    FittedTable,
    RecordProxy,
    RecordTableModel,
    set_column_widths,
    setup_table,
)

from .appointment_dialog import NextAppointmentDialog
from .phase_dialog import PhaseChangeDialog
from .reception_dialog import FirstReceptionDialog

MAX_ROWS = 6
TWO_COLUMNS_FROM = 120  # average characters of width


@dataclass(frozen=True)
class OverviewState:
    """One calm page of the dossier, worked out: what each card shows."""

    state_line: str
    spans: tuple[PhaseSpan, ...]
    question: str  # the support question in the client's words, "" when not noted yet
    team_sharing: str  # what the client said about the team, in words (team mode)
    first_reception: str  # the first reception in brief: its date and what was explained
    appointments: tuple[AgendaItem, ...]
    late_appointments: int
    zone: tzinfo | None
    observations: tuple[Observation, ...]
    open_steps: tuple[tuple[Goal, Step], ...]
    late_steps: int
    today: date
    rights: tuple[Right, ...]


class OverviewView(QWidget):
    phase_change_requested = Signal()
    next_appointment_requested = Signal()
    reception_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._shown = False  # a dossier is on the page: empty cards say so
        self.phase_dialog: PhaseChangeDialog | None = None
        self.appointment_dialog: NextAppointmentDialog | None = None
        self.reception_dialog: FirstReceptionDialog | None = None
        self._cards: list[tuple[QTableView, QLabel]] = []

        page = QWidget()
        page.setObjectName("overviewPage")
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("overviewScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)

        trajectory = self._trajectory_card(page)
        question = self._question_card(page)
        appointments_card = self._appointments_card(page)
        strengths_card, needs_card = self._observation_cards(page)
        steps_card = self._steps_card(page)
        rights_card = self._rights_card(page)
        history_card = self._history_card(page)

        self._grid = QGridLayout(page)
        self._grid.setContentsMargins(14, 14, 14, 14)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(14)
        # Pairs side by side on a wide screen, one under the other on a narrow one;
        # strengths always come before needs.
        self._rows: list[tuple[QWidget, ...]] = [
            (trajectory,),
            (question, appointments_card),
            (strengths_card, needs_card),
            (steps_card, rights_card),
            (history_card,),
        ]
        self._columns = 0
        self._arrange(2)

        chain_tab_order(
            [
                self.change_phase_button,
                self.next_appointment_button,
                self.reception_button,
                self.appointments_view,
                self.strengths_view,
                self.needs_view,
                self.steps_view,
                self.rights_view,
                self.history_view,
            ]
        )

    # -- the cards, each built with what it shows

    def _trajectory_card(self, page: QWidget) -> Card:
        """The phase now, the timeline, team sharing and the first reception."""
        trajectory = Card(QCoreApplication.translate("OverviewTab", "Traject"), page)
        self.state_line = QLabel(trajectory)
        self.state_line.setWordWrap(True)
        self.change_phase_button = make_button(
            QCoreApplication.translate("OverviewTab", "Fase &wijzigen…"),
            QCoreApplication.translate("OverviewTab", "Fase wijzigen"),
            trajectory,
        )
        self.change_phase_button.clicked.connect(self.phase_change_requested)
        trajectory.add_header_widget(self.change_phase_button)
        self.reception_button = make_button(
            QCoreApplication.translate("OverviewTab", "Eerste ont&haal…"),
            QCoreApplication.translate("OverviewTab", "Eerste onthaal noteren"),
            trajectory,
        )
        self.reception_button.setToolTip(
            QCoreApplication.translate(
                "OverviewTab",
                "Wat u uitlegde, de bereikbaarheid, de eerste hulp, delen met het team en "
                "de volgende afspraak",
            )
        )
        self.reception_button.clicked.connect(self.reception_requested)
        trajectory.add_header_widget(self.reception_button)
        self.timeline = PhaseTimeline(trajectory)
        # Read-only here: it is asked at the first reception (and by team mode before a
        # dossier first leaves this laptop).
        self.team_sharing_line = QLabel(trajectory)
        self.team_sharing_line.setObjectName("teamSharingLine")
        self.team_sharing_line.setWordWrap(True)
        trajectory.add(self.state_line)
        trajectory.add(self.timeline)
        trajectory.add(self.team_sharing_line)
        self.first_reception_line = QLabel(trajectory)
        self.first_reception_line.setObjectName("firstReceptionLine")
        self.first_reception_line.setWordWrap(True)
        trajectory.add(self.first_reception_line)
        return trajectory

    def _question_card(self, page: QWidget) -> Card:
        """The support question in the client's own words."""
        question = Card(
            QCoreApplication.translate("OverviewTab", "Hulpvraag, zoals de cliënt ze stelt"), page
        )
        self.question = QLabel(question)
        self.question.setObjectName("clientWords")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.setAccessibleName(
            QCoreApplication.translate("OverviewTab", "Hulpvraag in de woorden van de cliënt")
        )
        self.question.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_question = empty_label(
            QCoreApplication.translate(
                "OverviewTab", "Nog niet genoteerd. Vraag het bij een volgend gesprek."
            ),
            question,
        )
        question.add(self.question, 1)
        question.add(self.no_question)
        return question

    def _appointments_card(self, page: QWidget) -> Card:
        """What is planned next, with the button that plans the next one."""
        self.appointments = AppointmentModel(self)
        appointments_card, self.appointments_view, self.no_appointments = self._table_card(
            page,
            QCoreApplication.translate("OverviewTab", "Volgende afspraken"),
            self.appointments,
            QCoreApplication.translate("OverviewTab", "Geen afspraken gepland."),
            stretch=AppointmentModel.COL_PLACE,
        )
        # Overdue appointments stay on top of the card, counted in words in its header.
        self.late_appointments = QLabel(appointments_card)
        self.late_appointments.setObjectName("noticeText")
        appointments_card.add_header_widget(self.late_appointments)
        # Issue 19: at the end of a conversation, the next one planned in one small form.
        self.next_appointment_button = make_button(
            QCoreApplication.translate("OverviewTab", "Volgende &afspraak…"),
            QCoreApplication.translate("OverviewTab", "Volgende afspraak inplannen"),
            appointments_card,
            primary=True,
        )
        self.next_appointment_button.setToolTip(
            QCoreApplication.translate(
                "OverviewTab", "Een week later, waar en zoals het vorige contact; aan te passen"
            )
        )
        self.next_appointment_button.clicked.connect(self.next_appointment_requested)
        appointments_card.add_header_widget(self.next_appointment_button)
        set_column_widths(
            self.appointments_view,
            {
                AppointmentModel.COL_AT: ["00/00/0000 00:00 · te laat"],
                AppointmentModel.COL_KIND: [
                    kind_label(kind)
                    for kind in (
                        AgendaKind.APPOINTMENT,
                        AgendaKind.MEETING,
                        AgendaKind.REFERRAL_APPOINTMENT,
                        AgendaKind.AFTERCARE,
                    )
                ],
            },
        )
        return appointments_card

    def _observation_cards(self, page: QWidget) -> tuple[Card, Card]:
        """Strengths and resources beside needs, from the life domains."""
        self.strengths = ObservationModel(self)
        self.needs = ObservationModel(self)
        strengths_card, self.strengths_view, self.no_strengths = self._table_card(
            page,
            QCoreApplication.translate("OverviewTab", "Krachten en hulpbronnen"),
            self.strengths,
            QCoreApplication.translate(
                "OverviewTab", "Nog geen krachten genoteerd. Waar is de cliënt goed in?"
            ),
            stretch=ObservationModel.COL_TEXT,
            kinds=(ObservationKind.STRENGTH, ObservationKind.RESOURCE),
        )
        needs_card, self.needs_view, self.no_needs = self._table_card(
            page,
            QCoreApplication.translate("OverviewTab", "Noden"),
            self.needs,
            QCoreApplication.translate("OverviewTab", "Nog geen noden genoteerd."),
            stretch=ObservationModel.COL_TEXT,
            kinds=(ObservationKind.NEED,),
        )
        for view in (self.strengths_view, self.needs_view):
            for column in (
                ObservationModel.COL_KIND,
                ObservationModel.COL_DATE,
                ObservationModel.COL_VOICED,
            ):
                view.setColumnHidden(column, True)
            set_column_widths(view, {ObservationModel.COL_DOMAIN: ["Inkomen en schulden"]})
            view.horizontalHeader().moveSection(ObservationModel.COL_TEXT, 0)
        return strengths_card, needs_card

    def _steps_card(self, page: QWidget) -> Card:
        """The open steps of the POP, the late ones counted."""
        self.steps = StepModel(self)
        steps_card, self.steps_view, self.no_steps = self._table_card(
            page,
            QCoreApplication.translate("OverviewTab", "Openstaande tussenstappen"),
            self.steps,
            QCoreApplication.translate("OverviewTab", "Geen open tussenstappen."),
            stretch=StepModel.COL_STEP,
        )
        self.steps_view.setColumnHidden(StepModel.COL_GOAL, True)
        # Late steps are counted in the card's header too, in words and not only colour.
        self.late_steps = QLabel(steps_card)
        self.late_steps.setObjectName("noticeText")
        steps_card.add_header_widget(self.late_steps)
        set_column_widths(
            self.steps_view,
            {
                StepModel.COL_OWNER: list(owner_labels().values()),
                StepModel.COL_DUE: ["00/00/0000 · te laat"],
            },
        )
        self.steps_view.sortByColumn(StepModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        return steps_card

    def _rights_card(self, page: QWidget) -> Card:
        """Every right and where it stands."""
        self.rights = RightModel(self)
        rights_card, self.rights_view, self.no_rights = self._table_card(
            page,
            QCoreApplication.translate("OverviewTab", "Rechten in één oogopslag"),
            self.rights,
            QCoreApplication.translate("OverviewTab", "Nog geen rechten besproken."),
            stretch=RightModel.COL_NAME,
        )
        for column in (RightModel.COL_DOMAIN, RightModel.COL_DATE, RightModel.COL_NOTE):
            self.rights_view.setColumnHidden(column, True)
        set_column_widths(
            self.rights_view, {RightModel.COL_STATUS: list(right_status_labels().values())}
        )
        return rights_card

    def _history_card(self, page: QWidget) -> Card:
        """Every phase so far, with its dates."""
        self.history = PhaseHistoryModel(self)
        history_card, self.history_view, _none = self._table_card(
            page,
            QCoreApplication.translate("OverviewTab", "Fasegeschiedenis"),
            self.history,
            "",
            stretch=PhaseHistoryModel.COL_NOTE,
            max_rows=12,
        )
        set_column_widths(
            self.history_view,
            {
                PhaseHistoryModel.COL_PHASE: ["↩ terug naar Vraagverduidelijking"],
                PhaseHistoryModel.COL_FROM: ["00/00/0000"],
                PhaseHistoryModel.COL_UNTIL: ["00/00/0000"],
                PhaseHistoryModel.COL_DAYS: ["000 dagen"],
            },
        )
        return history_card

    # -- showing

    def show_state(self, state: OverviewState, *, keep_scroll: bool = False) -> None:
        """Fill every card; ``keep_scroll`` leaves the page where the coach scrolled it."""
        scrolled = self.page_scroll.verticalScrollBar().value()
        self._shown = True
        self.timeline.set_spans(state.spans)
        self.history.set_records(state.spans)
        self.state_line.setText(state.state_line)
        self.team_sharing_line.setText(
            QCoreApplication.translate("OverviewTab", "Delen met het team: {answer}").format(
                answer=state.team_sharing
            )
        )
        self.first_reception_line.setText(state.first_reception)
        self.question.setText(state.question)
        self.question.setVisible(bool(state.question))
        self.no_question.setVisible(not state.question)
        self.appointments.set_appointments(state.appointments, state.zone)
        self.late_appointments.setText(
            QCoreApplication.translate("OverviewTab", "⚠ {n} te laat").format(
                n=state.late_appointments
            )
            if state.late_appointments
            else ""
        )
        # An empty notice would still draw its frame.
        self.late_appointments.setVisible(bool(state.late_appointments))
        self.strengths.set_records(state.observations)
        self.needs.set_records(state.observations)
        self.steps.set_steps(state.open_steps, state.today)
        self.late_steps.setText(
            QCoreApplication.translate("OverviewTab", "⚠ {n} te laat").format(n=state.late_steps)
            if state.late_steps
            else ""
        )
        self.late_steps.setVisible(bool(state.late_steps))
        self.rights.set_records(state.rights)
        self.change_phase_button.setEnabled(True)
        self.next_appointment_button.setEnabled(True)
        self.reception_button.setEnabled(True)
        self._fit()
        if keep_scroll:
            self.page_scroll.verticalScrollBar().setValue(scrolled)

    def show_nothing(self) -> None:
        self._shown = False
        self.close_phase_dialog()
        self.close_appointment_dialog()
        self.close_reception_dialog()
        self.timeline.clear()
        self.state_line.clear()
        self.team_sharing_line.clear()
        self.first_reception_line.clear()
        self.question.clear()
        self.late_steps.clear()
        self.late_steps.hide()
        self.late_appointments.clear()
        self.late_appointments.hide()
        self.question.hide()
        self.no_question.hide()
        for model in (
            self.appointments,
            self.strengths,
            self.needs,
            self.steps,
            self.rights,
            self.history,
        ):
            model.clear()
        self.change_phase_button.setEnabled(False)
        self.next_appointment_button.setEnabled(False)
        self.reception_button.setEnabled(False)
        self._fit()

    # -- the phase form

    def open_phase_dialog(self, current: Phase | None, today: date) -> PhaseChangeDialog:
        dialog = PhaseChangeDialog(current, today, self)
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.phase_dialog = dialog
        dialog.open()
        return dialog

    def close_phase_dialog(self) -> None:
        if self.phase_dialog is not None:
            self.phase_dialog.note.clear()
            self.phase_dialog.reject()
        self.phase_dialog = None

    # -- the next appointment

    def open_appointment_dialog(
        self, proposal: Proposal, places: list[str]
    ) -> NextAppointmentDialog:
        self.close_appointment_dialog()
        dialog = NextAppointmentDialog(proposal, places, self)
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.appointment_dialog = dialog
        dialog.open()
        return dialog

    def close_appointment_dialog(self) -> None:
        if self.appointment_dialog is not None:
            self.appointment_dialog.place.clear()
            self.appointment_dialog.reject()
        self.appointment_dialog = None

    # -- the first reception

    def open_reception_dialog(
        self,
        existing: FirstReception | None,
        sharing: TeamSharing | None,
        now: datetime,
        *,
        plan_next: bool,
        already_planned: str = "",
    ) -> FirstReceptionDialog:
        dialog = FirstReceptionDialog(
            existing,
            sharing,
            now,
            plan_next=plan_next,
            already_planned=already_planned,
            parent=self,
        )
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.reception_dialog = dialog
        dialog.open()
        return dialog

    def close_reception_dialog(self) -> None:
        if self.reception_dialog is not None:
            for field in (self.reception_dialog.practical_help, self.reception_dialog.expectations):
                field.clear()
            self.reception_dialog.reject()
        self.reception_dialog = None

    def _forget_dialog(
        self, dialog: PhaseChangeDialog | NextAppointmentDialog | FirstReceptionDialog
    ) -> None:
        if dialog is self.phase_dialog:
            self.phase_dialog = None
        if dialog is self.appointment_dialog:
            self.appointment_dialog = None
        if dialog is self.reception_dialog:
            self.reception_dialog = None
        dialog.hide()
        dialog.setParent(None)
        dialog.deleteLater()

    # ------------------------------------------------------------------ helpers

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= self._chars(TWO_COLUMNS_FROM) else 1)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        for row in self._rows:
            for widget in row:
                grid.removeWidget(widget)
        line = 0
        for row in self._rows:
            if len(row) == 1:
                grid.addWidget(row[0], line, 0, 1, columns)
                line += 1
            elif columns == 2:
                for column, widget in enumerate(row):
                    grid.addWidget(widget, line, column)
                line += 1
            else:
                for widget in row:
                    grid.addWidget(widget, line, 0)
                    line += 1
        for column in range(2):
            grid.setColumnStretch(column, 1 if column < columns else 0)
        grid.setRowStretch(line, 1)

    def _chars(self, count: int) -> int:
        return self.fontMetrics().averageCharWidth() * count

    def _table_card(
        self,
        page: QWidget,
        title: str,
        model: RecordTableModel,
        empty: str,
        *,
        stretch: int,
        kinds: tuple[ObservationKind, ...] = (),
        max_rows: int = MAX_ROWS,
    ) -> tuple[Card, QTableView, QLabel]:
        card = Card(title, page)
        if kinds:
            proxy: RecordProxy = DomainFilterProxy(self)
            proxy.setSourceModel(model)
            proxy.set_kinds(kinds)  # type: ignore[attr-defined]
        else:
            proxy = RecordProxy(self)
            proxy.setSourceModel(model)
        view = FittedTable(card, fit_rows=max_rows)
        view.setModel(proxy)
        setup_table(view, title, stretch=stretch)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 12)
        label = empty_label(empty, card)
        card.add(view)
        card.add(label)
        card.body.addStretch(1)
        view.setObjectName("overviewTable")
        label.setVisible(False)
        self._cards.append((view, label))
        return card, view, label

    def _fit(self) -> None:
        for view, label in self._cards:
            rows = view.model().rowCount()
            view.setVisible(rows > 0)
            label.setVisible(rows == 0 and bool(label.text()) and self._shown)
