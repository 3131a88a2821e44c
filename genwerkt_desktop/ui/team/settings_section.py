"""The team part of Instellingen: connect this vault to the team's server, or see the link.

Not linked: the server's address, the team password, "Onthoud op dit toestel" (only when
the OS keyring can keep it, as for the vault key) and Verbinden.  Linked: server, role,
team, lead or coach, this laptop's key fingerprint to compare with the lead, whether the
password is remembered, whether the lead admitted this laptop yet, and Verbinding testen.
Every call to the server runs in the worker; a failure is said in one calm line here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.services.team.membership import Connected, LinkInfo, Member
from genwerkt_desktop.ui.operations import Failure
from genwerkt_desktop.ui.style import monospace_font
from genwerkt_desktop.ui.widgets.fields import hint_label, make_button, section_title

from . import texts
from .session import TeamSession


class TeamSettingsSection(QWidget):
    def __init__(self, session: TeamSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamSettings")
        self._session = session
        self._busy = False
        title = section_title(
            QCoreApplication.translate("TeamSettings", "Verbinding met de teamserver"), self
        )

        # -- not linked
        self.connect_page = QWidget(self)
        intro = hint_label(
            QCoreApplication.translate(
                "TeamSettings",
                "Werkt u in een team met een gedeelde teamserver? Vul het adres en het "
                "wachtwoord in dat de beheerder u gaf.",
            ),
            self.connect_page,
        )
        self.url = QLineEdit(self.connect_page)
        self.url.setPlaceholderText("postgresql://rol@server:5432/genwerkt?sslmode=verify-full")
        self.url.setAccessibleName(
            QCoreApplication.translate("TeamSettings", "Adres van de teamserver")
        )
        url_label = QLabel(QCoreApplication.translate("TeamSettings", "&Server:"), self)
        url_label.setBuddy(self.url)
        self.password = QLineEdit(self.connect_page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(
            QCoreApplication.translate("TeamSettings", "Teamwachtwoord")
        )
        password_label = QLabel(QCoreApplication.translate("TeamSettings", "&Wachtwoord:"), self)
        password_label.setBuddy(self.password)
        self.remember = QCheckBox(
            QCoreApplication.translate("TeamSettings", "&Onthoud op dit toestel"), self
        )
        self.remember.setToolTip(
            QCoreApplication.translate(
                "TeamSettings",
                "Het wachtwoord komt in de sleutelbos van het besturingssysteem, zoals de "
                "sleutel van de kluis; anders vraagt genwerkt het één keer per sessie.",
            )
        )
        self.connect_button = make_button(
            QCoreApplication.translate("TeamSettings", "&Verbinden"),
            QCoreApplication.translate("TeamSettings", "Verbinden met de teamserver"),
            self.connect_page,
            primary=True,
        )
        self.connect_button.clicked.connect(self.connect_to_team)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.addWidget(url_label, 0, 0)
        grid.addWidget(self.url, 0, 1)
        grid.addWidget(password_label, 1, 0)
        grid.addWidget(self.password, 1, 1)
        grid.addWidget(self.remember, 2, 1)
        connect_row = QHBoxLayout()
        connect_row.addWidget(self.connect_button)
        connect_row.addStretch(1)
        grid.addLayout(connect_row, 3, 1)
        connect_layout = QVBoxLayout(self.connect_page)
        connect_layout.setContentsMargins(0, 0, 0, 0)
        connect_layout.setSpacing(10)
        connect_layout.addWidget(intro)
        connect_layout.addLayout(grid)
        connect_layout.addStretch(1)

        # -- linked
        self.linked_page = QWidget(self)
        self.values: dict[str, QLabel] = {}
        linked_grid = QGridLayout()
        linked_grid.setHorizontalSpacing(16)
        linked_grid.setVerticalSpacing(6)
        linked_grid.setColumnStretch(1, 1)
        rows = (
            ("server", QCoreApplication.translate("TeamSettings", "Server:")),
            ("role", QCoreApplication.translate("TeamSettings", "Rol:")),
            ("team", QCoreApplication.translate("TeamSettings", "Team:")),
            ("kind", QCoreApplication.translate("TeamSettings", "Als:")),
            ("password", QCoreApplication.translate("TeamSettings", "Wachtwoord:")),
            ("admission", QCoreApplication.translate("TeamSettings", "Toelating:")),
            ("fingerprint", QCoreApplication.translate("TeamSettings", "Vingerafdruk:")),
        )
        for number, (key, text) in enumerate(rows):
            label = QLabel(text, self.linked_page)
            value = QLabel(self.linked_page)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setBuddy(value)
            self.values[key] = value
            linked_grid.addWidget(label, number, 0, Qt.AlignmentFlag.AlignTop)
            linked_grid.addWidget(value, number, 1)
        self.fingerprint = self.values["fingerprint"]
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(monospace_font(self.font()))
        self.fingerprint.setWordWrap(False)
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fingerprint.setAccessibleName(
            QCoreApplication.translate(
                "TeamSettings", "Vingerafdruk van de sleutel van dit toestel"
            )
        )
        self.fingerprint_hint = hint_label(
            QCoreApplication.translate(
                "TeamSettings",
                "Lees deze vingerafdruk voor aan de teamverantwoordelijke wanneer die u "
                "toelaat: alleen als beide dezelfde zijn, is het echt uw toestel.",
            ),
            self.linked_page,
            muted=True,
        )
        linked_grid.addWidget(self.fingerprint_hint, len(rows), 1)
        self.test_button = make_button(
            QCoreApplication.translate("TeamSettings", "Verbinding &testen"),
            QCoreApplication.translate("TeamSettings", "Verbinding met de teamserver testen"),
            self.linked_page,
        )
        self.test_button.clicked.connect(self.test_connection)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        linked_grid.addLayout(test_row, len(rows) + 1, 1)
        linked_layout = QVBoxLayout(self.linked_page)
        linked_layout.setContentsMargins(0, 0, 0, 0)
        linked_layout.addLayout(linked_grid)
        linked_layout.addStretch(1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.connect_page)
        self.pages.addWidget(self.linked_page)
        self.message = hint_label("", self)
        self.message.setObjectName("noticeText")
        self.message.setAccessibleName(QCoreApplication.translate("TeamSettings", "Teammelding"))
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        session.link_changed.connect(self._show)
        self._show(session.info)
        session.refresh()

    # -- what the coach does

    def connect_to_team(self) -> None:
        url = self.url.text().strip()
        password = self.password.text()
        if not url or self._busy:
            if not url:
                self._say(QCoreApplication.translate("TeamSettings", "Vul eerst het adres in."))
            return
        remember = self.remember.isChecked() and self.remember.isVisible()
        membership = self._session.team.membership
        self._set_busy(True)
        self._say(QCoreApplication.translate("TeamSettings", "Verbinden…"))

        def done(connected: Connected) -> None:
            self._set_busy(False)
            if not remember:
                self._session.keep_password(password)
            self.password.clear()
            if connected.admitted:
                self._say(
                    QCoreApplication.translate(
                        "TeamSettings", "Verbonden met het team {team}."
                    ).format(team=connected.team)
                )
            else:
                self._say(
                    QCoreApplication.translate(
                        "TeamSettings",
                        "Verbonden. De teamverantwoordelijke moet u nog toelaten: vergelijk "
                        "samen de vingerafdruk hieronder.",
                    )
                )
            self._session.refresh()

        self._session.ops.write(
            lambda: membership.connect(url, password or None, remember=remember),
            done,
            failure=self._failed,
        )

    def test_connection(self) -> None:
        if self._busy:
            return
        self._session.with_password(self, self._test)

    def _test(self, password: str | None) -> None:
        membership = self._session.team.membership
        self._set_busy(True)
        self._say(QCoreApplication.translate("TeamSettings", "De teamserver wordt gevraagd…"))

        def done(members: list[Member]) -> None:
            self._set_busy(False)
            me = next(
                (m for m in members if self._session.info and m.role == self._session.info.role),
                None,
            )
            if me is not None and me.admitted:
                self._say(
                    QCoreApplication.translate(
                        "TeamSettings", "De verbinding werkt. U bent toegelaten tot het team."
                    )
                )
            else:
                self._say(
                    QCoreApplication.translate(
                        "TeamSettings",
                        "De verbinding werkt. U wacht nog op toelating door de "
                        "teamverantwoordelijke.",
                    )
                )

        def failed(exc: BaseException) -> None:
            self._failed(Failure(str(exc), exc))

        self._session.ops.query(
            lambda: membership.members(password), done, key="test", failure=failed
        )

    # -- showing

    def _failed(self, failure: Failure) -> None:
        self._set_busy(False)
        kind = self._session.failed(failure.error)
        self._say(texts.failure_sentence(kind, failure.error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.connect_button.setEnabled(not busy)
        self.test_button.setEnabled(not busy)

    def _show(self, info: LinkInfo | None) -> None:
        self.remember.setVisible(self._session.keyring_available)
        if info is None:
            self.pages.setCurrentWidget(self.connect_page)
            return
        self.pages.setCurrentWidget(self.linked_page)
        self.values["server"].setText(info.url)
        self.values["role"].setText(info.role)
        self.values["team"].setText(info.team)
        self.values["kind"].setText(
            QCoreApplication.translate("TeamSettings", "teamverantwoordelijke")
            if info.is_lead
            else QCoreApplication.translate("TeamSettings", "coach")
        )
        self.values["password"].setText(
            QCoreApplication.translate("TeamSettings", "onthouden op dit toestel")
            if info.remember_password
            else QCoreApplication.translate(
                "TeamSettings", "niet onthouden: genwerkt vraagt het één keer per sessie"
            )
        )
        self.values["admission"].setText(
            QCoreApplication.translate("TeamSettings", "toegelaten")
            if info.admitted
            else QCoreApplication.translate(
                "TeamSettings", "wacht op toelating door de teamverantwoordelijke"
            )
        )
        self.fingerprint.setText(info.fingerprint)

    def tab_order(self) -> list[QWidget]:
        """The keyboard's way through the section (hidden ones are skipped by Qt)."""
        return [
            self.url,
            self.password,
            self.remember,
            self.connect_button,
            self.fingerprint,
            self.test_button,
        ]

    def clear(self) -> None:
        self.password.clear()
