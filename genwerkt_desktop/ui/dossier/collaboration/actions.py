"""What the coach does in each section of the Samenwerking tab: which dialog opens with
what, and which write follows.  One small class per section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.model import Consent, Goal, Meeting, Referral
from genwerkt_desktop.services.coach_profile import load_profile
from genwerkt_desktop.services.paths import VaultPaths
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.operations import Operations

from .consent_dialog import ConsentDialog, RevokeDialog
from .context import CollaborationScreen, DossierContext
from .meeting_dialog import MeetingDialog
from .models import ConsentRow, MeetingRow, ReferralRow
from .pop_step_dialog import AgreementStepDialog
from .referral_dialog import ReferralDialog


class ConsentActions(QObject):
    """Record, change, revoke or remove what the client allows to share."""

    def __init__(
        self,
        view: CollaborationScreen,
        context: DossierContext,
        dialogs: Dialogs,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view, self._context, self._dialogs, self._clock = view, context, dialogs, clock
        section = view.consents
        section.add_requested.connect(self.add)
        section.edit_requested.connect(self.edit)
        section.revoke_requested.connect(self.revoke)
        section.delete_requested.connect(self.delete)

    def add(self) -> None:
        if self._context.dossier() is not None:
            dialog = ConsentDialog(
                None, self._context.choice(), self._clock.today(), self._view.widget()
            )
            self._view.open_form(dialog, self._save)

    def edit(self) -> None:
        row = self._view.consents.selected()
        if isinstance(row, ConsentRow):
            dialog = ConsentDialog(
                row.consent, self._context.choice(), self._clock.today(), self._view.widget()
            )
            self._view.open_form(dialog, self._save)

    def revoke(self) -> None:
        row = self._view.consents.selected()
        if isinstance(row, ConsentRow):
            dialog = RevokeDialog(
                row.consent, row.organisation, self._clock.today(), self._view.widget()
            )
            self._view.open_form(dialog, self._save)

    def delete(self) -> None:
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
            self._context.save(lambda edits, cid: edits.delete_consent(cid, consent_id))

    def _save(self, consent: Consent) -> None:
        self._context.save(lambda edits, cid: edits.save_consent(cid, consent))


class ReferralActions(QObject):
    """Start, follow or remove a warm referral."""

    def __init__(
        self,
        view: CollaborationScreen,
        context: DossierContext,
        dialogs: Dialogs,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view, self._context, self._dialogs, self._clock = view, context, dialogs, clock
        section = view.referrals
        section.add_requested.connect(self.add)
        section.edit_requested.connect(self.edit)
        section.delete_requested.connect(self.delete)

    def add(self) -> None:
        if self._context.dossier() is not None:
            dialog = ReferralDialog(None, self._context.choice(), self._clock, self._view.widget())
            self._view.open_form(dialog, self._save)

    def edit(self) -> None:
        row = self._view.referrals.selected()
        if isinstance(row, ReferralRow):
            dialog = ReferralDialog(
                row.referral, self._context.choice(), self._clock, self._view.widget()
            )
            self._view.open_form(dialog, self._save)

    def delete(self) -> None:
        row = self._view.referrals.selected()
        if isinstance(row, ReferralRow) and self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("CollaborationTab", "Doorverwijzing verwijderen"),
            QCoreApplication.translate(
                "CollaborationTab", "De doorverwijzing naar {name} met al haar stappen verwijderen?"
            ).format(name=row.organisation),
        ):
            referral_id = row.referral.id
            self._context.save(lambda edits, cid: edits.delete_referral(cid, referral_id))

    def _save(self, referral: Referral) -> None:
        self._context.save(lambda edits, cid: edits.save_referral(cid, referral))


class MeetingActions(QObject):
    """Plan, change or remove a meeting; turn one of its agreements into a POP step."""

    def __init__(
        self,
        view: CollaborationScreen,
        context: DossierContext,
        dialogs: Dialogs,
        clock: Clock,
        ops: Operations,
        profile_paths: VaultPaths,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view, self._context, self._dialogs, self._clock = view, context, dialogs, clock
        self._ops = ops
        self._profile_paths = profile_paths
        section = view.meetings
        section.add_requested.connect(self.add)
        section.edit_requested.connect(self.edit)
        section.step_requested.connect(self.agreement_to_step)
        section.delete_requested.connect(self.delete)

    def add(self) -> None:
        """A new meeting names the coach among those at the table (read in the worker)."""
        if self._context.dossier() is None:
            return
        paths = self._profile_paths

        def offer(coach: str) -> None:
            dialog = MeetingDialog(
                None, self._context.choice(), self._clock, coach, self._view.widget()
            )
            self._view.open_form(dialog, self._save)

        self._ops.query(
            lambda: load_profile(paths).name,
            offer,
            key="coach",
            failure=lambda _exc: offer(""),  # the coach adds their own name, as without one
        )

    def edit(self) -> None:
        row = self._view.meetings.selected()
        if isinstance(row, MeetingRow):
            dialog = MeetingDialog(
                row.meeting, self._context.choice(), self._clock, parent=self._view.widget()
            )
            self._view.open_form(dialog, self._save)

    def delete(self) -> None:
        row = self._view.meetings.selected()
        if isinstance(row, MeetingRow) and self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("CollaborationTab", "Overleg verwijderen"),
            QCoreApplication.translate(
                "CollaborationTab", "Dit overleg met zijn thema's en afspraken verwijderen?"
            ),
        ):
            meeting_id = row.meeting.id
            self._context.save(lambda edits, cid: edits.delete_meeting(cid, meeting_id))

    def agreement_to_step(self) -> None:
        row, dossier = self._view.meetings.selected(), self._context.dossier()
        if not isinstance(row, MeetingRow) or dossier is None:
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
        dialog = AgreementStepDialog(dossier, meeting, self._view.widget())
        self._view.open_form(dialog, self._save_goal)

    def _save(self, meeting: Meeting) -> None:
        self._context.save(lambda edits, cid: edits.save_meeting(cid, meeting))

    def _save_goal(self, goal: Goal) -> None:
        self._context.save(lambda edits, cid: edits.save_goal(cid, goal))
