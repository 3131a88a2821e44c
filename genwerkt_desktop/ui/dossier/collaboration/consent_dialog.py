"""Record what the client allows to share with one organisation, or revoke it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget

from genwerkt_desktop.domain.enums import ConsentMethod, ShareCategory
from genwerkt_desktop.domain.model import Consent
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import FormDialog, select_data
from genwerkt_desktop.ui.widgets.fields import DateField, buddy_label, plain_text_field

from .labels import category_labels, method_labels
from .org_choice import OrganisationChoice


def _clean(text: str) -> str | None:
    return text.strip() or None


class ConsentDialog(FormDialog):
    """Per organisation: which categories, how and when given, what must not be said."""

    def __init__(
        self,
        existing: Consent | None,
        organisations: OrganisationChoice,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ConsentDialog", "Toestemming"),
            QCoreApplication.translate("ConsentDialog", "Wat mag gedeeld worden, en met wie"),
            QCoreApplication.translate(
                "ConsentDialog",
                "Overloop samen met de cliënt wat de dienst echt nodig heeft. Alleen wat hier "
                "aangevinkt staat, komt op een blad voor die dienst. De cliënt kan altijd "
                "van mening veranderen.",
            ),
            parent,
        )
        self._existing = existing
        self._today = today  # the clock's, never the system's
        self.organisation = organisations.combo(
            self, QCoreApplication.translate("ConsentDialog", "Organisatie")
        )
        self.boxes: dict[ShareCategory, QCheckBox] = {}
        grid_holder = QWidget(self)
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (category, label) in enumerate(category_labels().items()):
            box = QCheckBox(label, grid_holder)
            box.setAccessibleName(label)
            box.toggled.connect(self._update)
            self.boxes[category] = box
            grid.addWidget(box, i // 2, i % 2)
        self.method = QComboBox(self)
        self.method.setAccessibleName(QCoreApplication.translate("ConsentDialog", "Hoe gegeven"))
        for method, label in method_labels().items():
            self.method.addItem(label, method.value)
        self.granted_on = DateField(
            QCoreApplication.translate("ConsentDialog", "Gegeven op"), parent=self
        )
        self.not_to_share = plain_text_field(
            QCoreApplication.translate("ConsentDialog", "Wat de cliënt niet gezegd wil"),
            self,
            lines=2,
        )
        self.note = plain_text_field(
            QCoreApplication.translate("ConsentDialog", "Notitie voor uzelf"), self, lines=2
        )
        rows = (
            (QCoreApplication.translate("ConsentDialog", "&Organisatie"), self.organisation),
            (QCoreApplication.translate("ConsentDialog", "&Mag gedeeld worden"), grid_holder),
            (QCoreApplication.translate("ConsentDialog", "&Hoe"), self.method),
            (QCoreApplication.translate("ConsentDialog", "&Gegeven op"), self.granted_on),
            (QCoreApplication.translate("ConsentDialog", "&Niet zeggen"), self.not_to_share),
            (QCoreApplication.translate("ConsentDialog", "No&titie"), self.note),
        )
        for label, field in rows:
            target = self.boxes[ShareCategory.IDENTITY] if field is grid_holder else field
            self.form.addRow(buddy_label(label, target, self), field)
        if existing is not None:
            select_data(self.organisation, existing.organisation_id)
            for category, box in self.boxes.items():
                box.setChecked(category in existing.categories)
            select_data(self.method, (existing.method or ConsentMethod.SPOKEN).value)
            self.granted_on.set_value(existing.granted_on)
            self.not_to_share.setPlainText(existing.not_to_share or "")
            self.note.setPlainText(existing.note or "")
        else:
            self.granted_on.set_value(today)
        self.organisation.currentIndexChanged.connect(self._update)
        self._update()
        self.organisation.setFocus()

    def is_valid(self) -> bool:
        return bool(self.organisation.currentData()) and any(
            box.isChecked() for box in self.boxes.values()
        )

    def value(self) -> Consent:
        return Consent(
            id=self._existing.id if self._existing is not None else new_id(),
            organisation_id=str(self.organisation.currentData()),
            granted_on=self.granted_on.value() or self._today,
            categories=tuple(c for c, box in self.boxes.items() if box.isChecked()),
            method=ConsentMethod(self.method.currentData()),
            not_to_share=_clean(self.not_to_share.toPlainText()),
            revoked_on=self._existing.revoked_on if self._existing is not None else None,
            note=_clean(self.note.toPlainText()),
        )


class RevokeDialog(FormDialog):
    """The client takes a consent back from a date on; it stays in the history."""

    def __init__(
        self, consent: Consent, organisation: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ConsentDialog", "Toestemming intrekken"),
            QCoreApplication.translate("ConsentDialog", "Toestemming intrekken voor {name}").format(
                name=organisation
            ),
            QCoreApplication.translate(
                "ConsentDialog",
                "Vanaf deze datum gaat er niets meer naar deze dienst. De toestemming blijft "
                "in de geschiedenis staan, met de datum waarop ze ingetrokken werd.",
            ),
            parent,
        )
        self._consent = consent
        self.revoked_on = DateField(
            QCoreApplication.translate("ConsentDialog", "Ingetrokken op"), parent=self
        )
        self.revoked_on.set_value(max(today, consent.granted_on))
        self.form.addRow(
            buddy_label(
                QCoreApplication.translate("ConsentDialog", "&Ingetrokken op"),
                self.revoked_on,
                self,
            ),
            self.revoked_on,
        )
        self.save_button.setText(QCoreApplication.translate("ConsentDialog", "&Intrekken"))
        self.revoked_on.setFocus()

    def is_valid(self) -> bool:
        chosen = self.revoked_on.value()
        return chosen is not None and chosen >= self._consent.granted_on

    def value(self) -> Consent:
        return Consent(
            id=self._consent.id,
            organisation_id=self._consent.organisation_id,
            granted_on=self._consent.granted_on,
            categories=self._consent.categories,
            method=self._consent.method,
            not_to_share=self._consent.not_to_share,
            revoked_on=self.revoked_on.value(),
            note=self._consent.note,
        )
