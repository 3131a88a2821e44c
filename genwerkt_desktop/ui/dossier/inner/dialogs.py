"""The forms of the binnenkant and the life story: one note, one moment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from genwerkt_desktop.domain.enums import InnerAspect, LifeDomain
from genwerkt_desktop.domain.instruments import InnerNote, LifeEvent
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import FormDialog, clean_text, select_data
from genwerkt_desktop.ui.widgets.fields import DateField, buddy_label, plain_text_field
from genwerkt_desktop.ui.widgets.labels import domain_labels

from .wording import aspect_hints, aspect_labels, said_by_label

SAID_CLIENT = "client"
SAID_COACH = "coach"
SAID_UNKNOWN = "onbekend"
NO_DOMAIN = ""


def _domain_choice(parent: QWidget, context: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(QCoreApplication.translate(context, "Levensdomein"))
    combo.addItem(QCoreApplication.translate(context, "Geen bepaald domein"), NO_DOMAIN)
    for item, label in domain_labels().items():
        combo.addItem(label, item.value)
    return combo


class InnerNoteDialog(FormDialog):
    """One aspect of how the client lives it, and whether the client said it."""

    def __init__(
        self,
        existing: InnerNote | None,
        aspect: InnerAspect | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("InnerNoteDialog", "Binnenkant"),
            QCoreApplication.translate("InnerNoteDialog", "Hoe de cliënt het beleeft"),
            QCoreApplication.translate(
                "InnerNoteDialog",
                "Schrijf het zoveel mogelijk in de woorden van de cliënt. Is het uw eigen "
                "indruk? Duid dat aan: dan vraagt u het later na.",
            ),
            parent,
        )
        self._existing = existing
        self.aspect = QComboBox(self)
        self.aspect.setAccessibleName(QCoreApplication.translate("InnerNoteDialog", "Aspect"))
        for item, label in aspect_labels().items():
            self.aspect.addItem(label, item.value)
        self.aspect_hint = QLabel(self)
        self.aspect_hint.setObjectName("hintText")
        self.aspect_hint.setWordWrap(True)
        self.text = plain_text_field(
            QCoreApplication.translate("InnerNoteDialog", "Wat er leeft"), self, lines=4
        )
        self.said = QComboBox(self)
        self.said.setAccessibleName(QCoreApplication.translate("InnerNoteDialog", "Wie zegt het"))
        for value, voiced in ((SAID_CLIENT, True), (SAID_COACH, False), (SAID_UNKNOWN, None)):
            self.said.addItem(said_by_label(voiced), value)
        self.domain = _domain_choice(self, "InnerNoteDialog")
        self.noted_on = DateField(
            QCoreApplication.translate("InnerNoteDialog", "Datum"), optional=True, parent=self
        )
        rows = (
            (QCoreApplication.translate("InnerNoteDialog", "&Aspect"), self.aspect),
            (QCoreApplication.translate("InnerNoteDialog", "&Wat er leeft"), self.text),
            (QCoreApplication.translate("InnerNoteDialog", "Wie &zegt het"), self.said),
            (QCoreApplication.translate("InnerNoteDialog", "&Levensdomein"), self.domain),
            (QCoreApplication.translate("InnerNoteDialog", "&Datum"), self.noted_on),
        )
        for index, (label, field) in enumerate(rows):
            self.form.addRow(buddy_label(label, field, self), field)
            if index == 0:
                self.form.addRow("", self.aspect_hint)
        if existing is not None:
            select_data(self.aspect, existing.aspect.value)
            self.text.setPlainText(existing.text)
            said = {True: SAID_CLIENT, False: SAID_COACH, None: SAID_UNKNOWN}
            select_data(self.said, said[existing.voiced_by_client])
            select_data(self.domain, existing.domain.value if existing.domain else NO_DOMAIN)
            self.noted_on.set_value(existing.noted_on, fallback=today)
        else:
            select_data(self.aspect, (aspect or InnerAspect.EXPERIENCE).value)
            select_data(self.said, SAID_CLIENT)
            self.noted_on.set_value(today)
        self.aspect.currentIndexChanged.connect(self._show_hint)
        self.text.textChanged.connect(self._update)
        self._show_hint()
        self._update()
        (self.text if existing is None and aspect is not None else self.aspect).setFocus()

    def _show_hint(self) -> None:
        self.aspect_hint.setText(aspect_hints()[InnerAspect(self.aspect.currentData())])

    def is_valid(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def value(self) -> InnerNote:
        domain = self.domain.currentData()
        return InnerNote(
            id=self._existing.id if self._existing is not None else new_id(),
            aspect=InnerAspect(self.aspect.currentData()),
            text=self.text.toPlainText().strip(),
            domain=LifeDomain(domain) if domain else None,
            voiced_by_client={SAID_CLIENT: True, SAID_COACH: False}.get(self.said.currentData()),
            noted_on=self.noted_on.value(),
        )


class LifeEventDialog(FormDialog):
    """A moment in the life story: a date when known, or when in words."""

    def __init__(
        self, existing: LifeEvent | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("LifeEventDialog", "Levensloop"),
            QCoreApplication.translate("LifeEventDialog", "Een moment uit het levensverhaal"),
            QCoreApplication.translate(
                "LifeEventDialog",
                "Een datum is niet nodig: „als kind” of „2015–2017” is ook goed. "
                "Een moment met een jaartal komt op zijn plaats in de tijd.",
            ),
            parent,
        )
        self._existing = existing
        self.when = QLineEdit(self)
        self.when.setAccessibleName(QCoreApplication.translate("LifeEventDialog", "Wanneer"))
        self.when.setPlaceholderText(
            QCoreApplication.translate("LifeEventDialog", "bv. als kind, 2015–2017, na de verhuis")
        )
        self.on = DateField(
            QCoreApplication.translate("LifeEventDialog", "Datum"), optional=True, parent=self
        )
        self.text = plain_text_field(
            QCoreApplication.translate("LifeEventDialog", "Wat er gebeurde"), self, lines=4
        )
        self.domain = _domain_choice(self, "LifeEventDialog")
        rows = (
            (QCoreApplication.translate("LifeEventDialog", "&Wanneer"), self.when),
            (QCoreApplication.translate("LifeEventDialog", "&Datum (als u die weet)"), self.on),
            (QCoreApplication.translate("LifeEventDialog", "Wat er &gebeurde"), self.text),
            (QCoreApplication.translate("LifeEventDialog", "&Levensdomein"), self.domain),
        )
        for label, field in rows:
            self.form.addRow(buddy_label(label, field, self), field)
        if existing is not None:
            self.when.setText(existing.when or "")
            self.on.set_value(existing.on, fallback=today)
            self.text.setPlainText(existing.text)
            select_data(self.domain, existing.domain.value if existing.domain else NO_DOMAIN)
        else:
            self.on.set_value(None, fallback=today)
        self.text.textChanged.connect(self._update)
        self._update()
        self.when.setFocus()

    def is_valid(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def value(self) -> LifeEvent:
        domain = self.domain.currentData()
        return LifeEvent(
            id=self._existing.id if self._existing is not None else new_id(),
            text=self.text.toPlainText().strip(),
            when=clean_text(self.when.text()),
            on=self.on.value(),
            domain=LifeDomain(domain) if domain else None,
        )
