"""The start pages: make a new vault, show its recovery code, open it, recover it.

The pages are plain views: they show what they are told and emit what the coach asked
for.  :class:`VaultController` does the work (through the :class:`TaskRunner`, since
Argon2 takes about half a second) and decides which page comes next.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.errors import (
    GenwerktError,
    IntegrityFailure,
    StateError,
    WrongPassphrase,
)
from genwerkt_desktop.domain.passphrase import assess
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.vault import CreatedVault, OpenVault, VaultService

from .dialogs import Dialogs
from .style import make_title, monospace_font, restyle
from .worker import TaskRunner

log = logging.getLogger(__name__)

CARD_MIN_CHARS = 62
CARD_MAX_CHARS = 70


def describe_failure(exc: BaseException) -> str:
    """A calm Dutch sentence for an expected failure; never a traceback."""
    detail = str(exc).strip().rstrip(".")
    if isinstance(exc, IntegrityFailure):
        return QCoreApplication.translate(
            "VaultScreens",
            "De kluis kan niet geopend worden: {detail}. "
            "Zet een back-up terug of vraag hulp aan wie uw computer beheert.",
        ).format(detail=detail)
    if isinstance(exc, StateError):
        return QCoreApplication.translate("VaultScreens", "Dat lukt nu niet: {detail}.").format(
            detail=detail
        )
    if isinstance(exc, GenwerktError):
        return QCoreApplication.translate("VaultScreens", "Dat lukt niet: {detail}.").format(
            detail=detail
        )
    # A bug, not the coach's doing.  Log only the kind of error: no content, no paths.
    log.error("onverwachte fout in het kluisscherm: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "VaultScreens",
        "Er ging iets onverwachts mis. Probeer het opnieuw; "
        "blijft het gebeuren, start genwerkt dan opnieuw.",
    )


# --------------------------------------------------------------------------- building blocks


class Page(QWidget):
    """A calm, centred card with a title, an intro, a form, a message line and a busy line."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(self._brand())
        outer.addSpacing(16)
        row = QHBoxLayout()
        row.addStretch(1)
        self.card = QWidget(self)
        self.card.setObjectName("card")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        chars = self.fontMetrics().averageCharWidth()
        self.card.setMinimumWidth(chars * CARD_MIN_CHARS)
        self.card.setMaximumWidth(chars * CARD_MAX_CHARS)
        self.card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.layout_ = QVBoxLayout(self.card)
        self.layout_.setContentsMargins(32, 26, 32, 26)
        self.layout_.setSpacing(14)
        self.title = QLabel(title, self.card)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        make_title(self.title)
        self.layout_.addWidget(self.title)
        self.intro = QLabel(intro, self.card)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.layout_.addWidget(self.intro)

        # Everything the coach can change goes in here, so "busy" can disable it at once.
        self.form = QWidget(self.card)
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.setSpacing(12)
        self.layout_.addWidget(self.form)

        self.busy = QWidget(self.card)
        busy_row = QHBoxLayout(self.busy)
        busy_row.setContentsMargins(0, 0, 0, 0)
        self.busy_bar = QProgressBar(self.busy)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("VaultScreens", "Bezig"))
        self.busy_text = QLabel(self.busy)
        self.busy_text.setObjectName("hintText")
        busy_row.addWidget(self.busy_bar)
        busy_row.addWidget(self.busy_text, 1)
        self.busy.hide()
        self.layout_.addWidget(self.busy)

    def _brand(self) -> QHBoxLayout:
        """The product name (and icon, when the application has one) above the card."""
        row = QHBoxLayout()
        row.addStretch(1)
        icon = QApplication.windowIcon()
        if not icon.isNull():
            side = self.fontMetrics().height() * 2
            logo = QLabel(self)
            logo.setPixmap(icon.pixmap(side, side))
            row.addWidget(logo)
        name = QLabel("genwerkt", self)
        name.setObjectName("brand")
        make_title(name, 1.3)
        row.addWidget(name)
        row.addStretch(1)
        return row

    def add_message_label(self, layout: QVBoxLayout | QFormLayout | None = None) -> QLabel:
        label = QLabel(self.form)
        label.setObjectName("errorText")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.hide()
        target = layout if layout is not None else self.form_layout
        if isinstance(target, QFormLayout):
            target.addRow(label)
        else:
            target.addWidget(label)
        return label

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.form.setEnabled(not busy)
        self.busy_text.setText(text)
        self.busy.setVisible(busy)

    def is_busy(self) -> bool:
        return not self.busy.isHidden()


def _show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _button(text: str, accessible: str, parent: QWidget, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    if primary:
        button.setObjectName("primaryButton")
        button.setDefault(True)
        button.setAutoDefault(True)
    return button


def _password_field(accessible: str, parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setMinimumWidth(field.fontMetrics().averageCharWidth() * 32)
    return field


class PassphrasePair(QWidget):
    """A new passphrase typed twice, with a live strength meter and hint."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.first = _password_field(
            QCoreApplication.translate("VaultScreens", "Nieuwe wachtzin"), self
        )
        self.second = _password_field(
            QCoreApplication.translate("VaultScreens", "Nieuwe wachtzin herhalen"), self
        )
        first_label = QLabel(QCoreApplication.translate("VaultScreens", "&Wachtzin:"), self)
        first_label.setBuddy(self.first)
        second_label = QLabel(QCoreApplication.translate("VaultScreens", "&Nog eens:"), self)
        second_label.setBuddy(self.second)

        self.meter = QProgressBar(self)
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setValue(0)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(
            QCoreApplication.translate("VaultScreens", "Sterkte van de wachtzin")
        )
        self.meter.setProperty("strength", 0)
        self.strength_text = QLabel(self)
        self.strength_text.setObjectName("hintText")
        self.strength_text.setWordWrap(True)
        self.match_text = QLabel(self)
        self.match_text.setObjectName("hintText")
        self.match_text.setWordWrap(True)
        for label in (self.strength_text, self.match_text):
            # Use the whole field column before wrapping, not a narrow "nice" width.
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        form.addRow(first_label, self.first)
        form.addRow("", self.meter)
        form.addRow("", self.strength_text)
        form.addRow(second_label, self.second)
        form.addRow("", self.match_text)
        QWidget.setTabOrder(self.first, self.second)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.first.returnPressed.connect(self.second.setFocus)
        self.second.returnPressed.connect(self._submit_if_ready)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def is_ready(self) -> bool:
        text = self.first.text()
        return bool(text) and text == self.second.text() and assess(text).acceptable

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _submit_if_ready(self) -> None:
        if self.is_ready():
            self.submitted.emit()

    def _update(self) -> None:
        text = self.first.text()
        if text:
            strength = assess(text)
            score = strength.score
            self.strength_text.setText(
                QCoreApplication.translate("VaultScreens", "Sterkte: {label}. {hint}").format(
                    label=strength.label, hint=strength.hint
                )
            )
        else:
            score = 0
            self.strength_text.setText(
                QCoreApplication.translate(
                    "VaultScreens",
                    "Kies een zin van enkele woorden die u onthoudt en die anderen niet raden.",
                )
            )
        self.meter.setValue(score)
        if self.meter.property("strength") != score:
            self.meter.setProperty("strength", score)
            restyle(self.meter)
        again = self.second.text()
        if not again:
            self.match_text.setText("")
        elif again == text:
            self.match_text.setText(
                QCoreApplication.translate("VaultScreens", "Beide wachtzinnen zijn gelijk.")
            )
        else:
            self.match_text.setText(
                QCoreApplication.translate(
                    "VaultScreens", "De twee wachtzinnen zijn nog niet gelijk."
                )
            )
        self.changed.emit()


# --------------------------------------------------------------------------- pages


class CheckingPage(Page):
    """Shown briefly at start while the remembered key is tried."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("VaultScreens", "Even geduld"), "", parent)
        self.set_busy(True, QCoreApplication.translate("VaultScreens", "De kluis wordt gezocht…"))


class CreatePage(Page):
    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("VaultScreens", "Nieuwe kluis maken"),
            QCoreApplication.translate(
                "VaultScreens",
                "genwerkt bewaart uw dossiers versleuteld op deze computer. Kies een "
                "wachtzin: een zin van enkele woorden die u makkelijk onthoudt. Zonder "
                "wachtzin of herstelcode kan niemand de dossiers openen, ook u niet.",
            ),
            parent,
        )
        self.passphrases = PassphrasePair(self.form)
        self.form_layout.addWidget(self.passphrases)
        self.message = self.add_message_label()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.create_button = _button(
            QCoreApplication.translate("VaultScreens", "&Kluis maken"),
            QCoreApplication.translate("VaultScreens", "Kluis maken"),
            self.form,
            primary=True,
        )
        buttons.addWidget(self.create_button)
        self.form_layout.addLayout(buttons)
        QWidget.setTabOrder(self.passphrases.second, self.create_button)

        self.passphrases.changed.connect(self._update)
        self.passphrases.submitted.connect(self._request)
        self.create_button.clicked.connect(self._request)
        self._update()

    def _update(self) -> None:
        self.create_button.setEnabled(self.passphrases.is_ready())

    def _request(self) -> None:
        if self.passphrases.is_ready() and not self.is_busy():
            _show_message(self.message, "")
            self.create_requested.emit(self.passphrases.passphrase())

    def show_error(self, text: str) -> None:
        _show_message(self.message, text)

    def reset(self) -> None:
        self.passphrases.clear()
        _show_message(self.message, "")
        self.passphrases.first.setFocus()


class RecoveryCodePage(Page):
    print_requested = Signal()
    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("VaultScreens", "Uw herstelcode"),
            QCoreApplication.translate(
                "VaultScreens",
                "Vergeet u ooit uw wachtzin, dan opent deze code de kluis. U ziet ze maar "
                "één keer. Druk ze af of schrijf ze over, en bewaar ze op een veilige plek, "
                "niet bij de laptop.",
            ),
            parent,
        )
        self.code = QLabel(self.form)
        self.code.setObjectName("recoveryCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setFont(monospace_font(self.font(), 1.7))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code.setAccessibleName(QCoreApplication.translate("VaultScreens", "Herstelcode"))
        self.form_layout.addWidget(self.code)

        self.print_button = _button(
            QCoreApplication.translate("VaultScreens", "&Afdrukken…"),
            QCoreApplication.translate("VaultScreens", "Herstelcode afdrukken"),
            self.form,
        )
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addStretch(1)
        self.form_layout.addLayout(print_row)
        self.stored = QCheckBox(
            QCoreApplication.translate("VaultScreens", "Ik heb de herstelcode &veilig bewaard"),
            self.form,
        )
        self.stored.setAccessibleName(
            QCoreApplication.translate("VaultScreens", "Ik heb de herstelcode veilig bewaard")
        )
        self.form_layout.addWidget(self.stored)
        self.message = self.add_message_label()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.continue_button = _button(
            QCoreApplication.translate("VaultScreens", "&Verder"),
            QCoreApplication.translate("VaultScreens", "Verder"),
            self.form,
            primary=True,
        )
        buttons.addWidget(self.continue_button)
        self.form_layout.addLayout(buttons)
        QWidget.setTabOrder(self.print_button, self.stored)
        QWidget.setTabOrder(self.stored, self.continue_button)

        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.print_button.clicked.connect(self.print_requested)
        self.continue_button.clicked.connect(self.continue_requested)
        self.continue_button.setEnabled(False)

    def show_code(self, code: str) -> None:
        groups = code.split("-")
        half = (len(groups) + 1) // 2
        self.code.setText("-".join(groups[:half]) + "\n" + "-".join(groups[half:]))
        self.stored.setChecked(False)
        _show_message(self.message, "")
        self.print_button.setFocus()

    def show_message(self, text: str) -> None:
        _show_message(self.message, text)

    def clear(self) -> None:
        self.code.clear()
        self.stored.setChecked(False)
        _show_message(self.message, "")


class DemoOfferPage(Page):
    load_requested = Signal()
    skip_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("VaultScreens", "Fictieve voorbeelddossiers laden?"),
            QCoreApplication.translate(
                "VaultScreens",
                "Wilt u eerst rustig rondkijken? genwerkt kan enkele verzonnen dossiers "
                "laden. Ze gaan over niemand echt, en u kunt ze later weer verwijderen.",
            ),
            parent,
        )
        self.message = self.add_message_label()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.no_button = _button(
            QCoreApplication.translate("VaultScreens", "&Nee, leeg beginnen"),
            QCoreApplication.translate("VaultScreens", "Nee, leeg beginnen"),
            self.form,
        )
        self.yes_button = _button(
            QCoreApplication.translate("VaultScreens", "&Ja, voorbeelden laden"),
            QCoreApplication.translate("VaultScreens", "Ja, voorbeelddossiers laden"),
            self.form,
        )
        self.yes_button.setObjectName("primaryButton")
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        self.form_layout.addLayout(buttons)
        QWidget.setTabOrder(self.yes_button, self.no_button)
        self.yes_button.clicked.connect(self.load_requested)
        self.no_button.clicked.connect(self.skip_requested)

    def show_error(self, text: str) -> None:
        _show_message(self.message, text)


class UnlockPage(Page):
    unlock_requested = Signal(str, bool)
    recovery_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("VaultScreens", "Kluis openen"),
            QCoreApplication.translate("VaultScreens", "Typ uw wachtzin om de dossiers te openen."),
            parent,
        )
        label = QLabel(QCoreApplication.translate("VaultScreens", "&Wachtzin:"), self.form)
        self.passphrase = _password_field(
            QCoreApplication.translate("VaultScreens", "Wachtzin"), self.form
        )
        label.setBuddy(self.passphrase)
        self.form_layout.addWidget(label)
        self.form_layout.addWidget(self.passphrase)
        self.message = self.add_message_label()

        self.remember = QCheckBox(
            QCoreApplication.translate("VaultScreens", "&Onthouden op dit apparaat"), self.form
        )
        self.remember.setAccessibleName(
            QCoreApplication.translate("VaultScreens", "Onthouden op dit apparaat")
        )
        self.remember.setToolTip(
            QCoreApplication.translate(
                "VaultScreens",
                "De sleutel wordt in de sleutelhanger van het besturingssysteem bewaard, "
                "zodat genwerkt bij het starten zonder wachtzin opent.",
            )
        )
        self.form_layout.addWidget(self.remember)
        self.remember_note = QLabel(self.form)
        self.remember_note.setObjectName("mutedText")
        self.remember_note.setWordWrap(True)
        self.form_layout.addWidget(self.remember_note)
        self.remember_note.hide()

        buttons = QHBoxLayout()
        self.recovery_button = _button(
            QCoreApplication.translate("VaultScreens", "&Herstelcode gebruiken"),
            QCoreApplication.translate("VaultScreens", "Herstelcode gebruiken"),
            self.form,
        )
        self.recovery_button.setObjectName("linkButton")
        self.recovery_button.setFlat(True)
        self.recovery_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button = _button(
            QCoreApplication.translate("VaultScreens", "&Openen"),
            QCoreApplication.translate("VaultScreens", "Kluis openen"),
            self.form,
            primary=True,
        )
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        self.form_layout.addLayout(buttons)
        QWidget.setTabOrder(self.passphrase, self.remember)
        QWidget.setTabOrder(self.remember, self.open_button)
        QWidget.setTabOrder(self.open_button, self.recovery_button)

        self.passphrase.textChanged.connect(self._update)
        self.passphrase.returnPressed.connect(self._request)
        self.open_button.clicked.connect(self._request)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self._update()

    def set_remember_option(self, unavailable: str | None, checked: bool) -> None:
        """Offer the checkbox only when a real keyring exists; otherwise say why not."""
        if unavailable is None:
            self.remember.setChecked(checked)
            self.remember.show()
            self.remember_note.hide()
        else:
            self.remember.setChecked(False)
            self.remember.hide()
            reason = unavailable.strip().rstrip(".")
            reason = reason[:1].upper() + reason[1:]
            self.remember_note.setText(
                QCoreApplication.translate(
                    "VaultScreens", "{reason}. U opent de kluis dus met uw wachtzin."
                ).format(reason=reason)
            )
            self.remember_note.show()

    def _update(self) -> None:
        self.open_button.setEnabled(bool(self.passphrase.text()))

    def _request(self) -> None:
        text = self.passphrase.text()
        if text and not self.is_busy():
            remember = not self.remember.isHidden() and self.remember.isChecked()
            self.unlock_requested.emit(text, remember)

    def show_wrong(self, text: str) -> None:
        """Say what went wrong under the field; keep the field focused and selected."""
        _show_message(self.message, text)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase.selectAll()

    def reset(self, message: str = "") -> None:
        self.passphrase.clear()
        _show_message(self.message, message)
        self.passphrase.setFocus()


class RecoverPage(Page):
    recover_requested = Signal(str, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("VaultScreens", "Herstelcode gebruiken"),
            QCoreApplication.translate(
                "VaultScreens",
                "Typ de herstelcode die u bij het maken van de kluis bewaarde, en kies "
                "meteen een nieuwe wachtzin. Hoofdletters en streepjes maken niet uit.",
            ),
            parent,
        )
        code_label = QLabel(QCoreApplication.translate("VaultScreens", "&Herstelcode:"), self.form)
        self.code = QLineEdit(self.form)
        self.code.setAccessibleName(QCoreApplication.translate("VaultScreens", "Herstelcode"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setFont(monospace_font(self.font()))
        code_label.setBuddy(self.code)
        self.form_layout.addWidget(code_label)
        self.form_layout.addWidget(self.code)
        self.code_message = self.add_message_label()
        self.passphrases = PassphrasePair(self.form)
        self.form_layout.addWidget(self.passphrases)
        self.message = self.add_message_label()

        buttons = QHBoxLayout()
        self.back_button = _button(
            QCoreApplication.translate("VaultScreens", "&Terug"),
            QCoreApplication.translate("VaultScreens", "Terug naar kluis openen"),
            self.form,
        )
        self.recover_button = _button(
            QCoreApplication.translate("VaultScreens", "He&rstellen en openen"),
            QCoreApplication.translate("VaultScreens", "Herstellen en openen"),
            self.form,
            primary=True,
        )
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        self.form_layout.addLayout(buttons)
        QWidget.setTabOrder(self.code, self.passphrases.first)
        QWidget.setTabOrder(self.passphrases.second, self.recover_button)
        QWidget.setTabOrder(self.recover_button, self.back_button)

        self.code.textChanged.connect(self._update)
        self.code.returnPressed.connect(self.passphrases.first.setFocus)
        self.passphrases.changed.connect(self._update)
        self.passphrases.submitted.connect(self._request)
        self.recover_button.clicked.connect(self._request)
        self.back_button.clicked.connect(self.back_requested)
        self._update()

    def _ready(self) -> bool:
        return bool(self.code.text().strip()) and self.passphrases.is_ready()

    def _update(self) -> None:
        self.recover_button.setEnabled(self._ready())

    def _request(self) -> None:
        if self._ready() and not self.is_busy():
            _show_message(self.code_message, "")
            _show_message(self.message, "")
            self.recover_requested.emit(self.code.text(), self.passphrases.passphrase())

    def show_wrong_code(self, text: str) -> None:
        _show_message(self.code_message, text)
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code.selectAll()

    def show_error(self, text: str) -> None:
        _show_message(self.message, text)

    def reset(self) -> None:
        self.code.clear()
        self.passphrases.clear()
        _show_message(self.code_message, "")
        _show_message(self.message, "")
        self.code.setFocus()


class VaultScreens(QStackedWidget):
    """Every start page, one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultScreens")
        self.checking = CheckingPage(self)
        self.create = CreatePage(self)
        self.recovery_code = RecoveryCodePage(self)
        self.demo_offer = DemoOfferPage(self)
        self.unlock = UnlockPage(self)
        self.recover = RecoverPage(self)
        for page in (
            self.checking,
            self.create,
            self.recovery_code,
            self.demo_offer,
            self.unlock,
            self.recover,
        ):
            self.addWidget(page)

    def show_page(self, page: Page) -> None:
        self.setCurrentWidget(page)


# --------------------------------------------------------------------------- controller


class VaultController(QObject):
    """Runs the vault use cases off the GUI thread and walks the coach through the pages."""

    unlocked = Signal(object)  # an OpenVault, handed over to the main window
    notice = Signal(str)  # a short remark for the status bar (never client content)

    def __init__(
        self,
        service: VaultService,
        screens: VaultScreens,
        runner: TaskRunner,
        dialogs: Dialogs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._screens = screens
        self._runner = runner
        self._dialogs = dialogs
        self._setup_vault: OpenVault | None = None  # created, not yet handed over
        self._recovery_code: str | None = None
        self._keyring_unavailable: str | None = None
        self._keyring_known = False  # asked in a worker: a keyring can be slow to answer
        self._remembered = False
        self._shutting_down = False

        screens.create.create_requested.connect(self._create)
        screens.recovery_code.print_requested.connect(self._print_code)
        screens.recovery_code.continue_requested.connect(self._code_stored)
        screens.demo_offer.load_requested.connect(self._load_demo)
        screens.demo_offer.skip_requested.connect(self._finish_setup)
        screens.unlock.unlock_requested.connect(self._unlock)
        screens.unlock.recovery_requested.connect(self._show_recover)
        screens.recover.recover_requested.connect(self._recover)
        screens.recover.back_requested.connect(self.show_unlock)

    # -- entry points

    def start(self) -> None:
        """A new vault when there is none; else try the remembered key, then ask."""
        if not self._service.exists():
            self._screens.create.reset()
            self._screens.show_page(self._screens.create)
            return
        self._screens.show_page(self._screens.checking)
        service = self._service

        def work() -> tuple[OpenVault | None, str | None]:
            unavailable = service.remember_availability()
            vault = service.unlock_remembered() if unavailable is None else None
            return vault, unavailable

        def done(result: tuple[OpenVault | None, str | None]) -> None:
            vault, unavailable = result
            self._set_keyring(unavailable)
            if vault is not None:
                self._remembered = True
                self._hand_over(vault)
            else:
                self.show_unlock()

        def failed(exc: BaseException) -> None:
            self.show_unlock(describe_failure(exc))

        self._run(work, done, failed)

    def show_unlock(self, message: str = "") -> None:
        if not self._keyring_known:
            self._set_keyring(self._service.remember_availability())
        page = self._screens.unlock
        page.set_remember_option(self._keyring_unavailable, self._remembered)
        page.reset(message)
        self._screens.show_page(page)
        page.passphrase.setFocus()

    def shutdown(self) -> None:
        """The window closes: finish running work and drop a vault not yet handed over."""
        self._shutting_down = True
        self._runner.wait()
        self._drop_setup_vault()

    # -- plumbing

    def _set_keyring(self, unavailable: str | None) -> None:
        self._keyring_unavailable = unavailable
        self._keyring_known = True

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._runner.submit(work, done, failed)

    def _busy(self, page: Page, text: str) -> Callable[[], None]:
        page.set_busy(True, text)
        return lambda: page.set_busy(False)

    def _hand_over(self, vault: OpenVault) -> None:
        if self._shutting_down:
            vault.close()
            return
        self.unlocked.emit(vault)

    def _drop_setup_vault(self) -> None:
        self._recovery_code = None
        self._screens.recovery_code.clear()
        if self._setup_vault is not None:
            self._setup_vault.close()
            self._setup_vault = None

    # -- creating

    def _create(self, passphrase: str) -> None:
        page = self._screens.create
        idle = self._busy(
            page,
            QCoreApplication.translate("VaultScreens", "De kluis wordt gemaakt en versleuteld…"),
        )
        service = self._service

        def work() -> tuple[CreatedVault, str | None]:
            created = service.create(passphrase)
            return created, service.remember_availability()

        def done(result: tuple[CreatedVault, str | None]) -> None:
            idle()
            page.reset()
            created, unavailable = result
            self._set_keyring(unavailable)
            if self._shutting_down:
                created.vault.close()
                return
            self._setup_vault = created.vault
            self._recovery_code = created.recovery_code
            self._screens.recovery_code.show_code(created.recovery_code)
            self._screens.show_page(self._screens.recovery_code)

        def failed(exc: BaseException) -> None:
            idle()
            page.show_error(describe_failure(exc))

        self._run(work, done, failed)

    def _print_code(self) -> None:
        if self._recovery_code is None:
            return
        page = self._screens.recovery_code
        title = QCoreApplication.translate("VaultScreens", "genwerkt: herstelcode")
        lead = QCoreApplication.translate(
            "VaultScreens", "Deze code opent uw genwerkt-kluis als u de wachtzin vergeet."
        )
        keep = QCoreApplication.translate(
            "VaultScreens", "Bewaar dit blad op een veilige plek, niet bij de laptop."
        )
        sheet = (
            f"<h2>{html.escape(title)}</h2><p>{html.escape(lead)}</p>"
            "<p style='font-family: monospace; font-size: x-large;'>"
            f"{html.escape(self._recovery_code)}</p><p>{html.escape(keep)}</p>"
        )
        try:
            printed = self._dialogs.print_document(page.window(), title, sheet)
        except Exception as exc:
            page.show_message(describe_failure(exc))
            return
        if printed:
            page.show_message("")
            page.stored.setFocus()

    def _code_stored(self) -> None:
        if not self._screens.recovery_code.stored.isChecked():
            return
        self._recovery_code = None
        self._screens.recovery_code.clear()
        self._screens.demo_offer.show_error("")
        self._screens.show_page(self._screens.demo_offer)
        self._screens.demo_offer.yes_button.setFocus()

    def _load_demo(self) -> None:
        vault = self._setup_vault
        if vault is None:
            return
        page = self._screens.demo_offer
        idle = self._busy(
            page, QCoreApplication.translate("VaultScreens", "De voorbeelddossiers worden geladen…")
        )

        def done(imported: list[Any]) -> None:
            idle()
            self._finish_setup()
            self.notice.emit(
                QCoreApplication.translate(
                    "VaultScreens", "{count} fictieve voorbeelddossiers geladen."
                ).format(count=len(imported))
            )

        def failed(exc: BaseException) -> None:
            idle()
            page.show_error(
                describe_failure(exc)
                + " "
                + QCoreApplication.translate("VaultScreens", "U kunt ook leeg beginnen.")
            )

        self._run(lambda: load_demo(vault), done, failed)

    def _finish_setup(self) -> None:
        vault = self._setup_vault
        if vault is None:
            return
        self._setup_vault = None
        self._hand_over(vault)

    # -- opening

    def _unlock(self, passphrase: str, remember: bool) -> None:
        page = self._screens.unlock
        idle = self._busy(
            page, QCoreApplication.translate("VaultScreens", "De kluis wordt geopend…")
        )
        service = self._service
        offer = self._keyring_unavailable is None
        was_remembered = self._remembered

        def work() -> tuple[OpenVault, str | None]:
            vault = service.unlock(passphrase)
            warning = None
            try:
                if offer and remember:
                    service.remember_on_device(vault)
                elif offer and was_remembered:
                    service.forget_on_device()
            except GenwerktError as exc:
                warning = str(exc)
            return vault, warning

        def done(result: tuple[OpenVault, str | None]) -> None:
            idle()
            vault, warning = result
            if offer and warning is None:
                self._remembered = remember
            page.reset()
            self._hand_over(vault)
            if warning:
                self.notice.emit(
                    QCoreApplication.translate(
                        "VaultScreens", "Onthouden op dit apparaat lukte niet: {reason}."
                    ).format(reason=warning.rstrip("."))
                )

        def failed(exc: BaseException) -> None:
            idle()
            if isinstance(exc, WrongPassphrase):
                page.show_wrong(
                    QCoreApplication.translate(
                        "VaultScreens",
                        "Deze wachtzin opent de kluis niet. Let op hoofdletters, spaties "
                        "en leestekens, en probeer opnieuw.",
                    )
                )
            else:
                page.show_wrong(describe_failure(exc))

        self._run(work, done, failed)

    def _show_recover(self) -> None:
        self._screens.unlock.reset()
        self._screens.recover.reset()
        self._screens.show_page(self._screens.recover)
        self._screens.recover.code.setFocus()

    def _recover(self, code: str, new_passphrase: str) -> None:
        page = self._screens.recover
        idle = self._busy(
            page,
            QCoreApplication.translate(
                "VaultScreens", "De kluis wordt geopend met de herstelcode…"
            ),
        )
        service = self._service

        def done(vault: OpenVault) -> None:
            idle()
            page.reset()
            self._hand_over(vault)
            self.notice.emit(
                QCoreApplication.translate(
                    "VaultScreens", "De kluis is open. Gebruik voortaan uw nieuwe wachtzin."
                )
            )

        def failed(exc: BaseException) -> None:
            idle()
            if isinstance(exc, WrongPassphrase):
                page.show_wrong_code(
                    QCoreApplication.translate(
                        "VaultScreens",
                        "Deze herstelcode past niet bij deze kluis. Controleer elke groep tekens.",
                    )
                )
            else:
                page.show_error(describe_failure(exc))

        self._run(lambda: service.unlock_with_recovery(code, new_passphrase), done, failed)
