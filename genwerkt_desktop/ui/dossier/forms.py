"""The small forms of the dossier: change phase, an observation, a right.

Each is a dialog that only asks.  It emits ``submitted`` with a new frozen record; the
tab hands that to the controller, which saves it in the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.enums import LifeDomain, ObservationKind, Phase, RightStatus
from genwerkt_desktop.domain.model import Observation, Right
from genwerkt_desktop.domain.phases import PHASE_ORDER
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.widgets.fields import (
    DateField,
    buddy_label,
    hint_label,
    mark_primary,
    plain_text_field,
)
from genwerkt_desktop.ui.widgets.labels import (
    domain_labels,
    observation_labels,
    phase_labels,
    right_status_labels,
)

# Who brought an observation up; stored as voiced_by_client.
VOICED_CLIENT = "client"
VOICED_COACH = "coach"
VOICED_UNKNOWN = "onbekend"


def _clean(text: str) -> str | None:
    text = text.strip()
    return text or None


def select_data(combo: QComboBox, value: object) -> None:
    position = combo.findData(value)
    combo.setCurrentIndex(max(position, 0))


class FormDialog(QDialog):
    """A title, a short hint, a form, and Bewaren / Annuleren.  Ctrl+Enter saves."""

    submitted = Signal(object)
    # What the filled-in form holds; every form defines it, and submitted carries it.
    value: Callable[[], object]

    def __init__(self, window_title: str, title: str, hint: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title)
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 76)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        make_title(heading, 1.25)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(10)
        self.form.setHorizontalSpacing(14)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            QCoreApplication.translate("FormDialog", "&Bewaren"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        mark_primary(self.save_button)
        self.save_button.setAccessibleName(QCoreApplication.translate("FormDialog", "Bewaren"))
        self.save_button.setDefault(True)
        cancel = buttons.addButton(
            QCoreApplication.translate("FormDialog", "Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        cancel.setAccessibleName(QCoreApplication.translate("FormDialog", "Annuleren"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        if hint:
            layout.addWidget(hint_label(hint, self))
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._submit)

    def is_valid(self) -> bool:
        return True

    def _update(self) -> None:
        self.save_button.setEnabled(self.is_valid())

    def _submit(self) -> None:
        if self.is_valid():
            self.submitted.emit(self.value())
            self.accept()


class PhaseChangeDialog(FormDialog):
    def __init__(self, current: Phase | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("PhaseChangeDialog", "Fase wijzigen"),
            QCoreApplication.translate("PhaseChangeDialog", "Naar een andere fase"),
            QCoreApplication.translate(
                "PhaseChangeDialog",
                "Elke fase kan opnieuw beginnen, ook een eerdere: dat hoort bij een traject. "
                "De vorige fasen blijven in de geschiedenis staan.",
            ),
            parent,
        )
        self.phase = QComboBox(self)
        self.phase.setAccessibleName(QCoreApplication.translate("PhaseChangeDialog", "Nieuwe fase"))
        for phase, label in phase_labels().items():
            self.phase.addItem(label, phase.value)
        if current is None:
            proposed = Phase.INTAKE
        else:
            rank = PHASE_ORDER.index(current)
            proposed = PHASE_ORDER[min(rank + 1, len(PHASE_ORDER) - 1)]
        select_data(self.phase, proposed.value)
        self.on = DateField(
            QCoreApplication.translate("PhaseChangeDialog", "Begindatum"), parent=self
        )
        self.on.set_value(today)
        self.note = plain_text_field(
            QCoreApplication.translate("PhaseChangeDialog", "Waarom deze stap"), self, lines=3
        )
        self.form.addRow(
            buddy_label(QCoreApplication.translate("PhaseChangeDialog", "&Fase"), self.phase, self),
            self.phase,
        )
        self.form.addRow(
            buddy_label(QCoreApplication.translate("PhaseChangeDialog", "Vana&f"), self.on, self),
            self.on,
        )
        self.form.addRow(
            buddy_label(
                QCoreApplication.translate("PhaseChangeDialog", "&Waarom"), self.note, self
            ),
            self.note,
        )
        self.phase.setFocus()

    def value(self) -> tuple[Phase, date, str | None]:
        return (
            Phase(self.phase.currentData()),
            self.on.value() or date.today(),
            _clean(self.note.toPlainText()),
        )


class ObservationDialog(FormDialog):
    """A need, strength or resource in one life domain, and who brought it up."""

    def __init__(
        self,
        existing: Observation | None,
        domain: LifeDomain | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ObservationDialog", "Kracht, hulpbron of nood"),
            QCoreApplication.translate("ObservationDialog", "Wat er speelt in een levensdomein"),
            QCoreApplication.translate(
                "ObservationDialog",
                "Noteer ook wat goed gaat. Zag u zelf iets dat de cliënt nog niet zei? "
                "Duid dat aan, zodat u het later samen kunt bespreken.",
            ),
            parent,
        )
        self._existing = existing
        self.domain = QComboBox(self)
        self.domain.setAccessibleName(
            QCoreApplication.translate("ObservationDialog", "Levensdomein")
        )
        for item, label in domain_labels().items():
            self.domain.addItem(label, item.value)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(QCoreApplication.translate("ObservationDialog", "Soort"))
        for item, label in observation_labels().items():
            self.kind.addItem(label, item.value)
        self.text = plain_text_field(
            QCoreApplication.translate("ObservationDialog", "Omschrijving"), self, lines=4
        )
        self.voiced = QComboBox(self)
        self.voiced.setAccessibleName(
            QCoreApplication.translate("ObservationDialog", "Wie bracht het aan")
        )
        self.voiced.addItem(
            QCoreApplication.translate("ObservationDialog", "De cliënt zei het zelf"), VOICED_CLIENT
        )
        self.voiced.addItem(
            QCoreApplication.translate(
                "ObservationDialog", "Ik merkte het op: nog na te vragen bij de cliënt"
            ),
            VOICED_COACH,
        )
        self.voiced.addItem(
            QCoreApplication.translate("ObservationDialog", "Niet genoteerd"), VOICED_UNKNOWN
        )
        self.noted_on = DateField(
            QCoreApplication.translate("ObservationDialog", "Datum"), optional=True, parent=self
        )
        rows = (
            (QCoreApplication.translate("ObservationDialog", "&Levensdomein"), self.domain),
            (QCoreApplication.translate("ObservationDialog", "&Soort"), self.kind),
            (QCoreApplication.translate("ObservationDialog", "&Omschrijving"), self.text),
            (QCoreApplication.translate("ObservationDialog", "&Wie bracht het aan"), self.voiced),
            (QCoreApplication.translate("ObservationDialog", "&Datum"), self.noted_on),
        )
        for label, field in rows:
            self.form.addRow(buddy_label(label, field, self), field)

        if existing is not None:
            select_data(self.domain, existing.domain.value)
            select_data(self.kind, existing.kind.value)
            self.text.setPlainText(existing.text)
            voiced = {True: VOICED_CLIENT, False: VOICED_COACH, None: VOICED_UNKNOWN}
            select_data(self.voiced, voiced[existing.voiced_by_client])
            self.noted_on.set_value(existing.noted_on, fallback=today)
        else:
            select_data(self.domain, (domain or LifeDomain.WORK).value)
            select_data(self.kind, ObservationKind.STRENGTH.value)
            self.noted_on.set_value(today)
        self.text.textChanged.connect(self._update)
        self._update()
        (self.text if existing is None and domain is not None else self.domain).setFocus()

    def is_valid(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def value(self) -> Observation:
        voiced = {VOICED_CLIENT: True, VOICED_COACH: False}.get(self.voiced.currentData())
        return Observation(
            id=self._existing.id if self._existing is not None else new_id(),
            domain=LifeDomain(self.domain.currentData()),
            kind=ObservationKind(self.kind.currentData()),
            text=self.text.toPlainText().strip(),
            voiced_by_client=voiced,
            noted_on=self.noted_on.value(),
        )


class RightDialog(FormDialog):
    """A right with where it stands; realising one early builds trust."""

    NO_DOMAIN = ""

    def __init__(
        self,
        existing: Right | None,
        domain: LifeDomain | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RightDialog", "Recht"),
            QCoreApplication.translate("RightDialog", "Een recht en waar het staat"),
            QCoreApplication.translate(
                "RightDialog",
                "Bijvoorbeeld een verhoogde tegemoetkoming, een busabonnement of een plaats "
                "op een wachtlijst. Pas de datum aan wanneer de status verandert.",
            ),
            parent,
        )
        self._existing = existing
        self._today = today
        self.name = QLineEdit(self)
        self.name.setAccessibleName(QCoreApplication.translate("RightDialog", "Naam van het recht"))
        self.domain = QComboBox(self)
        self.domain.setAccessibleName(QCoreApplication.translate("RightDialog", "Levensdomein"))
        self.domain.addItem(
            QCoreApplication.translate("RightDialog", "Geen bepaald domein"), self.NO_DOMAIN
        )
        for item, label in domain_labels().items():
            self.domain.addItem(label, item.value)
        self.status = QComboBox(self)
        self.status.setAccessibleName(QCoreApplication.translate("RightDialog", "Status"))
        for item, label in right_status_labels().items():
            self.status.addItem(label, item.value)
        self.updated_on = DateField(
            QCoreApplication.translate("RightDialog", "Datum van de status"),
            optional=True,
            parent=self,
        )
        self.note = plain_text_field(
            QCoreApplication.translate("RightDialog", "Notitie"), self, lines=3
        )
        rows = (
            (QCoreApplication.translate("RightDialog", "&Recht"), self.name),
            (QCoreApplication.translate("RightDialog", "&Levensdomein"), self.domain),
            (QCoreApplication.translate("RightDialog", "&Status"), self.status),
            (QCoreApplication.translate("RightDialog", "&Datum"), self.updated_on),
            (QCoreApplication.translate("RightDialog", "&Notitie"), self.note),
        )
        for label, field in rows:
            self.form.addRow(buddy_label(label, field, self), field)
        if existing is not None:
            self.name.setText(existing.name)
            select_data(self.domain, existing.domain.value if existing.domain else self.NO_DOMAIN)
            select_data(self.status, existing.status.value)
            self.updated_on.set_value(existing.updated_on, fallback=today)
            self.note.setPlainText(existing.note or "")
        else:
            select_data(self.domain, domain.value if domain else self.NO_DOMAIN)
            select_data(self.status, RightStatus.DISCUSSED.value)
            self.updated_on.set_value(today)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.name.textChanged.connect(self._update)
        self._update()
        self.name.setFocus()

    def _status_changed(self) -> None:
        # A new status is news of today, unless the coach picks another date.
        self.updated_on.set_value(self._today)

    def is_valid(self) -> bool:
        return bool(self.name.text().strip())

    def value(self) -> Right:
        domain = self.domain.currentData()
        return Right(
            id=self._existing.id if self._existing is not None else new_id(),
            name=self.name.text().strip(),
            status=RightStatus(self.status.currentData()),
            domain=LifeDomain(domain) if domain else None,
            updated_on=self.updated_on.value(),
            note=_clean(self.note.toPlainText()),
        )
