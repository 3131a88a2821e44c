"""Overzicht: where the trajectory stands, in the client's words, on one calm page.

Status and phase with their history (a strip, and the same as a list with the notes),
the support question as the client put it, the next appointments, strengths beside
needs, the open steps (late ones marked) and the rights at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.changes import EVERY_PART
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import ObservationKind
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.domain.phases import current_phase, timeline
from genwerkt_desktop.domain.smart import open_steps, overdue_steps
from genwerkt_desktop.ui.widgets.card import Card, empty_label
from genwerkt_desktop.ui.widgets.fields import chain_tab_order, format_date, make_button
from genwerkt_desktop.ui.widgets.labels import (
    contact_kind_labels,
    label_of,
    owner_labels,
    phase_labels,
    right_status_labels,
    status_labels,
)
from genwerkt_desktop.ui.widgets.table_model import (
    FittedTable,
    RecordProxy,
    RecordTableModel,
    set_column_widths,
    setup_table,
)

from .controller import DossierController
from .models import (
    AppointmentModel,
    DomainFilterProxy,
    ObservationModel,
    PhaseHistoryModel,
    RightModel,
    StepModel,
    days_text,
    is_planned,
)
from .overview.phase_dialog import PhaseChangeDialog
from .timeline import PhaseTimeline

MAX_ROWS = 6
TWO_COLUMNS_FROM = 120  # average characters of width
NEXT_APPOINTMENTS = 5


class OverviewTab(QWidget):
    parts = EVERY_PART  # the overview sums up the whole dossier

    def __init__(
        self, controller: DossierController, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._controller = controller
        self._clock = clock
        self._dossier: Dossier | None = None
        self.phase_dialog: PhaseChangeDialog | None = None
        self._cards: list[tuple[QTableView, QLabel]] = []

        page = QWidget()
        page.setObjectName("overviewPage")
        scroll = QScrollArea(self)
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        # -- the trajectory
        trajectory = Card(QCoreApplication.translate("OverviewTab", "Traject"), page)
        self.state_line = QLabel(trajectory)
        self.state_line.setWordWrap(True)
        self.change_phase_button = make_button(
            QCoreApplication.translate("OverviewTab", "Fase &wijzigen…"),
            QCoreApplication.translate("OverviewTab", "Fase wijzigen"),
            trajectory,
        )
        self.change_phase_button.clicked.connect(self.open_phase_dialog)
        trajectory.add_header_widget(self.change_phase_button)
        self.timeline = PhaseTimeline(trajectory)
        trajectory.add(self.state_line)
        trajectory.add(self.timeline)

        # -- the question in the client's words
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

        # -- tables
        self.appointments = AppointmentModel(self)
        self.strengths = ObservationModel(self)
        self.needs = ObservationModel(self)
        self.steps = StepModel(self)
        self.rights = RightModel(self)
        self.history = PhaseHistoryModel(self)

        appointments_card, self.appointments_view, self.no_appointments = self._table_card(
            page,
            QCoreApplication.translate("OverviewTab", "Volgende afspraken"),
            self.appointments,
            QCoreApplication.translate("OverviewTab", "Geen afspraken gepland."),
            stretch=AppointmentModel.COL_PLACE,
        )
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
        set_column_widths(
            self.appointments_view,
            {
                AppointmentModel.COL_AT: ["00/00/0000 00:00"],
                AppointmentModel.COL_KIND: list(contact_kind_labels().values()),
            },
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
                self.appointments_view,
                self.strengths_view,
                self.needs_view,
                self.steps_view,
                self.rights_view,
                self.history_view,
            ]
        )
        self.clear()

    # ------------------------------------------------------------------ public

    def keep(self, dossier: Dossier) -> None:
        self.set_dossier(dossier)

    def set_dossier(self, dossier: Dossier) -> None:
        self._dossier = dossier
        today, now = self._clock.today(), self._clock.now()
        spans = timeline(dossier.phases, today)
        self.timeline.set_spans(spans)
        self.history.set_records(spans)
        self.state_line.setText(self._state_text(dossier))
        words = (dossier.client.support_question or "").strip()
        self.question.setText(words)
        self.question.setVisible(bool(words))
        self.no_question.setVisible(not words)
        planned = [c for c in dossier.contacts if is_planned(c, now) and c.at >= now]
        planned.sort(key=lambda c: c.at)
        self.appointments.set_appointments(planned[:NEXT_APPOINTMENTS], now.tzinfo)
        self.strengths.set_records(dossier.observations)
        self.needs.set_records(dossier.observations)
        self.steps.set_steps(open_steps(dossier.goals), today)
        late = len(overdue_steps(dossier.goals, today))
        self.late_steps.setText(
            QCoreApplication.translate("OverviewTab", "⚠ {n} te laat").format(n=late)
            if late
            else ""
        )
        self.rights.set_records(dossier.rights)
        self.change_phase_button.setEnabled(True)
        self._fit()

    def clear(self) -> None:
        self._dossier = None
        self._close_dialog()
        self.timeline.clear()
        self.state_line.clear()
        self.question.clear()
        self.late_steps.clear()
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
        self._fit()

    def commit_pending(self) -> None:
        """Nothing is edited in place here; a half-filled phase form is not a record yet."""

    # ------------------------------------------------------------------ phase

    def open_phase_dialog(self) -> None:
        if self._dossier is None:
            return
        current = current_phase(self._dossier.phases, self._clock.today())
        dialog = PhaseChangeDialog(current, self._clock.today(), self)
        dialog.submitted.connect(self._enter_phase)
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.phase_dialog = dialog
        dialog.open()

    def _enter_phase(self, value: object) -> None:
        phase, on, note = value  # type: ignore[misc]
        self._controller.enter_phase(phase, on, note)

    def _forget_dialog(self, dialog: PhaseChangeDialog) -> None:
        if dialog is self.phase_dialog:
            self.phase_dialog = None
        dialog.hide()
        dialog.setParent(None)
        dialog.deleteLater()

    def _close_dialog(self) -> None:
        if self.phase_dialog is not None:
            self.phase_dialog.note.clear()
            self.phase_dialog.reject()
        self.phase_dialog = None

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

    def _state_text(self, dossier: Dossier) -> str:
        status = label_of(status_labels(), dossier.client.status) or QCoreApplication.translate(
            "OverviewTab", "Zonder status"
        )
        spans = timeline(dossier.phases, self._clock.today())
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
            label.setVisible(rows == 0 and bool(label.text()) and self._dossier is not None)
