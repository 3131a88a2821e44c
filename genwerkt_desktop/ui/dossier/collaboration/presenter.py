"""What the Samenwerking tab asks and shows: the consents, referrals and meetings of the
dossier, named from the dossier and the sociale kaart; which dialog to open; what a
partner sheet may carry (the domain's consent rules decide, see domain/consent.py).

Every write goes through ``controller.edit`` with the tab as initiator; the sociale kaart
and the coach's name are read through :class:`Operations`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.consent import consent_is_valid, shareable_view
from genwerkt_desktop.domain.model import (
    Consent,
    Dossier,
    Goal,
    Meeting,
    Organisation,
    Referral,
)
from genwerkt_desktop.domain.shared_items import meeting_organisation_ids
from genwerkt_desktop.services.coach_profile import load_profile
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.services.exports import Audience, ExportKind
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.forms import FormDialog
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.worker import TaskRunner

from .consent_dialog import ConsentDialog, RevokeDialog
from .labels import state_label
from .meeting_dialog import MeetingDialog
from .models import (
    ConsentRow,
    MeetingRow,
    ReferralRow,
    consent_rows,
    meeting_rows,
    org_names,
    referral_rows,
)
from .org_choice import OrganisationChoice
from .pop_step_dialog import AgreementStepDialog
from .referral_dialog import ReferralDialog
from .sections import ConsentSection, MeetingSection, ReferralSection


class CollaborationScreen(Protocol):
    """The view the presenter drives: three sections, one open form at a time."""

    consents: ConsentSection
    referrals: ReferralSection
    meetings: MeetingSection

    def widget(self) -> QWidget: ...

    def open_form(self, dialog: FormDialog, submitted: Callable[[Any], None]) -> None: ...

    def close_form(self) -> None: ...

    def show_notice(self, text: str) -> None: ...


class CollaborationPresenter(QObject):
    def __init__(
        self,
        view: CollaborationScreen,
        controller: DossierController,
        dialogs: Dialogs,
        clock: Clock,
        workspace: Workspace,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._controller = controller
        self._dialogs = dialogs
        self._clock = clock
        self._directory_service = workspace.directory
        self._paths = workspace.vault.paths
        self._ops = Operations(runner, self)
        self.exports = ExportFlow(workspace, runner, dialogs, self)
        self._dossier: Dossier | None = None
        self._directory: list[Organisation] = []

        view.consents.add_requested.connect(self.add_consent)
        view.consents.edit_requested.connect(self.edit_consent)
        view.consents.revoke_requested.connect(self.revoke_consent)
        view.consents.delete_requested.connect(self.delete_consent)
        view.referrals.add_requested.connect(self.add_referral)
        view.referrals.edit_requested.connect(self.edit_referral)
        view.referrals.sheet_requested.connect(self.export_referral)
        view.referrals.delete_requested.connect(self.delete_referral)
        view.meetings.add_requested.connect(self.add_meeting)
        view.meetings.edit_requested.connect(self.edit_meeting)
        view.meetings.step_requested.connect(self.agreement_to_step)
        view.meetings.sheet_requested.connect(self.export_meeting)
        view.meetings.delete_requested.connect(self.delete_meeting)

    # ------------------------------------------------------------------ the page contract

    def set_dossier(self, dossier: Dossier) -> None:
        self._dossier = dossier
        self._show_rows()
        self._read_directory()

    def keep(self, dossier: Dossier) -> None:
        """Our own save came back: new rows, the same rows chosen; the sociale kaart
        did not change."""
        self._dossier = dossier
        self._show_rows()

    def clear(self) -> None:
        self._ops.drop_all()
        self._dossier = None
        self._directory = []
        for section in (self._view.consents, self._view.referrals, self._view.meetings):
            section.model.clear()
        self._view.show_notice("")
        self._view.close_form()

    # ------------------------------------------------------------------ reading

    def choice(self) -> OrganisationChoice:
        dossier = self._dossier
        known = {o.id: o for o in (dossier.organisations if dossier else ())}
        known.update({o.id: o for o in self._directory})
        return OrganisationChoice(
            tuple(known.values()), dossier.consents if dossier else (), self._clock.today()
        )

    def _read_directory(self) -> None:
        def read(organisations: list[Organisation]) -> None:
            self._directory = organisations
            self._view.show_notice("")
            self._show_rows()

        def unread(_exc: BaseException) -> None:
            self._view.show_notice(
                QCoreApplication.translate(
                    "CollaborationTab",
                    "De sociale kaart kon niet gelezen worden: alleen de diensten van dit "
                    "dossier staan erbij.",
                )
            )

        self._ops.query(
            self._directory_service.organisations, read, key="directory", failure=unread
        )

    def _show_rows(self) -> None:
        dossier = self._dossier
        if dossier is None:
            return
        today = self._clock.today()
        names = org_names(dossier, self._directory)
        zone = getattr(self._clock, "zone", None)  # the system clock's real time zone
        self._view.consents.show_rows(consent_rows(dossier, names, today))
        self._view.referrals.show_rows(referral_rows(dossier, names, today))
        self._view.meetings.show_rows(meeting_rows(dossier, names, today, zone))

    # ------------------------------------------------------------------ writing

    def _save(self, work: Callable[[DossierEdits, str], Changes]) -> None:
        self._controller.edit(work, initiator=self._view)

    # -- consent

    def add_consent(self) -> None:
        if self._dossier is not None:
            dialog = ConsentDialog(None, self.choice(), self._clock.today(), self._view.widget())
            self._view.open_form(dialog, self._save_consent)

    def edit_consent(self) -> None:
        row = self._view.consents.selected()
        if isinstance(row, ConsentRow):
            dialog = ConsentDialog(
                row.consent, self.choice(), self._clock.today(), self._view.widget()
            )
            self._view.open_form(dialog, self._save_consent)

    def revoke_consent(self) -> None:
        row = self._view.consents.selected()
        if isinstance(row, ConsentRow):
            dialog = RevokeDialog(
                row.consent, row.organisation, self._clock.today(), self._view.widget()
            )
            self._view.open_form(dialog, self._save_consent)

    def _save_consent(self, consent: Consent) -> None:
        self._save(lambda edits, cid: edits.save_consent(cid, consent))

    def delete_consent(self) -> None:
        row = self._view.consents.selected()
        if not isinstance(row, ConsentRow):
            return
        if self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("CollaborationTab", "Toestemming verwijderen"),
            QCoreApplication.translate(
                "CollaborationTab",
                "Deze toestemming voor {name} helemaal verwijderen? Wil de cliënt ze "
                "terugnemen, kies dan liever Intrekken: dan blijft de geschiedenis bewaard.",
            ).format(name=row.organisation),
        ):
            consent_id = row.consent.id
            self._save(lambda edits, cid: edits.delete_consent(cid, consent_id))

    # -- referral

    def add_referral(self) -> None:
        if self._dossier is not None:
            dialog = ReferralDialog(None, self.choice(), self._clock, self._view.widget())
            self._view.open_form(dialog, self._save_referral)

    def edit_referral(self) -> None:
        row = self._view.referrals.selected()
        if isinstance(row, ReferralRow):
            dialog = ReferralDialog(row.referral, self.choice(), self._clock, self._view.widget())
            self._view.open_form(dialog, self._save_referral)

    def _save_referral(self, referral: Referral) -> None:
        self._save(lambda edits, cid: edits.save_referral(cid, referral))

    def delete_referral(self) -> None:
        row = self._view.referrals.selected()
        if isinstance(row, ReferralRow) and self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("CollaborationTab", "Doorverwijzing verwijderen"),
            QCoreApplication.translate(
                "CollaborationTab", "De doorverwijzing naar {name} met al haar stappen verwijderen?"
            ).format(name=row.organisation),
        ):
            referral_id = row.referral.id
            self._save(lambda edits, cid: edits.delete_referral(cid, referral_id))

    def export_referral(self, audience: Audience) -> None:
        row = self._view.referrals.selected()
        if not isinstance(row, ReferralRow) or self._dossier is None:
            return
        referral: Referral = row.referral
        if audience is Audience.PARTNER and not self._may_share(
            [referral.organisation_id],
            QCoreApplication.translate("CollaborationTab", "dit doorverwijsblad"),
        ):
            return
        who = "partner" if audience is Audience.PARTNER else "client"
        self.exports.save(
            self._view.widget(),
            ExportKind.REFERRAL,
            self._dossier.client.id,
            f"doorverwijzing {row.organisation} {who}.pdf",
            item_id=referral.id,
            audience=audience,
        )

    # -- meeting

    def add_meeting(self) -> None:
        """A new meeting names the coach among those at the table (read in the worker)."""
        if self._dossier is None:
            return
        paths = self._paths

        def offer(coach: str) -> None:
            dialog = MeetingDialog(None, self.choice(), self._clock, coach, self._view.widget())
            self._view.open_form(dialog, self._save_meeting)

        self._ops.query(
            lambda: load_profile(paths).name,
            offer,
            key="coach",
            failure=lambda _exc: offer(""),  # the coach adds their own name, as without one
        )

    def edit_meeting(self) -> None:
        row = self._view.meetings.selected()
        if isinstance(row, MeetingRow):
            dialog = MeetingDialog(
                row.meeting, self.choice(), self._clock, parent=self._view.widget()
            )
            self._view.open_form(dialog, self._save_meeting)

    def _save_meeting(self, meeting: Meeting) -> None:
        self._save(lambda edits, cid: edits.save_meeting(cid, meeting))

    def delete_meeting(self) -> None:
        row = self._view.meetings.selected()
        if isinstance(row, MeetingRow) and self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("CollaborationTab", "Overleg verwijderen"),
            QCoreApplication.translate(
                "CollaborationTab", "Dit overleg met zijn thema's en afspraken verwijderen?"
            ),
        ):
            meeting_id = row.meeting.id
            self._save(lambda edits, cid: edits.delete_meeting(cid, meeting_id))

    def agreement_to_step(self) -> None:
        row = self._view.meetings.selected()
        if not isinstance(row, MeetingRow) or self._dossier is None:
            return
        meeting: Meeting = row.meeting
        if not any(theme.agreements for theme in meeting.themes):
            self._dialogs.inform(
                self._view.widget(),
                QCoreApplication.translate("CollaborationTab", "Nog geen afspraken"),
                QCoreApplication.translate(
                    "CollaborationTab",
                    "Dit overleg heeft nog geen afspraken. Noteer ze eerst bij de thema's.",
                ),
            )
            return
        dialog = AgreementStepDialog(self._dossier, meeting, self._view.widget())
        self._view.open_form(dialog, self._save_goal)

    def _save_goal(self, goal: Goal) -> None:
        self._save(lambda edits, cid: edits.save_goal(cid, goal))

    def export_meeting(self, audience: Audience) -> None:
        row = self._view.meetings.selected()
        if not isinstance(row, MeetingRow) or self._dossier is None:
            return
        organisations = meeting_organisation_ids(row.meeting)
        if audience is Audience.PARTNER:
            if not organisations:
                self._dialogs.warn(
                    self._view.widget(),
                    QCoreApplication.translate("CollaborationTab", "Geen diensten aan tafel"),
                    QCoreApplication.translate(
                        "CollaborationTab",
                        "Voeg eerst de deelnemers van de diensten toe, met hun organisatie.",
                    ),
                )
                return
            if not self._may_share(
                organisations,
                QCoreApplication.translate("CollaborationTab", "dit blad voor de partners"),
            ):
                return
        who = "partners" if audience is Audience.PARTNER else "client"
        self.exports.save(
            self._view.widget(),
            ExportKind.MEETING,
            self._dossier.client.id,
            f"overleg {row.meeting.at:%Y-%m-%d} {who}.pdf",
            item_id=row.meeting.id,
            audience=audience,
        )

    def _may_share(self, organisation_ids: Sequence[str], what: str) -> bool:
        """Refuse when a receiver lacks a valid consent (the domain decides, as for the
        sheet itself); remind the coach of what the client does not want said."""
        dossier = self._dossier
        assert dossier is not None
        today = self._clock.today()
        choice = self.choice()
        names = org_names(dossier, self._directory)
        lacking = shareable_view(dossier, organisation_ids, today).missing
        if lacking:
            listed = ", ".join(
                f"{names.get(o, '?')} ({state_label(choice.state(o)).lower()})" for o in lacking
            )
            self._dialogs.warn(
                self._view.widget(),
                QCoreApplication.translate("CollaborationTab", "Geen geldige toestemming"),
                QCoreApplication.translate(
                    "CollaborationTab",
                    "Voor {what} is een geldige toestemming van de cliënt nodig. Die ontbreekt "
                    "voor: {orgs}. Leg ze eerst samen met de cliënt vast.",
                ).format(what=what, orgs=listed),
            )
            return False
        quiet = [
            f"{names.get(c.organisation_id, '?')}: {c.not_to_share}"
            for c in dossier.consents
            if c.organisation_id in organisation_ids
            and c.not_to_share
            and consent_is_valid(c, today)
        ]
        if quiet:
            self._dialogs.inform(
                self._view.widget(),
                QCoreApplication.translate("CollaborationTab", "Wat de cliënt niet gezegd wil"),
                QCoreApplication.translate(
                    "CollaborationTab",
                    "Het blad vermeldt dit niet, maar hou er rekening mee in het gesprek:\n{lines}",
                ).format(lines="\n".join(quiet)),
            )
        return True
