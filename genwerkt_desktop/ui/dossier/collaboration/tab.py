"""Samenwerking: what the client allows to share with whom, the warm referrals, and the
meetings around the client; with the sheets for the client and for the partners.

Every organisation shows its consent state (a word, a sign and a colour).  A partner
sheet is only offered when every receiving service holds a valid consent; before it is
made, the coach is reminded of what the client does not want said.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.consent import ConsentState
from genwerkt_desktop.domain.model import Dossier, Meeting, Organisation, Referral
from genwerkt_desktop.domain.shared_items import meeting_organisation_ids
from genwerkt_desktop.services.coach_profile import load_profile
from genwerkt_desktop.services.exports import Audience, ExportKind
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.forms import FormDialog
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.widgets.table_model import set_column_widths
from genwerkt_desktop.ui.worker import TaskRunner

from .consent_dialog import ConsentDialog, RevokeDialog
from .labels import state_label
from .meeting_dialog import MeetingDialog
from .models import (
    ConsentModel,
    ConsentRow,
    MeetingModel,
    MeetingRow,
    ReferralModel,
    ReferralRow,
    consent_rows,
    meeting_rows,
    org_names,
    referral_rows,
)
from .org_choice import OrganisationChoice
from .pop_step_dialog import AgreementStepDialog
from .referral_dialog import ReferralDialog
from .section import Section


class CollaborationTab(QWidget):
    parts = frozenset({Part.CLIENT, Part.COLLABORATION, Part.DOMAINS})

    def __init__(
        self,
        controller: DossierController,
        dialogs: Dialogs,
        clock: Clock,
        workspace: Workspace,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tabPage")
        self._controller = controller
        self._dialogs = dialogs
        self._clock = clock
        self._workspace = workspace
        self._runner = runner
        self._dossier: Dossier | None = None
        self._directory: list[Organisation] = []
        self._generation = 0
        self.exports = ExportFlow(workspace, runner, dialogs, self)
        self.dialog: FormDialog | None = None  # the form that is open, for tests

        self.consents = Section(
            QCoreApplication.translate("CollaborationTab", "Toestemming"),
            QCoreApplication.translate(
                "CollaborationTab",
                "Per dienst: wat de cliënt laat delen. Zonder geldige toestemming gaat er niets.",
            ),
            ConsentModel(self),
            ConsentModel.COL_CATEGORIES,
            self,
        )
        self.consents.set_empty_text(
            QCoreApplication.translate("CollaborationTab", "Nog geen toestemming vastgelegd.")
        )
        self.consents.button(
            QCoreApplication.translate("CollaborationTab", "Toestemming &vastleggen…"),
            QCoreApplication.translate("CollaborationTab", "Toestemming vastleggen"),
            self.add_consent,
            needs_row=False,
        )
        self.consents.button(
            QCoreApplication.translate("CollaborationTab", "&Wijzigen…"),
            QCoreApplication.translate("CollaborationTab", "Toestemming wijzigen"),
            self.edit_consent,
        )
        self.consents.button(
            QCoreApplication.translate("CollaborationTab", "&Intrekken…"),
            QCoreApplication.translate("CollaborationTab", "Toestemming intrekken"),
            self.revoke_consent,
        )
        self.consents.button(
            QCoreApplication.translate("CollaborationTab", "Verwijderen…"),
            QCoreApplication.translate("CollaborationTab", "Toestemming verwijderen"),
            self.delete_consent,
        )
        self.consents.view.activated.connect(lambda _i: self.edit_consent())
        self.consents.on_delete_key(self.delete_consent)

        self.referrals = Section(
            QCoreApplication.translate("CollaborationTab", "Doorverwijzingen"),
            QCoreApplication.translate(
                "CollaborationTab", "Samen met de cliënt naar een andere dienst, in zeven stappen."
            ),
            ReferralModel(self),
            ReferralModel.COL_NEED,
            self,
        )
        self.referrals.set_empty_text(
            QCoreApplication.translate("CollaborationTab", "Nog geen doorverwijzing.")
        )
        self.referrals.button(
            QCoreApplication.translate("CollaborationTab", "Nieuwe &doorverwijzing…"),
            QCoreApplication.translate("CollaborationTab", "Nieuwe doorverwijzing"),
            self.add_referral,
            needs_row=False,
        )
        self.referrals.button(
            QCoreApplication.translate("CollaborationTab", "Bewerke&n…"),
            QCoreApplication.translate("CollaborationTab", "Doorverwijzing bewerken"),
            self.edit_referral,
        )
        self.referrals.button(
            QCoreApplication.translate("CollaborationTab", "Blad voor de &cliënt…"),
            QCoreApplication.translate("CollaborationTab", "Afsprakenblad voor de cliënt"),
            lambda: self.export_referral(Audience.CLIENT),
        )
        self.referrals.button(
            QCoreApplication.translate("CollaborationTab", "Blad voor de &partner…"),
            QCoreApplication.translate("CollaborationTab", "Doorverwijsblad voor de partner"),
            lambda: self.export_referral(Audience.PARTNER),
        )
        self.referrals.button(
            QCoreApplication.translate("CollaborationTab", "Verwijderen…"),
            QCoreApplication.translate("CollaborationTab", "Doorverwijzing verwijderen"),
            self.delete_referral,
        )
        self.referrals.view.activated.connect(lambda _i: self.edit_referral())
        self.referrals.on_delete_key(self.delete_referral)

        self.meetings = Section(
            QCoreApplication.translate("CollaborationTab", "Overleg"),
            QCoreApplication.translate(
                "CollaborationTab", "Cliëntoverleg en rondetafel: de cliënt staat centraal."
            ),
            MeetingModel(self),
            MeetingModel.COL_PURPOSE,
            self,
        )
        self.meetings.set_empty_text(
            QCoreApplication.translate("CollaborationTab", "Nog geen overleg gepland.")
        )
        self.meetings.button(
            QCoreApplication.translate("CollaborationTab", "Nieuw &overleg…"),
            QCoreApplication.translate("CollaborationTab", "Nieuw overleg plannen"),
            self.add_meeting,
            needs_row=False,
        )
        self.meetings.button(
            QCoreApplication.translate("CollaborationTab", "Bewer&ken…"),
            QCoreApplication.translate("CollaborationTab", "Overleg bewerken"),
            self.edit_meeting,
        )
        self.pop_button = self.meetings.button(
            QCoreApplication.translate("CollaborationTab", "Maak er een POP-&stap van…"),
            QCoreApplication.translate("CollaborationTab", "Afspraak wordt een POP-stap"),
            self.agreement_to_step,
        )
        self.meetings.button(
            QCoreApplication.translate("CollaborationTab", "Blad voor de cli&ënt…"),
            QCoreApplication.translate("CollaborationTab", "Voorbereidingsblad voor de cliënt"),
            lambda: self.export_meeting(Audience.CLIENT),
        )
        self.meetings.button(
            QCoreApplication.translate("CollaborationTab", "Blad voor de p&artners…"),
            QCoreApplication.translate("CollaborationTab", "Agenda en afspraken voor de partners"),
            lambda: self.export_meeting(Audience.PARTNER),
        )
        self.meetings.button(
            QCoreApplication.translate("CollaborationTab", "Verwijderen…"),
            QCoreApplication.translate("CollaborationTab", "Overleg verwijderen"),
            self.delete_meeting,
        )
        self.meetings.view.activated.connect(lambda _i: self.edit_meeting())
        self.meetings.on_delete_key(self.delete_meeting)

        org, badge = ["Sociaal Huis Leiemeersen"], ["✔ Toestemming ingetrokken"]
        set_column_widths(
            self.consents.view,
            {0: org, 1: badge, 3: ["Schriftelijk"], 4: ["00/00/0000"], 5: ["Ingetrokken op"]},
        )
        set_column_widths(
            self.referrals.view,
            {0: org, 1: badge, 3: ["Time-out tot 00/00/0000"], 4: ["5. Het eerste contact"]},
        )
        set_column_widths(
            self.meetings.view,
            {0: ["00/00/0000  00:00"], 1: badge, 2: ["Rondetafelgesprek"], 4: org * 2},
        )
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 4, 12, 4)
        for section in (self.consents, self.referrals, self.meetings):
            column.addWidget(section)
        column.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        self.clear()

    # ------------------------------------------------------------------ DossierPage

    def keep(self, dossier: Dossier) -> None:
        self.set_dossier(dossier)

    def set_dossier(self, dossier: Dossier) -> None:
        self._dossier = dossier
        self._refresh()
        self._load_directory()

    def clear(self) -> None:
        self._generation += 1
        self._dossier = None
        self._directory = []
        for section in (self.consents, self.referrals, self.meetings):
            section.model.clear()
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def commit_pending(self) -> None:
        """Nothing is typed outside a dialog; an open dialog is closed by the lock."""

    # ------------------------------------------------------------------ reading

    def _load_directory(self) -> None:
        self._generation += 1
        generation = self._generation
        directory = self._workspace.directory

        def loaded(orgs: list[Organisation]) -> None:
            if generation == self._generation and self._dossier is not None:
                self._directory = orgs
                self._refresh()

        self._runner.submit(directory.organisations, loaded, lambda _exc: None)

    def _refresh(self) -> None:
        dossier = self._dossier
        if dossier is None:
            return
        today = self._clock.today()
        names = org_names(dossier, self._directory)
        zone = getattr(self._clock, "zone", None)  # the system clock's real time zone
        for section, rows in (
            (self.consents, consent_rows(dossier, names, today)),
            (self.referrals, referral_rows(dossier, names, today)),
            (self.meetings, meeting_rows(dossier, names, today, zone)),
        ):
            chosen = section.selected()
            section.model.set_records(rows)
            if chosen is not None:
                section.select_id(str(getattr(chosen, "id", "")))

    def choice(self) -> OrganisationChoice:
        dossier = self._dossier
        known = {o.id: o for o in (dossier.organisations if dossier else ())}
        known.update({o.id: o for o in self._directory})
        return OrganisationChoice(
            tuple(known.values()), dossier.consents if dossier else (), self._clock.today()
        )

    # ------------------------------------------------------------------ dialogs

    def _open(self, dialog: FormDialog, save: object) -> None:
        self.dialog = dialog
        dialog.submitted.connect(save)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _save(self, work: object) -> None:
        self._controller.edit(work)  # type: ignore[arg-type]

    # -- consent

    def add_consent(self) -> None:
        if self._dossier is not None:
            self._open(
                ConsentDialog(None, self.choice(), self._clock.today(), self), self._save_consent
            )

    def edit_consent(self) -> None:
        row = self.consents.selected()
        if isinstance(row, ConsentRow):
            self._open(
                ConsentDialog(row.consent, self.choice(), self._clock.today(), self),
                self._save_consent,
            )

    def revoke_consent(self) -> None:
        row = self.consents.selected()
        if isinstance(row, ConsentRow):
            dialog = RevokeDialog(row.consent, row.organisation, self._clock.today(), self)
            self._open(dialog, self._save_consent)

    def _save_consent(self, consent: object) -> None:
        self._save(lambda edits, cid: edits.save_consent(cid, consent))

    def delete_consent(self) -> None:
        row = self.consents.selected()
        if not isinstance(row, ConsentRow):
            return
        if self._dialogs.ask_yes_no(
            self,
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
            self._open(ReferralDialog(None, self.choice(), self._clock, self), self._save_referral)

    def edit_referral(self) -> None:
        row = self.referrals.selected()
        if isinstance(row, ReferralRow):
            self._open(
                ReferralDialog(row.referral, self.choice(), self._clock, self), self._save_referral
            )

    def _save_referral(self, referral: object) -> None:
        self._save(lambda edits, cid: edits.save_referral(cid, referral))

    def delete_referral(self) -> None:
        row = self.referrals.selected()
        if isinstance(row, ReferralRow) and self._dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("CollaborationTab", "Doorverwijzing verwijderen"),
            QCoreApplication.translate(
                "CollaborationTab", "De doorverwijzing naar {name} met al haar stappen verwijderen?"
            ).format(name=row.organisation),
        ):
            referral_id = row.referral.id
            self._save(lambda edits, cid: edits.delete_referral(cid, referral_id))

    def export_referral(self, audience: Audience) -> None:
        row = self.referrals.selected()
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
            self,
            ExportKind.REFERRAL,
            self._dossier.client.id,
            f"doorverwijzing {row.organisation} {who}.pdf",
            item_id=referral.id,
            audience=audience,
        )

    # -- meeting

    def add_meeting(self) -> None:
        if self._dossier is not None:
            coach = load_profile(self._workspace.vault.paths).name
            dialog = MeetingDialog(None, self.choice(), self._clock, coach, self)
            self._open(dialog, self._save_meeting)

    def edit_meeting(self) -> None:
        row = self.meetings.selected()
        if isinstance(row, MeetingRow):
            dialog = MeetingDialog(row.meeting, self.choice(), self._clock, parent=self)
            self._open(dialog, self._save_meeting)

    def _save_meeting(self, meeting: object) -> None:
        self._save(lambda edits, cid: edits.save_meeting(cid, meeting))

    def delete_meeting(self) -> None:
        row = self.meetings.selected()
        if isinstance(row, MeetingRow) and self._dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("CollaborationTab", "Overleg verwijderen"),
            QCoreApplication.translate(
                "CollaborationTab", "Dit overleg met zijn thema's en afspraken verwijderen?"
            ),
        ):
            meeting_id = row.meeting.id
            self._save(lambda edits, cid: edits.delete_meeting(cid, meeting_id))

    def agreement_to_step(self) -> None:
        row = self.meetings.selected()
        if not isinstance(row, MeetingRow) or self._dossier is None:
            return
        meeting: Meeting = row.meeting
        if not any(theme.agreements for theme in meeting.themes):
            self._dialogs.inform(
                self,
                QCoreApplication.translate("CollaborationTab", "Nog geen afspraken"),
                QCoreApplication.translate(
                    "CollaborationTab",
                    "Dit overleg heeft nog geen afspraken. Noteer ze eerst bij de thema's.",
                ),
            )
            return
        dialog = AgreementStepDialog(self._dossier, meeting, self)
        self._open(dialog, self._save_goal)

    def _save_goal(self, goal: object) -> None:
        self._save(lambda edits, cid: edits.save_goal(cid, goal))

    def export_meeting(self, audience: Audience) -> None:
        row = self.meetings.selected()
        if not isinstance(row, MeetingRow) or self._dossier is None:
            return
        organisations = meeting_organisation_ids(row.meeting)
        if audience is Audience.PARTNER:
            if not organisations:
                self._dialogs.warn(
                    self,
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
            self,
            ExportKind.MEETING,
            self._dossier.client.id,
            f"overleg {row.meeting.at:%Y-%m-%d} {who}.pdf",
            item_id=row.meeting.id,
            audience=audience,
        )

    def _may_share(self, organisation_ids: list[str] | tuple[str, ...], what: str) -> bool:
        """Refuse without a valid consent for every receiver; remind what must not be said."""
        dossier = self._dossier
        assert dossier is not None
        choice = self.choice()
        names = org_names(dossier, self._directory)
        lacking = [o for o in organisation_ids if choice.state(o) is not ConsentState.VALID]
        if lacking:
            listed = ", ".join(
                f"{names.get(o, '?')} ({state_label(choice.state(o)).lower()})" for o in lacking
            )
            self._dialogs.warn(
                self,
                QCoreApplication.translate("CollaborationTab", "Geen geldige toestemming"),
                QCoreApplication.translate(
                    "CollaborationTab",
                    "Voor {what} is een geldige toestemming van de cliënt nodig. Die ontbreekt "
                    "voor: {orgs}. Leg ze eerst samen met de cliënt vast.",
                ).format(what=what, orgs=listed),
            )
            return False
        today = self._clock.today()
        quiet = [
            f"{names.get(c.organisation_id, '?')}: {c.not_to_share}"
            for c in dossier.consents
            if c.organisation_id in organisation_ids
            and c.not_to_share
            and choice.state(c.organisation_id) is ConsentState.VALID
            and c.granted_on <= today
            and (c.revoked_on is None or c.revoked_on > today)
        ]
        if quiet:
            self._dialogs.inform(
                self,
                QCoreApplication.translate("CollaborationTab", "Wat de cliënt niet gezegd wil"),
                QCoreApplication.translate(
                    "CollaborationTab",
                    "Het blad vermeldt dit niet, maar hou er rekening mee in het gesprek:\n{lines}",
                ).format(lines="\n".join(quiet)),
            )
        return True
