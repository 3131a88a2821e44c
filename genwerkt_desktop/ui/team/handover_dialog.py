"""Overdragen: hand the open dossier to a colleague of the team.

The team's members are fetched in the worker; the coach picks one and confirms; the
handover runs through Operations (the holder's last changes go first), and from then on
this laptop's copy is read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.services.team.membership import Member
from genwerkt_desktop.services.team.sync import SyncReport
from genwerkt_desktop.ui.events import ChangeKind
from genwerkt_desktop.ui.operations import Failure
from genwerkt_desktop.ui.style import make_title, restyle
from genwerkt_desktop.ui.widgets.fields import hint_label

from . import texts
from .session import TeamSession


class HandoverDialog(QDialog):
    handed_over = Signal(str, str)  # client id, the colleague's role

    def __init__(
        self,
        session: TeamSession,
        client_id: str,
        client_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(QCoreApplication.translate("HandoverDialog", "Dossier overdragen"))
        self.setModal(True)
        self._session = session
        self._client_id = client_id
        title = QLabel(
            QCoreApplication.translate("HandoverDialog", "{name} overdragen").format(
                name=client_name
            ),
            self,
        )
        make_title(title, 1.2)
        intro = hint_label(
            QCoreApplication.translate(
                "HandoverDialog",
                "Uw laatste wijzigingen gaan eerst naar de teamserver. Daarna werkt de collega "
                "verder in het dossier en leest u op dit toestel een kopie.",
            ),
            self,
        )
        self.colleague = QComboBox(self)
        self.colleague.setAccessibleName(
            QCoreApplication.translate("HandoverDialog", "Collega die het dossier krijgt")
        )
        self.colleague.setEnabled(False)
        label = QLabel(QCoreApplication.translate("HandoverDialog", "&Aan:"), self)
        label.setBuddy(self.colleague)
        self.message = hint_label(
            QCoreApplication.translate("HandoverDialog", "De collega's worden opgehaald…"),
            self,
            muted=True,
        )
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            QCoreApplication.translate("HandoverDialog", "&Overdragen"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setObjectName("primaryButton")
        restyle(self.ok_button)
        self.ok_button.setEnabled(False)
        buttons.addButton(
            QCoreApplication.translate("HandoverDialog", "&Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.hand_over)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.colleague)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def load(self) -> None:
        """Ask the server who is in the team (with the session's password)."""
        self._session.with_password(self, self._fetch)

    def _fetch(self, password: str | None) -> None:
        membership = self._session.team.membership
        me = self._session.info.role if self._session.info else ""

        def done(members: list[Member]) -> None:
            # A coach sees only their own admission (RLS): a registered key is what counts.
            colleagues = [
                m for m in members if m.role != me and not m.left and m.fingerprint is not None
            ]
            self.colleague.clear()
            for member in colleagues:
                kind = (
                    QCoreApplication.translate("HandoverDialog", "teamverantwoordelijke")
                    if member.is_lead
                    else QCoreApplication.translate("HandoverDialog", "coach")
                )
                self.colleague.addItem(f"{member.role} ({kind})", member.role)
            self.colleague.setEnabled(bool(colleagues))
            self.ok_button.setEnabled(bool(colleagues))
            self.message.setText(
                ""
                if colleagues
                else QCoreApplication.translate(
                    "HandoverDialog", "Er is geen collega in het team om het aan over te dragen."
                )
            )
            self.message.setVisible(not colleagues)
            self.colleague.setFocus()

        def failed(exc: BaseException) -> None:
            self.message.setText(texts.failure_sentence(self._session.failed(exc), exc))

        self._session.ops.query(
            lambda: membership.members(password), done, key="members", failure=failed
        )

    def chosen(self) -> str:
        return str(self.colleague.currentData() or "")

    def hand_over(self) -> None:
        role = self.chosen()
        if not role:
            return
        self._session.with_password(self, lambda password: self._hand_over(role, password))

    def _hand_over(self, role: str, password: str | None) -> None:
        handover, events, client_id = (
            self._session.team.handover,
            self._session.events,
            self._client_id,
        )
        self.ok_button.setEnabled(False)
        self.colleague.setEnabled(False)
        self.message.setText(
            QCoreApplication.translate("HandoverDialog", "Het dossier wordt overgedragen…")
        )
        self.message.show()

        def done(_report: SyncReport) -> None:
            self.handed_over.emit(client_id, role)
            self.accept()

        def failed(failure: Failure) -> None:
            self.message.setText(
                texts.failure_sentence(self._session.failed(failure.error), failure.error)
            )
            self.ok_button.setEnabled(True)
            self.colleague.setEnabled(True)

        self._session.ops.write(
            lambda: handover.hand_over(client_id, role, password),
            done,
            announce=lambda _report: events.emit_change(ChangeKind.CLIENTS, client_id),
            failure=failed,
        )
