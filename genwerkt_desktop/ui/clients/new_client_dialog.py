"""The first reception: who the client is, how to reach them, and their question."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
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

from genwerkt_desktop.domain.enums import ReminderPreference, TeamSharing
from genwerkt_desktop.services.dossier_edits import NewClient
from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.widgets.fields import (
    buddy_label,
    hint_label,
    mark_primary,
    plain_text_field,
)
from genwerkt_desktop.ui.widgets.labels import reminder_labels, team_sharing_labels


def _line(accessible: str, parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setAccessibleName(accessible)
    return field


class NewClientDialog(QDialog):
    """Asks; the panel's controller creates.  Enter creates as soon as both names are in."""

    submitted = Signal(object)  # NewClient

    def __init__(self, parent: QWidget | None = None, *, coach: str = "") -> None:
        super().__init__(parent)
        self._coach = coach.strip()  # from the settings: who guides this new client
        self.setObjectName("newClientDialog")
        self.setWindowTitle(QCoreApplication.translate("NewClientDialog", "Nieuwe cliënt"))
        self.setModal(True)
        chars = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(chars * 84)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self._heading())
        layout.addWidget(self._intro())
        self._build_fields()
        layout.addLayout(self._form())
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addWidget(self._build_buttons())

        # Ctrl+Enter creates from inside the multi-line question as well.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._submit)

        for field in (self.first_name, self.last_name):
            field.textChanged.connect(self._update)
        self._busy = False
        self._update()
        self.first_name.setFocus()

    # -- building

    def _heading(self) -> QLabel:
        title = QLabel(QCoreApplication.translate("NewClientDialog", "Eerste onthaal"), self)
        title.setObjectName("pageTitle")
        make_title(title, 1.3)
        return title

    def _intro(self) -> QLabel:
        return hint_label(
            QCoreApplication.translate(
                "NewClientDialog",
                "Alleen de namen zijn nodig. De rest kan ook later, wanneer de cliënt "
                "er klaar voor is.",
            ),
            self,
        )

    def _build_fields(self) -> None:
        self.first_name = _line(QCoreApplication.translate("NewClientDialog", "Voornaam"), self)
        self.last_name = _line(QCoreApplication.translate("NewClientDialog", "Familienaam"), self)
        self.phone = _line(QCoreApplication.translate("NewClientDialog", "Telefoon"), self)
        self.email = _line(QCoreApplication.translate("NewClientDialog", "E-mailadres"), self)
        self.reminder = self._not_yet_asked_choice(
            QCoreApplication.translate(
                "NewClientDialog", "Hoe de cliënt afspraken het best onthoudt"
            ),
            {preference.value: label for preference, label in reminder_labels().items()},
        )
        self.team_sharing = self._not_yet_asked_choice(
            QCoreApplication.translate(
                "NewClientDialog", "Of het team het dossier mag meelezen en overnemen"
            ),
            {sharing.value: label for sharing, label in team_sharing_labels().items()},
        )
        self.team_sharing.setToolTip(
            QCoreApplication.translate(
                "NewClientDialog",
                "Het team deelt het beroepsgeheim en kan inspringen als u afwezig bent. "
                "Zegt de cliënt nee, dan blijft het dossier op dit toestel.",
            )
        )
        self.referred_by = _line(
            QCoreApplication.translate("NewClientDialog", "Aangemeld door"), self
        )
        self.referred_by.setPlaceholderText(
            QCoreApplication.translate("NewClientDialog", "bv. een dienst of een buur")
        )
        self.question = plain_text_field(
            QCoreApplication.translate("NewClientDialog", "Hulpvraag in de eigen woorden"),
            self,
            lines=4,
        )

    def _not_yet_asked_choice(self, accessible: str, choices: dict[str, str]) -> QComboBox:
        """A choice that starts at "Nog niet gevraagd" (no value), then ``choices``."""
        box = QComboBox(self)
        box.setAccessibleName(accessible)
        box.addItem(QCoreApplication.translate("NewClientDialog", "Nog niet gevraagd"), "")
        for value, label in choices.items():
            box.addItem(label, value)
        return box

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows: tuple[tuple[str, QWidget], ...] = (
            (QCoreApplication.translate("NewClientDialog", "&Voornaam"), self.first_name),
            (QCoreApplication.translate("NewClientDialog", "&Familienaam"), self.last_name),
            (QCoreApplication.translate("NewClientDialog", "&Telefoon"), self.phone),
            (QCoreApplication.translate("NewClientDialog", "&E-mail"), self.email),
            (
                QCoreApplication.translate("NewClientDialog", "He&rinnering aan afspraken"),
                self.reminder,
            ),
            (
                QCoreApplication.translate("NewClientDialog", "&Delen met het team"),
                self.team_sharing,
            ),
            (QCoreApplication.translate("NewClientDialog", "Aan&gemeld door"), self.referred_by),
            (QCoreApplication.translate("NewClientDialog", "&Hulpvraag"), self.question),
        )
        for label, field in rows:
            form.addRow(buddy_label(label, field, self), field)
        question_hint = hint_label(
            QCoreApplication.translate(
                "NewClientDialog",
                "Schrijf op wat de cliënt zelf vraagt, met de woorden die hij of zij "
                "gebruikte. Uw eigen lezing komt later, bij de levensdomeinen.",
            ),
            self,
            muted=True,
        )
        form.addRow("", question_hint)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            QCoreApplication.translate("NewClientDialog", "&Cliënt aanmaken"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        mark_primary(self.create_button)
        self.create_button.setAccessibleName(
            QCoreApplication.translate("NewClientDialog", "Cliënt aanmaken")
        )
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            QCoreApplication.translate("NewClientDialog", "Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("NewClientDialog", "Annuleren")
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def is_valid(self) -> bool:
        return bool(self.first_name.text().strip() and self.last_name.text().strip())

    def value(self) -> NewClient:
        code = self.reminder.currentData()
        sharing = self.team_sharing.currentData()
        return NewClient(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            phone=self.phone.text(),
            email=self.email.text(),
            reminder_preference=ReminderPreference(code) if code else None,
            referred_by=self.referred_by.text(),
            support_question=self.question.toPlainText(),
            coach=self._coach or None,
            team_sharing=TeamSharing(sharing) if sharing else None,
        )

    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QComboBox) or child is self.question:
                child.setEnabled(not busy)
        self._update()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message.setText(text)
        self.message.show()

    def clear(self) -> None:
        for field in (self.first_name, self.last_name, self.phone, self.email, self.referred_by):
            field.clear()
        self.question.clear()
        self.reminder.setCurrentIndex(0)
        self.team_sharing.setCurrentIndex(0)
        self.message.clear()
        self.message.hide()

    def _update(self) -> None:
        self.create_button.setEnabled(self.is_valid() and not self._busy)

    def _submit(self) -> None:
        if not self.is_valid() or self._busy:
            return
        self.message.hide()
        self.set_busy(True)
        self.submitted.emit(self.value())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a one-line field creates when the form is valid; never closes it empty.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.is_valid():
            event.accept()
            return
        super().keyPressEvent(event)
