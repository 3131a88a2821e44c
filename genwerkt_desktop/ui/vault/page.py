"""The shared look of every start page: a centred card, a message line, a busy line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.ui.style import make_title

CARD_MIN_CHARS = 62
CARD_MAX_CHARS = 70


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
        name = QLabel(QCoreApplication.translate("VaultScreens", "genwerkt"), self)
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


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def make_button(
    text: str, accessible: str, parent: QWidget, *, primary: bool = False
) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    if primary:
        button.setObjectName("primaryButton")
        button.setDefault(True)
        button.setAutoDefault(True)
    return button


def password_field(accessible: str, parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setMinimumWidth(field.fontMetrics().averageCharWidth() * 32)
    return field
