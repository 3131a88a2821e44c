"""The sheets of the Samenwerking tab: for the client, or for the partners of a referral
or a meeting.  A partner sheet goes only when every receiver holds a valid consent (the
domain decides, as for the sheet itself: domain/consent.py); before it is made, the
coach is reminded of what the client does not want said."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.consent import consent_is_valid, shareable_view
from genwerkt_desktop.domain.shared_items import meeting_organisation_ids
from genwerkt_desktop.services.exports import Audience, ExportKind
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.export_flow import ExportFlow

from .context import CollaborationScreen, DossierContext
from .labels import state_label
from .models import MeetingRow, ReferralRow


class PartnerSheets(QObject):
    def __init__(
        self,
        view: CollaborationScreen,
        context: DossierContext,
        exports: ExportFlow,
        dialogs: Dialogs,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view, self._context, self._dialogs, self._clock = view, context, dialogs, clock
        self._exports = exports
        view.referrals.sheet_requested.connect(self.referral_sheet)
        view.meetings.sheet_requested.connect(self.meeting_sheet)

    def referral_sheet(self, audience: Audience) -> None:
        row, dossier = self._view.referrals.selected(), self._context.dossier()
        if not isinstance(row, ReferralRow) or dossier is None:
            return
        referral = row.referral
        if audience is Audience.PARTNER and not self._may_share(
            [referral.organisation_id],
            QCoreApplication.translate("CollaborationTab", "dit doorverwijsblad"),
        ):
            return
        who = "partner" if audience is Audience.PARTNER else "client"
        self._exports.save(
            self._view.widget(),
            ExportKind.REFERRAL,
            dossier.client.id,
            f"doorverwijzing {row.organisation} {who}.pdf",
            item_id=referral.id,
            audience=audience,
        )

    def meeting_sheet(self, audience: Audience) -> None:
        row, dossier = self._view.meetings.selected(), self._context.dossier()
        if not isinstance(row, MeetingRow) or dossier is None:
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
        self._exports.save(
            self._view.widget(),
            ExportKind.MEETING,
            dossier.client.id,
            f"overleg {row.meeting.at:%Y-%m-%d} {who}.pdf",
            item_id=row.meeting.id,
            audience=audience,
        )

    def _may_share(self, organisation_ids: Sequence[str], what: str) -> bool:
        """Refuse when a receiver lacks a valid consent; remind what must not be said."""
        dossier = self._context.dossier()
        assert dossier is not None
        today = self._clock.today()
        names = self._context.names()
        lacking = shareable_view(dossier, organisation_ids, today).missing
        if lacking:
            choice = self._context.choice()
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
