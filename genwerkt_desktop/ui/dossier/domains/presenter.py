"""What the Levensdomeinen & rechten tab shows and does: per life domain what weighs,
what helps, and the rights.  An observation the coach made but the client did not voice
says so: it is still to be checked with the client.

Observations and rights are saved from their form at once, in the worker, naming the tab
as initiator: the read-back keeps the life domain, the chosen rows and the scroll
position, and chooses what was just saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.model import Dossier, Observation, Right
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.ui.dialogs import Dialogs

from .view import DomainRecords, DomainsView


class DomainWrites(Protocol):
    """What the tab asks of the dossier controller: one write in the worker."""

    def edit(
        self,
        work: Callable[[DossierEdits, str], Any],
        done: Callable[[], None] | None = None,
        failed: Callable[[str], None] | None = None,
        *,
        result: Callable[[Any], None] | None = None,
        initiator: object | None = None,
    ) -> None: ...


class DomainsPresenter:
    def __init__(
        self,
        view: DomainsView,
        writes: DomainWrites,
        dialogs: Dialogs,
        clock: Clock,
        *,
        initiator: object,
    ) -> None:
        self._view = view
        self._writes = writes
        self._dialogs = dialogs
        self._clock = clock
        self._initiator = initiator
        self._saved_observation = ""  # chosen once the read-back of its save arrives
        self._saved_right = ""
        view.add_observation_requested.connect(lambda: self._open_observation(None))
        view.edit_observation_requested.connect(self.edit_observation)
        view.delete_observation_requested.connect(self.delete_observation)
        view.add_right_requested.connect(lambda: self._open_right(None))
        view.edit_right_requested.connect(self.edit_right)
        view.delete_right_requested.connect(self.delete_right)

    # -- the dossier

    def show(self, dossier: Dossier) -> None:
        self._view.show_records(DomainRecords(dossier.observations, dossier.rights))

    def keep(self, dossier: Dossier) -> None:
        records = DomainRecords(
            dossier.observations,
            dossier.rights,
            choose_observation=self._saved_observation,
            choose_right=self._saved_right,
        )
        self._saved_observation = self._saved_right = ""
        self._view.show_records(records, keep_scroll=True)

    def clear(self) -> None:
        self._saved_observation = self._saved_right = ""
        self._view.show_nothing()

    # -- observations

    def edit_observation(self) -> None:
        observation = self._view.selected_observation()
        if observation is not None:
            self._open_observation(observation)

    def delete_observation(self) -> None:
        observation = self._view.selected_observation()
        if observation is None or not self._dialogs.ask_yes_no(
            self._view,
            QCoreApplication.translate("DomainsTab", "Verwijderen"),
            QCoreApplication.translate(
                "DomainsTab", "Deze kracht, hulpbron of nood verwijderen uit het dossier?"
            ),
        ):
            return

        def delete(edits: DossierEdits, client_id: str) -> Changes:
            return edits.delete_observation(client_id, observation.id)

        self._writes.edit(delete, initiator=self._initiator)

    def save_observation(self, observation: Observation) -> None:
        self._saved_observation = observation.id

        def save(edits: DossierEdits, client_id: str) -> Changes:
            return edits.save_observation(client_id, observation)

        self._writes.edit(save, initiator=self._initiator)

    # -- rights

    def edit_right(self) -> None:
        right = self._view.selected_right()
        if right is not None:
            self._open_right(right)

    def delete_right(self) -> None:
        right = self._view.selected_right()
        if right is None or not self._dialogs.ask_yes_no(
            self._view,
            QCoreApplication.translate("DomainsTab", "Verwijderen"),
            QCoreApplication.translate("DomainsTab", "Dit recht verwijderen uit het dossier?"),
        ):
            return

        def delete(edits: DossierEdits, client_id: str) -> Changes:
            return edits.delete_right(client_id, right.id)

        self._writes.edit(delete, initiator=self._initiator)

    def save_right(self, right: Right) -> None:
        self._saved_right = right.id

        def save(edits: DossierEdits, client_id: str) -> Changes:
            return edits.save_right(client_id, right)

        self._writes.edit(save, initiator=self._initiator)

    # -- helpers

    def _open_observation(self, existing: Observation | None) -> None:
        if self._view.is_open():
            dialog = self._view.open_observation_dialog(existing, self._clock.today())
            dialog.submitted.connect(self.save_observation)

    def _open_right(self, existing: Right | None) -> None:
        if self._view.is_open():
            dialog = self._view.open_right_dialog(existing, self._clock.today())
            dialog.submitted.connect(self.save_right)
