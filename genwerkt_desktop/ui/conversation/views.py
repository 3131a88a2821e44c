"""What conversation mode looks like: the bar while the coach is with a client, the quiet
offer when a planned contact is now, and the button that starts it from the dossier.

Layout and signals only; :class:`~.presenter.ConversationPresenter` decides.  None of
these ever names a client: the dossier beside them does that.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from genwerkt_desktop.ui.widgets.fields import make_button, mark_primary

_BAR_STYLE = """
QFrame#conversationBar {
    background: #e8f1ec;
    border: 1px solid #bcd5c6;
    border-radius: 8px;
}
QFrame#conversationBar QLabel { background: transparent; color: #1d4a33; }
"""

_OFFER_STYLE = """
QFrame#conversationOffer {
    background: #eef3f4;
    border: 1px solid #c9d8dc;
    border-radius: 8px;
}
QFrame#conversationOffer QLabel { background: transparent; color: #173f4d; }
"""


def _bar_layout(frame: QFrame) -> QHBoxLayout:
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(12, 6, 8, 6)
    layout.setSpacing(8)
    return layout


class ConversationBar(QWidget):
    """Above the dossier while the coach is with a client: what is going on, the way back
    to the whole list, and the lock one click (or Ctrl+L) away.  The margin around the
    framed bar is its own, so the bar takes no room at all while hidden."""

    end_requested = Signal()
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame = QFrame(self)
        frame.setObjectName("conversationBar")
        frame.setStyleSheet(_BAR_STYLE)
        frame.setAccessibleName(QCoreApplication.translate("Conversation", "In gesprek"))
        self.title = QLabel(QCoreApplication.translate("Conversation", "In gesprek"), frame)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.text = QLabel(
            QCoreApplication.translate(
                "Conversation",
                "Alleen dit dossier is te zien; uw andere cliënten blijven uit beeld tot u "
                "het gesprek beëindigt.",
            ),
            frame,
        )
        self.text.setWordWrap(True)
        self.end_button = make_button(
            QCoreApplication.translate("Conversation", "Gesprek beëindigen"),
            QCoreApplication.translate(
                "Conversation", "Gesprek beëindigen en alle cliënten weer tonen"
            ),
            frame,
        )
        self.end_button.setToolTip(
            QCoreApplication.translate(
                "Conversation", "Terug naar het gewone venster met de lijst van cliënten"
            )
        )
        self.lock_button = make_button(
            QCoreApplication.translate("Conversation", "Vergrendelen (Ctrl+L)"),
            QCoreApplication.translate("Conversation", "Vergrendelen"),
            frame,
        )
        mark_primary(self.lock_button)
        self.lock_button.setToolTip(
            QCoreApplication.translate(
                "Conversation", "Sluit de kluis meteen af; openen vraagt uw wachtwoordzin"
            )
        )
        self.end_button.clicked.connect(self.end_requested)
        self.lock_button.clicked.connect(self.lock_requested)
        layout = _bar_layout(frame)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.end_button)
        layout.addWidget(self.lock_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 0)
        outer.addWidget(frame)
        self.hide()


class ConversationOffer(QFrame):
    """A quiet line above the tabs when this client's planned contact is now."""

    start_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationOffer")
        self.setStyleSheet(_OFFER_STYLE)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.start_button = make_button(
            QCoreApplication.translate("Conversation", "Gesprek starten"),
            QCoreApplication.translate("Conversation", "Gesprek starten met deze cliënt"),
            self,
        )
        self.later_button = make_button(
            QCoreApplication.translate("Conversation", "Niet nu"),
            QCoreApplication.translate("Conversation", "Dit voorstel verbergen"),
            self,
        )
        self.start_button.clicked.connect(self.start_requested)
        self.later_button.clicked.connect(self.dismissed)
        layout = _bar_layout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.start_button)
        layout.addWidget(self.later_button)
        self.hide()

    def offer(self, text: str) -> None:
        self.text.setText(text)
        self.show()

    def withdraw(self) -> None:
        self.hide()
        self.text.clear()


def start_button(parent: QWidget) -> QPushButton:
    """Gesprek starten, for the dossier's header."""
    button = make_button(
        QCoreApplication.translate("Conversation", "&Gesprek starten"),
        QCoreApplication.translate("Conversation", "Gesprek starten met deze cliënt"),
        parent,
    )
    button.setObjectName("startConversation")
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setToolTip(
        QCoreApplication.translate(
            "Conversation",
            "U zit bij deze cliënt: alleen dit dossier blijft zichtbaar en het vergrendelen "
            "wacht langer",
        )
    )
    button.hide()
    return button
