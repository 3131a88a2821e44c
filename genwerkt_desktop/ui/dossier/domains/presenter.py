"""What the Levensdomeinen & rechten tab shows and does: per life domain what weighs,
what helps, and the rights.  An observation the coach made but the client did not voice
says so: it is still to be checked with the client.

Observations and rights are each a list of :class:`RecordActions`: saved from their form
at once, in the worker, naming the tab as initiator; the read-back keeps the life domain,
the chosen rows and the scroll position, and chooses what was just saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.model import Dossier, Observation, Right
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.record_actions import RecordActions
from genwerkt_desktop.ui.dossier.writes import DossierWrites

from .view import DomainRecords, DomainsView


class DomainsPresenter:
    def __init__(
        self,
        view: DomainsView,
        writes: DossierWrites,
        dialogs: Dialogs,
        clock: Clock,
        *,
        initiator: object,
    ) -> None:
        self._view = view
        self.observations: RecordActions[Observation] = RecordActions(
            view,
            writes,
            dialogs,
            initiator=initiator,
            is_open=view.is_open,
            selected=view.selected_observation,
            open_form=lambda existing: view.open_observation_dialog(existing, clock.today()),
            save=lambda edits, client_id, o: edits.save_observation(client_id, o),
            remove=lambda edits, client_id, record_id: edits.delete_observation(
                client_id, record_id
            ),
            ask_remove=QCoreApplication.translate(
                "DomainsTab", "Deze kracht, hulpbron of nood verwijderen uit het dossier?"
            ),
        )
        self.rights: RecordActions[Right] = RecordActions(
            view,
            writes,
            dialogs,
            initiator=initiator,
            is_open=view.is_open,
            selected=view.selected_right,
            open_form=lambda existing: view.open_right_dialog(existing, clock.today()),
            save=lambda edits, client_id, r: edits.save_right(client_id, r),
            remove=lambda edits, client_id, record_id: edits.delete_right(client_id, record_id),
            ask_remove=QCoreApplication.translate(
                "DomainsTab", "Dit recht verwijderen uit het dossier?"
            ),
        )
        self.observations.follow(
            view.add_observation_requested,
            view.edit_observation_requested,
            view.delete_observation_requested,
        )
        self.rights.follow(
            view.add_right_requested, view.edit_right_requested, view.delete_right_requested
        )

    def show(self, dossier: Dossier) -> None:
        self._view.show_records(DomainRecords(dossier.observations, dossier.rights))

    def keep(self, dossier: Dossier) -> None:
        records = DomainRecords(
            dossier.observations,
            dossier.rights,
            choose_observation=self.observations.take_saved(),
            choose_right=self.rights.take_saved(),
        )
        self._view.show_records(records, keep_scroll=True)

    def clear(self) -> None:
        self.observations.forget()
        self.rights.forget()
        self._view.show_nothing()
