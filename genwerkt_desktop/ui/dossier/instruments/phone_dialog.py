"""Another service calls about the client: a short guided record.

The steps follow the methodology: do not block the question, take time, ask whether the
client knows about the call and why the caller needs it, ask the client, and share only
what the client agreed to.  The client's consents for the calling organisation are shown
beside the form.  "Gedeeld" cannot be saved unless the client knew and agreed; the form
says why, calmly, and points to calling back later.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain import phone_request
from genwerkt_desktop.domain.consent import ConsentState, consent_is_valid
from genwerkt_desktop.domain.enums import PhoneOutcome
from genwerkt_desktop.domain.instruments import PhoneRequest
from genwerkt_desktop.domain.model import Consent
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.collaboration.labels import (
    short_category_labels,
    state_colour,
)
from genwerkt_desktop.ui.dossier.collaboration.org_choice import OrganisationChoice
from genwerkt_desktop.ui.dossier.forms import FormDialog, clean_text, select_data
from genwerkt_desktop.ui.widgets.fields import (
    DateTimeField,
    buddy_label,
    format_date,
    hint_label,
    plain_text_field,
    section_title,
)

from .labels import outcome_labels, yes_no_labels
from .side_by_side import beside_form


def consent_lines(consents: list[Consent], today: date) -> str:
    """The consents for one organisation, as short rich-text lines."""
    names = short_category_labels()
    lines = []
    for c in sorted(consents, key=lambda c: c.granted_on, reverse=True):
        categories = ", ".join(names[cat] for cat in names if cat in c.categories)
        if consent_is_valid(c, today):
            state, word = (
                ConsentState.VALID,
                QCoreApplication.translate("PhoneDialog", "✔ Geldig sinds {day}").format(
                    day=format_date(c.granted_on)
                ),
            )
        elif c.revoked_on is not None and c.revoked_on <= today:
            state, word = (
                ConsentState.REVOKED,
                QCoreApplication.translate("PhoneDialog", "⊘ Ingetrokken op {day}").format(
                    day=format_date(c.revoked_on)
                ),
            )
        else:
            state, word = (
                ConsentState.MISSING,
                QCoreApplication.translate("PhoneDialog", "– Geldt pas vanaf {day}").format(
                    day=format_date(c.granted_on)
                ),
            )
        line = (
            f"<b style='color:{state_colour(state).name()}'>{escape(word)}</b><br>"
            f"{escape(categories)}"
        )
        if c.not_to_share:
            line += (
                "<br><i>"
                + escape(
                    QCoreApplication.translate("PhoneDialog", "Niet zeggen: {text}").format(
                        text=c.not_to_share
                    )
                )
                + "</i>"
            )
        lines.append(line)
    return "<br><br>".join(lines)


class PhoneRequestDialog(FormDialog):
    def __init__(
        self,
        existing: PhoneRequest | None,
        organisations: OrganisationChoice,
        now: datetime,
        zone: tzinfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("PhoneDialog", "Telefonische vraag"),
            QCoreApplication.translate(
                "PhoneDialog", "Een dienst belt met een vraag over de cliënt"
            ),
            QCoreApplication.translate(
                "PhoneDialog",
                "U hoeft niet meteen te antwoorden. Noteer wie belt en wat ze willen weten; "
                "deel alleen wat de cliënt weet en goedvindt.",
            ),
            parent,
        )
        self._existing = existing
        self._id = existing.id if existing is not None else new_id()  # one id, however often asked
        self._choice = organisations
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 130)

        self.at = DateTimeField(QCoreApplication.translate("PhoneDialog", "Wanneer"), self)
        self.caller = QLineEdit(self)
        self.caller.setAccessibleName(QCoreApplication.translate("PhoneDialog", "Wie belt"))
        self.caller.setPlaceholderText(QCoreApplication.translate("PhoneDialog", "Naam"))
        self.organisation = organisations.combo(
            self,
            QCoreApplication.translate("PhoneDialog", "Van welke dienst"),
            none_text=QCoreApplication.translate("PhoneDialog", "Niet op de sociale kaart"),
        )
        self.what_asked = plain_text_field(
            QCoreApplication.translate("PhoneDialog", "Wat ze vragen"), self, 2
        )
        self.why = plain_text_field(
            QCoreApplication.translate("PhoneDialog", "Waarom ze het willen weten"), self, 2
        )
        self.informed = self._three_way(
            QCoreApplication.translate("PhoneDialog", "Weet de cliënt van dit telefoontje")
        )
        self.agreed = self._three_way(
            QCoreApplication.translate("PhoneDialog", "Gaat de cliënt akkoord om te delen")
        )
        self.outcomes: dict[PhoneOutcome, QRadioButton] = {}
        self._outcome_group = QButtonGroup(self)
        outcome_box = QWidget(self)
        outcome_column = QVBoxLayout(outcome_box)
        outcome_column.setContentsMargins(0, 0, 0, 0)
        outcome_column.setSpacing(4)
        for outcome, label in outcome_labels().items():
            button = QRadioButton(label, outcome_box)
            button.setAccessibleName(label)
            button.toggled.connect(self._update)
            self._outcome_group.addButton(button)
            self.outcomes[outcome] = button
            outcome_column.addWidget(button)
        self.shared = plain_text_field(
            QCoreApplication.translate("PhoneDialog", "Wat gedeeld werd"), self, 2
        )
        self.why_not = hint_label("", self)
        self.why_not.setObjectName("warningText")
        self.why_not.setStyleSheet("color: #8a5a00;")
        self.why_not.hide()

        form = self.form
        form.addRow(section_title(QCoreApplication.translate("PhoneDialog", "1. Wie belt"), self))
        form.addRow(
            buddy_label(QCoreApplication.translate("PhoneDialog", "&Wanneer"), self.at, self),
            self.at,
        )
        form.addRow(
            buddy_label(QCoreApplication.translate("PhoneDialog", "&Naam"), self.caller, self),
            self.caller,
        )
        form.addRow(
            buddy_label(
                QCoreApplication.translate("PhoneDialog", "&Dienst"), self.organisation, self
            ),
            self.organisation,
        )
        form.addRow(
            section_title(
                QCoreApplication.translate("PhoneDialog", "2. Wat vragen ze, en waarom"), self
            )
        )
        form.addRow(
            buddy_label(
                QCoreApplication.translate("PhoneDialog", "Wat ge&vraagd"), self.what_asked, self
            ),
            self.what_asked,
        )
        form.addRow(
            buddy_label(QCoreApplication.translate("PhoneDialog", "Waa&rom"), self.why, self),
            self.why,
        )

        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right.setVerticalSpacing(10)
        right.setHorizontalSpacing(14)
        right.addRow(
            section_title(
                QCoreApplication.translate("PhoneDialog", "3. Toestemming van deze dienst"), self
            )
        )
        self.consents = QLabel(self)
        self.consents.setObjectName("consentsAtHand")
        self.consents.setWordWrap(True)
        self.consents.setTextFormat(Qt.TextFormat.RichText)
        self.consents.setAccessibleName(
            QCoreApplication.translate("PhoneDialog", "Toestemming van de cliënt voor deze dienst")
        )
        right.addRow(self.consents)
        right.addRow(
            section_title(
                QCoreApplication.translate(
                    "PhoneDialog", "4. Weet de cliënt het, gaat die akkoord"
                ),
                self,
            )
        )
        right.addRow(
            buddy_label(
                QCoreApplication.translate("PhoneDialog", "Weet &ervan"), self.informed, self
            ),
            self.informed,
        )
        right.addRow(
            buddy_label(
                QCoreApplication.translate("PhoneDialog", "Gaat &akkoord"), self.agreed, self
            ),
            self.agreed,
        )
        right.addRow(
            section_title(QCoreApplication.translate("PhoneDialog", "5. Wat u deed"), self)
        )
        right.addRow(outcome_box)
        right.addRow(
            buddy_label(QCoreApplication.translate("PhoneDialog", "&Gedeeld"), self.shared, self),
            self.shared,
        )
        right.addRow(self.why_not)
        beside_form(self, right, (1, 1))

        if existing is not None:
            self.at.set_value(existing.at, zone)
            self.caller.setText(existing.caller)
            select_data(self.organisation, existing.organisation_id or "")
            self.what_asked.setPlainText(existing.what_asked)
            self.why.setPlainText(existing.why or "")
            select_data(self.informed, _code(existing.client_informed))
            select_data(self.agreed, _code(existing.client_agreed))
            self.outcomes[existing.outcome].setChecked(True)
            self.shared.setPlainText(existing.shared or "")
        else:
            self.at.set_value(now, zone)
            self.outcomes[PhoneOutcome.CALL_BACK].setChecked(True)
        self._today = now.date()
        self.organisation.currentIndexChanged.connect(self._show_consents)
        self.caller.textChanged.connect(self._update)
        self.what_asked.textChanged.connect(self._update)
        self._show_consents()
        self._update()
        self.caller.setFocus()

    def _three_way(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for value, label in yes_no_labels():
            combo.addItem(label, _code(value))
        combo.currentIndexChanged.connect(self._update)
        return combo

    # ------------------------------------------------------------------ at hand

    def _show_consents(self) -> None:
        organisation_id = str(self.organisation.currentData() or "")
        if not organisation_id:
            self.consents.setText(
                QCoreApplication.translate(
                    "PhoneDialog",
                    "Kies de dienst: dan ziet u hier wat de cliënt met hen laat delen.",
                )
            )
            return
        own = [c for c in self._choice.consents if c.organisation_id == organisation_id]
        if not own:
            self.consents.setText(
                QCoreApplication.translate(
                    "PhoneDialog",
                    "Voor deze dienst is geen toestemming vastgelegd. Vraag het eerst aan de "
                    "cliënt.",
                )
            )
            return
        self.consents.setText(consent_lines(own, self._today))

    # ------------------------------------------------------------------ the record

    def chosen_outcome(self) -> PhoneOutcome:
        return next((o for o, b in self.outcomes.items() if b.isChecked()), PhoneOutcome.CALL_BACK)

    def refusal(self) -> str:
        """Why this cannot be saved yet, in a calm sentence; "" when it can."""
        if self.chosen_outcome() is not PhoneOutcome.SHARED_WITH_CONSENT:
            return ""
        if _value(self.informed) is not True or _value(self.agreed) is not True:
            return QCoreApplication.translate(
                "PhoneDialog",
                "Gedeeld kan pas als de cliënt weet van dit telefoontje én akkoord gaat. "
                "Is dat nog niet gevraagd? Kies dan Later terugbellen: zo neemt u de tijd om "
                "het eerst met de cliënt te bespreken.",
            )
        return ""

    def _update(self) -> None:
        if not hasattr(self, "shared"):
            return  # still being built
        sharing = self.chosen_outcome() is PhoneOutcome.SHARED_WITH_CONSENT
        self.shared.setEnabled(sharing)
        reason = self.refusal()
        self.why_not.setText(reason)
        self.why_not.setVisible(bool(reason))
        super()._update()

    def is_valid(self) -> bool:
        if not hasattr(self, "shared"):
            return False
        return phone_request.problem(self.value()) is None and not self.refusal()

    def value(self) -> PhoneRequest:
        outcome = self.chosen_outcome()
        return PhoneRequest(
            id=self._id,
            at=self.at.value(),
            caller=self.caller.text().strip(),
            what_asked=self.what_asked.toPlainText().strip(),
            outcome=outcome,
            organisation_id=str(self.organisation.currentData() or "") or None,
            why=clean_text(self.why.toPlainText()),
            client_informed=_value(self.informed),
            client_agreed=_value(self.agreed),
            shared=(
                clean_text(self.shared.toPlainText())
                if outcome is PhoneOutcome.SHARED_WITH_CONSENT
                else None
            ),
        )


def _code(value: bool | None) -> str:
    return "" if value is None else ("ja" if value else "nee")


def _value(combo: QComboBox) -> bool | None:
    code = str(combo.currentData() or "")
    return None if not code else code == "ja"
