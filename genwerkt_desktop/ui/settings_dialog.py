"""Instellingen (Ctrl+,): the coach's preferences, edited in one small form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.services.coach_profile import CoachProfile, load_profile, save_profile
from genwerkt_desktop.services.paths import VaultPaths
from genwerkt_desktop.ui.settings import (
    COACH_NAME,
    CONVERSATION_LOCK_MINUTES,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    RETENTION_YEARS,
    AppSettings,
    Language,
)
from genwerkt_desktop.ui.style import make_title, restyle

if TYPE_CHECKING:
    from genwerkt_desktop.ui.team.session import TeamSession


class SettingsDialog(QDialog):
    """Shows the stored values; Bewaren writes them, Annuleren leaves them as they were."""

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        paths: VaultPaths | None = None,
        team: TeamSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._paths = paths  # the data folder, where the coach profile lives
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Instellingen"))
        self.setModal(True)

        title = QLabel(QCoreApplication.translate("SettingsDialog", "Instellingen"), self)
        title.setObjectName("pageTitle")
        make_title(title, 1.3)

        general = self._general_grid()
        sheets = self._sheets_grid(with_profile=paths is not None)

        self._add_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        # A page per subject, so the dialog fits a 1366x768 laptop screen: the general
        # settings, what the sheets say about the coach, and team mode while a vault is
        # open (connect, or see the link).
        self.team_section = None
        self.pages = QTabWidget(self)
        self.pages.addTab(
            self._page(general), QCoreApplication.translate("SettingsDialog", "&Algemeen")
        )
        self.pages.addTab(
            self._page(sheets), QCoreApplication.translate("SettingsDialog", "Uw &gegevens")
        )
        if team is not None:
            from genwerkt_desktop.ui.team.settings_section import TeamSettingsSection

            self.team_section = TeamSettingsSection(team, self)
            self.pages.addTab(
                self._page(self.team_section),
                QCoreApplication.translate("SettingsDialog", "T&eam"),
            )
        layout.addWidget(self.pages)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._set_tab_order()

        chars = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(chars * 92)
        for spin in (self.idle_minutes, self.conversation_minutes, self.retention_years):
            spin.setMinimumWidth(chars * 16)
        self.language.setMinimumWidth(chars * 16)
        self.language.currentIndexChanged.connect(self._update_note)
        self.load()

    def show_team_page(self) -> bool:
        """Turn to the Team page; False when there is none (no vault open)."""
        if self.team_section is None:
            return False
        self.pages.setCurrentWidget(self.team_section.parentWidget())
        return True

    def _general_grid(self) -> QGridLayout:
        """Locking, the language and how long a closed dossier is kept."""
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(IDLE_LOCK_MINUTES.minimum, IDLE_LOCK_MINUTES.maximum)
        self.idle_minutes.setSuffix(QCoreApplication.translate("SettingsDialog", " minuten"))
        self.idle_minutes.setAccessibleName(
            QCoreApplication.translate(
                "SettingsDialog", "Vergrendelen na zoveel minuten zonder activiteit"
            )
        )
        idle_label = QLabel(QCoreApplication.translate("SettingsDialog", "&Vergrendelen na:"), self)
        idle_label.setBuddy(self.idle_minutes)
        idle_hint = self._hint(
            QCoreApplication.translate(
                "SettingsDialog",
                "Zonder toetsaanslag of muisbeweging sluit genwerkt de kluis na deze tijd. "
                "Wat u aan het typen was, wordt eerst bewaard.",
            )
        )

        self.conversation_minutes = QSpinBox(self)
        self.conversation_minutes.setRange(
            CONVERSATION_LOCK_MINUTES.minimum, CONVERSATION_LOCK_MINUTES.maximum
        )
        self.conversation_minutes.setSuffix(
            QCoreApplication.translate("SettingsDialog", " minuten")
        )
        self.conversation_minutes.setAccessibleName(
            QCoreApplication.translate(
                "SettingsDialog", "Tijdens een gesprek vergrendelen na zoveel minuten stilte"
            )
        )
        conversation_label = QLabel(
            QCoreApplication.translate("SettingsDialog", "Tijdens een &gesprek:"), self
        )
        conversation_label.setBuddy(self.conversation_minutes)
        conversation_hint = self._hint(
            QCoreApplication.translate(
                "SettingsDialog",
                "Zit u bij een cliënt (Gesprek starten in het dossier), dan wacht genwerkt "
                "langer, hoogstens een uur. Ctrl+L vergrendelt op elk moment meteen.",
            )
        )

        self.language = QComboBox(self)
        self.language.addItem(
            QCoreApplication.translate("SettingsDialog", "Nederlands"), Language.DUTCH.value
        )
        self.language.addItem(
            QCoreApplication.translate("SettingsDialog", "English"), Language.ENGLISH.value
        )
        self.language.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Taal van het programma")
        )
        language_label = QLabel(QCoreApplication.translate("SettingsDialog", "&Taal:"), self)
        language_label.setBuddy(self.language)
        self.restart_note = self._hint(
            QCoreApplication.translate(
                "SettingsDialog", "De nieuwe taal verschijnt wanneer u genwerkt opnieuw start."
            )
        )
        self.restart_note.setObjectName("noticeText")

        self.retention_years = QSpinBox(self)
        self.retention_years.setRange(RETENTION_YEARS.minimum, RETENTION_YEARS.maximum)
        self.retention_years.setSuffix(QCoreApplication.translate("SettingsDialog", " jaar"))
        self.retention_years.setAccessibleName(
            QCoreApplication.translate(
                "SettingsDialog", "Bewaartermijn van een afgesloten dossier in jaren"
            )
        )
        retention_label = QLabel(
            QCoreApplication.translate("SettingsDialog", "&Bewaartermijn:"), self
        )
        retention_label.setBuddy(self.retention_years)
        retention_hint = self._hint(
            QCoreApplication.translate(
                "SettingsDialog",
                "Zo lang blijft een afgesloten dossier bewaard voor genwerkt voorstelt "
                "het te verwijderen. Volg de afspraken van uw organisatie.",
            )
        )

        return self._grid(
            (
                (idle_label, self.idle_minutes, idle_hint),
                (conversation_label, self.conversation_minutes, conversation_hint),
                (language_label, self.language, self.restart_note),
                (retention_label, self.retention_years, retention_hint),
            )
        )

    def _sheets_grid(self, *, with_profile: bool) -> QGridLayout:
        """What the printed sheets say about the coach; the profile only beside a data
        folder, where it is kept."""
        self.coach_name = QLineEdit(self)
        self.coach_name.setMaxLength(COACH_NAME.max_length)
        self.coach_name.setPlaceholderText(
            QCoreApplication.translate("SettingsDialog", "bv. Sam Peeters")
        )
        self.coach_name.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Uw naam als coach")
        )
        coach_label = QLabel(QCoreApplication.translate("SettingsDialog", "&Uw naam:"), self)
        coach_label.setBuddy(self.coach_name)
        coach_hint = self._hint(
            QCoreApplication.translate(
                "SettingsDialog",
                "Wordt ingevuld als coach bij een nieuw dossier en staat op afgedrukte bladen.",
            )
        )
        profile_rows = self._profile_rows()
        sheets = self._grid(((coach_label, self.coach_name, coach_hint),))
        line = sheets.rowCount()
        sheets.addWidget(self.profile_title, line, 0, 1, 2)
        sheets.addWidget(self.profile_hint, line + 1, 0, 1, 2)
        for offset, (label, field) in enumerate(profile_rows, start=line + 2):
            sheets.addWidget(label, offset, 0)
            sheets.addWidget(field, offset, 1)
        for widget in (self.profile_title, self.profile_hint, *self.profile_fields.values()):
            widget.setVisible(with_profile)
        for label, _field in profile_rows:
            label.setVisible(with_profile)
        return sheets

    @staticmethod
    def _grid(rows: tuple[tuple[QLabel, QWidget, QLabel], ...]) -> QGridLayout:
        """A label, its field and the hint under the field, row after row."""
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(14)
        form.setColumnStretch(1, 1)
        for number, (label, field, hint) in enumerate(rows):
            column = QVBoxLayout()
            column.setSpacing(4)
            grow = isinstance(field, QLineEdit)
            column.addWidget(field, 0, Qt.Alignment() if grow else Qt.AlignmentFlag.AlignLeft)
            column.addWidget(hint)
            label.setMinimumHeight(field.sizeHint().height())
            form.addWidget(label, number, 0, Qt.AlignmentFlag.AlignTop)
            form.addLayout(column, number, 1)
        return form

    def _page(self, content: QGridLayout | QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 14, 12, 12)
        if isinstance(content, QWidget):
            layout.addWidget(content)
        else:
            layout.addLayout(content)
        layout.addStretch(1)
        return page

    def _profile_rows(self) -> list[tuple[QLabel, QLineEdit]]:
        """How clients reach the coach, printed on their sheets (kept beside the vault)."""
        self.profile_title = QLabel(
            QCoreApplication.translate("SettingsDialog", "Uw gegevens op de bladen"), self
        )
        self.profile_title.setObjectName("sectionTitle")
        self.profile_hint = self._hint(
            QCoreApplication.translate(
                "SettingsDialog",
                "Onderaan het stappenplan en andere bladen voor de cliënt, samen met uw naam "
                "hierboven. Laat leeg wat niet op papier moet.",
            )
        )
        self.profile_fields: dict[str, QLineEdit] = {}
        profile_rows: list[tuple[QLabel, QLineEdit]] = []
        for key, label_text, accessible in (
            (
                "organisation",
                QCoreApplication.translate("SettingsDialog", "&Dienst:"),
                QCoreApplication.translate("SettingsDialog", "Dienst of organisatie"),
            ),
            (
                "phone",
                QCoreApplication.translate("SettingsDialog", "Tele&foon:"),
                QCoreApplication.translate("SettingsDialog", "Telefoonnummer"),
            ),
            (
                "email",
                QCoreApplication.translate("SettingsDialog", "&E-mail:"),
                QCoreApplication.translate("SettingsDialog", "E-mailadres"),
            ),
            (
                "address",
                QCoreApplication.translate("SettingsDialog", "Ad&res:"),
                QCoreApplication.translate("SettingsDialog", "Adres van de dienst"),
            ),
        ):
            field = QLineEdit(self)
            field.setAccessibleName(accessible)
            field.setMaxLength(300)
            label = QLabel(label_text, self)
            label.setBuddy(field)
            self.profile_fields[key] = field
            profile_rows.append((label, field))
        return profile_rows

    def _add_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("SettingsDialog", "&Bewaren"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setObjectName("primaryButton")
        restyle(self.save_button)  # the button box polished it before it had its name
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            QCoreApplication.translate("SettingsDialog", "&Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _set_tab_order(self) -> None:
        QWidget.setTabOrder(self.idle_minutes, self.conversation_minutes)
        QWidget.setTabOrder(self.conversation_minutes, self.language)
        QWidget.setTabOrder(self.language, self.retention_years)
        QWidget.setTabOrder(self.retention_years, self.coach_name)
        previous: QWidget = self.coach_name
        for field in self.profile_fields.values():
            QWidget.setTabOrder(previous, field)
            previous = field
        if self.team_section is not None:
            for field in self.team_section.tab_order():
                QWidget.setTabOrder(previous, field)
                previous = field
        QWidget.setTabOrder(previous, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("hintText")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        # Use the whole field column before wrapping, not a narrow "nice" width.
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return label

    def load(self) -> None:
        """Show what is stored now."""
        self.idle_minutes.setValue(self._settings.idle_lock_minutes)
        self.conversation_minutes.setValue(self._settings.conversation_lock_minutes)
        self.language.setCurrentIndex(max(0, self.language.findData(self._settings.language.value)))
        self.retention_years.setValue(self._settings.retention_years)
        self.coach_name.setText(self._settings.coach_name)
        if self._paths is not None:
            profile = load_profile(self._paths)
            for key, field in self.profile_fields.items():
                field.setText(getattr(profile, key))
            if profile.name and not self.coach_name.text():
                self.coach_name.setText(profile.name)
        self._update_note()
        self.idle_minutes.setFocus()

    def selected_language(self) -> Language:
        return Language(self.language.currentData())

    def save(self) -> None:
        self._settings.set(IDLE_LOCK_MINUTES, self.idle_minutes.value())
        self._settings.set(CONVERSATION_LOCK_MINUTES, self.conversation_minutes.value())
        self._settings.set(LANGUAGE, self.selected_language())
        self._settings.set(RETENTION_YEARS, self.retention_years.value())
        self._settings.set(COACH_NAME, self.coach_name.text())
        if self._paths is not None:
            values = {key: field.text().strip() for key, field in self.profile_fields.items()}
            save_profile(self._paths, CoachProfile(name=self.coach_name.text().strip(), **values))

    def accept(self) -> None:
        self.save()
        super().accept()

    def _update_note(self) -> None:
        self.restart_note.setVisible(self.selected_language() != self._settings.language)
