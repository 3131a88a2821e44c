"""What the Team area does when the coach asks: admit after comparing fingerprints,
remove with a new team key, open a conflict and act on the choice made there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt

from genwerkt_desktop.services.team.conflicts import DossierConflict
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.widgets.fields import failure_text

from .admit_dialog import AdmitDialog
from .conflict_dialog import ConflictDialog
from .controller import TeamController, TeamOverview
from .session import TeamSession
from .view import TeamView


class TeamPresenter(QObject):
    def __init__(
        self,
        view: TeamView,
        controller: TeamController,
        dialogs: Dialogs,
        parent: QObject | None = None,
        *,
        session: TeamSession | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._controller = controller
        self._dialogs = dialogs
        self._session = session  # the team password of this session, asked once
        self.admit_dialog: AdmitDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._notice = ""

        view.refresh_clicked.connect(self.refresh)
        view.admit_clicked.connect(self.ask_admit)
        view.remove_clicked.connect(self.ask_remove)
        view.conflict_chosen.connect(self.open_conflict)
        controller.overview_loaded.connect(self._show_overview)
        controller.overview_failed.connect(view.show_quiet)
        controller.admitted.connect(self._admitted)
        controller.removed.connect(self._removed)
        controller.write_failed.connect(self._write_failed)
        controller.conflict_loaded.connect(self._show_conflict)
        controller.conflict_failed.connect(view.show_quiet)
        controller.conflict_resolved.connect(self._resolved)
        controller.mine_saved.connect(self._mine_saved)

    def load(self) -> None:
        self._view.show_quiet(
            QCoreApplication.translate("TeamPresenter", "De stand van het team wordt opgehaald…")
        )
        self._controller.load(self._session.current_password() if self._session else None)

    def refresh(self) -> None:
        """Vernieuwen: asks for the team password first when this session has none, so a
        lead who does not keep it in the keyring can still see and admit the team."""
        self._with_password(lambda _password: self.load())

    def _with_password(self, then: Callable[[str | None], None]) -> None:
        if self._session is None or self._session.has_password():
            then(self._session.current_password() if self._session else None)
        else:
            self._session.with_password(self._view, then)

    def clear(self) -> None:
        self._controller.clear()
        for dialog in (self.admit_dialog, self.conflict_dialog):
            if dialog is not None:
                dialog.reject()
        self._view.clear()

    # -- members

    def ask_admit(self, role: str) -> None:
        overview = self._view.overview
        members = {m.role: m for m in overview.members} if overview else {}
        member = members.get(role)
        if member is None or member.fingerprint is None:
            return
        dialog = AdmitDialog(role, member.fingerprint, self._view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(
            lambda: self._with_password(lambda password: self._controller.admit(role, password))
        )
        dialog.finished.connect(lambda _result: self._forget_admit_dialog(dialog))
        self.admit_dialog = dialog
        dialog.open()

    def _forget_admit_dialog(self, dialog: AdmitDialog) -> None:
        if self.admit_dialog is dialog:
            self.admit_dialog = None

    def ask_remove(self, role: str) -> None:
        if not self._dialogs.ask_yes_no(
            self._view,
            QCoreApplication.translate("TeamPresenter", "Uit het team halen"),
            QCoreApplication.translate(
                "TeamPresenter",
                "{role} uit het team halen?\n\n"
                "Het team krijgt een nieuwe teamsleutel: {role} kan niets meer lezen wat "
                "vanaf nu gedeeld wordt. Wat {role} al op de eigen laptop heeft, blijft "
                "daar. Geef de dossiers die {role} in handen heeft eerst aan een collega.",
            ).format(role=role),
        ):
            return
        self._with_password(lambda password: self._controller.remove(role, password))

    def _admitted(self, role: str, fingerprint: str) -> None:
        self._notice = QCoreApplication.translate(
            "TeamPresenter",
            "{role} is toegelaten (vingerafdruk {fingerprint}); de teamsleutel komt bij de "
            "volgende synchronisatie van {role} aan.",
        ).format(role=role, fingerprint=fingerprint)
        self.load()

    def _removed(self, role: str, version: int) -> None:
        self._notice = QCoreApplication.translate(
            "TeamPresenter",
            "{role} is uit het team gehaald. De teamsleutel is vernieuwd (versie {version}); "
            "dossiers worden ermee verzegeld zodra ze opnieuw verstuurd worden.",
        ).format(role=role, version=version)
        self.load()

    def _write_failed(self, text: str) -> None:
        self._dialogs.warn(self._view, QCoreApplication.translate("TeamPresenter", "Team"), text)
        if self.conflict_dialog is not None:
            self.conflict_dialog.set_busy(False)

    def _show_overview(self, overview: TeamOverview) -> None:
        self._view.show_overview(overview)
        quiet = self._notice
        self._notice = ""
        if overview.unreachable is not None:
            offline = QCoreApplication.translate(
                "TeamPresenter",
                "De teamserver is nu niet bereikbaar; u ziet wat deze laptop het laatst "
                "hoorde. ({reason})",
            ).format(reason=failure_text(overview.unreachable).rstrip("."))
            quiet = f"{quiet}\n{offline}" if quiet else offline
        self._view.show_quiet(quiet)

    # -- conflicts

    def open_conflict(self, client_id: str) -> None:
        self._controller.load_conflict(client_id)

    def _show_conflict(self, conflict: DossierConflict) -> None:
        if self.conflict_dialog is not None:
            self.conflict_dialog.reject()
        dialog = ConflictDialog(conflict, self._view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.merge_requested.connect(lambda keep: self._merge(dialog, keep))
        dialog.save_requested.connect(lambda: self._save_mine(dialog))
        dialog.keep_server_requested.connect(lambda: self._keep_server(dialog))
        dialog.finished.connect(lambda _result: self._forget_conflict_dialog(dialog))
        self.conflict_dialog = dialog
        dialog.open()

    def _forget_conflict_dialog(self, dialog: ConflictDialog) -> None:
        if self.conflict_dialog is dialog:
            self.conflict_dialog = None

    def _merge(self, dialog: ConflictDialog, keep: list[str]) -> None:
        if not dialog.conflict.i_hold_it:
            return
        dialog.set_busy(True)
        self._controller.merge(dialog.conflict, keep)

    def _keep_server(self, dialog: ConflictDialog) -> None:
        conflict = dialog.conflict
        text = QCoreApplication.translate(
            "TeamPresenter",
            "De versie van de server houden voor het dossier van {name}?\n\n"
            "Wat alleen in uw versie staat, verdwijnt van deze laptop. Bewaar het eerst "
            "als bestand als u twijfelt.",
        ).format(name=conflict.client_name)
        if not self._dialogs.ask_yes_no(
            dialog, QCoreApplication.translate("TeamPresenter", "Versie van de server houden"), text
        ):
            return
        dialog.set_busy(True)
        self._controller.merge(conflict, [])

    def _save_mine(self, dialog: ConflictDialog) -> None:
        conflict = dialog.conflict
        out = self._dialogs.save_file(
            dialog,
            QCoreApplication.translate("TeamPresenter", "Mijn versie bewaren als bestand"),
            QCoreApplication.translate("TeamPresenter", "{name} - mijn versie.json").format(
                name=conflict.client_name
            ),
            QCoreApplication.translate("TeamPresenter", "Dossierbestand (*.json)"),
        )
        if out is None:
            return
        self._controller.save_mine(conflict, out)

    def _resolved(self, client_id: str) -> None:
        if self.conflict_dialog is not None and self.conflict_dialog.conflict.client_id == (
            client_id
        ):
            self.conflict_dialog.accept()
        self._notice = QCoreApplication.translate(
            "TeamPresenter", "Het conflict is opgelost; de volgende synchronisatie verstuurt het."
        )
        self.load()

    def _mine_saved(self, path: object) -> None:
        text = QCoreApplication.translate(
            "TeamPresenter",
            "Uw versie staat in {path}. Bezorg dit bestand aan wie het dossier heeft.",
        )
        self._view.show_quiet(text.format(path=path))
        if self.conflict_dialog is not None:
            self.conflict_dialog.explain.setText(text.format(path=path))
