"""A new passphrase typed twice, with a live strength meter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from genwerkt_desktop.domain.passphrase import MIN_LENGTH, Level, assess
from genwerkt_desktop.ui.style import restyle
from genwerkt_desktop.ui.vault.page import password_field


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
        self.first = password_field(
            QCoreApplication.translate("VaultScreens", "Nieuwe wachtzin"), self
        )
        self.second = password_field(
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
            label, hint = strength_words(strength.level)
            self.strength_text.setText(
                QCoreApplication.translate("VaultScreens", "Sterkte: {label}. {hint}").format(
                    label=label, hint=hint
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


def strength_words(level: Level) -> tuple[str, str]:
    """The meter's word and advice for ``level``, in the interface language."""
    if level is Level.TOO_SHORT:
        return (
            QCoreApplication.translate("Passphrase", "te kort"),
            QCoreApplication.translate("Passphrase", "Gebruik minstens {n} tekens.").format(
                n=MIN_LENGTH
            ),
        )
    if level is Level.WEAK:
        return (
            QCoreApplication.translate("Passphrase", "zwak"),
            QCoreApplication.translate(
                "Passphrase", "Te voorspelbaar: neem een zin van enkele woorden."
            ),
        )
    if level is Level.FAIR:
        return (
            QCoreApplication.translate("Passphrase", "redelijk"),
            QCoreApplication.translate(
                "Passphrase", "Bruikbaar; drie of vier losse woorden zijn sterker."
            ),
        )
    if level is Level.GOOD:
        return (
            QCoreApplication.translate("Passphrase", "goed"),
            QCoreApplication.translate("Passphrase", "Een extra woord maakt ze nog sterker."),
        )
    return (
        QCoreApplication.translate("Passphrase", "sterk"),
        QCoreApplication.translate("Passphrase", "Goed. Bewaar ze nergens op de laptop zelf."),
    )
