"""The aftercare plan: the period, the planned contact moments, and five short lists.

Contact moments are added with the row of fields above the table and ticked off with
*Afvinken*; each list is typed one item per line.  The form only holds the plan; the tab
saves it.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.closure import sorted_moments
from genwerkt_desktop.domain.enums import AftercareKind, Initiator
from genwerkt_desktop.domain.model import Aftercare, AftercareMoment
from genwerkt_desktop.ui.widgets.fields import (
    DateField,
    buddy_label,
    hint_label,
    make_button,
    plain_text_field,
    section_title,
)
from genwerkt_desktop.ui.widgets.sheet_hint import (
    ClientSheetHint,
    set_client_names,
    with_sheet_hint,
)
from genwerkt_desktop.ui.widgets.table_model import (
    FittedTable,
    RecordProxy,
    select_row,
    selected_source_row,
    set_column_widths,
    setup_table,
)

from .moments import MomentModel, aftercare_kind_labels, initiator_labels

FIRST_CALL_DAYS = 30


def _lines(field: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in field.toPlainText().splitlines() if line.strip())


class AftercareForm(QWidget):
    changed = Signal()
    ticked = Signal()  # a moment was ticked off or on: worth saving at once

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        period = self._period_row()
        self._build_moment_table()
        adder, actions = self._moment_rows()
        lists = self._list_fields()
        self._lay_out(period, adder, actions, lists)
        self.add_button.clicked.connect(self.add_moment)
        self.tick_button.clicked.connect(self.tick_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        for field in self._lists:
            field.textChanged.connect(self.changed)
        self.starts_on.dateChanged.connect(self.changed)
        self.ends_on.dateChanged.connect(self.changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- building

    def _period_row(self) -> QHBoxLayout:
        """From when to when the aftercare runs."""
        self.starts_on = DateField(
            QCoreApplication.translate("AftercareForm", "Nazorg vanaf"), optional=True, parent=self
        )
        self.ends_on = DateField(
            QCoreApplication.translate("AftercareForm", "Nazorg tot"), optional=True, parent=self
        )
        period = QHBoxLayout()
        period.addWidget(
            buddy_label(QCoreApplication.translate("AftercareForm", "&Vanaf"), self.starts_on, self)
        )
        period.addWidget(self.starts_on)
        period.addSpacing(12)
        period.addWidget(
            buddy_label(QCoreApplication.translate("AftercareForm", "&Tot"), self.ends_on, self)
        )
        period.addWidget(self.ends_on)
        period.addStretch(1)
        return period

    def _build_moment_table(self) -> None:
        """The planned contact moments, and the line shown while there are none."""
        self.model = MomentModel(self)
        self.proxy = RecordProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = FittedTable(self, fit_rows=8)
        self.table.setModel(self.proxy)
        setup_table(
            self.table,
            QCoreApplication.translate("AftercareForm", "Geplande contactmomenten"),
            stretch=MomentModel.COL_WHO,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MomentModel.COL_ON, Qt.SortOrder.AscendingOrder)
        set_column_widths(
            self.table,
            {
                MomentModel.COL_ON: ["00/00/0000"],
                MomentModel.COL_KIND: list(aftercare_kind_labels().values()),
                MomentModel.COL_DONE: ["✓ gebeurd", "nog te doen"],
            },
        )
        self.no_moments = hint_label(
            QCoreApplication.translate(
                "AftercareForm", "Nog geen contactmomenten gepland. Spreek er samen een paar af."
            ),
            self,
            muted=True,
        )

    def _moment_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The row that plans a new moment, and the row that ticks off or drops one."""
        self.moment_on = DateField(
            QCoreApplication.translate("AftercareForm", "Datum van het contactmoment"), parent=self
        )
        self.moment_kind = QComboBox(self)
        self.moment_kind.setAccessibleName(
            QCoreApplication.translate("AftercareForm", "Soort contact")
        )
        for kind, label in aftercare_kind_labels().items():
            self.moment_kind.addItem(label, kind.value)
        self.moment_who = QComboBox(self)
        self.moment_who.setAccessibleName(
            QCoreApplication.translate("AftercareForm", "Wie neemt het initiatief")
        )
        for who, label in initiator_labels().items():
            self.moment_who.addItem(label, who.value)
        self.add_button = make_button(
            QCoreApplication.translate("AftercareForm", "Inpla&nnen"),
            QCoreApplication.translate("AftercareForm", "Contactmoment inplannen"),
            self,
        )
        self.tick_button = make_button(
            QCoreApplication.translate("AftercareForm", "&Afvinken"),
            QCoreApplication.translate("AftercareForm", "Contactmoment afvinken"),
            self,
        )
        self.remove_button = make_button(
            QCoreApplication.translate("AftercareForm", "Schrappen"),
            QCoreApplication.translate("AftercareForm", "Contactmoment uit het plan schrappen"),
            self,
        )
        adder = QHBoxLayout()
        adder.addWidget(
            buddy_label(
                QCoreApplication.translate("AftercareForm", "&Nieuw moment"), self.moment_on, self
            )
        )
        adder.addWidget(self.moment_on)
        adder.addWidget(self.moment_kind)
        adder.addWidget(self.moment_who, 1)
        adder.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.tick_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        return adder, actions

    def _list_fields(self) -> QFormLayout:
        """The five lists, one item a line, each with the hint that it goes on the sheet."""
        self.can_come_back_for = plain_text_field(
            QCoreApplication.translate("AftercareForm", "Waarvoor de cliënt nog terecht kan"),
            self,
            3,
        )
        self.not_possible = plain_text_field(
            QCoreApplication.translate("AftercareForm", "Wat niet meer kan"), self, 3
        )
        self.network_support = plain_text_field(
            QCoreApplication.translate("AftercareForm", "Steun in het netwerk"), self, 4
        )
        self.signals_to_watch = plain_text_field(
            QCoreApplication.translate("AftercareForm", "Signalen om op te letten"), self, 4
        )
        self.useful_numbers = plain_text_field(
            QCoreApplication.translate("AftercareForm", "Handige nummers"), self, 5
        )
        self._lists = (
            self.can_come_back_for,
            self.not_possible,
            self.network_support,
            self.signals_to_watch,
            self.useful_numbers,
        )
        self.sheet_hints: list[ClientSheetHint] = []
        lists = QFormLayout()
        lists.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lists.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for label, field in (
            (
                QCoreApplication.translate("AftercareForm", "Kan nog &terecht voor"),
                self.can_come_back_for,
            ),
            (QCoreApplication.translate("AftercareForm", "Kan &niet meer"), self.not_possible),
            (
                QCoreApplication.translate("AftercareForm", "Steun in het net&werk"),
                self.network_support,
            ),
            (
                QCoreApplication.translate("AftercareForm", "&Signalen om op te letten"),
                self.signals_to_watch,
            ),
            (QCoreApplication.translate("AftercareForm", "&Handige nummers"), self.useful_numbers),
        ):
            # Every list goes on the aftercare sheet: the hint under it says so.
            row, hint = with_sheet_hint(field, self)
            self.sheet_hints.append(hint)
            lists.addRow(buddy_label(label, field, self), row)
        return lists

    def _lay_out(
        self,
        period: QHBoxLayout,
        adder: QHBoxLayout,
        actions: QHBoxLayout,
        lists: QFormLayout,
    ) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(period)
        layout.addWidget(
            section_title(QCoreApplication.translate("AftercareForm", "Contactmomenten"), self)
        )
        layout.addWidget(self.table)
        layout.addWidget(self.no_moments)
        layout.addLayout(actions)
        layout.addLayout(adder)
        layout.addWidget(
            section_title(
                QCoreApplication.translate("AftercareForm", "Afspraken, één per regel"), self
            )
        )
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "AftercareForm",
                    "Schrijf zoals u het de cliënt zou zeggen: het komt zo op het nazorgblad.",
                ),
                self,
            )
        )
        layout.addLayout(lists)

    # -- value

    def set_client_names(self, names: tuple[str | None, ...]) -> None:
        """Whose sheet this is: a list that names the client suggests the je-form."""
        set_client_names(self.sheet_hints, names)

    def set_value(self, aftercare: Aftercare | None, today: date) -> None:
        plan = aftercare or Aftercare()
        self.starts_on.set_value(plan.starts_on)
        self.ends_on.set_value(plan.ends_on)
        self.model.set_records(list(plan.contact_moments))
        for field, items in zip(
            self._lists,
            (
                plan.can_come_back_for,
                plan.not_possible,
                plan.network_support,
                plan.signals_to_watch,
                plan.useful_numbers,
            ),
            strict=True,
        ):
            field.setPlainText("\n".join(items))
        self.moment_on.set_value(today + timedelta(days=FIRST_CALL_DAYS))
        self._update_buttons()

    def value(self) -> Aftercare:
        return Aftercare(
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
            contact_moments=sorted_moments(tuple(self.model.records())),
            can_come_back_for=_lines(self.can_come_back_for),
            not_possible=_lines(self.not_possible),
            network_support=_lines(self.network_support),
            signals_to_watch=_lines(self.signals_to_watch),
            useful_numbers=_lines(self.useful_numbers),
        )

    def clear(self) -> None:
        self.model.clear()
        for field in self._lists:
            field.clear()
        self._update_buttons()

    # -- moments

    def add_moment(self) -> None:
        day = self.moment_on.value()
        if day is None:
            return
        self.model.add(
            AftercareMoment(
                on=day,
                kind=AftercareKind(self.moment_kind.currentData()),
                who_initiates=Initiator(self.moment_who.currentData()),
                done=False,
            )
        )
        self.moment_on.set_value(day + timedelta(days=FIRST_CALL_DAYS))
        self._update_buttons()
        self.changed.emit()

    def tick_selected(self) -> None:
        row = selected_source_row(self.table, self.proxy)
        if row < 0:
            return
        moment = self.model.record_at(row)
        self.model.set_moment(row, dataclasses.replace(moment, done=not moment.done))
        self._update_buttons()
        self.ticked.emit()

    def remove_selected(self) -> None:
        row = selected_source_row(self.table, self.proxy)
        if row < 0:
            return
        self.model.remove(row)
        self._update_buttons()
        self.changed.emit()

    def select_moment(self, day: date) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.record_at(row).on == day:
                select_row(self.table, row)
                return

    def _update_buttons(self) -> None:
        row = selected_source_row(self.table, self.proxy)
        self.tick_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        if row >= 0:
            done = bool(self.model.record_at(row).done)
            self.tick_button.setText(
                QCoreApplication.translate("AftercareForm", "Niet &gebeurd")
                if done
                else QCoreApplication.translate("AftercareForm", "&Afvinken")
            )
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.no_moments.setVisible(not has_rows)
